"""Test databases: SQLite files, and PostgreSQL when COACH_TEST_POSTGRES_URL is set (scripts/test
starts a throw-away cluster and sets it).  Each PostgreSQL test gets a new, empty database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

PG_URL = os.environ.get("COACH_TEST_POSTGRES_URL", "").strip()
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
PG_MISSING = ("COACH_TEST_POSTGRES_URL is not set: the PostgreSQL variants of the storage and API tests were "
              "deselected (scripts/test starts a PostgreSQL cluster and sets it)")


@contextmanager
def fresh_database(kind: str, folder: Path) -> Iterator[str]:
    """The URL of an empty database of this kind (dropped afterwards for PostgreSQL)."""
    if kind == "sqlite":
        yield f"sqlite:///{folder / 'coach.sqlite'}"
        return
    from coach.store.testing import temporary_postgres_database

    with temporary_postgres_database(PG_URL, "coach_test") as url:
        yield url


def deselect_postgres(config, items: list) -> None:
    """Without a PostgreSQL URL the postgres variants are deselected, and the summary says why;
    under CI (.ci/run) they must run, so a missing URL is an error there."""
    if PG_URL:
        return
    pg = [item for item in items if item.get_closest_marker("postgres")]
    if not pg:
        return
    if os.environ.get("CI"):
        raise pytest.UsageError("COACH_TEST_POSTGRES_URL is not set under CI; run the tests with scripts/test, "
                                "which starts PostgreSQL")
    items[:] = [item for item in items if not item.get_closest_marker("postgres")]
    config.hook.pytest_deselected(items=pg)
    config.stash[DESELECTED] = len(pg)


DESELECTED = pytest.StashKey[int]()
