"""The document that flows through the stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Optional

from .text.normalize import fold_key, match_key


@dataclass(frozen=True)
class Metadata:
    """Sidecar ``NAME.meta.json`` values (SPEC §6); every field optional."""

    url: Optional[str] = None
    published: Optional[date] = None
    source: Optional[str] = None


@dataclass
class Document:
    """One article: its stored NFC text, keys of the same length, and stage results.

    ``results`` maps a stage's declared output name to the tuple of records it
    returned; later stages read earlier results from it.
    """

    name: str
    text: str
    sha256: str = ""
    path: str = ""
    encoding: str = "utf-8"
    meta: Metadata = field(default_factory=Metadata)
    results: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    _key: Optional[str] = field(default=None, repr=False)
    _fold: Optional[str] = field(default=None, repr=False)

    @property
    def key(self) -> str:
        """``match_key(text)``: offsets equal those of ``text``."""
        if self._key is None:
            self._key = match_key(self.text)
        return self._key

    @property
    def fold(self) -> str:
        """``fold_key(text)``: accent-free, offsets equal those of ``text``."""
        if self._fold is None:
            self._fold = fold_key(self.text)
        return self._fold

    def get(self, name: str) -> tuple[Any, ...]:
        """The records an earlier stage added under ``name``."""
        return self.results[name]
