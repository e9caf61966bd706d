"""State lives in the database: two services on one database (two app instances) serve one
session in turns, a save that finds the session moved on is redone, and a retried turn (same
request_id) is stored once.  Runs on SQLite and, with COACH_TEST_POSTGRES_URL, PostgreSQL."""

from __future__ import annotations

import pytest

from coach.errors import InputError
from coach.settings import Settings
from coach.store import Store
from coach.web.api import CoachService

SAID = [
    "Goedemorgen. Ik wil jou vragen de begroting voor 2026 te maken.",
    "Het resultaat is een begroting die het MT op 1 maart kan goedkeuren.",
    "Je mag tot 5.000 euro zelf beslissen.",
    "Laten we donderdag de eerste opzet bespreken.",
]


@pytest.fixture
def instances(tmp_path, db_url):
    """Two services, each with its own store (engine, connections) on one database."""
    settings = Settings(engine="offline", data_dir=tmp_path, database_url=db_url)
    pair = [CoachService(settings, Store(db_url)) for _ in range(2)]
    yield pair
    for service in pair:
        service.store.close()


def manager_turns(service, sid) -> list[str]:
    return [t.text for t in service.get_session(sid).turns if t.role == "manager"]


def interleave(service, monkeypatch, meanwhile):
    """Run `meanwhile` once, right after this service's next load (as another instance would)."""
    load = service.store.load_session_at
    pending = [meanwhile]

    def load_then_other(session_id):
        loaded = load(session_id)
        if pending:
            pending.pop()()
        return loaded

    monkeypatch.setattr(service.store, "load_session_at", load_then_other)


def test_turns_sent_alternately_to_two_instances_are_all_kept_in_order(instances):
    a, b = instances
    sid = a.start_session(language="nl", phase="delegation", engine="offline")["session_id"]
    for i, text in enumerate(SAID):
        assert (a if i % 2 == 0 else b).send_turn(sid, text)["reply"].strip()
    assert manager_turns(a, sid) == SAID == manager_turns(b, sid)
    roles = [t.role for t in b.get_session(sid).turns if t.role in ("manager", "delegatee")]
    assert roles[-2 * len(SAID):] == ["manager", "delegatee"] * len(SAID)
    first, second = b.end_session(sid), a.end_session(sid)
    assert first["review_id"] == second["review_id"]
    assert len(a.store.reviews_for_session(sid)) == 1


def test_a_turn_whose_session_moved_on_meanwhile_is_done_again_on_the_stored_session(instances, monkeypatch):
    a, b = instances
    sid = a.start_session(language="nl", engine="offline")["session_id"]
    interleave(a, monkeypatch, lambda: b.send_turn(sid, SAID[0]))
    assert a.send_turn(sid, SAID[1])["reply"].strip()
    assert manager_turns(b, sid) == SAID[:2]
    turns = b.get_session(sid).turns
    assert [t.role for t in turns[-4:]] == ["manager", "delegatee", "manager", "delegatee"]


def test_ending_while_another_instance_ends_gives_one_review(instances, monkeypatch):
    a, b = instances
    sid = a.start_session(language="nl", engine="offline")["session_id"]
    a.send_turn(sid, SAID[0])
    other = {}
    interleave(a, monkeypatch, lambda: other.update(b.end_session(sid)))
    mine = a.end_session(sid)
    assert mine["review_id"] == other["review_id"]
    assert [r.id for r in a.store.reviews_for_session(sid)] == [other["review_id"]]


def test_a_retried_turn_is_stored_once_and_returns_the_stored_reply(instances):
    a, b = instances
    sid = a.start_session(language="nl", engine="offline")["session_id"]
    first = a.send_turn(sid, SAID[0], request_id="req-1")
    again = b.send_turn(sid, SAID[0], request_id="req-1")  # the client retried on the other instance
    assert again == first and first["reply"].strip()
    assert b.quick_turn(sid, SAID[0], request_id="req-1") == (first if b.store.in_process else None)
    assert list(a.stream_turn(sid, SAID[0], request_id="req-1")) == [first["reply"]]
    assert manager_turns(a, sid) == [SAID[0]]
    a.send_turn(sid, SAID[0], request_id="req-2")  # a new request with the same words is a new turn
    assert manager_turns(b, sid) == [SAID[0], SAID[0]]


def test_a_retry_racing_the_first_attempt_is_stored_once(instances, monkeypatch):
    a, b = instances
    sid = a.start_session(language="nl", engine="offline")["session_id"]
    first = {}
    interleave(a, monkeypatch, lambda: first.update(b.send_turn(sid, SAID[0], request_id="req-x")))
    assert a.send_turn(sid, SAID[0], request_id="req-x") == first
    assert manager_turns(a, sid) == [SAID[0]]


def test_a_streamed_turn_with_a_request_id_is_stored_once(instances):
    a, b = instances
    sid = a.start_session(language="en", engine="offline")["session_id"]
    streamed = list(a.stream_turn(sid, "Could you prepare the budget?", request_id="s-1"))
    assert streamed and b.send_turn(sid, "Could you prepare the budget?", request_id="s-1")["reply"] == streamed[-1]
    assert manager_turns(b, sid) == ["Could you prepare the budget?"]


def test_a_bad_request_id_is_a_one_line_error(instances):
    a, _ = instances
    sid = a.start_session(language="nl", engine="offline")["session_id"]
    with pytest.raises(InputError, match="request_id must be at most 64"):
        a.send_turn(sid, SAID[0], request_id="x" * 65)
    assert manager_turns(a, sid) == []
    a.send_turn(sid, SAID[0], request_id="r-1")
    with pytest.raises(InputError, match="the turn is empty"):  # a refused turn takes no request id
        a.send_turn(sid, "   ", request_id="r-2")
    assert a.send_turn(sid, SAID[1], request_id="r-2")["reply"].strip()
    assert manager_turns(a, sid) == SAID[:2]


def test_a_session_deleted_by_another_instance_is_unknown(instances):
    a, b = instances
    sid = a.start_session(language="nl", engine="offline")["session_id"]
    a.send_turn(sid, SAID[0])
    assert b.delete(sid) is True
    with pytest.raises(InputError, match="unknown session"):
        a.send_turn(sid, SAID[1])


def test_quick_turns_only_with_a_database_in_this_process(instances):
    a, _ = instances
    sid = a.start_session(language="nl", engine="offline")["session_id"]
    quick = a.quick_turn(sid, SAID[0])
    if a.store.engine.dialect.name == "sqlite":
        assert a.store.in_process and quick["reply"].strip()
        assert manager_turns(a, sid) == [SAID[0]]
    else:  # a database server: every query a round trip, so never on the event loop
        assert not a.store.in_process and quick is None
        assert manager_turns(a, sid) == []


def test_a_turn_waits_for_a_reply_under_way_on_another_instance(instances, monkeypatch):
    import threading

    a, b = instances
    sid = a.start_session(language="nl", engine="offline")["session_id"]
    stream = a.stream_turn(sid, SAID[0])
    assert next(stream)  # the manager's words are stored, the reply is under way
    assert a.store.load_session_at(sid).busy
    assert b.quick_turn(sid, SAID[1]) is None  # never waits on the event loop
    saw_busy = threading.Event()
    load = b.store.load_session_at

    def watching(session_id):
        loaded = load(session_id)
        if loaded.busy:
            saw_busy.set()
        return loaded

    monkeypatch.setattr(b.store, "load_session_at", watching)
    answer = {}
    other = threading.Thread(target=lambda: answer.update(b.send_turn(sid, SAID[1])))
    other.start()
    assert saw_busy.wait(timeout=60)  # the other instance is waiting now
    assert list(stream)  # the first reply finishes and is stored
    other.join(timeout=60)
    assert answer["reply"].strip()
    turns = b.get_session(sid).turns
    assert [t.text for t in turns if t.role == "manager"] == SAID[:2]
    assert [t.role for t in turns[-4:]] == ["manager", "delegatee", "manager", "delegatee"]
    assert not load(sid).busy
