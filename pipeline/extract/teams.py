"""Inspection, supervision and working teams and the bodies they work with (SPEC §2).

Teams are written as a head, an optional number and the parent body:

- ``Đoàn Kiểm tra số 4 thuộc Tiểu ban Bảo vệ chính trị nội bộ Trung ương``
- ``Đoàn giám sát số 2 của Ủy ban Kiểm tra Trung ương``
- ``Đoàn công tác của Đảng ủy, Bộ Tư lệnh Bộ đội Biên phòng`` (a comma followed
  by another body continues the parent body).

The first full mention (head + ``thuộc``/``của`` + body) defines the team; later
short mentions (``Đoàn kiểm tra``, ``Đoàn Kiểm tra số 4``) refer back to it. An
unnumbered full mention (a headline) gives way to a numbered one of the same body.

Targets are the bodies a team inspects or works with, read after trigger
phrases of the main body text (``làm việc với``, ``kiểm tra tại``, ``đối với``,
``làm việc, kiểm tra tại A, B và C``, and a list of two or more after a later
``tại`` in an inspection sentence); each list item must open with a body word
of ``org_types.tsv``. A provincial body whose place is left implicit
(``Ban Tổ chức Tỉnh ủy``, ``Đảng ủy Công an tỉnh``) is completed with the
article's province.

Matching runs on ``doc.key`` (lower case, same offsets as the text); case is
read on ``doc.text`` because capitalisation is what separates a body's name
(``Ủy ban Kiểm tra``) from the surrounding verbs (``kiểm tra``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from .. import lexicons
from ..document import Document
from ..records import BODY, CAPTION, HEADLINE, MAIN_KINDS, PlaceMention, Segment, Target, Team
from ..link.organizations import expand_abbreviations
from ..text.normalize import clean_surface, match_key

_SP = r"[ ]+"  # doc.key has NBSP mapped to a space

# --- teams --------------------------------------------------------------------

_TEAM_KINDS = {"kiểm tra": "inspection", "giám sát": "supervision", "công tác": "working"}
# "Đoàn kiểm tra, giám sát" is one team; its first word gives the kind.
_TEAM_HEAD = re.compile(
    rf"(?<!\w)(?:đoàn|tổ){_SP}(kiểm tra|giám sát|công tác)(?:,?{_SP}(?:kiểm tra|giám sát))?"
    # "Đoàn kiểm tra số 4"; "Đoàn kiểm tra 888" (a programme's number, without "số")
    rf"(?:{_SP}số{_SP}(\d+)|{_SP}(\d{{3,4}})(?![\w/.\-]))?(?!\w)"
)
# "số 2 và số 3", "số 1, số 3, số 4": more teams named with the first.
_MORE_NUMBERS = re.compile(rf"(?:(?:,{_SP}|{_SP}và{_SP})số{_SP}\d+)+(?!\w)")
# What joins a team to its parent body.
_TEAM_LINK = re.compile(rf"{_SP}(?:thuộc|của|trực thuộc){_SP}")

# --- body names ---------------------------------------------------------------

# Lowercase words that end a body's name (data: lexicons/body_stops.txt).
_STOP = re.compile(
    r"(?:" + "|".join(sorted(map(re.escape, lexicons.entries("body_stops.txt")), key=len,
                             reverse=True)) + r")(?!\w)"
)
# Lowercase words that can close a body's name (data: lexicons/body_tail_words.txt).
_NAME_TAIL_WORDS = frozenset(lexicons.entries("body_tail_words.txt"))
# Function words that never close a one-syllable capitalised word ("Khối các …").
_NOT_TAIL = frozenset({"các", "những", "một", "mọi", "cả"})
# Words after which a capitalised run is a place name, not a compound word:
# a unit type ("tỉnh Nghệ An") or a territorial party committee ("Thành ủy Huế").
_PLACE_SLOT = re.compile(
    r"(?:^|[ ])(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|"
    r"(?:tỉnh|thành|huyện|quận|thị) ủy)$"
)
# Body words missing from org_types.tsv that open targets in news prose.
_EXTRA_HEADS = (
    ("Thường trực", "any"),
    ("Thường vụ", "any"),  # "làm việc với Thường vụ Đảng ủy …", without "Ban"
    ("Cấp ủy", "any"),  # "đối với Cấp ủy Chi bộ Công an xã X"
    ("UBND", "any"),
    ("HĐND", "any"),
    ("MTTQ", "any"),
    ("UBKT", "any"),
    ("BTV", "any"),
    ("Ủy ban MTTQ", "any"),
    ("Phòng", "district"),
    ("Đồn", "any"),
)

_SYL = re.compile(r"[^\W_](?:\w|['’ʼ](?=\w))*")
_GAP_SPACE = re.compile(r"[ \u00a0]+")
_GAP_COMMA = re.compile(r"[ \u00a0]*,[ \u00a0]*")
_GAP_DASH = re.compile(r"[ \u00a0]*[-–][ \u00a0]*")
_MAX_REMIT_WORDS = 20  # "về phòng, chống tham nhũng, lãng phí, tiêu cực"
_MAX_LOWER_RUN = 5  # lowercase syllables bridged inside a name ("chính trị nội bộ")

# --- targets ------------------------------------------------------------------

_TRIGGER = re.compile(
    r"(?<!\w)(?:"
    rf"(?P<work>làm việc(?:{_SP}trực tiếp)?(?:{_SP}của{_SP}[^.;,:]{{2,60}}?)?(?:,?{_SP}(?:và{_SP})?(?:kiểm tra|giám sát))?"
    rf"{_SP}(?:với|tại))"
    # Visits: "đến thăm và làm việc tại", "thăm, chúc mừng", "chúc Tết".
    rf"|(?P<visit>(?:(?:đến|tới|về){_SP})?thăm(?:,?{_SP}(?:và{_SP})?(?:làm việc|chúc mừng|chúc tết|"
    rf"kiểm tra|động viên))?(?:{_SP}(?:với|tại))?|(?<!ban )chúc mừng|chúc tết|làm việc, chúc tết)"
    rf"|(?P<check>(?:kiểm tra|giám sát|khảo sát)(?:,?{_SP}(?:và{_SP})?(?:kiểm tra|giám sát|làm việc))?"
    rf"(?:{_SP}(?:thực tế|trực tiếp|toàn diện))?{_SP}(?:tại|đối với))"

    # "kiểm tra tình hình trực tết, sẵn sàng chiến đấu của Bộ Tư lệnh Quân khu 5"
    rf"|(?P<situation>(?:kiểm tra|nắm){_SP}tình hình[^.;:]{{0,80}}?{_SP}(?:của|tại))"
    # "công bố quyết định kiểm tra, giám sát … với Ban Thường vụ …"
    # "đến giám sát, kiểm tra công tác bầu cử … tại tỉnh Long An": in the lead only
    rf"|(?P<activity>(?:kiểm tra|giám sát)(?:,?{_SP}(?:kiểm tra|giám sát))?{_SP}(?:công tác|việc)"
    rf"[^.;:]{{3,160}}?{_SP}tại)"
    rf"|(?P<decision>công bố quyết định[^.;:]{{0,100}}?{_SP}(?:đối với|với|tại))"
    # "dự khai mạc Đại hội đại biểu Đảng bộ tỉnh X": the party organisation holds it.
    rf"|(?P<congress>(?:tới{_SP}|đến{_SP})?dự(?:{_SP}(?:lễ|phiên){_SP}khai mạc|{_SP}khai mạc)?"
    rf"(?:{_SP}phiên{_SP}chính{_SP}thức)?{_SP}đại hội(?:{_SP}đại biểu)?(?={_SP}đảng bộ)"
    # "kiểm tra công tác chuẩn bị và tổ chức Đại hội đại biểu Đảng bộ huyện X"
    rf"|(?:kiểm tra|giám sát)(?:{_SP}về)?{_SP}(?:công tác|việc){_SP}chuẩn bị(?:{_SP}và{_SP}tổ chức)?"
    rf"{_SP}đại hội(?:{_SP}đại biểu)?(?={_SP}đảng bộ))"
    r"|(?P<toward>đối với)"
    rf"|(?P<bare>(?:kiểm tra|giám sát)(?:{_SP}(?:trực tiếp|thực tế))?)"
    r"|(?P<at>tại)"
    rf"){_SP}"
)
# "tại A, B và C" further on in a sentence whose verb is an inspection is the
# team's list of targets; a single "tại X" there is usually a passing mention.
_VERB = re.compile(r"(?<!\w)(?<!ủy ban )(?:kiểm tra|giám sát|khảo sát|làm việc)(?!\w)")
_MIN_AT_ITEMS = 2
# "kiểm tra X" is a verb only when not the tail of a name: "Ủy ban kiểm tra Tỉnh ủy".
_BARE_BLOCKERS = re.compile(
    r"(?:ủy ban|đoàn|ban|tự|công tác|quyết định|kế hoạch|chương trình)[ ]+$"
)
# "đối với X" names a target only in a sentence about the inspection or visit.
_ACTIVITY = re.compile(r"(?<!\w)(?:kiểm tra|giám sát|làm việc|đoàn)(?!\w)")
_LIST_SEP = re.compile(rf"[ \u00a0]*,[ \u00a0]*(?:và{_SP})?|{_SP}và{_SP}")
# A list announced by its own introduction: "Đối tượng kiểm tra gồm: A; B; C",
# "các đơn vị được kiểm tra gồm A, B và C", "kiểm tra đối với các tổ chức đảng sau: A, B".
# The anchor ends the introduction; the clause before it must name what is inspected
# (_INTRO_NOUN) and the activity (_VERB, written lowercase).
_INTRO_ANCHOR = re.compile(
    rf"(?<!\w)(?:(?:bao{_SP})?gồm(?:{_SP}có)?(?:[ ]*:)?|(?:sau đây|như sau|sau)[ ]*:)[ ]*"
    r"|(?<=\w)[ ]*:[ ]*"
)
_INTRO_NOUN = re.compile(
    r"(?<!\w)(?:đối tượng|tổ chức đảng|tổ chức|đơn vị|cơ quan|địa phương|tập thể|đảng bộ|"
    r"chi bộ|địa bàn|cơ sở)(?!\w)"
)
# A bare colon introduces the list only right after the noun: "kiểm tra 3 đơn vị: A, B".
_INTRO_NOUN_END = re.compile(
    r"(?:đối tượng|tổ chức đảng|tổ chức|đơn vị|cơ quan|địa phương|tập thể|đảng bộ|chi bộ|"
    r"địa bàn|cơ sở)(?:[ ]+(?:được|sẽ được|đã được)[ ]+(?:kiểm tra|giám sát|khảo sát))?[ ]*$"
)
# The team's own make-up is not a list of targets: "Thành phần Đoàn gồm đại diện …".
_INTRO_BLOCKERS = re.compile(
    r"(?<!\w)(?:thành phần|thành viên|đại diện|lãnh đạo|đoàn(?:[ ]+(?:kiểm tra|giám sát|công tác))?"
    r"(?:[ ]+số[ ]+\d+)?[ ]+(?:gồm|có))(?!\w)"
)
_MAX_INTRO = 120  # characters of the introduction read back from its anchor
_MAX_INTRO_LINES = 20  # one-item paragraphs after an introduction ending its paragraph
# Separators of an introduced list ("A; B; C") and the numbering of its items.
_INTRO_SEP = re.compile(rf"[ \u00a0]*[,;][ \u00a0]*(?:và{_SP})?|{_SP}và{_SP}")
_ENUM = re.compile(r"[ \u00a0]*(?:\(?\d{1,2}\)|\d{1,2}[.)]|[a-zđ]\)|[-–+•*])[ \u00a0]*")
# Where a shared suffix may come from: "Đảng ủy, HĐND, UBND xã Thông Nguyên".
_SHARED_SUFFIX = re.compile(
    r"(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|(?:tỉnh|thành|huyện|quận|thị) ủy)"
    r"(?:[ ]|$)"
)
# Bare heads that are a body's full name on their own ("Tỉnh ủy" gets the province).
_STANDALONE_HEADS = frozenset({"tỉnh ủy", "thành ủy", "tỉnh đoàn", "thành đoàn"})
_TEAM_HEAD_KEYS = frozenset({"đoàn kiểm tra", "đoàn giám sát", "đoàn công tác"})
# "Ban Thường Tỉnh ủy": the dropped "vụ" of "Ban Thường vụ".
_DROPPED_VU = re.compile(r"\bBan Thường (?=(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) ủy\b)")
_DOUBLE_PROVINCE = re.compile(r"\b(Tỉnh ủy|Thành ủy) (?:tỉnh|thành phố) ")

# --- topic and year -----------------------------------------------------------

# A "công tác ..." phrase after a verb or "về" says what is inspected, possibly
# a few words on: "về kết quả thực hiện công tác tổ chức xây dựng Đảng".
_TOPIC_OPEN = re.compile(
    rf"(?<!\w)(?:(?<!đoàn )(?<!ban )(?:kiểm tra|giám sát|khảo sát)(?:{_SP}về)?"
    rf"|về(?:{_SP}[^\W\d_]+){{0,4}}?){_SP}(công tác){_SP}"
)
# "… công tác tổ chức và công tác cán bộ": a second "công tác" joins the topic.
_TOPIC_AND = re.compile(rf"{_SP}và{_SP}công tác(?!\w)")
_TOPIC_STOP = re.compile(
    r"(?:năm|đối với|tại|của|với|cho|ở|trên|đến|nhằm|để|theo|trong|và|do|đã|được|là|khi|"
    r"giai đoạn|nhiệm kỳ|dịp)(?!\w)"
)
# Fixed expressions whose comma stays inside a topic: "phòng, chống tham nhũng".
_TOPIC_COMMA_OK = re.compile(r",[ ]+(?:chống|giám sát|cán bộ)(?!\w)")
_MAX_TOPIC_WORDS = 10
_YEAR_AFTER = re.compile(rf"{_SP}năm{_SP}((?:19|20)\d\d)(?!\d)")
# "Chương trình kiểm tra, giám sát năm 2024", "Kế hoạch kiểm tra năm 2024".
_PROGRAMME_YEAR = re.compile(
    rf"(?<!\w)(?:chương trình|kế hoạch)(?:{_SP}công tác)?{_SP}(?:kiểm tra|giám sát)"
    rf"[^.;:\n]{{0,40}}?{_SP}năm{_SP}((?:19|20)\d\d)(?!\d)"
)


# ==============================================================================
# Body heads


@cache
def _heads() -> dict[str, str]:
    """Scope of every body head by its key (org_types.tsv and a few abbreviations)."""
    rows = [(r[0], r[1] if len(r) > 1 else "any") for r in lexicons.rows("org_types.tsv")]
    seen: dict[str, str] = {}
    for head, scope in (*rows, *_EXTRA_HEADS):
        seen.setdefault(match_key(head), scope)
    return seen


@cache
def _head_pattern() -> re.Pattern[str]:
    """All heads in one alternation, longest first so that the longest match wins."""
    heads = sorted(_heads(), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, heads)) + r")(?!\w)")


def _head_at(doc: Document, pos: int) -> tuple[str, str, int] | None:
    """(head key, scope, end) of the body head written capitalised at ``pos``, else None."""
    if pos >= len(doc.text) or not doc.text[pos].isupper():
        return None
    m = _head_pattern().match(doc.key, pos)
    if m is None:
        return None
    return m.group(), _heads()[m.group()], m.end()


def _is_cap(text: str, tok: re.Match[str]) -> bool:
    c = text[tok.start()]
    return c.isupper() or c.isdigit()


def _stop_at(doc: Document, pos: int) -> bool:
    return _STOP.match(doc.key, pos) is not None


def _scan_body(
    doc: Document,
    pos: int,
    limit: int,
    *,
    need_head: bool,
    comma_continues: bool,
    places: tuple[PlaceMention, ...] = (),
) -> tuple[int, str | None] | None:
    """End of the body name opening at ``pos`` (and its head key), or None.

    A name goes on through capitalised syllables; a lowercase syllable goes in
    when it is the second syllable of a one-syllable capitalised word (``Bộ Y
    tế``, ``Công an``), when a short lowercase run leads to another capitalised
    word (``Bảo vệ chính trị nội bộ Trung ương``), or when it is a known name
    tail (``Công an tỉnh``). Stop words, punctuation and list separators end it.
    """
    text, key = doc.text, doc.key
    head = _head_at(doc, pos)
    if head is None:
        if need_head:
            return None
        first = _SYL.match(text, pos)
        if first is None or not _is_cap(text, first) or first.end() > limit:
            return None
        end, head_key = first.end(), None
    else:
        head_key, end = head[0], head[2]
        if end > limit:
            return None
    ordered, starts = _by_start(places)

    def in_place(s: int) -> bool:
        # Among the places starting in [pos, s] (found by bisection), the last few: places
        # in a name do not overlap further back than that.
        k = bisect_right(starts, s)
        return any(pos <= p.start and s < p.end for p in ordered[max(0, k - 4):k])

    cap_run = 0 if head is not None else 1  # capitalised syllables since the last lowercase one
    place_slot = False  # the current capitalised run names a place

    head_end = pos if head is None or head_key.endswith(" ủy") else head[2]

    def slot_before(at: int) -> bool:
        # The head's own last word is no unit type ("Hợp tác xã Nông nghiệp"),
        # but a territorial committee is ("Thành ủy Quy Nhơn").
        lo = max(pos, at - 12)
        m = _PLACE_SLOT.search(key[lo:at].rstrip(" ,"))
        return m is not None and lo + m.start() >= head_end

    while end < limit:
        tok = _SYL.search(text, end, limit)
        if tok is None:
            break
        gap = text[end : tok.start()]
        if _GAP_COMMA.fullmatch(gap) and key.startswith("các đoàn thể", tok.start()):
            # "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh": one body, with a comma
            end = tok.start() + len("các đoàn thể")
            cap_run = 0
            continue
        if _GAP_COMMA.fullmatch(gap):
            nxt = _head_at(doc, tok.start()) if comma_continues else None
            if nxt is None or nxt[2] > limit:
                break
            end, cap_run = nxt[2], 0
            continue
        if _GAP_DASH.fullmatch(gap):
            # "Bà Rịa - Vũng Tàu", "Lao động - Thương binh và Xã hội"
            if not _is_cap(text, tok):
                break
        elif _abbreviated_city(doc, end, gap) and _is_cap(text, tok):
            pass  # "Thành ủy TP. Hồ Chí Minh": the full stop abbreviates, it ends nothing
        elif gap == "." and text[end - 1:tok.end()] == "T.Ư":
            # "Ủy ban Kiểm tra T.Ư": Trung ương abbreviated, which closes the name as a
            # place does.
            end, cap_run, place_slot = tok.end(), 1, True
            continue
        elif not _GAP_SPACE.fullmatch(gap):
            break
        word = key[tok.start() : tok.end()]
        if _is_cap(text, tok):
            inner = None if in_place(tok.start()) else _head_at(doc, tok.start())
            if inner is not None and inner[2] <= limit:
                # A body inside the name ("Đảng ủy Sở Y tế"): its words are known.
                end, cap_run, place_slot = inner[2], 0, False
                continue
            if cap_run == 0:
                place_slot = slot_before(tok.start()) or in_place(tok.start())
            end = tok.end()
            cap_run += 1
            continue
        if word == "và":
            # "Bộ Kế hoạch và Đầu tư" goes on; "A và Ban B" is a list of two, and so
            # is "… tỉnh Lào Cai và X": a place name closes the body before it.
            after = _SYL.search(text, tok.end(), limit)
            if (
                (place_slot and cap_run)
                or after is None
                or not _GAP_SPACE.fullmatch(text[tok.end() : after.start()])
                or not _is_cap(text, after)
                or _head_at(doc, after.start()) is not None
            ):
                break
            end = after.end()
            cap_run, place_slot = 1, False
            continue
        if word == "về" and head_key is not None and head_key.startswith("ban chỉ đạo"):
            # A steering committee's remit is part of its name: "Ban Chỉ đạo Trung
            # ương về phòng, chống tham nhũng, lãng phí, tiêu cực".
            end = _remit_end(doc, tok.end(), limit) or end
            break
        if _stop_at(doc, tok.start()):
            break
        # The second syllable of a one-syllable capitalised word: "Y tế", "Công an".
        if cap_run == 1 and not place_slot and word not in _NOT_TAIL and not in_place(end - 1):
            if word == "ương" and key.endswith("trung", 0, end):
                # "… Trung ương" closes the name as a place does: "Ủy ban Kiểm tra Trung
                # ương yêu cầu Ban …" is the body, then its verb.
                end, cap_run, place_slot = tok.end(), 1, True
                continue
            end, cap_run = tok.end(), 0
            continue
        run = _lower_run(doc, tok.start(), limit)
        if not run:
            break
        run_end, leads_on = run
        # After a place name the body is complete: "Tỉnh ủy Quảng Ninh triển khai Kế hoạch".
        if leads_on and not (place_slot and cap_run):
            end, cap_run = run_end, 0
            continue
        words = key[tok.start() : run_end].split()
        if all(w in _NAME_TAIL_WORDS for w in words):
            end = run_end
        break
    return end, head_key


def _abbreviated_city(doc: Document, end: int, gap: str) -> bool:
    """True when the syllable ending at ``end`` is ``TP`` and ``gap`` is its full stop."""
    return (gap.rstrip() == "." and doc.key[end - 2:end] == "tp"
            and (end == 2 or not doc.text[end - 3].isalnum()))


def _remit_end(doc: Document, pos: int, limit: int) -> int | None:
    """End of the lowercase ``về …`` remit at ``pos`` (commas and ``và`` allowed), or None."""
    text, end, cur, words = doc.text, None, pos, 0
    while words < _MAX_REMIT_WORDS:
        gap = _GAP_SPACE.match(text, cur) or _GAP_COMMA.match(text, cur)
        tok = _SYL.match(text, gap.end()) if gap else None
        if tok is None or tok.end() > limit or _is_cap(text, tok):
            break
        if (doc.key[tok.start() : tok.end()] != "và" and not doc.key.startswith("sáng tạo", tok.start())
                and _stop_at(doc, tok.start())):
            break  # ("sáng tạo" is innovation, not a morning)
        cur, words = tok.end(), words + 1
        if doc.key[tok.start() : tok.end()] != "và":
            end = cur
    return end


def _lower_run(doc: Document, pos: int, limit: int) -> tuple[int, bool] | None:
    """(end, leads to a capitalised word) of the lowercase run at ``pos``, stop words excluded."""
    text = doc.text
    end, count = pos, 0
    cur = pos
    while count < _MAX_LOWER_RUN:
        tok = _SYL.match(text, cur)
        if tok is None or tok.end() > limit or _is_cap(text, tok) or _stop_at(doc, tok.start()):
            break
        end, count = tok.end(), count + 1
        nxt = _SYL.search(text, end, limit)
        if nxt is None or not _GAP_SPACE.fullmatch(text[end : nxt.start()]):
            return end, False
        if _is_cap(text, nxt):
            return end, True
        cur = nxt.start()
    return (end, False) if count else None


# ==============================================================================
# Teams


def _main_segments(doc: Document, kinds: Iterable[str] = MAIN_KINDS) -> list[Segment]:
    kinds = frozenset(kinds)
    return [s for s in doc.get("segments") if s.kind in kinds and not s.kind.startswith("related")]


_SENTENCE_STARTS: list = [None, None]  # the last document's sentences and their starts


def _sentence_span(doc: Document, seg: Segment, pos: int) -> tuple[int, int]:
    """The sentence holding ``pos`` (from the sentences stage when present), else the segment."""
    sentences = doc.results.get("sentences", ())
    if _SENTENCE_STARTS[0] is not sentences:  # found by bisection: one lookup per team is cheap
        ordered = all(a.end <= b.start for a, b in zip(sentences, sentences[1:]))
        _SENTENCE_STARTS[:] = [sentences, [s.start for s in sentences] if ordered else None]
    starts = _SENTENCE_STARTS[1]
    candidates = sentences if starts is None else sentences[max(bisect_right(starts, pos) - 1, 0):][:1]
    for s in candidates:
        if s.start <= pos < s.end:
            return s.start, s.end
    return seg.start, seg.end


def _match_starts(pattern: re.Pattern, key: str, lo: int, hi: int) -> list[int]:
    """Every position in ``key[lo:hi]`` where ``pattern`` matches (what a search from there finds)."""
    out: list[int] = []
    m = pattern.search(key, lo, hi)
    while m is not None:
        out.append(m.start())
        m = pattern.search(key, m.start() + 1, hi)
    return out


def find_teams(doc: Document) -> tuple[Team, ...]:
    """The teams of the main text, one per distinct team, first full mention first.

    A full mention names the parent body; short mentions (no body) only make a
    team of their own when no full mention has their number (or, unnumbered,
    when the article names no team at all).
    """
    segments = _main_segments(doc)
    full: list[Team] = []
    short: list[Team] = []
    scans: dict = {}  # topic matches of each sentence and segment, listed once for every team
    for seg in segments:
        for m in _TEAM_HEAD.finditer(doc.key, seg.start, seg.end):
            kind = _TEAM_KINDS[m.group(1)]
            written = m.group(2) or m.group(3)
            number = int(written) if written else None
            name = clean_surface(doc.text[m.start() : m.end()])
            end = m.end()
            more = _MORE_NUMBERS.match(doc.key, end)
            if more is not None and number is not None:
                # "Tổ công tác số 1, số 3, số 4 của Bộ Chính trị": several teams, one body
                number, end = None, more.end()
            body = _team_body(doc, end, seg.end) or _programme_body(doc, seg, m.start(), scans)
            topic, year = _topic_and_year(doc, seg, m.start(), segments, scans)
            team = Team(m.start(), m.end(), seg.index, name, kind, number, body, year, topic)
            (full if body else short).append(team)
    out: list[Team] = []
    seen: set[tuple] = set()
    for team in full:
        ident = (team.number, match_key(team.body or ""))
        if ident in seen:
            continue
        seen.add(ident)
        out.append(team)
    # "Đoàn Kiểm tra của Bộ Chính trị" (headline) and "Đoàn Kiểm tra số 7 của Bộ
    # Chính trị" (body) are one team: the numbered mention says more.
    numbered_bodies = {match_key(t.body or "") for t in out if t.number is not None}
    out = [t for t in out if t.number is not None or match_key(t.body or "") not in numbered_bodies]
    # A headline's unnumbered team ("Đoàn giám sát của Quân ủy Trung ương") gives way to the
    # numbered team the body names ("Đoàn giám sát số 948 của Ban Thường vụ Quân ủy …").
    headline = {s.index for s in segments if s.kind == HEADLINE}
    if any(t.number is not None and t.segment not in headline for t in out):
        out = [t for t in out if t.number is not None or t.segment not in headline]
    numbers = {t.number for t in out}
    extra = [t for t in short if t.number is not None and t.number not in numbers]
    extra = list({t.number: t for t in reversed(extra)}.values())[::-1]  # first of each number
    unnumbered = [t for t in out if t.number is None]
    if len(out) == 1 and unnumbered and len(extra) == 1 and extra[0].kind == out[0].kind:
        # The only full mention has no number and one short mention gives it:
        # "Đoàn Kiểm tra của Bộ Chính trị … Trưởng Đoàn Kiểm tra số 7".
        return (replace(out[0], number=extra[0].number),)
    out.extend(extra)
    if not out:
        out.extend(short[:1])
    return tuple(sorted(out))


def _team_body(doc: Document, pos: int, limit: int) -> str | None:
    """The parent body after ``thuộc``/``của`` (or a body written right after the team)."""
    link = _TEAM_LINK.match(doc.key, pos)
    if link is not None:
        start = link.end()
        found = _scan_body(doc, start, limit, need_head=False, comma_continues=True)
    else:
        gap = _GAP_SPACE.match(doc.text, pos)
        if gap is None:
            return None
        start = gap.end()
        # "Đoàn công tác Bộ Y tế": only a known body word may follow directly.
        found = _scan_body(doc, start, limit, need_head=True, comma_continues=True)
    if found is None:
        return None
    end = found[0]
    # The National Assembly's councils and committees are named with it: "Hội đồng Dân
    # tộc của Quốc hội", "Ủy ban Kinh tế và Tài chính của Quốc hội".
    tail = _OF_NATIONAL_ASSEMBLY.match(doc.key, end)
    if tail is not None and tail.end() <= limit and doc.key.startswith(("hội đồng", "ủy ban"), start):
        end = tail.end()
    return clean_surface(doc.text[start : end]) or None


_OF_NATIONAL_ASSEMBLY = re.compile(r" của quốc hội(?!\w)")
# "Thực hiện Chương trình kiểm tra, giám sát năm 2024 của Ban Tuyên giáo Trung ương, Đoàn
# giám sát số 3 …": the programme's owner sends the team.
_PROGRAMME_OF = re.compile(
    r"(?<!\w)(?:chương trình|kế hoạch)\s+(?:kiểm tra|giám sát|công tác)[^.;:]{0,60}?\s+của\s+")


def _programme_body(doc: Document, seg: Segment, pos: int, scans: dict | None = None
                    ) -> str | None:
    """The body whose programme the team carries out, named earlier in its sentence."""
    s_start, s_end = _sentence_span(doc, seg, pos)
    if scans is not None:
        # No match can start before the sentence's first one: the search begins there.
        if (_PROGRAMME_OF, s_start, s_end) not in scans:
            first = _PROGRAMME_OF.search(doc.key, s_start, s_end)
            scans[_PROGRAMME_OF, s_start, s_end] = s_end if first is None else first.start()
        s_start = scans[_PROGRAMME_OF, s_start, s_end]
        if s_start >= pos:
            return None
    for m in _PROGRAMME_OF.finditer(doc.key, s_start, pos):
        found = _scan_body(doc, m.end(), pos, need_head=True, comma_continues=False)
        if found is not None and not doc.text[found[0]:pos].strip(" ,"):
            return clean_surface(doc.text[m.end():found[0]]) or None
    return None


def _topic_and_year(
    doc: Document, seg: Segment, pos: int, segments: list[Segment], scans: dict | None = None
) -> tuple[str | None, int | None]:
    """Topic and programme year: the team's sentence first, then the rest of the main text.

    In each area the first topic phrase gives the topic and the first year said after a
    topic the year, else the area's first programme year.
    """
    scans = {} if scans is None else scans
    s_start, s_end = _sentence_span(doc, seg, pos)
    areas = [(pos, s_start, s_end)] + [(s.start, s.start, s.end) for s in segments
                                       if s.kind in (BODY, HEADLINE)]
    topic = year = None
    for start, lo, end in areas:
        if (lo, end) not in scans:
            scans[lo, end] = _TopicScan(doc, lo, end)
        found, found_year = scans[lo, end].from_(start)
        topic = topic or found
        year = year or found_year
        if topic and year:
            break
    return topic, year


class _TopicScan:
    """The topic phrases and programme years of ``key[lo:end]``, read once.

    ``from_(start)`` gives what reading ``_TOPIC_OPEN.finditer(key, start, end)`` in order
    would: each match's successor is the first match starting at or after its end.
    """

    def __init__(self, doc: Document, lo: int, end: int) -> None:
        key = doc.key
        self._key, self._end = key, end
        self._starts = _match_starts(_TOPIC_OPEN, key, lo, end)
        n = len(self._starts)
        # First topic and first year along the chain of matches from each match on.
        self._topic: list = [None] * (n + 1)
        self._year: list = [None] * (n + 1)
        for i in range(n - 1, -1, -1):
            m = _TOPIC_OPEN.match(key, self._starts[i], end)
            found, found_year = _topic_phrase(doc, m.start(1), end)
            after = bisect_left(self._starts, m.end())
            self._topic[i] = found or self._topic[after]
            self._year[i] = found_year or self._year[after]
        self._programmes = _match_starts(_PROGRAMME_YEAR, key, lo, end)

    def from_(self, start: int) -> tuple[str | None, int | None]:
        i = bisect_left(self._starts, start)
        topic, year = self._topic[i], self._year[i]
        if year is None:
            p = bisect_left(self._programmes, start)
            if p < len(self._programmes):
                year = int(_PROGRAMME_YEAR.match(self._key, self._programmes[p], self._end)
                           .group(1))
        return topic, year


def _topic_phrase(doc: Document, pos: int, limit: int) -> tuple[str | None, int | None]:
    """The ``công tác ...`` phrase at ``pos`` (trimmed) and a ``năm YYYY`` right after it."""
    key = doc.key
    cur = pos + len("công tác")
    words = 0
    end = cur
    while cur < limit and words < _MAX_TOPIC_WORDS:
        sp = _GAP_SPACE.match(key, cur)
        if sp is None:
            comma = _TOPIC_COMMA_OK.match(key, cur)
            if comma is None:
                break
            sp_end = comma.start() + 1
            sp = _GAP_SPACE.match(key, sp_end)
            if sp is None:
                break
        nxt = sp.end()
        if _TOPIC_STOP.match(key, nxt) and not _TOPIC_AND.match(key, cur):
            break
        tok = _SYL.match(doc.text, nxt)
        if tok is None or tok.end() > limit:
            break
        # A proper noun inside the topic ("xây dựng Đảng") stays; a body name or a
        # number ends it.
        if doc.text[nxt].isdigit() or _head_at(doc, nxt) is not None:
            break
        end = cur = tok.end()
        words += 1
    if words == 0:
        return None, None
    topic = clean_surface(doc.text[pos:end])
    year = _YEAR_AFTER.match(key, end)
    return topic, (int(year.group(1)) if year and year.end() <= limit else None)


# ==============================================================================
# Targets


def find_targets(doc: Document) -> tuple[Target, ...]:
    """Bodies the team inspects or works with, completed with the article's province.

    Read only in body paragraphs, only right after a trigger phrase or a list
    introduction (``Đối tượng kiểm tra gồm:``), so a body in a title chain
    (``Bí thư Tỉnh ủy``), after ``Thay mặt`` or ``đại diện`` is never taken.
    A bare head in a coordination shares the place of the next item (``Đảng
    ủy, HĐND, UBND xã X``); a bare head with no place to share is dropped.
    """
    segments = _main_segments(doc, (BODY,))
    places: tuple[PlaceMention, ...] = doc.results.get("places", ())
    told = {d.segment for d in doc.results.get("dates", ())} | {p.segment for p in places}
    if not any(s.index in told for s in segments):
        # A page of photos: its captions tell the event (as the events stage reads it).
        segments = _main_segments(doc, (BODY, CAPTION))
    body_idx = {s.index for s in segments}
    province = _article_province([p for p in places if p.segment in body_idx])
    team_bodies = {re.sub(r"[\W_]+", " ", match_key(t.body)).strip()
                   for t in doc.results.get("teams", ()) if t.body}
    out: list[Target] = []
    seen: set[str] = set()
    alias_at: dict[str, int] = {}  # the alias key of each target listed, and where
    covered: set[str] = set()  # every shorter writing (word prefix) of a listed alias

    def emit(seg: Segment, items: list[tuple[int, int, str]]) -> None:
        # "Thường trực Tỉnh ủy, HĐND, UBND tỉnh Điện Biên": a list that names one province
        # completes its other items with it, not with the article's.
        named = [p for p in (_places_from(places, items[0][0], items[-1][1]) if items else ())
                 if p.via in ("name", "party_body")]
        list_province = named[-1] if named and len(
            {p.place.province_code for p in named}) == 1 else province
        for start, end, head, name in _shared_suffixes(doc, items, places):
            trimmed = _PHOTO_NUMBER.search(doc.text, start, end)
            if trimmed is not None:
                end, name = trimmed.start(), name[:len(name) - (end - trimmed.start())].rstrip()
            surface = doc.text[start:end]
            name = _complete(name, head, list_province, places, start, end)
            # "Bà Rịa-Vũng Tàu" and "Bà Rịa - Vũng Tàu" are one body said twice.
            ident = re.sub(r"[\W_]+", " ", match_key(name)).strip()
            if ident in seen or ident in team_bodies:
                continue
            # "Công an Thanh Hóa" after "Công an tỉnh Thanh Hóa", "Hải đoàn 48" after
            # "Hải đoàn 48 BĐBP": a shorter writing of a body already listed.
            alias = _alias_key(name)
            if alias in alias_at or alias in covered:
                continue
            seen.add(ident)
            target = Target(start, end, seg.index, surface, name)
            words = alias.split()
            prefixes = [" ".join(words[:n]) for n in range(1, len(words))]
            covered.update(prefixes)
            shorter = min((alias_at[p] for p in prefixes if p in alias_at), default=None)
            if shorter is not None:  # "Đảng bộ huyện", then "Đảng bộ huyện Lộc Bình"
                for replaced in [a for a, k in alias_at.items() if k == shorter]:
                    del alias_at[replaced]
                alias_at[alias], out[shorter] = shorter, target
                continue
            alias_at[alias] = len(out)
            out.append(target)

    visited: list[tuple[Segment, int, PlaceMention]] = []  # (segment, trigger end, place)
    named = sorted((p.start, k) for k, p in enumerate(places) if p.via == "name")
    for i, seg in enumerate(segments):
        for m in _TRIGGER.finditer(doc.key, seg.start, seg.end):
            if not _trigger_ok(doc, seg, m) and not _team_toward(doc, seg, m):
                continue
            # Further on, "kiểm tra … tại X" is as often a general remark ("Việc đoàn kiểm
            # tra … tại Tỉnh ủy …"): only a list of two or more counts there, as after "tại".
            remark = bool(m.group("activity")) and (i > 0 or doc.key.startswith("việc", seg.start))
            if (m.group("work") or m.group("visit") or m.group("activity")) and not remark:
                place = _named_after_unit_word(doc, m.end(), places, named)
                if place is not None:
                    visited.append((seg, m.end(), place))
            start = m.end()
            rep = (_ON_BEHALF_OF.match(doc.key, start) or _FORCES_OF.match(doc.key, start)
                   or _GENERIC_UNITS.match(doc.key, start))
            if rep is not None:  # "làm việc với đại diện 6 Ban Thường vụ …"
                start = rep.end()
            items = _target_list(doc, start, seg.end, places)
            if (m.group("at") or remark) and len(items) < _MIN_AT_ITEMS and not _several(doc, items):
                continue
            if not items and m.group("work") and _TEAM_AHEAD.match(doc.key, start):
                # "Thường trực Tỉnh ủy (đã tiếp và) làm việc với Đoàn công tác …": the
                # body that receives the team is the sentence's subject.
                items = _subject_bodies(doc, seg, m.start(), places)
            emit(seg, items)
        for m in _UNITS_LIST.finditer(doc.key, seg.start, seg.end):
            # "kiểm tra … tại các xã: A, B và C": the localities themselves, as written.
            s_start = _sentence_span(doc, seg, m.start())[0]
            if any(doc.text[v.start()].islower() for v in _VERB.finditer(doc.key, s_start, m.start())):
                emit(seg, _name_list(doc, m.end(), seg.end))
        for m in _INTRO_ANCHOR.finditer(doc.key, seg.start, seg.end):
            if not _intro_ok(doc, seg, m):
                continue
            if doc.text[m.end() : seg.end].strip():
                emit(seg, _target_list(doc, m.end(), seg.end, places, introduced=True))
                continue
            # "gồm:" closing its paragraph: one item (or list) per following paragraph.
            for nxt in segments[i + 1 : i + 1 + _MAX_INTRO_LINES]:
                items = _target_list(doc, nxt.start, nxt.end, places, introduced=True)
                if not items:
                    break
                emit(nxt, items)
    if not out:
        # Nothing in the paragraphs: a caption may say it ("… phát biểu tại buổi làm việc
        # với Ban Thường vụ Tỉnh ủy Bình Định").
        for seg in _main_segments(doc, (CAPTION,)):
            for m in _TRIGGER.finditer(doc.key, seg.start, seg.end):
                if (m.group("work") or m.group("visit")) and _trigger_ok(doc, seg, m):
                    emit(seg, _target_list(doc, m.end(), seg.end, places))
            if out:
                break
    if not out:
        # "Thành ủy X tổ chức hội nghị công bố quyết định của Bộ Chính trị …", "Bộ Y tổ chức
        # Hội nghị …. Tổng Bí thư Z dự và chỉ đạo Hội nghị": the body whose meeting a
        # national leader comes to is the one worked with (a body's own meeting has none).
        for seg in segments[:2]:
            m = _ORGANISES.search(doc.key, seg.start, seg.end)
            if m is not None and _COMES_TO.search(doc.key, m.end(),
                                                  min(seg.end, m.end() + _MAX_COMES_TO)):
                emit(seg, _subject_bodies(doc, seg, m.start(), places))
            if out:
                break
    if not out:
        # "Về phía tỉnh Lào Cai, đón tiếp và làm việc với đoàn có …": the host locality.
        for seg in segments:
            for m in _HOST_SIDE_OF.finditer(doc.key, seg.start, seg.end):
                end = _scan_place(doc, m.end(), seg.end, places)
                if end is not None and _HOST_SIDE_VERB.match(doc.key, end):
                    surface = clean_surface(doc.text[m.end():end])
                    out.append(Target(m.end(), end, seg.index, surface, surface))
                    break
            if out:
                break
    if not out and visited:
        # "thăm và làm việc tại tỉnh Lào Cai" and no body named: the locality is worked with.
        seg, start, place = visited[0]
        surface = clean_surface(doc.text[start:place.end])
        out.append(Target(start, place.end, seg.index, surface, surface))
    return tuple(sorted(out))


_ORGANISES = re.compile(r"(?<!\w)tổ chức[ ]+(?:hội nghị|lễ|buổi lễ|đại hội)(?!\w)")
_COMES_TO = re.compile(r"(?<!\w)(?:dự và chỉ đạo|dự, chỉ đạo|(?:tới|đến) dự(?: hội nghị| lễ)?,? có|"
                       r"quyết định của (?:bộ chính trị|ban bí thư))(?!\w)")
_MAX_COMES_TO = 400  # characters after the verb: its sentence and the next


_ALIAS_DROP = re.compile(r"\([^()]*\)|(?<!\w)(?:tỉnh|thành phố)(?!\w)")


def _alias_key(name: str) -> str:
    """A body's name with abbreviations expanded, bracketed ones and unit words dropped."""
    key = match_key(expand_abbreviations(name))
    return " ".join(re.sub(r"[\W_]+", " ", _ALIAS_DROP.sub(" ", key)).split())


_HOST_SIDE_OF = re.compile(r"(?<!\w)về phía[ ]+")
_HOST_SIDE_VERB = re.compile(r"[ ]*,[ ]*(?:(?:đón tiếp|tiếp đón|tiếp)(?:[ ]+và[ ]+làm việc)?|làm việc)"
                             r"[ ]+với[ ]+(?:các[ ]+)?đoàn(?!\w)")
# "tại các xã: …", "tại 3 phường, thị trấn: …", "và 2 huyện: …"
_UNIT_NOUN = r"(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)"
_UNITS_LIST = re.compile(
    rf"(?<!\w)(?:tại|và)[ ]+(?:các|một số|\d+)[ ]+{_UNIT_NOUN}(?:[ ]*,[ ]*{_UNIT_NOUN})*[ ]*:[ ]*")
_NAME_SEP = re.compile(r"[ ]*,[ ]*(?:và[ ]+)?|[ ]+và[ ]+")


def _name_list(doc: Document, pos: int, limit: int) -> list[tuple[int, int, str]]:
    """(start, end, "") of each capitalised name of the list at ``pos``: ``A, B và C``."""
    out = []
    while pos < limit:
        end = pos
        for tok in _SYL.finditer(doc.text, pos, limit):
            if tok.start() != end and not (doc.text[end:tok.start()] in (" ", "\u00a0", "-", " - ")):
                break
            if not _is_cap(doc.text, tok) or (end == pos and not doc.text[pos].isupper()):
                break  # (a name opens with a capital letter: "và 3 xã" ends the list)
            end = tok.end()
        if end == pos:
            break
        out.append((pos, end, ""))
        sep = _NAME_SEP.match(doc.key, end)
        if sep is None:
            break
        pos = sep.end()
    return out


_TEAM_AHEAD = re.compile(r"(?:các[ ]+)?đoàn[ ]+(?:kiểm tra|giám sát|công tác)(?!\w)")
# Between the subject and "làm việc với": "đã có buổi", "đã tiếp và".
_RECEIVING = re.compile(r"[ ]*(?:(?:đã|sẽ)[ ]+)?(?:có[ ]+buổi[ ]+|tiếp(?:[ ]*,|[ ]+và)[ ]+|"
                        r"tiếp đón(?:[ ]*,|[ ]+và)[ ]+)?$")
_LEADERSHIP_OF = re.compile(r"(?:lãnh đạo|đại diện)(?:[ ]+của)?[ ]+")


def _several(doc: Document, items: list[tuple[int, int, str]]) -> bool:
    """One item that is a list too: ``tại A và 3 xã: …``, ``tại UBND các huyện A, B``."""
    return bool(items) and bool(_UNITS_LIST.match(doc.key, items[-1][1] + 1)
                                or _PLURAL_UNITS.search(doc.key, items[0][0], items[0][1]))


_MAX_SUBJECT = 200  # characters from the subject's start to its verb


def _subject_bodies(
    doc: Document, seg: Segment, verb: int, places: tuple[PlaceMention, ...]
) -> list[tuple[int, int, str]]:
    """The bodies that open the clause ending at ``verb``, when nothing but them precedes it."""
    s_start = _sentence_span(doc, seg, verb)[0]
    # The subject stands within a clause's reach of its verb: looking no further keeps
    # this linear in the text's length however long a sentence runs.
    lo = max(s_start, verb - _MAX_SUBJECT)
    starts = ([s_start] if lo == s_start else []) + [
        i + 1 for i in range(lo, verb) if doc.key[i] in ",–"]
    for pos in starts:
        while pos < verb and doc.text[pos].isspace():
            pos += 1
        lead = _LEADERSHIP_OF.match(doc.key, pos)
        if lead is not None:
            pos = lead.end()
        items = _target_list(doc, pos, verb, places)
        if items and _RECEIVING.match(doc.key[items[-1][1]:verb]) and not any(
                head in _TEAM_HEAD_KEYS for _, _, head in items):
            return items
    return _receiver_s_body(doc, lo, verb)


def _people_ending_in(doc: Document, lo: int, hi: int) -> list:
    """The people whose name starts before ``hi`` and within a title chain's reach of ``lo``
    (found by bisection over the people, sorted by start)."""
    ordered, starts = _by_start(doc.results.get("people", ()))
    return ordered[bisect_left(starts, lo - _MAX_CHAIN):bisect_left(starts, hi)]


_MAX_CHAIN = 400  # characters: a name and its titles


def _receiver_s_body(doc: Document, lo: int, verb: int) -> list[tuple[int, int, str]]:
    """``đồng chí A, Chủ nhiệm Ủy ban Kiểm tra Thành ủy X, đã tiếp và làm việc với Đoàn …``:
    the body of the last title of the person who receives the team."""
    for p in _people_ending_in(doc, lo, verb):
        if not (lo <= p.context_end <= verb and _RECEIVING.match(
                doc.key[p.context_end:verb].lstrip(" ,"))):
            continue
        for t in reversed(p.titles):
            written = t.organization_as_written
            if not written or t.qualifier in ("nguyên", "cố"):
                continue
            start = t.start + t.text.rfind(written)
            head = _head_at(doc, start)
            if head is not None and head[0] not in _TEAM_HEAD_KEYS and t.text.endswith(written):
                return [(start, start + len(written), head[0])]
            break
    return []


def _intro_ok(doc: Document, seg: Segment, m: re.Match[str]) -> bool:
    """Whether the clause before the anchor ``m`` introduces the inspected bodies."""
    s_start = _sentence_span(doc, seg, m.start())[0]
    start = max(s_start, m.start() - _MAX_INTRO)
    # The clause: from the last ";" or ":" before the anchor.
    clause_start = max(doc.key.rfind(";", start, m.start()), doc.key.rfind(":", start, m.start()))
    clause = doc.key[max(start, clause_start + 1) : m.start()]
    offset = m.start() - len(clause)
    if _INTRO_BLOCKERS.search(clause) or not _INTRO_NOUN.search(clause):
        return False
    if not any(doc.text[offset + v.start()].islower() for v in _VERB.finditer(clause)):
        return False
    if not m.group().strip().startswith(":"):
        return True
    return _INTRO_NOUN_END.search(clause) is not None


def _team_toward(doc: Document, seg: Segment, m: re.Match[str]) -> bool:
    """``Đoàn giám sát đối với A, B``: the team's name, not a verb, before ``đối với``."""
    if not (m.group("check") and doc.key[m.start():m.end()].rstrip().endswith("đối với")):
        return False
    s_start, s_end = _sentence_span(doc, seg, m.start())
    return _ACTIVITY.search(doc.key, s_start, s_end) is not None


def _trigger_ok(doc: Document, seg: Segment, m: re.Match[str]) -> bool:
    if m.group("at"):
        s_start = _sentence_span(doc, seg, m.start())[0]
        return any(
            doc.text[v.start()].islower() for v in _VERB.finditer(doc.key, s_start, m.start())
        )
    if m.group("toward"):
        s_start, s_end = _sentence_span(doc, seg, m.start())
        return _ACTIVITY.search(doc.key, s_start, s_end) is not None
    if m.group("bare") or m.group("check"):
        # A verb is written lowercase; "Kiểm tra" inside a name is capitalised.
        if doc.text[m.start()].isupper() and m.start() != seg.start:
            return False
        before = doc.key[max(seg.start, m.start() - 20) : m.start()]
        # "Đoàn kiểm tra trực tiếp X": the team inspecting, not the team's name.
        direct = m.group("bare") and m.group("bare").endswith(("trực tiếp", "thực tế"))
        return direct or _BARE_BLOCKERS.search(before) is None
    return True


def _target_list(
    doc: Document,
    pos: int,
    limit: int,
    places: tuple[PlaceMention, ...],
    *,
    introduced: bool = False,
) -> list[tuple[int, int, str]]:
    """(start, end, head) of each body of the list at ``pos``: ``A, B, C và D``.

    An ``introduced`` list (after ``gồm:``) may also use ``;`` and number its items.
    """
    out = []
    sep_re = _INTRO_SEP if introduced else _LIST_SEP
    while pos < limit:
        if introduced:
            enum = _ENUM.match(doc.text, pos, limit)
            if enum is not None and enum.end() < limit:
                pos = enum.end()
            while pos < limit and doc.text[pos].isspace():
                pos += 1
        members = _MEMBERS_OF.match(doc.key, pos) if out else None
        if members is not None:
            # "…, một số đồng chí trong Ban Thường vụ Huyện ủy, …": people of a body listed
            # already, not a body; the list goes on after them.
            skipped = _scan_body(doc, members.end(), limit, need_head=True,
                                 comma_continues=False, places=places)
            sep = sep_re.match(doc.key, skipped[0]) if skipped else None
            if sep is None or sep.end() >= limit:
                break
            pos = sep.end()
            continue
        found = _scan_body(doc, pos, limit, need_head=True, comma_continues=False, places=places)
        if found is None and not out:
            # "làm việc với lãnh đạo chủ chốt tỉnh Bình Phước": a locality's leaders.
            leaders = _LEADERS_OF.match(doc.key, pos)
            end = _scan_place(doc, leaders.end(), limit, places) if leaders else None
            if end is not None:
                out.append((pos, end, ""))
            break
        if found is None:
            break
        end, head = found
        if head in _TEAM_HEAD_KEYS:  # the team itself ("làm việc với Đoàn kiểm tra")
            break
        whole = _PARTY_AND_GOVERNMENT.match(doc.key, end)
        if whole is not None and head in ("đảng bộ",):
            # "Đảng bộ, chính quyền (và nhân dân) TPHCM": one addressee, written with commas.
            rest = _scan_place(doc, whole.end(), limit, places)
            if rest is not None:
                end = rest
        plural = _PLURAL_UNITS.search(doc.key, pos, end + 1)
        names = _name_list(doc, plural.end(), limit) if plural is not None else []
        if names:
            # "Ủy ban nhân dân các huyện A, B và C": one body of several units, as written.
            end = max(end, names[-1][1])
        paren = _PAREN_BODY.match(doc.text, end, limit)
        if paren is not None:
            end = paren.end()  # "Sư đoàn 5 (Quân khu 7)": the unit above, in brackets
        out.append((pos, end, head or ""))
        sep = sep_re.match(doc.key, end)
        if sep is None or sep.end() >= limit:
            break
        pos = sep.end()
    if len(out) > 1 and _NEXT_CLAUSE_VERB.match(doc.key, out[-1][1]) and \
            doc.key[out[-2][1]:out[-1][0]].strip() == ",":
        # "… tại Đảng bộ TP X, Ủy ban Kiểm tra Trung ương yêu cầu …": the last "item" is
        # the subject of the next clause.
        out.pop()
    return out


_NEXT_CLAUSE_VERB = re.compile(
    r"[ ]+(?:(?:đã|sẽ|cũng)[ ]+)?(?:yêu cầu|nhận thấy|đề nghị|cho biết|quyết định|kết luận|"
    r"thống nhất|đánh giá|ghi nhận|chỉ đạo|nhấn mạnh|khẳng định|lưu ý)(?!\w)")


_UNIT_WORD = re.compile(r"(?:(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường)[ ]*)?")
_MEMBERS_OF = re.compile(r"(?:một số|các)[ ]+(?:đồng chí|cá nhân|đảng viên)(?:[ ]+[^\W\d]+){0,2}?"
                         r"[ ]+(?:trong|của|thuộc)[ ]+")
_PLURAL_UNITS = re.compile(r"[ ]+các[ ]+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)[ ]+")


def _named_after_unit_word(doc: Document, at: int, places, named: list[tuple[int, int]]):
    """The first of ``places`` named at ``at`` or after a unit word there ("tỉnh X").

    Only places starting up to the end of the longest unit word (and spaces) at ``at``
    can follow it, so only those are tried: no scan of every place for every trigger.
    """
    reach = _UNIT_WORD.match(doc.key, at).end()
    lo, hi = bisect_left(named, (at, -1)), bisect_right(named, (reach, len(places)))
    found = [k for start, k in named[lo:hi] if _UNIT_WORD.fullmatch(doc.key, at, start)]
    return places[min(found)] if found else None
_ON_BEHALF_OF = re.compile(r"đại diện(?:[ ]+(?:\d+|các|lãnh đạo))?[ ]+")
# "chúc Tết cán bộ, chiến sỹ Công an tỉnh", "chúc mừng lực lượng Công an Hà Tĩnh"
_FORCES_OF = re.compile(r"(?:lực lượng|cán bộ,?[ ]+chiến s[ỹĩ]|cán bộ,?[ ]+đảng viên,?[ ]+chiến s[ỹĩ]|"
                        r"cán bộ,?[ ]+đảng viên)(?:[ ]+của)?[ ]+")
# "kiểm tra thực tế tại các cơ quan, đơn vị, Ban CHQS huyện X": generic nouns open the list.
_GENERIC_UNITS = re.compile(r"(?:các|một số)[ ]+(?:cơ quan|đơn vị|địa phương)"
                            r"(?:[ ]*,[ ]*(?:cơ quan|đơn vị|địa phương))*[ ]*,[ ]*")
_LEADERS_OF = re.compile(r"lãnh đạo[ ]+chủ chốt(?:[ ]+của)?[ ]+")
_PAREN_BODY = re.compile(r"[ \u00a0]*\([ \u00a0]*[A-ZĐ][^()\n]{1,40}\)")
_PARTY_AND_GOVERNMENT = re.compile(
    r",[ ]*chính quyền(?:,[ ]*nhân dân)?(?:[ ]*(?:,|và)[ ]*(?:nhân dân|(?:các[ ]+)?lực lượng vũ trang))*"
    r"(?:[ ]*(?:,|và)[ ]*(?:các[ ]+)?lực lượng vũ trang)?[ ]+")


def _scan_place(doc: Document, pos: int, limit: int, places) -> int | None:
    """End of the place named at ``pos`` (``TPHCM``, ``tỉnh Phú Thọ``, ``TP Hà Nội``)."""
    reach = _UNIT_WORD.match(doc.key, pos).end()
    for p in _places_from(places, pos, reach + 1):
        if p.via == "name" and _UNIT_WORD.fullmatch(doc.key, pos, p.start):
            return p.end if p.end <= limit else None
    return None


# Spans sorted by start, for the last sequences asked about (an article's places, its
# people): a long text is then not rescanned for each question.
_INDEXES: dict[int, tuple] = {}


def _by_start(spans) -> tuple[list, list[int]]:
    """``spans`` sorted by start, and their starts (kept while ``spans`` is asked about)."""
    found = _INDEXES.get(id(spans))
    if found is None or found[0] is not spans:
        if len(_INDEXES) >= 4:
            _INDEXES.clear()
        ordered = sorted(spans, key=lambda p: p.start)
        found = _INDEXES[id(spans)] = (spans, ordered, [p.start for p in ordered])
    return found[1], found[2]


def _places_from(places, start: int, end: int) -> list:
    """The ``places`` that start in ``[start, end)``, found by bisection."""
    if not places:
        return []
    ordered, starts = _by_start(places)
    return ordered[bisect_left(starts, start):bisect_left(starts, end)]


def _shared_suffixes(
    doc: Document, items: list[tuple[int, int, str]], places: tuple[PlaceMention, ...]
) -> list[tuple[int, int, str, str]]:
    """(start, end, head, name) of the items, a bare head completed with a shared place.

    ``Đảng ủy, HĐND, UBND xã Thông Nguyên``: the bare ``Đảng ủy`` and ``HĐND``
    share ``xã Thông Nguyên`` with the next item that has a place. A bare head
    is kept alone only when it is a full name (``Bộ Chính trị``, ``Tỉnh ủy``).
    """
    out = []
    for k, (start, end, head) in enumerate(items):
        name = clean_surface(doc.text[start:end])
        if match_key(name) != head:
            out.append((start, end, head, name))
            continue
        suffix = None
        for d_start, d_end, d_head in items[k + 1 :]:
            d_name = clean_surface(doc.text[d_start:d_end])
            if match_key(d_name) == d_head:
                continue  # another bare head of the same coordination
            found = _head_at(doc, d_start)
            rest = clean_surface(doc.text[found[2] : d_end]) if found else ""
            if rest and _SHARED_SUFFIX.match(match_key(rest)):
                suffix = rest
            break
        if suffix is not None:
            out.append((start, end, head, f"{name} {suffix}"))
        elif head in _STANDALONE_HEADS or (_heads().get(head) == "central" and " " in head):
            out.append((start, end, head, name))
    return out


def _article_province(body_places: list[PlaceMention]) -> PlaceMention | None:
    """The first place mention of the body: its province is the article's. A venue
    (``Trụ sở Trung ương Đảng``) places a meeting, not the bodies at it."""
    return min((p for p in body_places if p.via != "venue"), default=None)


def _province_unit(mention: PlaceMention):
    """The province unit (a gazetteer Place) of ``mention``'s place."""
    if mention.place.level == "province":
        return mention.place
    from ..link.gazetteer import get_gazetteer

    return get_gazetteer().province_by_code(mention.place.province_code, mention.place.era)


_PLURAL_PLACE = re.compile(r"(?<!\w)các (?:tỉnh|thành phố|huyện|quận|xã|phường|đơn vị)$")
# "Công an Thanh Hóa - Ảnh 1": a page's photo number glued to the name.
_PHOTO_NUMBER = re.compile(r"[ ]*[-–]?[ ]*Ảnh[ ]*\d+[ .]*$")


def _complete(
    name: str,
    head: str,
    province: PlaceMention | None,
    places: tuple[PlaceMention, ...],
    start: int,
    end: int,
) -> str:
    """``name`` (written at ``start:end``) in full: dropped word restored, province added."""
    name = _DROPPED_VU.sub("Ban Thường vụ ", clean_surface(name))
    name = _DOUBLE_PROVINCE.sub(r"\1 ", name)
    if province is None or _PLURAL_PLACE.search(match_key(name)):
        return name  # "Ban Thường vụ Tỉnh ủy các tỉnh": bodies of several provinces
    if any(start <= p.start < end for p in places):
        return name  # the body already names its place: "Huyện ủy Cư M’Gar"
    unit = _province_unit(province)
    if unit is None:
        return name
    last = match_key(name).split()
    tail2 = " ".join(last[-2:])
    is_city = match_key(unit.unit_type) == "thành phố"
    if last[-1] == "tỉnh" or (is_city and tail2 == "thành phố"):
        return f"{name} {unit.short_name}"  # "Công an tỉnh" → "Công an tỉnh Đắk Lắk"
    if tail2 in ("tỉnh ủy", "tỉnh đoàn") or (is_city and tail2 in ("thành ủy", "thành đoàn")):
        return f"{name} {unit.short_name}"  # "Ban Tổ chức Tỉnh ủy" → "… Tỉnh ủy Đắk Lắk"
    scope = _heads().get(head)
    if scope == "province" and not _PLACE_SLOT.search(" ".join(last)):
        # "Sở Y tế" → "Sở Y tế tỉnh Đắk Lắk"
        return f"{name} {match_key(unit.unit_type)} {unit.short_name}"
    return name
