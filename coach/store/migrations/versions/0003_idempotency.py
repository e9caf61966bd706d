"""Turns stored once: a version per session (a save checks it), a busy mark while a streamed
reply is made, and a request id per turn (unique within its session), so a retried turn returns
the stored reply.

Revision ID: 0003_idempotency
Revises: 0002_owners
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_idempotency"
down_revision = "0002_owners"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("sessions", sa.Column("version", sa.Integer, nullable=False, server_default="0"))
    op.add_column("sessions", sa.Column("busy_until", sa.DateTime(timezone=True), nullable=True))
    op.add_column("turns", sa.Column("request_id", sa.String(64), nullable=True))
    op.create_index("uq_turns_session_request", "turns", ["session_id", "request_id"], unique=True)


def downgrade() -> None:
    op.drop_index("uq_turns_session_request", table_name="turns")
    with op.batch_alter_table("turns") as batch:
        batch.drop_column("request_id")
    with op.batch_alter_table("sessions") as batch:
        batch.drop_column("busy_until")
        batch.drop_column("version")
