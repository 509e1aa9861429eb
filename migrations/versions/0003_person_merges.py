"""person merges and curation decisions

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 13:31:40.188093
"""
from __future__ import annotations

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


revision: str = '0003'
down_revision: Union[str, None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('curation_decisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(), nullable=False),
    sa.Column('left_ref', sa.String(), nullable=False),
    sa.Column('right_ref', sa.String(), nullable=False),
    sa.Column('note', sa.String(), nullable=True),
    sa.Column('applied', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_curation_decisions'))
    )
    op.create_table('person_merges',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('mention_id', sa.Integer(), nullable=False),
    sa.Column('other_mention_id', sa.Integer(), nullable=False),
    sa.Column('decision', sa.String(), nullable=False),
    sa.Column('rule', sa.String(), nullable=False),
    sa.Column('score', sa.Double(), nullable=False),
    sa.Column('evidence', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['mention_id'], ['person_mentions.id'], name=op.f('fk_person_merges_mention_id_person_mentions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['other_mention_id'], ['person_mentions.id'], name=op.f('fk_person_merges_other_mention_id_person_mentions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_person_merges_person_id_persons'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_merges'))
    )
    with op.batch_alter_table('person_merges', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_merges_mention_id'), ['mention_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_merges_other_mention_id'), ['other_mention_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_merges_person_id'), ['person_id'], unique=False)

    with op.batch_alter_table('ingest_runs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('curation_sha256', sa.String(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('ingest_runs', schema=None) as batch_op:
        batch_op.drop_column('curation_sha256')

    with op.batch_alter_table('person_merges', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_merges_person_id'))
        batch_op.drop_index(batch_op.f('ix_person_merges_other_mention_id'))
        batch_op.drop_index(batch_op.f('ix_person_merges_mention_id'))

    op.drop_table('person_merges')
    op.drop_table('curation_decisions')
