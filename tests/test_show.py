"""pipeline show: an article with its spans highlighted by kind, and its events."""

from __future__ import annotations

import json

import pytest
from rich.console import Console
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.db.engine import open_session
from pipeline.errors import DatabaseError
from pipeline.show import STYLES, EventSummary, event_line, load_article, render

SEED = "000_eed1118f02c639f8.txt"


@pytest.fixture(scope="module")
def article(seed_db):
    with open_session(seed_db, read_only=True) as session:
        return load_article(session, SEED)


@pytest.mark.parametrize("kind, evidence", [
    ("person", "Lê Hải Bình"),
    ("date", "Ngày 24-4-2024"),
    ("team", "Đoàn Kiểm tra số 4"),
    ("reference", "Chỉ thị số 28-CT/TU"),
    ("credit", "Tất Trường"),
    ("place", "Đắk Lắk"),
    ("title", "Tổng Biên tập Tạp chí Cộng sản"),
    ("target", "Huyện ủy Cư M’Gar"),
], ids=lambda v: v if v in STYLES else None)
def test_spans_of_every_kind_index_the_text(article, kind, evidence):
    shown = {article.text[s.start:s.end] for s in article.spans if s.kind == kind}
    assert evidence in shown


def test_the_article_is_found_by_name_or_id(seed_db, article):
    with open_session(seed_db, read_only=True) as session:
        assert load_article(session, str(article.document_id)).name == SEED
        with pytest.raises(DatabaseError, match="no document"):
            load_article(session, "nope.txt")


def test_render_colours_spans_and_summarises_the_main_event(article):
    console = Console(record=True, width=120, force_terminal=True, color_system="truecolor")
    console.print(render(article))
    plain = console.export_text(styles=False, clear=False)
    assert plain.startswith(SEED)
    assert "main inspection 2024-04-24, Buôn Ma Thuột, Đắk Lắk — Đoàn Kiểm tra số 4" in plain
    assert "Lê Hải Bình [1] — team/deputy" in plain
    styled = console.export_text(styles=True)
    assert "\x1b[" in styled  # highlighted when the terminal can show it


@pytest.mark.parametrize("event, line", [
    (EventSummary(True, "inspection", "2024-04-24", "sáng", "Đắk Lắk", None, "Đoàn X", (), ()),
     "main inspection 2024-04-24 sáng, Đắk Lắk — Đoàn X"),
    (EventSummary(False, "visit", None, None, None, None, None, (), ()),
     "related visit date unknown, place unknown"),
], ids=["full", "bare"])
def test_event_line(event, line):
    assert event_line(event) == line


def test_cli_show_prints_text_and_json(seed_db):
    runner = CliRunner()
    result = runner.invoke(app, ["show", SEED, "--db", str(seed_db)])
    assert result.exit_code == 0, result.output
    assert "Đoàn Kiểm tra số 4" in result.stdout and "spans:" in result.stdout
    data = json.loads(runner.invoke(app, ["show", SEED, "--db", str(seed_db), "--json"]).stdout)
    assert data["events"][0]["team"] == "Đoàn Kiểm tra số 4"
    missing = runner.invoke(app, ["show", "nope.txt", "--db", str(seed_db)])
    assert missing.exit_code == 1 and "error: no document" in missing.stderr
