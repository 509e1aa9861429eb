"""Running the alembic migrations from code (the schema comes only from them)."""

from __future__ import annotations

import functools
from pathlib import Path

from ..errors import DatabaseError

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def alembic_config(db_path: str | Path):
    """An alembic Config for the database file ``db_path``."""
    import sys

    from alembic.config import Config

    ini = PROJECT_ROOT / "alembic.ini"
    if not ini.exists():
        raise DatabaseError(f"alembic.ini not found at {ini}; install the project in editable mode")
    # alembic's default stdout is bound at its import; use the current one.
    config = Config(str(ini), stdout=sys.stdout)
    config.set_main_option("script_location", str(PROJECT_ROOT / "migrations"))
    config.cmd_opts = None
    config.attributes["db_path"] = str(db_path)
    config.set_main_option("sqlalchemy.url", f"sqlite:///{db_path}")
    return config


@functools.cache
def head_revision() -> str:
    """The newest revision of the migrations."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(":memory:")).get_current_head()


def upgrade(db_path: str | Path, revision: str = "head") -> None:
    """Bring the database at ``db_path`` to ``revision`` (creating the file if needed).

    DatabaseError when the file is not SQLite, is another application's
    database, or was made by a newer version of the pipeline.
    """
    from alembic import command
    from alembic.util.exc import CommandError
    from sqlalchemy.exc import DBAPIError

    path = Path(db_path)
    refuse_foreign_database(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        command.upgrade(alembic_config(path), revision)
    except CommandError as exc:  # e.g. a revision this version does not know
        raise DatabaseError(f"cannot migrate {path}: {exc}; was it made by a newer version?"
                            ) from None
    except DBAPIError as exc:
        from .failures import database_failure, is_fatal

        if is_fatal(exc):  # disk full, read-only, locked by another program …
            raise database_failure(exc, path, 0) from exc
        raise DatabaseError(f"cannot migrate {path}: {exc.orig}") from None


def refuse_foreign_database(path: Path) -> None:
    """Never add the pipeline's tables to a file that is not SQLite or holds someone else's."""
    import sqlite3
    from contextlib import closing

    if not path.is_file() or path.stat().st_size == 0:
        return
    try:
        with closing(sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True)) as conn:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as exc:
        if (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF == 14:  # cannot open: permissions
            from .failures import database_failure

            raise database_failure(exc, path, 0) from None
        raise DatabaseError(f"{path} is not an SQLite database ({exc})") from None
    if names and "alembic_version" not in names:
        raise DatabaseError(f"{path} is not a pipeline database (it holds another application's "
                            "tables); choose another --db file")


def downgrade(db_path: str | Path, revision: str = "base") -> None:
    """Take the database at ``db_path`` down to ``revision``."""
    from alembic import command

    command.downgrade(alembic_config(db_path), revision)


def current_revision(db_path: str | Path) -> str | None:
    """The revision the database at ``db_path`` is at, or None if unmigrated."""
    import sqlite3

    if not Path(db_path).exists():
        return None
    with sqlite3.connect(db_path) as conn:
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:
            return None
    return row[0] if row else None
