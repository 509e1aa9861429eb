"""Alembic environment: batch mode for SQLite, foreign keys off while migrating."""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import create_engine, pool

from pipeline.db.models import Base

config = context.config
target_metadata = Base.metadata


# Objects the migrations create with raw SQL and the models do not describe: the
# full-text index (an FTS5 virtual table and its shadow tables). Views are never
# compared by autogenerate.
_UNMODELLED_PREFIXES = ("documents_fts",)


def include_name(name, type_, parent_names) -> bool:
    """Keep autogenerate (and ``alembic check``) away from objects without a model."""
    if type_ == "table" and name and name.startswith(_UNMODELLED_PREFIXES):
        return False
    return True


def _url() -> str:
    db = (
        context.get_x_argument(as_dictionary=True).get("db")
        or config.attributes.get("db_path")
        or os.environ.get("PIPELINE_DB")
    )
    if db:
        return f"sqlite:///{db}"
    return config.get_main_option("sqlalchemy.url")


def run_migrations_offline() -> None:
    context.configure(url=_url(), target_metadata=target_metadata, render_as_batch=True,
                      literal_binds=True, include_name=include_name)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connectable = config.attributes.get("connection")
    if connectable is not None:
        _migrate(connectable)
        return
    engine = create_engine(_url(), poolclass=pool.NullPool)
    with engine.connect() as connection:
        _migrate(connection)


def _migrate(connection) -> None:
    # Batch mode recreates tables; foreign keys must be off while it does
    # (SQLite ignores this PRAGMA inside a transaction, so set it first).
    connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
    connection.exec_driver_sql("PRAGMA journal_mode=WAL")
    connection.commit()  # end the implicit transaction the PRAGMAs opened
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=True, compare_type=True,
                      include_name=include_name)
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
    connection.exec_driver_sql("PRAGMA foreign_keys=ON")


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
