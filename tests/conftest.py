"""Shared fixtures: paths of the repository, small documents built in code."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.document import Document, Metadata
from pipeline.records import Segment

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def make_doc(text: str, *, published=None, segments: bool = True) -> Document:
    """A Document of ``text``; with ``segments`` one body segment spanning all of it."""
    doc = Document(name="t.txt", text=text, meta=Metadata(published=published))
    if segments:
        doc.results["segments"] = (Segment(0, len(text), 0, "body"),)
    return doc


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory) -> Path:
    """A database built by ingesting seeds/ once for the whole session."""
    from pipeline.ingest import ingest

    db = tmp_path_factory.mktemp("seed") / "seeds.db"
    report = ingest([SEEDS], db)
    assert report.ok, report.failed
    return db


@pytest.fixture(scope="session")
def seed_export(seed_db) -> dict[str, dict]:
    """The jsonl export of the seed database, by document name."""
    import io
    import json

    from pipeline.export import export

    buf = io.StringIO()
    export(seed_db, "jsonl", buf)
    return {r["doc"]: r for r in map(json.loads, buf.getvalue().splitlines())}
