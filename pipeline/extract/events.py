"""Events: the main event of the article (from its body) and related events (from teasers).

The main event takes the first dated body sentence; its place is the lowest
administrative unit named in that sentence and its province that unit's
province. With no place written, the province comes from a provincial body
the event works with ("Ban Thường vụ Tỉnh ủy Quảng Ninh"), marked inferred.
Teasers never feed the main event.
"""

from __future__ import annotations

import re
from typing import Optional

from ..document import Document
from ..records import (BODY, CAPTION, HEADLINE, RELATED_BODY, DateMention, Event, PlaceMention,
                       Segment)

_LEVEL_RANK = {"ward": 0, "district": 1, "province": 2}
_ALSO = re.compile(r"(?<!\w)cũng\s+(?:trong|vào)?\s*$")
# Mentions that imply a place rather than name it: the event's province is then inferred.
_IMPLIED = ("party_body", "venue")
# Event kinds by the wording of the event sentence, most specific first.
_KINDS = (
    ("inspection", re.compile(r"\bđoàn kiểm tra\b")),
    ("supervision", re.compile(r"\bđoàn giám sát\b")),
    ("inspection", re.compile(r"\bkiểm tra\b")),
    ("supervision", re.compile(r"\bgiám sát\b")),
    ("visit", re.compile(r"\bthăm\b|\bchúc tết\b|\btặng quà\b")),
    ("ceremony", re.compile(r"\blễ\b|\bkhánh thành\b|\bkỷ niệm\b")),
    ("conference", re.compile(r"\bhội nghị\b|\bhội thảo\b|\bđại hội\b")),
    ("meeting", re.compile(r"\blàm việc\b|\btiếp\b|\bhọp\b|\bgặp\b")),
)

_COMMITTEE_NAMES = re.compile(r"ủy ban kiểm tra|ban giám sát|ủy ban giám sát")
# "Trong năm 2023, đoàn đã …": only a year said as the time of the action dates it.
_DURING = re.compile(r"[.;:,\n]\s*(?:trong|suốt|vào)\s+$")
# A year right after these words names a programme, a term or a plan, not when the event
# happened: "kế hoạch kiểm tra năm 2024", "chương trình giám sát năm 2025".
_PROGRAMME_BEFORE = re.compile(
    r"(?:kế hoạch|chương trình|quyết định|nhiệm kỳ|khóa|giai đoạn|kiểm tra|giám sát|tổng kết"
    r"|sơ kết|nhiệm vụ|chỉ tiêu|mục tiêu|dự toán|ngân sách|báo cáo|định hướng|tầm nhìn|đến"
    r"|cuối|đầu|trước|sau|từ)[^.;:]{0,30}$")


def find_events(doc: Document) -> tuple[Event, ...]:
    """The main event and the related (teaser) events of ``doc``."""
    segments: tuple[Segment, ...] = doc.get("segments")
    dates: tuple[DateMention, ...] = doc.get("dates")
    places: tuple[PlaceMention, ...] = doc.get("places")
    sentences = doc.results.get("sentences", ())
    out: list[Event] = []
    main = _main_event(doc, segments, dates, places, sentences)
    if main is not None:
        out.append(main)
    for seg in segments:
        if seg.kind != RELATED_BODY:
            continue
        seg_dates = [d for d in dates if d.segment == seg.index]
        if not seg_dates:
            continue
        date = seg_dates[0]
        seg_places = [p for p in places if p.segment == seg.index]
        place, province, inferred = _place_and_province(seg_places, seg_places)
        out.append(Event(seg.start, seg.end, seg.index, False, _kind(doc, seg.start, seg.end),
                         date, place, province, inferred))
    return tuple(sorted(set(out)))


def _main_event(doc, segments, dates, places, sentences) -> Optional[Event]:
    body = [s for s in segments if s.kind == BODY]
    told = {d.segment for d in dates} | {p.segment for p in places}
    if not any(s.index in told for s in body):
        # A page of photos: the captions tell the event when no paragraph does.
        body = [s for s in segments if s.kind in (BODY, CAPTION)]
    if not body:
        return None
    body_idx = {s.index for s in body}
    # A cited document's date ("Kế hoạch số 249-KH/UBKTTW, ngày 24-7-2025") is not the event's.
    cited = [(r.start, r.end) for r in doc.results.get("references", ())]
    body_dates = [d for d in dates if d.segment in body_idx and d.precision in ("day", "month")
                  and not any(a <= d.start <= b + 3 for a, b in cited)
                  and not _not_the_event_s(doc, d)]
    body_places = [p for p in places if p.segment in body_idx]
    date = body_dates[0] if body_dates else _event_year(doc, dates, body)
    # The event sentence: the one holding the date, else the first body sentence. A lead
    # that repeats the date ("Sáng nay, …" twice: sapo, then body) may name the place
    # only the second time: the first sentence of that date naming a place below the
    # province is the event sentence then.
    # "Cũng trong chiều 22/2, tại …" opens another event of the same day, not a repeat.
    same_day = [d for d in body_dates if date and d.edtf == date.edtf
                and (d is date or not _ALSO.search(doc.key, max(0, d.start - 14), d.start))] or [date]
    spans = []
    for d in same_day:
        anchor = d.start if d else body[0].start
        sent = next((s for s in sentences if s.start <= anchor < s.end), None)
        spans.append((sent.start, sent.end) if sent else (body[0].start, body[0].end))
    start, end = spans[0]
    for a, b in spans:
        if any(a <= p.start < b and p.via not in _IMPLIED and p.place.level != "province"
               for p in body_places):
            start, end = a, b
            break
    in_sentence = _where_it_went(doc, [p for p in body_places if start <= p.start < end])
    place, province, inferred = _place_and_province(in_sentence, body_places)
    if province is None:
        # The headline may name where it happened ("… kiểm tra … tại Thanh Hóa").
        headline = [p for p in places if p.segment in {g.index for g in segments
                                                       if g.kind == HEADLINE}
                    and p.via == "name"]
        if headline:
            _, province, inferred = _place_and_province(headline, headline)
    if province is None:
        province = _home_province(doc, body, date)
        inferred = province is not None
    return Event(start, end, (date.segment if date else body[0].index), True,
                 _kind(doc, start, end), date, place, province, inferred)


# Words that lead to where the action happened: "thăm và làm việc tại tỉnh X", "làm việc
# với Công an tỉnh X" (a short body name may stand between).
_WENT_TO = re.compile(r"(?<!\w)(?:tại|thăm(?:,?\s+(?:và\s+)?làm việc)?(?:\s+(?:với|tại))?|"
                      r"làm việc\s+(?:với|tại))\s+(?:[^\s,.;:()]+\s+){0,5}$")


def _where_it_went(doc: Document, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The sentence's places, narrowed to the province the action went to when the sentence
    also names another one: a visiting team's own province ("đoàn công tác của Công an
    tỉnh A … làm việc tại tỉnh B") is not where the event happened."""
    named = [p for p in mentions if p.via in ("name", "party_body")]
    if len({p.place.province_code for p in named}) < 2:
        return mentions
    went = next((p for p in named if _WENT_TO.search(doc.key, max(0, p.start - 60), p.start)),
                None)
    if went is None or any(p.start > went.start
                           and p.place.province_code != went.place.province_code for p in named):
        return mentions  # "làm việc với Đảng bộ tỉnh A và Đảng bộ tỉnh B": it went to both
    return [p for p in mentions
            if p.via == "venue" or p.place.province_code == went.place.province_code]


# "Công an tỉnh", "UBND tỉnh": a body of a province the article does not name.
_BARE_PROVINCE = re.compile(r"(?<!\w)(?<!các )tỉnh(?=\s*[,.;:)]|\s+[a-zà-ỹđ])")
# The site of a provincial party paper: "baohatinh.vn", "baoquangnam.vn".
_PROVINCIAL_SITE = re.compile(r"^(?:[a-z0-9-]+\.)?bao(?P<slug>[a-z]+)\.(?:com\.vn|org\.vn|vn)$")


def _home_province(doc: Document, body: list[Segment], date) -> Optional[PlaceMention]:
    """The province of a provincial paper's own site, for an event whose bodies are
    written ``… tỉnh`` with no name (``Bộ Chỉ huy Quân sự tỉnh``): inferred, and only when
    the article names no province at all."""
    from urllib.parse import urlparse

    from ..link.gazetteer import LEGACY, NEW, compact_key, get_gazetteer

    url = doc.meta.url
    host = urlparse(url).hostname if url else None
    found = _PROVINCIAL_SITE.match(host or "")
    if found is None:
        return None
    bare, seg = next(((m, s) for s in body for m in _BARE_PROVINCE.finditer(doc.text, s.start, s.end)),
                     (None, None))
    if bare is None:
        return None
    recent = date is not None and date.year is not None and (date.year, date.month or 1) >= (2025, 7)
    gaz = get_gazetteer()
    for era in ((NEW, LEGACY) if recent else (LEGACY, NEW)):
        for prov in gaz.provinces(era):
            if compact_key(prov.short_name) == found.group("slug"):
                return PlaceMention(bare.start(), bare.end(), seg.index,
                                    doc.text[bare.start():bare.end()], prov, 100.0, "site")
    return None


# A deadline ("hoàn thành trước ngày 30/5", "diễn ra đến ngày 15/5") or an anniversary's
# span ("Ngày truyền thống (3/3/1959 - 3/3/2020)") does not date the event.
_DEADLINE_BEFORE = re.compile(r"(?<!\w)(?:đến|tới|trước|hạn|chậm nhất)\s+$")
_ANNIVERSARY_BEFORE = re.compile(
    r"(?:kỷ niệm|truyền thống|thành lập|ngày sinh)[^.;]{0,80}\(\s*(?:[\d/.\-]+\s*[-–]\s*)?$")


def _not_the_event_s(doc: Document, d: DateMention) -> bool:
    before = doc.key[max(0, d.start - 100):d.start]
    if _DEADLINE_BEFORE.search(before[-14:]) or _ANNIVERSARY_BEFORE.search(before):
        return True
    # A span of months is a period reviewed or planned ("từ tháng 1/2016 đến tháng 5/2018").
    return d.precision == "month" and "/" in d.edtf


def _event_year(doc: Document, dates, body: list[Segment]) -> Optional[DateMention]:
    """An event dated only by a year said as the time of the action (``Trong năm 2023,
    đoàn đã …``) takes it, with year precision; a programme's, a plan's or a term's year
    (``kế hoạch kiểm tra năm 2024``) is not the event's date."""
    starts = {s.index: s.start for s in body}
    for d in dates:
        if d.segment not in starts or d.precision != "year" or "/" in d.edtf:
            continue
        if d.year_source == "relative" or d.modifier:
            continue
        # The clause before the year, from the paragraph's start at most.
        before = "\n" + doc.key[max(starts[d.segment], d.start - 40):d.start]
        if _DURING.search(before):
            return d
    return None


def _place_and_province(local: list[PlaceMention], context: list[PlaceMention]):
    """(place, province, inferred) from the mentions of the event sentence, else its context."""
    venues = [p for p in local if p.via == "venue"]
    if venues:  # "tại Trụ sở Trung ương Đảng" says where, whatever provinces the bodies name
        return None, venues[0], True
    named = [p for p in local if p.via not in _IMPLIED]
    place = None
    lower = [p for p in named if p.place.level != "province"]
    if lower:
        place = min(lower, key=lambda p: (_LEVEL_RANK[p.place.level], p.start))
    provinces = [p for p in named if p.place.level == "province"]
    if place is not None:
        same = [p for p in provinces if p.place.province_code == place.place.province_code]
        return place, (same[0] if same else _province_of(place)), False
    if provinces:
        return None, provinces[0], False
    bodies = [p for p in local if p.via in _IMPLIED] or [
        p for p in context if p.via in _IMPLIED
    ]
    if len({p.place.province_code for p in bodies}) > 1:
        # "… làm việc với Đảng bộ TP. A và Đảng bộ tỉnh B": several provinces, none the event's.
        return None, None, False
    if bodies:
        body = bodies[0]
        return None, (body if body.place.level == "province" else _province_of(body)), True
    return None, None, False


def _province_of(mention: PlaceMention) -> PlaceMention:
    """The province of a lower unit, as a mention sharing the unit's span."""
    from ..link.gazetteer import get_gazetteer

    province = get_gazetteer().province_by_code(mention.place.province_code, mention.place.era)
    if province is None:
        return mention
    return PlaceMention(mention.start, mention.end, mention.segment, mention.surface, province,
                        mention.score, "parent")


def _kind(doc: Document, start: int, end: int) -> str:
    # "Ủy ban Kiểm tra" is a body's name, not the activity.
    key = _COMMITTEE_NAMES.sub(" ", doc.key[start:end])
    for kind, pattern in _KINDS:
        if pattern.search(key):
            return kind
    return "event"
