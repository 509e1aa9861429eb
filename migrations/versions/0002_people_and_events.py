"""people, titles, organizations, teams, targets, participants, cited documents

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 13:20:03.866311
"""
from __future__ import annotations

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


revision: str = '0002'
down_revision: Union[str, None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('persons',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('deceased', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_persons'))
    )
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_persons_key'), ['key'], unique=False)
        batch_op.create_index(batch_op.f('ix_persons_name'), ['name'], unique=False)

    op.create_table('ranks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('seniority', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ranks')),
    sa.UniqueConstraint('name', name=op.f('uq_ranks_name'))
    )
    op.create_table('organizations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('head', sa.String(), nullable=True),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('place_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['parent_id'], ['organizations.id'], name=op.f('fk_organizations_parent_id_organizations')),
    sa.ForeignKeyConstraint(['place_id'], ['places.id'], name=op.f('fk_organizations_place_id_places')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organizations')),
    sa.UniqueConstraint('key', name=op.f('uq_organizations_key'))
    )
    with op.batch_alter_table('organizations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organizations_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_organizations_place_id'), ['place_id'], unique=False)

    op.create_table('cited_documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('segment_id', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('number', sa.String(), nullable=True),
    sa.Column('issuer_code', sa.String(), nullable=True),
    sa.Column('date', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_cited_documents_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['segment_id'], ['segments.id'], name=op.f('fk_cited_documents_segment_id_segments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cited_documents'))
    )
    with op.batch_alter_table('cited_documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cited_documents_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_cited_documents_kind'), ['kind'], unique=False)

    op.create_table('inspection_teams',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('segment_id', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=True),
    sa.Column('body_id', sa.Integer(), nullable=True),
    sa.Column('body_as_written', sa.String(), nullable=True),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('topic', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['body_id'], ['organizations.id'], name=op.f('fk_inspection_teams_body_id_organizations')),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_inspection_teams_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['segment_id'], ['segments.id'], name=op.f('fk_inspection_teams_segment_id_segments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspection_teams'))
    )
    with op.batch_alter_table('inspection_teams', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspection_teams_body_id'), ['body_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspection_teams_document_id'), ['document_id'], unique=False)

    op.create_table('person_mentions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('segment_id', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('rank_id', sa.Integer(), nullable=True),
    sa.Column('honorific', sa.String(), nullable=True),
    sa.Column('deceased', sa.Boolean(), nullable=False),
    sa.Column('former', sa.Boolean(), nullable=False),
    sa.Column('context_start', sa.Integer(), nullable=False),
    sa.Column('context_end', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_person_mentions_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_person_mentions_person_id_persons')),
    sa.ForeignKeyConstraint(['rank_id'], ['ranks.id'], name=op.f('fk_person_mentions_rank_id_ranks')),
    sa.ForeignKeyConstraint(['segment_id'], ['segments.id'], name=op.f('fk_person_mentions_segment_id_segments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person_mentions'))
    )
    with op.batch_alter_table('person_mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_mentions_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_mentions_person_id'), ['person_id'], unique=False)

    op.create_table('mention_titles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mention_id', sa.Integer(), nullable=False),
    sa.Column('ord', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('position', sa.String(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=True),
    sa.Column('organization_as_written', sa.String(), nullable=True),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('qualifier', sa.String(), nullable=True),
    sa.Column('org_inferred', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['mention_id'], ['person_mentions.id'], name=op.f('fk_mention_titles_mention_id_person_mentions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_mention_titles_organization_id_organizations')),
    sa.ForeignKeyConstraint(['parent_id'], ['organizations.id'], name=op.f('fk_mention_titles_parent_id_organizations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mention_titles')),
    sa.UniqueConstraint('mention_id', 'ord', name=op.f('uq_mention_titles_mention_id_ord'))
    )
    with op.batch_alter_table('mention_titles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mention_titles_mention_id'), ['mention_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mention_titles_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mention_titles_position'), ['position'], unique=False)

    op.create_table('event_participants',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('mention_id', sa.Integer(), nullable=False),
    sa.Column('side', sa.String(), nullable=False),
    sa.Column('role', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_participants_event_id_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mention_id'], ['person_mentions.id'], name=op.f('fk_event_participants_mention_id_person_mentions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['persons.id'], name=op.f('fk_event_participants_person_id_persons')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_participants')),
    sa.UniqueConstraint('event_id', 'person_id', name=op.f('uq_event_participants_event_id_person_id'))
    )
    with op.batch_alter_table('event_participants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_participants_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_participants_person_id'), ['person_id'], unique=False)

    op.create_table('event_targets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('surface', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_targets_event_id_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_event_targets_organization_id_organizations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_targets'))
    )
    with op.batch_alter_table('event_targets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_targets_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_targets_organization_id'), ['organization_id'], unique=False)

    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('team_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_events_team_id'), ['team_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_events_team_id_inspection_teams'), 'inspection_teams', ['team_id'], ['id'], ondelete='SET NULL')



def downgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_events_team_id_inspection_teams'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_events_team_id'))
        batch_op.drop_column('team_id')

    with op.batch_alter_table('event_targets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_targets_organization_id'))
        batch_op.drop_index(batch_op.f('ix_event_targets_event_id'))

    op.drop_table('event_targets')
    with op.batch_alter_table('event_participants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_participants_person_id'))
        batch_op.drop_index(batch_op.f('ix_event_participants_event_id'))

    op.drop_table('event_participants')
    with op.batch_alter_table('mention_titles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mention_titles_position'))
        batch_op.drop_index(batch_op.f('ix_mention_titles_organization_id'))
        batch_op.drop_index(batch_op.f('ix_mention_titles_mention_id'))

    op.drop_table('mention_titles')
    with op.batch_alter_table('person_mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_mentions_person_id'))
        batch_op.drop_index(batch_op.f('ix_person_mentions_document_id'))

    op.drop_table('person_mentions')
    with op.batch_alter_table('inspection_teams', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspection_teams_document_id'))
        batch_op.drop_index(batch_op.f('ix_inspection_teams_body_id'))

    op.drop_table('inspection_teams')
    with op.batch_alter_table('cited_documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cited_documents_kind'))
        batch_op.drop_index(batch_op.f('ix_cited_documents_document_id'))

    op.drop_table('cited_documents')
    with op.batch_alter_table('organizations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organizations_place_id'))
        batch_op.drop_index(batch_op.f('ix_organizations_parent_id'))

    op.drop_table('organizations')
    op.drop_table('ranks')
    with op.batch_alter_table('persons', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_persons_name'))
        batch_op.drop_index(batch_op.f('ix_persons_key'))

    op.drop_table('persons')
