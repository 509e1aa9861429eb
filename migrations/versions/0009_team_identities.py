"""team identities across articles (inspection_teams.identity_id) and the team_itinerary view

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""
from __future__ import annotations

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: Union[str, None] = "0008"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# One row per article a team worked in: where and when, with the bodies it worked with.
# Dates with a known year sort in time order; coordinates are the place's, else the
# province's (for a map).
TEAM_ITINERARY = """
    SELECT ti.id AS team_id,
           ti.name AS team,
           ti.number AS team_number,
           tb.name AS team_body,
           ti.year AS team_year,
           ti.articles AS team_articles,
           e.id AS event_id,
           d.name AS document,
           e.kind AS kind,
           e.edtf AS date,
           pr.short_name AS province,
           pr.code AS province_code,
           pl.short_name AS place,
           COALESCE(pl.latitude, pr.latitude) AS latitude,
           COALESCE(pl.longitude, pr.longitude) AS longitude,
           (SELECT GROUP_CONCAT(x.name, '; ') FROM (
                SELECT o.name AS name FROM event_targets et
                JOIN organizations o ON o.id = et.organization_id
                WHERE et.event_id = e.id ORDER BY et.start) x) AS bodies
    FROM team_identities ti
    JOIN inspection_teams t ON t.identity_id = ti.id
    JOIN events e ON e.team_id = t.id AND e.main
    JOIN documents d ON d.id = e.document_id
    LEFT JOIN organizations tb ON tb.id = ti.body_id
    LEFT JOIN places pr ON pr.id = e.province_id
    LEFT JOIN places pl ON pl.id = e.place_id
"""


def upgrade() -> None:
    op.create_table(
        "team_identities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("rule", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("body_id", sa.Integer(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("leader_id", sa.Integer(), nullable=True),
        sa.Column("articles", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["body_id"], ["organizations.id"],
                                name=op.f("fk_team_identities_body_id_organizations")),
        sa.ForeignKeyConstraint(["leader_id"], ["persons.id"], ondelete="SET NULL",
                                name=op.f("fk_team_identities_leader_id_persons")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_identities")),
        sa.UniqueConstraint("key", name=op.f("uq_team_identities_key")),
    )
    with op.batch_alter_table("team_identities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_team_identities_body_id"), ["body_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_team_identities_leader_id"), ["leader_id"],
                              unique=False)
    # Batch mode copies inspection_teams into a new table, which SQLite refuses while
    # views name it: they are set aside and created again as they were.
    views = _drop_views()
    with op.batch_alter_table("inspection_teams", schema=None) as batch_op:
        batch_op.add_column(sa.Column("identity_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_inspection_teams_identity_id"), ["identity_id"],
                              unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_inspection_teams_identity_id_team_identities"),
                                    "team_identities", ["identity_id"], ["id"],
                                    ondelete="SET NULL")
    for sql in views:
        op.execute(sql)
    op.execute(f"CREATE VIEW team_itinerary AS {TEAM_ITINERARY}")


def _drop_views() -> list[str]:
    """Drop every view; return the statements that create them again."""
    rows = op.get_bind().execute(
        sa.text("SELECT name, sql FROM sqlite_master WHERE type = 'view' ORDER BY rowid")).all()
    for name, _ in rows:
        op.execute(f'DROP VIEW "{name}"')
    return [sql for _, sql in rows]


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS team_itinerary")
    views = _drop_views()
    with op.batch_alter_table("inspection_teams", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_inspection_teams_identity_id_team_identities"),
                                 type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_inspection_teams_identity_id"))
        batch_op.drop_column("identity_id")
    for sql in views:
        op.execute(sql)
    with op.batch_alter_table("team_identities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_team_identities_leader_id"))
        batch_op.drop_index(batch_op.f("ix_team_identities_body_id"))
    op.drop_table("team_identities")
