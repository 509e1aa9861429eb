"""The analyst's curation file: forced and forbidden merges, applied on every rebuild.

A versioned TOML file (``curation/people.toml`` by default)::

    [[merge]]
    a = "000_x.txt#Y Khoa Êban"
    b = "007_y.txt#Y Khoa Ê Ban"
    note = "same person, two spellings"

    [[forbid]]
    a = "004_z.txt#Trần Đức Lợi"
    b = "007_y.txt#Trần Đức Lợi"

A reference is ``DOCUMENT#Name as written``: it survives rebuilds, unlike ids.
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ...errors import PipelineError

ACTIONS = ("merge", "forbid")


class CurationError(PipelineError):
    """The curation file is malformed."""


@dataclass(frozen=True)
class Decision:
    """One analyst decision."""

    action: str  # merge | forbid
    a: str
    b: str
    note: Optional[str] = None


def read_curation(path: Optional[Path]) -> tuple[Decision, ...]:
    """The decisions in ``path`` (none when the file does not exist)."""
    if path is None or not path.exists():
        return ()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise CurationError(f"{path}: not valid TOML ({exc})") from None
    out = []
    for action in ACTIONS:
        for i, entry in enumerate(data.get(action, [])):
            if not isinstance(entry, dict) or not all(isinstance(entry.get(k), str) for k in "ab"):
                raise CurationError(f"{path}: [[{action}]] entry {i + 1} needs string keys a and b")
            out.append(Decision(action, entry["a"], entry["b"], entry.get("note")))
    return tuple(out)


def curation_sha256(path: Optional[Path]) -> Optional[str]:
    """Hash of the curation file's bytes, or None when there is none."""
    if path is None or not path.exists():
        return None
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def append_decision(path: Path, decision: Decision) -> None:
    """Add ``decision`` to the curation file (created if missing), keeping what is there."""
    path.parent.mkdir(parents=True, exist_ok=True)
    existing = path.read_text(encoding="utf-8") if path.exists() else (
        "# Analyst decisions on person identity, applied on every rebuild.\n"
        "# A reference is DOCUMENT#Name as written.\n"
    )
    lines = [f"\n[[{decision.action}]]", f"a = {_quote(decision.a)}", f"b = {_quote(decision.b)}"]
    if decision.note:
        lines.append(f"note = {_quote(decision.note)}")
    path.write_text(existing.rstrip("\n") + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    read_curation(path)  # what we wrote must read back
