"""The ingest loop: parallel extraction, one writer, identical results."""

import io
import json

from pipeline.export import export
from pipeline.ingest import ingest
from pipeline.synth import write_corpus


def _export(db) -> list[dict]:
    buf = io.StringIO()
    export(db, "jsonl", buf)
    records = [json.loads(line) for line in buf.getvalue().splitlines()]
    for r in records:
        r.pop("path")
    return records


def test_parallel_extraction_gives_the_same_export_as_one_process(tmp_path):
    corpus = tmp_path / "c"
    write_corpus(corpus, 40, seed=5)
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    r1 = ingest([corpus], one, curation=None, jobs=1)
    r2 = ingest([corpus], two, curation=None, jobs=2)
    assert r1.ok and r2.ok and len(r1.ingested) == len(r2.ingested) == 40
    assert _export(one) == _export(two)
    assert set(r2.stage_seconds) >= {"segments", "people", "places"}


def test_a_copy_of_an_article_in_one_run_is_skipped(tmp_path):
    text = "Ngày 5/3/2024, Đoàn công tác làm việc với Ban Thường vụ Tỉnh ủy Hà Giang.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    report = ingest([tmp_path], tmp_path / "x.db", curation=None, jobs=1)
    assert report.ok and len(report.ingested) == 1 and len(report.skipped) == 1
