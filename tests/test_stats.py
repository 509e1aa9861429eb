"""pipeline stats: rows per table, per stage and per error kind."""

from __future__ import annotations

import json
import sqlite3

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.errors import DatabaseError
from pipeline.stages import default_stages
from pipeline.stats import NOT_STORED, STAGE_TABLES, collect_stats


def test_every_stage_is_counted_or_said_not_to_be_stored():
    stages = {s.name for s in default_stages()}
    counted = {stage for stage, _ in STAGE_TABLES}
    assert counted - {"resolution"} <= stages
    assert stages == (counted - {"resolution"}) | set(NOT_STORED)


def test_table_counts_are_the_rows_stored(seed_db):
    stats = collect_stats(seed_db)
    with sqlite3.connect(seed_db) as conn:
        for t in stats.tables:
            assert conn.execute(f"SELECT count(*) FROM {t.table}").fetchone()[0] == t.rows
    names = [t.table for t in stats.tables]
    assert "documents" in names and "alembic_version" not in names
    assert not any(n.startswith("documents_fts") for n in names)
    assert {(s.stage, s.table): s.rows for s in stats.stages}[("segments", "segments")] > 0


@pytest.mark.parametrize("files, kinds", [
    ({"good.txt": "Ngày 3/4/2024, Tỉnh ủy Nghệ An họp.\n"}, []),
    ({"good.txt": "Ngày 3/4/2024, Tỉnh ủy Nghệ An họp.\n", "a.txt": "", "b.txt": b"\x89PNG\x00\x00",
      "c.txt": b"\x00\x01\x02\x03"},
     [("BinaryInputError", 2), ("EmptyInputError", 1)]),
], ids=["no-errors", "empty-and-binary"])
def test_errors_are_counted_by_kind(tmp_path, files, kinds):
    for name, content in files.items():
        if isinstance(content, bytes):
            (tmp_path / name).write_bytes(content)
        else:
            (tmp_path / name).write_text(content, encoding="utf-8")
    db = tmp_path / "s.db"
    CliRunner().invoke(app, ["ingest", str(tmp_path), "--db", str(db),
                             "--curation", str(tmp_path / "none.toml")])
    assert [(e.kind, e.files) for e in collect_stats(db).errors] == kinds


def test_a_missing_database_is_an_error(tmp_path):
    with pytest.raises(DatabaseError, match="no database"):
        collect_stats(tmp_path / "none.db")


def test_cli_stats_prints_tables_and_json(seed_db):
    runner = CliRunner()
    result = runner.invoke(app, ["stats", "--db", str(seed_db)])
    assert result.exit_code == 0, result.output
    assert "Tables" in result.stdout and "Stages" in result.stdout and "persons" in result.stdout
    data = json.loads(runner.invoke(app, ["stats", "--db", str(seed_db), "--json"]).stdout)
    assert {"tables", "stages", "errors"} == set(data)
    assert {"table": "documents", "rows": 2} in data["tables"]
