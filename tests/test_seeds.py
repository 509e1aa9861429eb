"""The seed articles end to end: ingest seeds/, export, compare with tests/gold/."""

import json
from pathlib import Path

import pytest

GOLD = {p.name.removesuffix(".gold.json") + ".txt": json.loads(p.read_text(encoding="utf-8"))
        for p in (Path(__file__).parent / "gold").glob("*.gold.json")}


@pytest.mark.parametrize("doc", sorted(GOLD), ids=lambda d: d[:3])
def test_main_event_date_province_place(seed_export, doc):
    gold = GOLD[doc]["main_event"]
    [main] = [e for e in seed_export[doc]["events"] if e["main"]]
    assert main["date"] == gold["date"]
    assert main["time_of_day"] == gold["time_of_day"]
    assert main["province"] == gold["province"]
    assert main["place"] == gold["place"]


def test_teaser_dates_never_become_the_main_date(seed_export):
    record = seed_export["003_e0da8a278d7cd690.txt"]
    [main] = [e for e in record["events"] if e["main"]]
    related = [e for e in record["events"] if not e["main"]]
    assert main["date"] == "XXXX-05-13" and main["segment"] == "body"
    assert related and all(e["segment"] == "related" for e in related)
    assert {e["date"] for e in related} >= {"2026-01-28", "XXXX-01-27"}


def test_province_inferred_from_the_provincial_body_is_marked(seed_export):
    [main] = [e for e in seed_export["003_e0da8a278d7cd690.txt"]["events"] if e["main"]]
    assert main["province_inferred"] is True
    [main] = [e for e in seed_export["000_eed1118f02c639f8.txt"]["events"] if e["main"]]
    assert main["province_inferred"] is False
    assert (main["place_code"], main["province_code"]) == ("643", "66")


def test_evidence_spans_index_the_stored_text(seed_db, seed_export):
    import sqlite3

    with sqlite3.connect(seed_db) as conn:
        texts = dict(conn.execute("SELECT name, text FROM documents"))
    for doc, record in seed_export.items():
        for event in record["events"]:
            ev = event["evidence"]
            assert 0 <= ev["start"] < ev["end"] <= len(texts[doc])


def test_photographers_and_source(seed_export):
    assert seed_export["000_eed1118f02c639f8.txt"]["photographers"] == ["Tất Trường"]
    assert seed_export["000_eed1118f02c639f8.txt"]["source"] == "Tạp chí Cộng sản"
    assert seed_export["003_e0da8a278d7cd690.txt"]["photographers"] == ["Doãn Tấn", "Linh Bảo"]
