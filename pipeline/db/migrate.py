"""Running the alembic migrations from code (the schema comes only from them)."""

from __future__ import annotations

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


def upgrade(db_path: str | Path, revision: str = "head") -> None:
    """Bring the database at ``db_path`` to ``revision`` (creating the file if needed)."""
    from alembic import command

    Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    command.upgrade(alembic_config(db_path), revision)


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
