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
)
_TERMINAL = (".", "!", "?", "…", ":", ";", '"', "'", ")")
# A photo credit at the end of a caption: "…_Ảnh: Minh Anh", "(Ảnh: Văn Điệp/TTXVN)".
_PHOTO_CREDIT = re.compile(
    r"(?:^|[_(\s\-–—.])ảnh\s*:\s*(?P<who>[^()\n]*?[^\s()./])\s*\)?\s*\.?\s*$",
    re.MULTILINE,
)
# A byline paragraph: "Bài và ảnh: Minh Anh", "Tin, ảnh: …". Used with
# pattern.match(text, pos), which anchors at pos (so no "^").
_BYLINE = re.compile(
    r"\s*(?:bài|tin|bài và ảnh|tin và ảnh|bài, ảnh|tin, ảnh)\s*:\s*"
    r"(?P<who>[^\n]{2,60}?)\s*$"
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
        # A caption is often printed twice in a row; both copies are captions.
        if i > 0 and keys[i] == keys[i - 1] and kind != HEADLINE:
            kind, repeated = CAPTION, True
        elif i + 1 < marker and keys[i] == keys[i + 1] and kind != HEADLINE:
            kind = CAPTION
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
    """Photo credits of captions and bylines; agencies (``TTXVN``) kept apart from people."""
    out = set()
    for seg in doc.get("segments"):
        if seg.kind in (CAPTION, RELATED_CAPTION):
            m = _PHOTO_CREDIT.search(doc.key, seg.start, seg.end)
            if m:
                out.update(_credit_records(doc, seg, m.start("who"), m.end("who"), "photo"))
        elif seg.kind == BODY:
            m = _BYLINE.match(doc.key, seg.start, seg.end)
            if m and m.end("who") == seg.end:
                out.update(_credit_records(doc, seg, m.start("who"), m.end("who"), "byline"))
    return tuple(sorted(out))


def _credit_records(doc: Document, seg: Segment, start: int, end: int, kind: str) -> list[Credit]:
    """Split ``Văn Điệp/TTXVN`` into a person and an agency."""
    records = []
    parts = []
    pos = start
    for piece in re.split(r"(\s*[/,;]\s*|\s+-\s+)", doc.text[start:end]):
        if piece and not re.fullmatch(r"\s*[/,;]\s*|\s+-\s+", piece):
            parts.append((pos, pos + len(piece)))
        pos += len(piece)
    agency = next(
        (doc.text[s:e] for s, e in parts if _is_agency(doc.text[s:e])), None
    )
    for s, e in parts:
        name = doc.text[s:e]
        if _is_agency(name):
            records.append(Credit(s, e, seg.index, name, kind, True, name))
        elif doc.key[s:e].strip() not in _NOT_PERSON_CREDITS and name[:1].isupper():
            records.append(Credit(s, e, seg.index, name, kind, False, agency))
    return records


def _is_agency(name: str) -> bool:
    # An acronym, possibly of a regional desk: "TTXVN", "VOV-ĐBSCL", "QĐND.VN".
    compact = re.sub(r"[\s.\-]", "", name)
    return name in _outlets() or (compact.isupper() and len(compact) <= 10)


def main_segments(segments: tuple[Segment, ...]) -> list[Segment]:
    """The segments of the article itself (headline, body, captions), not the related block."""
    return [s for s in segments if s.kind in MAIN_KINDS]
