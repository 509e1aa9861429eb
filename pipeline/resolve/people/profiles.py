"""Profiles: what the resolver knows about each document-level person.

A *document person* is every mention of one written name (up to tone
placement and case) in one article. Its profile gathers the evidence the
comparison uses: the name, the titles written there (position + body), the
bodies, the provinces those bodies belong to, rank, and the article's date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Collection, Optional

from sqlalchemy import select
from sqlalchemy.orm import Session

from ... import lexicons
from ...db import models as m
from ...text.normalize import fold_key, match_key
from .groups import groups_of

# Teams are named per article ("Đoàn Kiểm tra số 4"); sharing one says nothing.
_TEAM_PREFIXES = ("đoàn kiểm tra", "đoàn giám sát", "đoàn công tác", "đoàn")


@dataclass
class DocPerson:
    """All mentions of one written name in one document."""

    document_id: int
    document_name: str
    name: str  # as first written
    key: str  # match key of the name
    fold: str  # accent-free, single-spaced
    mention_ids: list[int] = field(default_factory=list)
    person_id: int = 0  # the person row the mentions point to now
    titles: set[tuple[str, int]] = field(default_factory=set)  # (position key, organization id)
    orgs: set[int] = field(default_factory=set)
    provinces: set[str] = field(default_factory=set)  # province codes of their bodies
    host_provinces: set[str] = field(default_factory=set)  # event province, for hosts
    rank: Optional[int] = None  # seniority, 1 = highest
    deceased: bool = False
    year: Optional[int] = None
    groups: frozenset[str] = frozenset()  # small bodies their titles seat them in

    @property
    def first_mention(self) -> int:
        return min(self.mention_ids)

    @property
    def ref(self) -> str:
        """The stable reference of this document person: ``DOC.txt#Name``."""
        return f"{self.document_name}#{self.name}"


def spaced_fold(name: str) -> str:
    """``Y Khoa Êban`` → ``y khoa eban``."""
    return " ".join(fold_key(name).replace("'", " ").split())


@cache
def _successors() -> dict[str, str]:
    return {match_key(earlier): match_key(later)
            for earlier, later, *_ in lexicons.rows("body_successions.tsv")}


def _lineage(org_rows) -> dict[int, int]:
    """Each body merged by the 2025 reorganisation, and its successor, → one id (the
    smallest) for comparison: ``Bộ trưởng Bộ Kế hoạch và Đầu tư`` and ``Bộ trưởng Bộ Tài
    chính`` are posts in one line of bodies."""
    successors = _successors()
    lines: dict[str, list[int]] = {}
    for oid, key, _ in org_rows:
        line = successors.get(key, key)
        if line in successors.values():
            lines.setdefault(line, []).append(oid)
    return {oid: min(ids) for ids in lines.values() if len(ids) > 1 for oid in ids}


_CHUNK = 900  # ids per IN (…) list: SQLite allows 999 parameters by default


def _in_chunks(session: Session, query, column, ids: Optional[Collection[int]]):
    """Rows of ``query``, restricted to ``column IN ids`` (in chunks) when ids are given."""
    if ids is None:
        yield from session.execute(query)
        return
    ordered = sorted(ids)
    for i in range(0, len(ordered), _CHUNK):
        yield from session.execute(query.where(column.in_(ordered[i:i + _CHUNK])))


def load_profiles(session: Session, mention_ids: Optional[Collection[int]] = None
                  ) -> list[DocPerson]:
    """Profiles of every document person in the database (or of those mentions only), in
    document order."""
    docs = dict(session.execute(select(m.Document.id, m.Document.name)).all())
    years = dict(session.execute(
        select(m.Event.document_id, m.Event.year).where(m.Event.main.is_(True))).all())
    published = dict(session.execute(select(m.Document.id, m.Document.published)).all())
    org_rows = session.execute(select(m.Organization.id, m.Organization.key,
                                      m.Organization.place_id)).all()
    org_names = dict(session.execute(select(m.Organization.id, m.Organization.name)).all())
    line = _lineage(org_rows)
    # (The lookups above read every document and body: cheap next to the mentions.)
    place_province = dict(session.execute(select(m.Place.id, m.Place.province_code)).all())
    org_province = {oid: place_province.get(pid) for oid, _, pid in org_rows if pid}
    team_orgs = {oid for oid, key, _ in org_rows if key.startswith(_TEAM_PREFIXES)}
    seniority = dict(session.execute(select(m.Rank.id, m.Rank.seniority)).all())

    people: dict[tuple[int, str], DocPerson] = {}
    by_mention: dict[int, DocPerson] = {}
    mention_rows = sorted(_in_chunks(session, select(
        m.PersonMention.id, m.PersonMention.person_id, m.PersonMention.document_id,
        m.PersonMention.name, m.PersonMention.rank_id, m.PersonMention.deceased,
        m.PersonMention.start), m.PersonMention.id, mention_ids), key=lambda r: (r[2], r[6]))
    for mid, pid, doc_id, name, rank_id, deceased, _ in mention_rows:
        key = match_key(name)
        dp = people.get((doc_id, key))
        if dp is None:
            year = years.get(doc_id) or (published[doc_id].year if published.get(doc_id) else None)
            dp = people[(doc_id, key)] = DocPerson(doc_id, docs[doc_id], name, key,
                                                   spaced_fold(name), person_id=pid, year=year)
        dp.mention_ids.append(mid)
        dp.person_id = min(dp.person_id, pid)
        if rank_id is not None:
            rank = seniority.get(rank_id)
            dp.rank = rank if dp.rank is None else min(dp.rank, rank)
        dp.deceased |= deceased
        by_mention[mid] = dp
    # A host with no place in their titles still belongs to the event's province.
    host_province = dict(_in_chunks(session, (
        select(m.EventParticipant.mention_id, m.Place.province_code)
        .join(m.Event, m.Event.id == m.EventParticipant.event_id)
        .join(m.Place, m.Place.id == m.Event.province_id)
        .where(m.EventParticipant.side == "host")), m.EventParticipant.mention_id, mention_ids))
    for mention_id, position, org_id, parent_id in _in_chunks(session, select(
            m.MentionTitle.mention_id, m.MentionTitle.position, m.MentionTitle.organization_id,
            m.MentionTitle.parent_id), m.MentionTitle.mention_id, mention_ids):
        dp = by_mention.get(mention_id)
        if dp is None:
            continue
        found = groups_of(position, org_names.get(org_id))
        if found:
            dp.groups = dp.groups | found
        for oid in (org_id, parent_id):
            if oid is None or oid in team_orgs:
                continue
            dp.orgs.add(line.get(oid, oid))
            if oid in org_province and org_province[oid]:
                dp.provinces.add(org_province[oid])
        if org_id is not None and org_id not in team_orgs:
            dp.titles.add((match_key(position), line.get(org_id, org_id)))
    for mention_id, province in host_province.items():
        dp = by_mention.get(mention_id)
        if dp is not None and province:
            dp.host_provinces.add(province)
    return list(people.values())


def holders_of(session: Session, orgs: Collection[int]) -> tuple[dict, dict]:
    """Who holds each title and each body among ``orgs`` (and the bodies in one line with
    them), by year, over every article: the ``(title, year)`` and ``(body, year)`` → folded
    names that :meth:`Specificity.of` counts over all profiles, read with one query per
    chunk of bodies instead of every profile."""
    org_rows = session.execute(select(m.Organization.id, m.Organization.key,
                                      m.Organization.place_id)).all()
    line = _lineage(org_rows)
    team_orgs = {oid for oid, key, _ in org_rows if key.startswith(_TEAM_PREFIXES)}
    canonical = {line.get(o, o) for o in orgs}
    wanted = sorted(set(orgs) | {o for o, c in line.items() if c in canonical})
    main_year = (select(m.Event.year).where(m.Event.document_id == m.Document.id)
                 .where(m.Event.main.is_(True)).limit(1).scalar_subquery())
    titles: dict = {}
    bodies: dict = {}
    for i in range(0, len(wanted), _CHUNK // 2):
        chunk = wanted[i:i + _CHUNK // 2]
        rows = session.execute(
            select(m.MentionTitle.position, m.MentionTitle.organization_id,
                   m.MentionTitle.parent_id, main_year, m.Document.published,
                   m.PersonMention.name)
            .join(m.PersonMention, m.PersonMention.id == m.MentionTitle.mention_id)
            .join(m.Document, m.Document.id == m.PersonMention.document_id)
            .where(m.MentionTitle.organization_id.in_(chunk) | m.MentionTitle.parent_id.in_(chunk))
            .distinct())
        for position, org_id, parent_id, event_year, published, name in rows:
            year = event_year or (published.year if published else None)
            fold = spaced_fold(name)
            for oid in (org_id, parent_id):
                if oid is not None and oid not in team_orgs:
                    bodies.setdefault((line.get(oid, oid), year), set()).add(fold)
            if org_id is not None and org_id not in team_orgs:
                key = ((match_key(position), line.get(org_id, org_id)), year)
                titles.setdefault(key, set()).add(fold)
    return titles, bodies
