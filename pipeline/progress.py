"""A progress bar for ``pipeline ingest``: articles, then person resolution (rich, on stderr).

Driven by the ``on_file`` and ``on_resolution`` callbacks of
:func:`pipeline.ingest.ingest`: one step per article, then one per block of
names compared while people are resolved.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, Optional

OnFile = Callable[[Path, str], None]


class IngestProgress:
    """Counts reported files against the total, then follows person resolution block by block."""

    def __init__(self, progress, total: int) -> None:
        self.progress = progress
        self.total = total
        self.done = 0
        self.statuses: dict[str, int] = {}
        self.files = progress.add_task("articles", total=total)
        self.resolving: Optional[int] = None
        if total == 0:
            self._start_resolution()

    def __call__(self, path: Path, status: str) -> None:
        self.done += 1
        self.statuses[status] = self.statuses.get(status, 0) + 1
        self.progress.update(self.files, advance=1,
                             description=", ".join(f"{n} {s}" for s, n in self.statuses.items()))
        if self.done >= self.total:
            self._start_resolution()

    def _start_resolution(self) -> None:
        if self.resolving is None:
            # Indeterminate until resolution reports its first block of names.
            self.resolving = self.progress.add_task("resolving people", total=None)

    def resolution(self, done: int, total: int) -> None:
        """``on_resolution`` of :func:`pipeline.ingest.ingest`: blocks of names compared."""
        self._start_resolution()
        self.progress.update(self.resolving, completed=done, total=total)


@contextmanager
def ingest_progress(paths: list[Path], *, enabled: bool,
                    console=None) -> Iterator[Optional[OnFile]]:
    """An ``on_file`` callback drawing the bar on ``console`` (stderr), or None when not enabled.

    Callers enable it only when stderr is a terminal, so scripts and logs stay quiet.
    """
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn,
                               TextColumn, TimeElapsedColumn)

    from .text.reading import iter_article_paths

    total = len(iter_article_paths(paths))  # a missing path is one file that will fail
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                  MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console or Console(stderr=True), transient=True) as progress:
        yield IngestProgress(progress, total)
