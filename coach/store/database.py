"""Open the database: an SQLAlchemy engine for COACH_DATABASE_URL or the SQLite file in COACH_DATA_DIR."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from alembic.util import CommandError
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import StaticPool

from coach.errors import CoachError
from coach.store.migrate import upgrade


# per instance: 20 kept open, up to 20 more at peaks (two instances stay under PostgreSQL's default
# max_connections of 100; more instances: raise max_connections or lower COACH_CONCURRENCY)
POOL_SIZE, POOL_OVERFLOW = 20, 20
# PostgreSQL plans a turn's SELECT in more time than it runs it (EXPLAIN ANALYZE: 0.45 ms against 0.17 ms);
# with 40 connections per instance psycopg's default (prepare on the 6th run on a connection) seldom came
PREPARE_AFTER = 1


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None (memory or another database)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def normalise_url(url: str) -> str:
    """postgres:// and postgresql:// mean PostgreSQL through psycopg 3 (the `postgres` extra)."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def create_db_engine(url: str) -> Engine:
    """An engine on a database migrated to the newest schema; SQLite gets WAL mode and foreign keys on."""
    try:
        url = normalise_url(url)
        parsed = make_url(url)
    except ArgumentError as exc:
        raise CoachError(f"COACH_DATABASE_URL {url!r} is not a database URL; use e.g. sqlite:///path/coach.sqlite") from exc
    kwargs: dict = {}
    is_sqlite = parsed.get_backend_name() == "sqlite"
    if is_sqlite:
        path = sqlite_path(url)
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise CoachError(f"cannot create the data folder {path.parent} ({exc.strerror}); set COACH_DATA_DIR") from exc
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
        if path is None:  # in memory: one connection shared by every thread
            kwargs["poolclass"] = StaticPool
    else:  # a database server: a connection for every turn the app runs at once (32 by default)
        kwargs.update(pool_size=POOL_SIZE, max_overflow=POOL_OVERFLOW)
        if parsed.get_driver_name() == "psycopg":  # a turn's statements are prepared on a connection's
            kwargs["connect_args"] = {"prepare_threshold": PREPARE_AFTER}  # 2nd run (psycopg's default: 6th)
    try:
        engine = create_engine(url, **kwargs)
    except ImportError as exc:
        raise CoachError(f"no driver for {parsed.get_backend_name()} ({exc.name}); for PostgreSQL install "
                         "coach[postgres] (psycopg)") from exc
    except (ArgumentError, SQLAlchemyError) as exc:
        raise CoachError(f"cannot open the database ({type(exc).__name__}); check COACH_DATABASE_URL") from exc
    if is_sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        upgrade(engine)
    except CommandError as exc:  # e.g. a database made by a newer coach
        raise CoachError(f"cannot migrate the database ({str(exc).splitlines()[0][:160]}); upgrade coach") from exc
    except SQLAlchemyError as exc:
        raise CoachError(
            f"cannot open the database ({type(exc).__name__}); check COACH_DATABASE_URL or COACH_DATA_DIR"
        ) from exc
    return engine


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    _wal(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA secure_delete=ON")  # deleted text is overwritten with zeros, not left in free pages
    cursor.close()


def checkpoint(engine: Engine) -> None:
    """SQLite: copy the write-ahead log into the file and empty it, so deleted text is not left in the log."""
    if engine.dialect.name != "sqlite":
        return  # PostgreSQL: deleted rows go when VACUUM runs (see the README)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except SQLAlchemyError:
        pass  # another connection is reading; the next checkpoint overwrites the log


def make_sessionmaker(engine: Engine) -> sessionmaker:
    return sessionmaker(engine, expire_on_commit=False)


def _wal(cursor, attempts: int = 60) -> None:
    """Switch the file to WAL once (it stays so); wait while another connection holds the lock.

    Changing the journal mode needs an exclusive lock and SQLite answers "database is locked"
    at once instead of calling the busy handler, so two instances opening a new file together
    must retry here; a file already in WAL mode needs no change and no lock.
    """
    for attempt in range(attempts):
        try:
            if str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
                cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(min(0.5, 0.02 * (attempt + 1)))
