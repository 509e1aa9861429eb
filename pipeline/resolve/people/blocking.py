"""Blocking: only document persons that share a block key are ever compared.

The key is the accent-free family name, the accent-free last syllable and the
number of syllables, so tone placement, missing diacritics and a misspelt
middle syllable still meet, while the work grows with the number of mentions
(blocks stay small) rather than with its square.
"""

from __future__ import annotations

from collections import defaultdict

from .profiles import DocPerson, spaced_fold


def block_key(person: DocPerson) -> str:
    """``nguyen|nam|3`` for Nguyễn Văn Nam."""
    return _key(person.fold)


def name_block_key(name: str) -> str:
    """The block key of a name as written (what mentions store in ``block_key``)."""
    return _key(spaced_fold(name))


def _key(fold: str) -> str:
    words = fold.split()
    if not words:
        return ""
    return f"{words[0]}|{words[-1]}|{len(words)}"


def blocks(people: list[DocPerson]) -> dict[str, list[DocPerson]]:
    """Document persons grouped by block key, each group in document order."""
    out: dict[str, list[DocPerson]] = defaultdict(list)
    for p in people:
        out[block_key(p)].append(p)
    return dict(out)
