"""The synthetic corpus generator (``pipeline.synth``, SPEC §9): determinism, the files
it writes, gold facts consistent with the article text, person keys, same-name
collisions, and extraction quality on a small generated corpus."""

from __future__ import annotations

import dataclasses
import json
import re
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from pipeline.synth import CorpusSummary, old_tone, write_corpus
from pipeline.text.normalize import match_key

HERE = Path(__file__).parent
GOLD_KEYS = {"doc", "source", "headline", "main_event", "people", "photographers", "references",
             "related_events"}
EVENT_KEYS = {"kind", "date", "time_of_day", "province", "place", "place_as_written", "team",
              "programme_year", "topic", "targets"}
PERSON_KEYS = {"name", "person_key", "rank", "titles", "side", "role", "segment"}
OPTIONAL_PERSON_KEYS = {"deceased", "resolved_orgs"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, CorpusSummary]:
    out = tmp_path_factory.mktemp("synth") / "corpus"
    return out, write_corpus(out, 200, seed=7)


def _articles(out: Path):
    """(text, gold, meta or None) of every article of ``out``, in name order."""
    for path in sorted(out.glob("*.txt")):
        gold = json.loads((out / f"{path.stem}.gold.json").read_text(encoding="utf-8"))
        meta_path = out / f"{path.stem}.meta.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else None
        yield path.read_text(encoding="utf-8"), gold, meta


def _folder_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_same_seed_same_bytes(tmp_path):
    write_corpus(tmp_path / "a", 30, seed=3)
    write_corpus(tmp_path / "b", 30, seed=3)
    write_corpus(tmp_path / "c", 30, seed=4)
    a, b, c = (_folder_bytes(tmp_path / x) for x in "abc")
    assert a == b
    assert a != c


def test_rewriting_a_folder_leaves_no_stale_files(tmp_path):
    write_corpus(tmp_path / "reused", 45, seed=4)
    (tmp_path / "reused" / "notes.txt").write_text("kept")
    write_corpus(tmp_path / "reused", 30, seed=4)
    write_corpus(tmp_path / "reused", 30, seed=3)
    write_corpus(tmp_path / "fresh", 30, seed=3)
    reused = _folder_bytes(tmp_path / "reused")
    assert reused.pop("notes.txt") == b"kept"
    assert reused == _folder_bytes(tmp_path / "fresh")


def test_summary_and_files(corpus):
    out, summary = corpus
    assert dataclasses.is_dataclass(summary)
    with pytest.raises(dataclasses.FrozenInstanceError):
        summary.articles = 1  # type: ignore[misc]
    assert summary.out_dir == out
    texts = sorted(out.glob("*.txt"))
    assert summary.articles == len(texts) == 200
    assert texts[0].name == "synth_00000.txt" and texts[-1].name == "synth_00199.txt"
    for text in texts:
        assert (out / f"{text.stem}.gold.json").is_file()
    metas = list(out.glob("*.meta.json"))
    assert 40 <= len(metas) <= 100  # about a third
    assert len(list(out.iterdir())) == 2 * len(texts) + len(metas)


def test_gold_shape(corpus):
    out, _ = corpus
    for _text, gold, _ in _articles(out):
        assert set(gold) == GOLD_KEYS
        assert set(gold["main_event"]) == EVENT_KEYS
        assert set(gold["main_event"]["team"]) == {"number", "body"}
        assert gold["main_event"]["kind"] in ("inspection", "supervision", "meeting")
        keys = [p["person_key"] for p in gold["people"]]
        assert len(keys) == len(set(keys)), gold["doc"]
        names = [match_key(p["name"]) for p in gold["people"]]
        assert len(names) == len(set(names)), gold["doc"]
        for person in gold["people"]:
            assert PERSON_KEYS <= set(person) <= PERSON_KEYS | OPTIONAL_PERSON_KEYS
            assert person["side"] in ("team", "host", "other")
            assert person.get("deceased", True) is True
            if person["segment"] == "related":
                assert (person["side"], person["role"]) == ("other", None)
            else:
                assert person["segment"] == "body"
                assert person["role"] in ("leader", "deputy", "member", "host")
            assert set(person.get("resolved_orgs", {})) <= set(person["titles"])
            assert len({match_key(t) for t in person["titles"]}) == len(person["titles"])


def test_gold_strings_occur_in_text(corpus):
    out, _ = corpus
    for text, gold, _ in _articles(out):
        doc = gold["doc"]
        event = gold["main_event"]
        strings = [event["team"]["body"], event["topic"], *event["targets"],
                   *gold["references"], *gold["photographers"]]
        if event["place_as_written"]:
            strings.append(event["place_as_written"])
        for person in gold["people"]:
            strings.append(person["name"])
            strings.extend(person["titles"])
            if person["rank"]:
                assert f"{person['rank']} {person['name']}" in text, (doc, person["name"])
            if person.get("deceased"):
                assert any(t.startswith("cố ") for t in person["titles"])
        for related in gold["related_events"]:
            strings.extend(related["people"])
        for s in strings:
            assert s and s in text, (doc, s)
        if gold["headline"] is not None:
            assert text.split("\n", 1)[0] == gold["headline"]
        if gold["source"] == "Tạp chí Cộng sản":
            assert text.startswith("TCCS - ")
        elif gold["source"] is not None:
            assert text.startswith("TTXVN - ")
        for photographer in gold["photographers"]:
            assert f"Ảnh: {photographer}" in text


_REFERENCE = re.compile(r"(?:Nghị quyết|Kết luận|Chỉ thị|Quy định|Kế hoạch|Thông tri) số "
                        r"\d+(?:-[^\W_]+/[^\W_]+)?")


def test_every_cited_document_is_in_the_gold(corpus):
    out, _ = corpus
    for text, gold, _ in _articles(out):
        written = list(dict.fromkeys(m.group(0) for m in _REFERENCE.finditer(text)))
        assert gold["references"] == written, gold["doc"]


def test_photographers_and_agencies_are_not_people(corpus):
    out, _ = corpus
    for _, gold, _ in _articles(out):
        names = {match_key(p["name"]) for p in gold["people"]}
        assert not names & {match_key(x) for x in gold["photographers"]}
        assert "TTXVN" not in gold["photographers"]


def test_dates_and_sidecars(corpus):
    out, _ = corpus
    yearless = anchored = 0
    for text, gold, meta in _articles(out):
        when = gold["main_event"]["date"]
        if when.startswith("XXXX-"):
            yearless += 1
            assert meta is None
            continue
        if meta is None:
            continue
        published = date.fromisoformat(meta["published"])
        assert set(meta) == {"url", "published"}
        assert 1 <= (published - date.fromisoformat(when)).days <= 2
        day = date.fromisoformat(when)
        if f"{day.day}/{day.month}/{day.year}" not in text and \
                f"{day.day}-{day.month}-{day.year}" not in text and \
                f"{day.day:02d}/{day.month:02d}/{day.year}" not in text and \
                f"năm {day.year}" not in text:
            anchored += 1  # written without a year, anchored to the publication date
        for related in gold["related_events"]:
            assert not related["date"].startswith("XXXX")
            assert related["date"] <= meta["published"]
    for _, gold, _ in _articles(out):
        assert "2019-01-01" <= gold["main_event"]["date"].replace("XXXX", "2020") <= "2025-06-30"
    assert yearless > 0 and anchored > 0


def test_person_keys_name_one_individual(corpus):
    out, summary = corpus
    names: dict[str, set[str]] = defaultdict(set)
    spellings: dict[str, set[str]] = defaultdict(set)
    for _, gold, _ in _articles(out):
        for person in gold["people"]:
            names[person["person_key"]].add(match_key(person["name"]))
            spellings[person["person_key"]].add(person["name"])
    assert all(len(v) == 1 for v in names.values())  # same name up to tone placement
    assert summary.persons == len(names)
    recurring = sum(1 for k in names if len(spellings[k]) > 1)
    assert recurring > 0  # somebody is written both "Hòa" and "Hoà"


def test_same_name_collisions(corpus):
    out, summary = corpus
    keys_by_name: dict[str, set[str]] = defaultdict(set)
    for _, gold, _ in _articles(out):
        for person in gold["people"]:
            keys_by_name[match_key(person["name"])].add(person["person_key"])
    shared = [name for name, keys in keys_by_name.items() if len(keys) > 1]
    assert summary.collisions == len(shared) > 0


def test_people_recur_with_changing_titles(corpus):
    out, _ = corpus
    titles_by_key: dict[str, set[str]] = defaultdict(set)
    docs_by_key: dict[str, int] = defaultdict(int)
    for _, gold, _ in _articles(out):
        for person in gold["people"]:
            docs_by_key[person["person_key"]] += 1
            titles_by_key[person["person_key"]].update(match_key(t) for t in person["titles"])
    assert max(docs_by_key.values()) >= 10
    # Promotions and retirements: someone holds "phó bí thư" titles and later "bí thư" ones.
    assert any(any(t.startswith("phó bí thư") for t in ts) and "bí thư tỉnh ủy" in
               {t.split(" ", 1)[-1] if t.startswith(("nguyên ", "cố ")) else t for t in ts}
               for ts in titles_by_key.values())
    assert any(t.startswith("nguyên ") for ts in titles_by_key.values() for t in ts)


def test_no_seed_person_is_reused(corpus):
    out, _ = corpus
    seed_names = set()
    for path in (HERE / "gold").glob("*.gold.json"):
        seed_names.update(match_key(p["name"]) for p in json.loads(path.read_text())["people"])
        seed_names.update(match_key(p) for p in json.loads(path.read_text())["photographers"])
    assert seed_names
    for _, gold, _ in _articles(out):
        assert not {match_key(p["name"]) for p in gold["people"]} & seed_names
        assert not {match_key(p) for p in gold["photographers"]} & seed_names


def test_old_tone_placement():
    assert old_tone("Ủy viên Ban Thường vụ Tỉnh ủy Hòa Bình") == \
        "Uỷ viên Ban Thường vụ Tỉnh uỷ Hoà Bình"
    assert old_tone("Nguyễn Văn Thụy, khỏe, quý, hoàng") == "Nguyễn Văn Thuỵ, khoẻ, quý, hoàng"
    sample = "Bí thư Tỉnh ủy Thanh Hóa, Chủ tịch UBND tỉnh Khánh Hòa"
    assert match_key(old_tone(sample)) == match_key(sample)
    assert len(old_tone(sample)) == len(sample)


def test_empty_corpus(tmp_path):
    summary = write_corpus(tmp_path, 0, seed=1)
    assert (summary.articles, summary.persons, summary.collisions) == (0, 0, 0)
    assert list(tmp_path.iterdir()) == []


def test_extraction_on_synthetic_corpus(tmp_path):
    """The pipeline reads the generated articles about as well as their gold says."""
    from pipeline.evaluate import evaluate_database, format_evaluation
    from pipeline.ingest import ingest

    out = tmp_path / "corpus"
    write_corpus(out, 40, seed=11)
    db = tmp_path / "synth.db"
    report = ingest([out], db)
    assert report.ok, report.failed
    ev = evaluate_database(db, out)
    print(f"\nsynthetic corpus (n=40) overall {ev.overall:.4f}")
    print(format_evaluation(ev, show_errors=True))
    assert not ev.missing_docs
    assert ev.overall >= 0.9, "\n".join(ev.errors)
