"""Read-only SQL over the database, for analysts and scripts (``pipeline query``)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.exc import DBAPIError

from .db.engine import check_schema, make_engine
from .errors import DatabaseError, QueryError


class OutputFormat(str, Enum):
    """How ``pipeline query`` prints rows."""

    table = "table"
    csv = "csv"
    json = "json"


@dataclass(frozen=True)
class QueryResult:
    """Column names and rows of one query."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


def _refuse_attach(action: int, *_args) -> int:
    # A read-only connection may still ATTACH (or VACUUM INTO) a new file and write it.
    if action in (sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH):
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def run_query(db_path: str | Path, sql: str, params: tuple = ()) -> QueryResult:
    """Run one SQL statement on ``db_path`` opened read-only; writing raises QueryError.

    The file is opened with SQLite's ``mode=ro`` and ``PRAGMA query_only``, and
    attaching other files is denied, so no statement can change anything.
    """
    path = Path(db_path)
    if not path.is_file():
        raise DatabaseError(f"no database at {path}")
    engine = make_engine(path, read_only=True)

    @event.listens_for(engine, "connect")
    def _lock_down(dbapi_connection, _record) -> None:
        dbapi_connection.execute("PRAGMA query_only=ON")
        dbapi_connection.set_authorizer(_refuse_attach)

    try:
        check_schema(engine, path)  # after the listener, so every pooled connection is locked
        with engine.connect() as conn:
            cursor = conn.exec_driver_sql(sql, params)
            if not cursor.returns_rows:
                return QueryResult((), ())
            columns = tuple(cursor.keys())
            return QueryResult(columns, tuple(tuple(row) for row in cursor.fetchall()))
    except DBAPIError as exc:
        raise QueryError(_explain(exc.orig)) from None
    finally:
        engine.dispose()


def _explain(error: BaseException) -> str:
    message = str(error)
    if any(word in message for word in ("readonly", "authoriz", "query_only")):
        return f"refused: the database is opened read-only, nothing was changed ({message})"
    return f"invalid query: {message}"


def format_result(result: QueryResult, fmt: OutputFormat) -> str:
    """``result`` as an aligned text table, CSV with a header row, or a JSON array of objects."""
    fmt = OutputFormat(fmt)
    if fmt is OutputFormat.json:
        records = [dict(zip(result.columns, map(_plain, row))) for row in result.rows]
        return json.dumps(records, ensure_ascii=False, indent=1)
    if fmt is OutputFormat.csv:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows([["" if v is None else _plain(v) for v in row] for row in result.rows])
        return buf.getvalue().rstrip("\n")
    return _table(result)


def _plain(value: Any) -> Any:
    return value.hex() if isinstance(value, bytes) else value


def _table(result: QueryResult) -> str:
    from rich import box
    from rich.console import Console
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for name in result.columns:
        table.add_column(name, overflow="fold")
    for row in result.rows:
        table.add_row(*("NULL" if v is None else str(_plain(v)) for v in row))
    console = Console(file=io.StringIO(), width=200, color_system=None, highlight=False)
    console.print(table)
    caption = f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})"
    lines = [line.rstrip() for line in console.file.getvalue().rstrip().splitlines()]
    return "\n".join(lines + [caption])
