"""Alembic migrations: an SQLite file from before the migrations is upgraded with its rows kept,
a fresh database gets exactly the schema of the SQLAlchemy tables, and two instances opening one
database at once migrate it once."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from coach.roleplay.models import SessionTurn
from coach.store import Store
from coach.store.migrate import head, legacy_revision
from coach.store.tables import Base

OLD_SCHEMA = (Path(__file__).parent / "fixtures" / "db" / "schema-84739aa.sql").read_text(encoding="utf-8")


def old_database(path: Path, owners: bool = False) -> str:
    """An SQLite file as main made it before the migrations (optionally with the owner columns)."""
    with sqlite3.connect(path) as db:
        db.executescript(OLD_SCHEMA)
        if owners:
            for table in ("sessions", "reviews"):
                db.execute(f"ALTER TABLE {table} ADD COLUMN owner_id VARCHAR(200) DEFAULT 'local' NOT NULL")
                db.execute(f"ALTER TABLE {table} ADD COLUMN workshop_id VARCHAR(64)")
                db.execute(f"CREATE INDEX ix_{table}_owner_id ON {table} (owner_id)")
                db.execute(f"CREATE INDEX ix_{table}_workshop_id ON {table} (workshop_id)")
    return f"sqlite:///{path}"


def revision_of(url: str) -> str | None:
    engine = create_engine(url)
    with engine.connect() as conn:
        found = MigrationContext.configure(conn).get_current_revision()
    engine.dispose()
    return found


def schema_differences(url: str) -> list:
    engine = create_engine(url)
    with engine.connect() as conn:
        found = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    return found


def test_an_sqlite_file_from_before_the_owners_is_upgraded_with_its_rows(tmp_path):
    url = old_database(tmp_path / "coach.sqlite")
    engine = create_engine(url)
    with engine.connect() as conn:
        assert legacy_revision(conn) == "0001_baseline"
    engine.dispose()
    assert schema_differences(url)  # before: the owner and idempotency columns are missing
    store = Store(url)
    assert revision_of(url) == head()
    session = store.load_session("old-session")
    assert [t.text for t in session.turns] == ["Wil jij de begroting maken?", "Wat moet erin staan?"]
    assert session.seed == 3 and session.ended and session.turns[0].hint == "Noem het resultaat."
    assert {r.id for r in store.list_reviews()} == {"old-review", "old-upload"}
    assert [p.status for p in store.score_history()] == ["partly", "missed"]
    with store.engine.connect() as conn:
        owners = conn.execute(text("SELECT owner_id FROM sessions UNION ALL SELECT owner_id FROM reviews")).scalars()
        assert list(owners) == ["local"] * 3
    assert store.scoped("local").load_session("old-session") is not None
    assert store.scoped("user:ann").load_session("old-session") is None
    session.turns.append(SessionTurn(speaker="Manager", role="manager", text="Tot donderdag."))
    assert store.save_session(session, expected=0) == 1  # old rows start at version 0
    assert len(store.load_session("old-session").turns) == 3
    store.close()
    assert schema_differences(url) == []


def test_a_file_with_owners_but_no_migrations_is_stamped_0002_and_upgraded(tmp_path):
    url = old_database(tmp_path / "coach.sqlite", owners=True)
    engine = create_engine(url)
    with engine.connect() as conn:
        assert legacy_revision(conn) == "0002_owners"
    engine.dispose()
    store = Store(url)
    assert store.load_session_at("old-session").version == 0
    store.close()
    assert revision_of(url) == head()
    assert schema_differences(url) == []


def test_a_fresh_database_gets_exactly_the_tables_schema(db_url):
    Store(db_url).close()
    assert revision_of(db_url) == head()
    assert schema_differences(db_url) == []
    engine = create_engine(db_url)
    assert {"sessions", "turns", "reviews", "scores", "alembic_version"} <= set(inspect(engine).get_table_names())
    engine.dispose()


def open_at_once(url: str, count: int = 3) -> tuple[list[Store], list[str]]:
    """`count` stores opened on url at the same time (as instances starting together): the stores, the errors."""
    stores, errors = [], []

    def open_one():
        try:
            stores.append(Store(url))
        except Exception as exc:  # noqa: BLE001 - reported by the caller
            errors.append(repr(exc))

    threads = [threading.Thread(target=open_one) for _ in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return stores, errors


def test_two_instances_opening_one_new_database_migrate_it_once(db_url):
    stores, errors = open_at_once(db_url)
    assert errors == [] and len(stores) == 3
    assert revision_of(db_url) == head()
    for store in stores:
        store.close()


def test_new_sqlite_files_opened_by_three_instances_at_once_never_report_a_lock(tmp_path):
    # switching a new file to WAL answers "database is locked" without waiting; it happened in
    # about one round in ten before the retry, so twenty rounds catch a regression
    for round_ in range(20):
        stores, errors = open_at_once(f"sqlite:///{tmp_path / f'r{round_}.sqlite'}")
        for store in stores:
            store.close()
        assert errors == [], f"round {round_}: {errors}"
