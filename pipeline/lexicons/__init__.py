"""Lexicons shipped as data files; each file's header says where it comes from."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of the tab-separated lexicon ``name`` (comments and blank lines skipped)."""
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(out)


@cache
def entries(name: str) -> tuple[str, ...]:
    """First column of every row of lexicon ``name``."""
    return tuple(r[0] for r in rows(name))
