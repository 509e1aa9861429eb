"""views: person title history, event participants with titles

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""
from __future__ import annotations

from typing import Sequence, Union

from alembic import op

revision: str = "0004"
down_revision: Union[str, None] = "0003"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# An event's date when its year is known, else the article's publication date:
# EDTF strings with a year sort in time order.
_DATED = "CASE WHEN e.year IS NOT NULL THEN e.edtf ELSE d.published END"

VIEWS = {
    "person_title_history": f"""
        SELECT pm.person_id AS person_id,
               p.name AS person,
               mt.position AS position,
               o.name AS organization,
               mt.qualifier AS qualifier,
               MIN({_DATED}) AS first_seen,
               MAX({_DATED}) AS last_seen,
               COUNT(DISTINCT pm.document_id) AS documents,
               MIN(mt.id) AS first_title_id
        FROM mention_titles mt
        JOIN person_mentions pm ON pm.id = mt.mention_id
        JOIN persons p ON p.id = pm.person_id
        JOIN documents d ON d.id = pm.document_id
        LEFT JOIN events e ON e.document_id = d.id AND e.main = 1
        LEFT JOIN organizations o ON o.id = mt.organization_id
        GROUP BY pm.person_id, mt.position, mt.organization_id, mt.qualifier
    """,
    "event_participant_titles": """
        SELECT DISTINCT e.id AS event_id,
               d.name AS document,
               e.edtf AS date,
               e.kind AS kind,
               ep.person_id AS person_id,
               p.name AS person,
               ep.side AS side,
               ep.role AS role,
               mt.text AS title,
               mt.position AS position,
               o.name AS organization
        FROM event_participants ep
        JOIN events e ON e.id = ep.event_id
        JOIN documents d ON d.id = e.document_id
        JOIN persons p ON p.id = ep.person_id
        JOIN person_mentions pm ON pm.person_id = ep.person_id AND pm.document_id = e.document_id
        LEFT JOIN mention_titles mt ON mt.mention_id = pm.id
        LEFT JOIN organizations o ON o.id = mt.organization_id
    """,
}


def upgrade() -> None:
    for name, sql in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {sql}")


def downgrade() -> None:
    for name in reversed(list(VIEWS)):
        op.execute(f"DROP VIEW IF EXISTS {name}")
