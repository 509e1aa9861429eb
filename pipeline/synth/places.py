"""The provinces articles are written about, from the gazetteer (legacy era): committee
words, a capital to hold events in, districts, the minority name groups common there and
misspellings of the capital that the gazetteer still resolves."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

from .. import lexicons
from ..text.normalize import fold_key


@dataclass(frozen=True)
class Province:
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
    from ..link.gazetteer import LEGACY

    found = gaz.lookup(written, era=LEGACY, province_code=code)
    return bool(found) and found[0].short_name == target and found[0].level == "district"


_DISTRICT_COMMITTEE = {"Huyện": "Huyện ủy", "Thị xã": "Thị ủy", "Thành phố": "Thành ủy",
                       "Quận": "Quận ủy"}


@cache
def geography() -> tuple[tuple[Province, ...], frozenset[str]]:
    """The provinces to write about (legacy era, Huế left out) and the folded names of
    every province and district (which no person may be named)."""
    from ..link.gazetteer import DISTRICT, LEGACY, NEW, get_gazetteer

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
        provs.append(Province(p.code, p.short_name, city, capital, tuple(local),
                              tuple(regions.get(p.code, ())), misspelt))
    return tuple(provs), frozenset(place_keys)
