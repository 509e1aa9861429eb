"""Export of the database in the SPEC §7 contract (one JSON object per article)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Iterator, Optional

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from .db import models as m
from .db.engine import make_engine, make_session_factory
from .errors import DatabaseError

FORMATS = ("jsonl",)


def _segment_kind(kind: str) -> str:
    return "related" if kind.startswith("related") else "body"


def _place_json(place: Optional[m.Place], successor: Optional[m.Place]) -> dict:
    if place is None:
        return {}
    return {
        "code": place.code,
        "name": place.short_name,
        "level": place.level,
        "era": place.era,
        "successor": successor.short_name if successor else None,
        "successor_code": successor.code if successor else None,
    }


def document_records(session: Session) -> Iterator[dict]:
    """One export record per document, in document id order."""
    places = {p.id: p for p in session.scalars(select(m.Place))}
    for doc in session.scalars(select(m.Document).order_by(m.Document.id)):
        yield _document_record(session, doc, places)


def _document_record(session: Session, doc: m.Document, places: dict[int, m.Place]) -> dict:
    seg_kind = dict(session.execute(
        select(m.Segment.id, m.Segment.kind).where(m.Segment.document_id == doc.id)).all())
    events = []
    for e in session.scalars(select(m.Event).where(m.Event.document_id == doc.id)
                             .order_by(m.Event.main.desc(), m.Event.start)):
        place = places.get(e.place_id)
        province = places.get(e.province_id)
        events.append({
            "main": e.main,
            "segment": _segment_kind(seg_kind[e.segment_id]),
            "kind": e.kind,
            "date": e.edtf,
            "date_precision": e.precision,
            "year": e.year,
            "month": e.month,
            "day": e.day,
            "time_of_day": e.time_of_day,
            "province": province.short_name if province else None,
            "province_code": province.code if province else None,
            "province_inferred": e.province_inferred,
            "province_detail": _place_json(province, places.get(province.successor_id)
                                           if province else None),
            "place": place.short_name if place else None,
            "place_code": place.code if place else None,
            "place_detail": _place_json(place, places.get(place.successor_id) if place else None),
            "team": None,
            "targets": [],
            "participants": [],
            "evidence": {"start": e.start, "end": e.end},
        })
    credits = session.scalars(select(m.Credit).where(m.Credit.document_id == doc.id)
                              .order_by(m.Credit.start)).all()
    photographers = _unique(c.name for c in credits if c.kind == "photo" and not c.is_agency)
    return {
        "doc": doc.name,
        "path": doc.path,
        "sha256": doc.sha256,
        "source": doc.source,
        "source_code": doc.source_code,
        "headline": doc.headline,
        "url": doc.url,
        "published": doc.published.isoformat() if doc.published else None,
        "events": events,
        "people": [],
        "photographers": photographers,
        "bylines": _unique(c.name for c in credits if c.kind == "byline" and not c.is_agency),
        "agencies": _unique(c.name for c in credits if c.is_agency),
        "references": [],
    }


def _unique(items) -> list:
    seen: dict = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


def export(db_path: Path, fmt: str, out: Optional[IO[str]] = None) -> int:
    """Write the export of ``db_path`` in ``fmt`` to ``out``; return the number of records."""
    if fmt not in FORMATS:
        raise DatabaseError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if not Path(db_path).exists():
        raise DatabaseError(f"no database at {db_path}")
    engine = make_engine(db_path, read_only=True)
    try:
        with make_session_factory(engine)() as session:
            n = 0
            for record in document_records(session):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                n += 1
            return n
    except Exception as exc:
        if "no such table" in str(exc):
            raise DatabaseError(f"{db_path} is not a pipeline database (run ingest first)") from None
        raise
    finally:
        engine.dispose()
