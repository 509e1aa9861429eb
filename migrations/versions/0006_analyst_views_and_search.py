"""analyst views (events, co-participation, inspected bodies, cited documents) and full-text search

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""
from __future__ import annotations

from typing import Sequence, Union

from alembic import op

revision: str = "0006"
down_revision: Union[str, None] = "0005"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# Only dates with a known year sort in time order ("XXXX-05-13" would sort last).
_KNOWN = "CASE WHEN e.year IS NOT NULL THEN e.edtf END"

VIEWS = {
    # One row per event: its date, where it happened and which team came.
    "event_overview": """
        SELECT e.id AS event_id,
               d.name AS document,
               e.main AS main,
               e.kind AS kind,
               e.edtf AS date,
               e.year AS year,
               e.time_of_day AS time_of_day,
               pr.short_name AS province,
               pr.code AS province_code,
               e.province_inferred AS province_inferred,
               pl.short_name AS place,
               pl.code AS place_code,
               t.name AS team,
               t.number AS team_number,
               COALESCE(tb.name, t.body_as_written) AS team_body,
               t.year AS team_year
        FROM events e
        JOIN documents d ON d.id = e.document_id
        LEFT JOIN places pr ON pr.id = e.province_id
        LEFT JOIN places pl ON pl.id = e.place_id
        LEFT JOIN inspection_teams t ON t.id = e.team_id
        LEFT JOIN organizations tb ON tb.id = t.body_id
    """,
    # Who took part in an event with whom: each unordered pair once (smaller id first).
    "co_participants": f"""
        SELECT a.person_id AS person_a_id,
               pa.name AS person_a,
               b.person_id AS person_b_id,
               pb.name AS person_b,
               COUNT(DISTINCT a.event_id) AS events,
               COUNT(DISTINCT e.document_id) AS documents,
               MIN({_KNOWN}) AS first_date,
               MAX({_KNOWN}) AS last_date
        FROM event_participants a
        JOIN event_participants b ON b.event_id = a.event_id AND b.person_id > a.person_id
        JOIN events e ON e.id = a.event_id
        JOIN persons pa ON pa.id = a.person_id
        JOIN persons pb ON pb.id = b.person_id
        GROUP BY a.person_id, b.person_id
    """,
    # The bodies a team inspected or worked with, by team and year (the team's
    # programme year, else the event's year).
    "inspected_bodies": f"""
        SELECT COALESCE(t.year, e.year) AS year,
               t.name AS team,
               COALESCE(tb.name, t.body_as_written) AS team_body,
               o.name AS body,
               COUNT(DISTINCT e.id) AS events,
               MIN({_KNOWN}) AS first_date,
               MAX({_KNOWN}) AS last_date
        FROM event_targets et
        JOIN events e ON e.id = et.event_id
        JOIN organizations o ON o.id = et.organization_id
        LEFT JOIN inspection_teams t ON t.id = e.team_id
        LEFT JOIN organizations tb ON tb.id = t.body_id
        GROUP BY COALESCE(t.year, e.year), t.name, COALESCE(tb.name, t.body_as_written), o.id
    """,
    # Party and state documents by how often they are cited.
    "cited_document_frequency": """
        SELECT kind,
               number,
               MIN(text) AS text,
               COUNT(*) AS citations,
               COUNT(DISTINCT document_id) AS documents
        FROM cited_documents
        GROUP BY kind, COALESCE(number, text)
    """,
}

# Article text for full-text search, as two keys of pipeline.text.normalize (both
# the length of the stored text): `text` is match_key (lower case, one tone
# placement, accents kept) and `folded` is fold_key (no diacritics, đ → d).
# rowid is documents.id; db/persist.py keeps the table in step with documents.
FTS = ("CREATE VIRTUAL TABLE documents_fts USING fts5("
       "text, folded, tokenize = 'unicode61 remove_diacritics 0')")


def upgrade() -> None:
    for name, sql in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {sql}")
    op.execute(FTS)
    _index_existing_documents()


def _index_existing_documents() -> None:
    # Articles ingested before this revision.
    from pipeline.text.normalize import fold_key, match_key

    bind = op.get_bind()
    rows = bind.exec_driver_sql("SELECT id, text FROM documents").fetchall()
    for doc_id, text in rows:
        bind.exec_driver_sql("INSERT INTO documents_fts (rowid, text, folded) VALUES (?, ?, ?)",
                             (doc_id, match_key(text), fold_key(text)))


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS documents_fts")
    for name in reversed(list(VIEWS)):
        op.execute(f"DROP VIEW IF EXISTS {name}")
