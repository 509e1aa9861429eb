import json
import os
import sqlite3

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

runner = CliRunner()
ARTICLE = ("Sáng 17/4/2024, tại thành phố Pleiku, tỉnh Gia Lai, Đoàn công tác làm việc với "
           "Ban Thường vụ Tỉnh ủy Gia Lai.\n\nĐoạn hai của bài.\n")


def write(path, text=ARTICLE):
    path.write_text(text, encoding="utf-8")
    return path


def test_ingest_then_export_to_stdout(tmp_path):
    write(tmp_path / "a.txt")
    db = tmp_path / "x.db"
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(db)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "jsonl"])
    assert result.exit_code == 0
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    event = record["events"][0]
    assert (record["doc"], event["date"], event["time_of_day"]) == ("a.txt", "2024-04-17", "sáng")
    assert (event["province"], event["place"]) == ("Gia Lai", "Pleiku")


def test_reingest_skips_unchanged_and_replaces_changed(tmp_path):
    f = write(tmp_path / "a.txt")
    db = tmp_path / "x.db"
    runner.invoke(app, ["ingest", str(f), "--db", str(db)])
    again = runner.invoke(app, ["ingest", str(f), "--db", str(db)])
    assert "skipped 1 unchanged" in again.output
    write(f, ARTICLE.replace("17/4/2024", "18/4/2024"))
    runner.invoke(app, ["ingest", str(f), "--db", str(db)])
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
        assert conn.execute("SELECT edtf FROM events").fetchall() == [("2024-04-18",)]


BAD_FILES = {  # name → (bytes, error kind, words of the reason)
    "empty.txt": (b"", "EmptyInputError", "empty"),
    "blank.txt": (b" \r\n\t\n", "EmptyInputError", "only white space"),
    "photo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "BinaryInputError", "PNG image"),
    "scan.txt": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "BinaryInputError", "JPEG image"),
    "nul.txt": (b"Ng\xc3\xa0y 5/3\x00\x00", "BinaryInputError", "NUL bytes"),
    "garbled.txt": (b"\xc3\x28\x81\x8d\x8e" * 40, "DecodeError", "not UTF-8"),
    "page.html": (b"<html><body><nav>Trang ch\xe1\xbb\xa7</nav></body></html>", "EmptyInputError",
                  "no article text"),
}


def test_every_bad_file_is_reported_recorded_and_the_rest_ingested(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write(corpus / "good.txt")
    (corpus / "good.meta.json").write_text('{"published": "hôm qua"}', encoding="utf-8")
    for name, (data, _, _) in BAD_FILES.items():
        (corpus / name).write_bytes(data)
    with open(corpus / "huge.txt", "wb") as fh:  # 50 MB of real text
        fh.write(ARTICLE.encode("utf-8") * (50 * 1024 * 1024 // len(ARTICLE.encode("utf-8")) + 1))
    (corpus / "gone.txt").symlink_to(corpus / "deleted-before-reading.txt")
    (tmp_path / "folder").mkdir()
    (corpus / "folder.txt").symlink_to(tmp_path / "folder")  # a directory is not an article
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    db = tmp_path / "x.db"
    result = runner.invoke(app, ["ingest", str(corpus), str(fifo),
                                 str(tmp_path / "missing.txt"), "--db", str(db)])
    assert result.exit_code == 1
    expected = {name: (kind, reason) for name, (_, kind, reason) in BAD_FILES.items()} | {
        "huge.txt": ("TooLargeError", "the limit is"),
        "gone.txt": ("FileNotFoundError", "No such file"),
        "folder.txt": ("NotAFileError", "a directory"),
        "pipe.txt": ("NotAFileError", "a pipe"),
        "missing.txt": ("FileNotFoundError", "No such file"),
    }
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == len(expected), result.stderr  # one line per bad file
    for name, (kind, reason) in expected.items():
        [line] = [e for e in errors if f"{name}: " in e]
        assert kind in line and reason in line, line
    assert "warning:" in result.stderr and "good.meta.json" in result.stderr
    assert "ingested 1, skipped 0 unchanged, failed 12" in result.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT name, published FROM documents").fetchall() == [("good.txt", None)]
        rows = conn.execute("SELECT path, kind FROM ingest_errors").fetchall()
    assert sorted((os.path.basename(p), k) for p, k in rows) == sorted(
        (name, kind) for name, (kind, _) in expected.items())


def test_strict_stops_at_the_first_failure(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    write(tmp_path / "b.txt")
    db = tmp_path / "x.db"
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(db), "--strict"])
    assert result.exit_code == 1 and "a.txt: EmptyInputError" in result.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(db)])
    assert result.exit_code == 1  # without --strict the good file goes in
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT name FROM documents").fetchall() == [("b.txt",)]


def test_malformed_sidecar_warns_and_keeps_the_article(tmp_path):
    write(tmp_path / "a.txt")
    (tmp_path / "a.meta.json").write_text("{oops", encoding="utf-8")
    db = tmp_path / "x.db"
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(db)])
    assert result.exit_code == 0
    assert "warning:" in result.stderr and "a.meta.json" in result.stderr


def test_sidecar_publication_date_anchors_a_yearless_date(tmp_path):
    write(tmp_path / "a.txt", "Ngày 13/5, Đoàn kiểm tra làm việc với Tỉnh ủy Nghệ An.\n")
    (tmp_path / "a.meta.json").write_text('{"published": "2024-05-14"}', encoding="utf-8")
    db = tmp_path / "x.db"
    runner.invoke(app, ["ingest", str(tmp_path), "--db", str(db)])
    out = tmp_path / "e.jsonl"
    assert runner.invoke(app, ["export", "--db", str(db), "--out", str(out)]).exit_code == 0
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["published"] == "2024-05-14"
    assert record["events"][0]["date"] == "2024-05-13"


@pytest.mark.parametrize("sidecar, expected", [(None, ("2025-12-16", "2025-05-13")),
                                               ('{"published": "2024-05-14"}',
                                                ("2024-05-14", "2024-05-13"))],
                         ids=["page-date", "sidecar-wins"])
def test_an_html_page_s_own_publication_date_anchors_a_yearless_date(tmp_path, sidecar, expected):
    (tmp_path / "a.html").write_text(
        '<html><head><meta property="article:published_time" content="2025-12-16T07:00:00+07:00">'
        '</head><body><nav>Trang chủ</nav><article><h1>Kiểm tra tại Nghệ An</h1>'
        "<p>Ngày 13/5, Đoàn kiểm tra làm việc với Tỉnh ủy Nghệ An.</p></article></body></html>",
        encoding="utf-8")
    if sidecar:
        (tmp_path / "a.meta.json").write_text(sidecar, encoding="utf-8")
    db = tmp_path / "x.db"
    assert runner.invoke(app, ["ingest", str(tmp_path), "--db", str(db)]).exit_code == 0
    out = tmp_path / "e.jsonl"
    assert runner.invoke(app, ["export", "--db", str(db), "--out", str(out)]).exit_code == 0
    record = json.loads(out.read_text(encoding="utf-8"))
    assert (record["published"], record["events"][0]["date"]) == expected
    assert record["headline"] == "Kiểm tra tại Nghệ An"


def test_export_of_a_missing_database_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["export", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no database" in result.stderr


def test_export_rejects_an_unknown_format(tmp_path, seed_db):
    result = runner.invoke(app, ["export", "--db", str(seed_db), "--format", "xml"])
    assert result.exit_code == 1 and "unknown export format" in result.stderr


def test_missing_input_path_fails(tmp_path):
    result = runner.invoke(app, ["ingest", str(tmp_path / "nope.txt"), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1 and "nope.txt: FileNotFoundError" in result.stderr


def _commands(group, prefix=""):
    for name, cmd in group.commands.items():
        yield prefix + name, cmd
        if getattr(cmd, "commands", None):  # a group of subcommands
            yield from _commands(cmd, prefix + name + " ")


@pytest.mark.parametrize("name", ["ingest", "export", "evaluate", "query", "people", "person", "synth",
                                  "search", "show", "stats"], ids=str)
def test_every_command_has_help_text(name):
    import typer.main

    group = typer.main.get_command(app)
    commands = dict(_commands(group))
    assert set(commands) >= {"ingest", "export", "evaluate", "people", "person", "synth",
                             "people explain", "people merge", "people split",
                             "search", "show", "stats"}
    for cmd_name, cmd in commands.items():
        assert cmd.help and cmd.help.strip(), f"{cmd_name} has no help"
    result = runner.invoke(app, [name, "--help"])
    assert result.exit_code == 0 and "Usage" in result.output


def test_evaluate_scores_the_seed_database(seed_db):
    from conftest import ROOT

    result = runner.invoke(app, ["evaluate", "--gold", str(ROOT / "tests" / "gold"),
                                 "--db", str(seed_db)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[-1].startswith("overall ")
    assert float(lines[-1].split()[1]) >= 0.97
    assert any(line.startswith("titles") for line in lines)


def test_evaluate_without_gold_files_fails(tmp_path, seed_db):
    result = runner.invoke(app, ["evaluate", "--gold", str(tmp_path), "--db", str(seed_db)])
    assert result.exit_code == 1 and "gold" in result.stderr


@pytest.fixture()
def people_db(tmp_path):
    from conftest import ROOT

    db = tmp_path / "p.db"
    result = runner.invoke(app, ["ingest", str(ROOT / "tests" / "genre"), "--db", str(db),
                                 "--curation", str(tmp_path / "none.toml")])
    assert result.exit_code == 0, result.output
    return db


def _person_id(db, name):
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT person_id FROM person_mentions WHERE name = ?",
                            (name,)).fetchone()[0]


def test_people_lists_title_history_and_filters_by_name(people_db):
    result = runner.invoke(app, ["people", "--db", str(people_db), "--name", "phan dinh khue"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split("\t")[1:] == ["Phan Đình Khuê", "2 article(s)"]
    assert any("Bí thư — Tỉnh ủy Nghệ An" in line for line in lines)
    as_json = runner.invoke(app, ["people", "--db", str(people_db), "--name", "khue", "--json"])
    [person] = json.loads(as_json.stdout)
    assert person["name"] == "Phan Đình Khuê" and person["documents"] == 2


def test_person_and_explain(people_db):
    pid = _person_id(people_db, "Phan Đình Khuê")
    shown = runner.invoke(app, ["person", str(pid), "--db", str(people_db)])
    assert shown.exit_code == 0 and "g06_nghean_congtac_bct_2025.txt#Phan Đình Khuê" in shown.stdout
    why = runner.invoke(app, ["people", "explain", str(pid), "--db", str(people_db)])
    assert why.exit_code == 0
    assert "merged\tsame-name-shared-context" in why.stdout and "evidence" in why.stdout
    missing = runner.invoke(app, ["person", "99999", "--db", str(people_db)])
    assert missing.exit_code == 1 and "no person with id 99999" in missing.stderr


def test_split_then_merge_write_the_curation_file_and_apply_it(people_db, tmp_path):
    curation = tmp_path / "people.toml"
    a = "g01_nghean_kiemtra_tochuc.txt#Phan Đình Khuê"
    b = "g06_nghean_congtac_bct_2025.txt#Phan Đình Khuê"
    result = runner.invoke(app, ["people", "split", a, b, "--db", str(people_db),
                                 "--curation", str(curation), "--note", "test"])
    assert result.exit_code == 0, result.output
    assert "[[forbid]]" in curation.read_text(encoding="utf-8")
    with sqlite3.connect(people_db) as conn:
        ids = {r[0] for r in conn.execute(
            "SELECT person_id FROM person_mentions WHERE name = 'Phan Đình Khuê'")}
    assert len(ids) == 2
    lợi = runner.invoke(app, ["people", "merge", "g04_cantho_congtac_bocongan.txt#Trần Đức Lợi",
                              "g07_bacninh_kiemtra_ubkt.txt#Trần Đức Lợi", "--db", str(people_db),
                              "--curation", str(curation)])
    assert lợi.exit_code == 0
    with sqlite3.connect(people_db) as conn:
        ids = {r[0] for r in conn.execute(
            "SELECT person_id FROM person_mentions WHERE name = 'Trần Đức Lợi'")}
    assert len(ids) == 1
    bad = runner.invoke(app, ["people", "merge", "nobody.txt#X", "1", "--db", str(people_db),
                              "--curation", str(curation)])
    assert bad.exit_code == 1 and "no mention" in bad.stderr


@pytest.mark.parametrize("fmt, first_line", [("table", "name"), ("csv", "name,n"), ("json", "[")],
                         ids=["table", "csv", "json"])
def test_query_prints_rows(seed_db, fmt, first_line):
    result = runner.invoke(app, ["query", "SELECT name, count(*) AS n FROM documents GROUP BY name",
                                 "--db", str(seed_db), "--format", fmt])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith(first_line)
    assert "000_eed1118f02c639f8.txt" in result.stdout


@pytest.mark.parametrize("sql", ["DELETE FROM persons", "DROP TABLE documents"], ids=["delete", "drop"])
def test_query_refuses_writes_with_exit_code_1(seed_db, sql):
    result = runner.invoke(app, ["query", sql, "--db", str(seed_db)])
    assert result.exit_code == 1 and "error: refused" in result.stderr
    after = runner.invoke(app, ["query", "SELECT count(*) FROM documents", "--db", str(seed_db),
                                "--format", "csv"])
    assert after.stdout.splitlines() == ["count(*)", "2"]


def _not_sqlite(path):
    path.write_text("Đây là ghi chú, không phải cơ sở dữ liệu.\n" * 50, encoding="utf-8")


def _foreign_sqlite(path):
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE khach_hang (ten TEXT)")
        conn.execute("INSERT INTO khach_hang VALUES ('Công ty A')")
    conn.close()


def _old_schema(path):
    from pipeline.db.migrate import upgrade

    upgrade(path, "0003")


BAD_DATABASES = {
    "not-sqlite": (_not_sqlite, "is not an SQLite database"),
    "foreign": (_foreign_sqlite, "is not a pipeline database"),
    "old-schema": (_old_schema, "is at schema revision 0003, this pipeline needs"),
}
READ_COMMANDS = {
    "export": ["export"], "query": ["query", "SELECT 1"], "stats": ["stats"], "people": ["people"],
    "person": ["person", "1"], "search": ["search", "dak lak"], "show": ["show", "1"],
}


@pytest.mark.parametrize("command", READ_COMMANDS, ids=str)
@pytest.mark.parametrize("kind", BAD_DATABASES, ids=str)
def test_a_bad_database_file_is_one_clear_error_for_every_command(tmp_path, kind, command):
    make, words = BAD_DATABASES[kind]
    db = tmp_path / "x.db"
    make(db)
    before = db.read_bytes()
    result = runner.invoke(app, [*READ_COMMANDS[command], "--db", str(db)])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.stderr.startswith("error: ") and words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert db.read_bytes() == before


@pytest.mark.parametrize("rebuild", [[], ["--rebuild"]], ids=["ingest", "rebuild"])
@pytest.mark.parametrize("kind", ["not-sqlite", "foreign"], ids=str)
def test_ingest_never_writes_into_a_file_that_is_not_its_database(tmp_path, kind, rebuild):
    make, words = BAD_DATABASES[kind]
    db = tmp_path / "x.db"
    make(db)
    before = db.read_bytes()
    write(tmp_path / "a.txt")
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(db), *rebuild])
    assert result.exit_code == 1 and words in result.stderr
    assert db.read_bytes() == before


def test_ingest_migrates_an_old_database_and_keeps_its_articles(tmp_path):
    db = tmp_path / "x.db"
    write(tmp_path / "a.txt")
    assert runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(db)]).exit_code == 0
    from pipeline.db.migrate import current_revision, downgrade, head_revision

    downgrade(db, "0005")
    write(tmp_path / "b.txt", ARTICLE.replace("Gia Lai", "Kon Tum"))
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert current_revision(db) == head_revision()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 2


def test_a_database_from_a_newer_version_is_refused(tmp_path):
    db = tmp_path / "x.db"
    write(tmp_path / "a.txt")
    assert runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(db)]).exit_code == 0
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.close()
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(db)])
    assert result.exit_code == 1 and "was it made by a newer version?" in result.stderr
    result = runner.invoke(app, ["stats", "--db", str(db)])
    assert result.exit_code == 1 and "schema revision 0999" in result.stderr
