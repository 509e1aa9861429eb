"""Read-only queries: rows in three formats, and no statement can change the file."""

from __future__ import annotations

import hashlib
import json

import pytest

from pipeline.errors import DatabaseError, QueryError
from pipeline.ingest import ingest
from pipeline.query import OutputFormat, QueryResult, format_result, run_query

ARTICLE = ("Sáng 17/4/2024, tại thành phố Pleiku, tỉnh Gia Lai, Đoàn công tác làm việc với "
           "Ban Thường vụ Tỉnh ủy Gia Lai.\n")


@pytest.fixture()
def small_db(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "gia-lai.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "data" / "x.db"
    db.parent.mkdir()
    assert ingest([corpus], db, curation=None, jobs=1).ok
    return db


def _fingerprint(directory):
    """Every file's hash, but not SQLite's shared-memory index or an empty WAL a reader opens."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(directory.iterdir())
            if not p.name.endswith("-shm") and not (p.name.endswith("-wal") and not p.stat().st_size)}


def test_a_select_returns_columns_and_rows(small_db):
    result = run_query(small_db, "SELECT name, edtf FROM documents JOIN events "
                                 "ON events.document_id = documents.id")
    assert result == QueryResult(("name", "edtf"), (("gia-lai.txt", "2024-04-17"),))


@pytest.mark.parametrize(
    "sql",
    ["DELETE FROM documents", "DROP TABLE events", "UPDATE documents SET name = 'x'",
     "INSERT INTO ranks (name) VALUES ('Đại tá')", "CREATE TABLE t (a)",
     "CREATE INDEX ix ON documents (source)", "PRAGMA user_version = 7",
     "VACUUM INTO 'copy.db'", "ATTACH DATABASE 'other.db' AS other", "VACUUM",
     "REINDEX", "ANALYZE"],
    ids=["delete", "drop", "update", "insert", "create-table", "create-index", "pragma-set",
         "vacuum-into", "attach", "vacuum", "reindex", "analyze"],
)
def test_a_writing_statement_is_refused_and_changes_nothing(small_db, sql, monkeypatch):
    monkeypatch.chdir(small_db.parent)  # where a relative 'copy.db' would land
    before = _fingerprint(small_db.parent)
    with pytest.raises(QueryError, match="refused: the database is opened read-only"):
        run_query(small_db, sql)
    assert _fingerprint(small_db.parent) == before
    assert run_query(small_db, "SELECT count(*) FROM documents").rows == ((1,),)


@pytest.mark.parametrize("sql, words", [("SELEC 1", "syntax error"),
                                        ("SELECT 1; SELECT 2", "one statement"),
                                        ("SELECT * FROM no_such_table", "no such table")],
                         ids=["syntax", "two-statements", "unknown-table"])
def test_a_bad_query_is_a_clear_error(small_db, sql, words):
    with pytest.raises(QueryError, match=f"invalid query: .*{words}"):
        run_query(small_db, sql)


def test_a_missing_or_foreign_file_is_a_clear_error(tmp_path):
    with pytest.raises(DatabaseError, match="no database at"):
        run_query(tmp_path / "nope.db", "SELECT 1")
    (tmp_path / "notes.db").write_text("không phải cơ sở dữ liệu " * 100, encoding="utf-8")
    with pytest.raises(DatabaseError, match="notes.db is not an SQLite database"):
        run_query(tmp_path / "notes.db", "SELECT * FROM sqlite_master")


RESULT = QueryResult(("id", "name", "note"), ((1, "Đắk Lắk", None), (2, 'a, "b"', b"\x01")))


@pytest.mark.parametrize(
    "fmt, expected",
    [(OutputFormat.csv, 'id,name,note\n1,Đắk Lắk,\n2,"a, ""b""",01'),
     (OutputFormat.json, [{"id": 1, "name": "Đắk Lắk", "note": None},
                          {"id": 2, "name": 'a, "b"', "note": "01"}])],
    ids=["csv", "json"],
)
def test_formats(fmt, expected):
    text = format_result(RESULT, fmt)
    assert (json.loads(text) if fmt is OutputFormat.json else text) == expected


def test_table_format_aligns_columns_and_counts_rows():
    lines = format_result(RESULT, OutputFormat.table).splitlines()
    assert lines[0].split() == ["id", "name", "note"]
    assert lines[2].split() == ["1", "Đắk", "Lắk", "NULL"]
    assert lines[2].index("NULL") == lines[0].index("note")
    assert lines[-1] == "(2 rows)"
