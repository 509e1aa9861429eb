"""The ordered list of stages and the loop that runs them.

A stage is a small unit with one job: it reads the document and the results
of earlier stages (``needs``) and returns a tuple of typed records stored
under ``adds``. Stages never touch the database; persisting is separate.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from functools import cache
from typing import Any, Callable

from .document import Document
from .errors import StageError

DEFAULT_ARTICLE_TIMEOUT = 60.0  # seconds an ingest gives one article; most take milliseconds


@dataclass(frozen=True)
class Stage:
    """One step of the pipeline: ``run(doc)`` returns the records for ``adds``."""

    name: str
    needs: tuple[str, ...]
    adds: str
    run: Callable[[Document], tuple[Any, ...]]


@cache
def _default_stages() -> tuple[Stage, ...]:
    from .extract import dates, events, participants, people, places, references, teams
    from .text import segmentation

    return (
        Stage("segments", (), "segments", segmentation.find_segments),
        Stage("sentences", ("segments",), "sentences", segmentation.find_sentences),
        Stage("source", ("segments",), "source", segmentation.find_source),
        Stage("credits", ("segments",), "credits", segmentation.find_credits),
        Stage("dates", ("segments", "sentences"), "dates", dates.find_dates),
        Stage("places", ("segments", "dates"), "places", places.find_places),
        Stage("references", ("segments",), "references", references.find_references),
        Stage("people", ("segments", "credits", "places"), "people", people.find_people),
        Stage("teams", ("segments",), "teams", teams.find_teams),
        Stage("targets", ("segments", "places", "people", "teams"), "targets", teams.find_targets),
        Stage("events", ("segments", "sentences", "dates", "places", "references"), "events",
              events.find_events),
        Stage("participants", ("segments", "people", "events"), "participants",
              participants.find_participants),
    )


def default_stages() -> list[Stage]:
    """The stages in the order they run."""
    return list(_default_stages())


def run_stages(doc: Document, stages: list[Stage] | None = None,
               timings: dict[str, float] | None = None) -> Document:
    """Run ``stages`` (default: all) over ``doc`` in order; re-raise failures with the stage
    name. ``timings``, when given, accumulates the seconds each stage took."""
    for stage in stages if stages is not None else default_stages():
        missing = [n for n in stage.needs if n not in doc.results]
        if missing:
            raise StageError(stage.name, doc.name, LookupError(f"needs {missing} first"))
        started = time.perf_counter()
        try:
            doc.results[stage.adds] = tuple(stage.run(doc))
        except StageError:
            raise
        except Exception as exc:  # noqa: BLE001 - re-raised with the stage's name
            raise StageError(stage.name, doc.name, exc) from exc
        if timings is not None:
            timings[stage.name] = timings.get(stage.name, 0.0) + time.perf_counter() - started
    return doc
