"""Dates written in Vietnamese news text, as EDTF strings (SPEC §2, Dates).

Matching runs on ``doc.key`` (case, NBSP and curly quotes do not matter; spans index
``doc.text``). Three kinds of writing, one module each:

- ``days``: days, months and years written with numbers, and spans of days;
- ``periods``: months in words, yearless months, ranges of months and years, quarters,
  halves, seasons, decades, centuries and fixed holidays;
- ``relative``: dates counted from the publication date (``hôm qua``, ``năm ngoái``).

Where forms overlap (``ngày 5 tháng 3 năm 2024`` also holds a month and a year), the
earliest-starting, then the longest, mention is kept. Yearless dates are anchored to the
publication date when one is known, never to another date of the text or to today; a year
written once for two coordinated dates (``tháng 1 và tháng 2 năm 2024``) is both dates'.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...document import Document
from ...records import DateMention, Segment
from ...text.timestamps import page_timestamps
from . import days, periods, relative

__all__ = ["find_dates"]

# Two dates joined by this share the second one's written year.
_COORDINATED = re.compile(r"\s*(?:,|và|hoặc|,\s*và)\s*$")


def find_dates(doc: Document) -> tuple[DateMention, ...]:
    """Return every date written in ``doc`` as a ``DateMention``, sorted by position.

    Reads ``doc.get("segments")`` (all of them, teasers included: the caller decides
    which segments feed which event) and ``doc.meta.published``, which anchors yearless
    dates (``year_source="published"``) and relative ones (``"relative"``); without it
    yearless dates stay ``XXXX-…`` (``"unknown"``) and relative ones are not reported.
    Spans cover the cue words and the date (``Sáng 28/1``). Pure.
    """
    key = doc.key
    published = doc.meta.published
    found: list[DateMention] = []
    for seg in _segments(doc):
        a, b, i = seg.start, seg.end, seg.index
        candidates = (days.find(key, a, b, i, published) + periods.find(key, a, b, i, published)
                      + relative.find(key, a, b, i, published))
        # A page's timestamp ("15:43, 23/03/2022") is when it was published, not a date
        # the article speaks of.
        stamps = page_timestamps(key, a, b) if key.find(":", a, b) >= 0 or key.find("thứ", a, b) >= 0 else ()
        if stamps:
            candidates = [c for c in candidates
                          if not any(s <= c.start < e for s, e, _ in stamps)]
        found.extend(_share_years(key, _drop_overlaps(candidates)))
    return tuple(sorted(set(found), key=lambda d: (d.start, d.end, d.segment)))


def _segments(doc: Document) -> tuple[Segment, ...]:
    # The stage runner always provides segments; a bare document (a quick
    # script, a test) is read as one body segment rather than failing.
    if "segments" in doc.results:
        return tuple(doc.get("segments"))
    return (Segment(0, len(doc.text), 0, "body"),)


def _drop_overlaps(mentions: list[DateMention]) -> list[DateMention]:
    kept: list[DateMention] = []
    end = -1
    for m in sorted(mentions, key=lambda d: (d.start, -d.end)):
        if m.start >= end:
            kept.append(m)
            end = m.end
    return kept


def _share_years(key: str, mentions: list[DateMention]) -> list[DateMention]:
    """``tháng 1 và tháng 2 năm 2024``: a yearless date coordinated with a dated one of the
    same precision, right after it, takes its written year."""
    out = list(mentions)
    for k in range(len(out) - 2, -1, -1):
        m, nxt = out[k], out[k + 1]
        if (m.year_source in ("unknown", "published") and nxt.year_source == "written"
                and m.precision == nxt.precision and m.precision in ("day", "month")
                and "/" not in m.edtf and "/" not in nxt.edtf
                and _COORDINATED.match(key, m.end, nxt.start)
                and (m.month, m.day or 0) <= (nxt.month, nxt.day or 0)):
            edtf = f"{nxt.year:04d}" + m.edtf[4:]
            out[k] = replace(m, edtf=edtf, year=nxt.year, year_source="written")
    return out
