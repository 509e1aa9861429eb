"""Periods longer than a day, as EDTF: months written out (``tháng Giêng``, ``tháng mười
năm 2023``), yearless months after a cue (``trong tháng 3``), ranges of months and years
(``từ tháng 3 đến tháng 5 năm 2024``, ``2021-2025``, ``từ năm 2020 đến năm 2023``),
quarters (``quý I năm 2024`` → ``2024-33``), halves (``6 tháng đầu năm 2024`` →
``2024-40``), seasons (``mùa hè năm 2023`` → ``2023-22``), decades (``những năm 1990``
→ ``199X``) and centuries (``thế kỷ XX`` → ``19XX``), and fixed holidays (``ngày Quốc
khánh năm 2023`` → ``2023-09-02``).

A yearless period takes the publication year only when it has begun by then (``quý I`` in
an article of June); one still to come keeps an unspecified year (``XXXX-07``), since
plans are as often written as reports.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from ... import lexicons
from ...records import DateMention
from ...text.normalize import match_key
from .days import MODIFIERS, anchor_day
from .words import day_words, day_words_re, full_year, month_words, month_words_re, number, roman

_END = r"(?![^\W_]|[/.\-][^\W_])"
_MOD = r"(?:(?P<mod>đầu|giữa|cuối)\s+)?"
# A year after a period: "năm 2024", "/2024", "-2024", ", 2024", or relative to publication.
_YEAR_AFTER = (r"(?:(?:\s*,)?\s+năm\s+(?P<y>\d{4})|\s*[/\-]\s*(?P<ys>\d{4})|\s*,\s*(?P<yc>\d{4})"
               r"|\s+năm\s+(?P<rel>nay|ngoái|trước|tới|sau))?")
RELATIVE_YEARS = {"nay": 0, "ngoái": -1, "trước": -1, "tới": 1, "sau": 1}


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    months = month_words_re()
    days = day_words_re()
    holidays = "|".join(re.escape(h) for h in sorted(_holidays(), key=len, reverse=True))
    return {
        # "ngày mười một tháng mười", "mồng một tháng Giêng năm 2024", "ngày 5 tháng Chạp"
        "word_day": re.compile(
            r"(?<!\w)(?:(?P<tod>sáng|trưa|chiều|tối|đêm)\s+)?(?:ngày\s+(?:(?:mùng|mồng)\s+)?|"
            rf"(?:mùng|mồng)\s+)(?P<d>\d{{1,2}}|{days})\s+tháng\s+(?P<m>{months})(?!\w)"
            + _YEAR_AFTER + _END),
        # "tháng Giêng", "tháng mười năm 2023", "cuối tháng 3", "trong tháng 3"
        "month": re.compile(
            r"(?<!\w)(?:(?P<cue>trong|vào|từ|đến|hết|sang|tới|hồi|dịp|đầu|giữa|cuối)\s+)?"
            rf"tháng\s+(?P<m>\d{{1,2}}|{months})(?!\w)" + _YEAR_AFTER + _END),
        # "từ tháng 3 đến tháng 5 năm 2024", "tháng 3-4/2024", "từ tháng 10/2023 đến tháng 2/2024"
        "month_range": re.compile(
            r"(?<!\w)(?:(?:từ|trong)\s+)?tháng\s+(?P<m1>\d{1,2})"
            r"(?:\s*[/\-]\s*(?P<y1>\d{4})|\s+năm\s+(?P<y1b>\d{4}))?"
            r"\s*(?:đến|tới|-|–)\s*(?:(?:hết\s+)?tháng\s+)?(?P<m2>\d{1,2})(?!\d)"
            r"(?:\s*[/\-]\s*(?P<y2>\d{4})|(?:\s*,)?\s+năm\s+(?P<y2b>\d{4}))?" + _END),
        # "2021-2025", "giai đoạn 2021 - 2025", "từ năm 2020 đến năm 2023", "từ năm 2020 đến nay"
        "year_range": re.compile(
            r"(?<![\w/.\-])(?:từ\s+năm\s+(?P<a>\d{4})\s+(?:đến|tới)\s+(?:năm\s+)?"
            r"(?:(?P<b>\d{4})|(?P<now>nay))"
            r"|(?:năm\s+)?(?P<a2>\d{4})\s*[-–]\s*(?P<b2>\d{4}))" + _END),
        "quarter": re.compile(
            r"(?<!\w)" + _MOD + r"quý\s+(?P<q>iv|i{1,3}|[1-4])(?!\w)"
            + _YEAR_AFTER + _END),
        "half": re.compile(
            r"(?<!\w)(?:(?:6|sáu)\s+tháng|nửa)\s+(?P<h>đầu|cuối|sau)\s+năm(?:\s+(?P<y>\d{4})"
            r"|\s+(?P<rel>nay|ngoái|trước|tới|sau))?" + _END),
        "season": re.compile(
            r"(?<!\w)mùa\s+(?P<s>xuân|hè|hạ|thu|đông)\s+(?:năm\s+)?(?:(?P<y>\d{4})"
            r"|(?P<rel>nay|ngoái|trước|tới|sau))" + _END),
        "decade": re.compile(
            r"(?<!\w)(?:những\s+năm|thập\s+(?:niên|kỷ|kỉ))\s+(?P<d>\d{2}|\d{4})(?!\d)"
            r"(?:\s+(?:của\s+)?thế\s+(?:kỷ|kỉ)\s+(?P<c>[ivxlc]+|\d{1,2}))?" + _END),
        "century": re.compile(r"(?<!\w)thế\s+(?:kỷ|kỉ)\s+(?P<c>[ivxlc]+|\d{1,2})(?!\w)"),
        "holiday": re.compile(
            r"(?<!\w)(?:ngày|dịp|lễ)\s+(?P<h>" + holidays + r")(?!\w)"
            r"(?:\s+(?:năm\s+)?(?P<y>\d{4})|\s+năm\s+(?P<rel>nay|ngoái|trước|tới|sau))?" + _END),
    }


@cache
def _holidays() -> dict[str, tuple[int, int]]:
    return {match_key(r[0]): (int(r[1]), int(r[2])) for r in lexicons.rows("holidays.tsv")}


@cache
def _holiday_cues() -> tuple[str, ...]:
    """The first word of every holiday's name: one must be there for the scan to run."""
    return tuple(sorted({name.split()[0] for name in _holidays()}))


_SEASONS = {"xuân": 21, "hè": 22, "hạ": 22, "thu": 23, "đông": 24}
_MONTH_CUES = {"trong", "vào", "từ", "đến", "hết", "sang", "tới", "hồi", "dịp", "đầu", "giữa",
               "cuối"}


def find(key: str, a: int, b: int, segment: int, published: date | None) -> list[DateMention]:
    """Period and holiday mentions in ``key[a:b]``."""
    pats = _patterns()
    out: list[DateMention] = []
    has = key.find
    if has("tháng", a, b) >= 0:
        out += [_word_day(m, segment, published) for m in pats["word_day"].finditer(key, a, b)]
        out += [_month(m, segment, published) for m in pats["month"].finditer(key, a, b)]
        out += [_month_range(m, segment, published)
                for m in pats["month_range"].finditer(key, a, b)]
        out += [_half(m, segment, published) for m in pats["half"].finditer(key, a, b)]
    elif has("mồng", a, b) >= 0 or has("mùng", a, b) >= 0:
        out += [_word_day(m, segment, published) for m in pats["word_day"].finditer(key, a, b)]
    if has("nửa", a, b) >= 0:
        out += [_half(m, segment, published) for m in pats["half"].finditer(key, a, b)]
    if has("-", a, b) >= 0 or has("từ năm", a, b) >= 0:
        out += [_year_range(m, segment, published)
                for m in pats["year_range"].finditer(key, a, b)]
    if has("quý", a, b) >= 0:
        out += [_quarter(m, segment, published) for m in pats["quarter"].finditer(key, a, b)]
    if has("mùa", a, b) >= 0:
        out += [_season(m, segment, published) for m in pats["season"].finditer(key, a, b)]
    if has("thế k", a, b) >= 0 or has("những năm", a, b) >= 0 or has("thập", a, b) >= 0:
        out += [_decade(m, segment) for m in pats["decade"].finditer(key, a, b)]
        out += [_century(m, segment) for m in pats["century"].finditer(key, a, b)]
    if any(has(w, a, b) >= 0 for w in _holiday_cues()):
        out += [_holiday(m, segment, published) for m in pats["holiday"].finditer(key, a, b)]
    return [c for c in out if c is not None]


def _written_year(m: re.Match[str], published: date | None) -> tuple[int | None, str]:
    """(year, source) from the year after a period: written, relative, or none."""
    g = m.groupdict()
    for name in ("y", "ys", "yc"):
        if g.get(name):
            return full_year(g[name], published), "written"
    if g.get("rel"):
        if published is None:
            return None, "unknown"
        return published.year + RELATIVE_YEARS[g["rel"]], "relative"
    return None, "unknown"


def _began(year: int, month: int, day: int, published: date) -> bool:
    return date(year, month, day) <= published


def _mention(m, segment, edtf, precision, year, month=None, day=None, source="written",
             tod=None, modifier=None) -> DateMention:
    return DateMention(m.start(), m.end(), segment, edtf, precision, year, month, day, tod,
                       source, modifier)


def _y(year: int | None) -> str:
    return "XXXX" if year is None else f"{year:04d}"


def _word_day(m, segment, published) -> DateMention | None:
    d = number(m.group("d"), day_words())
    mo = month_words().get(" ".join(m.group("m").split()))
    if not (d and mo) or (m.group("d").isdigit() and m.group("m").isdigit()):
        return None
    year, source = _written_year(m, published)
    if year is None and published is not None:
        try:
            year, source = anchor_day(mo, d, published).year, "published"
        except ValueError:
            return None
    try:
        date(year or 2000, mo, d)
    except ValueError:
        return None
    return _mention(m, segment, f"{_y(year)}-{mo:02d}-{d:02d}", "day", year, mo, d, source,
                    m.group("tod"))


def _month(m, segment, published) -> DateMention | None:
    word = m.group("m")
    mo = int(word) if word.isdigit() else month_words().get(" ".join(word.split()))
    if not mo or not 1 <= mo <= 12:
        return None
    cue = m.group("cue")
    year, source = _written_year(m, published)
    if word.isdigit() and source == "written":
        return None  # "tháng 3/2024" with digits: the days module reads it
    if year is None:
        # A yearless month is a date only after a cue ("trong tháng 3") or named
        # ("tháng Giêng"); "tháng một" alone may be "one month".
        if not cue and word not in ("giêng", "chạp"):
            return None
        if published is not None and _began(published.year, mo, 1, published):
            year, source = published.year, "published"
    mod = MODIFIERS.get(cue)
    return _mention(m, segment, f"{_y(year)}-{mo:02d}", "month", year, mo, None, source,
                    modifier=mod)


def _month_range(m, segment, published) -> DateMention | None:
    m1, m2 = int(m.group("m1")), int(m.group("m2"))
    y1 = m.group("y1") or m.group("y1b")
    y2 = m.group("y2") or m.group("y2b")
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
        return None
    y2i = int(y2) if y2 else None
    y1i = int(y1) if y1 else (None if y2i is None else y2i - 1 if m1 > m2 else y2i)
    if y2i is None and y1i is not None:
        y2i = y1i if m2 > m1 else y1i + 1
    source = "written"
    if y1i is None:
        if m1 >= m2:
            return None  # "tháng 12-1" without a year: not a range we can place
        if published is not None and _began(published.year, m1, 1, published):
            y1i = y2i = published.year
            source = "published"
        else:
            source = "unknown"
    if y1i is not None and (y1i, m1) >= (y2i, m2):
        return None
    return _mention(m, segment, f"{_y(y1i)}-{m1:02d}/{_y(y2i)}-{m2:02d}", "month", y1i, m1,
                    None, source)


def _year_range(m, segment, published) -> DateMention | None:
    a = int(m.group("a") or m.group("a2"))
    if m.group("now"):
        return _mention(m, segment, f"{a:04d}/..", "year", a)
    b = int(m.group("b") or m.group("b2"))
    if not (1000 <= a < b <= a + 50):
        return None
    return _mention(m, segment, f"{a:04d}/{b:04d}", "year", a)


def _quarter(m, segment, published) -> DateMention | None:
    q = roman(m.group("q"))
    if not q or not 1 <= q <= 4:
        return None
    year, source = _written_year(m, published)
    if year is None and published is not None and _began(published.year, 3 * q - 2, 1,
                                                         published):
        year, source = published.year, "published"
    return _mention(m, segment, f"{_y(year)}-{32 + q}", "quarter", year, 3 * q - 2, None,
                    source, modifier=MODIFIERS.get(m.group("mod")))


def _half(m, segment, published) -> DateMention | None:
    first = m.group("h") == "đầu"
    year, source = _written_year(m, published)
    if year is None and published is not None and _began(published.year, 1 if first else 7, 1,
                                                         published):
        year, source = published.year, "published"
    return _mention(m, segment, f"{_y(year)}-{40 if first else 41}", "half", year,
                    1 if first else 7, None, source)


def _season(m, segment, published) -> DateMention | None:
    year, source = _written_year(m, published)
    if year is None:
        return None
    return _mention(m, segment, f"{year:04d}-{_SEASONS[m.group('s')]}", "season", year, None,
                    None, source)


def _century_number(text: str) -> int | None:
    c = roman(text)
    return c if c and 1 <= c <= 30 else None


def _decade(m, segment) -> DateMention | None:
    d = m.group("d")
    if len(d) == 4:
        if not d.endswith("0"):
            return None
        start = int(d)
    else:
        if not d.endswith("0"):
            return None
        century = _century_number(m.group("c")) if m.group("c") else None
        # "những năm 90" with no century named: the last century's (the 2000s are
        # written with four digits).
        start = ((century - 1) * 100 if century else 1900) + int(d)
    return _mention(m, segment, f"{start // 10:03d}X", "decade", start)


def _century(m, segment) -> DateMention | None:
    c = _century_number(m.group("c"))
    if c is None:
        return None
    return _mention(m, segment, f"{c - 1:02d}XX", "century", (c - 1) * 100)


def _holiday(m, segment, published) -> DateMention | None:
    mo, d = _holidays()[" ".join(m.group("h").split())]
    year, source = _written_year(m, published)
    if year is None and published is not None:
        year, source = anchor_day(mo, d, published).year, "published"
    return _mention(m, segment, f"{_y(year)}-{mo:02d}-{d:02d}", "day", year, mo, d, source)
