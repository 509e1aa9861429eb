"""date_mentions.modifier: the start, middle or end of a period ("đầu tháng 3/2024")

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""
from __future__ import annotations

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: Union[str, None] = "0007"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("date_mentions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("modifier", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("date_mentions", schema=None) as batch_op:
        batch_op.drop_column("modifier")
