"""Ingest: read files, run the stages, persist the articles in batches of transactions."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from sqlalchemy import select, update
from sqlalchemy.exc import SQLAlchemyError

from .db import models as m
from .db.engine import make_engine, make_session_factory
from .db.failures import check_same_file, database_failure, file_identity, is_fatal
from .db.lock import DEFAULT_WAIT, LOCK_SUFFIX, write_lock
from .db.migrate import refuse_foreign_database, upgrade
from .db.persist import Caches, delete_document, save_document, utcnow
from .db.publish import SIDE_FILES, publish, remove_database
from .document import Document, Metadata
from .errors import DatabaseGoneError, ExtractionTimeout, MetadataError, PipelineError, StageError
from .resolve.people import DEFAULT_CURATION, ResolutionReport, mention_blocks, resolve_people
from .resolve.teams import TeamReport, resolve_teams
from .resolve.people.curation import curation_sha256
from .stages import DEFAULT_ARTICLE_TIMEOUT, Stage, default_stages, run_stages
from .text.reading import iter_article_paths, read_bytes, read_document, read_metadata, sha256_of


@dataclass
class FileFailure:
    """One file that could not be ingested."""

    path: str
    kind: str
    message: str


@dataclass
class IngestReport:
    """What one ingest run did."""

    run_id: int
    ingested: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[FileFailure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    resolution: Optional[ResolutionReport] = None
    teams: Optional[TeamReport] = None
    stage_seconds: dict[str, float] = field(default_factory=dict)  # summed over articles
    resolution_seconds: float = 0.0
    published: Optional[bool] = None  # rebuild only: whether the target was replaced

    @property
    def ok(self) -> bool:
        return not self.failed


def ingest(
    paths: list[Path],
    db_path: Path,
    *,
    stages: Optional[list[Stage]] = None,
    strict: bool = False,
    on_file: Optional[Callable[[Path, str], None]] = None,
    curation: Optional[Path] = DEFAULT_CURATION,
    jobs: Optional[int] = None,
    on_resolution: Optional[Callable[[int, int], None]] = None,
    wait: float = DEFAULT_WAIT,
    on_wait: Optional[Callable[[str], None]] = None,
    article_timeout: Optional[float] = DEFAULT_ARTICLE_TIMEOUT,
) -> IngestReport:
    """Ingest article files/directories into the database at ``db_path``.

    The schema is brought to the latest migration first. Files whose sha256
    is already stored are skipped; a changed file replaces its earlier
    version. Extraction runs in ``jobs`` worker processes (default: every
    core) while this process alone writes, in input order and in batches of
    transactions (see :class:`_Writer`), so the result does not depend on
    ``jobs``. A file that fails is recorded in ``ingest_errors`` and the run
    goes on (``strict`` stops at the first failure). Then, when anything
    changed (articles or the ``curation`` file), person resolution runs over
    the whole database; ``on_resolution(done, total)`` follows its progress.

    The run holds the database's write lock throughout (see ``db/lock.py``):
    when another ingest holds it, ``on_wait`` is told and the run waits up to
    ``wait`` seconds, then raises DatabaseBusyError. Runs left ``running`` by
    a process that died are marked ``interrupted``. An article whose
    extraction takes longer than ``article_timeout`` seconds fails alone
    (``ExtractionTimeout``). A failure of the database itself (disk full,
    read-only, locked by another program, deleted) stops the run with one
    DatabaseError; the articles committed before it stay.
    """
    db_path = Path(db_path)
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise database_failure(exc, db_path, 0) from exc
    with write_lock(db_path, wait=wait, on_wait=on_wait):
        refuse_foreign_database(db_path)
        return _ingest_locked(paths, db_path, stages=stages, strict=strict, on_file=on_file,
                              curation=curation, jobs=jobs, on_resolution=on_resolution,
                              article_timeout=article_timeout, wait=wait)


def _ingest_locked(paths, db_path: Path, *, stages, strict, on_file, curation, jobs,
                   on_resolution, article_timeout, wait) -> IngestReport:
    upgrade(db_path)
    identity = file_identity(db_path)
    stages = stages if stages is not None else default_stages()
    # Another program's write transaction is waited for as long as another ingest would be:
    # a few seconds at least (a checkpoint), 30 s at most (each statement waits anew).
    engine = make_engine(db_path, busy_timeout=min(max(wait, 5.0), 30.0))
    factory = make_session_factory(engine)
    report: Optional[IngestReport] = None
    try:
        with factory.begin() as session:
            # We hold the lock, so a run still marked running is one whose process died.
            session.execute(update(m.IngestRun).where(m.IngestRun.status == "running")
                            .values(status="interrupted"))
            run = m.IngestRun(started_at=utcnow())
            session.add(run)
            session.flush()
            report = IngestReport(run_id=run.id)
        with factory() as session:
            known_shas = set(session.scalars(select(m.Document.sha256)))
            known_paths = set(session.scalars(select(m.Document.path)))
            # Asked before this run writes: its own new rows are not resolved yet either.
            unresolved = _unresolved(session)
            caches = Caches.for_session(session)
            files = iter_article_paths(paths)
            todo = []
            queued: set[str] = set()
            for path in files:
                try:
                    data = read_bytes(path)
                except (PipelineError, OSError) as exc:
                    _record_failure(session, report, path, *_describe(exc))
                    _notify(on_file, path, "failed")
                    if strict:
                        break
                    continue
                sha = sha256_of(data)
                if sha in known_shas or sha in queued:  # unchanged, or a copy of one queued
                    report.skipped.append(str(path))
                    _notify(on_file, path, "skipped")
                    continue
                queued.add(sha)
                todo.append((path, data))
            writer = _Writer(session, report, known_shas, known_paths, caches)
            if not (strict and report.failed):
                for path, result in _extract_all(todo, stages, jobs, report, article_timeout):
                    check_same_file(db_path, identity)
                    status = writer.write(path, result)
                    _notify(on_file, path, status)
                    if strict and report.failed:
                        break
                writer.commit()
            sha = curation_sha256(curation)
            last_sha = session.scalar(
                select(m.IngestRun.curation_sha256).where(m.IngestRun.id < report.run_id)
                .where(m.IngestRun.status != "running")
                .order_by(m.IngestRun.id.desc()).limit(1))
            check_same_file(db_path, identity)
            full = sha != last_sha or unresolved
            if report.ingested or full:
                started = time.perf_counter()
                # Articles changed and nothing else: only the blocks they touch are redone.
                report.resolution = resolve_people(
                    session, curation, on_resolution,
                    touched_blocks=None if full else writer.touched)
                report.teams = resolve_teams(session)
                session.commit()
                report.resolution_seconds = time.perf_counter() - started
            finished = session.get(m.IngestRun, report.run_id)
            finished.curation_sha256 = sha
            finished.finished_at = utcnow()
            finished.files_seen = len(files)
            finished.ingested = len(report.ingested)
            finished.skipped = len(report.skipped)
            finished.failed = len(report.failed)
            finished.status = "done" if report.ok else "failed"
            session.commit()
    except KeyboardInterrupt:
        if report is not None:
            _mark_interrupted(factory, report.run_id)
        raise
    except DatabaseGoneError:
        engine.dispose()
        if not db_path.exists():  # its WAL would be replayed onto the next file of that name
            for suffix in SIDE_FILES:
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        raise  # nothing left to mark
    except SQLAlchemyError as exc:
        if not is_fatal(exc):
            raise
        failure = database_failure(exc, db_path, len(report.ingested) if report else 0)
        if report is not None:
            _mark_failed(factory, report)
        raise failure from exc
    finally:
        engine.dispose()
    return report


def _mark_failed(factory, report: IngestReport) -> None:
    """Say in ``ingest_runs`` that a run stopped on a database failure, if it can be written.

    When it cannot (the disk is still full), the row stays ``running`` and the next run,
    which holds the lock, marks it ``interrupted``.
    """
    try:
        with factory.begin() as session:
            run = session.get(m.IngestRun, report.run_id)
            run.status = "failed"
            run.finished_at = utcnow()
            run.ingested = len(report.ingested)
            run.skipped = len(report.skipped)
            run.failed = len(report.failed)
    except SQLAlchemyError:
        pass


def _mark_interrupted(factory, run_id: int) -> None:
    """Say in ``ingest_runs`` that a run was stopped (Ctrl-C); what it committed stays."""
    try:
        with factory.begin() as session:
            session.get(m.IngestRun, run_id).status = "interrupted"
    except SQLAlchemyError:
        pass  # the database may be busy or gone; the articles already written are intact


def rebuild(paths: list[Path], db_path: Path, **options) -> IngestReport:
    """Build a new database from ``paths`` and replace ``db_path`` with it only if every file went in.

    The build happens in a temporary file beside ``db_path``; a crash, a
    Ctrl-C or a file that fails leaves ``db_path`` as it was (``published``
    tells). ``options`` are those of :func:`ingest`.
    """
    db_path = Path(db_path)
    refuse_foreign_database(db_path)  # a rebuild must not overwrite someone else's file
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise database_failure(exc, db_path, 0) from exc
    # The target's lock for the whole build: an ingest into it meanwhile would be lost.
    with write_lock(db_path, wait=options.pop("wait", DEFAULT_WAIT),
                    on_wait=options.pop("on_wait", None)):
        _remove_abandoned_builds(db_path)
        build = db_path.with_name(f".{db_path.name}.build-{os.getpid()}")
        remove_database(build)
        try:
            report = ingest(paths, build, **options)
            report.published = report.ok
            if report.ok:
                publish(build, db_path)
        finally:
            remove_database(build)
    return report


def _remove_abandoned_builds(db_path: Path) -> None:
    """Delete temporary builds left by a killed rebuild (their process is gone)."""
    for leftover in db_path.parent.glob(f".{db_path.name}.build-*"):
        name = leftover.name
        for suffix in SIDE_FILES + (LOCK_SUFFIX,):
            name = name.removesuffix(suffix)
        pid = name.rsplit("-", 1)[-1]
        if pid.isdigit() and not _process_alive(int(pid)):
            leftover.unlink(missing_ok=True)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _notify(on_file, path: Path, status: str) -> None:
    if on_file:
        on_file(path, status)


@dataclass(frozen=True)
class _Extracted:
    """What extraction of one file gave: a document, or the error, plus stage timings."""

    doc: Optional[Document]
    error: Optional[FileFailure]  # plain text: it crosses from a worker process
    warning: Optional[str]
    seconds: dict


def _extract(item: tuple[Path, bytes], stages: list[Stage],
             timeout: Optional[float] = None) -> _Extracted:
    """Decode one file and run the stages over it (in a worker or in-process)."""
    path, data = item
    warning = None
    try:
        with _time_budget(timeout):
            try:
                meta = read_metadata(path)
            except MetadataError as exc:
                warning = f"{path}: sidecar ignored: {exc}"
                meta = Metadata()
            seconds: dict = {}
            doc = run_stages(read_document(path, data=data, meta=meta), stages, timings=seconds)
        return _Extracted(doc, None, warning, seconds)
    except StageError as exc:
        if isinstance(exc.__cause__, ExtractionTimeout):
            return _Extracted(None, FileFailure(str(path), "ExtractionTimeout",
                                                f"{exc.__cause__} (in stage {exc.stage!r})"),
                              warning, {})
        return _Extracted(None, FileFailure(str(path), *_describe(exc)), warning, {})
    except Exception as exc:  # noqa: BLE001 — any failure is this file's, never the run's
        return _Extracted(None, FileFailure(str(path), *_describe(exc)), warning, {})


@contextmanager
def _time_budget(seconds: Optional[float]) -> Iterator[None]:
    """Raise ExtractionTimeout in the block once it has run ``seconds`` (a SIGALRM timer).

    Signals reach only the main thread; elsewhere (an ingest called from a thread) the
    block runs without a budget.
    """
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(_signum, _frame):
        raise ExtractionTimeout(f"extraction took longer than {seconds:g} s, the article's "
                                "time budget (--article-timeout)")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


_WORKER_STAGES: list[Stage] = []
_WORKER_TIMEOUT: list[Optional[float]] = [None]


def _worker_init(stages: list[Stage], timeout: Optional[float] = None) -> None:
    _WORKER_STAGES[:] = stages
    _WORKER_TIMEOUT[0] = timeout


def _worker_extract(item: tuple[Path, bytes]) -> _Extracted:
    return _extract(item, _WORKER_STAGES, _WORKER_TIMEOUT[0])


def _worker_extract_chunk(items: list[tuple[Path, bytes]]) -> list[_Extracted]:
    return [_extract(item, _WORKER_STAGES, _WORKER_TIMEOUT[0]) for item in items]


_CHUNK = 8  # articles per task sent to a worker
_IN_FLIGHT = 16  # tasks submitted ahead of the one being written


def _extract_all(todo: list[tuple[Path, bytes]], stages: list[Stage], jobs: Optional[int],
                 report: IngestReport, timeout: Optional[float] = None
                 ) -> Iterator[tuple[Path, _Extracted]]:
    """Extraction results in input order, from ``jobs`` worker processes (or in-process)."""
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or len(todo) < 2 * jobs:
        if timeout and todo:
            warm_up()  # loading the gazetteer and models is not the first article's time
        results: Iterable[_Extracted] = (_extract(item, stages, timeout) for item in todo)
    else:
        warm_up()  # loaded once here, shared with the forked workers
        results = _pooled(todo, stages, jobs, timeout)
    for (path, _), result in zip(todo, results, strict=True):
        for name, seconds in result.seconds.items():
            report.stage_seconds[name] = report.stage_seconds.get(name, 0.0) + seconds
        yield path, result


def _pooled(todo: list[tuple[Path, bytes]], stages: list[Stage], jobs: int,
            timeout: Optional[float] = None) -> Iterator[_Extracted]:
    """Results in input order from ``jobs`` worker processes.

    A worker that dies (killed, out of memory) breaks the pool; the articles it
    and its siblings held are then run again one by one, each in a process of
    its own, so only the article that kills a process fails and the rest go on.
    """
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")

    def executor(workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, mp_context=context, initializer=_worker_init,
                                   initargs=(stages, timeout))

    chunks = deque(todo[i:i + _CHUNK] for i in range(0, len(todo), _CHUNK))
    pool = executor(jobs)
    pending: deque = deque()
    try:
        while chunks or pending:
            while chunks and len(pending) < _IN_FLIGHT:
                chunk = chunks.popleft()
                pending.append((chunk, pool.submit(_worker_extract_chunk, chunk)))
            chunk, future = pending.popleft()
            try:
                yield from future.result()
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                redo = [chunk] + [c for c, _ in pending]
                pending.clear()
                for item in (item for c in redo for item in c):
                    yield _alone(executor, item)
                pool = executor(jobs)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _alone(executor, item: tuple[Path, bytes]) -> _Extracted:
    """Extract one article in a process of its own; its death fails only this article."""
    from concurrent.futures.process import BrokenProcessPool

    single = executor(1)
    try:
        return single.submit(_worker_extract, item).result()
    except BrokenProcessPool:
        return _Extracted(None, FileFailure(str(item[0]), "WorkerDied",
                                            "the extraction process died on this file (killed, "
                                            "or out of memory)"), None, {})
    finally:
        single.shutdown(wait=True)


def warm_up() -> None:
    """Load the gazetteer, lexicons and models the stages use, once."""
    from .link.gazetteer import get_gazetteer

    get_gazetteer()
    run_stages(Document(name="warm-up.txt", text="Ngày 1/1/2024, đồng chí Nguyễn Văn A, Bí thư "
                                                    "Tỉnh ủy Hà Tĩnh, làm việc tại tỉnh Hà Tĩnh."))


class _Writer:
    """Persists extracted articles, committing them in batches.

    One commit per article wrote the same index pages again for every article; a batch
    shares them. Batches double from one article up to :data:`_BATCH_MOST`, so a short run,
    or a disk that fills early, still has its first articles committed. An article that
    fails to be written rolls back the uncommitted batch; the batch's other articles are
    then written again, so only that article is lost. ``report.ingested`` lists committed
    articles only.
    """

    def __init__(self, session, report: IngestReport, known_shas: set, known_paths: set,
                 caches: Caches) -> None:
        self.session, self.report, self.caches = session, report, caches
        self.known_shas, self.known_paths = known_shas, known_paths
        self.pending: list[tuple[Path, Document]] = []
        self.batch = 1
        self.touched: set[str] = set()  # resolver blocks of the mentions replaced articles had

    def write(self, path: Path, result: _Extracted) -> str:
        """Persist one extracted article; 'ingested' or 'failed'."""
        if result.warning:
            self.report.warnings.append(result.warning)
        if result.error is not None:
            self._fail(path, result.error.kind, result.error.message)
            return "failed"
        status = self._add(path, result.doc)
        if len(self.pending) >= self.batch:
            self.commit()
            self.batch = min(2 * self.batch, _BATCH_MOST)
        return status

    def commit(self) -> None:
        """Commit the articles written since the last commit."""
        self.session.commit()
        for path, doc in self.pending:
            self.known_shas.add(doc.sha256)
            self.known_paths.add(doc.path)
            self.report.ingested.append(str(path))
        self.pending.clear()

    def _add(self, path: Path, doc: Document) -> str:
        try:
            if doc.path in self.known_paths:
                old = self.session.scalar(select(m.Document.id).where(m.Document.path == doc.path))
                if old is not None:
                    self.touched |= mention_blocks(self.session, old)
                delete_document(self.session, doc.path)
            save_document(self.session, doc, self.report.run_id, self.caches)
            self.session.flush()
            self.session.expunge_all()  # keep the identity map (and texts) from piling up
        except (PipelineError, OSError, SQLAlchemyError) as exc:
            self.session.rollback()
            self.caches.clear()  # ids created in the rolled-back transaction are gone
            if isinstance(exc, SQLAlchemyError) and is_fatal(exc):
                raise  # the database itself failed: every later article would too
            redo, self.pending = self.pending, []
            for other_path, other in redo:
                self._add(other_path, other)
            self._fail(path, *_describe(exc))
            return "failed"
        self.pending.append((path, doc))
        return "ingested"

    def _fail(self, path: Path, kind: str, message: str) -> None:
        _record_failure(self.session, self.report, path, kind, message, commit=False)
        self.commit()


_BATCH_MOST = 32  # articles per commit, at most


def _unresolved(session) -> bool:
    """True when mentions exist but resolution never ran (e.g. an interrupted run), or teams
    have no team across articles yet (a database made before teams were resolved)."""
    never = session.scalar(select(m.PersonMention.id).limit(1)) is not None and session.scalar(
        select(m.IngestRun.id).where(m.IngestRun.status == "done").limit(1)) is None
    return never or session.scalar(
        select(m.InspectionTeam.id).where(m.InspectionTeam.identity_id.is_(None)).limit(1)
    ) is not None


def _describe(exc: BaseException) -> tuple[str, str]:
    """(kind, message) of a file's failure, as recorded and printed."""
    from sqlalchemy.exc import DBAPIError

    if isinstance(exc, DBAPIError):  # the driver's message, without the SQL and parameters
        exc = exc.orig
    message = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return type(exc).__name__, message


def _record_failure(session, report: IngestReport, path: Path, kind: str, message: str,
                    *, commit: bool = True) -> None:
    report.failed.append(FileFailure(str(path), kind, message))
    session.add(m.IngestError(run_id=report.run_id, path=str(path), kind=kind, message=message,
                              created_at=utcnow()))
    if commit:
        session.commit()
