"""Publishing a database built in a temporary file: all of it at once, or nothing.

Renaming the new file over the old one is not safe for SQLite in WAL mode: a
reader that has the old file open keeps using the old ``-wal``/``-shm`` files,
which would then be paired with the new file. SQLite's online backup copies
the new pages into the target in one write transaction instead, so readers
see the old database or the new one, and a crash mid-copy is rolled back
from the target's WAL like any interrupted transaction.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

from ..errors import DatabaseError

SIDE_FILES = ("-wal", "-shm", "-journal")


def publish(build: Path, target: Path) -> None:
    """Make ``target`` hold exactly the database in ``build`` (which is left in place)."""
    build, target = Path(build), Path(target)
    with closing(sqlite3.connect(build)) as source:
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if not target.exists():
            _copy_into_new_file(source, target)
            return
        try:
            with closing(sqlite3.connect(target, timeout=60)) as dest:
                dest.execute("PRAGMA busy_timeout=60000")
                dest.execute("PRAGMA journal_mode=WAL")
                source.backup(dest)
                # PASSIVE: a reader's open snapshot must not hold the publish up; the
                # rest is checkpointed when that reader lets go.
                dest.execute("PRAGMA wal_checkpoint(PASSIVE)")
        except sqlite3.DatabaseError as exc:
            if "not a database" not in str(exc):
                raise DatabaseError(f"cannot replace {target}: {exc}") from None
            # The old file is not a database, so nobody can be reading it: replace the file.
            remove_database(target)
            _copy_into_new_file(source, target)


def _copy_into_new_file(source: sqlite3.Connection, target: Path) -> None:
    """Back up into a fresh file beside ``target``, then rename it into place."""
    staging = target.with_name(f".{target.name}.publish-{os.getpid()}")
    remove_database(staging)
    try:
        with closing(sqlite3.connect(staging)) as dest:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=WAL")
        for suffix in SIDE_FILES:  # a stale WAL would be replayed onto the new file
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        os.replace(staging, target)
    finally:
        remove_database(staging)


def remove_database(path: Path) -> None:
    """Delete a database file and its WAL, shared-memory and journal files, if present."""
    for suffix in ("",) + SIDE_FILES:
        Path(f"{path}{suffix}").unlink(missing_ok=True)
