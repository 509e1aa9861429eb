"""One article as the pipeline read it: its text with every extracted span, and its events."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from .db import models as m
from .errors import DatabaseError

# Span kinds in the order they are drawn: a later kind's style wins where spans
# overlap, so the narrow ones (names, dates) come last.
STYLES: dict[str, str] = {
    "team": "bold blue",
    "target": "underline blue",
    "title": "magenta",
    "place": "green",
    "reference": "red",
    "credit": "dim italic",
    "date": "bold cyan",
    "person": "bold yellow",
}


@dataclass(frozen=True)
class Span:
    """An extracted fact's evidence: ``text[start:end]`` of the article."""

    start: int
    end: int
    kind: str  # a key of STYLES
    label: str  # what it was read as: the normalized name, EDTF date, …


@dataclass(frozen=True)
class Participant:
    """A person of an event, with side and role."""

    person_id: int
    name: str
    side: str
    role: Optional[str]


@dataclass(frozen=True)
class EventSummary:
    """An event of the article in one record."""

    main: bool
    kind: str
    date: Optional[str]
    time_of_day: Optional[str]
    province: Optional[str]
    place: Optional[str]
    team: Optional[str]
    targets: tuple[str, ...]
    participants: tuple[Participant, ...]


@dataclass(frozen=True)
class Article:
    """An article with its extracted spans and events."""

    document_id: int
    name: str
    source: Optional[str]
    published: Optional[str]
    text: str
    spans: tuple[Span, ...]
    events: tuple[EventSummary, ...]


def find_document(session: Session, ref: str) -> m.Document:
    """The document named ``ref`` (file name, stored path or id)."""
    conditions = [m.Document.name == ref, m.Document.path == ref]
    if ref.isdigit():
        conditions.append(m.Document.id == int(ref))
    found = session.scalars(select(m.Document).where(or_(*conditions))
                            .order_by(m.Document.id)).first()
    if found is None:
        raise DatabaseError(f"no document {ref!r} (give its file name, path or id)")
    return found


def load_article(session: Session, ref: str) -> Article:
    """The article ``ref`` with every span the pipeline extracted from it and its events."""
    doc = find_document(session, ref)
    return Article(doc.id, doc.name, doc.source,
                   doc.published.isoformat() if doc.published else None, doc.text,
                   tuple(sorted(_spans(session, doc.id), key=lambda s: (s.start, -s.end))),
                   tuple(_events(session, doc.id)))


def _spans(session: Session, doc_id: int) -> list[Span]:
    spans = []

    def add(kind: str, rows) -> None:
        spans.extend(Span(start, end, kind, label or "") for start, end, label in rows)

    add("date", session.execute(select(m.DateMention.start, m.DateMention.end, m.DateMention.edtf)
                                .where(m.DateMention.document_id == doc_id)))
    add("place", session.execute(
        select(m.PlaceMention.start, m.PlaceMention.end, m.Place.name)
        .join(m.Place, m.Place.id == m.PlaceMention.place_id)
        .where(m.PlaceMention.document_id == doc_id)))
    add("person", session.execute(
        select(m.PersonMention.start, m.PersonMention.end, m.Person.name)
        .join(m.Person, m.Person.id == m.PersonMention.person_id)
        .where(m.PersonMention.document_id == doc_id)))
    add("title", session.execute(
        select(m.MentionTitle.start, m.MentionTitle.end, m.MentionTitle.position)
        .join(m.PersonMention, m.PersonMention.id == m.MentionTitle.mention_id)
        .where(m.PersonMention.document_id == doc_id)))
    add("team", session.execute(
        select(m.InspectionTeam.start, m.InspectionTeam.end, m.InspectionTeam.name)
        .where(m.InspectionTeam.document_id == doc_id)))
    add("target", session.execute(
        select(m.EventTarget.start, m.EventTarget.end, m.EventTarget.name)
        .join(m.Event, m.Event.id == m.EventTarget.event_id)
        .where(m.Event.document_id == doc_id)))
    add("reference", session.execute(
        select(m.CitedDocument.start, m.CitedDocument.end, m.CitedDocument.text)
        .where(m.CitedDocument.document_id == doc_id)))
    add("credit", session.execute(select(m.Credit.start, m.Credit.end, m.Credit.name)
                                  .where(m.Credit.document_id == doc_id)))
    return spans


def _events(session: Session, doc_id: int) -> list[EventSummary]:
    from sqlalchemy.orm import aliased

    province, place = aliased(m.Place), aliased(m.Place)
    rows = session.execute(
        select(m.Event, province.short_name, place.short_name, m.InspectionTeam.name)
        .outerjoin(province, province.id == m.Event.province_id)
        .outerjoin(place, place.id == m.Event.place_id)
        .outerjoin(m.InspectionTeam, m.InspectionTeam.id == m.Event.team_id)
        .where(m.Event.document_id == doc_id)
        .order_by(m.Event.main.desc(), m.Event.start)).all()
    events = []
    for event, province_name, place_name, team in rows:
        targets = session.scalars(select(m.EventTarget.name)
                                  .where(m.EventTarget.event_id == event.id)
                                  .order_by(m.EventTarget.start)).all()
        people = session.execute(
            select(m.EventParticipant.person_id, m.Person.name, m.EventParticipant.side,
                   m.EventParticipant.role)
            .join(m.Person, m.Person.id == m.EventParticipant.person_id)
            .where(m.EventParticipant.event_id == event.id)
            .order_by(m.EventParticipant.id)).all()
        events.append(EventSummary(
            bool(event.main), event.kind, event.edtf, event.time_of_day, province_name, place_name,
            team, tuple(targets), tuple(Participant(*p) for p in people)))
    return events


def render(article: Article):
    """A rich renderable: header, legend, highlighted text, then the event summary."""
    from rich.console import Group
    from rich.text import Text

    header = Text(article.name, style="bold")
    meta = ", ".join(x for x in (article.source, article.published) if x)
    if meta:
        header.append(f"  ({meta})", style="dim")
    legend = Text("spans: ")
    for kind, style in STYLES.items():
        legend.append(kind, style=style)
        legend.append(" ")
    body = Text(article.text)
    for kind in STYLES:
        for span in article.spans:
            if span.kind == kind:
                body.stylize(STYLES[kind], span.start, span.end)
    parts = [header, legend, Text(""), body, Text("")]
    for event in article.events:
        parts.append(Text(event_line(event), style="bold" if event.main else ""))
        if event.targets:
            parts.append(Text("  targets: " + "; ".join(event.targets)))
        for p in event.participants:
            parts.append(Text(f"  {p.name} [{p.person_id}] — {p.side}"
                              + (f"/{p.role}" if p.role else "")))
    return Group(*parts)


def event_line(event: EventSummary) -> str:
    """``main inspection 2024-04-24 sáng, Buôn Ma Thuột, Đắk Lắk — Đoàn …`` on one line."""
    where = ", ".join(x for x in (event.place, event.province) if x) or "place unknown"
    when = " ".join(x for x in (event.date or "date unknown", event.time_of_day) if x)
    line = f"{'main' if event.main else 'related'} {event.kind} {when}, {where}"
    return line + (f" — {event.team}" if event.team else "")
