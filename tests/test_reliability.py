"""Runs that meet another writer, a full disk, a read-only or vanished file: real processes on
real files, and every failure told in one line."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from pipeline.db.lock import lock_path
from pipeline.synth import write_corpus

ROOT = Path(__file__).resolve().parents[1]
PIPELINE = [sys.executable, "-m", "pipeline.cli"]
IS_ROOT = os.geteuid() == 0


@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    """Two corpora of 120 generated articles each (different seeds, so different texts)."""
    root = tmp_path_factory.mktemp("corpora")
    write_corpus(root / "a", 120, seed=21)
    write_corpus(root / "b", 120, seed=22)
    return root / "a", root / "b"


def _start(*args, prefix=()) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([*prefix, *PIPELINE, "ingest", *map(str, args), "--jobs", "1",
                             "--curation", "none.toml"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            cwd=ROOT)


def _run(*args, prefix=()) -> subprocess.CompletedProcess:
    proc = _start(*args, prefix=prefix)
    out, err = proc.communicate(timeout=600)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def _wait_for(predicate, proc, timeout=120.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert proc.poll() is None, f"ingest ended early: {proc.communicate()}"
        assert time.monotonic() < deadline, "ingest made no progress"
        time.sleep(0.02)


def _holds_lock(db: Path, proc: subprocess.Popen) -> bool:
    try:
        return json.loads(lock_path(db).read_text())["pid"] == proc.pid
    except (OSError, ValueError, KeyError):
        return False


def _count(db: Path) -> int:
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def _rows(db: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute(sql).fetchall()


def _assert_clean(stderr: str) -> None:
    """No traceback, no SQL: what a user reads."""
    assert "Traceback" not in stderr and "INSERT" not in stderr and "[SQL" not in stderr, stderr


def _error_line(result) -> str:
    lines = result.stderr.splitlines()
    assert result.returncode == 1 and len(lines) == 1 and lines[0].startswith("error: "), \
        (result.returncode, result.stderr)
    return lines[0]


# --- two writers ------------------------------------------------------------------------


@pytest.mark.parametrize("existing", [False, True], ids=["new-db", "existing-db"])
def test_a_second_ingest_waits_for_the_first_and_both_complete(tmp_path, corpora, existing):
    a, b = corpora
    db = tmp_path / "x.db"
    if existing:
        assert _run(ROOT / "seeds", "--db", db).returncode == 0
    first = _start(a, "--db", db)
    _wait_for(lambda: _holds_lock(db, first), first)  # it holds the lock: creating, migrating
    second = _start(b, "--db", db)
    out1, err1 = first.communicate(timeout=600)
    out2, err2 = second.communicate(timeout=600)
    assert first.returncode == 0 and second.returncode == 0, (err1, err2)
    waiting, summary = err2.splitlines()
    assert waiting.startswith(f"waiting up to 300 s for {db}: another ingest (pid {first.pid} ")
    assert summary == "ingested 120, skipped 0 unchanged, failed 0"
    _assert_clean(err1 + err2)
    assert _count(db) == 240 + (2 if existing else 0)
    assert [s for (s,) in _rows(db, "SELECT status FROM ingest_runs")] == \
        ["done"] * (3 if existing else 2)
    assert _rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert not lock_path(db).exists()  # each run removes its lock file as it lets go


def test_two_ingests_started_at_once_on_a_new_database_both_complete(tmp_path, corpora):
    a, b = corpora
    db = tmp_path / "x.db"
    procs = [_start(a, "--db", db), _start(b, "--db", db)]  # race to create and migrate it
    results = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    _assert_clean("".join(err for _, err in results))
    assert _count(db) == 240


def test_with_wait_0_the_second_ingest_names_the_holder_in_one_line(tmp_path, corpora):
    a, b = corpora
    db = tmp_path / "x.db"
    first = _start(a, "--db", db)
    _wait_for(lambda: _holds_lock(db, first) and _count(db) >= 1, first)
    second = _run(b, "--db", db, "--wait", "0")
    line = _error_line(second)
    assert f"{db} is being written by another ingest (pid {first.pid} on " in line
    assert "started " in line and "--wait SECONDS" in line
    first.communicate(timeout=600)
    assert first.returncode == 0
    again = _run(b, "--db", db, "--wait", "0")  # the rerun of what failed
    assert again.returncode == 0, again.stderr
    assert _count(db) == 240


def test_a_killed_ingest_leaves_no_stale_lock_and_is_marked_interrupted(tmp_path, corpora):
    a, b = corpora
    db = tmp_path / "x.db"
    first = _start(a, "--db", db)
    _wait_for(lambda: _count(db) >= 5, first)
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=60)
    assert lock_path(db).exists()  # the file stays, but the kernel released its lock
    result = _run(b, "--db", db, "--wait", "0")
    assert result.returncode == 0, result.stderr
    assert [s for (s,) in _rows(db, "SELECT status FROM ingest_runs ORDER BY id")] == \
        ["interrupted", "done"]


def test_a_program_holding_a_write_transaction_is_one_line(tmp_path, corpora):
    a, b = corpora
    db = tmp_path / "x.db"
    assert _run(ROOT / "seeds", "--db", db).returncode == 0
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys, time\n"
         f"c = sqlite3.connect({str(db)!r}, isolation_level=None)\n"
         "c.execute('BEGIN IMMEDIATE'); print('locked', flush=True); time.sleep(120)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "locked\n"
        line = _error_line(_run(a, "--db", db, "--wait", "0"))
    finally:
        holder.kill()
        holder.wait()
    assert line == (f"error: {db} is locked by another program (it holds a write transaction); "
                    "close that program and run again")
    assert _rows(db, "SELECT status FROM ingest_runs ORDER BY id")[-1] != ("running",)


def test_debug_shows_the_traceback_behind_the_line(tmp_path, corpora):
    a, b = corpora
    db = tmp_path / "x.db"
    first = _start(a, "--db", db)
    _wait_for(lambda: _holds_lock(db, first), first)
    result = _run(b, "--db", db, "--wait", "0", "--debug")
    first.kill()
    first.wait()
    assert result.returncode == 1
    assert "Traceback" in result.stderr and "DatabaseBusyError" in result.stderr
    assert result.stderr.splitlines()[-1].startswith("error: ")


# --- the file system --------------------------------------------------------------------


def _mount_tmpfs(where: Path, size: str) -> bool:
    where.mkdir(parents=True, exist_ok=True)
    if not IS_ROOT or shutil.which("mount") is None:
        return False
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True).returncode == 0


@contextmanager
def _small_disk(where: Path):
    """A 3 MB file system at ``where`` (tmpfs; needs root), or None when none can be mounted."""
    mounted = _mount_tmpfs(where, "3m")
    try:
        yield mounted
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(where)], check=False)


def test_a_full_disk_stops_the_run_in_one_line_and_a_rerun_completes(tmp_path, corpora,
                                                                     monkeypatch):
    a, _ = corpora
    disk = tmp_path / "disk"
    with _small_disk(disk) as mounted:
        db = disk / "x.db"
        if mounted:
            result = _run(a, "--db", db)
        else:  # no tmpfs: SQLite's own size limit fills the file in this process instead
            result = _fill_with_page_limit(a, db, monkeypatch)
        line = _error_line(result)
        assert len(result.stderr.splitlines()) <= 5
        committed = _count(db)
        assert 0 < committed < 120
        assert line == (f"error: disk full writing {db} after {committed} articles; those "
                        f"{committed} are committed — free space and run again")
        assert _rows(db, "PRAGMA integrity_check") == [("ok",)]
        assert ("running",) not in _rows(db, "SELECT status FROM ingest_runs")
        if mounted:  # free space, run again: every article is there
            subprocess.run(["mount", "-o", "remount,size=64m", str(disk)], check=True)
            again = _run(a, "--db", db)
            assert again.returncode == 0, again.stderr
            assert _count(db) == 120
            assert [s for (s,) in _rows(db, "SELECT status FROM ingest_runs")][-1] == "done"


def _fill_with_page_limit(corpus: Path, db: Path, monkeypatch):
    from typer.testing import CliRunner

    from pipeline.cli import app
    from pipeline.db import engine

    pragmas = engine._pragmas

    def limited(read_only, busy_timeout):
        inner = pragmas(read_only, busy_timeout)

        def on_connect(dbapi_connection, record):
            inner(dbapi_connection, record)
            dbapi_connection.execute("PRAGMA max_page_count=400")

        return on_connect

    monkeypatch.setattr(engine, "_pragmas", limited)
    result = CliRunner().invoke(app, ["ingest", str(corpus), "--db", str(db), "--jobs", "1"])
    return subprocess.CompletedProcess([], result.exit_code, result.stdout, result.stderr)


@pytest.mark.skipif(not IS_ROOT, reason="mounting a read-only file system needs root")
def test_a_read_only_directory_is_one_line(tmp_path):
    disk = tmp_path / "disk"
    if not _mount_tmpfs(disk, "16m"):
        pytest.skip("tmpfs cannot be mounted here")
    try:
        db = disk / "x.db"
        assert _run(ROOT / "seeds", "--db", db).returncode == 0
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        for target in (db, disk / "new.db"):
            line = _error_line(_run(ROOT / "seeds", "--db", target))
            assert line == f"error: cannot write {target}: {disk} is on a read-only file system"
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def test_a_read_only_database_file_is_one_line(tmp_path, corpora):
    db = tmp_path / "x.db"
    assert _run(ROOT / "seeds", "--db", db).returncode == 0
    with _read_only(db):
        line = _error_line(_run(corpora[0], "--db", db))
    assert line == f"error: cannot write {db}: the file or its file system is read-only"
    assert _count(db) == 2


@contextmanager
def _read_only(path: Path):
    """``path`` read-only even for root: a read-only bind mount of the file over itself."""
    if not IS_ROOT:
        path.chmod(0o444)
        try:
            yield
        finally:
            path.chmod(0o644)
        return
    if subprocess.run(["mount", "--bind", str(path), str(path)]).returncode != 0:
        pytest.skip("bind mounts are not allowed here")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(path)], check=True)
        yield
    finally:
        subprocess.run(["umount", str(path)], check=False)


def _without_file_permission_override() -> tuple[str, ...]:
    """A prefix that runs the command subject to file permissions, even as root."""
    if not IS_ROOT:
        return ()
    if shutil.which("setpriv") is None:
        pytest.skip("root ignores file permissions and setpriv is missing")
    return ("setpriv", "--bounding-set", "-dac_override,-dac_read_search")


@pytest.mark.parametrize("what", ["file", "directory"])
def test_no_permission_on_the_database_or_its_directory_is_one_line(tmp_path, corpora, what):
    prefix = _without_file_permission_override()
    home = tmp_path / "home"
    home.mkdir()
    db = home / "x.db"
    assert _run(ROOT / "seeds", "--db", db).returncode == 0
    target, mode = (db, 0o000) if what == "file" else (home, 0o555)
    target.chmod(mode)
    try:
        line = _error_line(_run(corpora[0], "--db", db, prefix=prefix))
    finally:
        target.chmod(0o644 if what == "file" else 0o755)
    assert line == (f"error: cannot open {db} for writing: permission denied on the file"
                    if what == "file" else
                    f"error: cannot write {db}: {home} is not writable (permission denied)")


def test_a_database_deleted_during_a_run_is_one_line_and_a_rerun_rebuilds_it(tmp_path, corpora):
    a, _ = corpora
    db = tmp_path / "x.db"
    proc = _start(a, "--db", db)
    _wait_for(lambda: _count(db) >= 5, proc)
    db.unlink()
    out, err = proc.communicate(timeout=600)
    result = subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
    assert _error_line(result) == (f"error: {db} was deleted or replaced while this ingest was "
                                   "writing it; run again to write it anew")
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no WAL left to replay
    again = _run(a, "--db", db)
    assert again.returncode == 0, again.stderr
    assert _count(db) == 120


# --- an article that takes too long -----------------------------------------------------


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_article_past_its_time_budget_fails_alone_and_the_run_goes_on(tmp_path, jobs):
    from pipeline.ingest import ingest
    from pipeline.stages import Stage, default_stages

    def stalls_on_one_article(doc):
        if "Cao Bằng" in doc.text:
            for _ in range(600):  # 30 s: far past the budget; without one it would go in
                time.sleep(0.05)
        return ()

    stages = [*default_stages(), Stage("slow", ("segments",), "slow", stalls_on_one_article)]
    provinces = ["Hà Giang", "Cao Bằng", "Lào Cai", "Yên Bái", "Sơn La", "Lai Châu"]
    for i, province in enumerate(provinces):
        (tmp_path / f"a{i}.txt").write_text(
            f"Ngày {i + 1}/3/2024, Đoàn công tác làm việc với Ban Thường vụ Tỉnh ủy {province}.\n",
            encoding="utf-8")
    report = ingest([tmp_path], tmp_path / "x.db", stages=stages, curation=None, jobs=jobs,
                    article_timeout=1)
    assert [(Path(f.path).name, f.kind, f.message) for f in report.failed] == [
        ("a1.txt", "ExtractionTimeout", "extraction took longer than 1 s, the article's time "
                                        "budget (--article-timeout) (in stage 'slow')")]
    assert len(report.ingested) == 5
