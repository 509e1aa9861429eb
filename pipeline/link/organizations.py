"""Organization names: normalized, completed from context, tolerant of a dropped word.

``Ban Tổ chức Tỉnh ủy`` in a Đắk Lắk article is ``Ban Tổ chức Tỉnh ủy Đắk Lắk``;
``Trung ương Đảng`` after ``Ủy viên`` is ``Ban Chấp hành Trung ương Đảng``;
``Ban Thường Tỉnh ủy`` (a word dropped) is ``Ban Thường vụ Tỉnh ủy``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from functools import cache
from typing import Optional

from .. import lexicons
from ..text.normalize import clean_surface, fold_key, match_key

CENTRAL_COMMITTEE = "Ban Chấp hành Trung ương Đảng"
# Bodies whose place is a province and is often left implicit, by how the name ends.
# (on the match key: accents matter, "Hà Tĩnh" must not read as "tỉnh")
_PROVINCIAL_TAIL = re.compile(r"(?:^|\s)(tỉnh ủy|thành ủy|tỉnh|thành phố)$")


@dataclass(frozen=True)
class OrgHead:
    """A word that opens a body's name and where the body's place comes from."""

    head: str
    scope: str


@cache
def org_heads() -> tuple[OrgHead, ...]:
    """Organization heads, longest first."""
    heads = [OrgHead(r[0], r[1] if len(r) > 1 else "any") for r in lexicons.rows("org_types.tsv")]
    return tuple(sorted(heads, key=lambda h: -len(h.head)))


@cache
def _abbreviations() -> dict[str, str]:
    return {r[0]: r[1] for r in lexicons.rows("org_abbreviations.tsv")}


def expand_abbreviations(name: str) -> str:
    """``HĐND tỉnh`` → ``Hội đồng nhân dân tỉnh``."""
    abbr = _abbreviations()
    return " ".join(abbr.get(w, w) for w in name.split())


@functools.lru_cache(maxsize=65536)
def head_of(name: str) -> Optional[OrgHead]:
    """The organization head ``name`` starts with (on the match key), if any."""
    key = match_key(name)
    for head in org_heads():
        hk = match_key(head.head)
        if key == hk or key.startswith(hk + " "):
            return head
    return None


@cache
def _shortened_heads() -> tuple[tuple[tuple[str, ...], tuple[str, ...], str], ...]:
    """(head with one inner word dropped, the full head's words, the dropped word), folded."""
    out = []
    for head in org_heads():
        hw = head.head.split()
        folded = tuple(fold_key(w) for w in hw)
        for drop in range(1, len(hw)):
            out.append((folded[:drop] + folded[drop + 1:], tuple(hw), folded[drop]))
    return tuple(out)


def fix_dropped_word(name: str) -> str:
    """Restore a word dropped from a known head: ``Ban Thường Tỉnh ủy`` → ``Ban Thường vụ Tỉnh ủy``."""
    words = name.split()
    folded = tuple(fold_key(w).strip(",;:.") for w in words)  # "trị," is "trị" before a comma
    written_head = head_of(name)
    for short, full, dropped in _shortened_heads():
        if folded[:len(short)] != short:
            continue
        rest = words[len(short):]
        if not rest or folded[len(short)] == dropped:
            continue  # nothing follows the head, or the word is there after all
        if written_head is not None and len(written_head.head.split()) >= len(short):
            continue  # the name opens with a real head of that length
        if rest and len(short) == 1 and head_of(" ".join(rest)) is None:
            continue
        return " ".join(full + tuple(rest))
    return name


@functools.lru_cache(maxsize=65536)
def normalize_org(name: str, *, after_position: Optional[str] = None) -> str:
    """The normalized name of a body as written (no context completion)."""
    name = clean_surface(name).strip(" ,;.")
    if not name:
        return name
    name = expand_abbreviations(name)
    key = match_key(name)
    if key in ("trung ương đảng", "trung ương") and after_position:
        return CENTRAL_COMMITTEE
    if key == "ban chấp hành trung ương":
        return CENTRAL_COMMITTEE
    name = fix_dropped_word(name)
    name = _drop_unit_after_committee(name)
    if after_position and match_key(after_position) in ("bộ trưởng", "thứ trưởng") and not (
            _MINISTERIAL_BODY.match(match_key(name))):
        name = "Bộ " + name  # "Bộ trưởng Công an" is the minister of Bộ Công an
    # Body names capitalise their first word.
    return name[0].upper() + name[1:]


# What a minister's title may name besides a ministry written without "Bộ".
_MINISTERIAL_BODY = re.compile(r"(?:bộ|văn phòng|ủy ban|thanh tra|ngân hàng)(?!\w)")

# "Tỉnh ủy tỉnh X", "Thành ủy TP. X": the unit word repeats what the committee says.
_COMMITTEE_UNIT = re.compile(
    r"(?<!\w)(tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy) (?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã) ")


def _drop_unit_after_committee(name: str) -> str:
    key = match_key(name)  # same length as name
    out, last = [], 0
    for m in _COMMITTEE_UNIT.finditer(key):
        if m.end() < len(name) and name[m.end()].isupper():
            out.append(name[last:m.end(1)] + " ")
            last = m.end()
    return "".join(out) + name[last:] if out else name


def needs_province(name: str) -> bool:
    """True when ``name`` is a provincial body whose province is left implicit."""
    return bool(_PROVINCIAL_TAIL.search(match_key(name).rstrip()))


def complete_with_province(name: str, province: Optional[str]) -> str:
    """Append the context province to a provincial body that names none."""
    if not province or not needs_province(name):
        return name
    return f"{name} {province}"


# Words after which a body's name names its place, and the level of that place.
_PLACE_MARKERS = re.compile(
    r"(?:^|\s)(tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|thị xã|thị trấn|thành phố|tỉnh|huyện|"
    r"quận|xã|phường)\s+(?=\S)"
)
_MARKER_LEVELS = {
    "tỉnh ủy": ("province",), "tỉnh": ("province",),
    "thành ủy": ("province", "district"), "thành phố": ("province", "district"),
    "huyện ủy": ("district",), "huyện": ("district",), "quận ủy": ("district",),
    "quận": ("district",), "thị ủy": ("district",), "thị xã": ("district",),
    "xã": ("ward",), "phường": ("ward",), "thị trấn": ("ward",),
}


# Capitalised words after a body head that are never a place ("Trung ương").
_NOT_PLACES = ("trung uong", "dang", "viet nam", "nha nuoc", "quoc hoi", "chinh phu", "quan doi")


def place_of(name: str):
    """The unit a body's name ends with (``Tỉnh ủy Đắk Lắk`` → Đắk Lắk), or None.

    Only a name written after a unit word or a territorial committee counts, so
    ``Bộ Quốc phòng`` or ``Vụ Địa phương I`` are never read as places."""
    from .gazetteer import LEGACY, NEW, get_gazetteer

    key = match_key(name)
    marks = list(_PLACE_MARKERS.finditer(key))
    gazetteer = get_gazetteer()
    if not marks:
        # "Đồn Biên phòng Y Tý": a body head, then only capitalised words naming a unit.
        head = head_of(name)
        tail = name[len(head.head):].strip() if head else ""
        words = tail.split()
        if (len(words) >= 2 and all(w[:1].isupper() for w in words)
                and not any(fold_key(tail).startswith(n) for n in _NOT_PLACES)):
            for era in (LEGACY, NEW):
                found = gazetteer.lookup(tail, era=era, fuzzy=False)
                if found is not None:
                    return found[0]
        return None
    last = marks[-1]
    tail = name[last.end():].strip()
    if not tail[:1].isupper():
        return None
    for level in _MARKER_LEVELS[last.group(1)]:
        for era in (LEGACY, NEW):
            found = gazetteer.lookup(tail, level, era=era, fuzzy=False)
            if found is not None:
                return found[0]
    return None
