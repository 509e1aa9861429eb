"""Datasette: metadata that matches the schema, and `make explore` serving the database."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import time
import urllib.error
import urllib.request

import pytest

from conftest import ROOT
from pipeline.db.catalog import COLUMNS, VIEWS
from pipeline.errors import DatabaseError
from pipeline.explore import LABEL_COLUMNS, build_metadata, main


@pytest.fixture(scope="module")
def metadata(seed_db):
    return build_metadata(seed_db)["databases"][seed_db.stem]["tables"]


def columns_of(db, relation):
    with sqlite3.connect(db) as conn:
        return [r[1] for r in conn.execute(f'PRAGMA table_info("{relation}")')]


def test_every_table_view_and_column_is_described(seed_db, metadata):
    assert set(VIEWS) <= set(metadata) and "persons" in metadata
    for relation, entry in metadata.items():
        assert entry["description"], relation
        assert list(entry["columns"]) == columns_of(seed_db, relation), relation
        assert all(entry["columns"].values()), relation


def test_no_description_names_a_column_that_does_not_exist(seed_db):
    stale = [(r, c) for r, c in COLUMNS if c not in columns_of(seed_db, r)]
    assert stale == []


@pytest.mark.parametrize("table", sorted(LABEL_COLUMNS), ids=str)
def test_label_columns_exist(seed_db, metadata, table):
    assert metadata[table]["label_column"] in columns_of(seed_db, table)


def test_documents_search_uses_the_full_text_index(metadata):
    assert metadata["documents"]["fts_table"] == "documents_fts"
    assert not any(name.startswith("documents_fts") for name in metadata)


def test_main_writes_the_file_and_fails_clearly(seed_db, tmp_path, capsys):
    out = tmp_path / "m.json"
    assert main([str(seed_db), "--out", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["databases"][seed_db.stem]
    with pytest.raises(DatabaseError):
        build_metadata(tmp_path / "none.db")
    with pytest.raises(SystemExit):
        main([str(tmp_path / "none.db"), "--out", str(out)])
    assert "error: no database" in capsys.readouterr().err


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.read().decode("utf-8")


@pytest.fixture(scope="module")
def served(seed_db, tmp_path_factory):
    """`make explore` on a copy of the seed database, on a free port; its base URL."""
    if not (ROOT / ".venv" / "bin" / "datasette").exists():
        pytest.skip("datasette is not installed in .venv "
                    "(`make test` installs the [explore] extra)")
    db = tmp_path_factory.mktemp("explore") / "events.db"
    with sqlite3.connect(seed_db) as source, sqlite3.connect(db) as copy:
        source.backup(copy)
    port = _free_port()
    # A session of its own, so the server and make can be stopped together.
    proc = subprocess.Popen(["make", "-s", "explore", f"DB={db}", f"PORT={port}"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                _get(f"{base}/-/versions.json")
                break
            except (urllib.error.URLError, ConnectionError):
                if proc.poll() is not None or time.monotonic() > deadline:
                    output = proc.stdout.read().decode("utf-8", "replace") if proc.stdout else ""
                    pytest.fail(f"make explore did not serve: {output}")
                time.sleep(0.3)
        yield base
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)


@pytest.mark.parametrize("path, expected", [
    ("/events/event_overview", "Đoàn Kiểm tra số 4"),
    ("/events/co_participants", "Trần Thanh Mẫn"),
    ("/events/persons", "Lê Hải Bình"),
    ("/events/persons", "A real individual, however many articles name them."),
    ("/events/event_participants?person_id=1", "Lê Hải Bình"),  # a foreign key shown by label
    ("/events/documents?_search=dak+lak", "000_eed1118f02c639f8.txt"),
], ids=["view", "view-pairs", "table", "table-description", "label", "search-folded"])
def test_make_explore_serves_views_and_tables(served, path, expected):
    status, html = _get(served + path)
    assert status == 200
    assert expected in html


def test_the_team_itinerary_is_drawn_on_a_map(served):
    # datasette-cluster-map draws the rows of a page that has latitude and longitude.
    _, itinerary = _get(served + "/events/team_itinerary")
    _, overview = _get(served + "/events/event_overview")
    assert "Đoàn Kiểm tra số 4" in itinerary
    assert "datasette-cluster-map" in itinerary and "datasette-cluster-map" not in overview


def test_a_person_s_career_is_a_timeline(served):
    import urllib.parse

    from pipeline.explore import CAREER_SQL

    status, page = _get(served + "/-/dashboards/career?person_id=1")
    assert status == 200 and "Career timeline" in page and "vega" in page
    # The chart's own query, as the page asks the server for it.
    query = urllib.parse.urlencode({"sql": CAREER_SQL.strip(), "person_id": "1",
                                    "_shape": "array"})
    _, body = _get(served + "/events.json?" + query)
    titles = [row["title"] for row in json.loads(body)]
    assert "Tổng Biên tập Tạp chí Cộng sản" in titles
    assert all(row["first_seen"] <= row["last_seen"] for row in json.loads(body))


def test_the_search_box_folds_accents(served):
    _, html = _get(served + "/events/documents?_search=quang+ninh&_sort=id")
    _, folded = _get(served + "/events/documents?_search=dak+lak")
    assert "003_e0da8a278d7cd690.txt" in html
    assert "000_eed1118f02c639f8.txt" in folded and "003_e0da8a278d7cd690.txt" not in folded
