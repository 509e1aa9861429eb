"""``make bench``: speed, memory and resolution quality on a generated corpus.

One run of :func:`run_benchmark`:

1. writes ``n`` synthetic articles with :func:`pipeline.synth.write_corpus` (not timed; run in
   a separate process so that the generator's memory is not counted as the pipeline's);
2. ingests them into a new database (extraction, writes and person resolution), timed end
   to end, with the per-stage seconds the ingest report gives;
3. takes the peak RSS of the process tree (see :func:`_peak_rss_mb`);
4. ingests the unchanged corpus again into the same database;
5. appends a sentence to 100 articles (new sha256) and ingests again;
6. scores the database built in 2 against the generator's truth (pairwise identity P/R/F1
   of person resolution and the overall extraction figure);
7. times ``underthesea.ner`` over every sentence of a sample of articles against our own
   stages on the same sample, in this process;
8. runs every stage over one paragraph of pathological text (capitalised words, commas,
   titles, team names, dates) at growing sizes: milliseconds per KB, and how much longer four
   times the text takes (linear extraction: about 4×).

The figures go to ``bench/results.json`` and a readable report (with the performance targets
marked ``met`` / ``NOT met``) is printed. Speed is only measured here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import json
import multiprocessing
import os
import platform
import random
import resource
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Self

__all__ = ["TARGETS", "format_report", "main", "run_benchmark"]

DEFAULT_OUT = Path("bench/results.json")
DEFAULT_SEED = 7
CHANGED_ARTICLES = 100
APPENDED_SENTENCE = "\n\nHội nghị kết thúc trong không khí đoàn kết, thống nhất cao.\n"

# Performance targets (2-core, 24 GB machine; stated for 10,000 articles):
# key -> (comparison, bound, label)
TARGETS: dict[str, tuple[str, float, str]] = {
    "articles_per_second": (">=", 85.0, "end to end ≥ 85 articles/s"),
    "seconds_total": ("<=", 120.0, "end to end ≤ 120 s"),
    "ner_baseline_speed_ratio": (">=", 20.0, "≥ 20× underthesea.ner per article"),
    "peak_rss_mb": ("<=", 1536.0, "peak RSS ≤ 1.5 GB"),
    "reingest_unchanged_seconds": ("<=", 5.0, "re-ingest unchanged ≤ 5 s"),
    "pathological_growth_4x": ("<=", 4.0, "4× pathological text ≤ 4× time"),
    "reingest_changed_growth": ("<=", 1.3, "100 changed at 5× the articles ≤ 1.3× time"),
}
_ONLY_WHEN_MEASURED = frozenset({"reingest_changed_growth"})  # by a run with --scale
PATHOLOGICAL_KB = (10, 256, 1024)  # the last two are four times apart
TARGET_ARTICLES = 10_000


# ------------------------------------------------------------------ the benchmark


def run_benchmark(n: int, jobs: int | None = None, workdir: Path | None = None,
                  sample: int = 200, *, seed: int = DEFAULT_SEED,
                  log=None, pathological_kb: tuple[int, ...] = PATHOLOGICAL_KB,
                  scale: int | None = None) -> dict[str, Any]:
    """Run the whole benchmark over ``n`` generated articles and return its figures.

    ``jobs``: extraction worker processes (``None``: every core, the ingest's default).
    ``workdir``: where the corpus and the database go (kept); ``None`` uses a temporary
    directory removed afterwards. ``sample``: articles of the NER baseline comparison.
    ``log``: a callable given progress lines (default: none). ``pathological_kb``: sizes of
    the pathological paragraph, the last two four times apart. ``scale``: a larger corpus
    ingested too, for resolution seconds, peak memory and the re-ingest of 100 changed
    articles side by side with ``n``'s (see :func:`scale_costs`).
    """
    if n < 1:
        raise ValueError("n must be >= 1")
    say = log or (lambda _msg: None)
    keep = workdir is not None
    root = Path(workdir) if keep else Path(tempfile.mkdtemp(prefix="pipeline-bench-"))
    try:
        results = _run(n, jobs, root, sample, seed, say)
        say(f"pathological paragraphs of {', '.join(map(str, pathological_kb))} KB …")
        results.update(pathological_costs(pathological_kb, seed))
        if scale:
            results["scale"] = scale_costs(results, scale, jobs, root / "scale", seed, say)
            results["reingest_changed_growth"] = results["scale"]["changed_growth"]
        results["targets"] = _targets(results)
        return results
    finally:
        if not keep:
            shutil.rmtree(root, ignore_errors=True)


def _run(n: int, jobs: int | None, root: Path, sample: int, seed: int, say) -> dict[str, Any]:
    from .evaluate import evaluate_database

    root.mkdir(parents=True, exist_ok=True)
    corpus = root / "corpus"
    db = root / "bench.db"
    for stale in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        stale.unlink(missing_ok=True)

    # 1. corpus (not timed as ingest)
    say(f"generating {n} articles (seed {seed}) in {corpus} …")
    started = time.perf_counter()
    summary = _generate(corpus, n, seed)
    generate_seconds = time.perf_counter() - started
    children_kb_before = _maxrss_kb(resource.RUSAGE_CHILDREN)  # the generator's process

    # 2. ingest, end to end
    effective_jobs = jobs if jobs else (os.cpu_count() or 1)
    say(f"ingesting into {db} with {effective_jobs} job(s) …")
    with _TreeSampler() as sampler:
        started = time.perf_counter()
        report = _ingest([corpus], db, jobs)
        seconds_total = time.perf_counter() - started
    if report.failed:
        say(f"warning: {len(report.failed)} file(s) failed, first: {report.failed[0]}")
    articles = len(report.ingested)
    stage_seconds = {k: float(v) for k, v in report.stage_seconds.items()}
    stage_seconds["resolution"] = float(report.resolution_seconds)

    # 3. peak RSS of the tree during 1–2 (before evaluation and the NER model load memory)
    workers_ran = bool(effective_jobs > 1 and articles >= 2 * effective_jobs) \
        or _maxrss_kb(resource.RUSAGE_CHILDREN) > children_kb_before
    peak_rss_mb = _peak_rss_mb(workers_ran, children_kb_before)

    # 4. re-ingest, nothing changed
    say("re-ingesting the unchanged corpus …")
    started = time.perf_counter()
    reingest = _ingest([corpus], db, jobs)
    reingest_seconds = time.perf_counter() - started

    # 6. (scored here, on the database of the unchanged corpus)
    say("scoring against the generator's truth …")
    ev = evaluate_database(db, corpus)
    identity = ev["identity.pairs"]

    # 5. 100 changed articles into the full database
    paths = sorted(corpus.glob("*.txt"))
    changed = _change_articles(paths, CHANGED_ARTICLES)
    say(f"ingesting {len(changed)} changed article(s) …")
    started = time.perf_counter()
    changed_report = _ingest([corpus], db, jobs)
    changed_seconds = time.perf_counter() - started

    # 7. NER baseline on a sample
    picked = _sample(paths, sample, seed)
    say(f"NER baseline on {len(picked)} article(s) …")
    baseline = _ner_baseline(picked)

    ours_per_article = baseline["ours_seconds"] / max(len(picked), 1)
    ner_per_article = baseline["ner_seconds"] / max(len(picked), 1)
    aps = articles / seconds_total if seconds_total > 0 else 0.0
    results: dict[str, Any] = {
        "articles": articles,
        "jobs": effective_jobs,
        "seed": seed,
        "articles_per_second": round(aps, 2),
        "seconds_total": round(seconds_total, 3),
        "seconds_per_stage": {k: round(v, 3) for k, v in stage_seconds.items()},
        "slowest_stage": max(stage_seconds, key=stage_seconds.get) if stage_seconds else None,
        "peak_rss_mb": round(peak_rss_mb, 1),
        "peak_rss_sampled_mb": round(sampler.peak_mb, 1) if sampler.peak_mb else None,
        "peak_rss_whole_run_mb": round(_peak_rss_mb(workers_ran, children_kb_before), 1),
        "reingest_unchanged_seconds": round(reingest_seconds, 3),
        "reingest_skipped": len(reingest.skipped),
        "ingest_100_changed_seconds": round(changed_seconds, 3),
        "ingest_100_changed_resolution_seconds": round(changed_report.resolution_seconds, 3),
        "resolution_seconds": round(report.resolution_seconds, 3),
        "changed_articles": len(changed),
        "changed_ingested": len(changed_report.ingested),
        "ner_baseline_speed_ratio": round(ner_per_article / ours_per_article, 2)
        if ours_per_article > 0 else None,
        "ner_sample_articles": len(picked),
        "ner_sample_sentences": baseline["sentences"],
        "ner_seconds_per_article": round(ner_per_article, 5),
        "our_seconds_per_article": round(ours_per_article, 5),
        "identity_precision": round(identity.p, 4),
        "identity_recall": round(identity.r, 4),
        "identity_f1": round(identity.f1, 4),
        "extraction_overall": round(ev.overall, 4),
        "failed": len(report.failed),
        "corpus_persons": summary.get("persons"),
        "corpus_collisions": summary.get("collisions"),
        "generate_seconds": round(generate_seconds, 3),
        "machine": _machine(),
    }
    results["targets"] = _targets(results)
    return results


def scale_costs(base: dict[str, Any], n: int, jobs: int | None, root: Path, seed: int,
                say) -> dict[str, Any]:
    """Ingest ``n`` generated articles into a new database, then 100 of them changed: the
    seconds of both, the resolution's share and the peak RSS, beside ``base`` (the main
    run's). ``changed_growth``: how much longer the 100 changed articles take at ``n``."""
    root.mkdir(parents=True, exist_ok=True)
    corpus, db = root / "corpus", root / "scale.db"
    for stale in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        stale.unlink(missing_ok=True)
    say(f"scale: generating {n} articles …")
    _generate(corpus, n, seed)
    children_kb_before = _maxrss_kb(resource.RUSAGE_CHILDREN)
    say(f"scale: ingesting {n} articles …")
    with _TreeSampler() as sampler:
        started = time.perf_counter()
        report = _ingest([corpus], db, jobs)
        seconds = time.perf_counter() - started
    peak = _peak_rss_mb(bool(jobs != 1 and n >= 4), children_kb_before)
    changed = _change_articles(sorted(corpus.glob("*.txt")), CHANGED_ARTICLES)
    say(f"scale: ingesting {len(changed)} changed article(s) …")
    started = time.perf_counter()
    changed_report = _ingest([corpus], db, jobs)
    changed_seconds = time.perf_counter() - started
    shutil.rmtree(root, ignore_errors=True)
    base_changed = base["ingest_100_changed_seconds"]
    return {
        "articles": [base["articles"], len(report.ingested)],
        "seconds_total": [base["seconds_total"], round(seconds, 3)],
        "resolution_seconds": [base["resolution_seconds"], round(report.resolution_seconds, 3)],
        "peak_rss_mb": [base["peak_rss_mb"], round(max(peak, sampler.peak_mb or 0.0), 1)],
        "ingest_100_changed_seconds": [base_changed, round(changed_seconds, 3)],
        "ingest_100_changed_resolution_seconds": [
            base["ingest_100_changed_resolution_seconds"],
            round(changed_report.resolution_seconds, 3)],
        "changed_growth": round(changed_seconds / base_changed, 2) if base_changed else None,
    }


_SYLLABLES = ("Nguyễn Văn Minh Hà Nội Trần Thị Lan Phạm Quốc Hùng Lê Đức Thắng Võ Hoàng Sơn "
               "Bùi Anh Tuấn Đặng Kim Phúc Hồ Chí Tâm Ban Tỉnh Ủy Đảng Bộ Sở Hội Công An "
               "Quân Khu Trung Ương").split()
_PIECES = ("Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Phó Trưởng Đoàn Kiểm tra số 4",
           "Ủy viên Trung ương Đảng", "Đoàn Kiểm tra", "Đoàn công tác", "Đoàn giám sát số 2",
           "Tổ công tác", "tỉnh Hà Tĩnh", "huyện Đắk Lắk", "đồng chí", "và", "tại",
           "làm việc với", "kiểm tra", "do", "chủ trì", "(", ")", "-", ";", ":")


def pathological_text(kb: int, seed: int = DEFAULT_SEED) -> str:
    """A headline and one paragraph of ``kb`` KB that never ends a sentence: capitalised
    words (a third with a comma), titles, team names, places, dates and connectives."""
    rng = random.Random(seed)
    words: list[str] = []
    size = 0
    while size < kb * 1024:
        roll = rng.random()
        if roll < 0.5:
            word = rng.choice(_SYLLABLES) + ("," if roll < 0.15 else "")
        elif roll < 0.55:
            word = f"ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.randint(1990, 2030)}"
        elif roll < 0.6:
            word = rng.choice(_SYLLABLES).upper()
        else:
            word = rng.choice(_PIECES)
        words.append(word)
        size += len(word.encode()) + 1
    return "Tiêu đề\n\n" + " ".join(words) + "\n"


def pathological_costs(sizes_kb: tuple[int, ...] = PATHOLOGICAL_KB,
                       seed: int = DEFAULT_SEED, repeats: int = 3) -> dict[str, Any]:
    """Milliseconds per KB of running every stage over :func:`pathological_text` of each size,
    and the time ratio of the last two sizes (four times apart: about 4 when linear). Each
    size is timed ``repeats`` times and the fastest run kept: the others measure what else
    the machine was doing."""
    from .document import Document
    from .ingest import warm_up
    from .stages import run_stages

    warm_up()
    seconds = {}
    for kb in sizes_kb:
        text = pathological_text(kb, seed)
        runs = []
        for _ in range(max(repeats, 1)):
            started = time.perf_counter()
            run_stages(Document(name=f"pathological-{kb}.txt", text=text))
            runs.append(time.perf_counter() - started)
        seconds[kb] = min(runs)
    *_, before, last = (None, None, *sizes_kb)
    return {
        "pathological_ms_per_kb": {str(kb): round(s * 1000 / kb, 3) for kb, s in seconds.items()},
        "pathological_growth_4x": (round(seconds[last] / seconds[before], 2)
                                   if before is not None and last == 4 * before else None),
    }


def _generate(corpus: Path, n: int, seed: int) -> dict[str, Any]:
    """Write the corpus in a fresh process (its peak memory then stays out of ours)."""
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(1, mp_context=context) as pool:
        return pool.submit(_write_corpus, str(corpus), n, seed).result()


def _write_corpus(corpus: str, n: int, seed: int) -> dict[str, Any]:
    from .synth import write_corpus

    summary = write_corpus(Path(corpus), n, seed)
    return {"articles": summary.articles, "persons": summary.persons,
            "collisions": summary.collisions}


def _ingest(paths: list[Path], db: Path, jobs: int | None):
    """``ingest(paths, db, curation=None, jobs=jobs)``."""
    from .ingest import ingest

    return ingest(paths, db, curation=None, jobs=jobs)


def _change_articles(paths: list[Path], count: int) -> list[Path]:
    """Append a sentence to ``count`` articles spread over the corpus (changes their sha256)."""
    count = min(count, len(paths))
    if not count:
        return []
    step = len(paths) / count
    chosen = [paths[int(i * step)] for i in range(count)]
    for path in chosen:
        with path.open("a", encoding="utf-8") as fh:
            fh.write(APPENDED_SENTENCE)
    return chosen


def _sample(paths: list[Path], size: int, seed: int) -> list[Path]:
    if size >= len(paths):
        return list(paths)
    return sorted(random.Random(seed).sample(paths, max(size, 0)))


def _ner_baseline(paths: list[Path]) -> dict[str, Any]:
    """Seconds of our stages and of ``underthesea.ner`` over every sentence, same articles.

    Both sides read the file inside their timing; both are warmed up first (models,
    gazetteer and lexicons loaded) so that one-off loading is not counted.
    """
    import underthesea

    from .stages import run_stages
    from .text.reading import read_document

    if not paths:
        return {"ours_seconds": 0.0, "ner_seconds": 0.0, "sentences": 0}
    run_stages(read_document(paths[0]))
    underthesea.ner("Đồng chí Nguyễn Văn A làm việc tại tỉnh Hà Tĩnh.")

    started = time.perf_counter()
    for path in paths:
        run_stages(read_document(path))
    ours = time.perf_counter() - started

    sentences = 0
    started = time.perf_counter()
    for path in paths:
        for sentence in underthesea.sent_tokenize(read_document(path).text):
            if sentence.strip():
                underthesea.ner(sentence)
                sentences += 1
    ner = time.perf_counter() - started
    return {"ours_seconds": ours, "ner_seconds": ner, "sentences": sentences}


# ------------------------------------------------------------------ memory


def _maxrss_kb(who: int) -> int:
    """``ru_maxrss`` in KiB (Linux reports KiB, macOS bytes)."""
    value = resource.getrusage(who).ru_maxrss
    return value // 1024 if sys.platform == "darwin" else value


def _peak_rss_mb(workers_ran: bool, children_kb_before: int) -> float:
    """Peak RSS of the process tree, in MiB, from ``getrusage``.

    ``RUSAGE_SELF.ru_maxrss`` is this process's own high-water mark;
    ``RUSAGE_CHILDREN.ru_maxrss`` is the high-water mark of the largest single child
    (descendants included) that has ended and been waited for — the ingest's worker pool is
    joined before ``ingest`` returns, so its workers are counted. When workers ran they were
    alive at the same time as this process, so the two marks are summed; otherwise only the
    maximum of the two is taken (no child ran alongside the ingest). This is an upper bound:
    forked workers share pages with this process copy-on-write and each counts them in its
    RSS, and the two peaks need not coincide. It is, however, a lower bound for the other
    workers of the pool (only the largest one is reported): ``peak_rss_sampled_mb``, a
    /proc sample of the whole tree (PSS, shared pages counted once), is the cross-check.

    The corpus generator runs in a child process before the ingest; if no worker grew past
    its mark (``children_kb_before``) its mark is what is added, which again errs high.
    """
    self_kb = _maxrss_kb(resource.RUSAGE_SELF)
    children_kb = _maxrss_kb(resource.RUSAGE_CHILDREN)
    if workers_ran:
        return (self_kb + children_kb) / 1024
    # The generator's process ended before the ingest began: without workers it does not add.
    return self_kb / 1024 if children_kb <= children_kb_before else max(self_kb,
                                                                         children_kb) / 1024


class _TreeSampler:
    """Samples, every 0.2 s on a thread, the memory of this process and its descendants from
    /proc (``Pss`` from ``smaps_rollup`` when readable, else ``VmRSS``); ``peak_mb`` is the
    highest total seen (0 where /proc is missing)."""

    def __init__(self, interval: float = 0.2) -> None:
        self.interval = interval
        self.peak_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def __enter__(self) -> Self:
        if Path("/proc/self/status").exists():
            self._thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def _loop(self) -> None:
        while True:
            # a sample lost to a process exiting while it is read is harmless
            with contextlib.suppress(OSError, ValueError, IndexError):
                kb = sum(_proc_memory_kb(pid) for pid in _tree(os.getpid()))
                self.peak_mb = max(self.peak_mb, kb / 1024)
            if self._stop.wait(self.interval):
                return


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry.name}/stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, ()))
    return out


def _proc_memory_kb(pid: int) -> int:
    for name, field in (("smaps_rollup", "Pss:"), ("status", "VmRSS:")):
        try:
            for line in Path(f"/proc/{pid}/{name}").read_text().splitlines():
                if line.startswith(field):
                    return int(line.split()[1])
        except OSError:
            continue
    return 0


# ------------------------------------------------------------------ report


def _machine() -> dict[str, Any]:
    out: dict[str, Any] = {"cpu_count": os.cpu_count(), "platform": platform.platform(),
                           "python": platform.python_version()}
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                out["memory_gb"] = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return out


def _targets(results: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out = {}
    for key, (op, bound, label) in TARGETS.items():
        value = results.get(key)
        if value is None and key in _ONLY_WHEN_MEASURED:
            continue
        met = value is not None and (value >= bound if op == ">=" else value <= bound)
        out[key] = {"label": label, "bound": bound, "op": op, "value": value, "met": met}
    return out


def format_report(results: dict[str, Any], out: Path | None = None) -> str:
    """The figures one a line, then each performance target with ``met`` / ``NOT met``."""
    r = results
    lines = [
        (f"articles                      {r['articles']}  (jobs {r['jobs']}, "
        f"{r['machine'].get('cpu_count')} cores)"),
        (f"articles per second           {r['articles_per_second']:.1f}  (end to end: ingest + "
        "resolution + writes)"),
        f"seconds total                 {r['seconds_total']:.2f}",
        "seconds per stage (summed over articles):",
    ]
    for name, seconds in sorted(r["seconds_per_stage"].items(), key=lambda kv: -kv[1]):
        lines.append(f"  {name:27s} {seconds:.2f}")
    if not r["seconds_per_stage"]:
        lines.append("  (the ingest report gives no stage timings)")
    lines += [
        f"slowest stage                 {r['slowest_stage']}",
        f"peak RSS (tree, getrusage)    {r['peak_rss_mb']:.0f} MB"
        + (f"  (sampled PSS of the tree: {r['peak_rss_sampled_mb']:.0f} MB)"
           if r.get("peak_rss_sampled_mb") else ""),
        (f"re-ingest unchanged           {r['reingest_unchanged_seconds']:.2f} s  "
        f"({r['reingest_skipped']} skipped)"),
        (f"ingest {r['changed_articles']} changed articles    "
        f"{r['ingest_100_changed_seconds']:.2f} s  ({r['changed_ingested']} ingested)"),
        (f"NER baseline speed ratio      {_fmt(r['ner_baseline_speed_ratio'], '.1f')}×  "
        f"(underthesea.ner {r['ner_seconds_per_article'] * 1000:.1f} ms/article over "
        f"{r['ner_sample_sentences']} sentences vs ours {r['our_seconds_per_article'] * 1000:.1f}"
        f" ms/article, {r['ner_sample_articles']} articles)"),
        f"identity precision            {r['identity_precision']:.4f}",
        f"identity recall               {r['identity_recall']:.4f}",
        f"identity F1                   {r['identity_f1']:.4f}",
        f"extraction overall            {r['extraction_overall']:.4f}",
    ]
    for kb, ms in r.get("pathological_ms_per_kb", {}).items():
        size = f"{int(kb) // 1024} MB" if int(kb) % 1024 == 0 else f"{kb} KB"
        lines.append(f"pathological text {size:>7s}    {ms:.2f} ms/KB")
    if r.get("pathological_growth_4x") is not None:
        lines.append(f"4× pathological text          {r['pathological_growth_4x']:.2f}× the time")
    if r.get("scale"):
        sc = r["scale"]
        lines.append(f"{'at':30s}{sc['articles'][0]:>10,}{sc['articles'][1]:>10,} articles")
        for key, label, unit in (
                ("seconds_total", "ingest", "s"),
                ("resolution_seconds", "  of which resolution", "s"),
                ("peak_rss_mb", "peak RSS", "MB"),
                ("ingest_100_changed_seconds", "ingest 100 changed", "s"),
                ("ingest_100_changed_resolution_seconds", "  of which resolution", "s")):
            a, b = sc[key]
            lines.append(f"  {label:28s}{a:>10.1f}{b:>10.1f} {unit}")
        lines.append(f"100 changed, {sc['articles'][1]:,} vs {sc['articles'][0]:,}     "
                     f"{_fmt(sc['changed_growth'], '.2f')}× the time")
    if r.get("failed"):
        lines.append(f"failed files                  {r['failed']}")
    note = "" if r["articles"] == TARGET_ARTICLES else \
        f"  (targets are set for {TARGET_ARTICLES:,} articles; this run has {r['articles']:,})"
    lines.append("targets:" + note)
    for target in r["targets"].values():
        lines.append(f"  {target['label']:34s} {'met' if target['met'] else 'NOT met'}")
    if out is not None:
        lines.append(f"results written to {out}")
    return "\n".join(lines)


def _fmt(value, spec: str) -> str:
    return "n/a" if value is None else format(value, spec)


# ------------------------------------------------------------------ command line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.bench", description=__doc__.split(
        "\n", 1)[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles to generate")
    parser.add_argument("--jobs", type=int, default=None,
                        help="extraction worker processes (default: every core)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="results JSON file")
    parser.add_argument("--workdir", type=Path, default=None,
                        help="keep the corpus and the database here (default: a temporary "
                             "directory, removed)")
    parser.add_argument("--sample", type=int, default=200,
                        help="articles of the underthesea.ner comparison")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="generator seed")
    parser.add_argument("--quiet", action="store_true", help="no progress lines")
    parser.add_argument("--pathological-kb", type=int, nargs="+", default=list(PATHOLOGICAL_KB),
                        help="sizes of the pathological paragraph, the last two four times "
                             "apart")
    parser.add_argument("--scale", type=int, default=None,
                        help="also ingest this many articles, for resolution and re-ingest "
                             "costs side by side with --n's")
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("--n must be >= 1")
    if args.jobs is not None and args.jobs < 1:
        parser.error("--jobs must be >= 1")
    log = None if args.quiet else (lambda msg: print(msg, file=sys.stderr, flush=True))
    results = run_benchmark(args.n, args.jobs, args.workdir, args.sample, seed=args.seed,
                            log=log, pathological_kb=tuple(args.pathological_kb),
                            scale=args.scale)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n",
                        encoding="utf-8")
    print(format_report(results, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
