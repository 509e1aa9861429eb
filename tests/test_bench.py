"""The benchmark runs end to end on a tiny corpus and reports every figure (speed is never
asserted: timings belong in ``make bench``, not in a test that a noisy machine can fail)."""

from __future__ import annotations

import json
import numbers

from pipeline.bench import main, run_benchmark

REQUIRED = ("articles", "articles_per_second", "seconds_total", "seconds_per_stage",
            "peak_rss_mb", "reingest_unchanged_seconds", "ingest_100_changed_seconds",
            "ner_baseline_speed_ratio", "identity_f1", "identity_precision", "jobs",
            "identity_recall", "extraction_overall", "slowest_stage", "machine")


def _positive(value) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool) and value > 0


def test_run_benchmark_reports_every_figure(tmp_path):
    r = run_benchmark(n=30, jobs=1, workdir=tmp_path, sample=5, pathological_kb=(1, 2, 8))
    assert set(REQUIRED) <= r.keys()
    assert r["articles"] == 30 and r["jobs"] == 1 and r["failed"] == 0
    for key in ("articles_per_second", "seconds_total", "peak_rss_mb",
                "reingest_unchanged_seconds", "ingest_100_changed_seconds",
                "ner_baseline_speed_ratio"):
        assert _positive(r[key]), (key, r[key])
    assert isinstance(r["seconds_per_stage"], dict)
    assert all(_positive(v) or v == 0 for v in r["seconds_per_stage"].values())
    if r["seconds_per_stage"]:
        assert r["slowest_stage"] in r["seconds_per_stage"]
    for key in ("identity_precision", "identity_recall", "identity_f1", "extraction_overall"):
        assert 0.0 <= r[key] <= 1.0, (key, r[key])
    assert r["peak_rss_mb"] < 100_000
    assert r["reingest_skipped"] == 30  # nothing changed: every file skipped
    assert r["changed_articles"] == 30 and r["changed_ingested"] == 30  # n < 100: all changed
    assert r["ner_sample_articles"] == 5 and r["ner_sample_sentences"] > 0
    assert isinstance(r["machine"], dict) and r["machine"]["cpu_count"] >= 1
    assert set(r["targets"]) >= {"articles_per_second", "seconds_total", "peak_rss_mb",
                                 "ner_baseline_speed_ratio", "reingest_unchanged_seconds"}
    assert all(isinstance(t["met"], bool) for t in r["targets"].values())
    assert (tmp_path / "bench.db").is_file()  # an explicit workdir is kept
    assert set(r["pathological_ms_per_kb"]) == {"1", "2", "8"}
    assert all(_positive(v) for v in r["pathological_ms_per_kb"].values())
    assert _positive(r["pathological_growth_4x"])  # 8 KB against 2 KB; its size is bench's
    assert "pathological_growth_4x" in r["targets"]
    json.dumps(r)  # every figure is JSON-serializable


def test_main_writes_results_json(tmp_path, capsys):
    out = tmp_path / "r.json"
    assert main(["--n", "20", "--jobs", "1", "--sample", "3", "--quiet",
                 "--pathological-kb", "1", "4",
                 "--workdir", str(tmp_path / "work"), "--out", str(out)]) == 0
    written = json.loads(out.read_text(encoding="utf-8"))
    assert set(REQUIRED) <= written.keys()
    assert written["articles"] == 20
    printed = capsys.readouterr().out
    assert "articles per second" in printed and "NER baseline speed ratio" in printed
    assert "met" in printed and str(out) in printed
    assert "pathological text    1 KB" in printed and "4× pathological text" in printed


def test_a_scale_run_reports_both_sizes_side_by_side(tmp_path, capsys):
    out = tmp_path / "r.json"
    assert main(["--n", "12", "--jobs", "1", "--sample", "2", "--quiet",
                 "--pathological-kb", "1", "4", "--scale", "24",
                 "--workdir", str(tmp_path / "work"), "--out", str(out)]) == 0
    r = json.loads(out.read_text(encoding="utf-8"))
    assert r["scale"]["articles"] == [12, 24]
    for key in ("seconds_total", "resolution_seconds", "peak_rss_mb",
                "ingest_100_changed_seconds", "ingest_100_changed_resolution_seconds"):
        assert len(r["scale"][key]) == 2 and all(v >= 0 for v in r["scale"][key]), key
    assert _positive(r["reingest_changed_growth"])
    assert "reingest_changed_growth" in r["targets"]
    printed = capsys.readouterr().out
    assert "100 changed, 24 vs 12" in printed
