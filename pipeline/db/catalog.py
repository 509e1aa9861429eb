"""What the database holds, read from the database itself: its tables and views.

Tables of the models and the views of the migrations are the analyst's
relations; alembic's bookkeeping and the full-text index (derived from
``documents``, its shadow tables are binary) are not.
"""

from __future__ import annotations

from dataclasses import dataclass

_HIDDEN = ("alembic_version",)
_HIDDEN_PREFIXES = ("sqlite_", "documents_fts")


@dataclass(frozen=True)
class Relation:
    """A table or a view of the database."""

    name: str
    kind: str  # table | view


def is_internal(name: str) -> bool:
    """True for alembic's table, SQLite's own and the full-text index with its shadows."""
    return name in _HIDDEN or name.startswith(_HIDDEN_PREFIXES)


def relations(connection) -> list[Relation]:
    """Tables then views of a DB-API or SQLAlchemy connection, each by name."""
    rows = _rows(connection, "SELECT name, type FROM sqlite_master "
                             "WHERE type IN ('table', 'view') ORDER BY type, name")
    return [Relation(name, kind) for name, kind in rows if not is_internal(name)]


def _rows(connection, sql: str) -> list[tuple]:
    if hasattr(connection, "exec_driver_sql"):  # a SQLAlchemy connection
        return [tuple(r) for r in connection.exec_driver_sql(sql)]
    return connection.execute(sql).fetchall()
