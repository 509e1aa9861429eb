"""The ingest loop: parallel extraction, one writer, identical results."""

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from pipeline.db.models import Base
from pipeline.export import export
from pipeline.ingest import ingest, rebuild
from pipeline.query import run_query
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


@pytest.mark.parametrize("bad", [0, 2, 9], ids=["first-alone", "end-of-batch", "mid-batch"])
def test_an_article_that_fails_to_be_written_loses_only_itself(tmp_path, monkeypatch, bad):
    # Articles are committed in batches of 1, 2, 4, 8 …: a failure rolls back its batch,
    # and the batch's other articles must be written again.
    import pipeline.ingest as ingest_module
    from pipeline.errors import InputError

    corpus = tmp_path / "c"
    write_corpus(corpus, 14, seed=3)
    names = sorted(p.name for p in corpus.glob("*.txt"))
    real_save = ingest_module.save_document

    def save(session, doc, run_id, caches):
        if doc.name == names[bad]:
            real_save(session, doc, run_id, caches)  # half written, then it fails
            raise InputError("cannot be stored")
        return real_save(session, doc, run_id, caches)

    monkeypatch.setattr(ingest_module, "save_document", save)
    report = ingest([corpus], tmp_path / "x.db", curation=None, jobs=1)
    assert [(Path(f.path).name, f.message) for f in report.failed] == [
        (names[bad], "cannot be stored")]
    assert sorted(Path(p).name for p in report.ingested) == names[:bad] + names[bad + 1:]
    monkeypatch.setattr(ingest_module, "save_document", real_save)
    for p in corpus.glob("*.txt"):
        if p.name == names[bad]:
            p.unlink()
    clean = tmp_path / "clean.db"
    assert ingest([corpus], clean, curation=None, jobs=1).ok

    def without_ids(value):  # row ids of a rolled-back batch are given out again
        if isinstance(value, dict):
            return {k: without_ids(v) for k, v in value.items() if k != "id" and k[-3:] != "_id"}
        return [without_ids(v) for v in value] if isinstance(value, list) else value

    def facts(db):
        return sorted(json.dumps(without_ids(r), sort_keys=True, ensure_ascii=False)
                      for r in _export(db))

    assert len(facts(tmp_path / "x.db")) == len(names) - 1
    assert facts(tmp_path / "x.db") == facts(clean)


# --- crashes, interruptions, concurrent readers, idempotence -----------------------------

PIPELINE = [sys.executable, "-m", "pipeline.cli"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """300 generated articles: a few seconds of ingest in one process."""
    out = tmp_path_factory.mktemp("corpus") / "articles"
    write_corpus(out, 300, seed=11)
    return out


@pytest.fixture(scope="module")
def clean_export(corpus, tmp_path_factory):
    """The export of an uninterrupted ingest of ``corpus``."""
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    assert ingest([corpus], db, curation=None, jobs=1).ok
    return _export(db)


def _count(db) -> int:
    """Documents committed in ``db`` so far (0 while the schema is not there yet)."""
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def _start(*args) -> subprocess.Popen:
    return subprocess.Popen([*PIPELINE, *map(str, args), "--jobs", "1", "--curation", "none.toml"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for(predicate, proc, timeout=120.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert proc.poll() is None, f"ingest ended early: {proc.communicate()}"
        assert time.monotonic() < deadline, "ingest made no progress"
        time.sleep(0.05)


def _check_integrity(db) -> None:
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


@pytest.mark.parametrize("sig, status", [(signal.SIGKILL, "running"),
                                         (signal.SIGINT, "interrupted")], ids=["sigkill", "ctrl-c"])
def test_a_killed_ingest_leaves_a_sound_database_that_a_rerun_completes(tmp_path, corpus,
                                                                         clean_export, sig, status):
    db = tmp_path / "x.db"
    proc = _start("ingest", corpus, "--db", db)
    _wait_for(lambda: _count(db) >= 40, proc)
    proc.send_signal(sig)
    proc.wait(timeout=60)
    assert proc.returncode != 0
    _check_integrity(db)
    assert run_query(db, "SELECT status FROM ingest_runs").rows == ((status,),)
    assert 40 <= _count(db) < 300
    report = ingest([corpus], db, curation=None, jobs=1)
    assert report.ok and len(report.ingested) + len(report.skipped) == 300
    _check_integrity(db)
    assert _export(db) == clean_export  # same rows, same ids as an uninterrupted run


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["sigkill", "ctrl-c"])
def test_an_interrupted_rebuild_leaves_the_previous_database(tmp_path, corpus, clean_export, sig):
    small = tmp_path / "small"
    small.mkdir()
    for path in sorted(corpus.glob("*.txt"))[:3]:
        (small / path.name).write_bytes(path.read_bytes())
    db = tmp_path / "data" / "events.db"
    assert rebuild([small], db, curation=None, jobs=1).published
    before = _export(db)
    proc = _start("ingest", corpus, "--db", db, "--rebuild")
    builds = lambda: list(db.parent.glob(".events.db.build-*[0-9]"))  # noqa: E731
    _wait_for(lambda: builds() and _count(builds()[0]) >= 20, proc)
    proc.send_signal(sig)
    proc.wait(timeout=60)
    assert proc.returncode != 0
    _check_integrity(db)
    assert _export(db) == before
    if sig == signal.SIGINT:  # an interrupted run cleans up after itself
        assert not builds()
    report = rebuild([corpus], db, curation=None, jobs=1)
    assert report.published and len(report.ingested) == 300
    assert _export(db) == clean_export
    assert [p.name for p in db.parent.iterdir() if "build" in p.name] == []  # abandoned build gone


def test_a_rebuild_with_a_failed_file_publishes_nothing(tmp_path, corpus):
    good = sorted(corpus.glob("*.txt"))[:2]
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir(), second.mkdir()
    (first / good[0].name).write_bytes(good[0].read_bytes())
    (second / good[1].name).write_bytes(good[1].read_bytes())
    (second / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    db = tmp_path / "events.db"
    assert rebuild([first], db, curation=None, jobs=1).published
    before = _export(db)
    report = rebuild([second], db, curation=None, jobs=1)
    assert report.published is False and [f.kind for f in report.failed] == ["BinaryInputError"]
    assert _export(db) == before
    left = sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm")))
    assert left == ["events.db", "first", "second"]  # the rejected build is gone


def test_a_reader_queries_while_an_ingest_writes(tmp_path, corpus):
    db = tmp_path / "x.db"
    proc = _start("ingest", corpus, "--db", db)
    _wait_for(lambda: _count(db) >= 1, proc)
    seen = []
    while proc.poll() is None:
        result = run_query(db, "SELECT count(*), count(DISTINCT sha256) FROM documents")
        n, distinct = result.rows[0]
        assert n == distinct  # a reader never sees a half-written article twice
        seen.append(n)
        time.sleep(0.02)
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    assert seen == sorted(seen) and len(set(seen)) >= 5  # reads interleaved with the writes
    assert run_query(db, "SELECT count(*) FROM documents").rows == ((300,),)


def test_ingesting_twice_and_rebuilding_give_identical_rows_and_ids(tmp_path, corpus):
    once, fresh = tmp_path / "once.db", tmp_path / "fresh.db"
    assert ingest([corpus], once, curation=None, jobs=2).ok
    first = _tables(once)
    again = ingest([corpus], once, curation=None, jobs=2)
    assert again.ok and not again.ingested and len(again.skipped) == 300
    assert _tables(once) == first
    assert rebuild([corpus], fresh, curation=None, jobs=1).published
    assert _tables(fresh) == first


_RUN_COLUMNS = {"ingest_run_id", "run_id", "ingested_at", "created_at", "decided_at"}


def _tables(db) -> dict[str, list[tuple]]:
    """Every row of every model table and of the search index; not runs nor times."""
    out = {}
    with closing(sqlite3.connect(db)) as conn:
        for table in sorted(Base.metadata.tables):
            if table in ("ingest_runs", "ingest_errors"):
                continue
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")
                    if r[1] not in _RUN_COLUMNS]
            out[table] = conn.execute(
                f"SELECT {', '.join(cols)} FROM {table} ORDER BY rowid").fetchall()
        out["documents_fts"] = conn.execute(
            "SELECT rowid, * FROM documents_fts ORDER BY rowid").fetchall()
    assert out["documents"] and out["documents_fts"]
    return out


def test_a_file_deleted_mid_run_is_recorded_and_the_rest_go_in(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    text = "Ngày 5/3/2024, Đoàn công tác làm việc với Ban Thường vụ Tỉnh ủy {}.\n"
    for name, province in [("a.txt", "Hà Giang"), ("b.txt", "Lào Cai"), ("c.txt", "Yên Bái")]:
        (corpus / name).write_text(text.format(province), encoding="utf-8")
    db = tmp_path / "x.db"
    assert ingest([corpus / "a.txt"], db, curation=None, jobs=1).ok

    def delete_c_after_a(path, status):  # the run has listed c.txt already
        if path.name == "a.txt":
            (corpus / "c.txt").unlink()

    report = ingest([corpus], db, curation=None, jobs=1, on_file=delete_c_after_a)
    assert [(Path(f.path).name, f.kind) for f in report.failed] == [("c.txt", "FileNotFoundError")]
    assert [Path(p).name for p in report.ingested] == ["b.txt"]
    rows = run_query(db, "SELECT path, kind FROM ingest_errors").rows
    assert [(Path(p).name, k) for p, k in rows] == [("c.txt", "FileNotFoundError")]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its permissions")
def test_an_unreadable_file_is_recorded(tmp_path):
    (tmp_path / "a.txt").write_text("Ngày 5/3/2024, Đoàn công tác.\n", encoding="utf-8")
    (tmp_path / "locked.txt").write_text("Ngày 6/3/2024.\n", encoding="utf-8")
    (tmp_path / "locked.txt").chmod(0)
    report = ingest([tmp_path], tmp_path / "x.db", curation=None, jobs=1)
    assert [f.kind for f in report.failed] == ["PermissionError"] and len(report.ingested) == 1


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_a_file_whose_read_fails_is_recorded(tmp_path):
    (tmp_path / "a.txt").write_text("Ngày 5/3/2024, Đoàn công tác.\n", encoding="utf-8")
    (tmp_path / "disk-error.txt").symlink_to("/proc/self/mem")  # a regular file whose read() fails
    report = ingest([tmp_path], tmp_path / "x.db", curation=None, jobs=1)
    assert [(Path(f.path).name, f.kind, f.message) for f in report.failed] == [
        ("disk-error.txt", "OSError", "Input/output error")]
    assert len(report.ingested) == 1


def test_a_stage_that_breaks_in_a_worker_fails_its_file_and_not_the_run(tmp_path):
    from pipeline.stages import Stage, default_stages

    def breaks_on_one_article(doc):
        if "Cao Bằng" in doc.text:
            raise ValueError("unexpected input")
        return ()

    stages = [*default_stages(), Stage("fragile", ("segments",), "fragile", breaks_on_one_article)]
    provinces = ["Hà Giang", "Cao Bằng", "Lào Cai", "Yên Bái", "Sơn La", "Lai Châu"]
    for i, province in enumerate(provinces):
        (tmp_path / f"a{i}.txt").write_text(
            f"Ngày {i + 1}/3/2024, Đoàn công tác làm việc với Ban Thường vụ Tỉnh ủy {province}.\n",
            encoding="utf-8")
    report = ingest([tmp_path], tmp_path / "x.db", stages=stages, curation=None, jobs=2)
    assert [(Path(f.path).name, f.kind) for f in report.failed] == [("a1.txt", "StageError")]
    assert "stage 'fragile' failed on a1.txt: ValueError: unexpected input" in report.failed[0].message
    assert len(report.ingested) == 5


def test_an_article_that_kills_its_worker_process_fails_alone(tmp_path):
    import os as _os

    from pipeline.stages import Stage, default_stages

    def dies_on_one_article(doc):
        if "Điện Biên" in doc.text:
            _os.kill(_os.getpid(), signal.SIGKILL)  # as the out-of-memory killer would
        return ()

    stages = [*default_stages(), Stage("mortal", ("segments",), "mortal", dies_on_one_article)]
    provinces = ["Hà Giang", "Điện Biên", "Lào Cai", "Yên Bái", "Sơn La", "Lai Châu", "Cao Bằng",
                 "Bắc Kạn", "Lạng Sơn", "Tuyên Quang"]
    for i, province in enumerate(provinces):
        (tmp_path / f"a{i}.txt").write_text(
            f"Ngày {i + 1}/3/2024, Đoàn công tác làm việc với Ban Thường vụ Tỉnh ủy {province}.\n",
            encoding="utf-8")
    report = ingest([tmp_path], tmp_path / "x.db", stages=stages, curation=None, jobs=2)
    assert [(Path(f.path).name, f.kind) for f in report.failed] == [("a1.txt", "WorkerDied")]
    assert sorted(Path(p).name for p in report.ingested) == [f"a{i}.txt" for i in range(10) if i != 1]
