"""Teams across articles: one team however many articles follow it (pipeline/resolve/teams.py)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from pipeline.export import export
from pipeline.ingest import ingest
from pipeline.resolve.teams import team_key

ARTICLES = {
    "a.txt": "Ngày 3/3/2026, Đoàn kiểm tra số 9 của Bộ Chính trị làm việc với Ban Thường vụ Tỉnh "
             "ủy Cao Bằng.",
    "b.txt": "Ngày 5/3/2026, Đoàn kiểm tra số 9 của Bộ Chính trị làm việc với Ban Thường vụ Tỉnh "
             "ủy Lạng Sơn.",
    "c.txt": "Ngày 4/3/2026, Đoàn kiểm tra số 10 của Bộ Chính trị làm việc với Ban Thường vụ Tỉnh "
             "ủy Hà Giang.",
    # Same number and body, another year: another team.
    "d.txt": "Ngày 4/3/2025, Đoàn kiểm tra số 9 của Bộ Chính trị làm việc với Ban Thường vụ Tỉnh "
             "ủy Bắc Kạn.",
    # No year anywhere: never joined to a team of a known year.
    "e.txt": "Ngày 6/3, Đoàn kiểm tra số 9 của Bộ Chính trị làm việc với Ban Thường vụ Tỉnh ủy "
             "Tuyên Quang.",
}


@pytest.fixture
def team_db(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    db = tmp_path / "teams.db"
    assert ingest([corpus], db).ok
    return db, corpus


def _rows(db, sql):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_the_same_number_body_and_year_is_one_team_with_its_itinerary(team_db):
    db, _ = team_db
    rows = _rows(db, "SELECT team_id, team_number, team_year, team_articles, document, date, "
                     "province, bodies, latitude IS NOT NULL FROM team_itinerary "
                     "WHERE team_number = 9 AND team_year = 2026 ORDER BY date")
    assert [(r[4], r[5], r[6], r[7]) for r in rows] == [
        ("a.txt", "2026-03-03", "Cao Bằng", "Ban Thường vụ Tỉnh ủy Cao Bằng"),
        ("b.txt", "2026-03-05", "Lạng Sơn", "Ban Thường vụ Tỉnh ủy Lạng Sơn")]
    assert len({r[0] for r in rows}) == 1 and rows[0][3] == 2
    assert all(r[8] for r in rows)  # a map can draw them


def test_another_number_another_year_or_no_year_is_another_team(team_db):
    db, _ = team_db
    teams = _rows(db, "SELECT d.name, t.identity_id FROM inspection_teams t "
                      "JOIN documents d ON d.id = t.document_id ORDER BY d.name")
    ids = dict(teams)
    assert ids["a.txt"] == ids["b.txt"]
    assert len({ids["a.txt"], ids["c.txt"], ids["d.txt"], ids["e.txt"]}) == 4
    rules = dict(_rows(db, "SELECT key, rule FROM team_identities"))
    assert sorted(rules.values()) == ["alone", "number", "number", "number"]


def test_the_export_s_team_carries_the_id_across_articles(team_db, tmp_path):
    db, _ = team_db
    out = tmp_path / "out.jsonl"
    with open(out, "w", encoding="utf-8") as fh:
        export(db, "jsonl", fh)
    team_of = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        main = next(e for e in record["events"] if e["main"])
        team_of[record["doc"]] = main["team"]["id"]
    assert team_of["a.txt"] == team_of["b.txt"] != team_of["c.txt"]


def test_ingesting_again_keeps_the_ids(team_db):
    db, corpus = team_db
    before = _rows(db, "SELECT id, key FROM team_identities ORDER BY id")
    (corpus / "f.txt").write_text("Ngày 7/3/2026, Đoàn kiểm tra số 9 của Bộ Chính trị làm việc "
                                  "với Ban Thường vụ Tỉnh ủy Thái Nguyên.", encoding="utf-8")
    assert ingest([corpus], db).ok
    after = dict(_rows(db, "SELECT key, id FROM team_identities"))
    assert all(after[key] == ident for ident, key in before)
    assert _rows(db, "SELECT articles FROM team_identities WHERE rule = 'number' AND number = 9 "
                     "AND year = 2026") == [(3,)]


@pytest.mark.parametrize(("args", "rule"), [
    (("inspection", 4, 12, 2024, None, 1), "number"),
    (("inspection", None, 12, 2024, 77, 1), "leader"),
    (("inspection", 4, 12, None, 77, 1), "alone"),
    (("inspection", 4, None, 2024, 77, 1), "alone"),
    (("working", None, 12, 2024, None, 1), "alone"),
], ids=["number", "leader", "no-year", "no-body", "nothing-to-go-by"])
def test_team_key_rules(args, rule):
    assert team_key(*args)[1] == rule


def test_kinds_never_share_a_key():
    assert team_key("inspection", 4, 12, 2024, None, 1)[0] != \
        team_key("supervision", 4, 12, 2024, None, 2)[0]
