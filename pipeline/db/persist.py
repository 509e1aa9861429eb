"""Persisting a processed Document: one transaction per article, rows in batches.

Extraction never touches the database; this module turns the typed records a
Document carries into rows.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Optional

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.orm import Session

from .. import lexicons
from .. import records as rec
from ..document import Document
from ..link import organizations as orgs
from ..text.normalize import match_key
from . import models as m


def utcnow() -> datetime:
    """The current UTC time, naive (SQLite stores no zone)."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


class PlaceCache:
    """Get-or-create of gazetteer units, remembered for the session's life."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.ids: dict[tuple[str, str, str], int] = {}
        self.linked: set[tuple[str, str, str]] = set()  # units whose successor is stored

    def id_of(self, place: Optional[rec.Place], successor: Optional[rec.Place] = None) -> Optional[int]:
        if place is None:
            return None
        key = (place.era, place.level, place.code)
        if key in self.ids and (successor is None or key in self.linked):
            return self.ids[key]
        found = self.session.execute(
            select(m.Place.id, m.Place.successor_id).filter_by(
                era=place.era, level=place.level, code=place.code)
        ).first()
        if found is None:
            parent_id = None
            if place.level != "province":
                from ..link.gazetteer import get_gazetteer

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
                self.session.execute(update(m.Place).where(m.Place.id == place_id)
                                     .values(successor_id=succ_id))
        if successor is not None:
            self.linked.add(key)
        self.ids[key] = place_id
        return place_id


class OrgCache:
    """Get-or-create of organizations by the match key of their normalized name."""

    def __init__(self, session: Session, places: PlaceCache) -> None:
        self.session = session
        self.places = places
        self.ids: dict[str, int] = {}

    def id_of(self, name: Optional[str], parent: Optional[str] = None) -> Optional[int]:
        if not name:
            return None
        # "Vụ Địa phương II" of one commission is not that of another: a body
        # written with its parent is keyed with it.
        key = match_key(f"{name}, {parent}" if parent else name)
        if key in self.ids:
            return self.ids[key]
        found = self.session.scalar(select(m.Organization.id).where(m.Organization.key == key))
        if found is None:
            head = orgs.head_of(name)
            place = orgs.place_of(name)
            row = m.Organization(name=name, key=key, head=head.head if head else None,
                                 parent_id=self.id_of(parent) if parent else None,
                                 place_id=self.places.id_of(place))
            self.session.add(row)
            self.session.flush()
            found = row.id
        self.ids[key] = found
        return found


class RankCache:
    """Get-or-create of ranks, with their seniority from the lexicon order."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.ids: dict[str, int] = {}

    def id_of(self, name: Optional[str]) -> Optional[int]:
        if not name:
            return None
        if name not in self.ids:
            found = self.session.scalar(select(m.Rank.id).where(m.Rank.name == name))
            if found is None:
                order = lexicons.entries("ranks.txt")
                row = m.Rank(name=name, seniority=order.index(name) + 1 if name in order else 99)
                self.session.add(row)
                self.session.flush()
                found = row.id
            self.ids[name] = found
        return self.ids[name]


class IdAllocator:
    """Primary keys handed out by the single writer, so rows go in with one executemany
    per table instead of one INSERT … RETURNING per row. Ids skipped by a rolled-back
    article are simply never used."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.next_id: dict[str, int] = {}

    def take(self, model, count: int) -> list[int]:
        table = model.__tablename__
        if table not in self.next_id:
            self.next_id[table] = (self.session.scalar(select(func.max(model.id))) or 0) + 1
        start = self.next_id[table]
        self.next_id[table] = start + count
        return list(range(start, start + count))


@dataclass
class Caches:
    """The get-or-create caches and id allocator of one ingest session."""

    places: PlaceCache
    orgs: OrgCache
    ranks: RankCache
    ids: IdAllocator

    @classmethod
    def for_session(cls, session: Session) -> "Caches":
        places = PlaceCache(session)
        return cls(places, OrgCache(session, places), RankCache(session), IdAllocator(session))

    def clear(self) -> None:
        """Forget ids (after a rollback they may not exist)."""
        self.places.ids.clear()
        self.places.linked.clear()
        self.orgs.ids.clear()
        self.ranks.ids.clear()


def delete_document(session: Session, path: str) -> None:
    """Remove an earlier version of the article at ``path`` (its rows cascade)."""
    # The full-text index is not a foreign-key child: drop its row by hand.
    session.execute(text("DELETE FROM documents_fts WHERE rowid IN "
                         "(SELECT id FROM documents WHERE path = :path)"), {"path": path})
    session.execute(delete(m.Document).where(m.Document.path == path))


def index_text(session: Session, doc_id: int, key: str, folded: str) -> None:
    """Add an article to the full-text index: its ``match_key`` and its ``fold_key``."""
    # Keys, not the raw text, so that old and new tone placement (hoà/hòa) meet;
    # both keep the text's length, so a hit found on a key indexes the text.
    session.execute(text("INSERT INTO documents_fts (rowid, text, folded) "
                         "VALUES (:id, :text, :folded)"),
                    {"id": doc_id, "text": key, "folded": folded})


def save_document(session: Session, doc: Document, run_id: Optional[int],
                  caches: Optional[Caches] = None) -> int:
    """Write ``doc`` and every record its stages produced; return the document id."""
    caches = caches or Caches.for_session(session)
    places = caches.places
    segments: tuple[rec.Segment, ...] = doc.results.get("segments", ())
    source = next(iter(doc.results.get("source", ())), None)
    headline = next((s for s in segments if s.kind == rec.HEADLINE), None)
    [doc_id] = caches.ids.take(m.Document, 1)
    _insert(session, m.Document, [dict(
        id=doc_id, name=doc.name, path=doc.path or doc.name, sha256=doc.sha256,
        encoding=doc.encoding, source_code=source.code if source else None,
        source=doc.meta.source or (source.name if source else None),
        headline=doc.text[headline.start:headline.end] if headline else None,
        url=doc.meta.url, published=doc.meta.published, text=doc.text,
        ingest_run_id=run_id, ingested_at=utcnow(),
    )])
    index_text(session, doc_id, doc.key, doc.fold)  # keys the stages already computed

    seg_ids = _insert_returning_ids(session, caches, m.Segment, [
        dict(document_id=doc_id, idx=s.index, kind=s.kind, teaser=s.teaser, repeated=s.repeated,
             start=s.start, end=s.end) for s in segments])
    seg_id = {s.index: i for s, i in zip(segments, seg_ids, strict=True)}

    dates: tuple[rec.DateMention, ...] = doc.results.get("dates", ())
    date_ids = _insert_returning_ids(session, caches, m.DateMention, [
        dict(document_id=doc_id, segment_id=seg_id[d.segment], start=d.start, end=d.end,
             edtf=d.edtf, precision=d.precision, year=d.year, month=d.month, day=d.day,
             time_of_day=d.time_of_day, year_source=d.year_source, modifier=d.modifier)
        for d in dates])
    date_id = dict(zip(dates, date_ids, strict=True))

    mentions: tuple[rec.PlaceMention, ...] = doc.results.get("places", ())
    _insert(session, m.PlaceMention, [
        dict(document_id=doc_id, segment_id=seg_id[p.segment],
             place_id=places.id_of(p.place, p.successor), start=p.start, end=p.end,
             surface=p.surface, score=p.score, via=p.via) for p in mentions])

    credits: tuple[rec.Credit, ...] = doc.results.get("credits", ())
    _insert(session, m.Credit, [
        dict(document_id=doc_id, segment_id=seg_id[c.segment], start=c.start, end=c.end,
             name=c.name, kind=c.kind, is_agency=c.is_agency, agency=c.agency) for c in credits])

    refs: tuple[rec.Reference, ...] = doc.results.get("references", ())
    _insert(session, m.CitedDocument, [
        dict(document_id=doc_id, segment_id=seg_id[r.segment], start=r.start, end=r.end,
             text=r.text, kind=r.kind, number=r.number, issuer_code=r.issuer_code, date=r.date)
        for r in refs])

    teams: tuple[rec.Team, ...] = doc.results.get("teams", ())
    team_ids = _insert_returning_ids(session, caches, m.InspectionTeam, [
        dict(document_id=doc_id, segment_id=seg_id[t.segment], start=t.start, end=t.end,
             name=t.name, kind=t.kind, number=t.number,
             body_id=caches.orgs.id_of(orgs.normalize_org(t.body)) if t.body else None,
             body_as_written=t.body, year=t.year, topic=t.topic) for t in teams])

    person_ids, mention_ids = _save_people(session, doc, doc_id, seg_id, caches)

    events: tuple[rec.Event, ...] = doc.results.get("events", ())
    event_ids = _insert_returning_ids(session, caches, m.Event, [
        dict(_event_row(doc_id, seg_id, date_id, places, e),
             team_id=team_ids[0] if e.main and team_ids else None) for e in events])
    main_id = next((i for e, i in zip(events, event_ids, strict=True) if e.main), None)
    related_ids = {segments_teaser(segments, e.segment): i
                   for e, i in zip(events, event_ids, strict=True) if not e.main}

    targets: tuple[rec.Target, ...] = doc.results.get("targets", ())
    if main_id is not None:
        _insert(session, m.EventTarget, [
            dict(event_id=main_id, organization_id=caches.orgs.id_of(orgs.normalize_org(t.name)),
                 start=t.start, end=t.end, surface=t.surface, name=t.name) for t in targets])

    rows, seen = [], set()
    for p in doc.results.get("participants", ()):
        event_id = main_id if p.main else related_ids.get(p.teaser)
        person_id = person_ids.get(match_key(p.name))
        if event_id is None or person_id is None or (event_id, person_id) in seen:
            continue
        seen.add((event_id, person_id))
        rows.append(dict(event_id=event_id, person_id=person_id,
                         mention_id=mention_ids[(p.start, p.end)], side=p.side, role=p.role))
    _insert(session, m.EventParticipant, rows)
    return doc_id


def segments_teaser(segments: tuple[rec.Segment, ...], index: int) -> Optional[int]:
    """The teaser number of segment ``index``."""
    return next((s.teaser for s in segments if s.index == index), None)


def _save_people(session: Session, doc: Document, doc_id: int, seg_id: dict[int, int],
                 caches: Caches) -> tuple[dict[str, int], dict[tuple[int, int], int]]:
    """One person per distinct name of the document (cross-document merging is the
    resolver's job), their mentions and titles. Returns person ids by name key and
    mention ids by span."""
    mentions: tuple[rec.PersonMention, ...] = doc.results.get("people", ())
    first_of: dict[str, rec.PersonMention] = {}
    deceased: dict[str, bool] = {}
    for p in mentions:
        key = match_key(p.name)
        first_of.setdefault(key, p)
        deceased[key] = deceased.get(key, False) or p.deceased
    new_ids = _insert_returning_ids(session, caches, m.Person, [
        dict(name=p.name, key=key, deceased=deceased[key]) for key, p in first_of.items()])
    person_ids = dict(zip(first_of, new_ids, strict=True))
    ids = _insert_returning_ids(session, caches, m.PersonMention, [
        dict(person_id=person_ids[match_key(p.name)], document_id=doc_id,
             segment_id=seg_id[p.segment], start=p.start, end=p.end, name=p.name,
             rank_id=caches.ranks.id_of(p.rank), honorific=p.honorific, deceased=p.deceased,
             former=p.former, context_start=p.context_start, context_end=p.context_end)
        for p in mentions])
    title_rows = []
    for p, mention_id in zip(mentions, ids, strict=True):
        for order, t in enumerate(p.titles):
            title_rows.append(dict(
                mention_id=mention_id, ord=order, start=t.start, end=t.end, text=t.text,
                position=t.position, organization_id=caches.orgs.id_of(t.organization, t.parent),
                organization_as_written=t.organization_as_written,
                parent_id=caches.orgs.id_of(t.parent), qualifier=t.qualifier,
                org_inferred=t.org_inferred))
    _insert(session, m.MentionTitle, title_rows)
    return person_ids, {(p.start, p.end): i for p, i in zip(mentions, ids, strict=True)}


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
    """One executemany straight on the DB-API cursor: articles write a few dozen small
    batches each, and statement compilation would cost more than the inserts."""
    if not rows:
        return
    columns = tuple(rows[0])
    sql = _insert_sql(model.__tablename__, columns)
    session.connection().exec_driver_sql(sql, [tuple(row[c] for c in columns) for row in rows])


@functools.lru_cache(maxsize=256)
def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    return f'INSERT INTO "{table}" ({names}) VALUES ({marks})'


def _insert_returning_ids(session: Session, caches: "Caches", model, rows: list[dict]
                          ) -> list[int]:
    """Insert ``rows`` in order with ids from the allocator; return the ids in that order."""
    if not rows:
        return []
    ids = caches.ids.take(model, len(rows))
    for row, new_id in zip(rows, ids, strict=True):
        row["id"] = new_id
    _insert(session, model, rows)
    return ids
