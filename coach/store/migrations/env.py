"""Alembic environment: always given a connection by coach.store.migrate (never run from a URL)."""

from alembic import context

from coach.store.tables import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, compare_type=True)
with context.begin_transaction():
    context.run_migrations()
