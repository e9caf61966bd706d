"""Workshops and participants (issue 9).

Revision ID: 0004_workshops
Revises: 0003_idempotency
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_workshops"
down_revision = "0003_idempotency"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "workshops",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("code", sa.String(16), nullable=False),
        sa.Column("owner_id", sa.String(200), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("language", sa.String(5), nullable=False),
        sa.Column("ends", sa.String(10), nullable=False),
        sa.Column("closed", sa.Boolean(), nullable=False),
        sa.Column("created", sa.DateTime(timezone=True), nullable=False),
        sa.Column("settings", sa.JSON(), nullable=False),
    )
    op.create_index("ix_workshops_code", "workshops", ["code"], unique=True)
    op.create_index("ix_workshops_owner_id", "workshops", ["owner_id"])
    op.create_table(
        "participants",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("workshop_id", sa.String(64), sa.ForeignKey("workshops.id", ondelete="CASCADE"), nullable=False),
        sa.Column("display_name", sa.String(100), nullable=False),
        sa.Column("consent", sa.Boolean(), nullable=False),
        sa.Column("joined", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_participants_workshop_id", "participants", ["workshop_id"])


def downgrade() -> None:
    op.drop_index("ix_participants_workshop_id", table_name="participants")
    op.drop_table("participants")
    op.drop_index("ix_workshops_owner_id", table_name="workshops")
    op.drop_index("ix_workshops_code", table_name="workshops")
    op.drop_table("workshops")
