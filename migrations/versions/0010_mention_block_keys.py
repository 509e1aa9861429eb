"""person_mentions.block_key: the resolver's block of each mention, so that a change of a few
articles recomputes only the blocks it touches (filled by the resolver; NULL until then)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""
from __future__ import annotations

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: Union[str, None] = "0009"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("person_mentions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("block_key", sa.String(), nullable=True))
    op.create_index("ix_person_mentions_block_key", "person_mentions", ["block_key"])


def downgrade() -> None:
    op.drop_index("ix_person_mentions_block_key", table_name="person_mentions")
    # Dropping a column copies person_mentions into a new table, which SQLite refuses while
    # views name it: they are set aside and created again as they were.
    views = _drop_views()
    with op.batch_alter_table("person_mentions", schema=None) as batch_op:
        batch_op.drop_column("block_key")
    for sql in views:
        op.execute(sql)


def _drop_views() -> list[str]:
    """Drop every view; return the statements that create them again."""
    rows = op.get_bind().execute(
        sa.text("SELECT name, sql FROM sqlite_master WHERE type = 'view' ORDER BY rowid")).all()
    for name, _ in rows:
        op.execute(f'DROP VIEW "{name}"')
    return [sql for _, sql in rows]
