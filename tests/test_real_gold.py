"""tests/real and tests/realheld: the gold facts of real news excerpts. The excerpts are
third-party text and are not in the repository; the gold and the manifest are, and must
agree. When the excerpts have been pulled (tests/real/README.md), tests/real is scored
too."""

from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

import pytest

REAL = Path(__file__).parent / "real"
HELD = Path(__file__).parent / "realheld"
SETS = pytest.mark.parametrize(("where", "at_least"), [(REAL, 150), (HELD, 60)],
                               ids=["real", "realheld"])


def _checker():
    spec = importlib.util.spec_from_file_location("check_gold", REAL / "check_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _manifest(where: Path) -> list[dict]:
    with open(where / "manifest.tsv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


@SETS
def test_every_gold_file_has_a_manifest_row_and_back(where, at_least) -> None:
    rows = _manifest(where)
    ids = {r["id"] for r in rows}
    gold = {p.name.removesuffix(".gold.json") for p in where.glob("*.gold.json")}
    assert ids == gold
    assert len(rows) == len(ids) >= at_least
    assert all(r["url"].startswith("http") and r["query"].strip() for r in rows)
    assert len({r["url"] for r in rows}) == len(rows), "an address taken twice"


@SETS
def test_gold_files_have_the_shape_the_guide_gives(where, at_least) -> None:
    check = _checker()
    problems = [p for f in sorted(where.glob("*.gold.json")) for p in check.check(f)
                if "not pulled" not in p]
    assert problems == []


@SETS
def test_no_excerpt_text_is_committed(where, at_least) -> None:
    for f in where.glob("*.gold.json"):
        gold = json.loads(f.read_text(encoding="utf-8"))
        assert "text" not in gold and "excerpt" not in gold
    assert not list(where.glob("*.txt")), "excerpts belong in the git-ignored excerpts/"


def test_the_two_sets_share_no_page() -> None:
    assert not {r["url"] for r in _manifest(REAL)} & {r["url"] for r in _manifest(HELD)}


@pytest.mark.skipif(not (REAL / "excerpts").is_dir() or len(list((REAL / "excerpts").glob(
    "*.txt"))) < 150, reason="the excerpts are not pulled (tests/real/README.md)")
def test_the_real_set_scores(tmp_path) -> None:
    from pipeline.evaluate import evaluate_database
    from pipeline.ingest import ingest

    db = tmp_path / "real.db"
    assert ingest([REAL / "excerpts"], db).ok
    ev = evaluate_database(db, REAL)
    assert not ev.missing_docs
    assert ev.overall >= 0.90, "\n".join(ev.errors[:50])
