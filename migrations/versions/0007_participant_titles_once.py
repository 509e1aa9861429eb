"""event_participant_titles: each title once per participant, a title-less row only when none

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""
from __future__ import annotations

from typing import Sequence, Union

from alembic import op

revision: str = "0007"
down_revision: Union[str, None] = "0006"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# A person named several times in an article repeats titles in different words
# ("Bí thư Tỉnh ủy", "Bí thư Tỉnh ủy Đắk Lắk"): one row per (position, body,
# qualifier), shown as first written; a participant with no title at all keeps
# one row with NULL titles, so the participant is still listed.
NEW = """
    SELECT e.id AS event_id,
           d.name AS document,
           e.edtf AS date,
           e.kind AS kind,
           ep.person_id AS person_id,
           p.name AS person,
           ep.side AS side,
           ep.role AS role,
           mt.text AS title,
           mt.position AS position,
           o.name AS organization,
           mt.qualifier AS qualifier
    FROM event_participants ep
    JOIN events e ON e.id = ep.event_id
    JOIN documents d ON d.id = e.document_id
    JOIN persons p ON p.id = ep.person_id
    LEFT JOIN mention_titles mt ON mt.id IN (
        SELECT MIN(t.id)
        FROM mention_titles t
        JOIN person_mentions pm ON pm.id = t.mention_id
        WHERE pm.person_id = ep.person_id AND pm.document_id = e.document_id
        GROUP BY t.position, t.organization_id, t.qualifier)
    LEFT JOIN organizations o ON o.id = mt.organization_id
"""

OLD = """
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
"""


def upgrade() -> None:
    op.execute("DROP VIEW IF EXISTS event_participant_titles")
    op.execute(f"CREATE VIEW event_participant_titles AS {NEW}")


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS event_participant_titles")
    op.execute(f"CREATE VIEW event_participant_titles AS {OLD}")
