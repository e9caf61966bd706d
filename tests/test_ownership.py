"""Ownership: a store or service scoped to one owner never reads, changes or deletes another's data."""

from __future__ import annotations

import pytest

from coach.errors import CoachError
from coach.identity import Principal
from coach.store import Store
from coach.web.api import CoachService

from test_store import make_review, make_session


@pytest.fixture
def store(db_url):
    s = Store(db_url)
    yield s
    s.close()


def test_principal_ids_differ_by_kind_and_workshop():
    ids = {Principal.local().id, Principal.anonymous("b1").id, Principal.user("b1").id,
           Principal.trainer("b1").id, Principal.participant("w1", "b1", "Ann").id,
           Principal.participant("w2", "b1", "Ann").id}
    assert len(ids) == 6
    with pytest.raises(ValueError):
        Principal.user("../etc")


def test_a_scoped_store_sees_only_its_own_rows(store):
    anna, bram = store.scoped("user:anna"), store.scoped("user:bram")
    mine = make_session()
    anna.save_session(mine)
    review_id = anna.save_review(make_review(), kind="practice", session_id=mine.id)
    assert anna.load_session(mine.id) is not None
    assert bram.load_session(mine.id) is None
    assert bram.load_review(review_id) is None
    assert bram.list_sessions() == [] and bram.list_reviews() == [] and bram.score_history() == []
    assert bram.reviews_for_session(mine.id) == []
    assert not bram.delete_session(mine.id) and not bram.delete_review(review_id)
    with pytest.raises(CoachError):  # cannot overwrite another owner's session
        bram.save_session(mine)
    with pytest.raises(CoachError):  # nor hang a review on it
        bram.save_review(make_review(), kind="practice", session_id=mine.id)
    assert [s.id for s in anna.list_sessions()] == [mine.id]
    assert len(store.list_sessions()) == 1  # the unscoped (command line) store sees everything


def test_delete_all_of_one_owner_leaves_the_others(store):
    anna, bram = store.scoped("user:anna"), store.scoped("user:bram")
    a, b = make_session(), make_session()
    anna.save_session(a)
    bram.save_session(b)
    bram.save_review(make_review(), kind="transcript")
    assert bram.delete_all() == {"sessions": 1, "reviews": 1}
    assert anna.load_session(a.id) is not None
    assert bram.list_sessions() == [] and bram.list_reviews() == []


def test_a_scoped_service_answers_not_found_for_someone_elses_session(tmp_path, db_url):
    from coach.settings import get_settings

    settings = get_settings(data_dir=tmp_path, engine="offline", database_url=db_url)
    service = CoachService(settings, Store(db_url))
    anna, bram = service.scoped("anonymous:a"), service.scoped("anonymous:b")
    started = anna.start_session(language="nl", phase="delegation")
    sid = started["session_id"]
    anna.send_turn(sid, "Ik wil je vragen de planning te maken.")
    for attempt in (lambda: bram.send_turn(sid, "Hallo"), lambda: bram.end_session(sid),
                    lambda: bram.get_session(sid)):
        with pytest.raises(CoachError, match="unknown session"):
            attempt()
    assert bram.delete(sid) is False
    assert anna.get_session(sid).id == sid
    bram.delete_all()
    assert anna.get_session(sid).id == sid
