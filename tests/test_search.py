"""Full-text search: accent folding, exact matching, offsets, and the index kept in step."""

from __future__ import annotations

import json
import sqlite3

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.db.engine import open_session
from pipeline.errors import DatabaseError, SearchError
from pipeline.ingest import ingest
from pipeline.search import Term, first_hit, parse_query, search

ARTICLES = {
    "a.txt": "Ngày 3/4/2024, tại tỉnh Đắk Lắk, Đoàn công tác làm việc với Ban Thường vụ Tỉnh ủy.\n",
    "b.txt": "Ngày 9/5/2024, Đoàn kiểm tra làm việc với Ban Thường vụ Tỉnh uỷ Thanh Hoá.\n",
}


@pytest.fixture()
def small_db(tmp_path):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = tmp_path / "s.db"
    assert ingest([tmp_path], db, curation=None).ok
    return db


def names(db, query, **kw):
    with open_session(db, read_only=True) as session:
        return [h.document for h in search(session, query, **kw)]


@pytest.mark.parametrize("query, folded, terms", [
    ("dak lak", True, (Term("dak"), Term("lak"))),
    ("Đắk  Lắk", True, (Term("dak"), Term("lak"))),
    ('"Đắk Lắk" tỉnh', False, (Term("đắk lắk"), Term("tỉnh"))),
    ("Thanh Hoá", False, (Term("thanh"), Term("hóa"))),
    ("cư*", True, (Term("cu", prefix=True),)),
], ids=["plain", "accents-folded", "phrase-exact", "old-tone-placement", "prefix"])
def test_parse_query_keys_terms_like_the_index(query, folded, terms):
    assert parse_query(query, folded=folded) == terms


@pytest.mark.parametrize("query", ["", "   ", '""', "*", "- ,"], ids=repr)
def test_a_query_with_no_words_is_an_error(query):
    with pytest.raises(SearchError):
        parse_query(query)


@pytest.mark.parametrize("query, folded, expected", [
    ("dak lak", True, ["a.txt"]),
    ("DAK LAK", True, ["a.txt"]),
    ("Đắk Lắk", False, ["a.txt"]),
    ("dak lak", False, []),
    ("thanh hoa", True, ["b.txt"]),
    ("Thanh Hóa", False, ["b.txt"]),  # stored with the old placement, "Hoá"
    ('"thuong vu tinh uy"', True, ["a.txt", "b.txt"]),
    ('"vu thuong"', True, []),
    ("lam vie*", True, ["a.txt", "b.txt"]),
], ids=["folded", "upper-case", "exact", "exact-needs-accents", "folded-old-tone",
        "exact-tone-placement", "phrase", "phrase-order", "prefix"])
def test_search_finds_articles(small_db, query, folded, expected):
    assert sorted(names(small_db, query, folded=folded)) == expected


def test_hit_offsets_index_the_stored_text(small_db):
    with open_session(small_db, read_only=True) as session:
        [hit] = search(session, "dak lak")
    text = ARTICLES["a.txt"]
    assert text[hit.start:hit.end] == "Đắk Lắk"
    assert "[Đắk Lắk]" in hit.snippet and "\n" not in hit.snippet


def test_first_hit_prefers_the_words_side_by_side():
    text = "Lương thấp. Ông Lương Cường đến."
    start, end = first_hit(text, parse_query("luong cuong"))
    assert text[start:end] == "Lương Cường"


def test_a_changed_article_replaces_its_indexed_text(small_db, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLES["a.txt"].replace("Đắk Lắk", "Gia Lai"),
                                    encoding="utf-8")
    assert ingest([tmp_path / "a.txt"], small_db, curation=None).ok
    assert names(small_db, "dak lak") == []
    assert names(small_db, "gia lai") == ["a.txt"]
    with sqlite3.connect(small_db) as conn:
        assert conn.execute("SELECT count(*) FROM documents_fts").fetchone()[0] == 2
        orphans = conn.execute("SELECT count(*) FROM documents_fts WHERE rowid NOT IN "
                               "(SELECT id FROM documents)").fetchone()[0]
    assert orphans == 0


def test_an_unmigrated_index_is_a_clear_error(tmp_path):
    from pipeline.db.migrate import upgrade

    db = tmp_path / "old.db"
    upgrade(db, "0005")
    with pytest.raises(DatabaseError, match="schema revision 0005, this pipeline needs"):
        names(db, "dak lak")


def test_upgrading_indexes_articles_already_stored(small_db):
    from pipeline.db.migrate import downgrade, upgrade

    downgrade(small_db, "0005")
    upgrade(small_db)
    assert names(small_db, "dak lak") == ["a.txt"]


def test_cli_search_prints_hits_and_json(small_db):
    runner = CliRunner()
    result = runner.invoke(app, ["search", "thanh hoa", "--db", str(small_db)])
    assert result.exit_code == 0, result.output
    [line] = result.stdout.splitlines()
    assert line.startswith("b.txt\t") and "[Thanh Hoá]" in line
    as_json = runner.invoke(app, ["search", "Tỉnh ủy", "--exact", "--json", "--db", str(small_db)])
    assert {h["document"] for h in json.loads(as_json.stdout)} == {"a.txt", "b.txt"}
    empty = runner.invoke(app, ["search", "  ", "--db", str(small_db)])
    assert empty.exit_code == 1 and "error: nothing to search for" in empty.stderr
