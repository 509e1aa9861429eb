"""``pipeline.evaluate``: the project's own scorer, checked field by field and
against the external referee ``../shared/tools/score.py``."""

from __future__ import annotations

import contextlib
import copy
import importlib.util
import io
import json
import sqlite3
import sys
import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.errors import DatabaseError, PipelineError
from pipeline.evaluate import (
    Accuracy,
    Evaluation,
    FieldScore,
    evaluate_database,
    evaluate_records,
    format_evaluation,
    normalize,
)

ROOT = Path(__file__).resolve().parents[1]
REFEREE = Path(__file__).resolve().parents[2] / "shared/tools/score.py"


# ------------------------------------------------------------------ helpers
def write_gold(gold_dir: Path, *golds: dict) -> Path:
    gold_dir.mkdir(parents=True, exist_ok=True)
    for i, gold in enumerate(golds):
        (gold_dir / f"{i:03d}.gold.json").write_text(json.dumps(gold, ensure_ascii=False),
                                                     encoding="utf-8")
    return gold_dir


def write_export(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path


GOLD = {
    "doc": "a.txt",
    "main_event": {
        "date": "2024-04-24",
        "time_of_day": "sáng",
        "province": "Đắk Lắk",
        "place": "Buôn Ma Thuột",
        "place_as_written": "Buôn Ma Thuật",
        "team": {"number": 4, "body": "Tiểu ban Bảo vệ chính trị nội bộ Trung ương"},
        "targets": ["Ban Thường vụ Tỉnh ủy Đắk Lắk", "Ban Tổ chức Tỉnh ủy",
                    "Huyện ủy Cư M'Gar"],
    },
    "people": [
        {"name": "Lê Hải Bình", "rank": None, "side": "team", "role": "deputy",
         "segment": "body", "titles": ["Ủy viên dự khuyết Trung ương Đảng",
                                       "Phó Trưởng Đoàn Kiểm tra số 4"]},
        {"name": "Nguyễn Văn Hòa", "rank": "Thiếu tướng", "side": "host", "role": "host",
         "segment": "body", "titles": ["Bí thư Tỉnh ủy"]},
        {"name": "Trần Đại Quang", "rank": None, "deceased": True, "side": "other",
         "role": None, "segment": "related", "titles": ["cố Chủ tịch nước"]},
    ],
    "photographers": ["Tất Trường"],
    "references": ["Chỉ thị số 28-CT/TU"],
}


def perfect_record(gold: dict = GOLD) -> dict:
    """The export record that reproduces ``gold`` exactly."""
    ge = gold["main_event"]
    return {
        "doc": gold["doc"],
        "events": [
            {"main": False, "date": "2020-01-01", "targets": ["Ủy ban nhân dân tỉnh"]},
            {"main": True, "date": ge["date"], "time_of_day": ge["time_of_day"],
             "province": ge["province"], "place": ge["place"], "team": dict(ge["team"]),
             "targets": list(ge["targets"])},
        ],
        "people": [
            {"person_id": i + 1, "name": p["name"], "rank": p.get("rank"),
             "deceased": p.get("deceased", False), "segment": p["segment"],
             "side": p["side"], "role": p["role"],
             "titles": [{"text": t} for t in p["titles"]]}
            for i, p in enumerate(gold["people"])
        ],
        "photographers": list(gold["photographers"]),
        "references": [{"text": r, "kind": "Chỉ thị"} for r in gold["references"]],
    }


def evaluate(tmp_path: Path, records: list[dict], *golds: dict) -> Evaluation:
    return evaluate_records(records, write_gold(tmp_path / "gold", *(golds or (GOLD,))))


@pytest.fixture(scope="module")
def referee():
    """The external referee's module, or a skip when ../shared is not there."""
    if not REFEREE.is_file():
        pytest.skip(f"referee not found at {REFEREE}")
    spec = importlib.util.spec_from_file_location("referee_score", REFEREE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def referee_text(referee, export: Path, gold_dir: Path) -> str:
    """What ``score.py EXPORT GOLD --show-errors`` prints, without blank lines."""
    out = io.StringIO()
    argv = sys.argv
    sys.argv = ["score.py", str(export), str(gold_dir), "--show-errors"]
    try:
        with contextlib.redirect_stdout(out):
            referee.main()
    finally:
        sys.argv = argv
    return "\n".join(line for line in out.getvalue().splitlines() if line)


# ---------------------------------------------------------------- normalize
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nguyễn Văn Hoà", "nguyễn văn hòa"),
        ("Lê Thị Thuỷ", "lê thị thủy"),
        ("Khoẻ", "khỏe"),
        ("quý", "quý"),
        ("Hoàn", "hoàn"),
        (unicodedata.normalize("NFD", "Tỉnh Uỷ"), "tỉnh ủy"),
        ("Huyện ủy Cư M’Gar", "huyện ủy cư m'gar"),
        ("Bí\u00a0thư  Tỉnh ủy,", "bí thư tỉnh ủy"),
        ("Chỉ thị số 28-CT/TU", "chỉ thị số 28 ct tu"),
        ("“Tổng Bí thư”", "tổng bí thư"),
        ("STRASSE ẞ", "strasse ss"),
        (None, ""),
        (4, "4"),
    ],
    ids=["old-tone-oa", "old-tone-uy", "old-tone-oe", "qu-keeps-tone", "closed-syllable",
         "nfd-input", "curly-apostrophe", "nbsp-and-punct", "reference-punct",
         "curly-double-quotes", "casefold", "none", "number"],
)
def test_normalize(text, expected):
    assert normalize(text) == expected


# ------------------------------------------------------------- result types
def test_empty_scores_are_perfect_and_frozen():
    assert (FieldScore("x").p, FieldScore("x").r, FieldScore("x").f1) == (1.0, 1.0, 1.0)
    assert FieldScore("x", fp=2).f1 == 0.0
    assert Accuracy("x").value == 1.0
    assert FieldScore("x", tp=1, fp=1, fn=0).f1 == pytest.approx(2 / 3)
    with pytest.raises(AttributeError):
        FieldScore("x").tp = 3  # type: ignore[misc]


def test_a_perfect_record_scores_one(tmp_path):
    ev = evaluate(tmp_path, [perfect_record()])
    assert ev.overall == 1.0
    assert ev.missing_docs == () and ev.errors == ()
    assert all(s.f1 == 1.0 for s in ev.scores.values())
    assert all(a.value == 1.0 for a in ev.accuracies.values())
    assert set(ev.scores) == {"people.body", "people.related", "titles", "identity.pairs",
                              "event.targets", "photographers", "references"}
    assert set(ev.accuracies) == {"rank", "side", "role", "deceased", "event.date",
                                  "event.time_of_day", "event.province", "event.place",
                                  "event.team_number", "event.team_body"}


# ------------------------------------------------------------ field effects
def _drop_person(r):
    del r["people"][1]


def _spurious_title(r):
    r["people"][0]["titles"].append({"text": "Chủ tịch Quốc hội"})


def _title_of_unknown_person(r):
    r["people"].append({"name": "Người Lạ", "titles": ["Chủ tịch Quốc hội"]})


def _spurious_person(r):
    r["people"].append({"name": "Người Lạ", "segment": "body", "titles": []})


def _wrong_segment(r):
    r["people"][2]["segment"] = "body"


def _old_tones_case_quotes(r):
    p = r["people"][1]
    p["name"] = "NGUYỄN VĂN HOÀ"
    p["titles"] = ["bí thư tỉnh uỷ"]
    r["events"][1]["targets"][2] = "Huyện uỷ Cư M’Gar"
    r["events"][1]["province"] = "ĐẮK LẮK"


def _nfd_and_nbsp(r):
    p = r["people"][0]
    p["name"] = unicodedata.normalize("NFD", "Lê\u00a0Hải  Bình")


def _target_extended(r):
    r["events"][1]["targets"][1] = "Ban Tổ chức Tỉnh ủy Đắk Lắk"


def _target_shortened(r):
    r["events"][1]["targets"][0] = "Ban Thường vụ Tỉnh ủy"


def _target_cut_mid_word(r):
    r["events"][1]["targets"][1] = "Ban Tổ chức Tỉnh ủ"


def _target_extra(r):
    r["events"][1]["targets"].append("Ban Tổ chức Tỉnh ủy Đắk Lắk")


def _date_qualified(r):
    r["events"][1]["date"] = "2024-04-24?"


def _date_wrong(r):
    r["events"][1]["date"] = "2024-04-25"


def _no_main_event(r):
    r["events"][1]["main"] = False


def _place_as_written(r):
    r["events"][1]["place"] = "Buôn Ma Thuật"


def _team_number_wrong(r):
    r["events"][1]["team"]["number"] = "4"


def _side_and_role_wrong(r):
    r["people"][0].update(side="host", role="host")


def _rank_spelled_differently(r):
    r["people"][1]["rank"] = "thiếu  tướng"


def _rank_spurious(r):
    r["people"][0]["rank"] = "Đại tá"


def _not_deceased(r):
    r["people"][2]["deceased"] = False


def _references_as_strings(r):
    r["references"] = ["chỉ thị số 28-CT/TU"]


def _photographer_missing(r):
    r["photographers"] = []


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (_drop_person, {"people.body": (1, 0, 1), "titles": (3, 0, 1), "rank": (0, 1),
                        "side": (1, 2), "role": (1, 2)}),
        (_spurious_title, {"titles": (4, 1, 0), "people.body": (2, 0, 0)}),
        (_title_of_unknown_person, {"titles": (4, 0, 0), "people.body": (2, 1, 0)}),
        (_spurious_person, {"people.body": (2, 1, 0)}),
        (_wrong_segment, {"people.body": (2, 1, 0), "people.related": (0, 0, 1),
                          "deceased": (0, 1), "titles": (4, 0, 0)}),
        (_old_tones_case_quotes, {"people.body": (2, 0, 0), "titles": (4, 0, 0),
                                  "event.targets": (3, 0, 0), "event.province": (1, 1)}),
        (_nfd_and_nbsp, {"people.body": (2, 0, 0), "identity.pairs": (0, 0, 0)}),
        (_target_extended, {"event.targets": (3, 0, 0)}),
        (_target_shortened, {"event.targets": (3, 0, 0)}),
        (_target_cut_mid_word, {"event.targets": (2, 1, 1)}),
        (_target_extra, {"event.targets": (3, 1, 0)}),
        (_date_qualified, {"event.date": (1, 1)}),
        (_date_wrong, {"event.date": (0, 1)}),
        (_no_main_event, {"event.date": (0, 1), "event.time_of_day": (0, 1),
                          "event.province": (0, 1), "event.place": (0, 1),
                          "event.team_number": (0, 1), "event.team_body": (0, 1),
                          "event.targets": (0, 0, 3)}),
        (_place_as_written, {"event.place": (1, 1)}),
        (_team_number_wrong, {"event.team_number": (0, 1), "event.team_body": (1, 1)}),
        (_side_and_role_wrong, {"side": (1, 2), "role": (1, 2)}),
        (_rank_spelled_differently, {"rank": (1, 1)}),
        (_rank_spurious, {"rank": (1, 2)}),
        (_not_deceased, {"deceased": (0, 1)}),
        (_references_as_strings, {"references": (1, 0, 0)}),
        (_photographer_missing, {"photographers": (0, 0, 1)}),
    ],
    ids=lambda v: v.__name__.strip("_") if callable(v) else "counts",
)
def test_field_effect(tmp_path, mutate, expected):
    """Each mutation of the perfect record moves exactly the expected counts."""
    record = perfect_record()
    mutate(record)
    ev = evaluate(tmp_path, [record])
    for name, counts in expected.items():
        item = ev[name]
        got = (item.tp, item.fp, item.fn) if isinstance(item, FieldScore) else (item.ok, item.n)
        assert got == counts, name
    def perfect(x):
        return (x.tp, x.fp, x.fn) == (x.tp, 0, 0) if isinstance(x, FieldScore) else x.ok == x.n

    assert all(perfect(ev[n]) for n in (*ev.scores, *ev.accuracies) if n not in expected)
    assert bool(ev.errors) == (not all(perfect(ev[n]) for n in expected))


def test_missing_person_lowers_recall_not_precision(tmp_path):
    record = perfect_record()
    _drop_person(record)
    body = evaluate(tmp_path, [record])["people.body"]
    assert body.p == 1.0 and body.r == 0.5


def test_spurious_title_lowers_precision_not_recall(tmp_path):
    record = perfect_record()
    _spurious_title(record)
    ev = evaluate(tmp_path, [record])
    assert ev["titles"].r == 1.0 and ev["titles"].p == 0.8
    assert any("spurious ('lê hải bình', 'chủ tịch quốc hội')" in e for e in ev.errors)


def test_missing_document_counts_every_gold_fact_missed(tmp_path):
    ev = evaluate(tmp_path, [dict(perfect_record(), doc="other.txt")])
    assert ev.missing_docs == ("a.txt",)
    assert (ev["people.body"].tp, ev["people.body"].fn) == (0, 2)
    assert ev["side"].value == 0.0 and ev["event.date"].value == 0.0
    assert ev.overall < 0.2


def test_records_are_matched_by_file_name(tmp_path):
    ev = evaluate(tmp_path, [dict(perfect_record(), doc="corpus/2024/a.txt")])
    assert ev.missing_docs == () and ev.overall == 1.0


# ----------------------------------------------------------- identity pairs
def _person(name, **kw):
    return {"name": name, "segment": "body", "side": "host", "role": "host", "titles": [], **kw}


TWO_DOCS = (
    {"doc": "d1.txt", "people": [_person("Lê Văn An", person_key="an"),
                                 _person("Phạm Thị Bích", person_key="bich")]},
    {"doc": "d2.txt", "people": [_person("Lê Văn An", person_key="an"),
                                 _person("Võ Thị Cúc", person_key="cuc")]},
)


def _records(ids1, ids2):
    return [
        {"doc": "d1.txt", "people": [_person("Lê Văn An", person_id=ids1[0]),
                                     _person("Phạm Thị Bích", person_id=ids1[1])]},
        {"doc": "d2.txt", "people": [_person("Lê Văn Ân" if ids2[0] == "typo" else "Lê Văn An",
                                             person_id=1 if ids2[0] == "typo" else ids2[0]),
                                     _person("Võ Thị Cúc", person_id=ids2[1])]},
    ]


@pytest.mark.parametrize(
    ("ids1", "ids2", "counts"),
    [
        ((1, 2), (1, 3), (1, 0, 0)),
        ((1, 2), (1, 2), (1, 1, 0)),
        ((1, 2), (4, 3), (0, 0, 1)),
        ((1, 1), (1, 1), (1, 3, 0)),
        ((1, 2), (None, 3), (0, 0, 1)),
        ((1, 2), ("typo", 3), (0, 0, 1)),
    ],
    ids=["right", "wrong-merge", "split", "all-merged", "no-id", "name-not-found"],
)
def test_identity_pairs(tmp_path, ids1, ids2, counts):
    ev = evaluate(tmp_path, _records(ids1, ids2), *TWO_DOCS)
    pairs = ev["identity.pairs"]
    assert (pairs.tp, pairs.fp, pairs.fn) == counts


def test_identity_wrong_merge_lowers_precision(tmp_path):
    ev = evaluate(tmp_path, _records((1, 2), (1, 2)), *TWO_DOCS)
    assert ev["identity.pairs"].p == 0.5 and ev["identity.pairs"].r == 1.0


def test_identity_same_name_different_people_by_person_key(tmp_path):
    golds = [{"doc": f"d{i}.txt", "people": [_person("Nguyễn Văn Hùng", person_key=f"h{i}")]}
             for i in range(3)]
    records = [{"doc": f"d{i}.txt", "people": [_person("Nguyễn Văn Hùng", person_id=7)]}
               for i in range(3)]
    pairs = evaluate(tmp_path, records, *golds)["identity.pairs"]
    assert (pairs.tp, pairs.fp, pairs.fn) == (0, 3, 0)
    for g in golds:
        del g["people"][0]["person_key"]  # without a key the name is the cluster
    pairs = evaluate(tmp_path / "again", records, *golds)["identity.pairs"]
    assert (pairs.tp, pairs.fp, pairs.fn) == (3, 0, 0)


def test_identity_ignores_pairs_within_a_document(tmp_path):
    gold = {"doc": "d1.txt", "people": [_person("An", person_key="k"), _person("Bình",
                                                                              person_key="k")]}
    record = {"doc": "d1.txt", "people": [_person("An", person_id=1),
                                          _person("Bình", person_id=1)]}
    pairs = evaluate(tmp_path, [record], gold)["identity.pairs"]
    assert (pairs.tp, pairs.fp, pairs.fn) == (0, 0, 0)


# ----------------------------------------------------------------- report
def test_format_evaluation(tmp_path):
    record = perfect_record()
    _spurious_title(record)
    ev = evaluate(tmp_path, [record, {"doc": "zzz.txt"}],
                  GOLD, dict(GOLD, doc="b.txt", main_event=None))
    text = format_evaluation(ev)
    lines = text.splitlines()
    assert lines[-1] == f"overall {ev.overall:.4f}"
    assert "titles                 p=0.8  r=0.5  f1=0.6154  tp=4  fp=1  fn=4" in lines
    assert any(line.startswith("event.date             acc=1.0  n=1") for line in lines)
    assert "missing docs: b.txt" in lines
    assert not any("spurious" in line for line in lines)
    assert lines[-2] == "missing docs: b.txt" and len(lines) == len(ev.scores) + len(ev.accuracies) + 2
    shown = format_evaluation(ev, show_errors=True).splitlines()
    assert shown[:len(lines) - 1] == lines[:-1]
    assert "a.txt: spurious ('lê hải bình', 'chủ tịch quốc hội')" in shown
    assert "b.txt Lê Hải Bình: gold 'team' got None" in shown
    assert shown[-1] == lines[-1]


# ------------------------------------------------------------- the database
def test_evaluate_database_missing_db(tmp_path):
    gold = write_gold(tmp_path / "gold", GOLD)
    with pytest.raises(DatabaseError, match="no database"):
        evaluate_database(tmp_path / "nope.db", gold)


@pytest.mark.parametrize("make_dir", [False, True], ids=["missing-dir", "empty-dir"])
def test_evaluate_database_without_gold(tmp_path, seed_db, make_dir):
    gold_dir = tmp_path / "gold"
    if make_dir:
        gold_dir.mkdir()
        (gold_dir / "notes.json").write_text("{}", encoding="utf-8")
    with pytest.raises(PipelineError, match=r"no \*\.gold\.json files in"):
        evaluate_database(seed_db, gold_dir)


def test_evaluate_database_not_a_pipeline_db(tmp_path):
    db = tmp_path / "other.db"
    sqlite3.connect(db).close()
    with pytest.raises(DatabaseError, match="pipeline database"):
        evaluate_database(db, write_gold(tmp_path / "gold", GOLD))


def test_bad_gold_file_is_a_pipeline_error(tmp_path):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "x.gold.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(PipelineError, match="x.gold.json"):
        evaluate_records([], gold_dir)


def test_evaluate_database_agrees_with_the_export(tmp_path, seed_db, seed_export, referee):
    """The seed database scored directly equals its jsonl export scored by the referee."""
    gold_dir = ROOT / "tests" / "gold"
    ev = evaluate_database(seed_db, gold_dir)
    assert ev.missing_docs == ()
    export = write_export(tmp_path / "export.jsonl", list(seed_export.values()))
    theirs = referee.score(export, gold_dir)
    assert list(ev.errors) == theirs.pop("_errors")
    assert ev.as_dict() == theirs
    assert format_evaluation(ev, show_errors=True) == referee_text(referee, export, gold_dir)


# --------------------------------------------- cross-check with the referee
def _spellings(*forms: str) -> st.SearchStrategy[str]:
    """One of ``forms``, possibly decomposed (NFD) or upper-cased."""
    return st.tuples(st.sampled_from(forms),
                     st.sampled_from(["NFC", "NFD", "upper"])).map(
        lambda t: t[0].upper() if t[1] == "upper" else unicodedata.normalize(t[1], t[0]))


NAME = st.one_of(
    _spellings("Nguyễn Văn Hoà", "Nguyễn Văn Hòa", "nguyễn văn hoà"),
    _spellings("Lê Thị Thuỷ", "Lê Thị Thủy", "Lê\u00a0Thị  Thủy"),
    _spellings("Y Biêr Niê", "Y Biêr Niê."),
    _spellings("Trần Quý Khoẻ", "Trần Quý Khỏe"),
    _spellings("Phạm Minh Tấn"),
)
TITLE = st.one_of(
    _spellings("Bí thư Tỉnh ủy", "Bí thư Tỉnh uỷ", "bí thư tỉnh ủy"),
    _spellings("Ủy viên Trung ương Đảng", "Uỷ viên Trung ương Đảng"),
    _spellings("Phó Trưởng Đoàn kiểm tra số 4", "Phó Trưởng đoàn Kiểm tra số 4"),
    _spellings("Chủ tịch Hội đồng nhân dân tỉnh Khánh Hoà", "“Chủ tịch” HĐND tỉnh Khánh Hòa"),
)
TARGET = st.one_of(
    _spellings("Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh uỷ Đắk Lắk",
               "Ban Thường vụ Tỉnh ủy Đắk Lắk", "Ban Thường vụ"),
    _spellings("Huyện ủy Cư M’Gar", "Huyện uỷ Cư M'Gar", "Huyện ủy"),
    _spellings("Đảng ủy Công an tỉnh", "Đảng ủy Công an"),
)
PROVINCE = st.one_of(st.none(), st.just(""), _spellings("Đắk Lắk", "Khánh Hoà", "Khánh Hòa"))
PLACE = st.one_of(st.none(), _spellings("Buôn Ma Thuột", "Buôn Ma Thuật", "Nha Trang"))
DATE = st.sampled_from([None, "", "2024-04-24", "2024-04-24?", " 2024-04-24 ", "2024-04-24~",
                        "2024-04", "XXXX-05-13", "2024-04-25%"])
TIME = st.one_of(st.none(), _spellings("sáng", "chiều"))
RANK = st.one_of(st.none(), st.just(""), _spellings("Thiếu tướng", "Đại tá"))
SIDE = st.sampled_from([None, "team", "host", "other"])
ROLE = st.sampled_from([None, "leader", "deputy", "member", "host"])
SEGMENT = st.sampled_from(["body", "related"])
PHOTOGRAPHER = _spellings("Tất Trường", "Doãn Tấn", "Linh Bảo")
REFERENCE = _spellings("Chỉ thị số 28-CT/TU", "Chỉ thị số 28 CT/TU", "Kế hoạch số 10")
TEAM = st.one_of(st.none(), st.fixed_dictionaries(
    {}, optional={"number": st.sampled_from([None, 3, 4, "4"]),
                  "body": st.one_of(st.none(), _spellings("Tiểu ban Bảo vệ chính trị nội bộ",
                                                         "Tiểu ban bảo vệ Chính trị nội bộ"))}))

GOLD_PERSON = st.fixed_dictionaries(
    {"name": NAME, "titles": st.lists(TITLE, max_size=3)},
    optional={"rank": RANK, "side": SIDE, "role": ROLE, "segment": SEGMENT,
              "deceased": st.booleans(), "person_key": st.sampled_from(["k1", "k2", "k3", ""])})
PRED_PERSON = st.fixed_dictionaries(
    {"name": NAME,
     "titles": st.lists(st.one_of(TITLE, st.builds(lambda t: {"text": t}, TITLE)), max_size=3)},
    optional={"person_id": st.sampled_from([None, 1, 2, 3]), "rank": RANK, "side": SIDE,
              "role": ROLE, "segment": SEGMENT, "deceased": st.booleans()})
GOLD_EVENT = st.fixed_dictionaries(
    {"targets": st.lists(TARGET, max_size=3)},
    optional={"date": DATE, "time_of_day": TIME, "province": PROVINCE, "place": PLACE,
              "place_as_written": PLACE, "team": TEAM})
PRED_EVENT = st.fixed_dictionaries(
    {"main": st.booleans()},
    optional={"targets": st.lists(TARGET, max_size=4), "date": DATE, "time_of_day": TIME,
              "province": PROVINCE, "place": PLACE, "team": TEAM})


SPELL = st.sampled_from(["NFC", "NFD", "upper", "lower"])
TARGET_EDIT = st.sampled_from(["same", "same", "extend", "shorten", "cut"])
USUALLY = st.sampled_from([True, True, True, False])


def _respell(draw, value):
    if not isinstance(value, str):
        return value
    how = draw(SPELL)
    return getattr(value, how)() if how in ("upper", "lower") else unicodedata.normalize(how, value)


def _edit_target(draw, target: str) -> str:
    how = draw(TARGET_EDIT)
    if how == "extend":
        return target + " Đắk Lắk"
    if how == "shorten":
        return target.rsplit(" ", 1)[0]
    if how == "cut":
        return target[:-1]
    return _respell(draw, target)


def _echo_person(draw, gold_person: dict, ids: dict) -> dict:
    """A predicted person copied from a gold one, respelled, some attributes redrawn."""
    person = {"name": _respell(draw, gold_person["name"]),
              "titles": [_respell(draw, t) for t in gold_person["titles"] if draw(USUALLY)]
              + draw(st.lists(TITLE, max_size=1))}
    fresh = draw(PRED_PERSON)
    for key in ("rank", "side", "role", "segment", "deceased"):
        source = gold_person if draw(USUALLY) else fresh
        if key in source:
            person[key] = _respell(draw, source[key])
    cluster = gold_person.get("person_key") or normalize(gold_person["name"])
    person["person_id"] = draw(st.sampled_from(
        [ids.setdefault(cluster, len(ids) + 1)] * 3 + [None, 1, 2]))
    return person


def _echo_event(draw, gold_event: dict) -> dict:
    """A predicted main event copied from the gold one, respelled, some fields redrawn."""
    event = {"main": True,
             "targets": [_edit_target(draw, t) for t in gold_event["targets"] if draw(USUALLY)]}
    fresh = draw(PRED_EVENT)
    for key in ("date", "time_of_day", "province", "place", "team"):
        source = gold_event if draw(USUALLY) else fresh
        if key in source:
            event[key] = _respell(draw, source[key])
    return event


@st.composite
def corpora(draw) -> tuple[list[dict], list[dict]]:
    """Gold files for 1–3 documents and an export that may miss, repeat or add some;
    predicted facts are partly drawn afresh, partly echoed (respelled) from the gold."""
    golds, records = [], []
    ids: dict = {}
    for i in range(draw(st.sampled_from([1, 2, 2, 3, 3]))):
        doc = f"d{i}.txt"
        gold = {"doc": doc, "people": draw(st.lists(GOLD_PERSON, max_size=4)),
                "photographers": draw(st.lists(PHOTOGRAPHER, max_size=2)),
                "references": draw(st.lists(REFERENCE, max_size=2))}
        main_event = draw(st.one_of(st.none(), GOLD_EVENT))
        if main_event is not None or draw(st.booleans()):
            gold["main_event"] = main_event
        golds.append(gold)
        for _ in range(draw(st.sampled_from([0, 1, 1, 1, 2]))):
            people = [_echo_person(draw, p, ids) for p in gold["people"] if draw(USUALLY)]
            events = draw(st.lists(PRED_EVENT, max_size=2))
            if main_event and draw(USUALLY):
                events.insert(draw(st.integers(0, len(events))), _echo_event(draw, main_event))
            records.append({
                "doc": draw(st.sampled_from([doc, f"corpus/{doc}"])),
                "people": draw(st.permutations(people + draw(st.lists(PRED_PERSON, max_size=2)))),
                "events": events,
                "photographers": draw(st.lists(PHOTOGRAPHER, max_size=2)),
                "references": draw(st.lists(st.one_of(
                    REFERENCE, st.builds(lambda t: {"text": t}, REFERENCE)), max_size=2)),
            })
    if draw(st.booleans()):
        records.append({"doc": "elsewhere.txt", "people": [], "events": []})
    return golds, draw(st.permutations(records))


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(corpus=corpora())
def test_agrees_with_referee(referee, corpus):
    golds, records = corpus
    with tempfile.TemporaryDirectory() as tmp:
        gold_dir = write_gold(Path(tmp) / "gold", *golds)
        export = write_export(Path(tmp) / "export.jsonl", records)
        ours = evaluate_records(copy.deepcopy(records), gold_dir)
        theirs = referee.score(export, gold_dir)
        text = referee_text(referee, export, gold_dir)
    assert list(ours.errors) == theirs.pop("_errors")
    assert ours.as_dict() == theirs
    assert format_evaluation(ours, show_errors=True) == text
