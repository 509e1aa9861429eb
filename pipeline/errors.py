"""Every error the pipeline raises on purpose derives from PipelineError."""

from __future__ import annotations


class PipelineError(Exception):
    """Base class of the pipeline's own errors."""


class InputError(PipelineError):
    """An input file cannot be read or decoded into article text."""


class EmptyInputError(InputError):
    """An input file holds no text."""


class BinaryInputError(InputError):
    """An input file holds binary data, not text."""


class DecodeError(InputError):
    """An input file's bytes are not text in any supported encoding."""


class TooLargeError(InputError):
    """An input file is larger than the configured limit."""


class NotAFileError(InputError):
    """An input path is a directory, pipe or device, not a regular file."""


class QueryError(PipelineError):
    """A query was refused (it would write) or is not valid SQL."""


class MetadataError(PipelineError):
    """A sidecar NAME.meta.json is malformed; its article is still ingested."""


class StageError(PipelineError):
    """A pipeline stage failed on a document; the message names the stage."""

    def __init__(self, stage: str, doc: str, cause: BaseException | str) -> None:
        reason = cause if isinstance(cause, str) else f"{type(cause).__name__}: {cause}"
        super().__init__(f"stage {stage!r} failed on {doc}: {reason}")
        self.stage = stage
        self.doc = doc
        self.reason = reason

    def __reduce__(self):
        # Rebuilt from text: it crosses from a worker process, its cause may not pickle.
        return (StageError, (self.stage, self.doc, self.reason))


class DatabaseError(PipelineError):
    """The database is missing, not migrated, or cannot be written."""


class DatabaseBusyError(DatabaseError):
    """Another ingest holds the database's write lock, or another program a write transaction."""


class DatabaseAccessError(DatabaseError):
    """The database, its directory or its file system is read-only or not permitted to us."""


class DiskFullError(DatabaseError):
    """The disk filled up while writing the database; the articles committed so far stay."""


class DatabaseGoneError(DatabaseError):
    """The database file was deleted or replaced while a run was writing it."""


class ExtractionTimeout(PipelineError):
    """An article's extraction ran past its time budget; only that article fails."""


class SearchError(PipelineError):
    """A full-text search query has nothing to search for or cannot be run."""
