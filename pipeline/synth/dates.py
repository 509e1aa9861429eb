"""Event days as an article writes them (``Sáng 24/4``, ``Ngày 24-4-2024``, ``ngày 24
tháng 4 năm 2024``) and as the gold files hold them (ISO, or ``XXXX-MM-DD`` when neither
the text nor a publication date gives the year)."""

from __future__ import annotations

import random
from datetime import date


def written_date(rng: random.Random, t: int, tod: str | None, with_year: bool,
                 *, capital: bool = True, allow_words: bool = False) -> str:
    """Day ``t`` as a lead writes it, with its time of day ``tod``; ``capital`` for the start
    of a sentence, ``allow_words`` for ``ngày D tháng M năm Y``."""
    d = date.fromordinal(t)
    if with_year:
        r = rng.random()
        if allow_words and r < 0.25 and tod is None:
            core = f"{d.day} tháng {d.month} năm {d.year}"
            return ("Ngày " if capital else "ngày ") + core
        if r < 0.5:
            core = f"{d.day}-{d.month}-{d.year}"
        elif r < 0.9:
            core = f"{d.day}/{d.month}/{d.year}"
        else:
            core = f"{d.day:02d}/{d.month:02d}/{d.year}"
    else:
        core = f"{d.day}/{d.month}" if rng.random() < 0.85 else f"{d.day}-{d.month}"
    if tod is None:
        lead = "Ngày"
    elif rng.random() < 0.3:
        lead = f"{tod.capitalize()} ngày"
    else:
        lead = tod.capitalize()
    if not capital:
        lead = lead[0].lower() + lead[1:]
    return f"{lead} {core}"


def iso_date(t: int) -> str:
    return date.fromordinal(t).isoformat()


def gold_date(t: int, with_year: bool, published: int | None) -> str:
    """Day ``t`` in a gold file, for a text that writes its year or not."""
    if with_year or published is not None:
        return iso_date(t)  # anchored to the publication date, which is within days after
    d = date.fromordinal(t)
    return f"XXXX-{d.month:02d}-{d.day:02d}"
