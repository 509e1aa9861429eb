"""The ingest progress bar: one step per reported file, then one per block of names resolved."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from pipeline.ingest import ingest
from pipeline.progress import ingest_progress

ARTICLE = ("Ngày 3/4/2024, Đoàn công tác làm việc với Ban Thường vụ Tỉnh ủy Nghệ An. "
           "Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy Nghệ An, tiếp Đoàn.\n")


def test_disabled_progress_gives_no_callback(tmp_path):
    with ingest_progress([tmp_path], enabled=False) as on_file:
        assert on_file is None


@pytest.mark.parametrize("files", [0, 1, 3], ids=["none", "one", "three"])
def test_every_file_advances_the_bar_then_resolution_starts(tmp_path, files):
    for i in range(files):
        (tmp_path / f"a{i}.txt").write_text(ARTICLE.replace("3/4", f"{i + 1}/4"), encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"")
    console = Console(file=io.StringIO(), force_terminal=True, width=100)
    with ingest_progress([tmp_path], enabled=True, console=console) as on_file:
        assert on_file.resolving is None
        report = ingest([tmp_path], tmp_path / "p.db", curation=None, on_file=on_file, jobs=1,
                        on_resolution=on_file.resolution)
        task = on_file.progress.tasks[on_file.files]
        assert (task.completed, task.total) == (files + 1, files + 1)
        assert on_file.statuses == ({"ingested": files} if files else {}) | {"failed": 1}
        assert on_file.resolving is not None
        resolving = on_file.progress.tasks[on_file.resolving]
        if files:  # one block of names (the same person in every article), compared
            assert (resolving.completed, resolving.total) == (1, 1)
    assert len(report.ingested) == files
