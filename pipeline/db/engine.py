"""Engines and sessions for a database file. Nothing is created at import time."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker


def _pragmas(read_only: bool, busy_timeout: float):
    def on_connect(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
        if not read_only:  # a read-only connection cannot switch the journal mode
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    return on_connect


def make_engine(db_path: str | Path, *, read_only: bool = False,
                busy_timeout: float = 30.0) -> Engine:
    """An engine on the SQLite file ``db_path`` with foreign keys on and WAL.

    ``busy_timeout``: seconds a statement waits for another program's write transaction.
    """
    path = Path(db_path)
    if read_only:
        url = f"sqlite:///file:{path.resolve()}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{path}"
    engine = create_engine(url)
    event.listen(engine, "connect", _pragmas(read_only, busy_timeout))
    return engine


def open_database(db_path: str | Path, *, read_only: bool = True) -> Engine:
    """An engine on an existing pipeline database at the current schema.

    DatabaseError, with what to do, when the file is missing, is not SQLite,
    is some other SQLite database, or is at an older or newer schema.
    """
    from ..errors import DatabaseError

    path = Path(db_path)
    if not path.is_file():
        raise DatabaseError(f"no database at {path}")
    engine = make_engine(path, read_only=read_only)
    try:
        check_schema(engine, path)
    except BaseException:
        engine.dispose()
        raise
    return engine


def check_schema(engine: Engine, path: Path) -> None:
    """Raise DatabaseError unless ``engine`` is on a pipeline database at the head revision."""
    from ..errors import DatabaseError
    from .migrate import head_revision

    try:
        with engine.connect() as conn:
            names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
            version = (conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
                       if "alembic_version" in names else None)
    except DBAPIError as exc:
        raise DatabaseError(f"{path} is not an SQLite database ({exc.orig})") from None
    if version is None:
        raise DatabaseError(f"{path} is not a pipeline database (it has no schema version); "
                            "build one with `pipeline ingest`")
    head = head_revision()
    if version != head:
        raise DatabaseError(f"{path} is at schema revision {version}, this pipeline needs {head}: "
                            f"run `pipeline ingest` (it migrates) or "
                            f"`alembic -x db={path} upgrade head`")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """A session factory bound to ``engine``."""
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def open_session(db_path: str | Path, *, read_only: bool = False) -> Iterator[Session]:
    """A session on an existing database; commits on success when writable."""
    engine = open_database(db_path, read_only=read_only)
    try:
        with make_session_factory(engine)() as session:
            yield session
            if not read_only:
                session.commit()
    finally:
        engine.dispose()
