"""Exports of the database: the SPEC §7 contract (one JSON object per article, ``jsonl``)
and one CSV file per table and view (``csv``)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import IO, Iterator, Optional

from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import models as m
from .db.catalog import relations
from .db.engine import make_session_factory, open_database
from .errors import DatabaseError
from .text.normalize import match_key

FORMATS = ("jsonl", "csv")


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
    organizations = {o.id: o for o in session.scalars(select(m.Organization))}
    ranks = {r.id: r.name for r in session.scalars(select(m.Rank))}
    for doc in session.scalars(select(m.Document).order_by(m.Document.id)):
        yield _document_record(session, doc, places, organizations, ranks)


def _team_json(team: Optional[m.InspectionTeam], organizations) -> Optional[dict]:
    if team is None:
        return None
    body = organizations.get(team.body_id)
    # "id": the team across articles (team_identities.id), the same in every article of it.
    return {"id": team.identity_id, "name": team.name, "kind": team.kind, "number": team.number,
            "body": body.name if body else team.body_as_written, "year": team.year,
            "topic": team.topic, "evidence": {"start": team.start, "end": team.end}}


def _people_json(session: Session, doc_id: int, seg_kind: dict, organizations, ranks,
                 roles: dict[int, tuple[str, Optional[str]]]) -> list[dict]:
    """Each person once per article: all their titles there, deduplicated, in order."""
    mentions = session.scalars(select(m.PersonMention).where(m.PersonMention.document_id == doc_id)
                               .order_by(m.PersonMention.start)).all()
    titles_of: dict[int, list[m.MentionTitle]] = {}
    for t in session.scalars(select(m.MentionTitle).join(m.PersonMention)
                             .where(m.PersonMention.document_id == doc_id)
                             .order_by(m.MentionTitle.mention_id, m.MentionTitle.ord)):
        titles_of.setdefault(t.mention_id, []).append(t)
    people: dict[int, dict] = {}
    seen_titles: dict[int, set] = {}
    for mention in mentions:
        entry = people.get(mention.person_id)
        segment = _segment_kind(seg_kind[mention.segment_id])
        if entry is None:
            side, role = roles.get(mention.person_id, ("other", None))
            entry = people[mention.person_id] = {
                "person_id": mention.person_id, "name": mention.name, "rank": None,
                "deceased": False, "segment": segment, "side": side, "role": role,
                "titles": [], "mentions": []}
            seen_titles[mention.person_id] = set()
        if segment == "body":
            entry["segment"] = "body"
        entry["rank"] = entry["rank"] or ranks.get(mention.rank_id)
        entry["deceased"] = entry["deceased"] or mention.deceased
        entry["mentions"].append({"start": mention.start, "end": mention.end})
        for t in titles_of.get(mention.id, []):
            org = organizations.get(t.organization_id)
            status = t.qualifier if t.qualifier in ("nguyên", "cố") else None
            key = (status, t.position, org.key if org else match_key(t.text))
            # "Thứ trưởng" after "Thứ trưởng Bộ Y tế" is the same title said short, and
            # "Bí thư Huyện ủy X" after "Bí thư Huyện ủy" the same title said in full.
            bare = any(k[:2] == (status, t.position)
                       and (org is None or _same_body_more_or_less_said(k[2], key[2]))
                       for k in seen_titles[mention.person_id])
            if key in seen_titles[mention.person_id] or bare:
                continue
            seen_titles[mention.person_id].add(key)
            parent = organizations.get(t.parent_id)
            entry["titles"].append({
                "text": t.text, "position": t.position,
                "organization": org.name if org else None,
                "organization_as_written": t.organization_as_written,
                "parent": parent.name if parent else None,
                "qualifier": t.qualifier, "organization_inferred": t.org_inferred,
                "evidence": {"start": t.start, "end": t.end}})
    return list(people.values())


def _document_record(session: Session, doc: m.Document, places: dict[int, m.Place],
                     organizations: dict[int, m.Organization], ranks: dict[int, str]) -> dict:
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
            "team": _team_json(session.get(m.InspectionTeam, e.team_id) if e.team_id else None,
                               organizations),
            "targets": [t.name for t in session.scalars(
                select(m.EventTarget).where(m.EventTarget.event_id == e.id)
                .order_by(m.EventTarget.start))],
            "participants": [{"person_id": p.person_id, "side": p.side, "role": p.role}
                             for p in session.scalars(
                                 select(m.EventParticipant).where(m.EventParticipant.event_id == e.id)
                                 .order_by(m.EventParticipant.id))],
            "evidence": {"start": e.start, "end": e.end},
        })
    roles: dict[int, tuple[str, Optional[str]]] = {}
    for event in events:
        for p in event["participants"]:
            roles.setdefault(p["person_id"], (p["side"], p["role"]))
    credits = session.scalars(select(m.Credit).where(m.Credit.document_id == doc.id)
                              .order_by(m.Credit.start)).all()
    # Everyone credited for the article's photos or text (SPEC §2: credits), bylines too.
    photographers = _unique(c.name for c in sorted(credits, key=lambda c: c.start)
                            if c.kind in ("photo", "byline") and not c.is_agency)
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
        "people": _people_json(session, doc.id, seg_kind, organizations, ranks, roles),
        "photographers": photographers,
        "bylines": _unique(c.name for c in credits if c.kind == "byline" and not c.is_agency),
        "agencies": _unique(c.name for c in credits if c.is_agency),
        "references": [
            {"text": r.text, "kind": r.kind, "number": r.number, "issuer_code": r.issuer_code,
             "date": r.date, "segment": _segment_kind(seg_kind[r.segment_id]),
             "evidence": {"start": r.start, "end": r.end}}
            for r in session.scalars(select(m.CitedDocument)
                                     .where(m.CitedDocument.document_id == doc.id)
                                     .order_by(m.CitedDocument.start))],
    }


def _same_body_more_or_less_said(a: str, b: str) -> bool:
    """One key is the other with the body's place added (``huyện ủy`` / ``huyện ủy can lộc``)."""
    return a.startswith(b + " ") or b.startswith(a + " ")


def _unique(items) -> list:
    seen: dict = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


def export(db_path: Path, fmt: str, out: Optional[IO[str]] = None) -> int:
    """Write the ``jsonl`` export of ``db_path`` to ``out``; return the number of records."""
    if fmt not in FORMATS:
        raise DatabaseError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "csv":
        raise DatabaseError("the csv export writes one file per table and view: give a directory "
                            "with --out DIR")
    engine = open_database(db_path)  # missing, foreign or old-schema files: a clear error
    try:
        with make_session_factory(engine)() as session:
            n = 0
            for record in document_records(session):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                n += 1
            return n
    finally:
        engine.dispose()


def export_csv(db_path: Path, out_dir: Path) -> dict[str, int]:
    """One ``NAME.csv`` per table and view of ``db_path`` in ``out_dir``; rows written per file.

    UTF-8 with a byte-order mark, so spreadsheet software reads Vietnamese
    correctly; a header row of column names; NULL as an empty field.
    """
    engine = open_database(db_path)  # before creating out_dir: a bad --db leaves nothing behind
    written: dict[str, int] = {}
    try:
        out_dir = Path(out_dir)
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"cannot create {out_dir}: {exc.strerror or exc}") from None
        with engine.connect() as conn:
            for relation in relations(conn):
                path = out_dir / f"{relation.name}.csv"
                written[path.name] = _write_csv(conn, relation.name, path)
    finally:
        engine.dispose()
    return written


def _write_csv(conn, name: str, path: Path) -> int:
    result = conn.exec_driver_sql(f'SELECT * FROM "{name}"')
    n = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(result.keys())
        while rows := result.fetchmany(1000):  # tables of a large corpus need not fit in memory
            writer.writerows(rows)
            n += len(rows)
    return n
