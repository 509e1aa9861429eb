"""Ingest: read files, run the stages, persist each article in its own transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from sqlalchemy import select

from .db import models as m
from .db.engine import make_engine, make_session_factory
from .db.migrate import upgrade
from .db.persist import Caches, delete_document, save_document, utcnow
from .document import Metadata
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
) -> IngestReport:
    """Ingest article files/directories into the database at ``db_path``.

    The schema is brought to the latest migration first. Files whose sha256
    is already stored are skipped; a changed file replaces its earlier
    version. A file that fails is recorded in ``ingest_errors`` and the run
    goes on (``strict`` stops at the first failure). Then, when anything
    changed (articles or the ``curation`` file), person resolution runs over
    the whole database.
    """
    upgrade(db_path)
    stages = stages if stages is not None else default_stages()
    engine = make_engine(db_path)
    factory = make_session_factory(engine)
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
            for path in files:
                status = _ingest_one(session, path, stages, report, known_shas, known_paths,
                                     caches)
                if on_file:
                    on_file(path, status)
                if strict and report.failed:
                    break
            sha = curation_sha256(curation)
            last_sha = session.scalar(
                select(m.IngestRun.curation_sha256).where(m.IngestRun.id < report.run_id)
                .where(m.IngestRun.status != "running")
                .order_by(m.IngestRun.id.desc()).limit(1))
            if report.ingested or sha != last_sha or _unresolved(session):
                report.resolution = resolve_people(session, curation)
                session.commit()
            finished = session.get(m.IngestRun, report.run_id)
            finished.curation_sha256 = sha
            finished.finished_at = utcnow()
            finished.files_seen = len(files)
            finished.ingested = len(report.ingested)
            finished.skipped = len(report.skipped)
            finished.failed = len(report.failed)
            finished.status = "done" if report.ok else "failed"
            session.commit()
    finally:
        engine.dispose()
    return report


def _unresolved(session) -> bool:
    """True when mentions exist but resolution never ran (e.g. an interrupted run)."""
    return session.scalar(select(m.PersonMention.id).limit(1)) is not None and session.scalar(
        select(m.IngestRun.id).where(m.IngestRun.status == "done").limit(1)) is None


def _ingest_one(session, path: Path, stages, report: IngestReport, known_shas: set,
                known_paths: set, caches: Caches) -> str:
    """Ingest one file; return 'ingested', 'skipped' or 'failed'."""
    try:
        data = read_bytes(path)
        sha = sha256_of(data)
        if sha in known_shas:
            report.skipped.append(str(path))
            return "skipped"
        try:
            meta = read_metadata(path)
        except MetadataError as exc:
            report.warnings.append(f"{path}: sidecar ignored: {exc}")
            meta = Metadata()
        doc = run_stages(read_document(path, data=data, meta=meta), stages)
        resolved = doc.path
        if resolved in known_paths:
            delete_document(session, resolved)
        save_document(session, doc, report.run_id, caches)
        session.commit()
        session.expunge_all()  # keep the identity map (and each article's text) from piling up
    except (PipelineError, OSError) as exc:
        session.rollback()
        caches.clear()  # ids created in the rolled-back transaction are gone
        _record_failure(session, report, path, exc)
        return "failed"
    known_shas.add(sha)
    known_paths.add(resolved)
    report.ingested.append(str(path))
    return "ingested"


def _record_failure(session, report: IngestReport, path: Path, exc: BaseException) -> None:
    kind = type(exc).__name__
    message = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    report.failed.append(FileFailure(str(path), kind, message))
    session.add(m.IngestError(run_id=report.run_id, path=str(path), kind=kind, message=message,
                              created_at=utcnow()))
    session.commit()
