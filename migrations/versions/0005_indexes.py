"""indexes for deletes and re-resolution

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 14:47:59.592802
"""
from __future__ import annotations

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


revision: str = '0005'
down_revision: Union[str, None] = '0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('cited_documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cited_documents_segment_id'), ['segment_id'], unique=False)

    with op.batch_alter_table('credits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_credits_segment_id'), ['segment_id'], unique=False)

    with op.batch_alter_table('date_mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_date_mentions_segment_id'), ['segment_id'], unique=False)

    with op.batch_alter_table('event_participants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_participants_mention_id'), ['mention_id'], unique=False)

    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_events_date_mention_id'), ['date_mention_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_segment_id'), ['segment_id'], unique=False)

    with op.batch_alter_table('inspection_teams', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspection_teams_segment_id'), ['segment_id'], unique=False)

    with op.batch_alter_table('person_mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_mentions_segment_id'), ['segment_id'], unique=False)

    with op.batch_alter_table('place_mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_place_mentions_segment_id'), ['segment_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('place_mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_place_mentions_segment_id'))

    with op.batch_alter_table('person_mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_mentions_segment_id'))

    with op.batch_alter_table('inspection_teams', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspection_teams_segment_id'))

    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_events_segment_id'))
        batch_op.drop_index(batch_op.f('ix_events_date_mention_id'))

    with op.batch_alter_table('event_participants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_participants_mention_id'))

    with op.batch_alter_table('date_mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_date_mentions_segment_id'))

    with op.batch_alter_table('credits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_credits_segment_id'))

    with op.batch_alter_table('cited_documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cited_documents_segment_id'))

