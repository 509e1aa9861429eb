"""An in-memory gazetteer of Vietnamese administrative units, in two eras (SPEC §2, Places).

Built offline from the ``vietnamadminunits`` package:

- ``admin_units_legacy``: the 63 provinces with their districts and wards, in
  force before 1 July 2025 (era ``"legacy"``);
- ``admin_units``: the 34 provinces and their wards (districts abolished), in
  force from 1 July 2025 (era ``"2025"``);
- ``data/converter_2025.json``: which legacy provinces (and wards) each 2025
  unit absorbed, used for :func:`successor`.

Names are matched on an accent-, case-, tone-placement-, space- and
punctuation-free key (``Đắk Lắk`` = ``dak lak`` = ``Daklak``; ``Cư M’Gar`` =
``Cư M'gar``), then, failing that, fuzzily with rapidfuzz on small candidate
lists (one province, or the provinces and districts) so that misspellings such
as ``Buôn Ma Thuật`` resolve to ``Buôn Ma Thuột`` while random capitalised
words do not. The data is loaded lazily, once, on the first call.
"""

from __future__ import annotations

import functools
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from rapidfuzz import fuzz

from ..records import Place
from ..text.normalize import fold_key, match_key

LEGACY = "legacy"
NEW = "2025"
ERAS = (LEGACY, NEW)

PROVINCE = "province"
DISTRICT = "district"
WARD = "ward"
LEVELS = (PROVINCE, DISTRICT, WARD)
_LEVEL_RANK = {PROVINCE: 0, DISTRICT: 1, WARD: 2}

# Canonical unit types, keyed by their folded spelling (with the usual abbreviation).
_TYPES = {
    "tinh": "Tỉnh",
    "thanh pho": "Thành phố",
    "tp": "Thành phố",
    "huyen": "Huyện",
    "quan": "Quận",
    "thi xa": "Thị xã",
    "xa": "Xã",
    "phuong": "Phường",
    "thi tran": "Thị trấn",
    "dac khu": "Đặc khu",
}
# The levels a unit of each type can have.
_TYPE_LEVELS = {
    "Tỉnh": (PROVINCE,),
    "Thành phố": (PROVINCE, DISTRICT),
    "Huyện": (DISTRICT,),
    "Quận": (DISTRICT,),
    "Thị xã": (DISTRICT,),
    "Xã": (WARD,),
    "Phường": (WARD,),
    "Thị trấn": (WARD,),
    "Đặc khu": (WARD,),
}
# A leading type word of a written name: "tỉnh Đắk Lắk", "TP. Hồ Chí Minh", "TP.HCM".
_TYPE_PREFIX = re.compile(
    r"^(thanh pho|thi xa|thi tran|dac khu|tinh|huyen|quan|xa|phuong|tp)(?:\.\s*|\s+)(?=\S)"
)

# Extra spellings of provinces that the package lacks (general knowledge).
_EXTRA_PROVINCE_ALIASES = {
    LEGACY: {"46": ("Thừa Thiên Huế", "Thừa Thiên - Huế", "TT Huế", "TT-Huế")},
    NEW: {"46": ("Thừa Thiên Huế", "Thừa Thiên - Huế", "TT Huế", "TT-Huế")},
}

_AMBIGUOUS = object()  # several units share the exact name

# Fuzzy matching: a misspelling must keep the first letter and the number of
# syllables, and be this close (rapidfuzz ratio on the folded, spaced key).
FUZZY_MIN = 88.0
FUZZY_MIN_SHORT = 92.0  # names of at most SHORT_LEN letters
SHORT_LEN = 7
FUZZY_MIN_LEN = 5  # no fuzzy matching below this many letters


# Syllable structure, for telling a misspelling from a different name: a
# misspelt syllable keeps its final consonant and its initial one (or swaps it
# for one commonly confused with it: s/x, ch/tr, d/gi/r, n/l); only the vowel may change.
_ONSETS = ("ngh", "ng", "nh", "ch", "tr", "th", "ph", "kh", "gh", "gi", "qu")
_ONSETS += tuple("bcdghklmnprstvx")
_CODAS = ("ng", "nh", "ch", "c", "k", "m", "n", "p", "t")
_ONSET_CLASS = {
    "x": "s", "tr": "ch", "gi": "d", "r": "d", "l": "n", "k": "c", "q": "c", "qu": "c",
    "gh": "g", "ngh": "ng",
}
_CODA_CLASS = {"k": "c"}


def _onset(syl: str) -> str:
    for o in _ONSETS:
        if syl.startswith(o) and len(syl) > len(o):
            return o
    return ""


def _coda(syl: str) -> str:
    for c in _CODAS:
        if syl.endswith(c) and len(syl) > len(c):
            return c
    return ""


def _bucket_letter(spaced: str) -> str:
    """Fuzzy candidates share this: the class of the first syllable's initial consonant."""
    first = spaced.split()[0]
    onset = _onset(first)
    return _ONSET_CLASS.get(onset, onset) or first[0]


def close_syllables(a: str, b: str) -> bool:
    """Whether two spaced folded keys differ only like misspellings do, syllable by syllable."""
    sa, sb = a.split(), b.split()
    if len(sa) != len(sb):
        return False
    for x, y in zip(sa, sb, strict=False):
        if x == y:
            continue
        ox, oy = _onset(x), _onset(y)
        cx, cy = _coda(x), _coda(y)
        if _ONSET_CLASS.get(ox, ox) != _ONSET_CLASS.get(oy, oy):
            return False
        if _CODA_CLASS.get(cx, cx) != _CODA_CLASS.get(cy, cy):
            return False
    return True


def compact_key(name: str) -> str:
    """Accent-free key without spaces or punctuation: ``Cư M’Gar`` → ``cumgar``."""
    return re.sub(r"[^0-9a-z]", "", fold_key(name))


def spaced_key(name: str) -> str:
    """Accent-free key, one space between syllables: ``Bà Rịa - Vũng Tàu`` → ``ba ria vung tau``."""
    folded = re.sub(r"['`]", "", fold_key(name))
    return " ".join(re.sub(r"[^0-9a-z]+", " ", folded).split())


def accent_key(name: str) -> str:
    """Key with diacritics but no case, spaces or punctuation: ``Thanh Hoá`` → ``thanhhóa``."""
    return re.sub(r"[\W_]", "", match_key(name))


@functools.lru_cache(maxsize=None)
def canonical_type(word: Optional[str]) -> Optional[str]:
    """The canonical unit type for a written type word (``TP.`` → ``Thành phố``), or None."""
    if not word:
        return None
    return _TYPES.get(spaced_key(word))


def _split_type(name: str) -> tuple[Optional[str], str]:
    """Split a leading type word off ``name``: ``tỉnh Đắk Lắk`` → (``Tỉnh``, ``Đắk Lắk``)."""
    folded = fold_key(name).strip()
    lead = len(name) - len(name.lstrip())
    m = _TYPE_PREFIX.match(folded)
    if not m:
        return None, name.strip()
    return _TYPES[m.group(1)], name[lead + m.end() :].strip()


@functools.lru_cache(maxsize=None)
def _unit_type(raw: Optional[str], full: str) -> str:
    t = canonical_type(raw) if raw else None
    if t is None:
        m = _TYPE_PREFIX.match(fold_key(full))
        t = _TYPES[m.group(1)] if m else (raw or "")
    return t


def _full_name(unit_type: str, short: str) -> str:
    """``Huyện`` + ``Mường Tè``; a short name that already has its type (``Quận 1``) stays."""
    if spaced_key(short).startswith(spaced_key(unit_type) + " "):
        return short
    return f"{unit_type} {short}"


@dataclass
class _Era:
    """The indexes of one era."""

    provinces: dict[str, Place] = field(default_factory=dict)  # code → province
    units: dict[tuple[str, str], Place] = field(default_factory=dict)  # (level, code) → unit
    by_name: dict[str, list[Place]] = field(default_factory=lambda: defaultdict(list))
    by_alias: dict[str, list[Place]] = field(default_factory=lambda: defaultdict(list))
    in_province: dict[str, list[Place]] = field(default_factory=lambda: defaultdict(list))
    # Fuzzy pools keyed by (first letter, syllable count): (spaced key, place).
    pool_global: dict[tuple[str, int], list[tuple[str, Place]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    pool_province: dict[str, dict[tuple[str, int], list[tuple[str, Place]]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(list))
    )
    key_of: dict[tuple[str, str], str] = field(default_factory=dict)  # (level, code) → package key


def _dedupe(places: Iterable[Place]) -> list[Place]:
    seen: dict[tuple[str, str], Place] = {}
    for p in places:
        seen.setdefault((p.level, p.code), p)
    return list(seen.values())


def _data_file(name: str) -> Path:
    import vietnamadminunits

    return Path(vietnamadminunits.__file__).resolve().parent / "data" / name


class Gazetteer:
    """Vietnamese administrative units of both eras, with name lookup and successors.

    Build it with :func:`get_gazetteer` (a cached singleton); constructing one
    queries the package's SQLite tables and reads its converter file.
    """

    def __init__(self) -> None:
        """Load both eras from ``vietnamadminunits`` and build the lookup indexes."""
        from vietnamadminunits.database import query

        self._eras: dict[str, _Era] = {LEGACY: _Era(), NEW: _Era()}
        self._accent: dict[tuple[str, str, str], str] = {}
        self._load_legacy(query("SELECT * FROM admin_units_legacy"))
        self._load_2025(query("SELECT * FROM admin_units"))
        self._load_successors()
        # Articles name the same units again and again; answers never change.
        self.lookup = functools.lru_cache(maxsize=1 << 16)(self.lookup)  # type: ignore[method-assign]

    # --- loading -------------------------------------------------------------

    def _add(self, era: str, place: Place, key: str, aliases: Iterable[str] = ()) -> None:
        e = self._eras[era]
        ident = (place.level, place.code)
        if ident in e.units:
            return
        e.units[ident] = place
        e.key_of[ident] = key
        if place.level == PROVINCE:
            e.provinces[place.code] = place
        self._accent[(era, place.level, place.code)] = accent_key(place.short_name)
        e.by_name[compact_key(place.short_name)].append(place)
        main = compact_key(place.short_name)
        for alias in aliases:
            k = re.sub(r"[^0-9a-z]", "", alias.lower())
            if len(k) < 3 and place.level != PROVINCE:
                continue  # "q1", "p4": too short to trust outside addresses
            if k and k != main:
                e.by_alias[k].append(place)
        e.in_province[place.province_code].append(place)
        sk = spaced_key(place.short_name)
        if len(sk.replace(" ", "")) >= FUZZY_MIN_LEN:
            bucket = (_bucket_letter(sk), sk.count(" ") + 1)
            e.pool_province[place.province_code][bucket].append((sk, place))
            if place.level in (PROVINCE, DISTRICT):
                e.pool_global[bucket].append((sk, place))

    @staticmethod
    def _short_aliases(keywords: Optional[str], full_key: str, type_key: str) -> list[str]:
        """Keywords of a unit that are alternate short names (not ``type + name`` keys)."""
        if not keywords:
            return []
        words = json.loads(keywords)
        out = []
        for w in words:
            if w == full_key or (w.startswith(type_key) and w[len(type_key) :] in words):
                continue
            out.append(w)
        return out

    def _province_place(self, era: str, row: dict) -> Place:
        utype = _unit_type(None, row["province"])
        return Place(
            era=era,
            level=PROVINCE,
            code=row["provinceCode"],
            name=_full_name(utype, row["provinceShort"]),
            short_name=row["provinceShort"],
            unit_type=utype,
            province_code=row["provinceCode"],
            province=row["provinceShort"],
            latitude=row.get("provinceLat"),
            longitude=row.get("provinceLon"),
        )

    def _add_province(self, era: str, row: dict) -> Place:
        e = self._eras[era]
        code = row["provinceCode"]
        if code in e.provinces:
            return e.provinces[code]
        place = self._province_place(era, row)
        type_key = compact_key(place.unit_type)
        aliases = self._short_aliases(row.get("provinceKeywords"), row["provinceKey"], type_key)
        aliases += [compact_key(a) for a in _EXTRA_PROVINCE_ALIASES[era].get(code, ())]
        self._add(era, place, row["provinceKey"], aliases)
        return place

    def _load_legacy(self, rows: list[dict]) -> None:
        legacy = self._eras[LEGACY]
        for row in rows:
            prov = self._add_province(LEGACY, row)
            district = legacy.units.get((DISTRICT, row["districtCode"]))
            if district is None:
                district = self._district_place(row, prov)
            if row.get("ward") and row.get("wardCode"):
                self._add_ward(LEGACY, row, prov, district.code,
                               f"{row['provinceKey']}_{row['districtKey']}_{row['wardKey']}")

    def _district_place(self, row: dict, prov: Place) -> Place:
        dtype = _unit_type(row["districtType"], row["district"])
        district = Place(
            era=LEGACY,
            level=DISTRICT,
            code=row["districtCode"],
            name=_full_name(dtype, row["districtShort"]),
            short_name=row["districtShort"],
            unit_type=dtype,
            province_code=prov.code,
            province=prov.short_name,
            latitude=row.get("districtLat"),
            longitude=row.get("districtLon"),
        )
        aliases = self._short_aliases(
            row.get("districtKeywords"), row["districtKey"], compact_key(dtype)
        )
        self._add(LEGACY, district, row["districtKey"], aliases)
        return district

    def _load_2025(self, rows: list[dict]) -> None:
        for row in rows:
            prov = self._add_province(NEW, row)
            if row.get("ward") and row.get("wardCode"):
                self._add_ward(NEW, row, prov, None, f"{row['provinceKey']}_{row['wardKey']}")

    def _add_ward(self, era: str, row: dict, prov: Place, district_code: Optional[str],
                  key: str) -> None:
        """A ward of either era (the 2025 era has no districts above its wards)."""
        wtype = _unit_type(row["wardType"], row["ward"])
        ward = Place(
            era=era,
            level=WARD,
            code=row["wardCode"],
            name=_full_name(wtype, row["wardShort"]),
            short_name=row["wardShort"],
            unit_type=wtype,
            province_code=prov.code,
            province=prov.short_name,
            latitude=row.get("wardLat"),
            longitude=row.get("wardLon"),
            district_code=district_code,
        )
        aliases = self._short_aliases(row.get("wardKeywords"), row["wardKey"], compact_key(wtype))
        self._add(era, ward, key, aliases)

    def _load_successors(self) -> None:
        data = json.loads(_data_file("converter_2025.json").read_text(encoding="utf-8"))
        new = self._eras[NEW]
        new_prov_by_key = {new.key_of[(PROVINCE, c)]: p for c, p in new.provinces.items()}
        new_ward_by_key = {
            new.key_of[ident]: p for ident, p in new.units.items() if ident[0] == WARD
        }
        self._prov_succ: dict[str, Place] = {}  # legacy province key → 2025 province
        for new_key, old_keys in data.get("DICT_PROVINCE", {}).items():
            target = new_prov_by_key.get(new_key)
            if target is None:
                continue
            for old in old_keys:
                self._prov_succ[old] = target
        self._ward_succ: dict[str, Place] = {}  # legacy full ward key → 2025 ward
        for new_prov_key, wards in data.get("DICT_PROVINCE_WARD_NO_DIVIDED", {}).items():
            for new_ward_key, old_keys in wards.items():
                target = new_ward_by_key.get(f"{new_prov_key}_{new_ward_key}")
                if target is None:
                    continue
                for old in old_keys:
                    self._ward_succ.setdefault(old, target)
        for new_prov_key, olds in data.get("DICT_PROVINCE_WARD_DIVIDED", {}).items():
            for old, parts in olds.items():
                default = next((p for p in parts if p.get("isDefaultNewWard")), None)
                if default is None and parts:
                    default = parts[0]
                if default is None:
                    continue
                target = new_ward_by_key.get(f"{new_prov_key}_{default['newWardKey']}")
                if target is not None:
                    self._ward_succ.setdefault(old, target)

    # --- public API ------------------------------------------------------------

    def province_by_code(self, code: str, era: str) -> Optional[Place]:
        """The province with gazetteer ``code`` (``"66"``) in ``era``, or None."""
        return self._eras[era].provinces.get(str(code).zfill(2)) if era in self._eras else None

    def unit(self, level: str, code: str, era: str) -> Optional[Place]:
        """The unit of ``level`` with ``code`` in ``era``, or None."""
        e = self._eras.get(era)
        return e.units.get((level, str(code))) if e else None

    def provinces(self, era: str) -> tuple[Place, ...]:
        """Every province of ``era``, by code."""
        return tuple(sorted(self._eras[era].provinces.values(), key=lambda p: p.code))

    def successor(self, place: Place) -> Optional[Place]:
        """The 2025 unit a legacy ``place`` became, or None for a 2025 place.

        A province gives the 2025 province that absorbed it (legacy Phú Yên →
        Đắk Lắk); a ward gives the 2025 ward it went into (the default one when
        it was divided), else its 2025 province; a district, abolished in 2025,
        gives its 2025 province.
        """
        if place.era != LEGACY:
            return None
        legacy = self._eras[LEGACY]
        if place.level == WARD:
            key = legacy.key_of.get((WARD, place.code))
            if key and key in self._ward_succ:
                return self._ward_succ[key]
        prov_key = legacy.key_of.get((PROVINCE, place.province_code))
        return self._prov_succ.get(prov_key) if prov_key else None

    def predecessors(self, place: Place) -> tuple[Place, ...]:
        """The legacy provinces a 2025 province absorbed (empty for other places)."""
        if place.era != NEW or place.level != PROVINCE:
            return ()
        legacy = self._eras[LEGACY]
        return tuple(
            p
            for p in sorted(legacy.provinces.values(), key=lambda p: p.code)
            if self.successor(p) == place
        )

    def lookup(
        self,
        name: str,
        level: Optional[str] = None,
        *,
        era: str,
        province_code: Optional[str] = None,
        unit_type: Optional[str] = None,
        district_code: Optional[str] = None,
        fuzzy: bool = True,
    ) -> Optional[tuple[Place, float]]:
        """Resolve a written name to ``(place, score)`` in ``era``, or None.

        ``name`` may carry its type word (``tỉnh Đắk Lắk``, ``TP. Hồ Chí Minh``)
        and any case, accents, tone placement or apostrophe. ``level`` restricts
        the level; ``unit_type`` (or the written type word) restricts the levels
        a unit of that type can have and prefers units of that type;
        ``province_code`` (and ``district_code``) restrict to units inside it.
        When several levels match, the highest wins (province, district, ward).

        An exact match on the accent-free key scores 100. Otherwise a fuzzy match
        (rapidfuzz ratio on the folded key, at least 88, or 92 for short names;
        same syllable count, each syllable keeping its initial and final
        consonants, see :func:`close_syllables`) is tried among the units of
        ``province_code``, or without it among provinces and districts only.
        The same name in several units of the chosen level (``Bình Thành``)
        gives None unless ``province_code`` tells them apart.
        """
        if era not in self._eras or not name or not name.strip():
            return None
        written_type, short = _split_type(name)
        ctype = canonical_type(unit_type) if unit_type else None
        ctype = ctype or (unit_type if unit_type in _TYPE_LEVELS else None) or written_type
        levels: tuple[str, ...] = LEVELS
        if ctype in _TYPE_LEVELS:
            levels = _TYPE_LEVELS[ctype]
        if level is not None:
            levels = tuple(lv for lv in levels if lv == level) or (level,)
        if era == NEW:
            levels = tuple(lv for lv in levels if lv != DISTRICT)
            if not levels:
                return None
        if province_code is not None:
            province_code = str(province_code).zfill(2)

        found = self._exact(era, short, levels, ctype, province_code, district_code)
        if found is None and written_type is not None and ctype == written_type:
            # The leading word may belong to the name itself.
            found = self._exact(era, name.strip(), levels, None, province_code, district_code)
        if found is _AMBIGUOUS:
            return None
        if found is not None:
            return found, 100.0
        if fuzzy and not self.is_known_name(short):
            # A real unit's name (anywhere, either era) is not a misspelling of another.
            return self._fuzzy(era, short, levels, ctype, province_code, district_code)
        return None

    @functools.lru_cache(maxsize=8)
    def place_names(self, levels: tuple[str, ...] = (PROVINCE, DISTRICT)) -> frozenset[str]:
        """Spaced accent-free keys (``buon ma thuot``) of every unit at ``levels``, both eras."""
        return frozenset(
            spaced_key(p.short_name)
            for e in self._eras.values()
            for p in e.units.values()
            if p.level in levels
        )

    def is_known_name(self, name: str) -> bool:
        """Whether ``name`` (type word allowed) is exactly the name of some unit, in either era."""
        _, short = _split_type(name)
        key = compact_key(short)
        return bool(key) and any(key in e.by_name for e in self._eras.values())

    # --- matching ----------------------------------------------------------------

    def _filter(
        self,
        places: Iterable[Place],
        levels: tuple[str, ...],
        province_code: Optional[str],
        district_code: Optional[str],
    ) -> list[Place]:
        out = []
        for p in places:
            if p.level not in levels:
                continue
            if province_code is not None and p.province_code != province_code:
                continue
            if district_code is not None and p.level == WARD and p.district_code != district_code:
                continue
            out.append(p)
        return _dedupe(out)

    def _choose(
        self, era: str, cands: list[Place], ctype: Optional[str], written: str
    ) -> Optional[Place]:
        """One unit out of ``cands``, or None when they stay ambiguous."""
        if not cands:
            return None
        if ctype is not None:
            typed = [p for p in cands if p.unit_type == ctype]
            cands = typed or cands
        if len(cands) > 1:
            # Same accents as written first: "Bình Thành" is not "Bình Thạnh".
            akey = accent_key(written)
            same = [p for p in cands if self._accent[(era, p.level, p.code)] == akey]
            cands = same or cands
        best = min(_LEVEL_RANK[p.level] for p in cands)
        cands = [p for p in cands if _LEVEL_RANK[p.level] == best]
        return cands[0] if len(cands) == 1 else None

    def _exact(
        self,
        era: str,
        short: str,
        levels: tuple[str, ...],
        ctype: Optional[str],
        province_code: Optional[str],
        district_code: Optional[str],
    ) -> Optional[Place | object]:
        """The unit named exactly ``short``, None when none is, ``_AMBIGUOUS`` when several are."""
        key = compact_key(short)
        if not key:
            return None
        if key.isdigit() and ctype:  # "Quận 1", "Phường 3": the type is part of the name
            key = compact_key(ctype) + key
        e = self._eras[era]
        for index in (e.by_name, e.by_alias):
            cands = self._filter(index.get(key, ()), levels, province_code, district_code)
            if cands:
                return self._choose(era, cands, ctype, short) or _AMBIGUOUS
        return None

    def _fuzzy(
        self,
        era: str,
        short: str,
        levels: tuple[str, ...],
        ctype: Optional[str],
        province_code: Optional[str],
        district_code: Optional[str],
    ) -> Optional[tuple[Place, float]]:
        sk = spaced_key(short)
        letters = len(sk.replace(" ", ""))
        if letters < FUZZY_MIN_LEN:
            return None
        e = self._eras[era]
        bucket = (_bucket_letter(sk), sk.count(" ") + 1)
        if province_code is not None:
            pool = e.pool_province.get(province_code, {}).get(bucket, [])
        else:
            pool = e.pool_global.get(bucket, [])
        cutoff = FUZZY_MIN_SHORT if letters <= SHORT_LEN else FUZZY_MIN
        scored: list[tuple[float, Place]] = []
        for key, place in pool:
            if place.level not in levels:
                continue
            if district_code is not None and place.level == WARD:
                if place.district_code != district_code:
                    continue
            score = fuzz.ratio(sk, key, score_cutoff=cutoff)
            if score and close_syllables(sk, key):
                scored.append((score, place))
        if not scored:
            return None
        top = max(s for s, _ in scored)
        best = _dedupe(p for s, p in scored if s == top)
        place = self._choose(era, best, ctype, short)
        return (place, round(float(top), 1)) if place is not None else None


@functools.cache
def get_gazetteer() -> Gazetteer:
    """The gazetteer, built on first use and shared afterwards."""
    return Gazetteer()


def successor(place: Place) -> Optional[Place]:
    """The 2025 unit a legacy ``place`` became (see :meth:`Gazetteer.successor`)."""
    return get_gazetteer().successor(place)


def province_by_code(code: str, era: str) -> Optional[Place]:
    """The province with ``code`` in ``era`` (see :meth:`Gazetteer.province_by_code`)."""
    return get_gazetteer().province_by_code(code, era)


def lookup(
    name: str,
    level: Optional[str] = None,
    *,
    era: str,
    province_code: Optional[str] = None,
    unit_type: Optional[str] = None,
) -> Optional[tuple[Place, float]]:
    """Shortcut for ``get_gazetteer().lookup(...)``."""
    return get_gazetteer().lookup(
        name, level, era=era, province_code=province_code, unit_type=unit_type
    )
