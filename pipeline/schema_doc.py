"""docs/schema.md from the models: every table and view in one line, and a Mermaid diagram.

``python -m pipeline.schema_doc`` rewrites the file; a test checks it is current.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, String

from .db.catalog import VIEWS, table_descriptions
from .db.migrate import PROJECT_ROOT
from .db.models import Base

SCHEMA_DOC = PROJECT_ROOT / "docs" / "schema.md"
_TYPES = ((Boolean, "bool"), (DateTime, "datetime"), (Date, "date"), (Integer, "int"),
          (Float, "float"), (String, "string"))


def _type_name(column) -> str:
    return next((name for kind, name in _TYPES if isinstance(column.type, kind)), "string")


def mermaid() -> str:
    """A Mermaid ``erDiagram`` of every table: columns with PK/FK, one edge per foreign key."""
    lines = ["erDiagram"]
    edges = []
    for table in sorted(Base.metadata.tables.values(), key=lambda t: t.name):
        lines.append(f"    {table.name} {{")
        for column in table.columns:
            keys = ",".join(k for k, on in (("PK", column.primary_key),
                                             ("FK", bool(column.foreign_keys))) if on)
            suffix = f" {keys}" if keys else ""
            lines.append(f"        {_type_name(column)} {column.name}{suffix}")
        lines.append("    }")
        for fk in sorted(table.foreign_keys, key=lambda f: f.parent.name):
            # One referenced row to many referring rows; "|o" when the reference may be null.
            left = "|o" if fk.parent.nullable else "||"
            edges.append(f"    {fk.column.table.name} {left}--o{{ {table.name} : "
                         f"\"{fk.parent.name}\"")
    return "\n".join(lines + edges) + "\n"


def render() -> str:
    """The whole text of docs/schema.md."""
    tables = table_descriptions()
    out = ["# Schema", "",
           "Generated from `pipeline/db/models.py` and `pipeline/db/catalog.py` by",
           "`python -m pipeline.schema_doc`; a test checks that it is current. The schema",
           "itself is created only by the alembic migrations (`migrations/versions/`).", "",
           "## Tables", ""]
    out += [f"- `{name}` — {description}" for name, description in tables.items()]
    out += ["", "## Views", ""]
    out += [f"- `{name}` — {description}" for name, description in VIEWS.items()]
    out += ["", "## Full-text index", "",
            "- `documents_fts` — FTS5 over article text, `rowid` = `documents.id`: `text` "
            "(match key: case and tone placement equalised, accents kept) and `folded` "
            "(no diacritics, `đ` → `d`); kept in step by every ingest.",
            "", "## Entities", "", "```mermaid", mermaid().rstrip("\n"), "```", ""]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Write docs/schema.md (or ``--out FILE``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SCHEMA_DOC)
    args = parser.parse_args(argv)
    args.out.write_text(render(), encoding="utf-8")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
