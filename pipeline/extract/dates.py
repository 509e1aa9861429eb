"""Dates written in Vietnamese news text, as EDTF strings (SPEC §2, Dates).

Forms handled (matched on ``doc.key``, so case, NBSP and curly quotes do not
matter; spans index ``doc.text``):

- day: ``24-4-2024``, ``28/1/2026``, ``24.4.2024`` (dotted only with a year),
  ``2024-04-24``, ``ngày 5 tháng 3 năm 2024``; yearless ``ngày 13/5``,
  ``Sáng 28/1``, ``chiều nay (27/1)``, ``ngày 5 tháng 3``;
- month: ``tháng 3/2024``, ``tháng 3-2024``, ``tháng 3 năm 2024``;
- year: ``năm 2024``;
- today: ``Sáng nay``, ``hôm nay`` → the publication date, when known;
- days: ``Trong hai ngày 14 và 15/10/2024``, ``ngày 14-15/10``, ``từ ngày 28/9
  đến ngày 2/10/2024`` → an EDTF interval ``2024-10-14/2024-10-15``.

A yearless ``D/M`` counts only after a cue word (``ngày``, ``hôm``, ``mùng``,
or a time of day ``sáng``/``trưa``/``chiều``/``tối``/``đêm``): a bare ``5/2``
is as likely a ratio or a number. Yearless dates are anchored to the
publication date when one is known, never to another date of the text or to
today.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from ..document import Document
from ..records import DateMention, Segment

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
    + _YEAR.format("y1")
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
    + r")?"
    + r")"
    + r"(?(paren)\s*\)|)"
    + _END
)

# Two or more days: "Trong hai ngày 14 và 15/10/2024", "ngày 14-15/10", "từ ngày
# 28/9 đến ngày 2/10/2024". The first day may carry its own month and year.
_RANGE_RE = re.compile(
    r"(?<!\w)(?:(?P<tod>sáng|trưa|chiều|tối|đêm)\s+)?"
    r"(?:(?:trong\s+)?(?:hai|ba|bốn|năm|2|3|4|5)\s+ngày\s+(?:\(\s*)?|(?:từ\s+)?ngày\s+)"
    r"(?<![\w/.])(?P<d1>\d{1,2})(?:(?P<sep1>[/.\-])(?P<m1>\d{1,2})(?:(?P=sep1)(?P<y1>\d{4}))?)?"
    r"\s*(?:và|-|đến(?:\s+ngày)?|tới(?:\s+ngày)?)\s*"
    r"(?P<d2>\d{1,2})(?P<sep>[/.\-])(?P<m2>\d{1,2})(?:(?P=sep)(?P<y2>\d{4}))?"
    r"(?:\s*\))?" + _END
)

# "Sáng nay", "hôm nay": the day of publication, when it is known.
_TODAY_RE = re.compile(r"(?<!\w)(?:(?P<tod>sáng|trưa|chiều|tối|đêm)|hôm)\s+nay(?!\w)")

_MONTH_RE = re.compile(
    r"(?<!\w)tháng\s+(?P<m>\d{1,2})(?:\s*[/\-]\s*|(?:\s*,)?\s+năm\s+)" + _YEAR.format("y") + _END
)
# A year may open a range ("năm 2025-2026"): only "/" or "." running on
# into a number or code makes it something else.
_YEAR_RE = re.compile(r"(?<!\w)năm\s+" + _YEAR.format("y") + r"(?![^\W_]|[/.][^\W_])")

# "Quyết định số 24-4-2024" style numbers: a date-looking number right after
# "số" is an identifier.
_NUMBER_WORD_RE = re.compile(r"(?<!\w)số\s*$")


def find_dates(doc: Document) -> tuple[DateMention, ...]:
    """Return every date written in ``doc`` as a ``DateMention``, sorted by position.

    Reads ``doc.get("segments")`` (all of them, teasers included: the caller
    decides which segments feed which event) and ``doc.meta.published``, which
    anchors yearless day-month dates (``year_source="published"``); without it
    they stay ``XXXX-MM-DD`` (``year_source="unknown"``). Spans cover the cue
    words and the date (``Sáng 28/1``) and index ``doc.text``. Pure.
    """
    segments = _segments(doc)
    key = doc.key
    published = doc.meta.published
    found: list[DateMention] = []
    for seg in segments:
        a, b, i = seg.start, seg.end, seg.index
        candidates = [
            # Both need a word most segments lack: skip the scan then (it is per character).
            *(_range(m, i, published) for m in (
                _RANGE_RE.finditer(key, a, b) if key.find("ngày", a, b) >= 0 else ())),
            *(_today(m, i, published) for m in (
                _TODAY_RE.finditer(key, a, b) if published and key.find(" nay", a, b) >= 0
                else ())),
            *(_day(m, key, i, published) for m in _DAY_RE.finditer(key, a, b)),
            *(_month(m, i) for m in _MONTH_RE.finditer(key, a, b)),
            *(_year(m, i) for m in _YEAR_RE.finditer(key, a, b)),
        ]
        found.extend(_drop_overlaps([c for c in candidates if c is not None]))
    return tuple(sorted(set(found), key=lambda d: (d.start, d.end, d.segment)))


def _segments(doc: Document) -> tuple[Segment, ...]:
    # The stage runner always provides segments; a bare document (a quick
    # script, a test) is read as one body segment rather than failing.
    if "segments" in doc.results:
        return tuple(doc.get("segments"))
    return (Segment(0, len(doc.text), 0, "body"),)


def _drop_overlaps(mentions: list[DateMention]) -> list[DateMention]:
    # The three patterns overlap ("ngày 5 tháng 3 năm 2024" also holds a month
    # and a year): keep the earliest-starting, then the longest, mention.
    kept: list[DateMention] = []
    end = -1
    for m in sorted(mentions, key=lambda d: (d.start, -d.end)):
        if m.start >= end:
            kept.append(m)
            end = m.end
    return kept


def _is_cued(m: re.Match[str]) -> bool:
    return bool(m.group("tod") or m.group("dayword") or m.group("mung"))


def _day(m: re.Match[str], key: str, segment: int, published: date | None) -> DateMention | None:
    cued = _is_cued(m)
    if m.group("d1"):
        day, month, year_s = m.group("d1"), m.group("m1"), m.group("y1")
        # Dotted pairs are decimals and versions ("4.0") unless a year follows.
        if m.group("sep") == "." and not year_s:
            return None
    elif m.group("di"):
        day, month, year_s = m.group("di"), m.group("mi"), m.group("yi")
    else:
        # "5 tháng 3" alone may be a duration ("5 months"): the cue rule below
        # applies; with a written year ("20 tháng 9 năm 2024") it is a date.
        day, month, year_s = m.group("d2"), m.group("m2"), m.group("y2") or m.group("y2b")
    if not year_s and not cued:  # a bare "5/2" is too ambiguous
        return None
    if not cued and _NUMBER_WORD_RE.search(key, max(0, m.start() - 8), m.start()):
        return None
    d, mo = int(day), int(month)
    year: int | None
    if year_s:
        year, source = int(year_s), "written"
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


def _range(m: re.Match[str], segment: int, published: date | None) -> DateMention | None:
    """A span of days as an EDTF interval (``2024-10-14/2024-10-15``); the start's fields."""
    d1, d2, m2 = int(m.group("d1")), int(m.group("d2")), int(m.group("m2"))
    m1 = int(m.group("m1")) if m.group("m1") else m2
    if m.group("sep1") == "." and not m.group("y1"):
        return None
    y2 = int(m.group("y2")) if m.group("y2") else None
    if y2 is None and m.group("y1"):
        y2 = int(m.group("y1"))  # "từ 14/10/2024 đến 15/10": one year written
    source = "written"
    if y2 is None:
        if not (_valid(None, m1, d1) and _valid(None, m2, d2)):
            return None
        y2, source = (_anchor_year(m2, d2, published), "published") if published else (None, "unknown")
    if y2 is not None and not _MIN_YEAR <= y2 <= _MAX_YEAR:
        return None
    y1 = int(m.group("y1")) if m.group("y1") else (
        None if y2 is None else y2 - 1 if (m1, d1) > (m2, d2) else y2)
    if y2 is not None and not (_valid(y1, m1, d1) and _valid(y2, m2, d2)
                               and date(y1, m1, d1) < date(y2, m2, d2)):
        return None
    if y2 is None and (m1, d1) >= (m2, d2):
        return None  # without a year a range must not wrap: "15 và 14/10" is no range

    def edtf(y, mo, d):
        return f"{'XXXX' if y is None else f'{y:04d}'}-{mo:02d}-{d:02d}"

    return DateMention(m.start(), m.end(), segment, f"{edtf(y1, m1, d1)}/{edtf(y2, m2, d2)}",
                       "day", y1, m1, d1, m.group("tod"), source)


def _today(m: re.Match[str], segment: int, published: date | None) -> DateMention | None:
    """``Sáng nay`` is the publication day; with no publication date it says nothing."""
    if published is None:
        return None
    return DateMention(m.start(), m.end(), segment, published.isoformat(), "day", published.year,
                       published.month, published.day, m.group("tod"), "published")


def _month(m: re.Match[str], segment: int) -> DateMention | None:
    mo, y = int(m.group("m")), int(m.group("y"))
    if not (1 <= mo <= 12 and _MIN_YEAR <= y <= _MAX_YEAR):
        return None
    return DateMention(m.start(), m.end(), segment, f"{y:04d}-{mo:02d}", "month", y, mo)


def _year(m: re.Match[str], segment: int) -> DateMention | None:
    y = int(m.group("y"))
    if not _MIN_YEAR <= y <= _MAX_YEAR:
        return None
    return DateMention(m.start(), m.end(), segment, f"{y:04d}", "year", y)


def _valid(year: int | None, month: int, day: int) -> bool:
    """Is day/month valid (in ``year``, or in some year when it is unknown)?"""
    if not 1 <= month <= 12 or day < 1:
        return False
    # Without a year, 29 February is possible (a leap year).
    return day <= calendar.monthrange(year if year is not None else 2000, month)[1]


def _anchor_year(month: int, day: int, published: date) -> int:
    """The year of the latest ``day/month`` not after ``published`` (SPEC §2)."""
    year = published.year
    while True:
        if calendar.monthrange(year, month)[1] >= day and date(year, month, day) <= published:
            return year
        year -= 1
