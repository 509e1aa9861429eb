"""People and their titles.

A segment is read as a sequence of *items*: honorifics (``đồng chí``), ranks
(``Đại tướng``), titles (a position from the lexicon, its qualifiers and the
organization after it) and person names (a family name from the lexicon and
the capitalised syllables after it). Titles then attach to names:

- titles written right before a name belong to it
  (``cố Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Lê Văn Tám``), except that after
  ``NAME,`` only the title touching the next name goes to that next name;
- titles after ``NAME,`` / ``NAME -`` belong to NAME until ``;`` or ``.``;
- a bare organization after a title is that title's parent
  (``Phó Cục trưởng Cục …, Ban Tổ chức Trung ương``).

A name counts as a person only with some evidence: an honorific, a rank, a
title, or a place in a ``các đồng chí: A, …; B, …`` list. Names inside photo
credits and names that are place names are not people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import NamedTuple, Optional

from .. import lexicons
from ..document import Document
from ..records import Credit, PersonMention, PlaceMention, Segment, Title
from ..link import organizations as orgs
from ..text.normalize import clean_surface, match_key

_TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
_CLOSERS = {",", ";", ".", ":", "(", ")", "“", "”", '"', "!", "?", "…", "[", "]"}
_QUALIFIERS_BEFORE = {"nguyên": "nguyên", "cố": "cố", "tân": "tân"}  # tân: newly appointed
# First words of ranks that some outlets write in lower case ("thiếu tướng", "đại tá").
_RANK_STARTERS = frozenset({"đại", "thượng", "trung", "thiếu"})
# Team posts written in lower case after a comma: ", thành viên Đoàn kiểm tra".
_LOWERCASE_POSITIONS = (("thành", "viên"), ("phó", "trưởng", "đoàn"), ("trưởng", "đoàn"),
                        ("ủy", "viên"), ("uỷ", "viên"))
_QUALIFIERS_AFTER = (("dự", "khuyết"), ("thường", "trực"), ("chuyên", "trách"))
_DASHES = {"-", "–", "—"}
_EDE_FEMALE = re.compile(r"^H['’]\w")
_UNIT_WORDS = {"xã", "phường", "trấn"}  # words a ward name follows
_PLACE_TYPE_WORDS = {"tỉnh", "huyện", "quận", "tp"}  # words a province or district follows
_PLACE_TYPE_PAIRS = {("thành", "phố"), ("thị", "xã")}


class _Tok(NamedTuple):  # a tuple: built once per token, thousands per article
    start: int
    end: int
    text: str
    key: str
    cap: bool  # starts with a capital
    word: bool  # a word or number, not punctuation


@dataclass(frozen=True)
class _Item:
    kind: str  # hon | rank | title | name
    i: int  # first token
    j: int  # one past the last token
    value: object = None


# --------------------------------------------------------------------------- lexicons


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(match_key(w) for w in phrase.split())


@cache
def _positions() -> tuple[tuple[tuple[str, ...], str, Optional[str]], ...]:
    rows = lexicons.rows("positions.tsv")
    out = [(_words(r[0]), r[0], r[1] if len(r) > 1 and r[1] else None) for r in rows]
    return tuple(sorted(out, key=lambda x: -len(x[0])))


@cache
def _ranks() -> tuple[tuple[tuple[str, ...], str], ...]:
    return tuple(sorted(((_words(r), r) for r in lexicons.entries("ranks.txt")),
                        key=lambda x: -len(x[0])))


@cache
def _honorifics() -> tuple[tuple[tuple[str, ...], str], ...]:
    seen = {}
    for h in lexicons.entries("honorifics.txt"):
        seen.setdefault(_words(h), h)
    return tuple(sorted(seen.items(), key=lambda x: -len(x[0])))


@cache
def _surnames() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted({_words(s) for s in lexicons.entries("surnames.txt")}, key=lambda x: -len(x)))


@cache
def _lower_only() -> frozenset[str]:
    return (_RANK_STARTERS | {w[0] for w in _LOWERCASE_POSITIONS}) - frozenset(
        _QUALIFIERS_BEFORE) - {words[0] for words, _ in _honorifics()}


@cache
def _lowercase_starters() -> frozenset[str]:
    """Lower-case words an item may start with: qualifiers, honorifics, team posts."""
    return frozenset(_QUALIFIERS_BEFORE) | {words[0] for words, _ in _honorifics()} | {
        w[0] for w in _LOWERCASE_POSITIONS} | _RANK_STARTERS


@cache
def _org_syllables() -> frozenset[str]:
    """Lower-case syllables that occur inside body names (``Cục Bảo vệ chính trị nội bộ``)."""
    return frozenset(match_key(w) for w in lexicons.entries("org_syllables.txt"))


@cache
def _stops() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted({_words(s) for s in lexicons.entries("title_stops.txt")},
                        key=lambda x: -len(x)))


@cache
def _org_heads() -> tuple[tuple[str, ...], ...]:
    return tuple(_words(h.head) for h in orgs.org_heads())


@cache
def _place_names() -> frozenset[str]:
    from ..link.gazetteer import get_gazetteer

    return get_gazetteer().place_names()


@cache
def _all_place_names() -> frozenset[str]:
    """Provinces, districts and wards: what may end a body's name (``Đồn Biên phòng Y Tý``)."""
    from ..link.gazetteer import DISTRICT, PROVINCE, WARD, get_gazetteer

    return get_gazetteer().place_names((PROVINCE, DISTRICT, WARD))


# --------------------------------------------------------------------------- matching


class _Toks(list):
    """A segment's tokens, with their keys as one tuple: phrases compare as tuple slices."""

    __slots__ = ("keys",)


def _tokens(text: str, start: int, end: int, key: str) -> _Toks:
    out = _Toks()
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        a, b = m.span()
        first = word[0]
        out.append(_Tok(a, b, word, key[a:b], first.isupper(), first.isalnum()))
    out.keys = tuple(t.key for t in out)
    return out


def _match(toks: _Toks, i: int, words: tuple[str, ...]) -> bool:
    return toks.keys[i:i + len(words)] == words


_INDEXES: dict[int, dict[str, list]] = {}


def _index(table) -> dict[str, list]:
    """``table``'s entries by their first word, longest first (tables are cached tuples)."""
    found = _INDEXES.get(id(table))
    if found is None:
        found = {}
        for entry in table:
            words = entry[0] if isinstance(entry[0], tuple) else entry
            found.setdefault(words[0], []).append((words, entry))
        for entries in found.values():
            entries.sort(key=lambda e: -len(e[0]))
        _INDEXES[id(table)] = found
    return found


def _longest(toks, i, table) -> Optional[tuple[int, object]]:
    """(token count, entry) of the longest entry of ``table`` matching at ``i``."""
    keys = toks.keys
    if i >= len(keys):
        return None
    for words, entry in _index(table).get(keys[i], ()):
        if keys[i:i + len(words)] == words:
            return len(words), entry
    return None


@cache
def _scopes() -> dict[tuple[str, ...], str]:
    return {_words(h.head): h.scope for h in orgs.org_heads()}


def _head_scope(toks: list[_Tok], i: int, n: int) -> str:
    """Where the body head of ``n`` tokens at ``i`` takes its place from."""
    return _scopes().get(toks.keys[i:i + n], "any")


def _head_len(toks: list[_Tok], i: int) -> int:
    """Token count of the longest body head (``Ban Tổ chức``, ``Tỉnh ủy``) at ``i``, or 0."""
    found = _longest(toks, i, _org_heads())
    return found[0] if found else 0


def _place_at(toks: list[_Tok], i: int, names: frozenset[str], shortest: int = 1) -> int:
    """Number (≥ ``shortest``) of capitalised tokens at ``i`` spelling a name in ``names``."""
    for n in range(4, shortest - 1, -1):
        if i + n > len(toks):
            continue
        span = toks[i:i + n]
        if not all(t.word and t.cap for t in span):
            continue
        from ..link.gazetteer import spaced_key

        if spaced_key(" ".join(t.text for t in span)) in names:
            return n
    return 0


# Within one segment the same positions are asked about again and again (while
# scanning items, while bounding bodies); answers depend only on the tokens.
_MEMO: dict = {}


def _memoized(kind: str):
    def wrap(fn):
        def inner(*args, **kwargs):
            toks, i = (args[0], args[1]) if kind == "name" else (args[1], args[2])
            key = (kind, id(toks), i, kwargs.get("after_honorific", False))
            if key not in _MEMO:
                _MEMO[key] = fn(*args, **kwargs)
            return _MEMO[key]
        inner.__doc__ = fn.__doc__
        return inner
    return wrap


@_memoized("name")
def _name_at(toks: list[_Tok], i: int, *, after_honorific: bool = False) -> int:
    """Token count of a person name starting at ``i`` (0 if none)."""
    if i >= len(toks) or not (toks[i].word and toks[i].cap):
        return 0
    found = _longest(toks, i, _surnames())
    if found is None and _EDE_FEMALE.match(toks[i].text):
        found = (1, None)  # "H'Ngăm Byă": the Ê Đê prefix is glued to the name
    if found is None and not after_honorific:
        return 0
    # "Đoàn Kiểm tra", "Lâm nghiệp": a body's name, not a person's.
    if _head_len(toks, i) > 1:
        return 0
    n = found[0] if found else 1
    j = i + n
    while j < len(toks) and j - i < 5 and toks[j].word and toks[j].cap and (
        len(toks[j].text) == 1 or not toks[j].text.isupper()  # "Giàng A Páo", not "UBND"
    ):
        if _longest(toks, j, _positions()) or _longest(toks, j, _ranks()):
            break
        if _starts_org(toks, j) and (
            _head_len(toks, j) > 1
            # "Trường Đại học Y": a one-word head opening a longer capitalised run; but
            # "Nguyễn Trường Thắng -": a given name that happens to be a head word.
            or (j + 2 < len(toks) and toks[j + 1].cap and toks[j + 1].word
                and toks[j + 2].cap and toks[j + 2].word)
        ):
            break
        j += 1
    if j - i < 2:
        return 0
    name_toks = toks[i:j]
    from ..link.gazetteer import spaced_key

    # A place name is not a person (``Hà Tĩnh``, ``Hồ Chí Minh``, ``Cao Bằng``).
    if spaced_key(" ".join(t.text for t in name_toks)) in _place_names():
        return 0
    return j - i


def _name_before_title(text: str, toks: list[_Tok], i: int) -> int:
    """A name whose family name the lexicon lacks, known by what follows: ``NAME, TITLE``
    at the start of a list item (after ``:``, ``;`` or ``có``)."""
    if i == 0 or not (toks[i - 1].text in (":", ";") or toks[i - 1].key == "có"):
        return 0
    n = _name_at(toks, i, after_honorific=True)
    if n < 2 or i + n + 1 >= len(toks) or toks[i + n].text != ",":
        return 0
    if _place_at(toks, i, _place_names()) or _starts_org(toks, i):
        return 0
    return n if _title_at(text, toks, i + n + 1) else 0


def _starts_org(toks, i) -> bool:
    return i < len(toks) and toks[i].cap and _head_len(toks, i) > 0


def _is_spaced_dash(text: str, tok: _Tok) -> bool:
    return tok.text in _DASHES and text[tok.start - 1:tok.start] == " "


def _org_words_follow(toks: list[_Tok], k: int) -> bool:
    """At most four body-name syllables at ``k``, then a closer or a capital."""
    for m in range(k, min(k + 5, len(toks))):
        t = toks[m]
        if t.text in _CLOSERS or (t.word and t.cap):
            return m > k
        if t.key not in _org_syllables() or _longest(toks, m, _stops()):
            return False
    return False


def _lowercase_tail(toks: list[_Tok], k: int) -> bool:
    """One to three lower-case words at ``k`` (no verb among them), then a closer, a verb
    or a capital: the rest of a body's name after a comma."""
    for m in range(k, min(k + 4, len(toks))):
        t = toks[m]
        if t.text in _CLOSERS or (t.word and t.cap) or _longest(toks, m, _stops()):
            return m > k and not _longest(toks, k, _stops())
        if not t.word or t.cap or _longest(toks, m, _honorifics()):
            return False
        if t.key in _QUALIFIERS_BEFORE and m + 1 < len(toks) and _longest(toks, m + 1, _positions()):
            return False  # ", nguyên Phó Chủ tịch …" opens the next title
        if m == k and any(_match(toks, m, w) for w in _LOWERCASE_POSITIONS):
            return False  # ", thành viên Đoàn kiểm tra" is a title of its own
    return False


def _short_run_inside(toks: list[_Tok], k: int) -> bool:
    """A run of at most two lower-case words at ``k`` followed by a closer or capital."""
    for m in range(k, min(k + 3, len(toks))):
        t = toks[m]
        if t.text in _CLOSERS or (t.word and t.cap):
            return m > k
        if _longest(toks, m, _stops()):
            return False
    return False


# --------------------------------------------------------------------------- titles


@_memoized("title")
def _title_at(text: str, toks: list[_Tok], i: int) -> Optional[tuple[int, dict]]:
    """Parse a title at ``i``: [qualifier] POSITION [qualifier] [ORGANIZATION]."""
    start_i = i
    before = None
    if toks[i].key in _QUALIFIERS_BEFORE and i + 1 < len(toks) and toks[i + 1].cap:
        before = _QUALIFIERS_BEFORE[toks[i].key]
        i += 1
    if not toks[i].cap and not (i > 0 and toks[i - 1].text in (",", ";") and any(
            _match(toks, i, w) for w in _LOWERCASE_POSITIONS) and i + 2 < len(toks)):
        return None
    found = _longest(toks, i, _positions())
    if found is None:
        return None
    n, (words, position, implied) = found
    j = i + n
    after = None
    for q in _QUALIFIERS_AFTER:
        if _match(toks, j, q):
            after = clean_surface(text[toks[j].start:toks[j + len(q) - 1].end])
            j += len(q)
            break
    if position.startswith("Ủy viên dự khuyết"):
        after = "dự khuyết"
    org_i = j
    j = _org_extent(text, toks, j)
    org_text = clean_surface(text[toks[org_i].start:toks[j - 1].end]) if j > org_i else ""
    parent = None
    if org_text:
        parent_end = _parent_extent(text, toks, j)
        if parent_end:
            parent = clean_surface(text[toks[j + 1].start:toks[parent_end - 1].end])
            j = parent_end
    # "Trưởng Ban …", "Phó Trưởng đoàn …": the position takes the body's kind.
    if position in ("Trưởng", "Phó Trưởng") and org_text:
        position = f"{position} {org_text.split()[0].lower()}"
    elif position in ("Trưởng", "Phó Trưởng"):
        return None
    return j - start_i, {
        "position": position + (f" {after}" if after and after == "dự khuyết"
                                and "dự khuyết" not in position else ""),
        "implied": implied,
        "org": org_text,
        "parent": parent,
        "qualifier": before or after,
    }


def _parent_extent(text: str, toks: list[_Tok], j: int) -> int:
    """``, Ban Tổ chức Trung ương`` after a title: a bare body that is the title's parent.

    Returns one past its last token, or 0. The body must end the clause (a closer or a
    verb follows), and must not be a title or a body followed by a name."""
    if j >= len(toks) or toks[j].text != "," or j + 1 >= len(toks):
        return 0
    k = j + 1
    if not _starts_org(toks, k) or _longest(toks, k, _positions()):
        return 0
    end = _org_extent(text, toks, k)
    if end == k:
        return 0
    if end < len(toks) and toks[end].text not in _CLOSERS and not _longest(toks, end, _stops()):
        return 0
    return end


def _org_extent(text: str, toks: list[_Tok], j: int) -> int:
    """One past the last token of the organization that starts at ``j``."""
    k = j
    after_place = after_head = False
    scope = "any"
    while k < len(toks):
        t = toks[k]
        if (t.key == "và" and k > j and toks[k - 1].key == "nhỏ" and k + 1 < len(toks)
                and toks[k + 1].key == "vừa"):
            k += 2  # "doanh nghiệp nhỏ và vừa"
            continue
        if t.key == "tp" and k + 2 < len(toks) and toks[k + 1].text == "." and toks[k + 2].cap:
            named = _place_at(toks, k + 2, _place_names())  # "Thành ủy TP. Hồ Chí Minh"
            if named:
                k += 2 + named
                after_place, after_head = True, False
                continue
        if t.key == "tp" and k + 2 < len(toks) and toks[k + 1].text == "." and (
                toks[k + 2].key in ("hcm", "hồ")):
            k += 3 if toks[k + 2].key == "hcm" else 2  # "TP.HCM"
            after_place, after_head = True, False
            continue
        if t.key == "tp" and k + 1 < len(toks) and toks[k + 1].cap:
            named = _place_at(toks, k + 1, _place_names())  # "UBND TP Hà Nội"
            if named:
                k += 1 + named
                after_place, after_head = True, False
                continue
        if t.key == "ảnh" and k + 1 < len(toks) and toks[k + 1].text == ":":
            break  # "… TP.HCM ẢNH: NHẬT THỊNH": the photo credit, not the body
        if (t.text == "(" and k > j and k + 2 < len(toks) and toks[k + 2].text == ")"
                and toks[k + 1].text.isupper() and len(toks[k + 1].text) > 1):
            k += 3  # "Hội đồng nhân dân (HĐND) tỉnh": the abbreviation in brackets
            continue
        if t.key == "t" and _match(toks, k + 1, (".", "ư")):
            k += 3  # "T.Ư": Trung ương abbreviated
            after_head = False
            continue
        if t.key in ("và", ",") and k > j and _match(toks, k + 1, ("các", "đoàn", "thể")):
            k += 4  # "Mặt trận Tổ quốc và các đoàn thể Trung ương", "MTTQ, các đoàn thể …"
            continue
        if (t.text == "," and k > j and _match(toks, k + 1, ("giám", "sát"))
                and toks[k - 1].key == "tra" and k >= 2 and toks[k - 2].key == "kiểm"):
            k += 3  # "Đoàn kiểm tra, giám sát số 15": one team
            continue
        if t.text == "," and k > j and toks[k - 1].key == "phòng" and k + 1 < len(toks) and (
                toks[k + 1].key == "chống"):
            k += 1  # "phòng, chống tham nhũng": one remit, written with a comma
            continue
        if t.text == "," and k > j and _lowercase_tail(toks, k + 1):
            k += 1  # "Cục Quản lý khám, chữa bệnh": a comma inside the body's name
            continue
        if t.text == "," and k > j:
            joined = _coordinated_fields(toks, k + 1)
            if joined:  # "Ủy ban Khoa học, Công nghệ và Môi trường"
                k = joined
                continue
        if t.text in _CLOSERS:
            break
        if t.text in _DASHES:
            nxt = k + 1
            if _is_spaced_dash(text, t) and (
                nxt >= len(toks) or not toks[nxt].cap or _longest(toks, nxt, _positions())
                or _name_at(toks, nxt) or _longest(toks, nxt, _ranks())
            ):
                break
            k += 1
            continue
        head = _head_len(toks, k) if (t.cap or k == j) else 0
        if head:
            scope = _head_scope(toks, k, head)
            k += head
            after_place = False
            after_head = True
            continue
        # A place right after a body or unit word that expects one wins over a name
        # (``Tỉnh ủy Hà Tĩnh``, ``Huyện ủy Hoàng Su Phì``, ``Đồn Biên phòng Y Tý``);
        # elsewhere a longer name wins (``Trung ương Vũ Quang Vinh``, not the district
        # Vũ Quang; ``Tỉnh ủy Hoàng Văn Đoan``, not the ward Hoàng Văn).
        places = _place_at(toks, k, _place_names())
        name = _name_at(toks, k) if t.cap else 0
        # After a unit word ("tỉnh Thái Nguyên Nguyễn Thanh Hải", "thành phố Hà Nội Vũ Đại
        # Thắng") a place is expected: it wins over a longer name, as after "Tỉnh ủy".
        typed = k > 0 and (toks[k - 1].key in _PLACE_TYPE_WORDS or (
            k > 1 and (toks[k - 2].key, toks[k - 1].key) in _PLACE_TYPE_PAIRS))
        # "Học viện Chính trị Quốc gia Hồ Chí Minh Nguyễn Xuân Thắng": a place that a full
        # name follows ends the body; the name is the person's.
        then_name = places >= 2 and _name_at(toks, k + places) >= 2
        if places and name > places and not ((after_head and scope in ("province", "district")
                                              or typed or then_name) and places >= 2):
            places = 0
        if not places and t.cap and ((after_head and scope == "any") or t.key in _UNIT_WORDS
                                     or k > 0 and toks[k - 1].key in _UNIT_WORDS or not name):
            # one-syllable ward names ("Đặng") are too common to trust here
            ward = _place_at(toks, k, _all_place_names(), shortest=2)
            # Folded keys meet across tones ("Đảng Lê" ~ the commune Đặng Lễ): a ward whose
            # second word opens a longer person's name ("Đảng Lê Minh Khái") is no ward.
            if ward and not (k > 0 and toks[k - 1].key in _UNIT_WORDS) and (
                    _name_at(toks, k + 1) > ward - 1 >= 1):
                ward = 0
            places = ward if ward >= name or (k > 0 and toks[k - 1].key in _UNIT_WORDS) else 0
        after_head = t.key in _UNIT_WORDS
        if after_head:
            scope = "any"
        if places:
            k += places
            after_place = True
            continue
        if t.cap and t.word:
            if _name_at(toks, k) or _longest(toks, k, _ranks()) or (
                k > j and _longest(toks, k, _positions())
            ):
                break
            k += 1
            continue
        if t.key in ("và",):
            nxt = k + 1
            if nxt < len(toks) and toks[nxt].cap and not _name_at(toks, nxt) and not _longest(
                toks, nxt, _positions()
            ):
                k += 1
                continue
            if _org_words_follow(toks, nxt):  # "Cục Công tác đảng và công tác chính trị"
                k += 1
                continue
            break
        if t.key == "về" and k > j and toks[k - 1].key == "phạm":
            k += 1  # "Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu"
            continue
        if t.key == "về" and (_match(toks, j, ("ban", "chỉ", "đạo")) or any(
                _match(toks, x, ("ban", "chỉ", "đạo")) for x in range(j, k))):
            k = _remit_extent(toks, k + 1)  # "Ban Chỉ đạo về phát triển khoa học, công nghệ"
            continue
        if _longest(toks, k, _stops()) or _longest(toks, k, _honorifics()):
            break
        if t.word and not t.cap and not t.text.isdigit():
            # A lower-case word after a place name ends the body's name; so does one never
            # seen in body names, unless a short run of them leads to a clause end or to
            # more of the name ("Vụ Tổ chức - Điều lệ, …").
            if after_place or (t.key not in _org_syllables() and not _short_run_inside(toks, k)):
                break
        k += 1
    # "Trưởng Đoàn Kiểm tra số 892 của Ban Bí thư Trung ương Đảng": a team's title names
    # the body that sends it.
    if (k + 1 < len(toks) and toks[k].key == "của" and toks[j].key == "đoàn"
            and toks[k + 1].cap and _head_len(toks, k + 1)):
        k = _org_extent(text, toks, k + 1)
    # "Ủy ban Kinh tế và Tài chính của Quốc hội": the National Assembly's committees
    # are named with it.
    if (k + 2 < len(toks) + 1 and k < len(toks) and toks[k].key == "của"
            and _match(toks, k + 1, ("quốc", "hội")) and toks[j].key in ("ủy", "uỷ", "hội")):
        k += 3
    # Trim trailing function words.
    while k > j and toks[k - 1].key in ("và", "các", "của", "số") and not (
            toks[k - 1].key == "số" and k - 2 >= j and toks[k - 2].key == "đổi"):  # chuyển đổi số
        k -= 1
    return k


def _remit_extent(toks: list[_Tok], m: int) -> int:
    """One past a steering committee's lower-case remit at ``m`` (commas and ``và`` inside)."""
    end = m
    for _ in range(25):
        if m >= len(toks):
            break
        t = toks[m]
        if t.text == "," and m + 1 < len(toks) and toks[m + 1].word and not toks[m + 1].cap:
            m += 1
            continue
        if not t.word or t.cap or (t.key != "và" and t.key != "sáng" and _longest(toks, m, _stops())):
            break
        m += 1
        if t.key != "và":
            end = m
    return end


def _field_end(toks: list[_Tok], m: int) -> int:
    """One past a field of a body's name at ``m`` (``Công nghệ``, ``An ninh``), or ``m``."""
    if m >= len(toks) or not toks[m].cap or not toks[m].word or _name_at(toks, m) or (
            _longest(toks, m, _positions()) or _longest(toks, m, _ranks())):
        return m
    m += 1
    while (m < len(toks) and toks[m].word and not toks[m].cap and toks[m].key in _org_syllables()
           and toks[m].key != "và" and not _longest(toks, m, _stops())):
        m += 1
    return m


def _coordinated_fields(toks: list[_Tok], m: int) -> int:
    """``, Công nghệ và Môi trường`` after a body's first field: one past it, else 0."""
    while True:
        end = _field_end(toks, m)
        if end == m:
            return 0
        m = end
        if m < len(toks) and toks[m].text == ",":
            if m + 1 < len(toks) and toks[m + 1].cap and _head_len(toks, m + 1):
                return m  # "Ban Dân tộc, Tôn giáo, Ủy ban …": the parent body follows
            m += 1
            continue
        if m < len(toks) and toks[m].key == "và":
            last = _field_end(toks, m + 1)
            return last if last > m + 1 else 0
        # "Ban Chính sách, Chiến lược Trung ương": two fields, then the body's scope.
        if _match(toks, m, ("trung", "ương")) or (m < len(toks) and toks[m].key in (
                "tỉnh", "thành", "huyện")):
            return m
        return 0


# --------------------------------------------------------------------------- items


def _items(text: str, toks: list[_Tok]) -> list[_Item]:
    items: list[_Item] = []
    i = 0
    starters = _lowercase_starters()
    while i < len(toks):
        t = toks[i]
        # Most words are lower case and can start nothing (names, ranks and positions
        # are capitalised): skip them before any lookup.
        if not t.word or (not t.cap and t.key not in starters):
            i += 1
            continue
        if not t.cap and t.key in _lower_only():
            # A rank ("đại tướng A") or a team post after a comma (", thành viên Đoàn …")
            # written in lower case: only those are tried, the rest of the lookups skipped.
            rank = _longest(toks, i, _ranks()) if t.key in _RANK_STARTERS else None
            if rank and _name_at(toks, i + rank[0], after_honorific=True):
                items.append(_Item("rank", i, i + rank[0], rank[1][1]))
                i += rank[0]
                continue
            title = _title_at(text, toks, i) if i > 0 and toks[i - 1].text in (",", ";") else None
            if title:
                items.append(_Item("title", i, i + title[0], title[1]))
                i += title[0]
                continue
            i += 1
            continue
        hon = _longest(toks, i, _honorifics())
        if hon and (hon[1][1][:1].islower() or t.cap):
            n = hon[0]
            if _name_at(toks, i + n, after_honorific=True) or _longest(toks, i + n, _ranks()) or (
                _title_at(text, toks, i + n) if i + n < len(toks) else None
            ) or toks[i + n - 1].key == "đồng" or hon[1][1].endswith("đồng chí"):
                items.append(_Item("hon", i, i + n, hon[1][1]))
                i += n
                continue
        if t.cap or t.key in _RANK_STARTERS:
            rank = _longest(toks, i, _ranks())
            # "đại tướng Lương Tam Quang": a rank in lower case only right before a name.
            if rank and not t.cap and not _name_at(toks, i + rank[0], after_honorific=True):
                rank = None
            if rank:
                items.append(_Item("rank", i, i + rank[0], rank[1][1]))
                i += rank[0]
                continue
        head = _head_len(toks, i)
        if head > 1 and t.cap:
            position = _longest(toks, i, _positions())
            if not (position and position[0] > head):  # "Tỉnh ủy viên" is a position
                i += head  # "Bộ Tư lệnh …" is a body, not the position "Tư lệnh"
                continue
        title = _title_at(text, toks, i)
        if title:
            items.append(_Item("title", i, i + title[0], title[1]))
            i += title[0]
            continue
        after_hon = bool(items) and items[-1].kind in ("hon", "rank") and items[-1].j == i
        n = _name_at(toks, i, after_honorific=after_hon) or _name_before_title(text, toks, i)
        if n:
            items.append(_Item("name", i, i + n))
            i += n
            continue
        i += 1
    return items


def _gap(text: str, toks: list[_Tok], a: _Item, b: _Item) -> str:
    """The text between item ``a`` and the following item ``b``."""
    return text[toks[a.j - 1].end:toks[b.i].start]


def _sep(gap: str) -> str:
    g = gap.strip()
    if g == "":
        return "space"
    if g == "," or g in ("kiêm", ", kiêm"):  # "Bí thư Đảng ủy kiêm Chủ tịch HĐND": two titles
        return "comma"
    if g in _DASHES:
        return "dash"
    if g == "(":
        return "paren"
    return "other"


# --------------------------------------------------------------------------- main


def find_people(doc: Document) -> tuple[PersonMention, ...]:
    """Person mentions with their rank, honorific and titles, in every segment."""
    segments: tuple[Segment, ...] = doc.get("segments")
    credits: tuple[Credit, ...] = doc.results.get("credits", ())
    places: tuple[PlaceMention, ...] = doc.results.get("places", ())
    credit_spans = [(c.start, c.end) for c in credits]
    out: list[PersonMention] = []
    for seg in segments:
        if seg.kind == "related_marker":
            continue
        toks = _tokens(doc.text, seg.start, seg.end, doc.key)
        _MEMO.clear()  # answers are per token list
        if not toks:
            continue
        items = _items(doc.text, toks)
        for mention in _assemble(doc.text, toks, items, seg):
            if any(s <= mention.start < e for s, e in credit_spans):
                continue
            out.append(mention)
    resolved = _complete_orgs(doc, out, segments, places)
    return tuple(sorted(set(resolved)))


def _assemble(text: str, toks: list[_Tok], items: list[_Item], seg: Segment) -> list[PersonMention]:
    owner: dict[int, int] = {}  # title item index → name item index
    names = [k for k, it in enumerate(items) if it.kind == "name"]
    seps = [None] + [_sep(_gap(text, toks, items[k - 1], items[k])) for k in range(1, len(items))]

    # Titles right before a name.
    for k in names:
        chain: list[int] = []
        m = k - 1
        while m >= 0 and items[m].kind in ("rank", "hon"):
            if seps[m + 1] != "space":
                break
            m -= 1
        link = "space"
        while m >= 0 and items[m].kind == "title":
            # "Chủ tịch HĐND huyện – Nguyễn Văn A": a dash may join the last title to the
            # name when nothing else claims that title.
            dash_before = (not chain and seps[m + 1] == "dash" and m + 1 == k
                           and not _follows_a_name(items, seps, m))
            if not dash_before and (seps[m + 1] not in ("space", "comma") or (
                    chain and seps[m + 1] != "comma" and link != "space")):
                break
            if seps[m + 1] not in ("space",) and not chain and not dash_before:
                break  # "TITLE, NAME": the title belongs before, not to this name
            chain.append(m)
            link = seps[m + 1]
            m -= 1
        if not chain:
            continue
        preceded_by_name = m >= 0 and items[m].kind == "name" and seps[m + 1] in ("comma", "dash")
        if preceded_by_name:
            chain = chain[:1]  # the rest continue the previous name's titles
        for t in chain:
            owner[t] = k

    # Titles after "NAME," / "NAME -" / "NAME (".
    for k in names:
        m = k + 1
        first = True
        while m < len(items) and items[m].kind == "title" and m not in owner:
            if first and seps[m] not in ("comma", "dash", "paren"):
                break
            if not first and seps[m] not in ("comma", "dash"):  # "A, Bí thư - Chủ tịch"
                break
            owner[m] = k
            first = False
            m += 1

    # Lists: "các đồng chí: A, title; B, title" — names after ':' or ';' in a list.
    listed = set()
    in_list = False
    for k, it in enumerate(items):
        if it.kind == "hon" and it.value == "các đồng chí":
            in_list = True
        if it.kind == "name" and in_list:
            gap = text[toks[items[k - 1].j - 1].end:toks[it.i].start] if k else ""
            if ":" in gap or ";" in gap or k and items[k - 1].kind == "hon":
                listed.add(k)

    shared_titles, shared_rank = _list_heads(text, toks, items, owner, seps)

    out = []
    for k in names:
        it = items[k]
        titles = [items[t] for t in sorted(owner) if owner[t] == k]
        own = {_title_key(text, toks, t) for t in titles}
        titles = [t for t in shared_titles.get(k, ()) if _title_key(text, toks, t) not in own] \
            + titles
        rank = hon = None
        m = k - 1
        while m >= 0 and items[m].kind in ("rank", "hon") and seps[m + 1] == "space":
            if items[m].kind == "rank":
                rank = items[m].value
            else:
                hon = items[m].value
            m -= 1
        rank = rank or shared_rank.get(k)
        if not (titles or rank or hon or k in listed):
            continue
        name = clean_surface(text[toks[it.i].start:toks[it.j - 1].end])
        title_records = tuple(_title_record(text, toks, t) for t in titles)
        first_tok = min([it.i] + [t.i for t in titles] + ([items[m + 1].i] if m + 1 < k else []))
        last_tok = max([it.j] + [t.j for t in titles])
        out.append(PersonMention(
            toks[it.i].start, toks[it.j - 1].end, seg.index, name, rank, hon,
            deceased=any(t.qualifier == "cố" for t in title_records),
            former=any(t.qualifier == "nguyên" for t in title_records),
            titles=title_records,
            context_start=toks[first_tok].start, context_end=toks[last_tok - 1].end,
        ))
    return out


def _follows_a_name(items: list[_Item], seps: list, m: int) -> bool:
    """Is title ``m`` the end of a chain of titles written after a name (``A - t1, t2``)?"""
    while m > 0 and seps[m] in ("comma", "dash"):
        m -= 1
        if items[m].kind == "name":
            return True
        if items[m].kind != "title":
            return False
    return False


def _title_key(text: str, toks: list[_Tok], item: _Item) -> str:
    return match_key(text[toks[item.i].start:toks[item.j - 1].end])


def _list_heads(text: str, toks: list[_Tok], items: list[_Item], owner: dict, seps: list):
    """Titles (and a rank) shared by a list head: ``các Ủy viên Bộ Chính trị, Bí thư Trung
    ương Đảng: Trưởng ban A Nguyễn Văn X, Chủ nhiệm B Trần Văn Y`` gives X and Y both
    titles; ``các đồng chí Đại tướng - Ủy viên Bộ Chính trị: …`` shares the rank too. The
    list runs to the next ``;`` or the sentence's end."""
    titles: dict[int, list[_Item]] = {}
    ranks: dict[int, str] = {}
    k = 0
    while k < len(items):
        it = items[k]
        opens = (it.kind == "hon" and it.value == "các đồng chí") or (
            it.i > 0 and _counts(toks[it.i - 1]) and it.kind in ("title", "rank"))
        if not opens:
            k += 1
            continue
        m = k + 1 if it.kind == "hon" else k
        head: list[_Item] = []
        rank = None
        while m < len(items) and items[m].kind in ("title", "rank") and m not in owner:
            if head or rank:
                if seps[m] not in ("comma", "dash", "space"):
                    break
            if items[m].kind == "rank":
                rank = items[m].value
            else:
                head.append(items[m])
            m += 1
        if (not head and not rank) or m >= len(items):
            k += 1
            continue
        last = items[m - 1]
        if ":" not in text[toks[last.j - 1].end:toks[items[m].i].start]:
            k += 1
            continue
        n = m
        # "…: A, titles; B, titles; C, titles" (name first) goes on past ";" until the next
        # head; "…: title A, title B; other titles C" (title first) ends at it.
        name_first = items[m].kind in ("name", "rank", "hon")
        # "…: title A; title B; title C" (title first, ";" closing the first item too):
        # there ";" parts the items of one list.
        semi_items = named = False
        while n < len(items):
            if n > m:
                gap = text[toks[items[n - 1].j - 1].end:toks[items[n].i].start]
                if "." in gap.replace("TP.", "") or ":" in gap:
                    break
                if ";" in gap and not name_first and not named and items[n - 1].kind == "name":
                    semi_items = True  # the first item closed by ";"
                if ";" in gap and (_opens_head(toks, items, n) or not (name_first or semi_items)):
                    break
                named = named or items[n - 1].kind == "name"
            if items[n].kind == "name":
                titles[n] = head
                if rank:
                    ranks[n] = rank
            n += 1
        k = n
    return titles, ranks


# Words that open a list head before a title or a rank: "các Ủy viên …:", "4 Thượng tướng,
# Ủy viên …:", "hai Phó Chủ tịch:".
_COUNT_WORDS = frozenset({"các", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"})


def _counts(tok: _Tok) -> bool:
    return tok.key in _COUNT_WORDS or (tok.text.isdigit() and len(tok.text) <= 2)


def _opens_head(toks: list[_Tok], items: list[_Item], n: int) -> bool:
    """Does item ``n`` open a new list head (``các đồng chí …``, ``các Ủy viên …``)?"""
    it = items[n]
    return (it.kind == "hon" and it.value == "các đồng chí") or (
        it.i > 0 and _counts(toks[it.i - 1]))


def _title_record(text: str, toks: list[_Tok], item: _Item) -> Title:
    v = item.value
    start, end = toks[item.i].start, toks[item.j - 1].end
    org_written = v["org"] or None
    organization = orgs.normalize_org(org_written, after_position=v["position"]) if org_written \
        else v["implied"]
    parent = orgs.normalize_org(v["parent"]) if v["parent"] else None
    return Title(start, end, clean_surface(text[start:end]), v["position"], organization,
                 org_written, parent, v["qualifier"])


# --------------------------------------------------------------------------- context


def _complete_orgs(doc: Document, people: list[PersonMention], segments, places) -> list[PersonMention]:
    """Bare parents after a title, and provincial bodies completed with the context province."""
    seg_by_index = {s.index: s for s in segments}
    # A province named in a former post ("nguyên Phó Chủ tịch UBND tỉnh X") is not
    # where the people named after it serve now.
    former = [(t.start, t.end) for p in people for t in p.titles if t.qualifier in ("nguyên", "cố")]
    # A venue ("Trụ sở Trung ương Đảng") places the meeting, not the bodies named there.
    places = [m for m in places if not any(a <= m.start < b for a, b in former)
              and m.via != "venue"]
    out = []
    for p in people:
        province = _context_province(p, seg_by_index, places)
        titles = []
        for t in p.titles:
            if t.organization and orgs.needs_province(t.organization) and province:
                t = replace(t, organization=orgs.complete_with_province(t.organization, province),
                            org_inferred=True)
            titles.append(t)
        out.append(replace(p, titles=tuple(titles)))
    return out


def _context_province(p: PersonMention, seg_by_index, places) -> Optional[str]:
    """The province a person's provincial bodies belong to: the nearest place named before
    the mention in its segment, else the first province of the article's main text (or,
    in a teaser, of that teaser)."""
    seg = seg_by_index[p.segment]
    same = [m for m in places if m.segment == p.segment and m.start < p.context_start]
    if same:
        return same[-1].place.province
    if seg.is_related:
        teaser = [m for m in places if seg_by_index[m.segment].teaser == seg.teaser
                  and seg_by_index[m.segment].is_related]
        return teaser[0].place.province if teaser else None
    main = [m for m in places if not seg_by_index[m.segment].is_related]
    return main[0].place.province if main else None
