"""Deleted text leaves the SQLite file: secure_delete overwrites freed pages and the write-ahead log is emptied."""

from __future__ import annotations

import pytest

from coach.roleplay.models import SessionTurn
from coach.store import Store
from tests.test_store import make_review, make_session


def _bytes(path) -> bytes:
    """The database file and its write-ahead log, as stored on disk."""
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


@pytest.mark.parametrize("how", ["session", "all"])
def test_deleted_text_is_not_in_the_database_file(tmp_path, how):
    path = tmp_path / "coach.sqlite"
    store = Store(f"sqlite:///{path}")
    keep, gone = make_session(), make_session()
    secret = "Vertrouwelijk: Bram krijgt ontslag " * 20  # long enough to fill its own cells
    for s, text in ((keep, "gewone zin"), (gone, secret)):
        s.turns.append(SessionTurn(speaker="Anna", role="manager", text=text))
        store.save_session(s)
        store.save_review(make_review(), kind="practice", session_id=s.id)
    assert secret.encode() in _bytes(path)
    if how == "session":
        assert store.delete_session(gone.id)
    else:
        store.delete_all()
    assert secret.encode() not in _bytes(path)  # while the store is still open, as in a running app
    store.close()
    assert secret.encode() not in _bytes(path)
    assert (b"gewone zin" in _bytes(path)) == (how == "session")


def test_every_connection_has_secure_delete_on(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'coach.sqlite'}")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    store.close()
