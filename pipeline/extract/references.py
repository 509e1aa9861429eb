"""Party and state documents cited in the text (SPEC §2, §7 ``references``).

A citation is a document kind followed by its number: ``Nghị quyết số
21-NQ/TW``, ``Nghị định số 100/2019/NĐ-CP``, ``Chỉ thị 05-CT/TW``,
``Kế hoạch số 10``, optionally followed by its date (``ngày 16/12/2025``).
Matching runs on ``doc.key`` (lower case, NBSP → space, en dash → hyphen, so
spans index ``doc.text``); capitalisation is checked on ``doc.text``.

Forms accepted:

- ``KIND số N`` with any number (``10``, ``21-NQ/TW``, ``1234/QĐ-UBND``);
- ``KIND N-XX/YY`` without ``số``, only when the number carries a lettered
  code: a bare ``KIND N`` is too often something else (``Kết luận 28/1/2026``
  is a date, ``Luật 2024`` a year);
- ``KIND N`` (bare digits) repeating an earlier citation of the same kind
  and number (``Kế hoạch 10`` after ``Kế hoạch số 10``): it is not a new
  reference, the first mention stands for both.

The kind must be capitalised as in a citation; a lower-case kind counts only
when ``số`` follows (``theo quyết định số 12/QĐ-UBND``), since ``quyết định``,
``kế hoạch`` and ``báo cáo`` are ordinary words too.
"""

from __future__ import annotations

import re
from datetime import date

from ..document import Document
from ..records import Reference
from ..text.normalize import match_key

# Document kinds of the Party and the State (general knowledge). Compound
# kinds come first in the alternation so ``Thông báo kết luận số 12-TB/TW`` is
# one kind rather than ``kết luận số ...`` inside a ``Thông báo``.
KINDS: tuple[str, ...] = (
    "Nghị quyết liên tịch",
    "Thông tư liên tịch",
    "Thông báo kết luận",
    "Chương trình hành động",
    "Chương trình công tác",
    "Kế hoạch hành động",
    "Nghị quyết",
    "Chỉ thị",
    "Kết luận",
    "Quy định",
    "Quyết định",
    "Kế hoạch",
    "Thông tri",
    "Hướng dẫn",
    "Công văn",
    "Công điện",
    "Thông báo",
    "Nghị định",
    "Thông tư",
    "Luật",
    "Pháp lệnh",
    "Chương trình",
    "Đề án",
    "Tờ trình",
    "Báo cáo",
)
# Key form of a kind (words joined by one space) → canonical spelling.
_CANON = {match_key(k): k for k in KINDS}

_KIND_ALT = "|".join(
    r"\s+".join(map(re.escape, k.split())) for k in sorted(_CANON, key=len, reverse=True)
)
_ALNUM = r"[^\W_]"
# A number: digits first, then codes joined by "-" or "/" (the key has en
# dashes already turned into hyphens). It must end on a letter or digit, so a
# sentence's final period or a dangling dash stays out.
# Some pages space the first dash of a code: "18 -NQ/TW", "64 – KL/TW".
_NUMBER = rf"\d{_ALNUM}*(?:(?:\s-\s?|-\s)(?={_ALNUM}+/){_ALNUM}+)?(?:[-/]{_ALNUM}+)*"

_REF_RE = re.compile(
    # Not glued to a preceding letter: "Kế hoạch" but not "...xkế hoạch".
    rf"(?<!{_ALNUM})(?P<kind>{_KIND_ALT})"
    r"(?:\s+(?P<so>số))?"
    rf"\s+(?P<num>{_NUMBER})"
    # Nothing running on into the number (a backtracked prefix of a code).
    rf"(?!{_ALNUM}|[-/]{_ALNUM})"
    # The document's date, right after its number.
    r"(?:\s*,?\s*ngày\s+(?:"
    r"(?P<d1>\d{1,2})(?P<sep>[/\-])(?P<m1>\d{1,2})(?P=sep)(?P<y1>\d{4})"
    r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>\d{4})"
    rf")(?!{_ALNUM}|[-/.]{_ALNUM}))?"
)
# A code with letters in it (``05-CT/TW``, ``100/2019/NĐ-CP``): what a number
# without ``số`` needs to count as a citation.
_LETTERED_RE = re.compile(r"[-/]\s?[^\W\d_]")
# A bare "KIND N" of one to three digits, then what follows a citation rather than a
# date or a count: "Nghị quyết 57 của Bộ Chính trị", "Nghị quyết 26 ngày 19/5/2018",
# "Đề án 06 về …". ("Kết luận 28/1/2026" is a date; "Luật 2024" a year.)
_BARE_CITATION_AFTER = re.compile(r"\s+(?:của|ngày|về|do|khóa|khoá)(?!\w)|\s*[,;)]|\s*\.(?!\d)")
_DIGITS_RE = re.compile(r"\d+")
# "pháp luật" (law in general) is not a ``Luật`` being cited.
_PHAP_BEFORE_RE = re.compile(r"pháp\s+$")


def _edtf(m: re.Match[str]) -> str | None:
    """``YYYY-MM-DD`` of the date after the number, if any and valid."""
    y, mo, d = m.group("y1", "m1", "d1") if m.group("y1") else m.group("y2", "m2", "d2")
    if y is None:
        return None
    try:
        return date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return None


def find_references(doc: Document) -> tuple[Reference, ...]:
    """Documents cited in every segment of ``doc``, each once, sorted by start.

    Reads ``doc.get("segments")``. Each reference keeps its first mention's
    span and text as written (``Thông tri số 02-TT/TU``, without the date), a
    canonical ``kind`` (``Thông tri``), its ``number`` (``02-TT/TU``), the
    ``issuer_code`` after the number's last slash (``TU``) and the EDTF
    ``date`` of a ``ngày D/M/YYYY`` right after the number. A later mention of
    the same kind and number, or a bare ``KIND N`` repeating an earlier
    ``KIND số N...``, adds nothing. Segments of the related block are searched
    too; their ``segment`` index tells them apart.
    """
    text, key = doc.text, doc.key
    candidates: list[tuple[int, int, re.Match[str]]] = []
    for seg in doc.get("segments"):
        for m in _REF_RE.finditer(key, seg.start, seg.end):
            candidates.append((m.start(), seg.index, m))
    # Segments may overlap (a marker line and the teaser it opens): order by
    # position so "first mention" means first in the text.
    candidates.sort(key=lambda c: (c[0], c[1]))

    out: list[Reference] = []
    seen: set[tuple[str, str]] = set()
    # (kind, leading digits) of every accepted citation, for bare repeats.
    leading: set[tuple[str, str]] = set()
    for start, seg_index, m in candidates:
        kind = _CANON[" ".join(m.group("kind").split())]
        has_so = m.group("so") is not None
        number = text[m.start("num") : m.end("num")]
        head = _DIGITS_RE.match(number)
        lead = head.group() if head else number
        bare = lead == number
        if kind == "Luật" and _PHAP_BEFORE_RE.search(key[max(0, start - 12) : start]):
            continue
        lettered = _LETTERED_RE.search(m.group("num")) is not None
        # A citation writes its kind capitalised; lower case only before "số" or with a
        # lettered code ("theo hướng dẫn 04-HD/TW").
        if not (text[start].isupper() or has_so or lettered):
            continue
        # Bare digits repeating an earlier citation: the same document again.
        if bare and (kind, lead) in leading:
            continue
        if not has_so and not lettered and not (
                text[start].isupper() and bare and len(number) <= 3
                and _BARE_CITATION_AFTER.match(key, m.end("num"))):
            continue
        if (kind, number) in seen:
            continue
        seen.add((kind, number))
        leading.add((kind, lead))
        end = m.end("num")
        out.append(
            Reference(
                start=start,
                end=end,
                segment=seg_index,
                text=text[start:end],
                kind=kind,
                number=number,
                issuer_code=number.rsplit("/", 1)[1] if "/" in number else None,
                date=_edtf(m),
            )
        )
    out.sort()
    return tuple(out)
