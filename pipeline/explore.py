"""Datasette metadata for the database: titles, table/view/column descriptions, label columns,
and the career-timeline dashboard.

``python -m pipeline.explore DB --out FILE`` writes it; ``make explore`` then
serves the database with ``datasette serve DB --metadata FILE``. Descriptions
come from ``pipeline.db.catalog``; columns are read from the database itself,
so the metadata always matches the schema it describes.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
from pathlib import Path

from .db.catalog import VIEWS, column_description, relations, table_descriptions
from .db.engine import open_database
from .errors import DatabaseError

# The column Datasette shows in place of a foreign key to these tables.
LABEL_COLUMNS: dict[str, str] = {
    "documents": "name",
    "persons": "name",
    "organizations": "name",
    "places": "name",
    "ranks": "name",
    "inspection_teams": "name",
    "person_mentions": "name",
    "date_mentions": "edtf",
    "events": "kind",
    "segments": "kind",
    "ingest_runs": "started_at",
}


def build_metadata(db_path: Path) -> dict:
    """Datasette metadata for the database at ``db_path`` (its file stem names it)."""
    db_path = Path(db_path)
    open_database(db_path).dispose()  # a clear error for a missing or foreign file
    tables = table_descriptions()
    described: dict[str, dict] = {}
    with sqlite3.connect(f"file:{db_path.resolve()}?mode=ro", uri=True) as conn:
        for relation in relations(conn):
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{relation.name}")')]
            entry: dict = {
                "description": tables.get(relation.name) or VIEWS.get(relation.name, ""),
                "columns": {c: d for c in columns
                            if (d := column_description(relation.name, c)) is not None},
            }
            if relation.name in LABEL_COLUMNS:
                entry["label_column"] = LABEL_COLUMNS[relation.name]
            if relation.name == "documents":
                # Datasette's search box on documents: both the accented and the
                # folded column match, so "dak lak" finds "Đắk Lắk".
                entry.update(fts_table="documents_fts", fts_pk="id")
            described[relation.name] = entry
    return {
        "title": "Vietnamese political news → events",
        "description": "Events, inspection teams, places, people and their titles extracted "
                       "from articles. Every extracted row keeps its evidence: "
                       "documents.text[start:end].",
        "databases": {db_path.stem: {"tables": described}},
        "plugins": {"datasette-dashboards": {"career": career_dashboard(db_path.stem)}},
    }


# A person's titles as bars in time, from the first to the last article that gives each
# one (only dates with a known year can be placed on a time axis).
CAREER_SQL = """
SELECT position || COALESCE(' ' || organization, '') AS title,
       first_seen, last_seen, documents
FROM person_title_history
WHERE person_id = CAST(:person_id AS INTEGER) AND first_seen NOT LIKE 'X%'
ORDER BY first_seen, title
"""


def career_dashboard(db: str) -> dict:
    """The ``career`` dashboard (datasette-dashboards): one person's titles on a timeline,
    the person chosen by id (``/-/dashboards/career?person_id=12``)."""
    return {
        "title": "Career timeline",
        "description": "One person's titles over time: each bar runs from the first to the "
                       "last article that gives the title (persons.id in the filter).",
        "layout": [["timeline"]],
        "filters": {"person_id": {"name": "Person (persons.id)", "type": "text",
                                  "default": "1"}},
        "charts": {"timeline": {
            "title": "Titles over time",
            "db": db,
            "query": CAREER_SQL.strip(),
            "library": "vega-lite",
            "display": {
                "mark": {"type": "bar", "tooltip": True},
                "encoding": {
                    "y": {"field": "title", "type": "nominal", "sort": None, "title": None},
                    "x": {"field": "first_seen", "type": "temporal", "title": None},
                    "x2": {"field": "last_seen"},
                },
            },
        }},
    }


def write_metadata(db_path: Path, out: Path) -> Path:
    """Write :func:`build_metadata` as JSON to ``out``."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(build_metadata(db_path), ensure_ascii=False, indent=2) + "\n",
                   encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    """``python -m pipeline.explore DB --out FILE``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    try:
        write_metadata(args.db, args.out)
    except DatabaseError as exc:
        parser.exit(1, f"error: {exc}\n")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
