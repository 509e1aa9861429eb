"""Every query and command example in README.md returns, on the seed database, what it shows."""

from __future__ import annotations

import re
import shlex
import sqlite3

import pytest
from typer.testing import CliRunner

from conftest import ROOT
from pipeline.cli import app

README = (ROOT / "README.md").read_text(encoding="utf-8")
# A ```sql block, then (after a blank line) the markdown table of the rows it returns.
SQL_EXAMPLE = re.compile(r"```sql\n(?P<sql>.*?)```\n\n(?P<table>(?:\|[^\n]*\|\n)+)", re.S)
CONSOLE = re.compile(r"```console\n(?P<body>.*?)```", re.S)


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip()[1:-1].split("|")]


def sql_examples() -> list[tuple[str, list[str], list[list[str]]]]:
    found = []
    for m in SQL_EXAMPLE.finditer(README):
        header, _rule, *rows = m.group("table").splitlines()
        found.append((m.group("sql").strip(), _cells(header), [_cells(r) for r in rows]))
    return found


def console_examples() -> list[tuple[str, list[str]]]:
    found = []
    for block in CONSOLE.finditer(README):
        command, output = None, []
        for line in block.group("body").splitlines():
            if line.startswith("$ "):
                if command:
                    found.append((command, output))
                command, output = line[2:], []
            else:
                output.append(line)
        if command:
            found.append((command, output))
    return found


def test_the_readme_has_an_example_of_every_view():
    shown = " ".join(sql for sql, _, _ in sql_examples())
    for view in ("event_overview", "event_participant_titles", "person_title_history",
                 "co_participants", "inspected_bodies", "team_itinerary",
                 "cited_document_frequency",
                 "documents_fts"):
        assert view in shown, view


@pytest.mark.parametrize("sql, header, rows", sql_examples(),
                         ids=[sql.split("FROM")[1].split()[0] for sql, _, _ in sql_examples()])
def test_sql_example_returns_the_rows_shown(seed_db, sql, header, rows):
    with sqlite3.connect(seed_db) as conn:
        cursor = conn.execute(sql)
        got = [["" if v is None else str(v) for v in row] for row in cursor.fetchall()]
        columns = [d[0] for d in cursor.description]
    assert columns == header
    assert got == rows


@pytest.mark.parametrize("command, output", console_examples(),
                         ids=[c for c, _ in console_examples()])
def test_console_example_prints_the_lines_shown(seed_db, command, output):
    args = shlex.split(command)
    assert args[0] == ".venv/bin/pipeline"
    args = [str(seed_db) if a == "data/events.db" else a for a in args[1:]]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == output
