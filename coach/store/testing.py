"""A throw-away PostgreSQL database for tests and benchmarks (no pytest here):

    with temporary_postgres_database(admin_url, "coach_test") as url:   # a new, empty database
        ...                                                            # dropped afterwards
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def temporary_postgres_database(admin_url: str, prefix: str = "coach_tmp") -> Iterator[str]:
    """The URL of a new, empty database in the cluster of admin_url (named prefix + a random part);
    dropped afterwards, also when connections to it are still open."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = f"{prefix}_{uuid.uuid4().hex[:16]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()
