"""Clustering: document persons joined into persons, block by block.

Forced merges (curation) are applied first. Then, in document order, each
document person joins the best cluster of its block that a rule merges it
with and that nothing forbids; otherwise it starts a cluster of its own, and
the best near miss is kept as a candidate link.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .comparison import Cluster, Comparison, Specificity, compare, compare_clusters
from .curation import Decision
from .groups import rare_name_evidence
from .profiles import DocPerson


@dataclass(frozen=True)
class Link:
    """A decision between a document person and the cluster it was compared with."""

    person: DocPerson
    other: DocPerson  # the cluster's first member
    decision: str  # merged | candidate | forbidden
    rule: str
    score: float
    evidence: dict


CANDIDATE_SCORE = 0.5


def cluster_block(people: list[DocPerson], spec: Specificity,
                  forbidden: dict[str, set[str]]) -> tuple[list[Cluster], list[Link]]:
    """Cluster one block; ``forbidden`` maps a ref to the refs it must never join."""
    clusters: list[Cluster] = []
    links: list[Link] = []
    for p in people:
        target: Optional[Cluster] = None
        best: Optional[tuple[Comparison, Cluster]] = None
        near: Optional[tuple[Comparison, Cluster]] = None
        for c in clusters:
            result = compare(p, c, spec)
            if result.conflict == "curation-forbid":
                links.append(Link(p, c.first, "forbidden", "curation-forbid", 0.0,
                                  result.evidence))
                continue
            if result.rule and (best is None or result.score > best[0].score):
                best = (result, c)
            elif not result.rule and result.score >= CANDIDATE_SCORE and (
                near is None or result.score > near[0].score
            ):
                near = (result, c)
        if best is not None:
            result, target = best
            links.append(Link(p, target.first, "merged", result.rule, result.score,
                              result.evidence))
        elif near is not None:
            result, c = near
            links.append(Link(p, c.first, "candidate", result.conflict or "thin-evidence",
                              result.score, result.evidence))
        if target is None:
            target = Cluster()
            clusters.append(target)
        target.add(p)
        target.forbidden |= forbidden.get(p.ref, set())
    return _join_careers(clusters, links, spec)


def _join_careers(clusters: list[Cluster], links: list[Link], spec: Specificity
                  ) -> tuple[list[Cluster], list[Link]]:
    """Join clusters of one block that the career rules say are one person: each cluster,
    in order of first mention, joins the first earlier one it matches; repeated until
    nothing changes (joins pool evidence that may enable more)."""
    changed = True
    while changed and len(clusters) > 1:
        changed = False
        kept: list[Cluster] = []
        for c in sorted(clusters, key=lambda c: c.first.first_mention):
            for k in kept:
                result = compare_clusters(k, c, spec)
                if result.rule:
                    links.append(Link(c.first, k.first, "merged", result.rule, result.score,
                                      result.evidence))
                    k.absorb(c)
                    changed = True
                    break
            else:
                kept.append(c)
        clusters = kept
    return _join_untitled(clusters, links, spec)


def _join_untitled(clusters: list[Cluster], links: list[Link], spec: Specificity
                   ) -> tuple[list[Cluster], list[Link]]:
    """A person named with no title anywhere in an article ("Đồng chí A phát biểu") joins
    the one cluster of the very same name, when the name is rare enough for the corpus to
    hold a single official of it; with two such clusters it stays apart (which one?)."""
    def titled(c: Cluster) -> bool:
        return bool(c.titles or c.orgs or c.groups)

    for c in [c for c in clusters if not titled(c)]:
        key = c.first.key
        same = [k for k in clusters if k is not c and titled(k) and k.first.key == key]
        if len(same) != 1:
            continue
        k = same[0]
        if any(p.ref in k.forbidden for p in c.members) or k.documents & c.documents:
            continue
        evidence = {"name_similarity": 1.0, **rare_name_evidence(c.first.fold, spec.names)}
        if not evidence["one_person"]:
            continue
        links.append(Link(c.first, k.first, "merged", "rare-name-untitled", 0.6, evidence))
        k.absorb(c)
        clusters = [x for x in clusters if x is not c]
    return clusters, links


def forbidden_pairs(decisions: tuple[Decision, ...]) -> dict[str, set[str]]:
    """Each reference → the references the analyst said are someone else."""
    forbidden: dict[str, set[str]] = {}
    for d in decisions:
        if d.action == "forbid":
            forbidden.setdefault(d.a, set()).add(d.b)
            forbidden.setdefault(d.b, set()).add(d.a)
    return forbidden


def apply_forced_merges(clusters: list[Cluster], decisions: tuple[Decision, ...]
                        ) -> tuple[list[Cluster], list[Link], list[Decision]]:
    """Join the clusters the analyst said are one person (across blocks too).

    Returns the clusters, the merge links, and the decisions that could not be
    applied (a reference matching no mention, or a join a forbid decision blocks)."""
    where: dict[str, Cluster] = {p.ref: c for c in clusters for p in c.members}
    links: list[Link] = []
    unapplied: list[Decision] = []
    for d in decisions:
        if d.action != "merge":
            continue
        a, b = where.get(d.a), where.get(d.b)
        if a is None or b is None:
            unapplied.append(d)
            continue
        if a is b:
            continue
        if any(p.ref in a.forbidden for p in b.members) or a.documents & b.documents:
            unapplied.append(d)  # forbidden, or two names of one article
            continue
        keep, gone = (a, b) if a.first.first_mention <= b.first.first_mention else (b, a)
        joining = next(p for p in gone.members if p.ref in (d.a, d.b))
        for p in gone.members:
            where[p.ref] = keep
        keep.absorb(gone)
        links.append(Link(joining, keep.first, "merged", "curation-merge", 1.0,
                          {"curation": f"{d.a} = {d.b}", "note": d.note}))
        clusters = [c for c in clusters if c is not gone]
    return clusters, links, unapplied
