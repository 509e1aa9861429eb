"""Person resolution across documents, in clear steps (one module each):

profiles (what each document person brings) → blocking (who is compared) →
comparison (score, rule, conflict) → clustering (joins, with the analyst's
curation applied) → this module writes persons, mention links, and every
merge with its rule and evidence.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from ...db import models as m
from .blocking import blocks
from .clustering import Link, apply_forced_merges, cluster_block, forbidden_pairs
from .comparison import Cluster, Specificity
from .curation import Decision, read_curation
from .profiles import load_profiles

DEFAULT_CURATION = Path("curation/people.toml")


@dataclass
class ResolutionReport:
    """What a resolution run did."""

    document_persons: int = 0
    persons: int = 0
    merges: int = 0
    candidates: int = 0
    unapplied: list[Decision] = field(default_factory=list)


def resolve_people(session: Session, curation: Optional[Path] = DEFAULT_CURATION,
                   progress: Optional[Callable[[int, int], None]] = None) -> ResolutionReport:
    """Recompute who is who over the whole database and write it (in the caller's transaction).

    ``progress(done, total)`` is called as the blocks of candidate names are compared.
    """
    profiles = load_profiles(session)
    decisions = read_curation(curation)
    forbidden = forbidden_pairs(decisions)
    spec = Specificity.of(profiles)
    clusters: list[Cluster] = []
    links: list[Link] = []
    all_blocks = list(blocks(profiles).values())
    if progress is not None:
        progress(0, len(all_blocks))
    for done, block in enumerate(all_blocks, 1):
        found, block_links = cluster_block(block, spec, forbidden)
        clusters.extend(found)
        links.extend(block_links)
        if progress is not None:
            progress(done, len(all_blocks))
    clusters, forced_links, unapplied = apply_forced_merges(clusters, decisions)
    known = {p.ref for p in profiles}
    unapplied += [d for d in decisions
                  if d.action == "forbid" and not (d.a in known and d.b in known)]
    links.extend(forced_links)
    _write(session, clusters, links, decisions, unapplied)
    return ResolutionReport(
        document_persons=len(profiles), persons=len(clusters),
        merges=sum(link.decision == "merged" for link in links),
        candidates=sum(link.decision == "candidate" for link in links),
        unapplied=unapplied,
    )


def _write(session: Session, clusters: list[Cluster], links: list[Link],
           decisions: tuple[Decision, ...], unapplied: list[Decision]) -> None:
    # A person keeps the smallest id among its members, so ids stay stable
    # from one rebuild to the next and across incremental ingests.
    person_of_mention: dict[int, int] = {}
    person_rows = []
    used: set[int] = set()
    for c in sorted(clusters, key=lambda c: min(p.first_mention for p in c.members)):
        first = min(c.members, key=lambda p: p.first_mention)
        free = sorted({p.person_id for p in c.members} - used)
        if free:
            pid = free[0]
        else:  # a split: the part that lost its row gets a new one
            row = m.Person(name=first.name, key=first.key)
            session.add(row)
            session.flush()
            pid = row.id
        used.add(pid)
        person_rows.append({"pid": pid, "name": first.name, "key": first.key,
                            "deceased": any(p.deceased for p in c.members)})
        for p in c.members:
            for mid in p.mention_ids:
                person_of_mention[mid] = pid
    current = dict(session.execute(select(m.PersonMention.id, m.PersonMention.person_id)).all())
    changed = [{"mid": mid, "pid": pid} for mid, pid in person_of_mention.items()
               if current.get(mid) != pid]
    session.execute(delete(m.PersonMerge))
    if changed:
        session.connection().execute(
            update(m.PersonMention).where(m.PersonMention.id == bindparam("mid"))
            .values(person_id=bindparam("pid")), changed)
        session.connection().execute(
            update(m.EventParticipant).where(m.EventParticipant.mention_id == bindparam("mid"))
            .values(person_id=bindparam("pid")), changed)
    if person_rows:
        session.connection().execute(
            update(m.Person).where(m.Person.id == bindparam("pid"))
            .values(name=bindparam("name"), key=bindparam("key"),
                    deceased=bindparam("deceased")), person_rows)
    used = select(m.PersonMention.person_id)
    session.execute(delete(m.Person).where(m.Person.id.not_in(used)))
    merge_rows = [
        {"person_id": person_of_mention[link.person.first_mention]
         if link.decision == "merged" else None,
         "mention_id": link.person.first_mention, "other_mention_id": link.other.first_mention,
         "decision": link.decision, "rule": link.rule, "score": link.score,
         "evidence": json.dumps(link.evidence, ensure_ascii=False, sort_keys=True)}
        for link in links
    ]
    if merge_rows:
        session.execute(insert(m.PersonMerge), merge_rows)
    session.execute(delete(m.CurationDecision))
    if decisions:
        session.execute(insert(m.CurationDecision), [
            {"action": d.action, "left_ref": d.a, "right_ref": d.b, "note": d.note,
             "applied": d not in unapplied} for d in decisions])
