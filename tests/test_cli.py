import json
import sqlite3

import click
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


def test_a_bad_file_is_reported_recorded_and_the_rest_ingested(tmp_path):
    write(tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    db = tmp_path / "x.db"
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(db)])
    assert result.exit_code == 1
    assert "empty.txt: EmptyInputError" in result.stderr
    assert "photo.txt: BinaryInputError" in result.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT name FROM documents").fetchall() == [("good.txt",)]
        kinds = {r[0] for r in conn.execute("SELECT kind FROM ingest_errors")}
    assert kinds == {"EmptyInputError", "BinaryInputError"}


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


def test_export_of_a_missing_database_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["export", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no database" in result.stderr


def test_export_rejects_an_unknown_format(tmp_path, seed_db):
    result = runner.invoke(app, ["export", "--db", str(seed_db), "--format", "xml"])
    assert result.exit_code == 1 and "unknown export format" in result.stderr


def test_missing_input_path_fails(tmp_path):
    result = runner.invoke(app, ["ingest", str(tmp_path / "nope.txt"), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1 and "no such file" in result.stderr


def _commands(group: click.Group, prefix=""):
    for name, cmd in group.commands.items():
        yield prefix + name, cmd
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, prefix + name + " ")


@pytest.mark.parametrize("name", ["ingest", "export", "evaluate"], ids=str)
def test_every_command_has_help_text(name):
    import typer.main

    group = typer.main.get_command(app)
    commands = dict(_commands(group))
    assert set(commands) >= {"ingest", "export"}
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
