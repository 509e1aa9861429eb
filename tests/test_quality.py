"""Extraction quality on articles written for the tests (tests/genre), scored by
``pipeline evaluate``. These articles are not in seeds/; they vary provinces,
bodies, ranks, name patterns and date forms."""

from pathlib import Path

import pytest

from pipeline.evaluate import evaluate_database
from pipeline.ingest import ingest

HERE = Path(__file__).parent


@pytest.mark.parametrize("corpus", ["genre", "gold"], ids=["genre", "seeds"])
def test_overall_score(tmp_path, corpus):
    source = HERE / "genre" if corpus == "genre" else HERE.parent / "seeds"
    gold = HERE / corpus
    db = tmp_path / "q.db"
    assert ingest([source], db).ok
    ev = evaluate_database(db, gold)
    assert not ev.missing_docs
    assert ev.overall >= (0.9 if corpus == "genre" else 0.97), "\n".join(ev.errors)
