"""documents, segments, places, dates, credits, events, ingest runs

Revision ID: 0001
Revises: 
Create Date: 2026-11-24 13:03:53.169561
"""
from __future__ import annotations

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: Union[str, None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('ingest_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('files_seen', sa.Integer(), nullable=False),
    sa.Column('ingested', sa.Integer(), nullable=False),
    sa.Column('skipped', sa.Integer(), nullable=False),
    sa.Column('failed', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ingest_runs'))
    )
    op.create_table('places',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('era', sa.String(), nullable=False),
    sa.Column('level', sa.String(), nullable=False),
    sa.Column('code', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('short_name', sa.String(), nullable=False),
    sa.Column('unit_type', sa.String(), nullable=False),
    sa.Column('province_code', sa.String(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('successor_id', sa.Integer(), nullable=True),
    sa.Column('latitude', sa.Double(), nullable=True),
    sa.Column('longitude', sa.Double(), nullable=True),
    sa.ForeignKeyConstraint(['parent_id'], ['places.id'], name=op.f('fk_places_parent_id_places')),
    sa.ForeignKeyConstraint(['successor_id'], ['places.id'], name=op.f('fk_places_successor_id_places')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_places')),
    sa.UniqueConstraint('era', 'level', 'code', name=op.f('uq_places_era_level_code'))
    )
    with op.batch_alter_table('places', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_places_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_places_short_name'), ['short_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_places_successor_id'), ['successor_id'], unique=False)

    op.create_table('documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('path', sa.String(), nullable=False),
    sa.Column('sha256', sa.String(), nullable=False),
    sa.Column('encoding', sa.String(), nullable=False),
    sa.Column('source_code', sa.String(), nullable=True),
    sa.Column('source', sa.String(), nullable=True),
    sa.Column('headline', sa.String(), nullable=True),
    sa.Column('url', sa.String(), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('ingest_run_id', sa.Integer(), nullable=True),
    sa.Column('ingested_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['ingest_run_id'], ['ingest_runs.id'], name=op.f('fk_documents_ingest_run_id_ingest_runs'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_documents')),
    sa.UniqueConstraint('path', name=op.f('uq_documents_path')),
    sa.UniqueConstraint('sha256', name=op.f('uq_documents_sha256'))
    )
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_documents_ingest_run_id'), ['ingest_run_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_documents_name'), ['name'], unique=False)

    op.create_table('ingest_errors',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('path', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('message', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['ingest_runs.id'], name=op.f('fk_ingest_errors_run_id_ingest_runs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ingest_errors'))
    )
    with op.batch_alter_table('ingest_errors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ingest_errors_run_id'), ['run_id'], unique=False)

    op.create_table('segments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('idx', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('teaser', sa.Integer(), nullable=True),
    sa.Column('repeated', sa.Boolean(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_segments_document_id_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_segments')),
    sa.UniqueConstraint('document_id', 'idx', name=op.f('uq_segments_document_id_idx'))
    )
    op.create_table('credits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('segment_id', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('is_agency', sa.Boolean(), nullable=False),
    sa.Column('agency', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_credits_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['segment_id'], ['segments.id'], name=op.f('fk_credits_segment_id_segments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_credits'))
    )
    with op.batch_alter_table('credits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_credits_document_id'), ['document_id'], unique=False)

    op.create_table('date_mentions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('segment_id', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('edtf', sa.String(), nullable=False),
    sa.Column('precision', sa.String(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('month', sa.Integer(), nullable=True),
    sa.Column('day', sa.Integer(), nullable=True),
    sa.Column('time_of_day', sa.String(), nullable=True),
    sa.Column('year_source', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_date_mentions_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['segment_id'], ['segments.id'], name=op.f('fk_date_mentions_segment_id_segments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_date_mentions'))
    )
    with op.batch_alter_table('date_mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_date_mentions_document_id'), ['document_id'], unique=False)

    op.create_table('place_mentions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('segment_id', sa.Integer(), nullable=False),
    sa.Column('place_id', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('surface', sa.String(), nullable=False),
    sa.Column('score', sa.Double(), nullable=False),
    sa.Column('via', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_place_mentions_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['place_id'], ['places.id'], name=op.f('fk_place_mentions_place_id_places')),
    sa.ForeignKeyConstraint(['segment_id'], ['segments.id'], name=op.f('fk_place_mentions_segment_id_segments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_place_mentions'))
    )
    with op.batch_alter_table('place_mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_place_mentions_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_place_mentions_place_id'), ['place_id'], unique=False)

    op.create_table('events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('segment_id', sa.Integer(), nullable=False),
    sa.Column('main', sa.Boolean(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('date_mention_id', sa.Integer(), nullable=True),
    sa.Column('edtf', sa.String(), nullable=True),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('month', sa.Integer(), nullable=True),
    sa.Column('day', sa.Integer(), nullable=True),
    sa.Column('precision', sa.String(), nullable=True),
    sa.Column('time_of_day', sa.String(), nullable=True),
    sa.Column('place_id', sa.Integer(), nullable=True),
    sa.Column('province_id', sa.Integer(), nullable=True),
    sa.Column('province_inferred', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['date_mention_id'], ['date_mentions.id'], name=op.f('fk_events_date_mention_id_date_mentions'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_events_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['place_id'], ['places.id'], name=op.f('fk_events_place_id_places')),
    sa.ForeignKeyConstraint(['province_id'], ['places.id'], name=op.f('fk_events_province_id_places')),
    sa.ForeignKeyConstraint(['segment_id'], ['segments.id'], name=op.f('fk_events_segment_id_segments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_events'))
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_events_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_place_id'), ['place_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_province_id'), ['province_id'], unique=False)
        batch_op.create_index('ix_events_year_month_day', ['year', 'month', 'day'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_year_month_day')
        batch_op.drop_index(batch_op.f('ix_events_province_id'))
        batch_op.drop_index(batch_op.f('ix_events_place_id'))
        batch_op.drop_index(batch_op.f('ix_events_document_id'))

    op.drop_table('events')
    with op.batch_alter_table('place_mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_place_mentions_place_id'))
        batch_op.drop_index(batch_op.f('ix_place_mentions_document_id'))

    op.drop_table('place_mentions')
    with op.batch_alter_table('date_mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_date_mentions_document_id'))

    op.drop_table('date_mentions')
    with op.batch_alter_table('credits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_credits_document_id'))

    op.drop_table('credits')
    op.drop_table('segments')
    with op.batch_alter_table('ingest_errors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ingest_errors_run_id'))

    op.drop_table('ingest_errors')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_documents_name'))
        batch_op.drop_index(batch_op.f('ix_documents_ingest_run_id'))

    op.drop_table('documents')
    with op.batch_alter_table('places', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_places_successor_id'))
        batch_op.drop_index(batch_op.f('ix_places_short_name'))
        batch_op.drop_index(batch_op.f('ix_places_parent_id'))

    op.drop_table('places')
    op.drop_table('ingest_runs')
