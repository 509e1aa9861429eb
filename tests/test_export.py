"""Exports: the csv files (one per table and view, UTF-8 with BOM) and the titles of the jsonl."""

from __future__ import annotations

import csv
import sqlite3

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.errors import DatabaseError
from pipeline.export import export_csv


@pytest.fixture(scope="module")
def csv_dir(seed_db, tmp_path_factory):
    out = tmp_path_factory.mktemp("csv")
    written = export_csv(seed_db, out)
    assert written
    return out


def read(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def relations(db, kind):
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = ? ORDER BY name", (kind,))]


def test_every_table_and_view_has_a_file_and_nothing_internal(seed_db, csv_dir):
    tables = [t for t in relations(seed_db, "table")
              if t != "alembic_version" and not t.startswith(("documents_fts", "sqlite_"))]
    expected = {f"{name}.csv" for name in tables + relations(seed_db, "view")}
    assert {p.name for p in csv_dir.iterdir()} == expected
    assert {"event_overview.csv", "co_participants.csv", "persons.csv"} <= expected


@pytest.mark.parametrize("name", ["documents", "persons", "event_overview", "co_participants",
                                  "mention_titles", "inspected_bodies"], ids=str)
def test_a_file_holds_the_header_and_every_row(seed_db, csv_dir, name):
    path = csv_dir / f"{name}.csv"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # spreadsheets then read UTF-8
    header, *rows = read(path)
    with sqlite3.connect(seed_db) as conn:
        cursor = conn.execute(f"SELECT * FROM {name}")
        stored = [["" if v is None else str(v) for v in row] for row in cursor]
        columns = [d[0] for d in cursor.description]
    assert header == columns
    assert rows == stored


def test_article_text_with_newlines_survives(seed_db, csv_dir):
    header, *rows = read(csv_dir / "documents.csv")
    texts = [row[header.index("text")] for row in rows]
    with sqlite3.connect(seed_db) as conn:
        stored = [r[0] for r in conn.execute("SELECT text FROM documents ORDER BY id")]
    assert texts == stored and any("\n" in t and "Đắk Lắk" in t for t in texts)


def test_a_missing_database_is_an_error(tmp_path):
    with pytest.raises(DatabaseError, match="no database"):
        export_csv(tmp_path / "none.db", tmp_path / "out")


def test_cli_csv_needs_a_directory(seed_db, tmp_path):
    runner = CliRunner()
    no_out = runner.invoke(app, ["export", "--db", str(seed_db), "--format", "csv"])
    assert no_out.exit_code == 1 and "--out DIR" in no_out.stderr
    done = runner.invoke(app, ["export", "--db", str(seed_db), "--format", "csv",
                               "--out", str(tmp_path / "x")])
    assert done.exit_code == 0, done.output
    assert (tmp_path / "x" / "persons.csv").exists()


@pytest.mark.parametrize(
    "text, titles",
    [("Ngày 2/3/2024, Đoàn kiểm tra làm việc với Ban Thường vụ Huyện ủy Bảo Lâm. Dự có đồng chí "
      "Nông Văn Tuấn, Bí thư Huyện ủy. Đồng chí Nông Văn Tuấn, Bí thư Huyện ủy Bảo Lâm phát biểu.",
      ["Bí thư Huyện ủy"]),
     ("Ngày 2/3/2024, Đoàn kiểm tra làm việc với Ban Thường vụ Thành ủy TP. Hồ Chí Minh. Có Phó "
      "Bí thư Thành ủy TP. Hồ Chí Minh Lê Quốc Hùng. Phó Bí thư Thành ủy Lê Quốc Hùng phát biểu.",
      ["Phó Bí thư Thành ủy TP. Hồ Chí Minh"]),
     ("Ngày 2/3/2024, Đoàn kiểm tra làm việc với Ban Thường vụ Tỉnh ủy Cao Bằng. Đồng chí Hà "
      "Văn Lực, Bí thư Huyện ủy Bảo Lạc, nguyên Bí thư Huyện ủy Hà Quảng dự.",
      ["Bí thư Huyện ủy Bảo Lạc", "nguyên Bí thư Huyện ủy Hà Quảng"])],
    ids=["bare-then-full", "abbreviated-city-then-short", "two-bodies-stay-two"],
)
def test_a_title_said_again_shorter_or_longer_is_listed_once(tmp_path, text, titles):
    import io
    import json

    from pipeline.export import export
    from pipeline.ingest import ingest

    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    assert ingest([tmp_path / "a.txt"], tmp_path / "x.db", curation=None, jobs=1).ok
    buf = io.StringIO()
    export(tmp_path / "x.db", "jsonl", buf)
    [record] = map(json.loads, buf.getvalue().splitlines())
    [person] = [p for p in record["people"] if p["titles"]]
    assert [t["text"] for t in person["titles"]] == titles
