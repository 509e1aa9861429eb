"""docs/schema.md is current: every table and view, and the diagram of the models."""

from __future__ import annotations

import sqlite3

import pytest

from pipeline.db.catalog import VIEWS
from pipeline.db.migrate import upgrade
from pipeline.db.models import Base
from pipeline.schema_doc import SCHEMA_DOC, main, mermaid, render


def test_the_checked_in_file_is_current():
    assert SCHEMA_DOC.read_text(encoding="utf-8") == render(), \
        "docs/schema.md is stale: run `python -m pipeline.schema_doc`"


def test_the_documented_views_are_the_views_the_migrations_create(tmp_path):
    db = tmp_path / "v.db"
    upgrade(db)
    with sqlite3.connect(db) as conn:
        views = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'")}
    assert views == set(VIEWS)


@pytest.mark.parametrize("table", sorted(Base.metadata.tables), ids=str)
def test_every_table_is_listed_with_an_entity_and_its_foreign_keys(table):
    text = render()
    assert f"- `{table}` — " in text
    diagram = mermaid()
    assert f"    {table} {{" in diagram
    for fk in Base.metadata.tables[table].foreign_keys:
        assert f"{fk.column.table.name} " in diagram
        assert f"--o{{ {table} : \"{fk.parent.name}\"" in diagram


def test_nullable_references_are_optional_edges():
    diagram = mermaid()
    assert 'documents ||--o{ segments : "document_id"' in diagram
    assert 'inspection_teams |o--o{ events : "team_id"' in diagram


def test_main_writes_the_file(tmp_path):
    out = tmp_path / "schema.md"
    assert main(["--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == render()
