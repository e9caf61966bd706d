"""The login throttle kept in the database (coach.auth.Throttle's interface), so that every app
instance on one database counts the same failed logins: five wrong passwords spread over two
instances block like five on one.

    throttle = StoreThrottle(store)                 # limit 5 per key in 60 s, like Throttle()
    throttle.blocked("name:anna", "address:10.0.0.7")  -> bool
    throttle.failed(...); throttle.succeeded("name:anna")

Keys are stored as SHA-256 hashes (no user name or address in the database); rows older than the
window are deleted with every failure.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import delete, func, insert, select

from coach.store.login_tables import LoginFailureRow
from coach.store.records import now

FAILURES = LoginFailureRow.__table__


def _hashed(keys: tuple[str, ...]) -> list[str]:
    return [hashlib.sha256(k.encode("utf-8")).hexdigest() for k in keys if k]


class StoreThrottle:
    """At most `limit` failed logins per key in `window` seconds, counted in the store's database."""

    def __init__(self, store, limit: int = 5, window: float = 60.0, clock: Callable[[], datetime] = now):
        self.store, self.limit, self.clock = store, limit, clock
        self.window = timedelta(seconds=window)

    def blocked(self, *keys: str) -> bool:
        hashed = _hashed(keys)
        if not hashed:
            return False
        since = self.clock() - self.window
        query = (select(func.count()).select_from(FAILURES).where(FAILURES.c.key.in_(hashed), FAILURES.c.at > since)
                 .group_by(FAILURES.c.key))
        with self.store.engine.connect() as conn:
            return any(n >= self.limit for n in conn.execute(query).scalars())

    def failed(self, *keys: str) -> None:
        at = self.clock()
        with self.store._write() as conn:
            conn.execute(delete(FAILURES).where(FAILURES.c.at <= at - self.window))
            hashed = _hashed(keys)
            if hashed:
                conn.execute(insert(FAILURES), [dict(key=k, at=at) for k in hashed])

    def succeeded(self, *keys: str) -> None:
        hashed = _hashed(keys)
        if hashed:
            with self.store._write() as conn:
                conn.execute(delete(FAILURES).where(FAILURES.c.key.in_(hashed)))
