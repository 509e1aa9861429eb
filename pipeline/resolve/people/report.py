"""What the resolver decided, for people: lists, one person, why, and curation."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from ...db import models as m
from ...errors import PipelineError
from ...text.normalize import fold_key
from .curation import Decision, append_decision


class UnknownPersonError(PipelineError):
    """No person has that id, or a reference names no mention."""


@dataclass(frozen=True)
class TitleSpan:
    """A title a person held, and the dates it was seen."""

    position: str
    organization: Optional[str]
    qualifier: Optional[str]
    first_seen: Optional[str]
    last_seen: Optional[str]
    documents: int


@dataclass(frozen=True)
class PersonSummary:
    """A person and their title history."""

    id: int
    name: str
    deceased: bool
    documents: int
    titles: tuple[TitleSpan, ...]


@dataclass(frozen=True)
class Appearance:
    """One article naming a person: its reference, date, side and role."""

    ref: str
    document: str
    date: Optional[str]
    side: Optional[str]
    role: Optional[str]


@dataclass(frozen=True)
class MergeExplanation:
    """One decision of the resolver about a person."""

    decision: str
    rule: str
    score: float
    joined: str  # reference of the document person that joined
    compared_with: str
    evidence: dict


def _history(session: Session, person_id: int) -> tuple[TitleSpan, ...]:
    rows = session.execute(text(
        "SELECT position, organization, qualifier, first_seen, last_seen, documents "
        "FROM person_title_history WHERE person_id = :p ORDER BY first_seen, first_title_id"
    ), {"p": person_id}).all()
    return tuple(TitleSpan(*r) for r in rows)


def list_people(session: Session, name: Optional[str] = None) -> list[PersonSummary]:
    """Every person (or those whose name contains ``name``, accents ignored), with titles."""
    docs = dict(session.execute(
        select(m.PersonMention.person_id, func.count(func.distinct(m.PersonMention.document_id)))
        .group_by(m.PersonMention.person_id)).all())
    wanted = " ".join(fold_key(name).split()) if name else None
    out = []
    for person in session.scalars(select(m.Person).order_by(m.Person.id)):
        if wanted and wanted not in " ".join(fold_key(person.name).split()):
            continue
        out.append(PersonSummary(person.id, person.name, person.deceased, docs.get(person.id, 0),
                                 _history(session, person.id)))
    return out


def get_person(session: Session, person_id: int) -> tuple[PersonSummary, list[Appearance]]:
    """One person with their title history and the articles that name them."""
    person = session.get(m.Person, person_id)
    if person is None:
        raise UnknownPersonError(f"no person with id {person_id}")
    [summary] = [s for s in list_people(session) if s.id == person_id]
    rows = session.execute(
        select(m.Document.name, m.PersonMention.name, m.Event.edtf, m.EventParticipant.side,
               m.EventParticipant.role)
        .join(m.Document, m.Document.id == m.PersonMention.document_id)
        .outerjoin(m.EventParticipant, m.EventParticipant.mention_id == m.PersonMention.id)
        .outerjoin(m.Event, m.Event.id == m.EventParticipant.event_id)
        .where(m.PersonMention.person_id == person_id)
        .order_by(m.Document.id, m.PersonMention.start)).all()
    seen: dict[tuple[str, str], Appearance] = {}
    for doc, name, date, side, role in rows:
        key = (doc, fold_key(name))
        if key not in seen or (seen[key].side is None and side is not None):
            seen[key] = Appearance(f"{doc}#{name}", doc, date, side, role)
    return summary, list(seen.values())


def explain(session: Session, person_id: int) -> list[MergeExplanation]:
    """Why ``person_id`` is one person: every merge into it, and candidate links touching it."""
    if session.get(m.Person, person_id) is None:
        raise UnknownPersonError(f"no person with id {person_id}")
    a = select(m.PersonMention.id, m.PersonMention.person_id, m.PersonMention.name,
               m.Document.name.label("doc")).join(m.Document).subquery()
    b = select(m.PersonMention.id, m.PersonMention.person_id, m.PersonMention.name,
               m.Document.name.label("doc")).join(m.Document).subquery()
    rows = session.execute(
        select(m.PersonMerge, a.c.doc, a.c.name, b.c.doc, b.c.name)
        .join(a, a.c.id == m.PersonMerge.mention_id)
        .join(b, b.c.id == m.PersonMerge.other_mention_id)
        .where((a.c.person_id == person_id) | (b.c.person_id == person_id))
        .order_by(m.PersonMerge.id)).all()
    return [MergeExplanation(r[0].decision, r[0].rule, r[0].score, f"{r[1]}#{r[2]}",
                             f"{r[3]}#{r[4]}", json.loads(r[0].evidence)) for r in rows]


def reference_of(session: Session, who: str) -> str:
    """A curation reference for ``who``: a person id (its first mention) or a ``DOC#Name``."""
    if "#" in who:
        doc, name = who.split("#", 1)
        found = session.execute(
            select(m.PersonMention.id).join(m.Document)
            .where(m.Document.name == doc, m.PersonMention.name == name).limit(1)).first()
        if found is None:
            raise UnknownPersonError(f"no mention {who!r} (expected DOCUMENT#Name as written)")
        return who
    if not who.isdigit():
        raise UnknownPersonError(f"{who!r} is neither a person id nor DOCUMENT#Name")
    row = session.execute(
        select(m.Document.name, m.PersonMention.name).join(m.Document)
        .where(m.PersonMention.person_id == int(who))
        .order_by(m.PersonMention.document_id, m.PersonMention.start).limit(1)).first()
    if row is None:
        raise UnknownPersonError(f"no person with id {who}")
    return f"{row[0]}#{row[1]}"


def curate(session: Session, curation: Path, action: str, a: str, b: str,
           note: Optional[str] = None) -> Decision:
    """Record an analyst's ``merge`` or ``forbid`` of two people in the curation file."""
    ref_a, ref_b = reference_of(session, a), reference_of(session, b)
    if ref_a == ref_b:
        raise PipelineError(f"{a} and {b} are the same mention")
    decision = Decision(action, ref_a, ref_b, note)
    append_decision(curation, decision)
    return decision


def record_decision(db_path: Path, curation: Path, action: str, a: str, b: str,
                    note: Optional[str] = None):
    """Write an analyst decision to the curation file and re-resolve the database with it;
    return the decision and the ResolutionReport."""
    from ...db.engine import open_session
    from ...db.lock import DEFAULT_WAIT, write_lock
    from ..teams import resolve_teams
    from . import resolve_people

    from contextlib import nullcontext

    # A missing file is open_session's error to tell; the lock must cover the commit.
    lock = write_lock(db_path, wait=DEFAULT_WAIT) if Path(db_path).is_file() else nullcontext()
    with lock, open_session(db_path) as session:
        decision = curate(session, curation, action, a, b, note)
        report = resolve_people(session, curation)
        resolve_teams(session)  # a team's leader may be another person now
    return decision, report
