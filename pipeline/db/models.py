"""SQLAlchemy 2 typed models. The schema is created only by alembic migrations."""

from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlalchemy import ForeignKey, Index, MetaData, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base of every table, with a constraint naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class IngestRun(Base):
    """One invocation of ``pipeline ingest``."""

    __tablename__ = "ingest_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime]
    finished_at: Mapped[Optional[datetime]]
    files_seen: Mapped[int] = mapped_column(default=0)
    ingested: Mapped[int] = mapped_column(default=0)
    skipped: Mapped[int] = mapped_column(default=0)
    failed: Mapped[int] = mapped_column(default=0)
    status: Mapped[str] = mapped_column(default="running")  # running | done | failed | interrupted
    curation_sha256: Mapped[Optional[str]]  # the curation file the resolver applied

    errors: Mapped[list[IngestError]] = relationship(back_populates="run")


class IngestError(Base):
    """A file that could not be ingested, and why."""

    __tablename__ = "ingest_errors"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("ingest_runs.id", ondelete="CASCADE"), index=True)
    path: Mapped[str]
    kind: Mapped[str]  # the error class name, e.g. DecodeError
    message: Mapped[str]
    created_at: Mapped[datetime]

    run: Mapped[IngestRun] = relationship(back_populates="errors")


class Document(Base):
    """An ingested article: its stored NFC text and metadata."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(index=True)  # file name, the export's "doc"
    path: Mapped[str] = mapped_column(unique=True)
    sha256: Mapped[str] = mapped_column(unique=True)
    encoding: Mapped[str]
    source_code: Mapped[Optional[str]]
    source: Mapped[Optional[str]]
    headline: Mapped[Optional[str]]
    url: Mapped[Optional[str]]
    published: Mapped[Optional[date]]
    text: Mapped[str]
    ingest_run_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("ingest_runs.id", ondelete="SET NULL"), index=True
    )
    ingested_at: Mapped[datetime]

    segments: Mapped[list[Segment]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True
    )


class Segment(Base):
    """A headline, body paragraph, caption or related-block line of a document."""

    __tablename__ = "segments"
    __table_args__ = (UniqueConstraint("document_id", "idx"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    idx: Mapped[int]  # position of the segment in its document, from 0
    kind: Mapped[str]
    teaser: Mapped[Optional[int]]
    repeated: Mapped[bool] = mapped_column(default=False)
    start: Mapped[int]
    end: Mapped[int]

    document: Mapped[Document] = relationship(back_populates="segments")


class Place(Base):
    """An administrative unit from the gazetteer, in the era it belongs to."""

    __tablename__ = "places"
    __table_args__ = (UniqueConstraint("era", "level", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    era: Mapped[str]  # legacy | 2025
    level: Mapped[str]  # province | district | ward
    code: Mapped[str]
    name: Mapped[str]
    short_name: Mapped[str] = mapped_column(index=True)
    unit_type: Mapped[str]
    province_code: Mapped[str]
    parent_id: Mapped[Optional[int]] = mapped_column(ForeignKey("places.id"), index=True)
    successor_id: Mapped[Optional[int]] = mapped_column(ForeignKey("places.id"), index=True)
    latitude: Mapped[Optional[float]]
    longitude: Mapped[Optional[float]]


class PlaceMention(Base):
    """A place written (or implied by a party body) in a document."""

    __tablename__ = "place_mentions"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    segment_id: Mapped[int] = mapped_column(
        ForeignKey("segments.id", ondelete="CASCADE"), index=True
    )
    place_id: Mapped[int] = mapped_column(ForeignKey("places.id"), index=True)
    start: Mapped[int]
    end: Mapped[int]
    surface: Mapped[str]
    score: Mapped[float]
    via: Mapped[str]  # name | party_body | parenthetical | venue


class DateMention(Base):
    """A date written in a document, as EDTF."""

    __tablename__ = "date_mentions"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    segment_id: Mapped[int] = mapped_column(
        ForeignKey("segments.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int]
    end: Mapped[int]
    edtf: Mapped[str]
    precision: Mapped[str]
    year: Mapped[Optional[int]]
    month: Mapped[Optional[int]]
    day: Mapped[Optional[int]]
    time_of_day: Mapped[Optional[str]]
    year_source: Mapped[str]
    modifier: Mapped[Optional[str]]  # start | mid | end of the period


class Credit(Base):
    """A photo credit or byline: a name or an agency, never a participant."""

    __tablename__ = "credits"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    segment_id: Mapped[int] = mapped_column(
        ForeignKey("segments.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int]
    end: Mapped[int]
    name: Mapped[str]
    kind: Mapped[str]  # photo | byline
    is_agency: Mapped[bool]
    agency: Mapped[Optional[str]]


class Event(Base):
    """An event of a document: the main one or a related one from a teaser."""

    __tablename__ = "events"
    __table_args__ = (Index("ix_events_year_month_day", "year", "month", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    segment_id: Mapped[int] = mapped_column(
        ForeignKey("segments.id", ondelete="CASCADE"), index=True
    )
    main: Mapped[bool]
    kind: Mapped[str]
    start: Mapped[int]
    end: Mapped[int]
    date_mention_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("date_mentions.id", ondelete="SET NULL"), index=True
    )
    edtf: Mapped[Optional[str]]
    year: Mapped[Optional[int]]
    month: Mapped[Optional[int]]
    day: Mapped[Optional[int]]
    precision: Mapped[Optional[str]]
    time_of_day: Mapped[Optional[str]]
    place_id: Mapped[Optional[int]] = mapped_column(ForeignKey("places.id"), index=True)
    province_id: Mapped[Optional[int]] = mapped_column(ForeignKey("places.id"), index=True)
    province_inferred: Mapped[bool] = mapped_column(default=False)
    team_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("inspection_teams.id", ondelete="SET NULL"), index=True
    )


class Organization(Base):
    """A body (party, state, army, police, press…), one row however it is written."""

    __tablename__ = "organizations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]  # normalized and completed: "Ban Tổ chức Tỉnh ủy Đắk Lắk"
    key: Mapped[str] = mapped_column(unique=True)  # match key of the name
    head: Mapped[Optional[str]]  # the kind of body: "Ban Tổ chức", "Tỉnh ủy", "Cục"
    parent_id: Mapped[Optional[int]] = mapped_column(ForeignKey("organizations.id"), index=True)
    place_id: Mapped[Optional[int]] = mapped_column(ForeignKey("places.id"), index=True)


class Rank(Base):
    """A military or police rank, with its seniority (1 = highest)."""

    __tablename__ = "ranks"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    seniority: Mapped[int]


class Person(Base):
    """A real individual, however many articles name them."""

    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(index=True)
    key: Mapped[str] = mapped_column(index=True)  # match key of the name
    deceased: Mapped[bool] = mapped_column(default=False)


class PersonMention(Base):
    """A person named in a document, with the rank written there."""

    __tablename__ = "person_mentions"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    segment_id: Mapped[int] = mapped_column(
        ForeignKey("segments.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int]
    end: Mapped[int]
    name: Mapped[str]  # as written
    rank_id: Mapped[Optional[int]] = mapped_column(ForeignKey("ranks.id"))
    honorific: Mapped[Optional[str]]
    deceased: Mapped[bool]
    former: Mapped[bool]
    context_start: Mapped[int]
    context_end: Mapped[int]
    # The resolver's block (family name|given name|syllables), filled when it runs.
    block_key: Mapped[Optional[str]] = mapped_column(index=True)


class MentionTitle(Base):
    """One title written with a person mention: position + organization + qualifier."""

    __tablename__ = "mention_titles"
    __table_args__ = (UniqueConstraint("mention_id", "ord"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    mention_id: Mapped[int] = mapped_column(
        ForeignKey("person_mentions.id", ondelete="CASCADE"), index=True
    )
    ord: Mapped[int]  # order among the mention's titles
    start: Mapped[int]
    end: Mapped[int]
    text: Mapped[str]
    position: Mapped[str] = mapped_column(index=True)
    organization_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("organizations.id"), index=True
    )
    organization_as_written: Mapped[Optional[str]]
    parent_id: Mapped[Optional[int]] = mapped_column(ForeignKey("organizations.id"))
    qualifier: Mapped[Optional[str]]
    org_inferred: Mapped[bool]


class InspectionTeam(Base):
    """An inspection, supervision or working team named in a document."""

    __tablename__ = "inspection_teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    segment_id: Mapped[int] = mapped_column(
        ForeignKey("segments.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int]
    end: Mapped[int]
    name: Mapped[str]
    kind: Mapped[str]
    number: Mapped[Optional[int]]
    body_id: Mapped[Optional[int]] = mapped_column(ForeignKey("organizations.id"), index=True)
    body_as_written: Mapped[Optional[str]]
    year: Mapped[Optional[int]]
    topic: Mapped[Optional[str]]
    identity_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("team_identities.id", ondelete="SET NULL"), index=True
    )


class TeamIdentity(Base):
    """One team across articles: same number, body and year, or same leader, body and year.

    Written by cross-document resolution (pipeline/resolve/teams.py)."""

    __tablename__ = "team_identities"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(unique=True)
    rule: Mapped[str]
    name: Mapped[str]
    kind: Mapped[str]
    number: Mapped[Optional[int]]
    body_id: Mapped[Optional[int]] = mapped_column(ForeignKey("organizations.id"), index=True)
    year: Mapped[Optional[int]]
    leader_id: Mapped[Optional[int]] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"),
                                                     index=True)
    articles: Mapped[int]


class EventTarget(Base):
    """A body an event's team inspects or works with."""

    __tablename__ = "event_targets"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"), index=True)
    start: Mapped[int]
    end: Mapped[int]
    surface: Mapped[str]  # as written: "Ban Tổ chức Tỉnh ủy"
    name: Mapped[str]  # completed from context, as written otherwise: "Ban Tổ chức Tỉnh ủy Đắk Lắk"


class EventParticipant(Base):
    """A person taking part in an event, with their side and role."""

    __tablename__ = "event_participants"
    __table_args__ = (UniqueConstraint("event_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    mention_id: Mapped[int] = mapped_column(
        ForeignKey("person_mentions.id", ondelete="CASCADE"), index=True
    )
    side: Mapped[str]  # team | host | other
    role: Mapped[Optional[str]]  # leader | deputy | member | host | attendee


class CitedDocument(Base):
    """A party or state document cited in an article."""

    __tablename__ = "cited_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    segment_id: Mapped[int] = mapped_column(
        ForeignKey("segments.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int]
    end: Mapped[int]
    text: Mapped[str]
    kind: Mapped[str] = mapped_column(index=True)
    number: Mapped[Optional[str]]
    issuer_code: Mapped[Optional[str]]
    date: Mapped[Optional[str]]


class PersonMerge(Base):
    """Why two document-level mentions are (or may be) one person: rule, evidence, score."""

    __tablename__ = "person_merges"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), index=True
    )
    mention_id: Mapped[int] = mapped_column(
        ForeignKey("person_mentions.id", ondelete="CASCADE"), index=True
    )  # the mention that joined
    other_mention_id: Mapped[int] = mapped_column(
        ForeignKey("person_mentions.id", ondelete="CASCADE"), index=True
    )  # the mention of the cluster it was compared with
    decision: Mapped[str]  # merged | candidate | forbidden
    rule: Mapped[str]
    score: Mapped[float]
    evidence: Mapped[str]  # JSON: what matched and what conflicted


class CurationDecision(Base):
    """An analyst's decision from the curation file, as applied by the last rebuild."""

    __tablename__ = "curation_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    action: Mapped[str]  # merge | forbid
    left_ref: Mapped[str]  # "DOC.txt#Name as written"
    right_ref: Mapped[str]
    note: Mapped[Optional[str]]
    applied: Mapped[bool]  # False when a reference matched no mention
