"""Days, months and years written with numbers: ``24-4-2024``, ``28/1/2026``,
``24.4.2024`` (dotted only with a year), ``24/4/24`` (two-digit year), ``2024-04-24``,
``ngày 5 tháng 3 năm 2024``, ``ngày 24 tháng 4, 2022``; yearless ``ngày 13/5``,
``Sáng 28/1``, ``chiều nay (27/1)``; ``tháng 3/2024``, ``tháng 12/23``, ``tháng 4, 2022``;
``năm 2024``; ``Sáng nay`` (the publication day); spans of days ``Trong hai ngày 14 và
15/10/2024``, ``ngày 14-15/10``, ``từ ngày 28/9 đến ngày 2/10/2024``, ``từ ngày 10 tháng 6
đến ngày 20 tháng 7 năm 2023`` → EDTF intervals.

A yearless ``D/M`` counts only after a cue word (``ngày``, ``hôm``, ``mùng``, or a time of
day ``sáng``/``trưa``/``chiều``/``tối``/``đêm``): a bare ``5/2`` is as likely a ratio.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from dateutil.relativedelta import relativedelta

from ...records import DateMention
from .words import full_year

_MIN_YEAR, _MAX_YEAR = 1000, 2999

# Cue words before a day date. Every part is optional so the same pattern also
# serves dates written without a cue; ``_is_cued`` decides afterwards whether a
# cue was really there. ``tod`` is the time of day directly before the date.
_CUE = (
    r"(?:(?<!\w)"
    r"(?:(?P<tod>sáng|trưa|chiều|tối|đêm)\s+)?"
    r"(?:(?:hôm\s+)?(?:nay|qua)\s+)?"
    r"(?:(?P<dayword>ngày|hôm)\s+)?"
    r"(?:(?P<mung>mùng|mồng)\s+)?"
    r")"
)
# After a date: no further letter/digit, and no separator running on into one
# (``13/5/QĐ``, ``10/2024/NĐ-CP``, ``24-4-CT``), which would make it a document
# number rather than a date.
_END = r"(?![^\W_]|[/.\-][^\W_])"
_YEAR = r"(?P<{}>\d{{4}})"

_DAY_RE = re.compile(
    _CUE
    + r"(?P<paren>\(\s*)?"
    # A number glued to a letter, slash or dot before it is part of something
    # else (``4.0``, ``1.500``, ``CT/28``); a hyphen before is fine (ranges).
    + r"(?<![\w/.])"
    + r"(?:"
    # D/M[/YYYY], D-M[-YYYY], D.M[.YYYY]: one separator kind per date.
    + r"(?P<d1>\d{1,2})(?P<sep>[/.\-])(?P<m1>\d{1,2})(?:(?P=sep)"
    + r"(?P<y1>\d{4}|\d{2})"
    + r")?"
    # ISO 2024-04-24, used by some outlets and in metadata-like lines.
    + r"|"
    + _YEAR.format("yi")
    + r"-(?P<mi>\d{2})-(?P<di>\d{2})"
    # ngày 5 tháng 3 [năm 2024 | /2024]
    + r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})"
    + r"(?:(?:\s*,)?\s+năm\s+"
    + _YEAR.format("y2")
    + r"|\s*[/\-]\s*"
    + _YEAR.format("y2b")
    + r"|\s*,\s*"
    + _YEAR.format("y2c")
    + r")?"
    + r")"
    + r"(?(paren)\s*\)|)"
    + _END
)

# Two or more days: "Trong hai ngày 14 và 15/10/2024", "ngày 14-15/10", "từ ngày
# 28/9 đến ngày 2/10/2024". The first day may carry its own month and year.
_RANGE_RE = re.compile(
    r"(?<!\w)(?:(?P<tod>sáng|trưa|chiều|tối|đêm)\s+)?"
    r"(?:(?:trong\s+)?(?:hai|ba|bốn|năm|2|3|4|5)\s+ngày(?:\s+làm\s+việc)?\s+(?:\(\s*)?(?:từ\s+)?|"
    r"(?:từ\s+)?ngày\s+|(?<=\()từ\s+)"
    r"(?<![\w/.])(?P<d1>\d{1,2})(?:(?P<sep1>[/.\-])(?P<m1>\d{1,2})(?:(?P=sep1)(?P<y1>\d{4}))?)?"
    r"\s*(?:và|-|đến(?:\s+ngày)?|tới(?:\s+ngày)?)\s*"
    r"(?P<d2>\d{1,2})(?P<sep>[/.\-])(?P<m2>\d{1,2})(?:(?P=sep)(?P<y2>\d{4}))?"
    r"(?:\s*\))?" + _END
)

# The same with months written out: "từ ngày 10 tháng 6 đến ngày 20 tháng 7 năm 2023",
# "từ ngày 10 đến ngày 20 tháng 7 năm 2023".
_RANGE_WORDS_RE = re.compile(
    r"(?<!\w)(?:(?P<tod>sáng|trưa|chiều|tối|đêm)\s+)?(?:từ\s+)?ngày\s+(?P<d1>\d{1,2})"
    r"(?:\s+tháng\s+(?P<m1>\d{1,2})(?:(?:\s*,)?\s+năm\s+(?P<y1>\d{4}))?)?"
    r"\s*(?:đến|tới|-|–)\s*(?:ngày\s+)?(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})"
    r"(?:(?:\s*,)?\s+năm\s+(?P<y2>\d{4})|\s*,\s*(?P<y2c>\d{4}))?" + _END
)

# "Sáng nay", "hôm nay": the day of publication, when it is known.
_TODAY_RE = re.compile(r"(?<!\w)(?:(?P<tod>sáng|trưa|chiều|tối|đêm)|hôm)\s+nay(?!\w)")

_MONTH_RE = re.compile(
    r"(?<!\w)(?:(?P<mod>đầu|giữa|cuối)\s+)?tháng\s+(?P<m>\d{1,2})"
    r"(?:(?:\s*[/\-]\s*|(?:\s*,)?\s+năm\s+|\s*,\s*)" + _YEAR.format("y")
    + r"|\s*/\s*(?P<yy>1[3-9]|[2-9]\d))" + _END
)
# A year may open a range ("năm 2025-2026"): only "/" or "." running on
# into a number or code makes it something else.
_YEAR_RE = re.compile(r"(?<!\w)(?:(?P<mod>đầu|giữa|cuối)\s+)?năm\s+" + _YEAR.format("y")
                      + r"(?![^\W_]|[/.][^\W_])")
# "vào năm 98": a two-digit year only after a cue, and not an age ("từ năm 20 tuổi").
_SHORT_YEAR_RE = re.compile(r"(?<!\w)(?:(?P<mod>đầu|giữa|cuối)|vào|hồi|từ|đến)\s+năm\s+(?P<y>\d{2})"
                            r"(?!\w)(?![/.,][^\W_])(?!\s+(?:tuổi|năm|tháng|ngày|người|lần))")
MODIFIERS = {"đầu": "start", "giữa": "mid", "cuối": "end"}

# "Quyết định số 24-4-2024" style numbers: a date-looking number right after
# "số" is an identifier.
_NUMBER_WORD_RE = re.compile(r"(?<!\w)số\s*$")


def find(key: str, a: int, b: int, segment: int, published: date | None) -> list[DateMention]:
    """Day, month and year mentions written with numbers in ``key[a:b]``."""
    has_year_word = key.find("năm", a, b) >= 0
    return [c for c in (
        # Both need a word most segments lack: skip the scan then (it is per character).
        *(_range(m, segment, published) for m in (
            _RANGE_RE.finditer(key, a, b) if key.find("ngày", a, b) >= 0 else ())),
        *(_range_words(m, segment, published) for m in (
            _RANGE_WORDS_RE.finditer(key, a, b) if key.find("tháng", a, b) >= 0 else ())),
        *(_today(m, segment, published) for m in (
            _TODAY_RE.finditer(key, a, b) if published and key.find(" nay", a, b) >= 0
            else ())),
        *(_day(m, key, segment, published) for m in _DAY_RE.finditer(key, a, b)),
        *(_month(m, segment, published) for m in (
            _MONTH_RE.finditer(key, a, b) if key.find("tháng", a, b) >= 0 else ())),
        *(_year(m, segment) for m in (
            _YEAR_RE.finditer(key, a, b) if has_year_word else ())),
        *(_year(m, segment, published) for m in (
            _SHORT_YEAR_RE.finditer(key, a, b) if has_year_word else ())),
    ) if c is not None]


def _is_cued(m: re.Match[str]) -> bool:
    return bool(m.group("tod") or m.group("dayword") or m.group("mung"))


def _day(m: re.Match[str], key: str, segment: int, published: date | None) -> DateMention | None:
    cued = _is_cued(m)
    if m.group("d1"):
        day, month, year_s = m.group("d1"), m.group("m1"), m.group("y1")
        # Dotted pairs are decimals and versions ("4.0", "lúc 8.30") unless a year follows
        # or a cue says a day is meant ("Chiều 3.3", "Ngày 24.11", as some outlets write).
        if m.group("sep") == "." and not year_s and not cued:
            return None
    elif m.group("di"):
        day, month, year_s = m.group("di"), m.group("mi"), m.group("yi")
    else:
        # "5 tháng 3" alone may be a duration ("5 months"): the cue rule below
        # applies; with a written year ("20 tháng 9 năm 2024") it is a date.
        day, month = m.group("d2"), m.group("m2")
        year_s = m.group("y2") or m.group("y2b") or m.group("y2c")
    if not year_s and not cued:  # a bare "5/2" is too ambiguous
        return None
    if not cued and _NUMBER_WORD_RE.search(key, max(0, m.start() - 8), m.start()):
        return None
    d, mo = int(day), int(month)
    year: int | None
    if year_s:
        year, source = full_year(year_s, published), "written"
        if not (_MIN_YEAR <= year <= _MAX_YEAR and _valid(year, mo, d)):
            return None
    elif not _valid(None, mo, d):
        return None
    elif published is None:
        year, source = None, "unknown"
    else:
        year, source = _anchor_year(mo, d, published), "published"
    written_year = "XXXX" if year is None else f"{year:04d}"  # EDTF unspecified year
    edtf = f"{written_year}-{mo:02d}-{d:02d}"
    return DateMention(
        m.start(), m.end(), segment, edtf, "day", year, mo, d, m.group("tod"), source
    )


def _range_words(m: re.Match[str], segment: int, published: date | None) -> DateMention | None:
    groups = m.groupdict()
    groups["y2"] = groups["y2"] or groups.pop("y2c")
    return _days_between(groups, m.start(), m.end(), segment, published)


def _range(m: re.Match[str], segment: int, published: date | None) -> DateMention | None:
    """A span of days as an EDTF interval (``2024-10-14/2024-10-15``); the start's fields."""
    if m.group("sep1") == "." and not m.group("y1"):
        return None
    return _days_between(m.groupdict(), m.start(), m.end(), segment, published)


def _days_between(g: dict, start: int, end: int, segment: int,
                  published: date | None) -> DateMention | None:
    d1, d2, m2 = int(g["d1"]), int(g["d2"]), int(g["m2"])
    m1 = int(g["m1"]) if g["m1"] else m2
    y2 = int(g["y2"]) if g["y2"] else None
    if y2 is None and g["y1"]:
        y2 = int(g["y1"])  # "từ 14/10/2024 đến 15/10": one year written
    source = "written"
    if y2 is None:
        if not (_valid(None, m1, d1) and _valid(None, m2, d2)):
            return None
        y2, source = (_anchor_year(m2, d2, published), "published") if published else (None, "unknown")
    if y2 is not None and not _MIN_YEAR <= y2 <= _MAX_YEAR:
        return None
    y1 = int(g["y1"]) if g["y1"] else (
        None if y2 is None else y2 - 1 if (m1, d1) > (m2, d2) else y2)
    if y2 is not None and not (_valid(y1, m1, d1) and _valid(y2, m2, d2)
                               and date(y1, m1, d1) < date(y2, m2, d2)):
        return None
    if y2 is None and (m1, d1) >= (m2, d2):
        return None  # without a year a range must not wrap: "15 và 14/10" is no range

    def edtf(y, mo, d):
        return f"{'XXXX' if y is None else f'{y:04d}'}-{mo:02d}-{d:02d}"

    return DateMention(start, end, segment, f"{edtf(y1, m1, d1)}/{edtf(y2, m2, d2)}",
                       "day", y1, m1, d1, g["tod"], source)


def _today(m: re.Match[str], segment: int, published: date | None) -> DateMention | None:
    """``Sáng nay`` is the publication day; with no publication date it says nothing."""
    if published is None:
        return None
    return DateMention(m.start(), m.end(), segment, published.isoformat(), "day", published.year,
                       published.month, published.day, m.group("tod"), "published")


def _month(m: re.Match[str], segment: int, published: date | None) -> DateMention | None:
    mo = int(m.group("m"))
    y = int(m.group("y")) if m.group("y") else full_year(m.group("yy"), published)
    if not (1 <= mo <= 12 and _MIN_YEAR <= y <= _MAX_YEAR):
        return None
    return DateMention(m.start(), m.end(), segment, f"{y:04d}-{mo:02d}", "month", y, mo,
                       modifier=MODIFIERS.get(m.group("mod")))


def _year(m: re.Match[str], segment: int, published: date | None = None) -> DateMention | None:
    y = full_year(m.group("y"), published)
    if not _MIN_YEAR <= y <= _MAX_YEAR:
        return None
    return DateMention(m.start(), m.end(), segment, f"{y:04d}", "year", y,
                       modifier=MODIFIERS.get(m.group("mod")))


def _valid(year: int | None, month: int, day: int) -> bool:
    """Is day/month valid (in ``year``, or in some year when it is unknown)?"""
    if not 1 <= month <= 12 or day < 1:
        return False
    # Without a year, 29 February is possible (a leap year).
    return day <= calendar.monthrange(year if year is not None else 2000, month)[1]


def _anchor_year(month: int, day: int, published: date) -> int:
    """The year of the latest ``day/month`` not after ``published`` (SPEC §2)."""
    return anchor_day(month, day, published).year


def anchor_day(month: int, day: int, published: date) -> date:
    """The latest ``day/month`` not after ``published`` (29 February: the latest leap year)."""
    years = 0
    while True:
        # relativedelta clamps 29 February to the 28th in common years: step past those.
        candidate = published + relativedelta(years=-years, month=month, day=day)
        if candidate.day == day and candidate <= published:
            return candidate
        years += 1
