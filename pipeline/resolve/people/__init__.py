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
from .blocking import blocks, name_block_key
from .clustering import Link, apply_forced_merges, cluster_block, forbidden_pairs
from .comparison import Cluster, Specificity, most_per_year
from .curation import Decision, read_curation
from .groups import NameFrequency
from .profiles import holders_of, load_profiles, spaced_fold

DEFAULT_CURATION = Path("curation/people.toml")


@dataclass
class ResolutionReport:
    """What a resolution run did (an incremental run: over the blocks it recomputed)."""

    document_persons: int = 0
    persons: int = 0
    merges: int = 0
    candidates: int = 0
    unapplied: list[Decision] = field(default_factory=list)
    blocks: int = 0  # blocks of candidate names compared
    incremental: bool = False


def resolve_people(session: Session, curation: Optional[Path] = DEFAULT_CURATION,
                   progress: Optional[Callable[[int, int], None]] = None, *,
                   touched_blocks: Optional[set[str]] = None) -> ResolutionReport:
    """Recompute who is who and write it (in the caller's transaction).

    Over the whole database, or — given ``touched_blocks``, the blocks of the mentions a
    run removed — incrementally: only the blocks those, the mentions added since the last
    run and the curation file's references fall in; the other blocks keep their persons.
    The evidence is weighed against the whole database either way (how many hold each
    title and body, how common each name is), so a block gets the persons a full run would
    give it. ``progress(done, total)`` is called as the blocks are compared.
    """
    decisions = read_curation(curation)
    added = _fill_block_keys(session)
    incremental = touched_blocks is not None
    affected: Optional[set[str]] = None
    if incremental:
        affected = set(touched_blocks) | added | _curation_blocks(decisions)
        mention_ids = _mentions_in(session, affected)
        profiles = load_profiles(session, mention_ids)
        spec = _specificity_for(session, profiles)
    else:
        profiles = load_profiles(session)
        spec = Specificity.of(profiles)
    forbidden = forbidden_pairs(decisions)
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
    _write(session, clusters, links, decisions, unapplied,
           mentions=None if affected is None else {mid for p in profiles
                                                   for mid in p.mention_ids})
    return ResolutionReport(
        document_persons=len(profiles), persons=len(clusters),
        merges=sum(link.decision == "merged" for link in links),
        candidates=sum(link.decision == "candidate" for link in links),
        unapplied=unapplied, blocks=len(all_blocks), incremental=incremental,
    )


def _fill_block_keys(session: Session) -> set[str]:
    """Give every mention not yet blocked its block key; the keys given."""
    rows = session.execute(select(m.PersonMention.id, m.PersonMention.name)
                           .where(m.PersonMention.block_key.is_(None))).all()
    keys = [{"mid": mid, "key": name_block_key(name)} for mid, name in rows]
    if keys:
        session.connection().execute(
            update(m.PersonMention).where(m.PersonMention.id == bindparam("mid"))
            .values(block_key=bindparam("key")), keys)
    return {k["key"] for k in keys}


def mention_blocks(session: Session, document_id: int) -> set[str]:
    """The blocks of a document's mentions (asked before the document is replaced)."""
    return {k for (k,) in session.execute(
        select(m.PersonMention.block_key).where(m.PersonMention.document_id == document_id)
        .distinct()) if k is not None}


def _curation_blocks(decisions: tuple[Decision, ...]) -> set[str]:
    # A forced merge may join two blocks: both are recomputed, always.
    return {name_block_key(ref.split("#", 1)[1]) for d in decisions for ref in (d.a, d.b)
            if "#" in ref}


def _mentions_in(session: Session, keys: set[str]) -> set[int]:
    out: set[int] = set()
    ordered = sorted(keys)
    for i in range(0, len(ordered), 900):
        out.update(session.scalars(select(m.PersonMention.id)
                                   .where(m.PersonMention.block_key.in_(ordered[i:i + 900]))))
    return out


def _specificity_for(session: Session, profiles: list) -> Specificity:
    """The evidence weights a full run would use for these profiles: the holders of their
    bodies, counted over every article, and the name frequencies of the whole database."""
    titles, bodies = holders_of(session, {o for p in profiles for o in p.orgs})
    names = NameFrequency.of(spaced_fold(n) for (n,) in session.execute(
        select(m.PersonMention.name).distinct()))
    return Specificity(most_per_year(titles), most_per_year(bodies), names)


def _write(session: Session, clusters: list[Cluster], links: list[Link],
           decisions: tuple[Decision, ...], unapplied: list[Decision],
           mentions: Optional[set[int]] = None) -> None:
    """Write persons and merges; ``mentions``: the mentions recomputed (None: all)."""
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
    if mentions is None:
        current = dict(session.execute(
            select(m.PersonMention.id, m.PersonMention.person_id)).all())
        session.execute(delete(m.PersonMerge))
    else:
        current = {}
        ordered = sorted(mentions)
        for i in range(0, len(ordered), 900):
            chunk = ordered[i:i + 900]
            current.update(session.execute(select(m.PersonMention.id, m.PersonMention.person_id)
                                           .where(m.PersonMention.id.in_(chunk))).all())
            session.execute(delete(m.PersonMerge).where(m.PersonMerge.mention_id.in_(chunk)))
    changed = [{"mid": mid, "pid": pid} for mid, pid in person_of_mention.items()
               if current.get(mid) != pid]
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
