"""The schema of the store before owners (sessions, turns, reviews, scores).

Revision ID: 0001_baseline
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_baseline"
down_revision = None
branch_labels = None
depends_on = None

WHEN = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "sessions",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("storyline_id", sa.String(64), nullable=False, index=True),
        sa.Column("scenario_id", sa.String(100), nullable=False),
        sa.Column("persona_id", sa.String(100), nullable=False),
        sa.Column("phase", sa.String(20), nullable=False),
        sa.Column("language", sa.String(5), nullable=False),
        sa.Column("engine", sa.String(20), nullable=False),
        sa.Column("ended", sa.Boolean, nullable=False),
        sa.Column("created", WHEN, nullable=False),
        sa.Column("updated", WHEN, nullable=False),
        sa.Column("state", sa.JSON, nullable=False),
    )
    op.create_table(
        "turns",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("session_id", sa.String(64), sa.ForeignKey("sessions.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("speaker", sa.String(200), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("acts", sa.JSON, nullable=False),
        sa.Column("hint", sa.Text, nullable=True),
        sa.Column("at", WHEN, nullable=False),
    )
    op.create_table(
        "reviews",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("session_id", sa.String(64), sa.ForeignKey("sessions.id", ondelete="CASCADE"),
                  nullable=True, index=True),
        sa.Column("source_name", sa.String(300), nullable=True),
        sa.Column("phase", sa.String(20), nullable=False),
        sa.Column("language", sa.String(5), nullable=False),
        sa.Column("engine", sa.String(20), nullable=False),
        sa.Column("manager", sa.String(200), nullable=False),
        sa.Column("created", WHEN, nullable=False, index=True),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_table(
        "scores",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("review_id", sa.String(64), sa.ForeignKey("reviews.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("guideline", sa.String(100), nullable=False, index=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("score", sa.Float, nullable=True),
        sa.Column("created", WHEN, nullable=False),
    )


def downgrade() -> None:
    for table in ("scores", "reviews", "turns", "sessions"):
        op.drop_table(table)
