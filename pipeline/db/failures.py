"""What went wrong with the database file, said in one line (never SQL, never a traceback)."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path
from typing import Optional

from sqlalchemy.exc import DBAPIError

from ..errors import (DatabaseAccessError, DatabaseBusyError, DatabaseError, DatabaseGoneError,
                      DiskFullError)

# SQLite's primary result codes (the low byte of an extended code).
_PERM, _BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = (
    3, 5, 6, 8, 10, 11, 13, 14, 26)
# Codes that no later article could escape: the run stops instead of failing every file.
_FATAL = {_PERM, _BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB}


def sqlite_error(exc: BaseException) -> Optional[sqlite3.Error]:
    """The sqlite3 error behind ``exc`` (itself, or what SQLAlchemy wraps), if any."""
    if isinstance(exc, DBAPIError):
        exc = exc.orig
    return exc if isinstance(exc, sqlite3.Error) else None


def is_fatal(exc: BaseException) -> bool:
    """Whether ``exc`` is about the database file (full, read-only, locked, …), not an article."""
    error = sqlite_error(exc)
    if error is not None:
        return ((getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF) in _FATAL
    return isinstance(exc, OSError)


def database_failure(exc: BaseException, db_path: str | Path, committed: int) -> DatabaseError:
    """One-line DatabaseError for a failure of the database at ``db_path``.

    ``committed``: articles this run committed before it (they stay).
    """
    db = Path(db_path)
    articles = f"{committed} article{'s' if committed != 1 else ''}"
    kept = ("those " + str(committed) if committed != 1 else "that one") + \
        (" are" if committed != 1 else " is") + " committed"
    error = sqlite_error(exc)
    code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF if error is not None else None
    os_errno = exc.errno if isinstance(exc, OSError) else None
    if code == _FULL or os_errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(f"disk full writing {db} after {articles}; {kept} — free space "
                             "and run again")
    if code in (_BUSY, _LOCKED):
        return DatabaseBusyError(f"{db} is locked by another program (it holds a write "
                                 "transaction); close that program and run again")
    if code == _READONLY or os_errno == errno.EROFS:
        return DatabaseAccessError(f"cannot write {db}: the file or its file system is "
                                   "read-only")
    if code in (_PERM, _CANTOPEN) or os_errno in (errno.EACCES, errno.EPERM):
        return DatabaseAccessError(f"cannot open {db} for writing: {_access_problem(db)}")
    if code in (_CORRUPT, _NOTADB):
        return DatabaseError(f"{db} is damaged ({error}); restore it or build it again with "
                             "`pipeline ingest --rebuild`")
    if code == _IOERR or os_errno is not None:
        reason = os.strerror(os_errno) if os_errno else str(error)
        return DatabaseError(f"I/O error writing {db} after {articles} ({reason}); {kept}")
    return DatabaseError(f"cannot write {db}: {error if error is not None else exc}")


def _access_problem(db: Path) -> str:
    """Why the file (or its directory) cannot be opened, as far as the file system tells."""
    directory = db.parent if str(db.parent) else Path(".")
    if not directory.is_dir():
        return f"{directory} is not a directory"
    try:
        if os.statvfs(directory).f_flag & os.ST_RDONLY:
            return f"{directory} is on a read-only file system"
    except OSError:
        pass
    if db.exists() and not os.access(db, os.R_OK | os.W_OK):
        return "permission denied on the file"
    if not os.access(directory, os.W_OK | os.X_OK):
        return f"permission denied on {directory}"
    return "permission denied"


def check_same_file(db_path: Path, identity: tuple[int, int]) -> None:
    """DatabaseGoneError unless ``db_path`` is still the file (device, inode) ``identity``.

    SQLite in WAL mode goes on writing a deleted file without complaint; whatever it
    wrote would vanish with the last handle, so the run stops instead.
    """
    try:
        st = os.stat(db_path)
        same = (st.st_dev, st.st_ino) == identity
    except OSError:
        same = False
    if not same:
        raise DatabaseGoneError(f"{db_path} was deleted or replaced while this ingest was "
                                "writing it; run again to write it anew")


def file_identity(db_path: Path) -> tuple[int, int]:
    """(device, inode) of ``db_path``."""
    st = os.stat(db_path)
    return st.st_dev, st.st_ino
