"""Ingest: read files, run the stages, persist each article in its own transaction."""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from .db import models as m
from .db.engine import make_engine, make_session_factory
from .db.migrate import refuse_foreign_database, upgrade
from .db.persist import Caches, delete_document, save_document, utcnow
from .db.publish import SIDE_FILES, publish, remove_database
from .document import Document, Metadata
from .errors import MetadataError, PipelineError
from .resolve.people import DEFAULT_CURATION, ResolutionReport, resolve_people
from .resolve.people.curation import curation_sha256
from .stages import Stage, default_stages, run_stages
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
) -> IngestReport:
    """Ingest article files/directories into the database at ``db_path``.

    The schema is brought to the latest migration first. Files whose sha256
    is already stored are skipped; a changed file replaces its earlier
    version. Extraction runs in ``jobs`` worker processes (default: every
    core) while this process alone writes, each article in its own
    transaction and in input order, so the result does not depend on
    ``jobs``. A file that fails is recorded in ``ingest_errors`` and the run
    goes on (``strict`` stops at the first failure). Then, when anything
    changed (articles or the ``curation`` file), person resolution runs over
    the whole database; ``on_resolution(done, total)`` follows its progress.
    """
    upgrade(db_path)
    stages = stages if stages is not None else default_stages()
    engine = make_engine(db_path)
    factory = make_session_factory(engine)
    report: Optional[IngestReport] = None
    try:
        with factory.begin() as session:
            run = m.IngestRun(started_at=utcnow())
            session.add(run)
            session.flush()
            report = IngestReport(run_id=run.id)
        with factory() as session:
            known_shas = set(session.scalars(select(m.Document.sha256)))
            known_paths = set(session.scalars(select(m.Document.path)))
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
            if not (strict and report.failed):
                for path, result in _extract_all(todo, stages, jobs, report):
                    status = _write_one(session, path, result, report, known_shas, known_paths,
                                        caches)
                    _notify(on_file, path, status)
                    if strict and report.failed:
                        break
            sha = curation_sha256(curation)
            last_sha = session.scalar(
                select(m.IngestRun.curation_sha256).where(m.IngestRun.id < report.run_id)
                .where(m.IngestRun.status != "running")
                .order_by(m.IngestRun.id.desc()).limit(1))
            if report.ingested or sha != last_sha or _unresolved(session):
                started = time.perf_counter()
                report.resolution = resolve_people(session, curation, on_resolution)
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
    finally:
        engine.dispose()
    return report


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
    db_path.parent.mkdir(parents=True, exist_ok=True)
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
        for suffix in SIDE_FILES:
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


def _extract(item: tuple[Path, bytes], stages: list[Stage]) -> _Extracted:
    """Decode one file and run the stages over it (in a worker or in-process)."""
    path, data = item
    warning = None
    try:
        try:
            meta = read_metadata(path)
        except MetadataError as exc:
            warning = f"{path}: sidecar ignored: {exc}"
            meta = Metadata()
        seconds: dict = {}
        doc = run_stages(read_document(path, data=data, meta=meta), stages, timings=seconds)
        return _Extracted(doc, None, warning, seconds)
    except Exception as exc:  # noqa: BLE001 — any failure is this file's, never the run's
        return _Extracted(None, FileFailure(str(path), *_describe(exc)), warning, {})


_WORKER_STAGES: list[Stage] = []


def _worker_init(stages: list[Stage]) -> None:
    _WORKER_STAGES[:] = stages


def _worker_extract(item: tuple[Path, bytes]) -> _Extracted:
    return _extract(item, _WORKER_STAGES)


def _worker_extract_chunk(items: list[tuple[Path, bytes]]) -> list[_Extracted]:
    return [_extract(item, _WORKER_STAGES) for item in items]


_CHUNK = 8  # articles per task sent to a worker
_IN_FLIGHT = 16  # tasks submitted ahead of the one being written


def _extract_all(todo: list[tuple[Path, bytes]], stages: list[Stage], jobs: Optional[int],
                 report: IngestReport) -> Iterator[tuple[Path, _Extracted]]:
    """Extraction results in input order, from ``jobs`` worker processes (or in-process)."""
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or len(todo) < 2 * jobs:
        results: Iterable[_Extracted] = (_extract(item, stages) for item in todo)
    else:
        warm_up()  # loaded once here, shared with the forked workers
        results = _pooled(todo, stages, jobs)
    for (path, _), result in zip(todo, results, strict=True):
        for name, seconds in result.seconds.items():
            report.stage_seconds[name] = report.stage_seconds.get(name, 0.0) + seconds
        yield path, result


def _pooled(todo: list[tuple[Path, bytes]], stages: list[Stage], jobs: int
            ) -> Iterator[_Extracted]:
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
                                   initargs=(stages,))

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
    from .resolve.gazetteer import get_gazetteer

    get_gazetteer()
    run_stages(Document(name="warm-up.txt", text="Ngày 1/1/2024, đồng chí Nguyễn Văn A, Bí thư "
                                                    "Tỉnh ủy Hà Tĩnh, làm việc tại tỉnh Hà Tĩnh."))


def _write_one(session, path: Path, result: _Extracted, report: IngestReport, known_shas: set,
               known_paths: set, caches: Caches) -> str:
    """Persist one extracted article in its own transaction; 'ingested' or 'failed'."""
    if result.warning:
        report.warnings.append(result.warning)
    if result.error is not None:
        _record_failure(session, report, path, result.error.kind, result.error.message)
        return "failed"
    doc = result.doc
    try:
        if doc.path in known_paths:
            delete_document(session, doc.path)
        save_document(session, doc, report.run_id, caches)
        session.commit()
        session.expunge_all()  # keep the identity map (and each article's text) from piling up
    except (PipelineError, OSError, SQLAlchemyError) as exc:
        session.rollback()
        caches.clear()  # ids created in the rolled-back transaction are gone
        _record_failure(session, report, path, *_describe(exc))
        return "failed"
    known_shas.add(doc.sha256)
    known_paths.add(doc.path)
    report.ingested.append(str(path))
    return "ingested"


def _unresolved(session) -> bool:
    """True when mentions exist but resolution never ran (e.g. an interrupted run)."""
    return session.scalar(select(m.PersonMention.id).limit(1)) is not None and session.scalar(
        select(m.IngestRun.id).where(m.IngestRun.status == "done").limit(1)) is None


def _describe(exc: BaseException) -> tuple[str, str]:
    """(kind, message) of a file's failure, as recorded and printed."""
    message = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return type(exc).__name__, message


def _record_failure(session, report: IngestReport, path: Path, kind: str, message: str) -> None:
    report.failed.append(FileFailure(str(path), kind, message))
    session.add(m.IngestError(run_id=report.run_id, path=str(path), kind=kind, message=message,
                              created_at=utcnow()))
    session.commit()
