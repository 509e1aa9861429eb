"""Segmentation: headline, body paragraphs, captions, the related block; sentences,
the source outlet and photo credits.

All functions are pure: document in, typed records out.
"""

from __future__ import annotations

import re
from functools import cache

from .. import lexicons
from ..document import Document
from ..records import (
    BODY,
    CAPTION,
    HEADLINE,
    MAIN_KINDS,
    RELATED_BODY,
    RELATED_CAPTION,
    RELATED_HEADLINE,
    RELATED_MARKER,
    Credit,
    Segment,
    Sentence,
    Source,
)
from .timestamps import timestamp_line

# Lines that open a block of teasers for *other* articles (matched on the key).
_RELATED_MARKERS = (
    "có thể bạn quan tâm",
    "tin liên quan",
    "bài liên quan",
    "tin cùng chuyên mục",
    "xem thêm",
    "đọc thêm",
    "tin khác",
    "các tin khác",
    "tin mới nhất",
    "tin mới",
    "cùng chuyên mục",
)
_LONG_LEAD = 250  # characters: longer than any photo caption
_TERMINAL = (".", "!", "?", "…", ":", ";", '"', "'", ")")
# A photo credit at the end of a caption: "…_Ảnh: Minh Anh", "(Ảnh: Văn Điệp/TTXVN)".
_PHOTO_CREDIT = re.compile(
    r"(?:^|[_(\s\-–—./])ảnh\s*:\s*(?P<who>[^()\n]*?[^\s()./])\s*\)?\s*\.?\s*$",
    re.MULTILINE,
)
# A byline paragraph: "Bài và ảnh: Minh Anh", "Tin, ảnh: …". Used with
# pattern.match(text, pos), which anchors at pos (so no "^").
_BYLINE = re.compile(
    r"\s*(?:bài|tin|bài và ảnh|tin và ảnh|bài, ảnh|tin, ảnh|thực hiện|nhóm phóng viên|bt|"
    r"biên tập|trình bày)\s*:\s*(?P<who>[^\n]{2,60}?)\s*(?:\([^()\n]{1,30}\))?\s*$"
)
_LEAD_CODE = re.compile(r"\s*(?P<code>[A-ZĐ][A-ZĐ&]{1,6})\s*[-–—]\s+")
_NOT_PERSON_CREDITS = ("tư liệu", "minh họa", "internet", "nguồn", "chụp màn hình", "st", "ttxvn")


@cache
def _outlets() -> dict[str, tuple[str, bool]]:
    return {r[0]: (r[1], r[2] == "1") for r in lexicons.rows("outlets.tsv")}


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, trimmed of surrounding whitespace."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        stripped_left = len(line) - len(line.lstrip())
        content = line.strip()
        if content:
            start = pos + stripped_left
            spans.append((start, start + len(content)))
        pos += len(line) + 1
    return spans


def _is_marker(key: str) -> bool:
    k = key.strip(" .:…-").strip()
    return k in _RELATED_MARKERS


def _has_photo_credit(key: str) -> bool:
    return _PHOTO_CREDIT.search(key) is not None and not _BYLINE.match(key)


def _looks_like_headline(text: str) -> bool:
    return len(text) < 250 and not text.rstrip().endswith(_TERMINAL)


def find_segments(doc: Document) -> tuple[Segment, ...]:
    """Split the article into headline, body paragraphs, captions and the related block."""
    text, key = doc.text, doc.key
    paras = _paragraphs(text)
    keys = [" ".join(key[s:e].split()) for s, e in paras]
    marker = next((i for i, k in enumerate(keys) if _is_marker(k)), len(paras))
    out: list[Segment] = []

    for i in range(marker):
        s, e = paras[i]
        body_text = text[s:e]
        kind = BODY
        repeated = False
        if i == 0 and len(paras) > 1 and not _LEAD_CODE.match(body_text) and _looks_like_headline(
            body_text
        ):
            kind = HEADLINE
        elif _has_photo_credit(keys[i]):
            kind = CAPTION
        # A caption is often printed twice in a row; both copies are captions. A long
        # paragraph printed twice without a credit is the lead (summary, then body).
        twice = (i > 0 and keys[i] == keys[i - 1]) or (i + 1 < marker and keys[i] == keys[i + 1])
        lead_twice = twice and kind == BODY and len(keys[i]) >= _LONG_LEAD
        if i > 0 and keys[i] == keys[i - 1] and kind != HEADLINE and not lead_twice:
            kind, repeated = CAPTION, True
        elif i + 1 < marker and keys[i] == keys[i + 1] and kind != HEADLINE and not lead_twice:
            kind = CAPTION
        elif lead_twice and i > 0 and keys[i] == keys[i - 1]:
            repeated = True
        out.append(Segment(s, e, i, kind, None, repeated))

    if marker < len(paras):
        s, e = paras[marker]
        out.append(Segment(s, e, marker, RELATED_MARKER, None))
        out.extend(_related_segments(text, paras, keys, marker + 1))
    return tuple(out)


def _related_segments(text, paras, keys, first) -> list[Segment]:
    """Teasers are [caption] headline [lead]; number them and keep them apart."""
    kinds = []
    for i in range(first, len(paras)):
        s, e = paras[i]
        if _has_photo_credit(keys[i]):
            kinds.append(RELATED_CAPTION)
        elif _looks_like_headline(text[s:e]):
            kinds.append(RELATED_HEADLINE)
        else:
            kinds.append(RELATED_BODY)
    # A full sentence right before a headline is that teaser's photo caption,
    # unless it follows a headline itself (then it is the lead of that teaser).
    for j in range(len(kinds) - 1):
        after_headline = j > 0 and kinds[j - 1] == RELATED_HEADLINE
        if kinds[j] == RELATED_BODY and kinds[j + 1] == RELATED_HEADLINE and not after_headline:
            s, e = paras[first + j]
            if len(text[s:e]) < 300:
                kinds[j] = RELATED_CAPTION
    out = []
    teaser = -1
    has_head = has_body = False
    for j, kind in enumerate(kinds):
        i = first + j
        starts_new = (
            teaser < 0
            or (kind == RELATED_CAPTION and (has_head or has_body))
            or (kind == RELATED_HEADLINE and has_head)
        )
        if starts_new:
            teaser += 1
            has_head = has_body = False
        has_head |= kind == RELATED_HEADLINE
        has_body |= kind == RELATED_BODY
        s, e = paras[i]
        repeated = j > 0 and keys[i] == keys[i - 1]
        out.append(Segment(s, e, i, kind, teaser, repeated))
    return out


def find_sentences(doc: Document) -> tuple[Sentence, ...]:
    """Sentences of every segment (underthesea's splitter, mapped back to offsets)."""
    from underthesea import sent_tokenize

    out = []
    for seg in doc.get("segments"):
        chunk = doc.text[seg.start:seg.end]
        cursor = 0
        for sent in sent_tokenize(chunk):
            sent = sent.strip()
            if not sent:
                continue
            found = chunk.find(sent, cursor)
            if found < 0:  # the splitter altered the text: fall back to the whole rest
                out.append(Sentence(seg.start + cursor, seg.end, seg.index))
                cursor = len(chunk)
                break
            out.append(Sentence(seg.start + found, seg.start + found + len(sent), seg.index))
            cursor = found + len(sent)
        if cursor < len(chunk.rstrip()) and chunk[cursor:].strip():
            rest = len(chunk) - len(chunk[cursor:].lstrip())
            out.append(Sentence(seg.start + rest, seg.end, seg.index))
    return tuple(sorted(set(out)))


def find_source(doc: Document) -> tuple[Source, ...]:
    """The outlet named by a leading code of the first body paragraph (``TCCS - …``)."""
    for seg in doc.get("segments"):
        if seg.kind == HEADLINE:
            continue
        if seg.kind != BODY:
            return ()
        m = _LEAD_CODE.match(doc.text, seg.start, seg.end)
        if m and m.group("code") in _outlets():
            code = m.group("code")
            return (Source(m.start("code"), m.end("code"), code, _outlets()[code][0]),)
        return ()
    return ()


def find_credits(doc: Document) -> tuple[Credit, ...]:
    """Photo credits of captions and bylines; agencies (``TTXVN``) kept apart from people.

    Bylines are ``Bài và ảnh: X`` paragraphs, ``X/Ảnh: Y`` credit lines, and a name alone
    on its line right under the headline or closing the article (``Vũ Nguyệt``,
    ``HUỲNH PHONG - HÙNG ANH``, ``Ngọc Hà, Đình Hưng - Thứ ba, ngày …``)."""
    out = set()
    segments = doc.get("segments")
    main = [s for s in segments if s.kind in MAIN_KINDS]
    edges = _byline_slots(doc, main)
    for seg in segments:
        photo = None
        if seg.kind in (CAPTION, RELATED_CAPTION):
            photo = _PHOTO_CREDIT.search(doc.key, seg.start, seg.end)
            if photo:
                out.update(_credit_records(doc, seg, photo.start("who"), photo.end("who"),
                                           "photo"))
            if seg.kind == CAPTION and photo:
                lead = _BYLINE_BEFORE_PHOTO.match(doc.key, seg.start, photo.start("who"))
                if lead and _names_only(doc.text[lead.start("who"):lead.end("who")]):
                    out.update(_credit_records(doc, seg, lead.start("who"), lead.end("who"),
                                               "byline"))
        if seg.kind in (BODY, CAPTION) and not photo:
            m = _BYLINE.match(doc.key, seg.start, seg.end)
            if m:
                out.update(_credit_records(doc, seg, m.start("who"), m.end("who"), "byline"))
            elif seg.index in edges:
                end = _byline_end(doc, seg)
                if end is not None:
                    out.update(_credit_records(doc, seg, seg.start, end, "byline"))
    return tuple(sorted(out))


# "Võ Lâm/Ảnh: Viết Thành", "THANH TUYỀN - LÊ THOA. Ảnh: THUẬN VĂN": a byline before the
# photo credit of a credit line.
_BYLINE_BEFORE_PHOTO = re.compile(r"\s*(?P<who>[^\n.:/]{3,60}?)\s*(?:[./]\s*)?(?=ảnh\s*:)")
# A byline line may end with the day it was filed: "Ngọc Hà, Đình Hưng-Thứ ba, ngày 4/6/2024".
_FILED = re.compile(r"\s*[-–]\s*(?:thứ\s+\w+|chủ\s+nhật)\s*,?\s*(?:ngày\s+)?\d[^\n]{0,40}$")
_SYLLABLE = re.compile(
    r"(?i)^(?:[bcdđghklmnpqrstvx]|ch|gh|gi|kh|ng|ngh|nh|ph|qu|th|tr)?"
    r"[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]{1,3}"
    r"(?:c|ch|m|n|ng|nh|p|t)?$")
_HONORIFIC_WORDS = frozenset({"ông", "bà", "đồng", "anh", "chị"})
_NAME_SPLIT = re.compile(r"\s*(?:[,;&/]|\s[-–]\s?|[-–]\s|(?<=\w)[-–](?=[A-ZĐ]))\s*")


def _byline_slots(doc: Document, main: list[Segment]) -> set[int]:
    """Where a bare byline may stand: among the first four paragraphs (under the headline,
    after a section label), the last three (page furniture may follow it), and the two
    lines over a page's timestamp line (``Lê Văn A`` / ``03/03/2026 19:07 GMT+7``)."""
    lines = [s for s in main if s.kind != HEADLINE]
    slots = {s.index for s in lines[:4] + lines[-3:]}
    for k, s in enumerate(main):
        if k and timestamp_line(doc.key[s.start:s.end]) is not None:
            slots.update(x.index for x in main[max(0, k - 2):k])
    return slots


def _byline_end(doc: Document, seg: Segment) -> int | None:
    """End of the names when the whole paragraph is a byline, else None."""
    text = doc.text[seg.start:seg.end]
    filed = _FILED.search(doc.key, seg.start, seg.end)
    if filed:
        text = doc.text[seg.start:filed.start()]
    if len(text) > 60 or not _names_only(text):
        return None
    return seg.start + len(text.rstrip(" ,.-–"))


def _names_only(text: str) -> bool:
    """Is ``text`` one or more person names and nothing else (``Thu Hà``, ``HUỲNH PHONG -
    HÙNG ANH``, ``V.ANH``)? Each name is two to four syllables (or initials), capitalised,
    and none is a place name."""
    from ..link.gazetteer import get_gazetteer, spaced_key

    names = [n for n in _NAME_SPLIT.split(text.strip(" .")) if n]
    if not names or names[0].split()[0].lower() in _HONORIFIC_WORDS:
        return False  # "Ông Trần Văn A" alone under a photo names who is in it
    places = get_gazetteer().place_names()
    for name in names:
        words = name.replace(".", ". ").split()
        if not 2 <= len(words) <= 4:
            return False
        for w in words:
            core = w.rstrip(".")
            if not core or not core[0].isupper():
                return False
            if not (len(core) == 1 or _SYLLABLE.match(core)):
                return False
        if spaced_key(name) in places:
            return False
    return True


def _credit_records(doc: Document, seg: Segment, start: int, end: int, kind: str) -> list[Credit]:
    """Split ``Văn Điệp/TTXVN`` into a person and an agency."""
    records = []
    parts = []
    pos = start
    # "Viết Ý-TTXVN": a name glued to an agency by a dash; "VOV-ĐBSCL" stays one agency.
    sep = r"\s*[/,;]\s*|\s*[-–]\s+|\s+[-–]\s*|(?<=\w\s\w)[-–](?=[A-ZĐ]{3,}\b)|" \
          r"(?<=\w\s\w\w)[-–](?=[A-ZĐ]{3,}\b)|(?<=\w\s\w\w\w)[-–](?=[A-ZĐ]{3,}\b)|" \
          r"(?<=\w\s\w\w\w\w)[-–](?=[A-ZĐ]{3,}\b)"
    for piece in re.split(f"({sep})", doc.text[start:end]):
        if piece and not re.fullmatch(sep, piece):
            parts.append((pos, pos + len(piece)))
        pos += len(piece)
    agency = next(
        (doc.text[s:e] for s, e in parts if _is_agency(doc.text[s:e])), None
    )
    for s, e in parts:
        name = doc.text[s:e]
        if _is_agency(name):
            records.append(Credit(s, e, seg.index, name, kind, True, name))
        elif doc.key[s:e].strip() not in _NOT_PERSON_CREDITS and _name_shaped(name) and (
                not _is_body(doc.key[s:e])):
            records.append(Credit(s, e, seg.index, name, kind, False, agency))
    return records


def _name_shaped(name: str) -> bool:
    """Every word capitalised (``Đức Hiền``, ``Q.M.G``): ``Ảnh: Quang cảnh hội nghị`` is a
    caption written after the label, not a credit."""
    words = name.replace(".", ". ").split()
    return bool(words) and all(w[0].isupper() or w[0].isdigit() for w in words)


def _is_agency(name: str) -> bool:
    """An outlet or an acronym (``TTXVN``, ``VOV-ĐBSCL``, ``QĐND.VN``, ``QK7``): a name in
    capitals (``LÊ VĨNH``, ``V.ANH``, ``Q.M.G``) is made of syllables and initials."""
    if name in _outlets():
        return True
    compact = re.sub(r"[\s.\-]", "", name)
    if not (compact.isupper() and len(compact) <= 10):
        return False
    parts = [p for p in re.split(r"[\s.]+", name.strip(" .")) if p]
    if "-" not in name and all(len(p) == 1 or _SYLLABLE.match(p) for p in parts) and (
            len(parts) > 1):
        return False  # "LÊ VĨNH", "N.H", "V.ANH"
    return True


@cache
def _body_heads() -> tuple[str, ...]:
    from ..link import organizations as orgs
    from .normalize import match_key

    return tuple({match_key(h.head) + " " for h in orgs.org_heads()} | {"bộ ", "báo ", "cổng "})


def _is_body(key: str) -> bool:
    """``Ảnh: Bộ Quốc phòng``, ``Ảnh: Báo Hà Tĩnh``: a body credited, not a person."""
    return (key.strip() + " ").startswith(_body_heads())


def main_segments(segments: tuple[Segment, ...]) -> list[Segment]:
    """The segments of the article itself (headline, body, captions), not the related block."""
    return [s for s in segments if s.kind in MAIN_KINDS]
