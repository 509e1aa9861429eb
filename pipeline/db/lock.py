"""One writer at a time: a run that writes the database holds a lock file beside it.

``flock`` on ``DB.lock`` is held for the whole run, migrations included, so two
ingests never interleave their articles nor both create the schema. The
operating system releases the lock when its process dies, however it dies, so
a killed run never leaves a stale lock; the file then only names its last
holder. Readers never take the lock (WAL lets them read during a write).
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import socket
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator, Optional

from ..errors import DatabaseAccessError, DatabaseBusyError

LOCK_SUFFIX = ".lock"
DEFAULT_WAIT = 300.0  # seconds a run waits for another to finish before it gives up
_POLL_SECONDS = 0.2


def lock_path(db_path: str | Path) -> Path:
    """The lock file of the database at ``db_path``."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


@contextmanager
def write_lock(db_path: str | Path, *, wait: float = 0.0,
               on_wait: Optional[Callable[[str], None]] = None) -> Iterator[None]:
    """Hold the write lock of ``db_path`` for the ``with`` block.

    When another process holds it, ``on_wait`` is told once (a sentence naming the
    holder) and the lock is retried for up to ``wait`` seconds; then
    DatabaseBusyError names the holder. DatabaseAccessError when the lock file
    cannot be created (a read-only directory or file system, no permission).
    """
    db_path = Path(db_path)
    path = lock_path(db_path)
    deadline = time.monotonic() + max(wait, 0.0)
    told = False
    while True:
        fd = _open(path, db_path)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(fd)
            os.close(fd)
            left = deadline - time.monotonic()
            if left <= 0:
                raise DatabaseBusyError(
                    f"{db_path} is being written by another ingest ({holder}); gave up after "
                    f"{wait:g} s — run again when it has finished, or give --wait SECONDS"
                ) from None
            if on_wait is not None and not told:
                on_wait(f"waiting up to {wait:g} s for {db_path}: another ingest ({holder}) "
                        "is writing it")
                told = True
            time.sleep(min(_POLL_SECONDS, left))
            continue
        if _same_file(fd, path):
            break
        # The holder removed the file as it let go, after we opened it: lock the new one.
        os.close(fd)
    try:
        _describe_self(fd)
        yield
    finally:
        if _same_file(fd, path):
            path.unlink(missing_ok=True)  # while still held, so no one locks a removed file
        os.close(fd)


def _open(path: Path, db_path: Path) -> int:
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        where = path.parent if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM) else path
        reason = {errno.EROFS: "is on a read-only file system",
                  errno.EACCES: "is not writable (permission denied)",
                  errno.EPERM: "is not writable (permission denied)"}.get(
            exc.errno, f"cannot be written ({exc.strerror})")
        raise DatabaseAccessError(f"cannot write {db_path}: {where} {reason}") from exc


def _same_file(fd: int, path: Path) -> bool:
    try:
        here, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def _describe_self(fd: int) -> None:
    """Write who holds the lock into the file, for the message of a run that waits."""
    started = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
    record = json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "started": started})
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, record.encode() + b"\n", 0)
    except OSError:
        pass  # a full disk: the lock still holds; the waiting run names no holder


def _holder(fd: int) -> str:
    try:
        record = json.loads(os.pread(fd, 4096, 0) or b"{}")
        return f"pid {int(record['pid'])} on {record['host']}, started {record['started']}"
    except (OSError, ValueError, KeyError, TypeError):
        return "a process that has not said who it is yet"
