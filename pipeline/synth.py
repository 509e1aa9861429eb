"""A synthetic corpus with ground truth, for tests and ``make bench`` (SPEC §9).

:func:`write_corpus` writes ``n`` articles of the genre (central inspection,
supervision and working teams with provincial party committees) as
``synth_00000.txt`` …, each with ``synth_00000.gold.json`` beside it in the
shape of the seed gold files (plus a ``person_key`` on every person), and for
about a third of them a sidecar ``synth_00000.meta.json`` (``url``,
``published`` a day or two after the event).

The people come from a simulated population: every province (and every
central body the teams come from) has posts — Bí thư Tỉnh ủy, Phó Bí thư
Thường trực, Chủ tịch UBND, heads of the committee's boards, police and
military chiefs; Trưởng Ban, Phó Trưởng Ban, Vụ trưởng … of the central
bodies — whose holders change over 2019–2025: a deputy is promoted, a
standing deputy moves to lead another province, a provincial leader moves to
a central body, others retire (later written ``nguyên …``) and some die
(``cố …``); officers' ranks rise. About 3 % of the people share their exact
name with someone of another province (a different ``person_key``). An
article written in the old tone placement (``Tỉnh uỷ``, ``Hoà``) has its gold
strings written the same way.

Gold conventions (those of the seed gold files): every named person once
per article, photographers excluded; titles in order of first appearance, as
written, qualifiers ``cố``/``nguyên`` kept, a title written again for the same
(position, organization) kept in its first wording; ``resolved_orgs`` for
each title whose organization is left implicit; ``rank`` as written (or
null); ``deceased`` only for a person written with ``cố``; people of the
"Có thể bạn quan tâm" teasers have segment ``related``, side ``other`` and
role null, and their dates never feed the main event.

Everything is drawn from ``random.Random(seed)``: the same seed gives the
same bytes. Articles are streamed out one at a time.
"""

from __future__ import annotations

import heapq
import json
import queue
import random
import re
import threading
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from . import lexicons
from .text.normalize import fold_key, match_key

__all__ = ["CorpusSummary", "old_tone", "write_corpus"]

START = date(2019, 1, 1).toordinal()  # first event day
END = date(2025, 6, 30).toordinal()  # last event day (legacy administrative units)
CONGRESS_XIII = date(2021, 1, 31).toordinal()  # a new Central Committee

RANKS = ("Thượng tá", "Đại tá", "Thiếu tướng", "Trung tướng", "Thượng tướng", "Đại tướng")
_RANK_INDEX = {r: i for i, r in enumerate(RANKS)}


# ============================================================================ public


@dataclass(frozen=True)
class CorpusSummary:
    """What :func:`write_corpus` wrote.

    ``articles``: articles written; ``persons``: distinct people (person keys)
    named in them; ``collisions``: names that two or more of those people
    share (different person keys, same name up to tone placement);
    ``out_dir``: where the files are.
    """

    articles: int
    persons: int
    collisions: int
    out_dir: Path


def write_corpus(out_dir: Path, n: int, seed: int) -> CorpusSummary:
    """Write ``n`` synthetic articles with their gold files into ``out_dir``.

    Files: ``synth_NNNNN.txt`` (the article, UTF-8, NFC), ``synth_NNNNN.gold.json``
    (its facts, in the shape of the seed gold files, with a ``person_key`` on
    every person: the same key is the same individual across articles), and
    for about a third of the articles ``synth_NNNNN.meta.json``
    (``{"url", "published"}``). Deterministic for a given ``seed``; the
    population of people is built first (about one person per four articles,
    at least a few dozen), then the articles are written one by one. Files of
    this naming left in ``out_dir`` by an earlier, larger corpus are removed.
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    world = _World(rng, n)
    seen: dict[str, str] = {}  # person key -> name key
    width = max(5, len(str(max(n - 1, 0))))
    with _Writer() as writer:
        for i in range(n):
            stem = f"synth_{i:0{width}d}"
            text, gold, meta = _Article(world, rng, stem).build()
            writer.put(out_dir / f"{stem}.txt", text)
            writer.put(out_dir / f"{stem}.gold.json", _gold_json(gold))
            writer.put(out_dir / f"{stem}.meta.json",
                       None if meta is None else json.dumps(meta, ensure_ascii=False) + "\n")
            for person in gold["people"]:
                seen.setdefault(person["person_key"], _key(person["name"]))
    # Articles of an earlier, larger corpus written here would be ingested with this one.
    for path in out_dir.iterdir():
        m = _OUR_FILE.match(path.name)
        if m and (len(m.group(1)) != width or int(m.group(1)) >= n):
            path.unlink()
    names: dict[str, int] = {}
    for name_key in seen.values():
        names[name_key] = names.get(name_key, 0) + 1
    collisions = sum(1 for count in names.values() if count > 1)
    return CorpusSummary(articles=n, persons=len(seen), collisions=collisions, out_dir=out_dir)


_OUR_FILE = re.compile(r"^synth_(\d+)\.(?:txt|gold\.json|meta\.json)$")


class _Writer:
    """Writes files on two background threads (file creation is slow on some disks), with
    a bounded queue so memory stays constant; ``None`` content removes a stale file."""

    def __init__(self, threads: int = 2, depth: int = 512) -> None:
        self._queue: queue.Queue = queue.Queue(maxsize=depth)
        self._errors: list[BaseException] = []
        self._threads = [threading.Thread(target=self._run, daemon=True) for _ in range(threads)]

    def __enter__(self) -> _Writer:
        for t in self._threads:
            t.start()
        return self

    def put(self, path: Path, content: str | None) -> None:
        if self._errors:
            raise self._errors[0]
        self._queue.put((path, content))

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            path, content = item
            try:
                if content is None:
                    path.unlink(missing_ok=True)
                else:
                    with open(path, "w", encoding="utf-8", newline="\n") as f:
                        f.write(content)
            except BaseException as exc:  # reported by put() or on exit
                self._errors.append(exc)

    def __exit__(self, *exc_info) -> None:
        for _ in self._threads:
            self._queue.put(None)
        for t in self._threads:
            t.join()
        if self._errors and exc_info[0] is None:
            raise self._errors[0]


def _gold_json(gold: dict) -> str:
    """The gold file laid out like the seed gold files (one person a line); fast, since
    only the C encoder is used."""
    enc = _ENC.encode
    lines = []
    for k, v in gold.items():
        if k == "main_event":
            inner = ",\n".join(f"    {enc(k2)}: {enc(v2)}" for k2, v2 in v.items())
            lines.append(f'  "main_event": {{\n{inner}\n  }}')
        elif k in ("people", "related_events") and v:
            items = ",\n    ".join(enc(x) for x in v)
            lines.append(f"  {enc(k)}: [\n    {items}\n  ]")
        else:
            lines.append(f"  {enc(k)}: {enc(v)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


_ENC = json.JSONEncoder(ensure_ascii=False)


@cache
def _key(text: str) -> str:
    """``match_key``, memoized: names and titles recur a great deal."""
    return match_key(text)


# Precomposed vowels with a tone, and the letter the tone moves to (o → a/e, u → y).
_TONED_O = dict(zip("òóõỏọÒÓÕỎỌ", "\u0300\u0301\u0303\u0309\u0323" * 2, strict=True))
_TONED_U = dict(zip("ùúũủụÙÚŨỦỤ", "\u0300\u0301\u0303\u0309\u0323" * 2, strict=True))
# A syllable ending in oa/oe/uy (not after q) with the tone on its first vowel (modern).
_NEW_TONE = re.compile(
    r"([òóõỏọÒÓÕỎỌ])([aeAE])(?!\w)|(?<![qQ])([ùúũủụÙÚŨỦỤ])([yY])(?!\w)")


def _move_tone(m: re.Match[str]) -> str:
    if m.group(1):
        first, second, tone = m.group(1), m.group(2), _TONED_O[m.group(1)]
    else:
        first, second, tone = m.group(3), m.group(4), _TONED_U[m.group(3)]
    bare = unicodedata.normalize("NFD", first)[0]
    return bare + unicodedata.normalize("NFC", second + tone)


@cache
def _old_tone_cached(text: str) -> str:
    return old_tone(text)


def old_tone(text: str) -> str:
    """``text`` (NFC) in the old tone placement: ``Hòa`` → ``Hoà``, ``Tỉnh ủy`` → ``Tỉnh uỷ``.

    Syllable by syllable, so the result of a substring is a substring of the
    result; the length is unchanged."""
    return _NEW_TONE.sub(_move_tone, text)


# ========================================================================== places


@dataclass(frozen=True)
class _Prov:
    code: str
    name: str  # gazetteer short name
    city: bool  # a centrally run city (Thành ủy, "thành phố X")
    capital: tuple[str, str] | None  # (type word, name) of a place to hold events in
    districts: tuple[tuple[str, str], ...]  # (party committee word, name)
    ethnic: tuple[str, ...]  # minority name groups common here
    misspelt: tuple[str, ...] = ()  # misspellings of the capital the gazetteer still resolves

    @property
    def committee(self) -> str:
        return "Thành ủy" if self.city else "Tỉnh ủy"

    @property
    def admin(self) -> str:
        return "thành phố" if self.city else "tỉnh"

    @property
    def written(self) -> str:
        return f"{self.admin} {self.name}"


def _misspellings(name: str) -> list[str]:
    """Common misspellings of ``name``: ``uô`` written ``uâ`` (``Buôn Ma Thuột`` →
    ``Buôn Ma Thuật``), ``ô`` written ``ơ``, or the hỏi/ngã tones confused (``Phủ Lý`` →
    ``Phũ Lý``)."""
    chars = [unicodedata.normalize("NFD", c) for c in name]
    out: list[str] = []
    for i, c in enumerate(chars):
        base, marks = c[:1], c[1:]
        variants = []
        if base.lower() == "o" and "\u0302" in marks:
            if i and chars[i - 1][:1].lower() == "u":
                variants.append("a" + marks)
            variants.append("o" + marks.replace("\u0302", "\u031b"))
        if "\u0309" in marks:
            variants.append(base + marks.replace("\u0309", "\u0303"))
        elif "\u0303" in marks:
            variants.append(base + marks.replace("\u0303", "\u0309"))
        for v in variants:
            cand = unicodedata.normalize("NFC", "".join(chars[:i]) + v + "".join(chars[i + 1:]))
            if cand != name and cand not in out:
                out.append(cand)
    return out


def _resolves(gaz, written: str, code: str, target: str) -> bool:
    """The gazetteer reads ``written`` (a misspelling) as ``target`` of province ``code``."""
    from .link.gazetteer import LEGACY

    found = gaz.lookup(written, era=LEGACY, province_code=code)
    return bool(found) and found[0].short_name == target and found[0].level == "district"


_DISTRICT_COMMITTEE = {"Huyện": "Huyện ủy", "Thị xã": "Thị ủy", "Thành phố": "Thành ủy",
                       "Quận": "Quận ủy"}


@cache
def _geography() -> tuple[tuple[_Prov, ...], frozenset[str]]:
    """The provinces to write about (legacy era, Huế left out) and the folded names of
    every province and district (which no person may be named)."""
    from .link.gazetteer import DISTRICT, LEGACY, NEW, get_gazetteer

    gaz = get_gazetteer()
    regions: dict[str, list[str]] = {}
    for row in lexicons.rows("synth_names.tsv"):
        if row[0] == "region":
            for code in row[2].split():
                regions.setdefault(code, []).append(row[1])
    capitals: dict[str, tuple[str, str]] = {}
    for code, kind, name in lexicons.rows("synth_places.tsv"):
        found = gaz.lookup(f"{kind} {name}", era=LEGACY, province_code=code, fuzzy=False)
        if found and found[0].level == DISTRICT and found[0].short_name == name:
            capitals[code] = (kind, name)
    districts: dict[str, list[tuple[str, str]]] = {}
    place_keys = set()
    for k in range(1000):
        unit = gaz.unit(DISTRICT, f"{k:03d}", LEGACY)
        if unit is None:
            continue
        place_keys.add(fold_key(unit.short_name))
        committee = _DISTRICT_COMMITTEE.get(unit.unit_type)
        if committee and not any(c.isdigit() or c in "()" for c in unit.short_name):
            districts.setdefault(unit.province_code, []).append((committee, unit.short_name))
    provs = []
    for era in (LEGACY, NEW):
        for p in gaz.provinces(era):
            place_keys.add(fold_key(p.short_name))
    for p in gaz.provinces(LEGACY):
        if p.code == "46":  # Thừa Thiên Huế became a city in 2025: left out
            continue
        city = p.unit_type == "Thành phố"
        local = [d for d in districts.get(p.code, ()) if (d[0] != "Quận ủy") or city]
        capital = capitals.get(p.code)
        misspelt = ()
        if capital:
            misspelt = tuple(m for m in _misspellings(capital[1])
                             if _resolves(gaz, f"{capital[0]} {m}", p.code, capital[1]))
        provs.append(_Prov(p.code, p.short_name, city, capital, tuple(local),
                           tuple(regions.get(p.code, ())), misspelt))
    return tuple(provs), frozenset(place_keys)


# ========================================================================== titles


@dataclass(frozen=True)
class _TW:
    """A title as written in one article: text, identity (for deduplication) and the
    organization it stands for when left implicit."""

    text: str
    ident: tuple
    resolved: str | None = None


@dataclass(frozen=True)
class _Title:
    """A position. Central titles are the whole text; local ones have a ``body``
    (written after the position) and an ``org`` completed with the province."""

    position: str
    body: str = ""
    org: str = ""

    def render(self, prov: _Prov | None, *, explicit: bool = False,
               qualifier: str | None = None) -> _TW:
        return _render(self, prov if self.org else None, explicit, qualifier)

    def _render(self, prov: _Prov | None, explicit: bool, qualifier: str | None) -> _TW:
        if not self.org or prov is None:
            text, ident, resolved = self.position, ("", _key(self.position)), None
        else:
            c, a = prov.committee, prov.admin
            base = f"{self.position} {self.body.replace('{C}', c).replace('{a}', a)}"
            org = f"{self.org.replace('{C}', c).replace('{a}', a)} {prov.name}"
            text = f"{base} {prov.name}" if explicit else base
            ident, resolved = (self.position, org), (None if explicit else org)
        if qualifier:
            text, ident = f"{qualifier} {text}", (qualifier, *ident)
        return _TW(text, ident, resolved)


@cache
def _render(title: _Title, prov: _Prov | None, explicit: bool,
            qualifier: str | None) -> _TW:
    return title._render(prov, explicit, qualifier)


T_UVBCT = _Title("Ủy viên Bộ Chính trị")
T_BTTW = _Title("Bí thư Trung ương Đảng")
T_UVTW = _Title("Ủy viên Trung ương Đảng")
T_UVDK = _Title("Ủy viên dự khuyết Trung ương Đảng")
T_SUB = _Title("Ủy viên Tiểu ban Bảo vệ chính trị nội bộ Trung ương")

L_UVBTV = _Title("Ủy viên", "Ban Thường vụ {C}", "Ban Thường vụ {C}")
L_BT = _Title("Bí thư", "{C}", "{C}")
L_PBTTT = _Title("Phó Bí thư Thường trực", "{C}", "{C}")
L_PBT = _Title("Phó Bí thư", "{C}", "{C}")
L_CTUB = _Title("Chủ tịch", "UBND {a}", "Ủy ban nhân dân {a}")
L_PCTUB = _Title("Phó Chủ tịch", "UBND {a}", "Ủy ban nhân dân {a}")
L_CTHD = _Title("Chủ tịch", "HĐND {a}", "Hội đồng nhân dân {a}")
L_TBTC = _Title("Trưởng Ban Tổ chức", "{C}", "Ban Tổ chức {C}")
L_CNUBKT = _Title("Chủ nhiệm Ủy ban Kiểm tra", "{C}", "Ủy ban Kiểm tra {C}")
L_TBTG = _Title("Trưởng Ban Tuyên giáo", "{C}", "Ban Tuyên giáo {C}")
L_TBDV = _Title("Trưởng Ban Dân vận", "{C}", "Ban Dân vận {C}")
L_TBNC = _Title("Trưởng Ban Nội chính", "{C}", "Ban Nội chính {C}")
L_GDCA = _Title("Giám đốc Công an", "{a}", "Công an {a}")
L_PGDCA = _Title("Phó Giám đốc Công an", "{a}", "Công an {a}")
L_CHTQS = _Title("Chỉ huy trưởng Bộ Chỉ huy Quân sự", "{a}", "Bộ Chỉ huy Quân sự {a}")
L_TDBQH = _Title("Trưởng đoàn đại biểu Quốc hội", "{a}", "Đoàn đại biểu Quốc hội {a}")


# =========================================================================== posts


@dataclass(frozen=True)
class _Slot:
    """A post and how its holders are drawn."""

    titles: tuple[_Title, ...]
    feeders: tuple[str, ...] = ()  # posts of the same unit whose holder may be promoted here
    cc: float = 0.0  # chance a holder is Ủy viên Trung ương Đảng
    alt: float = 0.0  # chance a holder is Ủy viên dự khuyết
    pb: bool = False  # Ủy viên Bộ Chính trị
    bttw: bool = False  # Bí thư Trung ương Đảng
    ranks: tuple[str, ...] = ()  # ranks a holder starts at
    top_rank: str | None = None  # highest rank reached in the post
    sub: bool = False  # member of the Tiểu ban Bảo vệ chính trị nội bộ Trung ương
    recruit: bool = False  # may be filled by a provincial leader (a move to the centre)
    tenure: tuple[int, int] = (550, 1900)  # days


_LOCAL_SLOTS: dict[str, _Slot] = {
    "BT": _Slot((L_BT,), ("PBTTT", "CTUB"), cc=0.8, alt=0.15),
    "PBTTT": _Slot((L_PBTTT,), ("TBTC", "CNUBKT", "TBDV"), cc=0.05, alt=0.1),
    "CTUB": _Slot((L_PBT, L_CTUB), ("PCTUB1",), cc=0.15, alt=0.1),
    "CTHD": _Slot((L_PBT, L_CTHD), ("TBDV", "TBTG")),
    "TBTC": _Slot((L_UVBTV, L_TBTC)),
    "CNUBKT": _Slot((L_UVBTV, L_CNUBKT)),
    "TBTG": _Slot((L_UVBTV, L_TBTG)),
    "TBDV": _Slot((L_UVBTV, L_TBDV)),
    "TBNC": _Slot((L_UVBTV, L_TBNC)),
    "PCTUB1": _Slot((L_UVBTV, L_PCTUB), ("PCTUB2",)),
    "PCTUB2": _Slot((L_PCTUB,)),
    "GDCA": _Slot((L_UVBTV, L_GDCA), ("PGDCA",), ranks=("Đại tá",), top_rank="Thiếu tướng"),
    "PGDCA": _Slot((L_PGDCA,), ranks=("Thượng tá", "Đại tá"), top_rank="Đại tá"),
    "CHTQS": _Slot((L_UVBTV, L_CHTQS), ranks=("Đại tá",), top_rank="Đại tá"),
    # Held before 2019 only (by the elders): the Bí thư who also chaired the council.
    "BTHD": _Slot((L_BT, L_CTHD)),
}
_ELDER_ONLY = ("BTHD",)
_CITY_SKIP = ("CHTQS",)  # Hà Nội and the other cities have a Bộ Tư lệnh instead


def _c(text: str) -> _Title:
    return _Title(text)


_PCT_BVCT = "Phó Cục trưởng Cục Bảo vệ chính trị nội bộ, Ban Tổ chức Trung ương"
_CENTRAL: dict[str, tuple[str, dict[str, _Slot]]] = {
    "BTCTW": ("Ban Tổ chức Trung ương", {
        "TB": _Slot((_c("Trưởng Ban Tổ chức Trung ương"),), ("PTB1", "PTB2"), pb=True,
                    bttw=True),
        "PTB1": _Slot((_c("Phó Trưởng Ban Tổ chức Trung ương"),), ("VT1", "CTBV"), cc=0.6,
                      alt=0.2, sub=True, recruit=True),
        "PTB2": _Slot((_c("Phó Trưởng Ban Tổ chức Trung ương"),), ("VT2", "VT4"), cc=0.5,
                      alt=0.3, recruit=True),
        "PTB3": _Slot((_c("Phó Trưởng Ban Tổ chức Trung ương"),), ("VT3",), cc=0.3, alt=0.3,
                      recruit=True),
        "VT1": _Slot((_c("Vụ trưởng Vụ Địa phương I, Ban Tổ chức Trung ương"),), ("PVT1",)),
        "VT2": _Slot((_c("Vụ trưởng Vụ Địa phương II, Ban Tổ chức Trung ương"),), ("PVT1",)),
        "VT3": _Slot((_c("Vụ trưởng Vụ Địa phương III, Ban Tổ chức Trung ương"),)),
        "VT4": _Slot((_c("Vụ trưởng Vụ Tổ chức - Điều lệ, Ban Tổ chức Trung ương"),), ("PVT2",)),
        "CTBV": _Slot((_c("Cục trưởng Cục Bảo vệ chính trị nội bộ, Ban Tổ chức Trung ương"),),
                      ("PCTBV1", "PCTBV2")),
        "PCTBV1": _Slot((_c(_PCT_BVCT),)),
        "PCTBV2": _Slot((_c(_PCT_BVCT),)),
        "PVT1": _Slot((_c("Phó Vụ trưởng Vụ Địa phương II, Ban Tổ chức Trung ương"),)),
        "PVT2": _Slot((_c("Phó Vụ trưởng Vụ Tổ chức - Điều lệ, Ban Tổ chức Trung ương"),)),
    }),
    "UBKTTW": ("Ủy ban Kiểm tra Trung ương", {
        "CN": _Slot((_c("Chủ nhiệm Ủy ban Kiểm tra Trung ương"),), ("PCN1", "PCN2"), pb=True,
                    bttw=True),
        "PCN1": _Slot((_c("Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương"),), ("UV1",), cc=0.7,
                      alt=0.1, recruit=True),
        "PCN2": _Slot((_c("Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương"),), ("UV2",), cc=0.5,
                      alt=0.2, recruit=True),
        "PCN3": _Slot((_c("Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương"),), ("VT1",), cc=0.3,
                      alt=0.3),
        "UV1": _Slot((_c("Ủy viên Ủy ban Kiểm tra Trung ương"),), ("VT2",)),
        "UV2": _Slot((_c("Ủy viên Ủy ban Kiểm tra Trung ương"),), ("VT3",)),
        "VT1": _Slot((_c("Vụ trưởng Vụ Địa phương I, Ủy ban Kiểm tra Trung ương"),), ("PVT1",)),
        "VT2": _Slot((_c("Vụ trưởng Vụ Địa phương II, Ủy ban Kiểm tra Trung ương"),), ("PVT2",)),
        "VT3": _Slot((_c("Vụ trưởng Vụ Địa phương III, Ủy ban Kiểm tra Trung ương"),)),
        "PVT1": _Slot((_c("Phó Vụ trưởng Vụ Địa phương I, Ủy ban Kiểm tra Trung ương"),)),
        "PVT2": _Slot((_c("Phó Vụ trưởng Vụ Địa phương II, Ủy ban Kiểm tra Trung ương"),)),
    }),
    "BTGTW": ("Ban Tuyên giáo Trung ương", {
        "TB": _Slot((_c("Trưởng Ban Tuyên giáo Trung ương"),), ("PTB1",), pb=True, bttw=True),
        "PTB1": _Slot((_c("Phó Trưởng Ban Tuyên giáo Trung ương"),), ("VT1",), cc=0.4, alt=0.3,
                      recruit=True),
        "PTB2": _Slot((_c("Phó Trưởng Ban Tuyên giáo Trung ương"),), ("VT2",), cc=0.2, alt=0.3),
        "VT1": _Slot((_c("Vụ trưởng Vụ Tuyên truyền, Ban Tuyên giáo Trung ương"),), ("PVT1",)),
        "VT2": _Slot((_c("Vụ trưởng Vụ Lý luận chính trị, Ban Tuyên giáo Trung ương"),)),
        "PVT1": _Slot((_c("Phó Vụ trưởng Vụ Tuyên truyền, Ban Tuyên giáo Trung ương"),)),
    }),
    "TCCS": ("Tạp chí Cộng sản", {
        "TBT": _Slot((_c("Tổng Biên tập Tạp chí Cộng sản"),), ("PTBT1",), cc=0.3, alt=0.6,
                     sub=True),
        "PTBT1": _Slot((_c("Phó Tổng Biên tập Tạp chí Cộng sản"),)),
        "PTBT2": _Slot((_c("Phó Tổng Biên tập Tạp chí Cộng sản"),)),
    }),
    "BQP": ("Bộ Quốc phòng", {
        "BT": _Slot((_c("Phó Bí thư Quân ủy Trung ương"), _c("Bộ trưởng Bộ Quốc phòng")),
                    ("TT1", "CNTCCT"), pb=True, ranks=("Đại tướng",), tenure=(1200, 2600)),
        "CNTCCT": _Slot((_c("Ủy viên Thường vụ Quân ủy Trung ương"),
                         _c("Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam")),
                        ("PCNTCCT1",), cc=0.9, ranks=("Thượng tướng",), top_rank="Đại tướng",
                        sub=True, tenure=(1200, 2600)),
        "TT1": _Slot((_c("Ủy viên Thường vụ Quân ủy Trung ương"), _c("Thứ trưởng Bộ Quốc phòng")),
                     ("TLQK1",), cc=0.9, ranks=("Trung tướng", "Thượng tướng"),
                     top_rank="Thượng tướng"),
        "TT2": _Slot((_c("Thứ trưởng Bộ Quốc phòng"),), ("TLQK2",), cc=0.7,
                     ranks=("Trung tướng",), top_rank="Thượng tướng"),
        "PCNTCCT1": _Slot((_c("Phó Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam"),),
                          cc=0.5, ranks=("Trung tướng",), top_rank="Thượng tướng"),
        "PCNTCCT2": _Slot((_c("Phó Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam"),),
                          cc=0.2, ranks=("Thiếu tướng", "Trung tướng"), top_rank="Trung tướng"),
        "TLQK1": _Slot((_c("Tư lệnh Quân khu 1"),), cc=0.3, ranks=("Thiếu tướng", "Trung tướng"),
                       top_rank="Trung tướng"),
        "TLQK2": _Slot((_c("Tư lệnh Quân khu 2"),), cc=0.3, ranks=("Thiếu tướng", "Trung tướng"),
                       top_rank="Trung tướng"),
        "TLQK4": _Slot((_c("Tư lệnh Quân khu 4"),), cc=0.3, ranks=("Thiếu tướng", "Trung tướng"),
                       top_rank="Trung tướng"),
        "TLQK5": _Slot((_c("Tư lệnh Quân khu 5"),), cc=0.3, ranks=("Thiếu tướng", "Trung tướng"),
                       top_rank="Trung tướng"),
        "TLQK7": _Slot((_c("Tư lệnh Quân khu 7"),), cc=0.3, ranks=("Thiếu tướng", "Trung tướng"),
                       top_rank="Trung tướng"),
    }),
    "BCA": ("Bộ Công an", {
        "BT": _Slot((_c("Bộ trưởng Bộ Công an"),), ("TT1", "TT2"), pb=True, ranks=("Đại tướng",),
                    tenure=(1200, 2600)),
        "TT1": _Slot((_c("Thứ trưởng Bộ Công an"),), ("CT1",), cc=0.8,
                     ranks=("Trung tướng", "Thượng tướng"), top_rank="Thượng tướng", sub=True),
        "TT2": _Slot((_c("Thứ trưởng Bộ Công an"),), ("CT2",), cc=0.6,
                     ranks=("Trung tướng",), top_rank="Thượng tướng"),
        "TT3": _Slot((_c("Thứ trưởng Bộ Công an"),), ("CT3",), cc=0.4,
                     ranks=("Thiếu tướng", "Trung tướng"), top_rank="Thượng tướng"),
        "CT1": _Slot((_c("Cục trưởng Cục Tổ chức cán bộ, Bộ Công an"),), ("PCT1",),
                     ranks=("Thiếu tướng",), top_rank="Trung tướng"),
        "CT2": _Slot((_c("Cục trưởng Cục An ninh nội địa, Bộ Công an"),),
                     ranks=("Thiếu tướng",), top_rank="Trung tướng"),
        "CT3": _Slot((_c("Cục trưởng Cục Cảnh sát hình sự, Bộ Công an"),),
                     ranks=("Thiếu tướng",), top_rank="Trung tướng"),
        "PCT1": _Slot((_c("Phó Cục trưởng Cục Tổ chức cán bộ, Bộ Công an"),),
                      ranks=("Đại tá",), top_rank="Thiếu tướng"),
    }),
}


@dataclass(frozen=True)
class _TeamBody:
    """A body whose teams visit provinces, and how its articles are drawn."""

    name: str  # as written after "của"/"thuộc"
    variants: tuple[str, ...]  # other spellings of the name
    heads: tuple[tuple[str, float], ...]  # team kind ("kiểm tra" | "giám sát" | "công tác")
    leaders: tuple[tuple[str, str], ...]  # (central unit, post)
    deputies: tuple[tuple[str, str], ...]
    members: tuple[tuple[str, str], ...]
    topics: tuple[tuple[str, int], ...]  # (topic, first day it may be written)
    hosts: tuple[str, ...]  # local posts that host this body (besides the Bí thư)
    extra_targets: tuple[str, ...]  # bodies of the province also inspected
    refs: tuple[str, ...]  # keys of _DOCS cited in its articles
    weight: float
    ministry: bool = False  # a ministry's working visit (targets its provincial arm)


def _d(y: int, m: int, d: int) -> int:
    return date(y, m, d).toordinal()


_TEAM_BODIES: dict[str, _TeamBody] = {
    "TBBVCT": _TeamBody(
        "Tiểu ban Bảo vệ chính trị nội bộ Trung ương",
        ("Tiểu ban Bảo vệ Chính trị nội bộ Trung ương",),
        (("kiểm tra", 0.7), ("giám sát", 0.3)),
        (("BCA", "TT1"), ("BQP", "CNTCCT"), ("BTCTW", "PTB1"), ("TCCS", "TBT")),
        (("BTCTW", "CTBV"), ("TCCS", "TBT"), ("BQP", "PCNTCCT1"), ("TCCS", "PTBT1")),
        (("BTCTW", "PCTBV1"), ("BTCTW", "PCTBV2")),
        (("công tác bảo vệ chính trị nội bộ", 0),),
        ("PBTTT", "TBTC", "GDCA", "CTUB"),
        ("Ban Tổ chức {C}", "Đảng ủy Công an {a}", "@district"),
        ("58-QĐ/TW", "126-QĐ/TW", "KH10", "@local"),
        3.0),
    "BTCTW": _TeamBody(
        "Ban Tổ chức Trung ương", (),
        (("kiểm tra", 0.7), ("công tác", 0.3)),
        (("BTCTW", "TB"), ("BTCTW", "PTB1"), ("BTCTW", "PTB2"), ("BTCTW", "PTB3")),
        (("BTCTW", "VT1"), ("BTCTW", "VT2"), ("BTCTW", "VT3"), ("BTCTW", "VT4")),
        (("BTCTW", "PVT1"), ("BTCTW", "PVT2")),
        (("công tác tổ chức xây dựng Đảng và công tác cán bộ", 0),
         ("công tác cán bộ và quản lý đảng viên", 0),
         ("công tác chuẩn bị nhân sự đại hội đảng bộ các cấp", _d(2024, 6, 20))),
        ("PBTTT", "TBTC", "CTUB"),
        ("Ban Tổ chức {C}", "@district", "@district"),
        ("21-NQ/TW", "80-QĐ/TW", "114-QĐ/TW", "144-QĐ/TW", "35-CT/TW", "205-QĐ/TW"),
        3.0),
    "UBKTTW": _TeamBody(
        "Ủy ban Kiểm tra Trung ương", (),
        (("kiểm tra", 0.5), ("giám sát", 0.5)),
        (("UBKTTW", "CN"), ("UBKTTW", "PCN1"), ("UBKTTW", "PCN2"), ("UBKTTW", "PCN3"),
         ("UBKTTW", "UV1")),
        (("UBKTTW", "VT1"), ("UBKTTW", "VT2"), ("UBKTTW", "VT3")),
        (("UBKTTW", "PVT1"), ("UBKTTW", "PVT2"), ("UBKTTW", "UV2")),
        (("việc thực hiện nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật đảng", 0),
         ("công tác kiểm tra, giám sát và thi hành kỷ luật đảng", 0),
         ("việc kê khai, kiểm soát tài sản, thu nhập của cán bộ", 0)),
        ("CNUBKT", "PBTTT", "CTHD"),
        ("Ủy ban Kiểm tra {C} {P}", "@district"),
        ("22-QĐ/TW", "37-QĐ/TW", "@local"),
        3.0),
    "BCT": _TeamBody(
        "Bộ Chính trị", (),
        (("kiểm tra", 0.8), ("công tác", 0.2)),
        (("BTCTW", "TB"), ("UBKTTW", "CN"), ("BTGTW", "TB")),
        (("BTCTW", "PTB2"), ("UBKTTW", "PCN1"), ("BTGTW", "PTB1")),
        (("BTCTW", "VT2"), ("UBKTTW", "VT1"), ("BTGTW", "VT1")),
        (("việc lãnh đạo, chỉ đạo thực hiện Kết luận số 21-KL/TW", _d(2021, 11, 1)),
         ("việc lãnh đạo, chỉ đạo thực hiện Nghị quyết số 21-NQ/TW", _d(2022, 7, 1)),
         ("công tác phòng, chống tham nhũng, tiêu cực", 0)),
        ("PBTTT", "CTUB", "CTHD", "CNUBKT"),
        ("Ban cán sự đảng UBND {a}", "@district", "@district"),
        ("37-QĐ/TW", "114-QĐ/TW", "205-QĐ/TW"),
        1.5),
    "BTGTW": _TeamBody(
        "Ban Tuyên giáo Trung ương", (),
        (("kiểm tra", 0.5), ("công tác", 0.5)),
        (("BTGTW", "TB"), ("BTGTW", "PTB1"), ("BTGTW", "PTB2")),
        (("BTGTW", "VT1"), ("BTGTW", "VT2")),
        (("BTGTW", "PVT1"),),
        (("công tác tuyên giáo", 0),
         ("công tác bảo vệ nền tảng tư tưởng của Đảng", 0)),
        ("TBTG", "PBTTT"),
        ("Ban Tuyên giáo {C}", "@district"),
        ("35-NQ/TW", "@local"),
        1.0),
    "QUTW": _TeamBody(
        "Quân ủy Trung ương", (),
        (("công tác", 1.0),),
        (("BQP", "BT"),),
        (),
        (("BQP", "TT1"), ("BQP", "TT2"), ("BQP", "PCNTCCT2"), ("BQP", "TLQK1"), ("BQP", "TLQK2"),
         ("BQP", "TLQK4"), ("BQP", "TLQK5"), ("BQP", "TLQK7")),
        (("công tác sẵn sàng chiến đấu, xây dựng khu vực phòng thủ", 0),
         ("công tác quốc phòng, quân sự địa phương", 0)),
        ("PCTUB1", "CHTQS"),
        ("Bộ Chỉ huy Quân sự {a} {P}",),
        ("44-NQ/TW",),
        1.0, ministry=True),
    "BCAT": _TeamBody(
        "Bộ Công an", (),
        (("công tác", 1.0),),
        (("BCA", "TT1"), ("BCA", "TT2"), ("BCA", "TT3")),
        (),
        (("BCA", "CT1"), ("BCA", "CT2"), ("BCA", "CT3"), ("BCA", "PCT1")),
        (("công tác xây dựng lực lượng Công an nhân dân", 0),
         ("kết quả thực hiện Nghị quyết số 12-NQ/TW", _d(2022, 5, 1))),
        ("GDCA", "PGDCA"),
        ("Công an {a} {P}",),
        ("12-NQ/TW", "35-CT/TW"),
        1.0, ministry=True),
}

# Party documents (general knowledge): kind, number, issued, issuer, subject.
_DOCS: dict[str, tuple[str, str, int, str, str]] = {
    "21-NQ/TW": ("Nghị quyết", "21-NQ/TW", _d(2022, 6, 16),
                 "của Ban Chấp hành Trung ương Đảng khóa XIII",
                 "về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội "
                 "ngũ đảng viên trong giai đoạn mới"),
    "21-KL/TW": ("Kết luận", "21-KL/TW", _d(2021, 10, 25),
                 "của Ban Chấp hành Trung ương Đảng khóa XIII",
                 "về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị"),
    "22-QĐ/TW": ("Quy định", "22-QĐ/TW", _d(2021, 7, 28), "của Ban Chấp hành Trung ương",
                 "về công tác kiểm tra, giám sát và kỷ luật của Đảng"),
    "37-QĐ/TW": ("Quy định", "37-QĐ/TW", _d(2021, 10, 25), "của Ban Chấp hành Trung ương",
                 "về những điều đảng viên không được làm"),
    "58-QĐ/TW": ("Quy định", "58-QĐ/TW", _d(2022, 2, 8), "của Bộ Chính trị",
                 "về một số vấn đề bảo vệ chính trị nội bộ Đảng"),
    "126-QĐ/TW": ("Quy định", "126-QĐ/TW", _d(2018, 2, 28), "của Bộ Chính trị",
                  "về một số vấn đề bảo vệ chính trị nội bộ Đảng"),
    "12-NQ/TW": ("Nghị quyết", "12-NQ/TW", _d(2022, 3, 16), "của Bộ Chính trị",
                 "về đẩy mạnh xây dựng lực lượng Công an nhân dân thật sự trong sạch, vững mạnh, "
                 "chính quy, tinh nhuệ, hiện đại"),
    "35-CT/TW": ("Chỉ thị", "35-CT/TW", _d(2024, 6, 14), "của Bộ Chính trị",
                 "về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của "
                 "Đảng"),
    "144-QĐ/TW": ("Quy định", "144-QĐ/TW", _d(2024, 5, 9), "của Bộ Chính trị",
                  "về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới"),
    "35-NQ/TW": ("Nghị quyết", "35-NQ/TW", _d(2018, 10, 22), "của Bộ Chính trị",
                 "về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan "
                 "điểm sai trái, thù địch trong tình hình mới"),
    "114-QĐ/TW": ("Quy định", "114-QĐ/TW", _d(2023, 7, 11), "của Bộ Chính trị",
                  "về kiểm soát quyền lực và phòng, chống tham nhũng, tiêu cực trong công tác "
                  "cán bộ"),
    "80-QĐ/TW": ("Quy định", "80-QĐ/TW", _d(2022, 8, 18), "của Bộ Chính trị",
                 "về phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử"),
    "205-QĐ/TW": ("Quy định", "205-QĐ/TW", _d(2019, 9, 23), "của Bộ Chính trị",
                  "về việc kiểm soát quyền lực trong công tác cán bộ và chống chạy chức, chạy "
                  "quyền"),
    "44-NQ/TW": ("Nghị quyết", "44-NQ/TW", _d(2023, 11, 24),
                 "của Ban Chấp hành Trung ương Đảng khóa XIII",
                 "về Chiến lược bảo vệ Tổ quốc trong tình hình mới"),
    "KH10": ("Kế hoạch", "10", _d(2018, 1, 1), "của Tiểu ban Bảo vệ chính trị nội bộ Trung ương",
             "về kiểm tra, giám sát công tác bảo vệ chính trị nội bộ"),
}
_REF_IN_TEXT = re.compile(r"(?:Nghị quyết|Kết luận|Chỉ thị|Quy định|Kế hoạch|Thông tri) số "
                          r"[0-9]+(?:-[A-ZĐ]+/[A-Z]+)?")
_LOCAL_DOCS = (("Chỉ thị", "CT/TU"), ("Kế hoạch", "KH/TU"), ("Nghị quyết", "NQ/TU"),
               ("Kết luận", "KL/TU"), ("Thông tri", "TT/TU"))


# ========================================================================== people


@dataclass(eq=False)
class _Person:
    key: str
    name: str
    female: bool
    group: str  # kinh | ede | jrai | thai | hmong | khmer | tay
    home: str  # the unit the person came from
    stints: list[list] = field(default_factory=list)  # [start, end|None, unit, post]
    member: list[tuple[int, str | None]] = field(default_factory=list)  # (from, full|alt|None)
    ranks: list[tuple[int, str]] = field(default_factory=list)  # (from, rank)
    retired: int | None = None
    died: int | None = None

    def stint_at(self, t: int) -> list | None:
        for s in self.stints:
            if s[0] <= t and (s[1] is None or t < s[1]):
                return s
        return None

    def last_stint(self) -> list | None:
        return self.stints[-1] if self.stints else None

    def rank_at(self, t: int) -> str | None:
        """The highest rank reached by day ``t`` (ranks only rise)."""
        rank = None
        for since, r in self.ranks:
            if since <= t and (rank is None or _RANK_INDEX[r] > _RANK_INDEX[rank]):
                rank = r
        return rank

    def member_at(self, t: int) -> str | None:
        status = None
        for since, s in self.member:
            if since <= t:
                status = s
        return status


class _Names:
    """Name parts of synth_names.tsv and the drawing of unique names."""

    def __init__(self, place_keys: frozenset[str]) -> None:
        groups: dict[str, list[tuple[str, float]]] = {}
        self.avoid: list[str] = []
        for row in lexicons.rows("synth_names.tsv"):
            if row[0] == "region":
                continue
            if row[0] == "avoid":
                self.avoid.append(f" {_key(row[1])} ")
                continue
            weight = float(row[2]) if len(row) > 2 else 1.0
            groups.setdefault(row[0], []).append((row[1], weight))
        self.items = {g: [x for x, _ in v] for g, v in groups.items()}
        self.weights = {g: _cumulative([w for _, w in v]) for g, v in groups.items()}
        self.place_keys = place_keys
        self.taken: dict[str, int] = {}

    def pick(self, rng: random.Random, group: str) -> str:
        items, cum = self.items[group], self.weights[group]
        return items[_bisect(cum, rng.random() * cum[-1])]

    def draw(self, rng: random.Random, group: str, female: bool) -> str:
        for attempt in range(200):
            # A minority's name stock is small: fall back to a Kinh name when it runs out.
            name = self._compose(rng, group if attempt < 30 else "kinh", female)
            key = _key(name)
            if key in self.taken or fold_key(name) in self.place_keys or \
                    any(a in f" {key} " for a in self.avoid):
                continue
            self.taken[key] = 1
            return name
        raise RuntimeError("cannot draw a unique name")  # pragma: no cover

    def _compose(self, rng: random.Random, group: str, female: bool) -> str:
        pick = self.pick
        if group == "ede":
            if female:
                return f"{pick(rng, 'ede_given_f')} {pick(rng, 'ede_family')}"
            return f"Y {pick(rng, 'ede_given_m')} {pick(rng, 'ede_family')}"
        if group == "jrai":  # family name first: "Ksor Lu", "Siu H'Mia"
            if female and rng.random() < 0.6:
                return f"{pick(rng, 'jrai_family')} {pick(rng, 'ede_given_f')}"
            return f"{pick(rng, 'jrai_family')} {pick(rng, 'jrai_given')}"
        if group == "thai":
            fam = pick(rng, "thai_family")
            fam = fam.replace("Văn", "Thị") if female else fam.replace("Thị", "Văn")
            return f"{fam} {pick(rng, 'thai_given')}"
        if group == "hmong":
            fam = pick(rng, "hmong_family")
            if female:
                fam = fam.split()[0] + " Thị"
            elif "Thị" in fam:
                fam = fam.split()[0] + " A"
            return f"{fam} {pick(rng, 'hmong_given')}"
        if group == "khmer":
            fam = pick(rng, "khmer_family")
            if female and "Thị" not in fam:
                fam += " Thị"
            elif not female and "Thị" in fam:
                fam = fam.split()[0]
            return f"{fam} {pick(rng, 'khmer_given')}"
        surname = pick(rng, "tay_family") if group == "tay" else pick(rng, "surname")
        given = pick(rng, "given_f" if female else "given_m")
        r = rng.random()
        if not female and r < 0.05:  # two syllables: "Tô Lâm"
            return f"{surname} {given}"
        middle = pick(rng, "middle_f" if female else "middle_m")
        if not female and r < 0.08:  # four syllables
            middle = f"{middle} {pick(rng, 'middle_m')}"
        if middle.split()[-1] == given:
            middle = "Văn" if not female else "Thị"
        return f"{surname} {middle} {given}"


def _cumulative(weights: list[float]) -> list[float]:
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


def _bisect(cum: list[float], x: float) -> int:
    lo, hi = 0, len(cum) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if cum[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo


# =========================================================================== world


class _World:
    """The provinces, the central bodies and their people over 2019–2025."""

    def __init__(self, rng: random.Random, n: int) -> None:
        self.rng = rng
        provs, place_keys = _geography()
        self.names = _Names(place_keys)
        # Scale: provinces and team bodies grow with the corpus.
        k = max(3, min(len(provs), n // 150))
        self.provinces: list[_Prov] = sorted(rng.sample(list(provs), k), key=lambda p: p.code)
        bodies = list(_TEAM_BODIES)
        m = max(3, min(len(bodies), n // 300))
        chosen: list[str] = []
        pool = bodies[:]
        while len(chosen) < m:
            weights = _cumulative([_TEAM_BODIES[b].weight for b in pool])
            chosen.append(pool.pop(_bisect(weights, rng.random() * weights[-1])))
        self.team_bodies = [b for b in bodies if b in chosen]
        self.team_weights = _cumulative([_TEAM_BODIES[b].weight for b in self.team_bodies])
        units = []
        for b in self.team_bodies:
            tb = _TEAM_BODIES[b]
            for u, _ in tb.leaders + tb.deputies + tb.members:
                if u not in units:
                    units.append(u)
        self.central = [u for u in _CENTRAL if u in units]
        self.prov_by_unit = {f"p{p.code}": p for p in self.provinces}
        self._slot_cache: dict[str, dict[str, _Slot]] = {}
        self.persons: list[_Person] = []
        self.holders: dict[tuple[str, str], list[list]] = {}
        self.elders: dict[str, list[_Person]] = {}
        self._heap: list[tuple[int, int, str, str]] = []
        self._seq = 0
        self._simulate()
        self._collide()
        # Who retired from each province (for "nguyên …" and "cố …").
        self.former: dict[str, list[_Person]] = {}
        for person in self.persons:
            if person.retired is not None and person.stints:
                self.former.setdefault(person.stints[-1][2], []).append(person)

    # --- units and posts
    def slots(self, unit: str) -> dict[str, _Slot]:
        found = self._slot_cache.get(unit)
        if found is None:
            found = self._slot_cache[unit] = self._slots(unit)
        return found

    def _slots(self, unit: str) -> dict[str, _Slot]:
        if unit in self.prov_by_unit:
            prov = self.prov_by_unit[unit]
            return {k: v for k, v in _LOCAL_SLOTS.items()
                    if not (prov.city and k in _CITY_SKIP)}
        return _CENTRAL[unit][1]

    def live_slots(self, unit: str) -> dict[str, _Slot]:
        """The posts filled over 2019–2025."""
        if unit in self.prov_by_unit:
            return {k: v for k, v in self.slots(unit).items() if k not in _ELDER_ONLY}
        return _CENTRAL[unit][1]

    def holder(self, unit: str, post: str, t: int) -> _Person | None:
        for start, end, person in reversed(self.holders.get((unit, post), ())):
            if start <= t and (end is None or t < end):
                return person
        return None

    # --- population
    def _new_person(self, unit: str, post: str) -> _Person:
        rng = self.rng
        slot = self.slots(unit)[post]
        prov = self.prov_by_unit.get(unit)
        group = "kinh"
        if prov is not None and prov.ethnic and rng.random() < 0.35:
            group = rng.choice(prov.ethnic)
        female = rng.random() < (0.04 if slot.ranks else 0.2)
        if female and group == "kinh" and rng.random() < 0.02:
            female = False
        key = f"p{len(self.persons) + 1:05d}"
        person = _Person(key, self.names.draw(rng, group, female), female, group, unit)
        self.persons.append(person)
        return person

    def _push(self, t: int, unit: str, post: str) -> None:
        self._seq += 1
        heapq.heappush(self._heap, (t, self._seq, unit, post))

    def _assign(self, person: _Person, unit: str, post: str, t: int) -> None:
        rng = self.rng
        slot = self.slots(unit)[post]
        person.stints.append([t, None, unit, post])
        self.holders.setdefault((unit, post), []).append([t, None, person])
        status = person.member_at(t)
        r = rng.random()
        if r < slot.cc:
            new = "full"
        elif r < slot.cc + slot.alt:
            new = "alt" if status != "full" else "full"
        else:
            new = status
        if new != status or not person.member:
            person.member.append((t, new))
        if slot.ranks:
            current = person.rank_at(t)
            if current is None or _RANK_INDEX[current] < _RANK_INDEX[slot.ranks[0]]:
                person.ranks.append((t, rng.choice(slot.ranks) if current is None
                                     else slot.ranks[0]))
            top = _RANK_INDEX[slot.top_rank or slot.ranks[-1]]
            rank = person.ranks[-1][1]
            if _RANK_INDEX[rank] < top and rng.random() < 0.5:
                person.ranks.append((max(t, START) + rng.randint(200, 1400),
                                     RANKS[_RANK_INDEX[rank] + 1]))

    def _simulate(self) -> None:
        rng = self.rng
        units = list(self.prov_by_unit) + self.central
        for unit in units:
            for post, slot in self.live_slots(unit).items():
                person = self._new_person(unit, post)
                self._assign(person, unit, post, START - rng.randint(30, 1500))
                self._push(START + rng.randint(1, slot.tenure[1]), unit, post)
        for unit in self.prov_by_unit:
            self.elders[unit] = [self._elder(unit) for _ in range(rng.randint(2, 4))]
        while self._heap:
            t, _, unit, post = heapq.heappop(self._heap)
            if t > END:
                break
            self._vacate(unit, post, t, fate=True)
        # The XIII Congress: some alternates become full members, a few leave.
        for person in self.persons:
            s = person.stint_at(CONGRESS_XIII)
            if s is None:
                continue
            status = person.member_at(CONGRESS_XIII)
            r = rng.random()
            new = status
            if status == "alt" and r < 0.6:
                new = "full"
            elif status == "full" and r < 0.08:
                new = None
            elif status is None and self.slots(s[2])[s[3]].cc > 0 and r < 0.15:
                new = "alt"
            if new != status:
                person.member.append((CONGRESS_XIII, new))
                person.member.sort(key=lambda x: x[0])

    def _elder(self, unit: str) -> _Person:
        """A leader of the province who retired before 2019 (some have died since)."""
        rng = self.rng
        post = rng.choice(("BT", "BTHD", "BTHD", "CTUB", "PBTTT", "CTHD"))
        person = self._new_person(unit, post)
        end = START - rng.randint(200, 3000)
        person.stints.append([end - rng.randint(1500, 3000), end, unit, post])
        person.retired = end
        if rng.random() < 0.6:
            person.died = START + rng.randint(-300, END - START)
        return person

    def _vacate(self, unit: str, post: str, t: int, fate: bool) -> None:
        rng = self.rng
        slot = self.slots(unit)[post]
        rows = self.holders[(unit, post)]
        outgoing = rows[-1][2]
        rows[-1][1] = t
        outgoing.stints[-1][1] = t
        if fate:
            if rng.random() < 0.85:
                outgoing.retired = t
                if rng.random() < 0.3:
                    outgoing.died = t + rng.randint(60, 2200)
        # Successor: a promotion inside the unit, a move from a province, or a newcomer.
        successor, source = None, None
        r = rng.random()
        feeders = [f for f in slot.feeders if f in self.slots(unit)]
        if feeders and r < 0.6:
            f = rng.choice(feeders)
            cand = self.holder(unit, f, t)
            if cand is not None and t - cand.stints[-1][0] > 180:
                successor, source = cand, (unit, f)
        elif unit in self.prov_by_unit and post == "BT" and r < 0.72 and len(self.provinces) > 1:
            other = f"p{rng.choice([p for p in self.provinces if f'p{p.code}' != unit]).code}"
            cand = self.holder(other, "PBTTT", t)
            if cand is not None and t - cand.stints[-1][0] > 180:
                successor, source = cand, (other, "PBTTT")
        elif slot.recruit and r < 0.85 and self.provinces:
            other = f"p{rng.choice(self.provinces).code}"
            cand = self.holder(other, rng.choice(("BT", "PBTTT", "CTUB")), t)
            if cand is not None and t - cand.stints[-1][0] > 180:
                successor, source = cand, (other, cand.stints[-1][3])
        if successor is not None:
            self._vacate(source[0], source[1], t, fate=False)
        else:
            successor = self._new_person(unit, post)
        self._assign(successor, unit, post, t)
        self._push(t + rng.randint(*slot.tenure), unit, post)

    def _collide(self) -> None:
        """Give ~3 % of the people the exact name of someone of another unit."""
        rng = self.rng
        visible = ("BT", "PBTTT", "CTUB", "CTHD", "TBTC", "CNUBKT", "TBTG", "PCTUB1", "PTB1",
                   "PTB2", "VT1", "VT2", "PCN1", "PCN2", "TT1", "CTBV")
        cands = [p for p in self.persons
                 if p.group == "kinh" and any(s[3] in visible and (s[1] is None or s[1] > START)
                                              for s in p.stints)]
        pairs = max(1, round(0.015 * len(self.persons)))
        used: set[str] = set()
        for _ in range(pairs * 20):
            if pairs == 0 or len(cands) < 2:
                break
            a, b = rng.sample(cands, 2)
            if a.key in used or b.key in used or a.home == b.home or a.female != b.female:
                continue
            b.name = a.name
            used.update((a.key, b.key))
            pairs -= 1


# =================================================================== dates & words


def _date_text(rng: random.Random, t: int, tod: str | None, with_year: bool,
               *, capital: bool = True, allow_words: bool = False) -> str:
    d = date.fromordinal(t)
    if with_year:
        r = rng.random()
        if allow_words and r < 0.25 and tod is None:
            core = f"{d.day} tháng {d.month} năm {d.year}"
            return ("Ngày " if capital else "ngày ") + core
        if r < 0.5:
            core = f"{d.day}-{d.month}-{d.year}"
        elif r < 0.9:
            core = f"{d.day}/{d.month}/{d.year}"
        else:
            core = f"{d.day:02d}/{d.month:02d}/{d.year}"
    else:
        core = f"{d.day}/{d.month}" if rng.random() < 0.85 else f"{d.day}-{d.month}"
    if tod is None:
        lead = "Ngày"
    elif rng.random() < 0.3:
        lead = f"{tod.capitalize()} ngày"
    else:
        lead = tod.capitalize()
    if not capital:
        lead = lead[0].lower() + lead[1:]
    return f"{lead} {core}"


def _iso(t: int) -> str:
    return date.fromordinal(t).isoformat()


def _gold_date(t: int, with_year: bool, published: int | None) -> str:
    if with_year or published is not None:
        return _iso(t)  # anchored to the publication date, which is within days after
    d = date.fromordinal(t)
    return f"XXXX-{d.month:02d}-{d.day:02d}"


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " và " + items[-1]


_SPEECH = (
    "ghi nhận, đánh giá cao sự chuẩn bị chu đáo, nghiêm túc của Ban Thường vụ {C} {P}",
    "nhấn mạnh vai trò đặc biệt quan trọng của {topic} trong bối cảnh tình hình thế giới, khu "
    "vực có nhiều diễn biến phức tạp, khó lường",
    "khẳng định mục đích của đợt {activity} lần này nhằm kịp thời ghi nhận các kết quả đạt được, "
    "cũng như chỉ rõ những tồn tại, hạn chế và nguyên nhân",
    "biểu dương những kết quả mà Đảng bộ, chính quyền và nhân dân {W} đạt được thời gian qua",
    "đánh giá cao tinh thần cầu thị, trách nhiệm của các cấp ủy, tổ chức đảng trong {W}",
)
_REQUEST = (
    "đề nghị các cấp ủy, tổ chức đảng được {activity} cung cấp đầy đủ hồ sơ, tài liệu, phối hợp "
    "chặt chẽ với đoàn để hoàn thành tốt nhiệm vụ",
    "đề nghị Ban Thường vụ {C} tiếp tục chỉ đạo khắc phục dứt điểm những hạn chế đã được chỉ ra, "
    "chủ động phát hiện sớm, ngăn chặn từ xa các vi phạm",
    "lưu ý {a} cần làm rõ hơn những khó khăn, vướng mắc trong quá trình tổ chức thực hiện, nhất "
    "là ở cơ sở",
    "yêu cầu các đơn vị được {activity} xây dựng báo cáo tự {activity} nghiêm túc, khách quan, nêu "
    "rõ ưu điểm, hạn chế, khuyết điểm và nguyên nhân",
)
_REPORT = (
    "thời gian qua, Ban Thường vụ {C} đã tập trung lãnh đạo, chỉ đạo triển khai đồng bộ các nhiệm "
    "vụ về {topic}; thường xuyên quán triệt các quy định, hướng dẫn của Trung ương đến cán bộ, "
    "đảng viên",
    "các cấp ủy trong Đảng bộ đã chủ động xây dựng và thực hiện chương trình công tác sát với tình "
    "hình thực tế; chất lượng sinh hoạt chi bộ từng bước được nâng lên",
    "việc rà soát, thẩm định tiêu chuẩn chính trị đối với cán bộ, đảng viên được thực hiện chặt "
    "chẽ, đúng quy định; tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn cơ bản "
    "ổn định",
)
_REPLY = (
    "cảm ơn và tiếp thu đầy đủ các ý kiến chỉ đạo của đoàn; khẳng định Ban Thường vụ {C} sẽ chỉ "
    "đạo các cơ quan liên quan phối hợp chặt chẽ, tạo điều kiện thuận lợi để đoàn hoàn thành "
    "nhiệm vụ theo đúng kế hoạch",
    "trân trọng cảm ơn sự quan tâm của Trung ương đối với địa phương; cam kết sẽ xây dựng kế hoạch "
    "khắc phục cụ thể những hạn chế mà đoàn đã chỉ ra",
    "khẳng định {a} sẽ nghiêm túc thực hiện kế hoạch của đoàn, qua đó tiếp tục nâng cao chất "
    "lượng công tác xây dựng Đảng trên địa bàn",
)


# ======================================================================== articles


def _same(text: str) -> str:
    return text


class _Article:
    """One article: its paragraphs and, mention by mention, its gold facts."""

    def __init__(self, world: _World, rng: random.Random, stem: str) -> None:
        self.world, self.rng, self.stem = world, rng, stem
        self.paras: list[str] = []
        self.people: dict[str, dict] = {}  # person key -> gold entry
        self.idents: dict[str, set] = {}
        self.names: dict[str, str] = {}  # name key -> person key
        self.photographers: list[str] = []
        self.references: list[str] = []
        self.targets: list[str] = []
        self.related: list[dict] = []

    # ---------------------------------------------------------------- mentions
    def _free(self, person: _Person | None) -> bool:
        """Whether ``person`` can be named here (no one else of the same name is)."""
        if person is None:
            return False
        owner = self.names.get(_key(person.name))
        return owner is None or owner == person.key

    def _register(self, person: _Person, titles: list[_TW], rank: str | None,
                  segment: str, side: str, role: str | None) -> None:
        entry = self.people.get(person.key)
        if entry is None:
            self.names[_key(person.name)] = person.key
            entry = self.people[person.key] = {
                "name": person.name, "person_key": person.key, "rank": None, "deceased": False,
                "titles": [], "resolved_orgs": {}, "side": side, "role": role,
                "segment": segment}
            self.idents[person.key] = set()
        if rank and entry["rank"] is None:
            entry["rank"] = rank
        seen = self.idents[person.key]
        for tw in titles:
            if tw.ident in seen:
                continue
            seen.add(tw.ident)
            entry["titles"].append(tw.text)
            if tw.resolved:
                entry["resolved_orgs"][tw.text] = tw.resolved
            if tw.ident[0] == "cố":
                entry["deceased"] = True

    def nt(self, person: _Person, titles: list[_TW], role: tuple, *, hon: str = "đồng chí",
           dash: bool = False, segment: str = "body", use_rank: bool = True) -> str:
        """``đồng chí NAME, T1, T2`` (``Đại tướng NAME - T1, T2`` with ``dash``)."""
        rank = person.rank_at(self.day) if use_rank else None
        lead = rank or hon
        self._register(person, titles, rank, segment, *role)
        head = f"{lead} {person.name}" if lead else person.name
        if not titles:
            return head
        sep = " - " if dash else ", "
        return head + sep + ", ".join(t.text for t in titles)

    def tn(self, person: _Person, titles: list[_TW], role: tuple, *,
           segment: str = "body") -> str:
        """``T1, T2 NAME`` (titles first); an officer keeps the rank before the name."""
        rank = person.rank_at(self.day)
        self._register(person, titles, rank, segment, *role)
        name = f"{rank} {person.name}" if rank else person.name
        return ", ".join(t.text for t in titles) + " " + name

    def titles_of(self, person: _Person, *, party: bool = True, explicit: str = "none",
                  sub: bool = False, t: int | None = None) -> list[_TW]:
        """The person's titles on day ``t``: party rank, then the post's titles.

        ``explicit``: which local titles name the province (``none``, ``last``, ``all``)."""
        t = self.day if t is None else t
        stint = person.stint_at(t)
        if stint is None:
            return []
        unit, post = stint[2], stint[3]
        slot = self.world.slots(unit)[post]
        prov = self.world.prov_by_unit.get(unit)
        out: list[_TW] = []
        if party:
            if slot.pb:
                out.append(T_UVBCT.render(None))
                if slot.bttw:
                    out.append(T_BTTW.render(None))
            else:
                status = person.member_at(t)
                if status == "full":
                    out.append(T_UVTW.render(None))
                elif status == "alt":
                    out.append(T_UVDK.render(None))
        posts = list(slot.titles)
        for i, title in enumerate(posts):
            ex = explicit == "all" or (explicit == "last" and i == len(posts) - 1)
            out.append(title.render(prov, explicit=ex))
        if sub and slot.sub:
            out.append(T_SUB.render(None))
        return out

    def main_title(self, person: _Person, *, explicit: bool = True,
                   qualifier: str | None = None, t: int | None = None) -> _TW:
        """The person's principal title (the last one of the post)."""
        stint = person.stint_at(self.day if t is None else t) or person.last_stint()
        slot = self.world.slots(stint[2])[stint[3]]
        prov = self.world.prov_by_unit.get(stint[2])
        return slot.titles[-1].render(prov, explicit=explicit, qualifier=qualifier)

    def former_titles(self, person: _Person, qualifier: str) -> list[_TW]:
        """``cố Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh``: the last post's titles (its seat in
        the standing committee and a Phó Bí thư title left out), the qualifier written once,
        before the first."""
        stint = person.last_stint()
        slot = self.world.slots(stint[2])[stint[3]]
        prov = self.world.prov_by_unit.get(stint[2])
        titles = [t for t in slot.titles if t not in (L_UVBTV, L_PBT)] or list(slot.titles)
        if len(titles) > 1 and self.rng.random() < 0.5:
            titles = titles[:1]
        return [t.render(prov, qualifier=qualifier if i == 0 else None)
                for i, t in enumerate(titles)]

    # ------------------------------------------------------------------- parts
    def credit(self) -> str:
        rng = self.rng
        if self.credit_style == "tccs":
            return f"_Ảnh: {self._photographer()}"
        if rng.random() < 0.25:
            return ". (Ảnh: TTXVN)"
        return f". (Ảnh: {self._photographer()}/TTXVN)"

    def _photographer(self) -> str:
        if not self.photo or self.rng.random() < 0.1:
            self.photo = self.world.names.pick(self.rng, "photographer")
        if self.photo not in self.photographers:
            self.photographers.append(self.photo)
        return self.photo

    def caption(self, text: str) -> None:
        """A photo caption, printed twice in a row about half the time."""
        rng = self.rng
        r = rng.random()
        if r < 0.15:
            line = text + "."
            self.paras += [line, line]
            return
        line = text + self.credit()
        self.paras.append(line)
        if r < 0.55:
            self.paras.append(line)

    def cite(self, key: str) -> str | None:
        """``Quy định số 58-QĐ/TW của Bộ Chính trị về …`` for a document issued by now."""
        if key == "@local":
            kind, code = self.rng.choice(_LOCAL_DOCS)
            number = f"{self.rng.randint(1, 60):02d}-{code}"
            ref = f"{kind} số {number}"
            self._add_ref(ref)
            return f"{ref} của Ban Thường vụ {self.prov.committee}"
        kind, number, issued, issuer, subject = _DOCS[key]
        if issued > self.day - 30:
            return None
        ref = f"{kind} số {number}"
        self._add_ref(ref)
        return f"{ref} {issuer} {subject}"

    def _add_ref(self, ref: str) -> None:
        if _key(ref) not in (_key(r) for r in self.references):
            self.references.append(ref)

    def target(self, text: str) -> str:
        if _key(text) not in (_key(t) for t in self.targets):
            self.targets.append(text)
        return text

    def expand(self, template: str) -> str:
        p = self.prov
        return (template.replace("{C}", p.committee).replace("{a}", p.admin)
                .replace("{P}", p.name).replace("{W}", p.written)
                .replace("{topic}", self.topic).replace("{activity}", self.activity))

    # ------------------------------------------------------------------- build
    def build(self) -> tuple[str, dict, dict | None]:
        w, rng = self.world, self.rng
        self.body_key = w.team_bodies[_bisect(w.team_weights, rng.random() * w.team_weights[-1])]
        tb = self.tb = _TEAM_BODIES[self.body_key]
        provs = w.provinces if not tb.ministry else [p for p in w.provinces if not p.city] or \
            w.provinces
        self.prov = rng.choice(provs)
        self.unit = f"p{self.prov.code}"
        self.day = rng.randint(START, END)
        self.tod = rng.choice((None, None, None, "sáng", "sáng", "chiều"))
        self.with_year = rng.random() < 0.75
        self.published = self.day + rng.randint(1, 2) if rng.random() < 1 / 3 else None
        self.old = rng.random() < 0.25
        self.nbsp = rng.random() < 0.05
        self.venue = rng.choice(("buổi làm việc", "hội nghị"))
        self.photo: str | None = None
        self.place: str | None = None
        self.place_as_written: str | None = None
        r = rng.random()
        self.headline: str | None = None
        self.source: str | None = None
        if r < 0.35:
            self.outlet = ""
            self.credit_style = rng.choice(("tccs", "ttxvn"))
            self.want_headline = True
        elif r < 0.6:
            self.outlet, self.source, self.credit_style = "TCCS - ", "Tạp chí Cộng sản", "tccs"
            self.want_headline = False
        elif r < 0.75:
            self.outlet, self.source = "TTXVN - ", "Thông tấn xã Việt Nam"
            self.credit_style, self.want_headline = "ttxvn", False
        else:
            self.outlet, self.credit_style = "", rng.choice(("tccs", "ttxvn"))
            self.want_headline = False

        heads = tb.heads
        cum = _cumulative([x[1] for x in heads])
        self.kind_word = heads[_bisect(cum, rng.random() * cum[-1])][0]
        self.working = self.kind_word == "công tác"  # a working visit: no decision, no audit
        self.activity = {"kiểm tra": "kiểm tra", "giám sát": "giám sát"}.get(
            self.kind_word, "làm việc")
        self.kind = {"kiểm tra": "inspection", "giám sát": "supervision",
                     "công tác": "meeting"}[self.kind_word]
        self.number = rng.randint(1, 12) if self.kind_word != "công tác" else None
        self.body_written = tb.name if not tb.variants or rng.random() < 0.7 else \
            rng.choice(tb.variants)
        topics = [t for t, since in tb.topics if since <= self.day]
        self.topic = rng.choice(topics)

        # The team.
        self.leader = self._pick(tb.leaders)
        self.deputy = self._pick(tb.deputies)
        self.members = []
        for _ in range(2 if tb.ministry else 1):
            m = self._pick(tb.members)
            if m is not None and m not in self.members and \
                    self._name_unique(m, self.members):
                self.members.append(m)
        # The hosts: the Bí thư and a few others.
        self.hosts: list[_Person] = []
        bt = w.holder(self.unit, "BT", self.day)
        if self._free(bt) and bt not in self._team():
            self.hosts.append(bt)
        others = list(dict.fromkeys(tb.hosts + ("PBTTT", "CTUB", "CTHD", "TBTC")))
        rng.shuffle(others)
        for post in others[:rng.randint(1, 3)]:
            p = w.holder(self.unit, post, self.day)
            if p is not None and p not in self.hosts and p not in self._team() and \
                    self._name_unique(p, self.hosts + self._team()):
                self.hosts.append(p)

        self._compose()
        return self._finish()

    def _team(self) -> list[_Person]:
        return [p for p in (self.leader, self.deputy, *self.members) if p is not None]

    def _name_unique(self, person: _Person, others: list[_Person]) -> bool:
        key = _key(person.name)
        return all(_key(o.name) != key for o in others if o is not person)

    def _pick(self, options: tuple[tuple[str, str], ...]) -> _Person | None:
        w = self.world
        opts = [o for o in options if o[0] in w.central]
        self.rng.shuffle(opts)
        taken = [p for p in (getattr(self, "leader", None), getattr(self, "deputy", None))
                 if p is not None]
        for unit, post in opts:
            p = w.holder(unit, post, self.day)
            if p is not None and p not in taken and self._name_unique(p, taken):
                return p
        return None

    # ----------------------------------------------------------------- compose
    def _team_name(self) -> str:
        head = {"kiểm tra": "Đoàn Kiểm tra", "giám sát": "Đoàn giám sát",
                "công tác": "Đoàn công tác"}[self.kind_word]
        if self.kind_word == "kiểm tra" and self.rng.random() < 0.2:
            head = "Đoàn kiểm tra"
        self.team_head = head
        if self.number is not None:
            head += f" số {self.number}"
        link = "thuộc" if self.body_key == "TBBVCT" and self.rng.random() < 0.5 else "của"
        return f"{head} {link} {self.body_written}"

    def _lead_title(self) -> _TW:
        if self.number is None:
            text = "Trưởng đoàn"
        else:
            text = f"Trưởng {self.team_head} số {self.number}"
        return _TW(text, ("team", "leader"))

    def _deputy_title(self) -> _TW:
        if self.number is None:
            text = "Phó Trưởng đoàn"
        else:
            text = self.rng.choice((
                "Phó Trưởng đoàn", f"Phó Trưởng {self.team_head} số {self.number}",
                f"Phó Trưởng đoàn {self.activity}"))
        return _TW(text, ("team", "deputy"))

    def _place(self) -> str:
        """``, tại thành phố Vinh, tỉnh Nghệ An`` or ``, tại tỉnh Nghệ An`` or nothing."""
        p, rng = self.prov, self.rng
        r = rng.random()
        self.place = self.place_as_written = None
        if p.capital and r < 0.45:
            kind, name = p.capital
            self.place = self.place_as_written = name
            if p.misspelt and rng.random() < 0.1:
                self.place_as_written = rng.choice(p.misspelt)
                return f", tại {kind} {self.place_as_written}, {p.written}"
            if rng.random() < 0.25 and kind == "thành phố" and not p.city:
                return f", tại thành phố {name}"
            return f", tại {kind} {name}, {p.written}"
        if r < 0.7:
            return f", tại {p.written}"
        return ""

    def _compose(self) -> None:
        rng = self.rng
        for m in _REF_IN_TEXT.finditer(self.topic):  # the topic is first written in the lead
            self._add_ref(m.group(0))
        if self.want_headline:
            self._headline()
        team = self._team_name()
        date_text = _date_text(rng, self.day, self.tod, self.with_year)
        self.programme_year: int | None = None
        t0 = self.target(self.expand("Ban Thường vụ {C} {P}")) if not self.tb.ministry else \
            self.target(self.expand(self.tb.extra_targets[0]))
        self.t0 = t0
        if self.tb.ministry:
            self._lead_ministry(date_text, team)
        else:
            form = rng.random()
            if self.leader is None:
                form = 0.0
            elif self.working:
                form *= 0.6  # "có buổi làm việc với …" or "do … làm Trưởng đoàn đã làm việc với …"
            if form < 0.25:
                self._lead_a(date_text, team)
            elif form < 0.6:
                self._lead_b(date_text, team)
            elif form < 0.8 and self.with_year:
                self._lead_c(team)
            else:
                self._lead_d(date_text, team)
        self._body()
        if rng.random() < 1 / 3:
            self._teasers()

    def _headline(self) -> None:
        rng = self.rng
        p = self.prov
        head = {"kiểm tra": "Đoàn Kiểm tra", "giám sát": "Đoàn giám sát",
                "công tác": "Đoàn công tác"}[self.kind_word]
        body = self.tb.name
        forms = [
            f"{head} của {body} làm việc với Ban Thường vụ {p.committee} {p.name}",
            f"{body} {'làm việc với' if self.working else self.activity} Ban Thường vụ "
            f"{p.committee} {p.name}",
            f"Nâng cao hiệu quả {self.topic} tại {p.name}" if self.topic.startswith("công tác")
            else f"{body} làm việc tại {p.name}",
        ]
        if self.tb.ministry:
            forms = [f"{body} làm việc với {self.expand(self.tb.extra_targets[0])}",
                     f"{head} của {body} thăm, làm việc tại {p.written}"]
        self.headline = rng.choice(forms)
        self.paras.append(self.headline)

    # The leads ------------------------------------------------------------------
    def _leader_phrase(self, *, sub: bool) -> str:
        """``do đồng chí X, T1, T2 làm Trưởng đoàn``."""
        rng = self.rng
        titles = self.titles_of(self.leader, sub=sub)
        rank = self.leader.rank_at(self.day)
        dash = bool(rank) and rng.random() < 0.4
        text = self.nt(self.leader, titles, ("team", "leader"), dash=dash)
        verb = "làm Trưởng đoàn" if rng.random() < 0.85 else "dẫn đầu"
        return f"do {text} {verb}"

    def _lead_a(self, date_text: str, team: str) -> None:
        """Seed style: the team works with the committee; then who attended."""
        rng = self.rng
        self.venue = "buổi làm việc"
        place = self._place()
        verb = (f"có buổi làm việc, {self.activity} tại" if self.kind_word == "kiểm tra"
                else "có buổi làm việc với")
        s1 = f"{self.outlet}{date_text}{place}, {team} {verb} {self.t0} về {self.topic}."
        parts = []
        if self.leader is not None:
            parts.append(self.nt(self.leader, self.titles_of(self.leader, sub=True)
                                 + [self._lead_title()], ("team", "leader")))
        if self.deputy is not None:
            parts.append(self.nt(self.deputy, self.titles_of(self.deputy)
                                 + [self._deputy_title()], ("team", "deputy")))
        if parts:
            tail = rng.choice(("các đồng chí thành viên Đoàn", "các đồng chí đại diện "
                               "Ban Tổ chức Trung ương, Ban Tuyên giáo Trung ương"))
            s2 = f" Dự {self.venue} có " + "; ".join(parts) + f"; {tail}."
        else:
            s2 = ""
        self.paras.append(s1 + s2)
        self._hosts_paragraph()

    def _lead_b(self, date_text: str, team: str) -> None:
        """``Đoàn … do X, T làm Trưởng đoàn đã có buổi làm việc với …``; then the deputy."""
        rng = self.rng
        place = self._place() if rng.random() < 0.6 else ""
        lp = self._leader_phrase(sub=True)
        year = ""
        if self.with_year and not self.working and rng.random() < 0.4:
            self.programme_year = date.fromordinal(self.day).year
            year = f" năm {self.programme_year}"
        verb = rng.choice(("đã có buổi làm việc với", "đã làm việc với")) \
            if self.venue == "buổi làm việc" else "đã tổ chức hội nghị làm việc với"
        para = (f"{self.outlet}{date_text}{place}, {team} {lp} {verb} {self.t0} về "
                f"{self.topic}{year}.")
        if self.deputy is not None:
            dep = self.nt(self.deputy, self.titles_of(self.deputy) + [self._deputy_title()],
                          ("team", "deputy"))
            end = rng.choice((" và các thành viên trong đoàn.",
                              "; các đồng chí thành viên Đoàn.",
                              " và các thành viên đoàn."))
            para += f" {rng.choice(('Cùng dự có', 'Dự ' + self.venue + ' có'))} {dep}{end}"
        if rng.random() < 0.5:
            para += " " + self._hosts_sentence()
            self.paras.append(para)
        else:
            self.paras.append(para)
            self._caption_leader()
            self._hosts_paragraph()

    def _lead_c(self, team: str) -> None:
        """``Thực hiện Chương trình kiểm tra, giám sát năm Y của …, ngày …, …``."""
        rng = self.rng
        self.venue = "hội nghị"
        self.programme_year = date.fromordinal(self.day).year
        body = "Bộ Chính trị, Ban Bí thư" if self.body_key == "BCT" else self.tb.name
        date_text = _date_text(rng, self.day, self.tod, True, capital=False, allow_words=True)
        place = self._place()
        self.paras.append(
            f"{self.outlet}Thực hiện Chương trình kiểm tra, giám sát năm {self.programme_year} "
            f"của {body}, {date_text}{place}, {team} đã tổ chức hội nghị công bố quyết định "
            f"{self.activity} đối với {self.t0} về {self.topic}.")
        parts = [self.nt(self.leader, self.titles_of(self.leader, sub=True)
                         + [self._lead_title()], ("team", "leader"))]
        if self.deputy is not None:
            parts.append(self.nt(self.deputy, self.titles_of(self.deputy)
                                 + [self._deputy_title()], ("team", "deputy")))
        para = "Dự hội nghị có " + "; ".join(parts) + "; các đồng chí thành viên Đoàn."
        para += " " + self._hosts_sentence(form="pair")
        self.paras.append(para)

    def _lead_d(self, date_text: str, team: str) -> None:
        """The leader written titles first: ``Phó Chủ nhiệm … X, Trưởng Đoàn … chủ trì``."""
        rng = self.rng
        self.venue = "hội nghị"
        place = self._place()
        extra = [t for t in self.tb.extra_targets if "{P}" in t]
        and_t = f" và {self.target(self.expand(extra[0]))}" if extra and rng.random() < 0.5 else ""
        self.paras.append(
            f"{self.outlet}{date_text}{place}, {team} đã tổ chức hội nghị công bố quyết định "
            f"{self.activity} đối với {self.t0}{and_t} về {self.topic}.")
        rank = self.leader.rank_at(self.day)
        if rank:
            head = self.nt(self.leader, [self.main_title(self.leader), self._lead_title()],
                           ("team", "leader"))
        else:
            head = self.tn(self.leader, [self.main_title(self.leader)], ("team", "leader"))
            head += ", " + self._lead_title().text
            self._register(self.leader, [self._lead_title()], None, "body", "team", "leader")
        para = f"{head} chủ trì hội nghị."
        if self.deputy is not None:
            dep = self.nt(self.deputy, self.titles_of(self.deputy) + [self._deputy_title()],
                          ("team", "deputy"))
            para += f" Cùng dự có {dep} và các thành viên Đoàn."
        self.paras.append(para)
        self._hosts_paragraph()

    def _lead_ministry(self, date_text: str, team: str) -> None:
        """A ministry's working visit (``Đoàn công tác của Bộ Công an do Thượng tướng …``)."""
        rng = self.rng
        self.venue = "buổi làm việc"
        place = self._place()
        if self.leader is None:
            self.paras.append(f"{self.outlet}{date_text}{place}, {team} đã đến thăm, làm việc "
                              f"với {self.t0} về {self.topic}.")
        else:
            lp = self._leader_phrase(sub=False)
            self.paras.append(f"{self.outlet}{date_text}{place}, {team} {lp} đã đến thăm, "
                              f"làm việc với {self.t0} về {self.topic}.")
        parts = []
        members = sorted(self.members, key=lambda m: -_RANK_INDEX.get(m.rank_at(self.day) or "",
                                                                       -1))
        for m in members:
            titles = self.titles_of(m, party=rng.random() < 0.5)
            parts.append(self.nt(m, titles, ("team", "member"), dash=rng.random() < 0.3))
        other = "Bộ Quốc phòng" if self.body_key == "QUTW" else "Bộ Công an"
        para = ""
        if parts:
            para = (f"Cùng đi {rng.choice(('có', 'trong đoàn có'))} " + "; ".join(parts)
                    + f"; lãnh đạo một số cơ quan chức năng của {other}.")
        hosts = self._hosts_sentence(form="tiep")
        self.paras.append((para + " " + hosts).strip())

    # Hosts ------------------------------------------------------------------------
    def _host_titles(self, person: _Person, explicit: str = "none") -> list[_TW]:
        return self.titles_of(person, party=True, explicit=explicit)

    def _hosts_sentence(self, form: str | None = None) -> str:
        rng, p = self.rng, self.prov
        hosts = self.hosts
        if not hosts:
            return f"Về phía {p.written} có các đồng chí trong Ban Thường vụ {p.committee}."
        form = form or rng.choice(("list", "list", "pair", "tiep"))
        role = ("host", "host")
        if form == "list":
            items = [self.nt(h, self._host_titles(h), role, hon="") for h in hosts]
            return (f"Về phía {p.written} có các đồng chí: " + "; ".join(items)
                    + f"; các đồng chí Ủy viên Ban Thường vụ {p.committee}; đại diện lãnh đạo các "
                    f"cơ quan tham mưu, giúp việc của {p.committee}.")
        if form == "pair":
            items = [self.nt(h, self._host_titles(h), role) for h in hosts]
            return (f"Về phía {p.written} có " + "; ".join(items)
                    + f" cùng các đồng chí trong Ban Thường vụ {p.committee}.")
        # Titles first: "Tiếp đoàn có Bí thư Tỉnh ủy X A; Phó Bí thư …, Chủ tịch … B; …"
        items = []
        for i, h in enumerate(hosts):
            if h.rank_at(self.day):
                items.append(self.nt(h, self.titles_of(h, party=False), role))
            else:
                titles = self.titles_of(h, party=False, explicit="last" if i == 0 else "none")
                items.append(self.tn(h, titles, role))
        lead = rng.choice(("Tiếp và làm việc với đoàn có", "Tiếp đoàn có"))
        return (f"{lead} " + "; ".join(items) + f"; các đồng chí Ủy viên Ban Thường vụ "
                f"{p.committee} và lãnh đạo các cơ quan tham mưu, giúp việc của {p.committee}.")

    def _hosts_paragraph(self) -> None:
        self.paras.append(self._hosts_sentence())

    # The rest of the body ------------------------------------------------------------
    def _caption_leader(self) -> None:
        rng = self.rng
        if self.leader is None:
            return
        titles = self.titles_of(self.leader, party=rng.random() < 0.5)
        if self.number is not None and rng.random() < 0.6:
            titles.append(self._lead_title())
        text = self.nt(self.leader, titles, ("team", "leader"), hon="Đồng chí")
        verb = rng.choice(("phát biểu tại", "phát biểu chỉ đạo tại", "phát biểu kết luận"))
        self.caption(f"{text} {verb} {self.venue}")

    def _body(self) -> None:
        rng = self.rng
        p = self.prov
        # Decision and the list of bodies inspected.
        extras = []
        for tmpl in self.tb.extra_targets[(1 if self.tb.ministry else 0):]:
            if tmpl == "@district":
                if p.districts:
                    committee, name = rng.choice(p.districts)
                    extras.append(f"{committee} {name}")
            elif rng.random() < 0.7:
                extras.append(self.expand(tmpl))
        extras = [e for e in dict.fromkeys(extras) if _key(e) != _key(self.t0)]
        member = self.members[0] if self.members and not self.tb.ministry else None
        if self.working and not self.tb.ministry:
            if member is not None:
                who = self.nt(member, self.titles_of(member, party=False), ("team", "member"))
                verb = rng.choice(("thông tin về", "trình bày", "quán triệt"))
                para = (f"Tại {self.venue}, thay mặt đoàn công tác, {who} {verb} mục đích, yêu "
                        f"cầu và nội dung làm việc của đoàn.")
            else:
                para = f"Tại {self.venue}, đoàn đã thông tin về mục đích, yêu cầu của đợt làm việc."
            if extras:
                listed = [self.t0] + extras
                for t in listed:
                    self.target(t)
                para += f" Theo chương trình, đoàn sẽ làm việc với {_join(listed)}."
            self.paras.append(para)
        elif not self.tb.ministry:
            year = ""
            if self.with_year and self.programme_year is None and rng.random() < 0.5:
                self.programme_year = date.fromordinal(self.day).year
                year = f" năm {self.programme_year}"
            if member is not None and rng.random() < 0.85:
                mt = self.titles_of(member, party=False)
                if rng.random() < 0.5:
                    who = self.nt(member, mt, ("team", "member"))
                    para = (f"Tại {self.venue}, đại diện đoàn {self.activity} do {who} công bố "
                            f"quyết định, kế hoạch {self.activity} và quán triệt mục đích, yêu "
                            f"cầu, nội dung, phương pháp tiến hành {self.activity} "
                            f"{self.topic}{year} đối với {self.t0}.")
                else:
                    who = self.nt(member, mt, ("team", "member"))
                    para = (f"Tại {self.venue}, thay mặt {self.team_head}, {who} công bố quyết "
                            f"định, kế hoạch {self.activity}{year}.")
            else:
                para = (f"Tại {self.venue}, Đoàn đã công bố quyết định {self.activity}{year} về "
                        f"{self.topic} đối với {self.t0}.")
            if extras:
                listed = [self.t0] + extras
                form = rng.random()
                docs = [k for k in self.tb.refs if k in _DOCS and _DOCS[k][2] < self.day - 30]
                if form < 0.25 and docs:
                    # g08 style: the document first, then where it is checked.
                    cited = self.cite(rng.choice(docs))
                    for t in listed:
                        self.target(t)
                    para += (f" Theo kế hoạch, đoàn {self.activity} việc thực hiện {cited} tại "
                             f"{_join(listed)}.")
                else:
                    for t in listed:
                        self.target(t)
                    para += " " + (
                        f"Theo đó, đoàn sẽ làm việc, {self.activity} tại {_join(listed)}."
                        if form < 0.6 else
                        f"Theo quyết định, Đoàn sẽ tiến hành {self.activity} tại {_join(listed)}.")
            if self.with_year and rng.random() < 0.2:
                year = date.fromordinal(self.day).year
                para += (f" Thời gian {self.activity} từ năm {year - rng.randint(2, 4)} đến nay; "
                         f"thời gian làm việc trực tiếp tại địa phương là "
                         f"{rng.choice((15, 20, 30))} ngày.")
            self.paras.append(para)
            if rng.random() < 0.5:
                self.caption(rng.choice(("Quang cảnh", "Toàn cảnh")) + f" {self.venue}")
        # The committee's self-assessment (seed style, a local document quoted).
        if self.topic.startswith("công tác") and not self.working and rng.random() < 0.35:
            ref = self.cite("@local")
            quote = self.topic
            self.paras.append(
                f"Cũng tại {self.venue}, đại diện {p.committee} {p.name} đã báo cáo kết quả tự "
                f"{self.activity} của {p.committee} về {self.topic}. Theo đó, thời gian qua, Ban "
                f"Thường vụ {p.committee}, ban thường vụ cấp ủy trực thuộc {p.committee} tập trung "
                f"chỉ đạo trực tiếp, toàn diện {self.topic}; ban hành {ref} về “Tăng cường {quote} "
                f"trong thời điểm hiện nay” nhằm nâng cao nhận thức, hành động của cấp ủy, các tổ "
                f"chức đảng, cán bộ, đảng viên trong toàn {p.admin}.")
        # A host reports (now and then named in a photo caption only, as in the seeds).
        reporter = self._reporter()
        if reporter is not None:
            new = reporter.key not in self.people
            caption_only = new and rng.random() < 0.2
            if not caption_only:
                if new:
                    titles = self.titles_of(reporter, party=False,
                                            explicit=rng.choice(("none", "last")))
                    who = self.nt(reporter, titles, ("host", "host"))
                else:
                    who = self.nt(reporter, [], ("host", "host"))
                text = self.expand(rng.choice(_REPORT))
                extra = ""
                if self.topic.startswith("công tác") and rng.random() < 0.5:
                    ref = self.cite("@local")
                    extra = f"; ban hành {ref} về tăng cường {self.topic} trong tình hình mới"
                self.paras.append(f"Báo cáo tại {self.venue}, {who} cho biết, {text}{extra}.")
            if caption_only or rng.random() < 0.5:
                titles = self.titles_of(reporter, party=False, explicit="last")
                cap = self.nt(reporter, titles, ("host", "host"), hon="Đồng chí")
                what = ("báo cáo kết quả công tác" if self.working
                        else f"báo cáo tóm tắt kết quả tự {self.activity}")
                self.caption(f"{cap} {what}")
        # The leader speaks.
        if self.leader is not None:
            if rng.random() < 0.5:
                self._caption_leader()
            rank = self.leader.rank_at(self.day)
            if rng.random() < 0.3:
                titles = self.titles_of(self.leader, sub=True)
                if self.number is not None:
                    titles.append(self._lead_title())
                who = self.nt(self.leader, titles, ("team", "leader"))
            else:
                who = f"{rank} {self.leader.name}" if rank else f"đồng chí {self.leader.name}"
                self._register(self.leader, [], rank, "body", "team", "leader")
            s = rng.choice(_SPEECH)
            q = rng.choice(_REQUEST[1:3] if self.working else _REQUEST)
            para = (f"Phát biểu {rng.choice(('tại ' + self.venue, 'chỉ đạo'))}, {who} "
                    f"{self.expand(s)}; đồng thời {self.expand(q)}.")
            refs = [x for x in self.tb.refs if x != "@local"]
            rng.shuffle(refs)
            for key in refs[:rng.randint(0, 2)]:
                cited = self.cite(key)
                if cited:
                    who = rng.choice(("Đồng chí cũng", "Đoàn cũng"))
                    para += (f" {who} đề nghị {p.admin} tiếp tục quán triệt, thực hiện nghiêm "
                             f"{cited}.")
                    break
            self.paras.append(para)
            if rng.random() < 0.3:
                rank = self.leader.rank_at(self.day)
                who = f"{rank} {self.leader.name}" if rank else f"Đồng chí {self.leader.name}"
                self._register(self.leader, [], rank, "body", "team", "leader")
                self.paras.append(
                    f"{who} lưu ý, {p.name} là địa bàn có vị trí chiến lược quan trọng về kinh tế, "
                    f"chính trị, quốc phòng, an ninh, vì vậy ngoài những nội dung trong kế hoạch, "
                    f"cần làm rõ sâu hơn công tác nắm tình hình, công tác phối hợp giữa các cơ "
                    f"quan chức năng và việc tổ chức thực hiện ở cơ sở.")
        # The Bí thư answers.
        bt = self.hosts[0] if self.hosts else None
        if bt is not None and self.world.holder(self.unit, "BT", self.day) is bt:
            if rng.random() < 0.4:
                titles = [self.main_title(bt, explicit=True)]
                cap = self.tn(bt, titles, ("host", "host"))
                verb = rng.choice(("báo cáo với đoàn công tác" if self.working else
                                   "báo cáo với Đoàn kiểm tra", f"phát biểu tại {self.venue}"))
                line = f"{cap} {verb}"
                if rng.random() < 0.5:
                    self.paras += [line + ".", line + "."]
                else:
                    self.caption(line)
            explicit = rng.random() < 0.5
            who = self.nt(bt, [self.main_title(bt, explicit=explicit)], ("host", "host"))
            reply = self.expand(rng.choice(_REPLY))
            form = rng.random()
            if form < 0.45:
                sep = f"Thay mặt Ban Thường vụ {p.committee}"
                if rng.random() < 0.3:
                    sep += f" {p.name}"
                self.paras.append(f"{sep}, {who} {reply}.")
            elif form < 0.75:
                reply = self.expand(rng.choice(_REPLY[1:]))
                self.paras.append(f"Tiếp thu ý kiến của đoàn, {who} {reply}.")
            else:
                self.paras.append(f"Phát biểu tại {self.venue}, {who} {reply}.")
        # The deputy closes.
        if self.deputy is not None and self.deputy.key in self.people and not self.working \
                and rng.random() < 0.4:
            rank = self.deputy.rank_at(self.day)
            who = f"{rank} {self.deputy.name}" if rank else f"đồng chí {self.deputy.name}"
            self._register(self.deputy, [], rank, "body", "team", "deputy")
            self.paras.append(
                f"Cũng tại {self.venue}, {who} đã thông qua đề cương báo cáo và lịch làm việc của "
                f"đoàn; đề nghị các đơn vị hoàn thành báo cáo tự {self.activity} trước khi đoàn "
                f"tiến hành {self.activity} trực tiếp.")
        if rng.random() < 0.3:
            self.caption(f"Quang cảnh {self.venue}")

    def _reporter(self) -> _Person | None:
        w = self.world
        posts = {"UBKTTW": "CNUBKT", "BTGTW": "TBTG", "BCAT": "GDCA", "QUTW": "CHTQS"}
        post = posts.get(self.body_key, "TBTC")
        p = w.holder(self.unit, post, self.day)
        if p is not None and self._free(p) and p not in self._team() and \
                self._name_unique(p, self._team() + self.hosts):
            if p not in self.hosts:
                self.hosts.append(p)
            return p
        return None

    # Teasers -----------------------------------------------------------------------------
    def _teasers(self) -> None:
        rng, w = self.rng, self.world
        block: list[str] = []
        for _ in range(rng.randint(1, 3)):
            q = rng.choice(w.provinces)
            if len(w.provinces) > 1:
                while q is self.prov:
                    q = rng.choice(w.provinces)
            latest = min(self.published if self.published is not None else END, END)
            tq = min(max(self.day + rng.randint(-40, 10), START - 30), latest)
            kind = rng.choice(("tri_an", "military", "board", "plain", "visit"))
            paras = self._teaser(kind, q, tq)
            if paras is None:
                paras = self._teaser("plain", q, tq)
            block += paras
        if block:
            self.paras.append("Có thể bạn quan tâm")
            self.paras += block

    def _teaser_date(self, tq: int) -> tuple[str, dict]:
        rng = self.rng
        tod = rng.choice((None, None, "sáng", "chiều", "tối"))
        with_year = rng.random() < 0.5
        text = _date_text(rng, tq, tod, with_year)
        event = {"date": _gold_date(tq, with_year, self.published), "time_of_day": tod}
        return text, event

    def _teaser(self, kind: str, q: _Prov, tq: int) -> list[str] | None:
        rng, w = self.rng, self.world
        unit = f"p{q.code}"
        saved = self.day, self.prov
        self.day, self.prov = tq, q
        try:
            date_text, event = self._teaser_date(tq)
            event["province"] = q.name
            role = ("other", None)
            if kind == "tri_an":
                actor = w.holder(unit, rng.choice(("PBTTT", "BT")), tq)
                former = w.former.get(unit, ())
                dead = [e for e in former
                        if e.died is not None and e.died <= tq and self._free(e)]
                alive = [e for e in former
                         if e.retired <= tq and (e.died is None or e.died > tq)
                         and self._free(e)]
                if actor is None or not self._free(actor) or not (dead or alive):
                    return None
                d = dead[rng.randrange(len(dead))] if dead else None
                a = alive[rng.randrange(len(alive))] if alive else None
                if d is a or actor in (d, a):
                    return None
                seg = "related"
                out = []
                if d is not None:
                    dt = self.former_titles(d, "cố")
                    cap = self.nt(actor, [], role, hon="Đồng chí", segment=seg)
                    dn = self.tn(d, dt, role, segment=seg)
                    out.append(f"{cap} thăm hỏi gia đình {dn}. (Ảnh: TTXVN)")
                out.append(f"Lãnh đạo {q.written} tri ân các đồng chí nguyên lãnh đạo {q.admin} "
                           f"qua các thời kỳ")
                at = [self.main_title(actor, explicit=True)]
                lead = (f"Nhân dịp kỷ niệm ngày thành lập Đảng bộ {q.admin}, {date_text[0].lower()}"
                        f"{date_text[1:]}, {self.nt(actor, at, role, segment=seg)} đã đến thăm")
                parts = []
                if d is not None:
                    dt = self.former_titles(d, "cố")
                    parts.append(f", dâng hương tưởng nhớ {self.tn(d, dt, role, segment=seg)}")
                if a is not None:
                    at2 = self.former_titles(a, "nguyên")
                    sep = "; thăm hỏi, tặng quà " if parts else ", tặng quà "
                    parts.append(f"{sep}{self.tn(a, at2, role, segment=seg)}")
                out.append(lead + "".join(parts) + ".")
                event["people"] = [actor.name]
                self.related.append(event)
                return out
            if kind == "military":
                post = "CHTQS" if not q.city else "GDCA"
                actor = w.holder(unit, post, tq)
                if actor is None or not self._free(actor) or actor.rank_at(tq) is None:
                    return None
                body = f"Bộ Chỉ huy Quân sự {q.written}" if post == "CHTQS" else \
                    f"Công an {q.written}"
                seg = "related"
                out = [f"{actor.rank_at(tq)} {actor.name} phát biểu tại hội nghị."]
                self._register(actor, [], actor.rank_at(tq), seg, *role)
                month = date.fromordinal(tq).month
                verb = ("tổng kết" if month in (11, 12, 1) else
                        "sơ kết" if month in (5, 6, 7) else "triển khai")
                out.append(f"{body} {verb} công tác quân sự, quốc phòng địa phương")
                titles = [self.main_title(actor, explicit=True)]
                who = self.nt(actor, titles, role, segment=seg)
                where = f", tại {q.written}" if rng.random() < 0.5 else ""
                out.append(f"{date_text}{where}, {body} tổ chức hội nghị {verb} công tác quân sự, "
                           f"quốc phòng địa phương. {who[0].upper()}{who[1:]} chủ trì hội nghị.")
                event["people"] = [actor.name]
                self.related.append(event)
                return out
            if kind == "board":
                post, board, work = rng.choice((("TBDV", "Ban Dân vận", "công tác dân vận"),
                                                ("TBTG", "Ban Tuyên giáo", "công tác tuyên giáo"),
                                                ("TBTC", "Ban Tổ chức", "công tác tổ chức xây "
                                                 "dựng Đảng")))
                actor = w.holder(unit, post, tq)
                if actor is None or not self._free(actor):
                    return None
                seg = "related"
                out = [f"Quang cảnh hội nghị{self.credit()}",
                       f"{q.name} sơ kết {work}"]
                titles = self.titles_of(actor, party=False, explicit="last", t=tq)
                who = self.nt(actor, titles, role, hon="Đồng chí", segment=seg)
                ref = ""
                if rng.random() < 0.4:
                    kind_doc, code = rng.choice(_LOCAL_DOCS)
                    r = f"{kind_doc} số {rng.randint(1, 60):02d}-{code}"
                    self._add_ref(r)
                    ref = f", quán triệt {r} của Ban Thường vụ {q.committee}"
                out.append(f"{date_text}, {board} {q.committee} {q.name} tổ chức hội nghị sơ kết "
                           f"{work}{ref}. {who} chủ trì hội nghị.")
                event["people"] = [actor.name]
                self.related.append(event)
                return out
            if kind == "visit" and w.central:
                unit_c = rng.choice(w.central)
                heads = [k for k, s in _CENTRAL[unit_c][1].items() if s.pb]
                actor = w.holder(unit_c, heads[0], tq) if heads else None
                if actor is None or not self._free(actor):
                    return None
                seg = "related"
                rank = actor.rank_at(tq)
                cap = f"{rank} {actor.name}" if rank else f"Đồng chí {actor.name}"
                self._register(actor, [], rank, seg, *role)
                tet = date.fromordinal(tq).month in (1, 2)
                what = "chúc Tết" if tet else "làm việc với lãnh đạo chủ chốt"
                out = [f"{cap} thăm, tặng quà gia đình chính sách tại {q.name}{self.credit()}"]
                out.append(f"Lãnh đạo Trung ương thăm, {what} {q.written}")
                titles = self.titles_of(actor, party=True, t=tq)
                who = self.nt(actor, titles, role, segment=seg)
                tail = ("chúc Tết Đảng bộ, chính quyền và nhân dân" if tet else
                        "làm việc, nắm tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội "
                        "của")
                out.append(f"{date_text}, {who} đã đến thăm, {tail} {q.written}.")
                event["people"] = [actor.name]
                self.related.append(event)
                return out
            # plain: an event with no person named.
            cap = f"Quang cảnh buổi lễ{self.credit()}"
            if q.capital and rng.random() < 0.5:
                kind_w, name = q.capital
                where = f"{kind_w} {name}, {q.written}"
                event["place"] = name
            else:
                where = q.written
            what = rng.choice(("Nhà truyền thống Đảng bộ", "Khu di tích lịch sử cách mạng"))
            out = [cap, f"Khánh thành {what} {q.written}",
                   f"{date_text}, tại {where}, Ban Thường vụ {q.committee} {q.name} tổ chức lễ "
                   f"khánh thành {what} {q.admin}, ghi dấu những chặng đường lịch sử của Đảng bộ "
                   f"và nhân dân địa phương."]
            event["people"] = []
            self.related.append(event)
            return out
        finally:
            self.day, self.prov = saved

    # ---------------------------------------------------------------------- output
    def _finish(self) -> tuple[str, dict, dict | None]:
        conv = _old_tone_cached if self.old else _same
        text = "\n\n".join(self.paras) + "\n"
        if self.nbsp:
            text = text.replace("đồng chí ", "đồng chí\u00a0")
        text = unicodedata.normalize("NFC", conv(text))
        people = []
        for entry in self.people.values():
            item = {"name": conv(entry["name"]), "person_key": entry["person_key"],
                    "rank": entry["rank"]}
            if entry["deceased"]:
                item["deceased"] = True
            item["titles"] = [conv(t) for t in entry["titles"]]
            if entry["resolved_orgs"]:
                item["resolved_orgs"] = {conv(k): conv(v)
                                         for k, v in entry["resolved_orgs"].items()}
            item.update(side=entry["side"], role=entry["role"], segment=entry["segment"])
            people.append(item)
        related = []
        for ev in self.related:
            item = {"date": ev["date"], "time_of_day": ev["time_of_day"],
                    "province": ev["province"]}
            if "place" in ev:
                item["place"] = ev["place"]
            item["people"] = [conv(n) for n in ev["people"]]
            related.append(item)
        gold = {
            "doc": f"{self.stem}.txt",
            "source": self.source,
            "headline": conv(self.headline) if self.headline else None,
            "main_event": {
                "kind": self.kind,
                "date": _gold_date(self.day, self.with_year, self.published),
                "time_of_day": self.tod,
                "province": self.prov.name,
                "place": self.place,
                "place_as_written": conv(self.place_as_written) if self.place_as_written
                else None,
                "team": {"number": self.number, "body": conv(self.body_written)},
                "programme_year": self.programme_year,
                "topic": conv(self.topic),
                "targets": [conv(t) for t in self.targets],
            },
            "people": people,
            "photographers": [conv(p) for p in self.photographers],
            "references": [conv(r) for r in self.references],
            "related_events": related,
        }
        meta = None
        if self.published is not None:
            meta = {"url": f"https://synth.example/bai-viet/{self.stem}.html",
                    "published": _iso(self.published)}
        return text, gold, meta
