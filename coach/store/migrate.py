"""Bring a database to the newest schema with the Alembic migrations in coach/store/migrations.

Run when a store opens.  A fresh database is upgraded to head; a database made before the
migrations existed (no alembic_version table) is recognised by its columns, stamped with the
revision it matches ("0001_baseline" before owners, "0002_owners" with them), then upgraded.
Two instances starting together take turns: PostgreSQL with an advisory lock, SQLite with
BEGIN IMMEDIATE (one writer), so a migration runs once.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text

FOLDER = Path(__file__).parent / "migrations"
_PG_LOCK = 7_240_917  # any fixed number: the advisory lock of coach's migrations


def config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(FOLDER))
    cfg.attributes["connection"] = connection
    return cfg


@lru_cache(maxsize=1)
def head() -> str:
    return ScriptDirectory.from_config(config()).get_current_head()


def current(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def legacy_revision(connection: Connection) -> str | None:
    """The revision an unversioned database matches, or None (empty, or already versioned)."""
    tables = set(inspect(connection).get_table_names())
    if "alembic_version" in tables or "sessions" not in tables:
        return None
    columns = {c["name"] for c in inspect(connection).get_columns("sessions")}
    return "0002_owners" if "owner_id" in columns else "0001_baseline"


def upgrade(engine: Engine) -> None:
    """Migrate to head (a no-op, one query, when the database is there already)."""
    with engine.connect() as probe:
        if current(probe) == head():
            return
    if engine.dialect.name == "sqlite":
        _upgrade_sqlite(engine)
    else:
        with engine.begin() as conn:
            if engine.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK})
            _upgrade(conn)


def _upgrade_sqlite(engine: Engine) -> None:
    # pysqlite would not put DDL in a transaction: take the write lock by hand, the whole
    # migration in it (SQLite's DDL is transactional), so a second instance waits, then sees head
    with engine.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            _upgrade(conn)
        except BaseException:
            conn.exec_driver_sql("ROLLBACK")
            raise
        conn.exec_driver_sql("COMMIT")


def _upgrade(conn: Connection) -> None:
    if current(conn) == head():  # another instance did it while this one waited
        return
    cfg = config(conn)
    legacy = legacy_revision(conn)
    if legacy is not None:
        command.stamp(cfg, legacy)
    command.upgrade(cfg, "head")
