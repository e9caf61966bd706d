"""The login throttle in the database (coach.store.throttle): two app instances on one database
count the same failed logins, the keys are stored hashed, old failures expire.
SQLite and, with COACH_TEST_POSTGRES_URL, PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from coach.auth import Accounts
from coach.store import Store
from coach.store.login_tables import LoginFailureRow
from coach.store.throttle import StoreThrottle


@pytest.fixture
def two_stores(db_url):
    stores = [Store(db_url), Store(db_url)]
    yield stores
    for store in stores:
        store.close()


def test_failures_on_two_instances_add_up(two_stores):
    one, two = (StoreThrottle(s, limit=5) for s in two_stores)
    for i in range(4):
        (one if i % 2 else two).failed("name:anna", f"address:10.0.0.{i}")
    assert not one.blocked("name:anna") and not two.blocked("name:anna")
    two.failed("name:anna")
    assert one.blocked("name:anna") and two.blocked("name:anna", "address:10.0.0.9")
    assert not one.blocked("name:bram", "address:10.0.0.1")
    one.succeeded("name:anna")
    assert not two.blocked("name:anna")


def test_keys_are_stored_hashed_and_old_failures_expire(two_stores):
    clock = [datetime(2026, 12, 4, 8, 0, tzinfo=timezone.utc)]
    throttle = StoreThrottle(two_stores[0], limit=2, window=60, clock=lambda: clock[0])
    throttle.failed("name:anna", "address:10.0.0.7")
    throttle.failed("name:anna")
    assert throttle.blocked("name:anna")
    with two_stores[1].engine.connect() as conn:
        keys = conn.execute(select(LoginFailureRow.key)).scalars().all()
    assert len(keys) == 3 and not any("anna" in k or "10.0.0.7" in k for k in keys)
    clock[0] += timedelta(seconds=61)
    assert not throttle.blocked("name:anna")
    throttle.failed("name:bram")  # a failure clears what is older than the window
    with two_stores[1].engine.connect() as conn:
        assert len(conn.execute(select(LoginFailureRow.key)).scalars().all()) == 1


def test_the_login_checkers_of_two_instances_throttle_together(two_stores):
    from coach.web import identity

    accounts = Accounts.from_pairs(["anna:geheim-anna"])
    checks = [identity.login_checker(accounts, StoreThrottle(s)) for s in two_stores]
    for i in range(6):
        assert not asyncio.run(checks[i % 2]("anna", f"wrong-{i}"))
    assert not asyncio.run(checks[0]("anna", "geheim-anna"))  # blocked, even with the right password
    assert not asyncio.run(checks[1]("anna", "geheim-anna"))
