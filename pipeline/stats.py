"""Counts for a quick look at a database: rows per table, per extraction stage, per error kind."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection

from .db.catalog import relations
from .db.engine import open_database
from .errors import DatabaseError

# The table each stage's records are written to (``stages.default_stages`` names,
# then the cross-document resolution). "sentences" and "source" are not stored
# as rows of their own.
STAGE_TABLES: tuple[tuple[str, str], ...] = (
    ("segments", "segments"),
    ("credits", "credits"),
    ("dates", "date_mentions"),
    ("places", "place_mentions"),
    ("references", "cited_documents"),
    ("people", "person_mentions"),
    ("people", "mention_titles"),
    ("teams", "inspection_teams"),
    ("targets", "event_targets"),
    ("events", "events"),
    ("participants", "event_participants"),
    ("resolution", "persons"),
    ("resolution", "person_merges"),
)
NOT_STORED = ("sentences", "source")


@dataclass(frozen=True)
class TableCount:
    """Rows of one table."""

    table: str
    rows: int


@dataclass(frozen=True)
class StageCount:
    """Rows one stage produced, in the table it writes."""

    stage: str
    table: str
    rows: int


@dataclass(frozen=True)
class ErrorCount:
    """Files that failed with one kind of error, over every ingest run."""

    kind: str
    files: int


@dataclass(frozen=True)
class Stats:
    """Everything ``pipeline stats`` prints."""

    tables: tuple[TableCount, ...]
    stages: tuple[StageCount, ...]
    errors: tuple[ErrorCount, ...]


def collect_stats(db_path: Path) -> Stats:
    """Row counts of every table of ``db_path``, per stage and per error kind."""
    engine = open_database(db_path)
    try:
        with engine.connect() as conn:
            return stats_of(conn)
    finally:
        engine.dispose()


def stats_of(conn: Connection) -> Stats:
    """The counts of :func:`collect_stats` on an open connection."""
    tables = [r.name for r in relations(conn) if r.kind == "table"]
    if "documents" not in tables:
        raise DatabaseError("not a pipeline database (run ingest first)")
    counts = {t: conn.exec_driver_sql(f'SELECT count(*) FROM "{t}"').scalar_one() for t in tables}
    errors = conn.exec_driver_sql(
        "SELECT kind, count(*) FROM ingest_errors GROUP BY kind ORDER BY count(*) DESC, kind")
    return Stats(
        tables=tuple(TableCount(t, counts[t]) for t in tables),
        stages=tuple(StageCount(stage, table, counts.get(table, 0))
                     for stage, table in STAGE_TABLES),
        errors=tuple(ErrorCount(kind, n) for kind, n in errors),
    )
