"""Check gold files of tests/real against their excerpts (when pulled).

    python tests/real/check_gold.py [DIR] [ID ...]

DIR (default: this folder) holds the gold files and their ``excerpts/``.

Every name, title, target, credit and reference must occur in the excerpt
(compared case-, tone- and punctuation-folded); fields must have the shapes
tests/real/README.md describes. Prints one line per problem.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
SIDES = {"team": {"leader", "deputy", "member"}, "host": {"host"}, "other": {"attendee", None}}
EDTF = re.compile(r"^(\d{4}|XXXX)(-\d{2}(-\d{2})?)?(/(\d{4}|XXXX)(-\d{2}(-\d{2})?)?)?$")
_OLD = re.compile(r"(?i)(o)([ae])([\u0300\u0301\u0303\u0309\u0323])(?![a-z\u0300-\u036f])|"
                  r"(?<![q])(u)(y)([\u0300\u0301\u0303\u0309\u0323])(?![a-z\u0300-\u036f])")


def norm(text: str | None) -> str:
    d = unicodedata.normalize("NFD", text or "")
    d = _OLD.sub(lambda m: m.group(1) + m.group(3) + m.group(2) if m.group(1)
                 else m.group(4) + m.group(6) + m.group(5), d)
    t = unicodedata.normalize("NFC", d).replace("\u2019", "'").casefold()
    return " ".join(re.sub(r"[^\w']+", " ", t).split())


def check(gold_path: Path) -> list[str]:
    out = []
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except ValueError as e:
        return [f"{gold_path.name}: not JSON: {e}"]
    txt_path = gold_path.parent / "excerpts" / g.get("doc", "")
    text = norm(txt_path.read_text(encoding="utf-8")) if txt_path.exists() else None
    if text is None:
        out.append(f"{gold_path.name}: excerpt {g.get('doc')} not pulled")

    def seen(s: str | None, what: str) -> None:
        if text is not None and s and norm(s) not in text:
            out.append(f"{gold_path.name}: {what} not in text: {s!r}")

    for p in g.get("people", []):
        seen(p.get("name"), "name")
        for t in p.get("titles", []):
            seen(t, f"title of {p.get('name')}")
        if p.get("side") not in SIDES or p.get("role") not in SIDES[p.get("side")]:
            out.append(f"{gold_path.name}: bad side/role for {p.get('name')}: "
                       f"{p.get('side')}/{p.get('role')}")
        if p.get("segment", "body") not in {"body", "related"}:
            out.append(f"{gold_path.name}: bad segment for {p.get('name')}")
        if not p.get("person_key"):
            out.append(f"{gold_path.name}: no person_key for {p.get('name')}")
    ev = g.get("main_event") or {}
    if ev.get("date") and not EDTF.match(ev["date"]):
        out.append(f"{gold_path.name}: date not EDTF: {ev['date']!r}")
    if ev.get("kind") not in {"inspection", "supervision", "meeting", None}:
        out.append(f"{gold_path.name}: bad kind {ev.get('kind')!r}")
    for t in ev.get("targets", []):
        seen(t, "target")
    for c in g.get("photographers", []):
        seen(c, "credit")
    for r in g.get("references", []):
        seen(r, "reference")
    return out


def main(args: list[str]) -> int:
    given_dir = bool(args) and Path(args[0]).is_dir()
    where, ids = (Path(args[0]), args[1:]) if given_dir else (HERE, args)
    files = [where / f"{i}.gold.json" for i in ids] if ids else sorted(where.glob("*.gold.json"))
    problems = [p for f in files for p in check(f)]
    print("\n".join(problems) if problems else f"{len(files)} gold files OK")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
