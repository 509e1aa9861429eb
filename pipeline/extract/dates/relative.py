"""Dates counted from the publication date (``hôm qua``, ``hôm kia``, ``ngày mai``, ``năm
ngoái``, ``năm nay``, ``tháng trước``, ``tuần trước``, ``thứ Hai tuần trước``, ``3 ngày
trước``). Without a publication date they say nothing and are not reported. Calendar
arithmetic is dateutil's ``relativedelta``; weeks run Monday to Sunday."""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.relativedelta import MO, relativedelta

from ...records import DateMention
from .periods import RELATIVE_YEARS
from .words import day_words, number

_TOD = r"(?:(?P<tod>sáng|trưa|chiều|tối|đêm)\s+)?"
_WEEKDAYS = {"hai": 0, "2": 0, "ba": 1, "3": 1, "tư": 2, "4": 2, "năm": 3, "5": 3, "sáu": 4,
             "6": 4, "bảy": 5, "7": 5}
_WEEK_SHIFT = {"này": 0, "nay": 0, "trước": -1, "qua": -1, "tới": 1, "sau": 1}
_MONTH_SHIFT = {"này": 0, "nay": 0, "trước": -1, "tới": 1, "sau": 1}
_COUNT = "|".join(sorted(day_words(), key=len, reverse=True))

# Each pattern with a word it cannot match without (checked first: scans are per character).
_PATTERNS = (
    # "hôm qua", "chiều qua", "tối hôm qua"; "hôm kia"; "ngày mai", "sáng mai"
    ("days", re.compile(r"(?<!\w)" + _TOD + r"(?:hôm\s+)?(?P<w>qua|kia)(?!\w)(?!\s*\(?\s*\d)")),
    ("days", re.compile(r"(?<!\w)(?:(?P<tod>sáng|trưa|chiều|tối|đêm)|ngày)\s+(?P<w>mai)(?!\w)")),
    # "thứ Hai tuần trước", "chủ nhật tuần này"
    ("weekday", re.compile(r"(?<!\w)" + _TOD + r"(?:thứ\s+(?P<wd>hai|ba|tư|năm|sáu|bảy|[2-7])"
                           r"|(?P<sun>chủ\s+nhật))\s+tuần\s+(?P<w>này|nay|trước|qua|tới|sau)"
                           r"(?!\w)")),
    ("week", re.compile(r"(?<!\w)tuần\s+(?P<w>này|trước|qua|tới|sau)(?!\w)")),
    ("month", re.compile(r"(?<!\w)tháng\s+(?P<w>này|nay|trước|tới|sau)(?!\w)")),
    ("year", re.compile(r"(?<!\w)năm\s+(?P<w>nay|ngoái|trước|tới|sau)(?!\w)")),
    # "3 ngày trước", "hai tháng trước" — but not "3 ngày trước khi/đó" (before something else)
    ("ago", re.compile(r"(?<!\w)(?P<n>\d{1,2}|" + _COUNT + r")\s+(?P<u>ngày|tháng|năm)\s+trước"
                       r"(?!\w)(?!\s+(?:khi|đó|đây|nữa|ngày|kỳ|hạn))")),
)


_CUES = {"days": ("qua", "kia", "mai"), "weekday": ("tuần",), "week": ("tuần",),
         "month": ("tháng",), "year": ("năm",), "ago": ("trước",)}


def find(key: str, a: int, b: int, segment: int, published: date | None) -> list[DateMention]:
    """Dates relative to ``published`` in ``key[a:b]``; none without it."""
    if published is None:
        return []
    out = []
    for kind, pattern in _PATTERNS:
        if not any(key.find(w, a, b) >= 0 for w in _CUES[kind]):
            continue
        for m in pattern.finditer(key, a, b):
            found = _resolve(kind, m, segment, published)
            if found is not None:
                out.append(found)
    return out


def _day(m, segment, d: date, tod=None) -> DateMention:
    return DateMention(m.start(), m.end(), segment, d.isoformat(), "day", d.year, d.month, d.day,
                       tod, "relative")


def _resolve(kind: str, m: re.Match[str], segment: int, pub: date) -> DateMention | None:
    g = m.groupdict()
    if kind == "days":
        shift = {"qua": -1, "kia": -2, "mai": 1}[g["w"]]
        if g["w"] == "kia" and not m.group().startswith("hôm"):
            return None  # "ngày kia", "bên kia": only "hôm kia" is the day before yesterday
        if g["w"] == "qua" and not (g["tod"] or "hôm" in m.group()):
            return None  # a bare "qua" is "through"
        return _day(m, segment, pub + timedelta(days=shift), g["tod"])
    if kind == "weekday":
        monday = pub + relativedelta(weekday=MO(-1)) + timedelta(weeks=_WEEK_SHIFT[g["w"]])
        offset = 6 if g["sun"] else _WEEKDAYS[g["wd"]]
        return _day(m, segment, monday + timedelta(days=offset), g["tod"])
    if kind == "week":
        monday = pub + relativedelta(weekday=MO(-1)) + timedelta(weeks=_WEEK_SHIFT[g["w"]])
        sunday = monday + timedelta(days=6)
        return DateMention(m.start(), m.end(), segment, f"{monday}/{sunday}", "day", monday.year,
                           monday.month, monday.day, None, "relative")
    if kind == "month":
        d = pub + relativedelta(months=_MONTH_SHIFT[g["w"]])
        return DateMention(m.start(), m.end(), segment, f"{d.year:04d}-{d.month:02d}", "month",
                           d.year, d.month, None, None, "relative")
    if kind == "year":
        y = pub.year + RELATIVE_YEARS[g["w"]]
        return DateMention(m.start(), m.end(), segment, f"{y:04d}", "year", y, None, None, None,
                           "relative")
    n = number(g["n"], day_words())
    if not n:
        return None
    if g["u"] == "ngày":
        return _day(m, segment, pub - timedelta(days=n))
    if g["u"] == "tháng":
        d = pub - relativedelta(months=n)
        return DateMention(m.start(), m.end(), segment, f"{d.year:04d}-{d.month:02d}", "month",
                           d.year, d.month, None, None, "relative")
    y = pub.year - n
    return DateMention(m.start(), m.end(), segment, f"{y:04d}", "year", y, None, None, None,
                       "relative")
