"""Persisting a processed Document: one transaction per article, rows in batches.

Extraction never touches the database; this module turns the typed records a
Document carries into rows.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Optional

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from .. import records as rec
from ..document import Document
from . import models as m


def utcnow() -> datetime:
    """The current UTC time, naive (SQLite stores no zone)."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


class PlaceCache:
    """Get-or-create of gazetteer units, remembered for the session's life."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.ids: dict[tuple[str, str, str], int] = {}

    def id_of(self, place: Optional[rec.Place], successor: Optional[rec.Place] = None) -> Optional[int]:
        if place is None:
            return None
        key = (place.era, place.level, place.code)
        if key in self.ids and successor is None:
            return self.ids[key]
        found = self.session.execute(
            select(m.Place.id, m.Place.successor_id).filter_by(
                era=place.era, level=place.level, code=place.code)
        ).first()
        if found is None:
            parent_id = None
            if place.level != "province":
                from ..resolve.gazetteer import get_gazetteer

                parent = get_gazetteer().province_by_code(place.province_code, place.era)
                if parent is not None and parent.code != place.code:
                    parent_id = self.id_of(parent)
            row = m.Place(era=place.era, level=place.level, code=place.code, name=place.name,
                          short_name=place.short_name, unit_type=place.unit_type,
                          province_code=place.province_code, parent_id=parent_id,
                          latitude=place.latitude, longitude=place.longitude)
            self.session.add(row)
            self.session.flush()
            place_id, successor_id = row.id, None
        else:
            place_id, successor_id = found
        if successor is not None and successor_id is None:
            succ_id = self.id_of(successor)
            if succ_id != place_id:
                self.session.get(m.Place, place_id).successor_id = succ_id
        self.ids[key] = place_id
        return place_id


def delete_document(session: Session, path: str) -> None:
    """Remove an earlier version of the article at ``path`` (its rows cascade)."""
    session.execute(delete(m.Document).where(m.Document.path == path))


def save_document(session: Session, doc: Document, run_id: Optional[int],
                  places: Optional[PlaceCache] = None) -> int:
    """Write ``doc`` and every record its stages produced; return the document id."""
    places = places or PlaceCache(session)
    segments: tuple[rec.Segment, ...] = doc.results.get("segments", ())
    source = next(iter(doc.results.get("source", ())), None)
    headline = next((s for s in segments if s.kind == rec.HEADLINE), None)
    row = m.Document(
        name=doc.name, path=doc.path or doc.name, sha256=doc.sha256, encoding=doc.encoding,
        source_code=source.code if source else None,
        source=doc.meta.source or (source.name if source else None),
        headline=doc.text[headline.start:headline.end] if headline else None,
        url=doc.meta.url, published=doc.meta.published, text=doc.text,
        ingest_run_id=run_id, ingested_at=utcnow(),
    )
    session.add(row)
    session.flush()
    doc_id = row.id

    seg_ids = _insert_returning_ids(session, m.Segment, [
        dict(document_id=doc_id, idx=s.index, kind=s.kind, teaser=s.teaser, repeated=s.repeated,
             start=s.start, end=s.end) for s in segments])
    seg_id = {s.index: i for s, i in zip(segments, seg_ids)}

    dates: tuple[rec.DateMention, ...] = doc.results.get("dates", ())
    date_ids = _insert_returning_ids(session, m.DateMention, [
        dict(document_id=doc_id, segment_id=seg_id[d.segment], start=d.start, end=d.end,
             edtf=d.edtf, precision=d.precision, year=d.year, month=d.month, day=d.day,
             time_of_day=d.time_of_day, year_source=d.year_source) for d in dates])
    date_id = dict(zip(dates, date_ids))

    mentions: tuple[rec.PlaceMention, ...] = doc.results.get("places", ())
    _insert(session, m.PlaceMention, [
        dict(document_id=doc_id, segment_id=seg_id[p.segment],
             place_id=places.id_of(p.place, p.successor), start=p.start, end=p.end,
             surface=p.surface, score=p.score, via=p.via) for p in mentions])

    credits: tuple[rec.Credit, ...] = doc.results.get("credits", ())
    _insert(session, m.Credit, [
        dict(document_id=doc_id, segment_id=seg_id[c.segment], start=c.start, end=c.end,
             name=c.name, kind=c.kind, is_agency=c.is_agency, agency=c.agency) for c in credits])

    events: tuple[rec.Event, ...] = doc.results.get("events", ())
    _insert(session, m.Event, [_event_row(doc_id, seg_id, date_id, places, e) for e in events])
    return doc_id


def _event_row(doc_id, seg_id, date_id, places: PlaceCache, e: rec.Event) -> dict:
    d = e.date
    return dict(
        document_id=doc_id, segment_id=seg_id[e.segment], main=e.main, kind=e.kind,
        start=e.start, end=e.end, date_mention_id=date_id.get(d) if d else None,
        edtf=d.edtf if d else None, year=d.year if d else None, month=d.month if d else None,
        day=d.day if d else None, precision=d.precision if d else None,
        time_of_day=d.time_of_day if d else None,
        place_id=places.id_of(e.place.place, e.place.successor) if e.place else None,
        province_id=places.id_of(e.province.place, e.province.successor) if e.province else None,
        province_inferred=e.province_inferred,
    )


def _insert(session: Session, model, rows: list[dict]) -> None:
    if rows:
        session.execute(insert(model), rows)


def _insert_returning_ids(session: Session, model, rows: list[dict]) -> list[int]:
    """Insert ``rows`` in order and return their ids in the same order."""
    if not rows:
        return []
    result = session.execute(insert(model).returning(model.id, sort_by_parameter_order=True), rows)
    return [r[0] for r in result]
