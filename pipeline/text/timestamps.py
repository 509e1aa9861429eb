"""Publication timestamps: in HTML metadata (``2024-05-14T23:30:00+00:00``), in sidecars
(``2024-05-14``) and in the timestamp line a news page prints near its headline (``Thứ
Tư, 17/04/2024 15:30 (GMT+7)``, ``04:57 14/03/2023``, ``03/03/2026 19:07 GMT+7``,
``Cập nhật: 08:15, 12/06/2024``).

A timestamp gives the publication *day in Vietnam*: a time with a zone is converted to
UTC+7 first (``23:30 UTC`` on 14 May is 15 May there). ISO values are parsed by
dateutil's ``isoparse``; a page's day-first line is read here, since dateutil's free-form
parser would take ``03/04`` month-first and guess a missing year.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from typing import Optional

from dateutil.parser import isoparse

# Vietnam has kept UTC+7 since 1975; a fixed offset needs no zone database.
VIETNAM = timezone(timedelta(hours=7))

_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|t[2-7]|cn)"
_CLOCK = r"\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:am|pm|sa|ch))?"
_DAY = r"(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})[/.\-](?P<y>\d{4})"
_ZONE = r"\(?\s*(?:gmt|utc)\s*(?P<z>[+\-]\s*\d{1,2})?(?::?00)?\s*\)?"
_LABEL = r"(?:(?:cập nhật|đăng|ngày đăng|xuất bản|thời gian|đăng lúc|đăng ngày)\s*:?\s*)"
# A line that is nothing but a page's timestamp (matched on the lower-cased key).
TIMESTAMP_LINE = re.compile(
    rf"^\s*{_LABEL}?(?:{_WEEKDAY}\s*[,\-–|]?\s*)?(?:ngày\s+)?"
    rf"(?P<c1>{_CLOCK}\s*[,\-–|]?\s*)?{_DAY}(?:\s*[,\-–|]?\s*(?:lúc\s+)?(?P<c2>{_CLOCK}))?"
    rf"\s*(?:{_ZONE})?\s*$"
)


def parse_iso(value: Optional[str]) -> Optional[date]:
    """The Vietnamese publication day of an ISO 8601 date or time; None when unreadable."""
    if not value:
        return None
    try:
        stamp = isoparse(value.strip())
    except (ValueError, OverflowError):
        return None
    if isinstance(stamp, datetime):
        if stamp.tzinfo is not None:
            stamp = stamp.astimezone(VIETNAM)
        return stamp.date()
    return stamp


def timestamp_line(key: str) -> Optional[date]:
    """The day a page's timestamp line gives (``key``: the line's lower-cased match key)."""
    m = TIMESTAMP_LINE.match(key)
    if m is None:
        return None
    try:
        day = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    zone, clock = m.group("z"), (m.group("c1") or m.group("c2") or "").strip(" ,-–|")
    if zone and clock:
        # A time in another zone may fall on another day in Vietnam.
        hours, minutes = (int(x) for x in re.split(r"[:h]", clock)[:2])
        offset = timezone(timedelta(hours=int(zone.replace(" ", ""))))
        stamp = datetime(day.year, day.month, day.day, hours % 24, minutes, tzinfo=offset)
        day = stamp.astimezone(VIETNAM).date()
    return day


# The same inside a line of page furniture: "Đại tướng … 03/03/2026 18:02", "18:18 - Thứ
# Tư, 24/04/2024 Lượt xem: 4429", "Tin tức - Ngày đăng : 16:31, 12/05/2024".
_CLOCK_STRICT = r"\d{1,2}:\d{2}(?::\d{2})?'?"
TIMESTAMP_IN_LINE = re.compile(
    rf"(?:(?P<c1>(?<![\w:/.]){_CLOCK_STRICT})\s*[,\-–|]?\s*)?"
    rf"(?:(?P<wd>{_WEEKDAY})\s*[,\-–|]?\s*)?(?:ngày\s+)?(?<![\w/.]){_DAY}"
    rf"(?:\s*[,\-–|]?\s*(?:lúc\s+)?(?P<c2>{_CLOCK_STRICT}))?"
    rf"(?:\s*{_ZONE})?(?![\w/])"
)
_PROSE_BEFORE = re.compile(r"(?:lúc|vào|từ|đến|khoảng|tới|trước|sau)\s*$")
_FURNITURE_LINE = 160  # characters: longer lines are prose, whatever they hold


def page_timestamps(key: str, start: int, end: int) -> list[tuple[int, int, date]]:
    """(start, end, day) of the page timestamps in the line ``key[start:end]``: in a short
    line, or opening or closing a longer one; a time said in prose (``lúc 9:00 ngày
    12/5/2024``) is none."""
    out = []
    for m in TIMESTAMP_IN_LINE.finditer(key, start, end):
        if not (m.group("c1") or m.group("c2") or m.group("wd")):
            continue  # a date alone is a date, not a timestamp
        if _PROSE_BEFORE.search(key, max(start, m.start() - 12), m.start()):
            continue
        line_is_short = end - start <= _FURNITURE_LINE
        at_edge = not key[start:m.start()].strip() or not key[m.end():end].strip(" .)")
        if not (line_is_short or at_edge):
            continue
        try:
            day = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
        out.append((m.start(), m.end(), day))
    return out


def first_page_timestamp(key: str) -> Optional[date]:
    """The page's publication day: its first timestamp with a time of day. A weekday and a
    date alone is as often the site's clock of the day it was read, so it is not used."""
    pos = 0
    for line in key.split("\n"):
        for a, b, day in page_timestamps(key, pos, pos + len(line)):
            if a > pos and key[a - 1].isalnum():
                # Glued to the text before it ("… 0912325336Chủ nhật, 08/09/2024 05:43"):
                # the clock of a page's header bar, the day it was read, not a dateline.
                continue
            if re.search(r"\d:\d", key[a:b]):
                return day
        pos += len(line) + 1
    return None
