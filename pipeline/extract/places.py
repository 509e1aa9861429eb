"""Places named or implied in an article, linked to the gazetteer (SPEC §2, Places).

Three ways a place shows up in the text:

- a **typed** mention: a unit type word, then the name as a run of capitalised
  syllables: ``tỉnh Đắk Lắk``, ``thành phố Buôn Ma Thuật``, ``TP. Hồ Chí Minh``,
  ``huyện Mường Tè``, ``xã Trường Hà``, ``Phường 1``;
- a **party or state body** that implies its place (``via="party_body"``):
  ``Tỉnh ủy Quảng Ninh``, ``Huyện ủy Cư M’Gar``, ``Thành ủy Buôn Ma Thuột``,
  ``UBND tỉnh Gia Lai``, ``Đảng bộ tỉnh Lai Châu``;
- a province in **parentheses** after a place (``xã Trường Hà (Cao Bằng)``,
  ``via="parenthetical"``), and a **bare** province name, only when a whole
  capitalised run is exactly a province (``Quảng Ninh là địa bàn…``).

A run of places written one after the other (``thành phố Buôn Ma Thuật, tỉnh
Đắk Lắk``; ``xã A, huyện B, tỉnh C``; ``xã A (C)``) is resolved from the last,
the province, to the first, each lower unit inside the unit after it, so that
fuzzy matching of a misspelling only looks inside that province. A lower unit
that stays unresolved (or ambiguous) is retried inside the single province the
rest of its part of the article names, if there is exactly one.

Units are those in force at the article's date: the first dated mention of the
segment's part of the article (the main text, or one teaser of the "Có thể bạn
quan tâm" block) before 1 July 2025 → the legacy 63-province units, from then
on → the 2025 units; with no dated year, legacy first, then 2025. A name found
only in the other era (``tỉnh Quảng Bình`` in a 2026 article) still resolves,
on an exact match only. Every legacy place carries its 2025 ``successor``.
"""

from __future__ import annotations

import heapq
import re
from functools import cache
from dataclasses import dataclass, field
from typing import Iterable, Optional

from ..document import Document
from ..records import DateMention, PlaceMention, Segment
from ..link.gazetteer import (
    DISTRICT,
    LEGACY,
    NEW,
    PROVINCE,
    Gazetteer,
    Place,
    canonical_type,
    compact_key,
    get_gazetteer,
)

_TYPE_WORDS = r"thành phố|thị xã|thị trấn|đặc khu|tỉnh|huyện|quận|xã|phường|tp"
_AFTER_TYPE = r"(?:\.[ ]*|[ ]+)"
# On doc.key (lower case, NBSP → space, modern tone placement).
_TYPED = re.compile(rf"(?<!\w)({_TYPE_WORDS}){_AFTER_TYPE}")
_BODY = re.compile(
    r"(?<!\w)(tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|đảng ủy|đảng bộ|ubnd|hđnd|"
    r"ủy ban nhân dân|hội đồng nhân dân|"
    # Provincial forces named with their province: "Bộ Chỉ huy BĐBP Bình Định".
    rf"công an|bộ chỉ huy (?:quân sự|bđbp|bộ đội biên phòng)|bộ chqs)[ ]+(?:({_TYPE_WORDS}){_AFTER_TYPE})?"
)
# The unit type a body implies when no type word follows it.
_BODY_TYPES = {
    "tỉnh ủy": "Tỉnh",
    "thành ủy": "Thành phố",
    "huyện ủy": "Huyện",
    "quận ủy": "Quận",
    "thị ủy": "Thị xã",
}
_NUMBERED_TYPES = frozenset({"Quận", "Phường"})  # "Quận 1", "Phường 3"

# On doc.text: one syllable (apostrophes allowed inside: M’Gar, H'leo) and the
# separators allowed inside a name (spaces, a hyphen as in "Bà Rịa - Vũng Tàu").
_SYL = re.compile(r"[^\W_](?:\w|['’ʼ](?=\w))*")
_SEP = re.compile(r"[ \u00a0]*[-–][ \u00a0]*|[ \u00a0]+")
# The first capital of a syllable that is not glued to a word or an apostrophe before it:
# only these can open a bare name, and lower-case syllables are most of a text.
_CAPITAL_START = re.compile(
    r"(?<![^\W_])(?<!['’])(?<!\wʼ)[%s]"
    % re.escape("".join(c for c in map(chr, range(0x10000)) if c.isupper()))
)
_OPEN_PAREN = re.compile(r"[ \u00a0]*\([ \u00a0]*")
_CLOSE_PAREN = re.compile(r"[ \u00a0]*\)")
# Text allowed between two places of one address: "X, tỉnh Y", "X - Y", "X (Y".
_CHAIN_GAP = re.compile(r"[\s,\-–(]*")

MAX_SYLLABLES = 6
MAX_BARE_SYLLABLES = 5
# Capitalised words that start a sentence before a bare province name: "Tại Quảng Ninh, …".
_LEAD_WORDS = frozenset(
    "tai o ve tu den toi sang voi cho trong ngoai theo va cua tham rieng nhu".split()
)
# Province names that also name a person (Chủ tịch Hồ Chí Minh, tư tưởng Hồ Chí Minh):
# never a place when written bare, only with a type word (TP. Hồ Chí Minh).
_BARE_EXCLUDED = frozenset({"hochiminh"})


@dataclass
class _Raw:
    """A candidate place before resolution."""

    start: int  # start of the whole trigger (type word, body) or of the name
    extent: int  # end of everything the trigger claims (name run, closing parenthesis)
    spans: list[tuple[int, int]]  # syllables of the name run
    segment: int
    via: str
    unit_type: Optional[str] = None
    level: Optional[str] = None
    exact_only: bool = False
    result: Optional[tuple[Place, float, int]] = None  # place, score, syllables used
    had_context: bool = False
    group: object = None

    @property
    def province_only(self) -> bool:
        return self.level == PROVINCE or self.unit_type == "Tỉnh"


@dataclass
class _Resolver:
    gaz: Gazetteer
    text: str
    _pred: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    def _codes(self, ctx: Optional[Place], era: str) -> list[Optional[str]]:
        """Province codes of ``ctx`` in ``era`` (its successor or predecessors across eras)."""
        if ctx is None:
            return [None]
        if ctx.era == era:
            return [ctx.province_code]
        if ctx.era == LEGACY:
            succ = self.gaz.successor(ctx)
            return [succ.province_code] if succ is not None else []
        key = (ctx.era, ctx.province_code)
        if key not in self._pred:
            prov = self.gaz.province_by_code(ctx.province_code, ctx.era)
            self._pred[key] = [p.code for p in self.gaz.predecessors(prov)] if prov else []
        return list(self._pred[key])

    def resolve(
        self,
        raw: _Raw,
        plan: list[tuple[str, bool]],
        province: Optional[Place] = None,
        district: Optional[Place] = None,
        level: Optional[str] = None,
        whole: bool = False,
    ) -> Optional[tuple[Place, float, int]]:
        """Resolve ``raw``, trying its longest name first, inside ``province`` when given.

        ``whole``: only the whole of ``raw``, none of its shorter beginnings.
        """
        level = level or raw.level
        shortest = len(raw.spans) if whole else 1
        for k in range(len(raw.spans), shortest - 1, -1):
            surface = self.text[raw.spans[0][0] : raw.spans[k - 1][1]]
            for era, fuzzy in plan:
                if fuzzy and raw.exact_only:
                    continue
                found: dict[tuple[str, str, str], tuple[Place, float]] = {}
                for code in self._codes(province, era):
                    dcode = (
                        district.code
                        if district is not None and district.era == era and code is not None
                        else None
                    )
                    hit = self.gaz.lookup(
                        surface,
                        level,
                        era=era,
                        province_code=code,
                        unit_type=raw.unit_type,
                        district_code=dcode,
                        fuzzy=fuzzy,
                    )
                    if hit is not None:
                        found[(hit[0].era, hit[0].level, hit[0].code)] = hit
                if len(found) == 1:
                    place, score = next(iter(found.values()))
                    return place, score, k
        return None


def _name_run(text: str, pos: int, end: int, numbered: bool = False, limit: int = MAX_SYLLABLES):
    """Syllable spans of the capitalised run starting at ``pos`` (empty when none)."""
    spans: list[tuple[int, int]] = []
    i = pos
    while len(spans) < limit and i < end:
        m = _SYL.match(text, i, end)
        if not m:
            break
        tok = m.group()
        if tok[0].isdigit():
            if not (tok.isdigit() and len(tok) <= 2 and (spans or numbered)):
                break
        elif not tok[0].isupper():
            break
        spans.append((m.start(), m.end()))
        sep = _SEP.match(text, m.end(), end)
        if not sep:
            break
        i = sep.end()
    return spans


def _era_of(d: DateMention) -> Optional[str]:
    if d.year is None:
        return None
    if d.year < 2025 or (d.year == 2025 and d.month is not None and d.month < 7):
        return LEGACY
    if d.year > 2025 or (d.month is not None and d.month >= 7):
        return NEW
    return None  # "năm 2025": either side of the reform


def _group_of(seg: Segment) -> object:
    """The part of the article a segment belongs to: the main text, or one teaser."""
    return ("related", seg.teaser) if seg.is_related else "main"


def _eras(
    segments: tuple[Segment, ...], dates: tuple[DateMention, ...]
) -> dict[object, Optional[str]]:
    """The era of each part of the article, from its first dated mention."""
    by_index = {s.index: s for s in segments}
    firsts: dict[object, tuple[Optional[DateMention], Optional[DateMention]]] = {}
    for d in sorted(dates, key=lambda d: (d.segment, d.start)):
        seg = by_index.get(d.segment)
        if seg is None or d.year is None:
            continue
        group = _group_of(seg)
        full, year_only = firsts.get(group, (None, None))
        if d.month is not None and full is None:
            full = d
        if year_only is None:
            year_only = d
        firsts[group] = (full, year_only)
    return {g: _era_of(full or year_only) for g, (full, year_only) in firsts.items()}


def _plan(era: Optional[str]) -> list[tuple[str, bool]]:
    """(era, fuzzy) lookups in the order they are tried."""
    if era is None:
        return [(LEGACY, False), (NEW, False), (LEGACY, True), (NEW, True)]
    other = NEW if era == LEGACY else LEGACY
    return [(era, False), (other, False), (era, True)]


def _triggers(doc: Document, seg: Segment) -> list[_Raw]:
    """Typed, party-body and parenthetical candidates of one segment."""
    text, key = doc.text, doc.key
    raws: list[_Raw] = []
    claimed = _Claimed()

    def add(start: int, name_at: int, via: str, utype: Optional[str], level=None, exact=False):
        spans = _name_run(text, name_at, seg.end, numbered=utype in _NUMBERED_TYPES)
        if not spans:
            return
        raw = _Raw(start, spans[-1][1], spans, seg.index, via, utype, level, exact)
        raws.append(raw)
        claimed.add(start, raw.extent)
        # "xã Trường Hà (Cao Bằng)": the province in parentheses.
        op = _OPEN_PAREN.match(text, raw.extent, seg.end)
        if op:
            inner = _name_run(text, op.end(), seg.end)
            cl = _CLOSE_PAREN.match(text, inner[-1][1], seg.end) if inner else None
            if cl:
                raws.append(
                    _Raw(inner[0][0], cl.end(), inner, seg.index, "parenthetical", level=PROVINCE)
                )
                claimed.add(raw.extent, cl.end())

    for m in _BODY.finditer(key, seg.start, seg.end):
        body, tword = m.group(1), m.group(2)
        if tword:
            utype = canonical_type(tword)
            add(m.start(), m.end(), "party_body", utype)
        elif body in _BODY_TYPES:
            add(m.start(), m.end(), "party_body", _BODY_TYPES[body])
        else:  # Đảng ủy X, UBND X: only when X is exactly a province
            add(m.start(), m.end(), "party_body", None, level=PROVINCE, exact=True)
    for m in _TYPED.finditer(key, seg.start, seg.end):
        if claimed.reach(m.start()) > m.start():
            continue
        tword = m.group(1)
        if tword == "tp" and not text[m.start()].isupper():
            continue
        add(m.start(), m.end(), "name", canonical_type(tword))
    raws.sort(key=lambda r: r.start)
    return raws


class _Claimed:
    """Claimed spans asked about at positions that never decrease, in time linear in both.

    ``reach(pos)`` is the furthest end of the spans starting at or before ``pos``
    (``strict``: before it): a span holds ``pos`` when that end is past it.
    """

    def __init__(self, spans: Iterable[tuple[int, int]] = (), strict: bool = False) -> None:
        self._waiting = list(spans)
        heapq.heapify(self._waiting)
        self._strict = strict
        self._end = -1

    def add(self, start: int, end: int) -> None:
        heapq.heappush(self._waiting, (start, end))

    def reach(self, pos: int) -> int:
        waiting = self._waiting
        while waiting and (waiting[0][0] < pos or not self._strict and waiting[0][0] == pos):
            self._end = max(self._end, heapq.heappop(waiting)[1])
        return self._end


def _sentence_start(text: str, seg_start: int, pos: int) -> bool:
    """Whether ``pos`` starts a sentence (or the segment): its capital is not a name's."""
    # A short window is enough (and keeps this linear in the segment's length).
    before = text[max(seg_start, pos - 12):pos].rstrip(" \u00a0\"“”'‘’")
    if not before and pos - 12 > seg_start:
        before = text[seg_start:pos].rstrip(" \u00a0\"“”'‘’")
    return not before or before[-1] in ".!?:;(\n-–"


def _bare(doc: Document, seg: Segment, claimed: list[tuple[int, int]]) -> list[list[_Raw]]:
    """Capitalised runs that may be a bare province name, each with its alternatives.

    The whole run first, then, when the run starts a sentence with a word such
    as ``Tại``, the run without it.
    """
    text = doc.text
    out: list[list[_Raw]] = []
    pos = seg.start
    claimed = _Claimed(claimed, strict=True)
    for m in _CAPITAL_START.finditer(text, seg.start, seg.end):
        if m.start() < pos:
            continue
        spans = _name_run(text, m.start(), seg.end, limit=MAX_BARE_SYLLABLES + 2)
        if not spans:
            continue
        pos = spans[-1][1]
        if claimed.reach(pos) > spans[0][0]:
            continue
        candidates = [spans]
        lead = doc.fold[spans[0][0] : spans[0][1]]
        starts = _sentence_start(text, seg.start, spans[0][0])
        if len(spans) > 1 and lead in _LEAD_WORDS and starts:
            candidates.append(spans[1:])
        alternatives = []
        for sp in candidates:
            if len(sp) > MAX_BARE_SYLLABLES:
                continue
            surface = compact_key(text[sp[0][0] : sp[-1][1]])
            if surface in _BARE_EXCLUDED or any(text[a:b].isdigit() for a, b in sp):
                continue
            before = text[max(seg.start, sp[0][0] - 8) : sp[0][0]].rstrip(" \u00a0")
            after = text[sp[-1][1] : min(seg.end, sp[-1][1] + 8)].lstrip(" \u00a0")
            via = "parenthetical" if before.endswith("(") and after.startswith(")") else "name"
            alternatives.append(
                _Raw(sp[0][0], sp[-1][1], sp, seg.index, via, level=PROVINCE, exact_only=True)
            )
        if alternatives:
            out.append(alternatives)
    return out


def _resolve_bare(res: _Resolver, alternatives: list[_Raw], plan) -> Optional[_Raw]:
    """The first alternative that is exactly a province's own name (not an alias)."""
    for raw in alternatives:
        hit = res.resolve(raw, plan, whole=True)
        if hit is None:
            continue
        surface = compact_key(res.text[raw.spans[0][0] : raw.spans[-1][1]])
        if surface == compact_key(hit[0].short_name) or len(raw.spans) >= 3:
            raw.result = hit
            return raw
    return None


def _chains(raws: list[_Raw], text: str) -> list[list[_Raw]]:
    """Split candidates into addresses: places separated only by commas, dashes, spaces."""
    chains: list[list[_Raw]] = []
    for raw in raws:
        if chains:
            prev = chains[-1][-1]
            gap = text[prev.spans[-1][1] : raw.start]
            if prev.segment == raw.segment and _CHAIN_GAP.fullmatch(gap):
                chains[-1].append(raw)
                continue
        chains.append([raw])
    return chains


def _province_of(gaz: Gazetteer, place: Place) -> Optional[Place]:
    if place.level == PROVINCE:
        return place
    return gaz.province_by_code(place.province_code, place.era)


def _resolve_chain(res: _Resolver, chain: list[_Raw], plan: list[tuple[str, bool]]) -> None:
    province: Optional[Place] = None
    district: Optional[Place] = None
    for raw in reversed(chain):
        if raw.province_only:
            raw.result = res.resolve(raw, plan)
        else:
            raw.had_context = province is not None
            raw.result = res.resolve(raw, plan, province, district)
            if raw.result is None and province is not None and raw.unit_type in (None, "Thành phố"):
                # "thành phố Hà Nội, tỉnh Hải Dương": a list, not an address.
                raw.result = res.resolve(raw, plan, level=PROVINCE)
        if raw.result is None:
            continue
        place = raw.result[0]
        if place.level == PROVINCE:
            province, district = place, None
        elif place.level == DISTRICT:
            district = place
            if province is None:
                province = _province_of(res.gaz, place)


def _claims(raws: list[_Raw]) -> list[tuple[int, int]]:
    return [(r.start, r.extent) for r in raws]


def find_places(doc: Document) -> tuple[PlaceMention, ...]:
    """Every place named or implied in ``doc``'s segments, resolved in the gazetteer.

    Reads ``doc.get("segments")`` and, when present, ``doc.get("dates")`` (the
    era of each part of the article). Unresolved candidates are dropped.
    """
    segments: tuple[Segment, ...] = tuple(doc.get("segments"))
    dates: tuple[DateMention, ...] = tuple(doc.results.get("dates", ()))
    gaz = get_gazetteer()
    res = _Resolver(gaz, doc.text)
    eras = _eras(segments, dates)

    everything: list[_Raw] = []
    for seg in segments:
        group = _group_of(seg)
        plan = _plan(eras.get(group))
        raws = _triggers(doc, seg)
        for chain in _chains(raws, doc.text):
            _resolve_chain(res, chain, plan)
        bare = []
        for alternatives in _bare(doc, seg, _claims(raws)):
            found = _resolve_bare(res, alternatives, plan)
            if found is not None:
                bare.append(found)
        for raw in raws + bare:
            raw.group = group
        everything.extend(raws + bare)

    # Lower units left over: retry inside the one province their part of the article names.
    provinces: dict[object, dict[tuple[str, str], Place]] = {}
    for raw in everything:
        if raw.result is not None:
            prov = _province_of(gaz, raw.result[0])
            if prov is not None:
                provinces.setdefault(raw.group, {})[(prov.era, prov.code)] = prov
    for raw in everything:
        if raw.result is not None or raw.province_only or raw.had_context:
            continue
        known = provinces.get(raw.group, {})
        if len(known) == 1:
            raw.result = res.resolve(raw, _plan(eras.get(raw.group)), next(iter(known.values())))

    out: set[PlaceMention] = set(_aliases(doc, segments, gaz, eras))
    for raw in everything:
        if raw.result is None:
            continue
        place, score, k = raw.result
        start, end = raw.spans[0][0], raw.spans[k - 1][1]
        out.add(
            PlaceMention(
                start=start,
                end=end,
                segment=raw.segment,
                surface=doc.text[start:end],
                place=place,
                score=score,
                via=raw.via,
                successor=gaz.successor(place) if place.era == LEGACY else None,
            )
        )
    return tuple(sorted(out))


@cache
def _alias_pattern() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """One alternation of every alias (longest first) and each alias's (province code, kind)."""
    from .. import lexicons
    from ..text.normalize import match_key

    table = {}
    for alias, code, kind in lexicons.rows("place_aliases.tsv"):
        table[" ".join(match_key(alias).split())] = (code, kind)
    alts = "|".join(r"\s+".join(map(re.escape, a.split())) for a in sorted(table, key=len,
                                                                          reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)"), table


_AT_VENUE = re.compile(r"(?<!\w)(?:tại|ở)\s+$")


def _aliases(doc: Document, segments, gaz: Gazetteer, eras) -> list[PlaceMention]:
    """``TPHCM`` (a province abbreviated, ``via="name"``) and national venues such as
    ``Trụ sở Trung ương Đảng`` (``via="venue"``: the province is implied)."""
    pattern, table = _alias_pattern()
    out = []
    for m in pattern.finditer(doc.key):
        seg = next((s for s in segments if s.start <= m.start() < s.end), None)
        if seg is None or m.end() > seg.end:
            continue
        code, kind = table[" ".join(m.group().split())]
        if kind == "venue" and not _AT_VENUE.search(doc.key, max(seg.start, m.start() - 8),
                                                    m.start()):
            continue  # "Giám đốc Học viện …" names the body, not where one is
        era = _plan(eras.get(_group_of(seg)))[0][0]
        place = gaz.province_by_code(code, era)
        if place is None:
            continue
        out.append(PlaceMention(start=m.start(), end=m.end(), segment=seg.index,
                                surface=doc.text[m.start():m.end()], place=place,
                                via="name" if kind == "name" else "venue",
                                successor=gaz.successor(place) if place.era == LEGACY else None))
    return out
