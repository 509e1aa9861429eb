"""Full-text search over article text (SQLite FTS5, table ``documents_fts``).

The index holds two keys of each article (``pipeline.text.normalize``), both the
length of the stored text: ``text`` (match key: case and tone placement
equalised, accents kept) and ``folded`` (fold key: no diacritics, ``đ`` → ``d``).
A query is keyed the same way, so ``dak lak`` finds ``Đắk Lắk`` in the folded
column while ``Đắk Lắk`` searched exactly does not find ``Dak Lak``. Since keys
keep offsets, a hit found on a key indexes the stored text for the snippet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from .errors import DatabaseError, SearchError
from .text.normalize import fold_key, match_key

_TERM = re.compile(r'"([^"]*)"|(\S+)')
_CONTEXT = 60  # characters of text shown either side of a hit


@dataclass(frozen=True)
class Term:
    """A word or a quoted phrase of a query; ``prefix`` when written with a trailing ``*``."""

    words: str
    prefix: bool = False


@dataclass(frozen=True)
class SearchHit:
    """One article that matches, with the first hit's offsets and the text around it."""

    document_id: int
    document: str
    headline: Optional[str]
    start: int
    end: int
    snippet: str  # the hit in [brackets], newlines as spaces
    score: float  # bm25: lower is better


def parse_query(query: str, *, folded: bool = True) -> tuple[Term, ...]:
    """The terms of ``query`` (words and ``"quoted phrases"``), keyed like the index column."""
    key = fold_key if folded else match_key
    terms = []
    for m in _TERM.finditer(query):
        raw = m.group(1) if m.group(1) is not None else m.group(2)
        prefix = m.group(1) is None and raw.endswith("*")
        words = " ".join(key(raw.rstrip("*") if prefix else raw).split())
        if words and re.search(r"\w", words):
            terms.append(Term(words, prefix))
    if not terms:
        raise SearchError(f"nothing to search for in {query!r}")
    return tuple(terms)


def fts_expression(terms: tuple[Term, ...], column: str) -> str:
    """An FTS5 MATCH expression: every term (as a phrase) in ``column``."""
    phrases = " ".join('"' + t.words.replace('"', '""') + '"' + ("*" if t.prefix else "")
                       for t in terms)
    return f"{column} : ({phrases})"


def search(session: Session, query: str, *, folded: bool = True,
           limit: Optional[int] = 20) -> list[SearchHit]:
    """Articles matching every term of ``query``, best first (bm25).

    ``folded`` (the default) ignores diacritics (``dak lak`` finds ``Đắk Lắk``);
    otherwise accents must match, case and tone placement still need not.
    """
    terms = parse_query(query, folded=folded)
    column = "folded" if folded else "text"
    sql = ("SELECT d.id, d.name, d.headline, d.text, bm25(documents_fts) AS score "
           "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
           "WHERE documents_fts MATCH :q ORDER BY score, d.id")
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    try:
        rows = session.execute(text(sql), {"q": fts_expression(terms, column)}).all()
    except OperationalError as exc:
        if "no such table" in str(exc):
            raise DatabaseError("the database has no full-text index; run `pipeline ingest` "
                                "(or `alembic upgrade head`) on it first") from None
        raise SearchError(f"cannot search for {query!r}: {exc.orig}") from None
    hits = []
    for doc_id, name, headline, stored, score in rows:
        start, end = first_hit(stored, terms, folded=folded)
        hits.append(SearchHit(doc_id, name, headline, start, end,
                              snippet(stored, start, end), float(score)))
    return hits


def first_hit(stored: str, terms: tuple[Term, ...], *, folded: bool = True) -> tuple[int, int]:
    """Offsets in ``stored`` of the earliest occurrence of any term, as the index saw it."""
    key = (fold_key if folded else match_key)(stored)
    if len(terms) > 1:  # the words side by side, as most queries mean them, come first
        whole = Term(" ".join(t.words for t in terms), terms[-1].prefix)
        found = first_hit(stored, (whole,), folded=folded)
        if found != (0, 0):
            return found
    best: Optional[tuple[int, int]] = None
    for t in terms:
        # Words of a phrase are separated by anything that is not a word character.
        body = r"\W+".join(re.escape(w) for w in t.words.split())
        pattern = rf"(?<!\w){body}" + ("" if t.prefix else r"(?!\w)")
        m = re.search(pattern, key)
        if m and (best is None or m.start() < best[0]):
            end = m.end()
            if t.prefix:  # show the whole word the prefix starts
                while end < len(key) and key[end].isalnum():
                    end += 1
            best = (m.start(), end)
    return best or (0, 0)


def snippet(stored: str, start: int, end: int, context: int = _CONTEXT) -> str:
    """The text around ``[start:end]`` with the hit in brackets, on one line."""
    left = max(0, start - context)
    right = min(len(stored), end + context)
    shown = (("…" if left else "") + stored[left:start] + "[" + stored[start:end] + "]"
             + stored[end:right] + ("…" if right < len(stored) else ""))
    return " ".join(shown.split())
