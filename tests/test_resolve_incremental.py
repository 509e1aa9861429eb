"""Incremental person resolution: a change of a few articles recomputes only their blocks,
and the blocks it recomputes come out as a full run would make them."""

import shutil
import sqlite3

from sqlalchemy.orm import Session

from pipeline.db.engine import make_engine
from pipeline.ingest import ingest
from pipeline.resolve.people import resolve_people
from pipeline.synth import write_corpus


def _state(db):
    with sqlite3.connect(db) as conn:
        return (conn.execute("SELECT id, person_id, block_key FROM person_mentions "
                             "ORDER BY id").fetchall(),
                conn.execute("SELECT mention_id, other_mention_id, decision, rule, score, "
                             "evidence FROM person_merges ORDER BY 1, 2").fetchall(),
                conn.execute("SELECT id, name, key, deceased FROM persons ORDER BY id").fetchall())


def _resolve_fully(db):
    with Session(make_engine(db)) as session:
        report = resolve_people(session, None)
        session.commit()
    return report


def test_a_changed_article_recomputes_its_blocks_as_a_full_run_would(tmp_path):
    corpus = tmp_path / "c"
    write_corpus(corpus, 60, seed=4)
    db = tmp_path / "x.db"
    assert ingest([corpus], db, curation=None, jobs=1).ok
    # Two articles change: a person's name is added to one, another loses a paragraph.
    first, second = sorted(corpus.glob("*.txt"))[:2]
    first.write_text(first.read_text(encoding="utf-8")
                     + "\nĐồng chí Khổng Quế Lịch, Phó Chủ tịch UBND tỉnh Hà Giang dự.\n",
                     encoding="utf-8")
    second.write_text(second.read_text(encoding="utf-8").split("\n\n")[0] + "\n",
                      encoding="utf-8")
    report = ingest([corpus], db, curation=None, jobs=1)
    assert report.ok and len(report.ingested) == 2
    assert report.resolution.incremental
    with sqlite3.connect(db) as conn:
        all_blocks = conn.execute("SELECT COUNT(DISTINCT block_key) FROM person_mentions"
                                  ).fetchone()[0]
        assert conn.execute("SELECT COUNT(*) FROM person_mentions WHERE block_key IS NULL"
                            ).fetchone()[0] == 0
    assert 0 < report.resolution.blocks < all_blocks
    full = tmp_path / "full.db"
    shutil.copy(db, full)
    for suffix in ("-wal", "-shm"):
        if (tmp_path / f"x.db{suffix}").exists():
            shutil.copy(tmp_path / f"x.db{suffix}", tmp_path / f"full.db{suffix}")
    assert not _resolve_fully(full).incremental
    assert _state(db) == _state(full)


def test_nothing_changed_resolves_nothing_and_a_curation_change_resolves_everything(tmp_path):
    corpus = tmp_path / "c"
    write_corpus(corpus, 12, seed=9)
    db = tmp_path / "x.db"
    assert ingest([corpus], db, curation=None, jobs=1).ok
    assert ingest([corpus], db, curation=None, jobs=1).resolution is None
    curation = tmp_path / "people.toml"
    curation.write_text("", encoding="utf-8")
    report = ingest([corpus], db, curation=curation, jobs=1)
    assert report.resolution is not None and not report.resolution.incremental
