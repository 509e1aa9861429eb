"""Persistence: one row per organization and per place however they are written."""

import hashlib
import io
import itertools
import json
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SEEDS
from pipeline.db.engine import make_engine, make_session_factory
from pipeline.db.migrate import upgrade
from pipeline.db.persist import Caches, save_document
from pipeline.document import Document
from pipeline.export import export
from pipeline.ingest import ingest
from pipeline.stages import run_stages
from pipeline.text.reading import clean_text

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


# Random articles of the genre's pieces: whatever the stages find can be written and exported.
_SEED_TEXT = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
_PIECES = ["Ngày 5/3/2024, ", "Sáng 13/5, ", "Đoàn Kiểm tra số 2 ", "của Ban Bí thư ",
           "làm việc với Ban Thường vụ Tỉnh ủy Nghệ An. ", "đồng chí Trần Văn Hùng, ",
           "Bí thư Huyện ủy Quỳnh Lưu, ", "Thiếu tướng Lê Quang Vinh, ", "nguyên Chủ tịch UBND tỉnh ",
           "(Ảnh: Hải Nam/TTXVN)", "_Ảnh: Văn Long", "\n\nCó thể bạn quan tâm\n\n",
           "theo Nghị quyết số 21-NQ/TW ", "\n\n", ", ", "; ", " - ", "\u00a0"]


@pytest.fixture(scope="module")
def fuzz_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("fuzz") / "fuzz.db"
    upgrade(db)
    return db


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=15),
                          st.tuples(st.integers(0, len(_SEED_TEXT)), st.integers(0, 300)).map(
                              lambda c: _SEED_TEXT[c[0]:c[0] + c[1]])), min_size=1, max_size=15))
def test_random_articles_are_written_and_exported_with_spans_into_their_text(fuzz_db, parts):
    text = clean_text("".join(parts))
    if not text.strip():
        return
    name = f"fuzz-{next(_COUNTER)}.txt"
    doc = run_stages(Document(name=name, text=text, path=f"/fuzz/{name}",
                              sha256=hashlib.sha256(name.encode()).hexdigest()))
    engine = make_engine(fuzz_db)
    try:
        with make_session_factory(engine)() as session:
            save_document(session, doc, None, Caches.for_session(session))
            session.commit()
    finally:
        engine.dispose()
    buf = io.StringIO()
    export(fuzz_db, "jsonl", buf)
    [record] = [r for r in map(json.loads, buf.getvalue().splitlines()) if r["doc"] == name]
    for event in record["events"]:
        assert 0 <= event["evidence"]["start"] <= event["evidence"]["end"] <= len(text)
    for person in record["people"]:
        for mention in person["mentions"]:
            assert 0 <= mention["start"] < mention["end"] <= len(text)


_COUNTER = itertools.count()
