"""Small groups and name frequency: the evidence that follows a person through a career.

A title can place a person in a small body — the Politburo (about 19 at once), the
Secretariat, the Central Military Commission's standing members, the Central Committee
(about 200) — whatever office they hold in it, so a minister who becomes State President
is still a Politburo member. Two members of one such group sharing a full name is
unlikely unless the name is common: :class:`NameFrequency` estimates how common a full
name is from how often its parts occur among the corpus's distinct names (the
term-frequency adjustment of record-linkage tools such as Splink), and the expected
number of namesakes in a group is its size times that frequency.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Iterable, Optional

from ... import lexicons
from ...text.normalize import match_key

# At most this many expected namesakes in the group for the same name to be one person.
MAX_EXPECTED_NAMESAKES = 0.05
# Two mentions this many years apart or more are not taken to share a group's seat.
MAX_GROUP_YEARS = 10


@cache
def _table() -> tuple[dict[tuple[str, str], frozenset[str]], dict[str, int]]:
    by_title: dict[tuple[str, str], frozenset[str]] = {}
    sizes: dict[str, int] = {}
    for row in lexicons.rows("small_groups.tsv"):
        group, size, position, organization = row[:4]
        also = {g for g in (row[4] if len(row) > 4 else "").split(",") if g}
        key = (match_key(position), "*" if organization == "*" else match_key(organization))
        by_title[key] = by_title.get(key, frozenset()) | {group} | also
        sizes[group] = int(size)
    return by_title, sizes


# "Ban Chấp hành Trung ương Đảng khóa XII và XIII": the term does not change the body.
_TERM = re.compile(r"[\s,]+(?:khóa|khoá|nhiệm kỳ)\s+[\divxlc\s,–-]*(?:và\s+[\divxlc]+)?$")


def groups_of(position: str, organization: Optional[str]) -> frozenset[str]:
    """The small groups a title places its holder in (``Thủ tướng`` of ``Chính phủ``:
    the Politburo and the Central Committee)."""
    by_title, _ = _table()
    pos = match_key(position)
    org = _TERM.sub("", match_key(organization)) if organization else None
    found = by_title.get((pos, org)) if org else None
    return found or by_title.get((pos, "*")) or frozenset()


def group_size(group: str) -> int:
    """How many hold a seat in ``group`` at once."""
    return _table()[1][group]


def _parts(fold: str) -> Optional[tuple[str, str, str]]:
    words = fold.split()
    if len(words) < 2:
        return None
    return words[0], " ".join(words[1:-1]), words[-1]


@dataclass(frozen=True)
class NameFrequency:
    """How often each part of a name (family, middle, given) occurs among distinct names."""

    families: Counter
    middles: Counter
    givens: Counter
    names: int

    @classmethod
    def of(cls, folds: Iterable[str]) -> "NameFrequency":
        families, middles, givens = Counter(), Counter(), Counter()
        distinct = {f for f in folds if _parts(f)}
        for fold in distinct:
            family, middle, given = _parts(fold)
            families[family] += 1
            middles[middle] += 1
            givens[given] += 1
        return cls(families, middles, givens, len(distinct))

    def probability(self, fold: str) -> float:
        """The chance that an official's full name is ``fold`` (parts taken as independent;
        a part seen once still counts half a name more, so no name is impossible)."""
        parts = _parts(fold)
        if parts is None or not self.names:
            return 1.0
        n = self.names + 1.0
        family, middle, given = parts
        return ((self.families[family] + 0.5) / n * (self.middles[middle] + 0.5) / n
                * (self.givens[given] + 0.5) / n)


def shared_group_evidence(fold: str, groups_a: frozenset[str], groups_b: frozenset[str],
                          names: NameFrequency) -> Optional[dict]:
    """The factors for "the same name in one small group is one person", weighed in bits
    (log2 of the odds they add); None when the two share no group."""
    shared = groups_a & groups_b
    if not shared:
        return None
    group = min(shared, key=group_size)
    size = group_size(group)
    return {"shared_group": group, "group_size": size, **_namesakes_among(
        fold, names, size, f"both in the {group.replace('_', ' ')} ({size} seats at once)")}


def rare_name_evidence(fold: str, names: NameFrequency) -> dict:
    """The factors for "a mention with no title is the one official of that rare name":
    the expected namesakes among all the corpus's officials, weighed in bits."""
    population = max(1, names.names)
    return {"population": population, **_namesakes_among(
        fold, names, population, f"among the {population:,} names of the corpus")}


def _namesakes_among(fold: str, names: NameFrequency, size: int, where: str) -> dict:
    """How many bearers of ``fold`` to expect among ``size`` officials, as a waterfall: the
    name's rarity and the group's size in bits, their total, and the bar it must clear."""
    p = names.probability(fold)
    expected = size * p
    factors = [
        {"factor": f"name '{fold}': about 1 official in {max(1, round(1 / p)):,}",
         "weight": round(-math.log2(p), 2)},
        {"factor": where, "weight": round(-math.log2(size), 2)},
    ]
    return {
        "name_probability": float(f"{p:.3g}"), "expected_namesakes": float(f"{expected:.3g}"),
        "factors": factors, "total_weight": round(sum(f["weight"] for f in factors), 2),
        "threshold_weight": round(-math.log2(MAX_EXPECTED_NAMESAKES), 2),
        "one_person": expected <= MAX_EXPECTED_NAMESAKES,
    }
