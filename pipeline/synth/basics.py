"""What every part of the generator shares: the span of event days, officers' ranks,
memoized match keys and weighted draws."""

from __future__ import annotations

from datetime import date
from functools import cache

from ..text.normalize import match_key

START = date(2019, 1, 1).toordinal()  # first event day
END = date(2025, 6, 30).toordinal()  # last event day (legacy administrative units)
CONGRESS_XIII = date(2021, 1, 31).toordinal()  # a new Central Committee

RANKS = ("Thượng tá", "Đại tá", "Thiếu tướng", "Trung tướng", "Thượng tướng", "Đại tướng")
RANK_INDEX = {r: i for i, r in enumerate(RANKS)}


def ordinal(y: int, m: int, d: int) -> int:
    """A calendar day as an ordinal, as every day is held here."""
    return date(y, m, d).toordinal()


@cache
def cached_key(text: str) -> str:
    """``match_key``, memoized: names and titles recur a great deal."""
    return match_key(text)


def cumulative(weights: list[float]) -> list[float]:
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


def weighted_index(cum: list[float], x: float) -> int:
    """The index a weighted draw ``x`` (in ``[0, cum[-1])``) falls at."""
    lo, hi = 0, len(cum) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if cum[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo
