"""Engines and sessions for a database file. Nothing is created at import time."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker


def _pragmas(read_only: bool):
    def on_connect(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        if not read_only:  # a read-only connection cannot switch the journal mode
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    return on_connect


def make_engine(db_path: str | Path, *, read_only: bool = False) -> Engine:
    """An engine on the SQLite file ``db_path`` with foreign keys on and WAL."""
    path = Path(db_path)
    if read_only:
        url = f"sqlite:///file:{path.resolve()}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{path}"
    engine = create_engine(url)
    event.listen(engine, "connect", _pragmas(read_only))
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """A session factory bound to ``engine``."""
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def open_session(db_path: str | Path, *, read_only: bool = False) -> Iterator[Session]:
    """A session on an existing database; commits on success when writable."""
    from ..errors import DatabaseError

    if not Path(db_path).exists():
        raise DatabaseError(f"no database at {db_path}")
    engine = make_engine(db_path, read_only=read_only)
    try:
        with make_session_factory(engine)() as session:
            yield session
            if not read_only:
                session.commit()
    finally:
        engine.dispose()
