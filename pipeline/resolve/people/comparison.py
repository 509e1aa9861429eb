"""Pairwise comparison of a document person with a cluster of document persons.

Returns a score, the rule that would merge them, the evidence, and any
conflict that forbids the merge. Evidence is weighed by how specific it is:
a title held by few names (``Bí thư Tỉnh ủy Đắk Lắk``) is strong, a body held
by many (``Ban Chấp hành Trung ương Đảng``) is weak.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from rapidfuzz import fuzz

from .groups import MAX_GROUP_YEARS, NameFrequency, shared_group_evidence
from .profiles import DocPerson

# How many distinct names may hold a title/body for it still to identify a person:
# a rare title identifies on its own; with the very same name, a title or body
# shared by a few dozen office holders (a ministry's deputies) still does.
SPECIFIC_TITLE_HOLDERS = 3
SHARED_TITLE_HOLDERS = 12
SHARED_ORG_HOLDERS = 25
# Positions that are a seat in a body rather than a post in it.
MEMBERSHIP_POSITIONS = frozenset({
    "ủy viên", "ủy viên dự khuyết", "ủy viên thường vụ", "ủy viên thường trực", "thành viên",
    "đại biểu quốc hội",
})


@dataclass
class Cluster:
    """Document persons believed to be one individual, and their pooled evidence."""

    members: list[DocPerson] = field(default_factory=list)
    titles: dict[tuple[str, int], int] = field(default_factory=dict)
    orgs: dict[int, int] = field(default_factory=dict)
    provinces: set[str] = field(default_factory=set)
    host_provinces: set[str] = field(default_factory=set)
    documents: set[int] = field(default_factory=set)
    forbidden: set[str] = field(default_factory=set)  # refs it must never absorb
    years: list[int] = field(default_factory=list)
    groups: frozenset[str] = frozenset()  # small bodies any member sits in

    def add(self, p: DocPerson) -> None:
        self.members.append(p)
        for t in p.titles:
            self.titles[t] = self.titles.get(t, 0) + 1
        for o in p.orgs:
            self.orgs[o] = self.orgs.get(o, 0) + 1
        self.provinces |= p.provinces
        self.host_provinces |= p.host_provinces
        self.documents.add(p.document_id)
        if p.year is not None:
            self.years.append(p.year)
        if p.groups:
            self.groups = self.groups | p.groups

    def absorb(self, other: "Cluster") -> None:
        """Take every member of ``other``."""
        for p in other.members:
            self.add(p)
        self.forbidden |= other.forbidden
        self.members.sort(key=lambda p: p.first_mention)

    @property
    def first(self) -> DocPerson:
        return self.members[0]


@dataclass(frozen=True)
class Comparison:
    """The outcome of comparing a document person with a cluster."""

    score: float
    rule: Optional[str]  # the rule that merges, None when it does not
    conflict: Optional[str]
    evidence: dict


@dataclass
class Specificity:
    """How many distinct names hold each title and each body at one time: the most in
    any one year (a corpus spanning years sees successive holders, not rivals)."""

    title_holders: dict[tuple[str, int], int]
    org_holders: dict[int, int]
    names: NameFrequency = field(default_factory=lambda: NameFrequency.of(()))

    @classmethod
    def of(cls, people: list[DocPerson]) -> "Specificity":
        titles: dict[tuple[tuple[str, int], Optional[int]], set[str]] = {}
        orgs: dict[tuple[int, Optional[int]], set[str]] = {}
        for p in people:
            for t in p.titles:
                titles.setdefault((t, p.year), set()).add(p.fold)
            for o in p.orgs:
                orgs.setdefault((o, p.year), set()).add(p.fold)
        return cls(most_per_year(titles), most_per_year(orgs),
                   NameFrequency.of(p.fold for p in people))


def most_per_year(holders: dict) -> dict:
    """``(item, year) → names`` to ``item → the most names in any one year``."""
    out: dict = {}
    for (item, _year), names in holders.items():
        out[item] = max(out.get(item, 0), len(names))
    return out


def name_similarity(a: DocPerson, b: DocPerson) -> float:
    """1.0 same name; 0.97 same up to diacritics; else the fuzzy ratio of the folded names."""
    if a.key == b.key:
        return 1.0
    if a.fold == b.fold:
        return 0.97
    return fuzz.ratio(a.fold, b.fold) / 100.0


def compare(p: DocPerson, c: Cluster, spec: Specificity) -> Comparison:
    """Score ``p`` against cluster ``c`` and name the rule that would merge them."""
    if p.ref in c.forbidden:
        return Comparison(0.0, None, "curation-forbid", {"forbidden": p.ref})
    if p.document_id in c.documents:
        return Comparison(0.0, None, "same-document", {})
    name = max(name_similarity(p, q) for q in c.members[:5])
    shared_titles = [t for t in p.titles if t in c.titles]
    # Membership of a large body ("Ủy viên Trung ương Đảng") is shared by many at once.
    leading = [t for t in shared_titles if t[0] not in MEMBERSHIP_POSITIONS]
    specific_titles = [t for t in leading
                       if spec.title_holders.get(t, 99) <= SPECIFIC_TITLE_HOLDERS]
    narrow_titles = [t for t in leading
                     if spec.title_holders.get(t, 99) <= SHARED_TITLE_HOLDERS]
    shared_orgs = [o for o in p.orgs if o in c.orgs]
    specific_orgs = [o for o in shared_orgs if spec.org_holders.get(o, 99) <= SHARED_ORG_HOLDERS]
    shared_provinces = sorted(p.provinces & c.provinces)
    # Where neither side's titles name a province, hosting events in the same one is
    # the next best evidence (weaker: it never creates a conflict).
    if not shared_provinces and not (p.provinces and c.provinces):
        shared_provinces = sorted((p.provinces | p.host_provinces)
                                  & (c.provinces | c.host_provinces))
    evidence = {
        "name_similarity": round(name, 3),
        "shared_titles": len(shared_titles),
        "specific_titles": len(specific_titles),
        "narrow_titles": len(narrow_titles),
        "shared_organizations": len(shared_orgs),
        "specific_organizations": len(specific_orgs),
        "shared_provinces": shared_provinces,
    }
    conflict = None
    if p.provinces and c.provinces and not shared_provinces and not specific_titles:
        conflict = "different-provinces"
        evidence["provinces"] = [sorted(p.provinces), sorted(c.provinces)]
    context = (0.5 * bool(specific_titles) + 0.2 * bool(narrow_titles)
               + 0.3 * bool(shared_provinces)
               + 0.3 * bool(specific_orgs) + 0.1 * bool(shared_titles or shared_orgs))
    score = round(name * (0.5 + min(context, 0.5)), 4)
    if conflict:
        return Comparison(score, None, conflict, evidence)
    rule = None
    if name >= 0.97 and (specific_titles or narrow_titles or shared_provinces or specific_orgs):
        rule = "same-name-shared-context"
    elif name >= 0.88 and (specific_titles or (shared_provinces and specific_orgs)):
        rule = "variant-name-shared-context"
    return Comparison(score, rule, None, evidence)


# A body whose office holders number at most this many still ties together two
# large clusters of the very same name (a promotion inside one commission).
CAREER_ORG_HOLDERS = 60


def compare_clusters(a: Cluster, b: Cluster, spec: Specificity) -> Comparison:
    """Second pass: two clusters of one block that may be one career: the same name (up
    to diacritics), a body both served in that few people serve in at once, and no
    conflicting provinces."""
    if any(p.ref in a.forbidden for p in b.members) or a.documents & b.documents:
        return Comparison(0.0, None, "forbidden-or-same-document", {})
    name = max(name_similarity(p, q) for p in a.members[:3] for q in b.members[:3])
    evidence: dict = {"name_similarity": round(name, 3)}
    if name < 0.97:
        return Comparison(0.0, None, None, evidence)
    shared_orgs = [o for o in a.orgs if o in b.orgs
                   and spec.org_holders.get(o, 999) <= CAREER_ORG_HOLDERS]
    evidence["shared_organizations"] = len(shared_orgs)
    conflict = bool(a.provinces and b.provinces and not (a.provinces & b.provinces))
    if shared_orgs and not conflict:
        return Comparison(0.7, "same-name-career-in-one-body", None, evidence)
    # A minister who becomes State President still sits in the Politburo: the same name in
    # one small group is one person, across bodies and provinces, unless the name is
    # common enough for two members to bear it, or the two served apart in one year.
    career = shared_group_evidence(a.first.fold, a.groups, b.groups, spec.names)
    if career is not None:
        evidence.update(career)
        if not career["one_person"]:
            return Comparison(0.0, None, "common-name-in-group", evidence)
        if _apart_in_one_year(a, b):
            return Comparison(0.0, None, "two-provinces-in-one-year", evidence)
        if not _years_close(a, b):
            return Comparison(0.0, None, "years-apart", evidence)
        return Comparison(0.7, "same-name-small-group", None, evidence)
    # Service in two provinces at different times can be one career (a transfer) or two
    # namesakes; measured on generated careers it was wrong too often, so such pairs
    # stay apart, as candidate links an analyst can merge in the curation file.
    return Comparison(0.0, None, "no-career-evidence", evidence)


def _apart_in_one_year(a: Cluster, b: Cluster) -> bool:
    """One name serving in two provinces in the same year is two people."""
    return any(p.year is not None and p.year == q.year and p.provinces and q.provinces
               and not p.provinces & q.provinces for p in a.members for q in b.members)


def _years_close(a: Cluster, b: Cluster) -> bool:
    """Within :data:`MAX_GROUP_YEARS` of each other (or undated)."""
    if not a.years or not b.years:
        return True
    return min(abs(x - y) for x in set(a.years) for y in set(b.years)) < MAX_GROUP_YEARS
