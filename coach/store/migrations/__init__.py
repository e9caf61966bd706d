"""Alembic migrations of the coach database (run by coach.store.migrate when a store opens)."""
