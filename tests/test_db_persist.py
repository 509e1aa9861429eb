"""Persistence: one row per organization and per place however they are written."""

import sqlite3

from pipeline.ingest import ingest

ARTICLES = {
    "a.txt": "Ngày 3/4/2024, Đoàn công tác làm việc với Ban Thường vụ Tỉnh uỷ Thanh Hoá. "
             "Đồng chí Lê Văn Nam, Bí thư Tỉnh uỷ Thanh Hoá, Chủ tịch HĐND tỉnh phát biểu.\n",
    "b.txt": "Ngày 9/5/2024, tại tỉnh Thanh Hóa, Đoàn kiểm tra làm việc với Ban Thường vụ Tỉnh ủy "
             "Thanh Hóa. Đồng chí Trần Văn Bình, Phó Chủ tịch Hội đồng nhân dân tỉnh Thanh Hóa dự.\n",
}


def test_variants_of_one_body_and_one_place_are_one_row(tmp_path):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    db = tmp_path / "p.db"
    assert ingest([tmp_path], db, curation=None).ok
    with sqlite3.connect(db) as conn:
        orgs = [r[0] for r in conn.execute("SELECT name FROM organizations ORDER BY id")]
        places = conn.execute("SELECT p.era, p.code, p.short_name, s.era, s.short_name "
                              "FROM places p LEFT JOIN places s ON s.id = p.successor_id "
                              "WHERE p.level = 'province' AND p.era = 'legacy'").fetchall()
        council = conn.execute(
            "SELECT count(DISTINCT mt.organization_id) FROM mention_titles mt "
            "WHERE mt.position LIKE '%Chủ tịch'").fetchone()[0]
    assert sum("Ban Thường vụ" in o for o in orgs) == 1
    assert sum(o.startswith("Tỉnh") for o in orgs) == 1
    assert council == 1  # "HĐND tỉnh" and "Hội đồng nhân dân tỉnh Thanh Hóa"
    # one legacy row, linked to the unit it became in the 2025 reform
    assert places == [("legacy", "38", "Thanh Hóa", "2025", "Thanh Hóa")]
