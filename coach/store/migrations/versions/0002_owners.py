"""Owners: owner_id ("local" for rows from before) and workshop_id on sessions and reviews.

Revision ID: 0002_owners
Revises: 0001_baseline
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_owners"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None

TABLES = ("sessions", "reviews")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("owner_id", sa.String(200), nullable=False, server_default="local"))
        op.add_column(table, sa.Column("workshop_id", sa.String(64), nullable=True))
        op.create_index(f"ix_{table}_owner_id", table, ["owner_id"])
        op.create_index(f"ix_{table}_workshop_id", table, ["workshop_id"])


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_workshop_id", table_name=table)
        op.drop_index(f"ix_{table}_owner_id", table_name=table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("workshop_id")
            batch.drop_column("owner_id")
