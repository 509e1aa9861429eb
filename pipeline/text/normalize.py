"""Text normalization that never moves an offset.

Stored text is NFC. Matching happens on *keys* that have exactly the same
length as the stored text, so a span found on a key indexes the stored text:

- ``match_key``: lower case, NBSP → space, curly quotes → straight, and old
  tone placement (``hoà``, ``uỷ``) moved to the modern one (``hòa``, ``ủy``).
  Moving a tone mark inside a syllable keeps the NFC length.
- ``fold_key``: ``match_key`` with every diacritic removed and ``đ`` → ``d``,
  for accent-insensitive and fuzzy matching.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # huyền sắc ngã hỏi nặng
# An open syllable ending in oa/oe/uy (not after q) with the tone on the 2nd vowel.
_OLD_TONE = re.compile(
    rf"(?i)(?<![\w\u0300-\u036f])([^\W\d_]*?)"
    rf"(?:(o)([ae])([{_TONE_MARKS}])|(?<![qQ])(u)(y)([{_TONE_MARKS}]))"
    rf"(?![\w\u0300-\u036f])"
)
_CHAR_MAP = {
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\u2018": "'",
    "\u2019": "'",
    "\u02bc": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2013": "-",
    "\u2014": "-",
}


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC, the form every stored text takes."""
    return unicodedata.normalize("NFC", text)


def _modern_tones(text: str) -> str:
    def move(m: re.Match[str]) -> str:
        if m.group(2):
            return m.group(1) + m.group(2) + m.group(4) + m.group(3)
        return m.group(1) + m.group(5) + m.group(7) + m.group(6)

    return nfc(_OLD_TONE.sub(move, unicodedata.normalize("NFD", text)))


def _lower_same_length(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def match_key(text: str) -> str:
    """Case-, quote-, space- and tone-placement-insensitive key of ``text`` (same length)."""
    # Names and words recur endlessly; whole articles are keyed once each.
    if len(text) <= _SHORT:
        return _match_key_short(text)
    return _match_key(text)


_SHORT = 80


def _match_key(text: str) -> str:
    text = nfc(text)
    mapped = _lower_same_length(text.translate(str.maketrans(_CHAR_MAP)))
    modern = _modern_tones(mapped)
    # Tone moves never change the NFC length; keep offsets safe if one ever did.
    return modern if len(modern) == len(text) else mapped


_match_key_short = functools.lru_cache(maxsize=1 << 17)(_match_key)


def _fold_char(c: str) -> str:
    if c in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", c)[0]
    return base if len(base) == 1 else c


_FOLD_CACHE: dict[str, str] = {}


def fold_key(text: str) -> str:
    """Accent-free ``match_key`` of ``text`` (same length): ``Đắk Lắk`` → ``dak lak``."""
    if len(text) <= _SHORT:
        return _fold_key_short(text)
    return _fold_key(text)


def _fold_key(text: str) -> str:
    out = []
    for c in match_key(text):
        f = _FOLD_CACHE.get(c)
        if f is None:
            f = _FOLD_CACHE[c] = _fold_char(c)
        out.append(f)
    return "".join(out)


_fold_key_short = functools.lru_cache(maxsize=1 << 17)(_fold_key)


def clean_surface(text: str) -> str:
    """A display form of a span: NBSP and runs of spaces collapsed, ends trimmed."""
    return " ".join(text.replace("\u00a0", " ").split())
