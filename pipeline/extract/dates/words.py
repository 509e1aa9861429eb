"""Numbers, months and years as Vietnamese news writes them: in words (``ngày mười một
tháng mười``, ``tháng Giêng``), as Roman numerals (``quý IV``, ``thế kỷ XX``) and as
two-digit years (``24/4/24``). Keys are ``match_key`` forms (lower case, modern tone
placement)."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from ...text.normalize import match_key

_UNITS = {1: ("một",), 2: ("hai",), 3: ("ba",), 4: ("bốn", "tư"), 5: ("năm", "lăm"),
          6: ("sáu",), 7: ("bảy", "bẩy"), 8: ("tám",), 9: ("chín",)}


def _alternation(words: dict[str, int]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def day_words() -> dict[str, int]:
    """Day numbers 1–31 in words: ``mười một``, ``hai mươi lăm``, ``ba mốt``."""
    out: dict[str, int] = {}
    for n, forms in _UNITS.items():
        out[forms[0]] = n  # "mồng năm"
        if n == 7:
            out["bẩy"] = 7
    out["mười"] = 10
    for n, forms in _UNITS.items():
        for f in forms:
            if n == 1 and f == "một":
                out["mười một"] = 11
            elif n == 4 and f == "tư":
                continue  # "mười tư" is not said; "mười bốn" is
            elif not (n == 5 and f == "năm"):
                out[f"mười {f}"] = 10 + n
    for tens, word in ((20, "hai"), (30, "ba")):
        out[f"{word} mươi"] = tens
        for n, forms in _UNITS.items():
            if tens + n > 31:
                break
            for f in forms + (("mốt",) if n == 1 else ()):
                if n == 1 and f == "một":
                    continue  # "hai mươi mốt"
                if n == 5 and f == "năm":
                    continue  # "hai mươi lăm"
                out[f"{word} mươi {f}"] = tens + n
                out[f"{word} {f}"] = tens + n  # "hai mốt", "hai lăm" (short forms)
    out.pop("ba ba", None)
    return {match_key(k): v for k, v in out.items()}


@cache
def month_words() -> dict[str, int]:
    """Month names after ``tháng``: ``Giêng``, ``hai`` … ``mười một``, ``Chạp``."""
    out = {"giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6,
           "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "một một": 11,
           "mười hai": 12, "chạp": 12}
    return {match_key(k): v for k, v in out.items()}


def day_words_re() -> str:
    return _alternation(day_words())


def month_words_re() -> str:
    return _alternation(month_words())


def number(text: str, table: dict[str, int]) -> int | None:
    """A number written in digits or in the words of ``table``."""
    text = " ".join(text.split())
    return int(text) if text.isdigit() else table.get(text)


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman(text: str) -> int | None:
    """``XXI`` → 21 (digits pass through); None when it is neither."""
    text = text.lower()
    if text.isdigit():
        return int(text)
    if not text or any(c not in _ROMAN for c in text):
        return None
    total = 0
    for a, b in zip(text, text[1:] + " "):
        v = _ROMAN[a]
        total += -v if b != " " and _ROMAN[b] > v else v
    return total


def full_year(written: str, published: date | None) -> int:
    """A year as written; two digits take the century that puts the year at most ten years
    after publication (before 2050 when no publication date is known): ``98`` → 1998."""
    y = int(written)
    if len(written) != 2:
        return y
    limit = published.year + 10 if published else 2049
    y += 2000
    return y - 100 if y > limit else y
