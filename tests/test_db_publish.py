"""Publishing a built database: readers see the old or the new one, never a mix."""

from __future__ import annotations

import sqlite3

import pytest

from pipeline.db.publish import publish, remove_database


def make_db(path, rows, *, wal=True):
    with sqlite3.connect(path) as conn:
        if wal:
            conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE t (name TEXT)")
        conn.executemany("INSERT INTO t VALUES (?)", [(r,) for r in rows])
    conn.close()
    return path


def names(path):
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM t ORDER BY name")]


def check(path):
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_publish_into_a_new_file(tmp_path):
    build = make_db(tmp_path / "build.db", ["Hà Giang", "Đắk Lắk"])
    publish(build, tmp_path / "events.db")
    assert names(tmp_path / "events.db") == ["Hà Giang", "Đắk Lắk"]
    check(tmp_path / "events.db")


def test_publish_replaces_the_content_while_a_reader_holds_the_old_snapshot(tmp_path):
    target = make_db(tmp_path / "events.db", ["cũ 1", "cũ 2", "cũ 3"])
    build = make_db(tmp_path / "build.db", ["mới"])
    reader = sqlite3.connect(target, isolation_level=None)
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM t").fetchone() == (3,)
    publish(build, target)
    assert reader.execute("SELECT count(*) FROM t").fetchone() == (3,)  # its snapshot holds
    reader.execute("COMMIT")
    assert reader.execute("SELECT name FROM t").fetchall() == [("mới",)]
    reader.close()
    check(target)


def test_a_stale_wal_of_a_missing_file_is_not_replayed_onto_the_new_one(tmp_path):
    old = make_db(tmp_path / "old.db", ["cũ"])
    conn = sqlite3.connect(old)  # leave committed frames in old.db-wal, as a killed writer would
    conn.execute("PRAGMA wal_autocheckpoint=0")
    with conn:
        conn.execute("INSERT INTO t VALUES ('chưa ghi vào tệp chính')")
    (tmp_path / "events.db-wal").write_bytes((tmp_path / "old.db-wal").read_bytes())
    conn.close()
    build = make_db(tmp_path / "build.db", ["mới"])
    publish(build, tmp_path / "events.db")
    assert names(tmp_path / "events.db") == ["mới"]
    check(tmp_path / "events.db")


def test_a_target_that_is_not_a_database_is_replaced(tmp_path):
    target = tmp_path / "events.db"
    target.write_text("không phải cơ sở dữ liệu\n" * 200, encoding="utf-8")
    publish(make_db(tmp_path / "build.db", ["mới"]), target)
    assert names(target) == ["mới"]


@pytest.mark.parametrize("wal", [True, False], ids=["wal", "rollback-journal"])
def test_the_build_is_left_for_the_caller_and_remove_database_clears_its_files(tmp_path, wal):
    build = make_db(tmp_path / "build.db", ["a"], wal=wal)
    publish(build, tmp_path / "events.db")
    assert names(build) == ["a"]
    remove_database(build)
    assert not list(tmp_path.glob("build.db*"))
