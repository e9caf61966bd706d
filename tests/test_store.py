"""The store: sessions saved turn by turn, reviews with scores, history, deletion, a fresh process."""

from __future__ import annotations

import sqlite3

import pytest

from coach.catalogue import get_catalogue
from coach.errors import CoachError
from coach.models import Review
from coach.roleplay.models import PreparationCard, Session, SessionTurn
from coach.settings import get_settings
from coach.store import Store, open_store


def make_session(**kw) -> Session:
    base = dict(scenario_id="budget", persona_id="bram", phase="delegation", language="nl", hints=True)
    base.update(kw)
    return Session(**base)


def make_review(phase: str = "delegation", met: str | None = None) -> Review:
    """A valid review: one guideline met (with a real quote), the rest missed."""
    turns = [
        {"index": 0, "speaker": "Anna", "role": "manager", "text": "Het resultaat is een begroting.", "acts": ["result"]},
        {"index": 1, "speaker": "Bram", "role": "delegatee", "text": "Goed.", "acts": []},
    ]
    ids = get_catalogue().ids_for_phase(phase)
    met = met or ids[0]
    findings = [
        {"guideline": g, "status": "met", "evidence": [{"turn": 0, "quote": "Het resultaat"}]}
        if g == met
        else {"guideline": g, "status": "missed", "advice": "Zeg het."}
        for g in ids
    ]
    monkey = {"owner": "none", "turn": None} if phase == "progress" else None
    return Review.model_validate(
        {"language": "nl", "phase": phase, "manager": "Anna", "turns": turns, "findings": findings,
         "monkey": monkey,
         "metrics": {"manager_talk_share": 0.8, "questions": 0, "open_question_share": 0.0, "advice": 0}}
    )


@pytest.fixture
def store(db_url) -> Store:
    s = Store(db_url)
    yield s
    s.close()


def test_turns_are_stored_one_by_one_and_come_back_in_order(store):
    session = make_session(preparation=PreparationCard(result="Een begroting"))
    store.save_session(session)
    assert store.load_session(session.id).turns == []
    texts = ["Goedemorgen Bram.", "Goedemorgen.", "Wil jij de begroting maken?", "Ja, dat wil ik."]
    for i, text in enumerate(texts):
        role = "manager" if i % 2 == 0 else "delegatee"
        session.turns.append(SessionTurn(speaker=role, role=role, text=text, acts=["other"] if role == "manager" else [],
                                         hint="Noem het resultaat." if role == "manager" else None))
        store.save_session(session)
        loaded = store.load_session(session.id)
        assert [t.text for t in loaded.turns] == texts[: i + 1]
    assert loaded.preparation.result == "Een begroting"
    assert loaded.hints is True and loaded.turns[0].acts == ["other"] and loaded.turns[0].hint == "Noem het resultaat."
    assert loaded.model_dump(exclude={"turns"}) == session.model_dump(exclude={"turns"})
    assert store.list_sessions()[0].turn_count == 4


def test_a_shortened_session_loses_its_later_turns(store):
    session = make_session()
    session.turns += [SessionTurn(speaker="M", role="manager", text=f"t{i}") for i in range(3)]
    store.save_session(session)
    del session.turns[1:]
    session.ended = True
    store.save_session(session)
    loaded = store.load_session(session.id)
    assert [t.text for t in loaded.turns] == ["t0"] and loaded.ended


def test_sessions_survive_a_new_store_on_the_same_file(tmp_path):
    url = f"sqlite:///{tmp_path / 'coach.sqlite'}"
    first = Store(url)
    session = make_session()
    session.turns.append(SessionTurn(speaker="Anna", role="manager", text="Hoe kijk jij ertegenaan?"))
    first.save_session(session)
    first.close()
    second = Store(url)
    assert second.load_session(session.id).turns[0].text == "Hoe kijk jij ertegenaan?"
    assert second.load_session("no-such-id") is None


def test_review_is_stored_as_the_contract_with_scores(store):
    session = make_session()
    store.save_session(session)
    review = make_review()
    review_id = store.save_review(review, kind="practice", session_id=session.id)
    record = store.load_review(review_id)
    assert record.data == review.to_contract()
    assert record.review() == review
    assert [r.id for r in store.reviews_for_session(session.id)] == [review_id]
    history = store.score_history()
    assert {p.guideline for p in history} == set(get_catalogue().ids_for_phase("delegation"))
    scores = {p.guideline: p.score for p in history}
    assert scores[get_catalogue().ids_for_phase("delegation")[0]] == 1.0
    assert sorted(set(scores.values())) == [0.0, 1.0]


def test_score_history_is_oldest_first_and_filters(store):
    ids = get_catalogue().ids_for_phase("delegation")
    store.save_review(make_review(met=ids[0]))
    store.save_review(make_review(met=ids[1]))
    store.save_review(make_review(phase="progress"))
    points = store.score_history(guideline=ids[1])
    assert [p.score for p in points] == [0.0, 1.0]
    assert points[0].created <= points[1].created
    assert {p.guideline.split(".")[0] for p in store.score_history(phase="progress")} == {"progress"}


def test_review_for_unknown_session_or_kind_is_a_one_line_error(store):
    with pytest.raises(CoachError, match="not stored"):
        store.save_review(make_review(), kind="practice", session_id="missing")
    with pytest.raises(CoachError, match="unknown review kind"):
        store.save_review(make_review(), kind="essay")


def test_delete_session_removes_turns_reviews_and_scores_from_the_file(tmp_path):
    path = tmp_path / "coach.sqlite"
    store = Store(f"sqlite:///{path}")
    keep, gone = make_session(), make_session()
    for s in (keep, gone):
        s.turns.append(SessionTurn(speaker="Anna", role="manager", text=f"geheim {s.id}"))
        store.save_session(s)
        store.save_review(make_review(), kind="practice", session_id=s.id)
    assert store.delete_session(gone.id) is True
    assert store.delete_session(gone.id) is False
    assert store.load_session(gone.id) is None
    assert store.reviews_for_session(gone.id) == []
    assert store.load_session(keep.id) is not None
    store.close()
    con = sqlite3.connect(path)
    dump = "\n".join(con.iterdump())
    assert gone.id not in dump and f"geheim {gone.id}" not in dump
    assert keep.id in dump
    assert con.execute("select count(*) from scores").fetchone()[0] == len(get_catalogue().ids_for_phase("delegation"))
    con.close()


def test_delete_review_and_delete_all(store):
    session = make_session()
    store.save_session(session)
    rid = store.save_review(make_review(), kind="practice", session_id=session.id)
    other = store.save_review(make_review())
    assert store.delete_review(rid) is True and store.delete_review(rid) is False
    assert store.load_session(session.id) is not None
    assert [r.id for r in store.list_reviews()] == [other]
    assert store.delete_all() == {"sessions": 1, "reviews": 1}
    assert store.list_sessions() == [] and store.list_reviews() == [] and store.score_history() == []


def test_open_store_follows_the_settings(tmp_path, monkeypatch):
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path / "data"))
    store = open_store(get_settings())
    assert store.location() == str(tmp_path / "data" / "coach.sqlite")
    monkeypatch.setenv("COACH_DATABASE_URL", f"sqlite:///{tmp_path / 'other.db'}")
    assert open_store(get_settings()).location() == str(tmp_path / "other.db")


def test_a_bad_database_url_is_a_one_line_error():
    with pytest.raises(CoachError, match="COACH_DATABASE_URL") as info:
        Store("not a url")
    assert "\n" not in str(info.value)


# -- coach data -------------------------------------------------------------------------------

def _stored_session(text: str = "Hoe kijk jij ertegenaan?") -> Session:
    store = open_store(get_settings())
    session = make_session()
    session.turns.append(SessionTurn(speaker="Anna", role="manager", text=text))
    store.save_session(session)
    store.save_review(make_review(), kind="practice", session_id=session.id)
    return session


def test_coach_data_path_list_and_delete(capsys, tmp_path):
    from coach.cli import run

    assert run(["data", "path"]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "coach-data" / "coach.sqlite")
    session = _stored_session("Mijn geheime zin.")
    assert run(["data", "list"]) == 0
    out = capsys.readouterr().out
    assert session.id in out and "1 turns" in out and "Mijn geheime zin" not in out
    assert run(["data", "delete", session.id]) == 0
    assert f"deleted session {session.id}" in capsys.readouterr().out
    assert open_store(get_settings()).load_session(session.id) is None
    assert open_store(get_settings()).list_reviews() == []


def test_coach_data_delete_all_needs_yes(capsys):
    from coach.cli import run

    _stored_session()
    _stored_session()
    assert run(["data", "delete", "--all"]) == 2
    assert "--yes" in capsys.readouterr().err
    assert len(open_store(get_settings()).list_sessions()) == 2
    assert run(["data", "delete", "--all", "--yes"]) == 0
    assert "deleted 2 sessions and 2 reviews" in capsys.readouterr().out
    assert open_store(get_settings()).list_sessions() == []


def test_coach_data_delete_unknown_or_missing_id_is_one_line(capsys):
    from coach.cli import run

    assert run(["data", "delete", "nope"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("coach: error: no session or review with id 'nope'") and err.count("\n") == 1
    assert run(["data", "delete"]) == 2
    assert "coach data delete --all --yes" in capsys.readouterr().err


def test_coach_data_list_json(capsys):
    import json

    from coach.cli import run

    session = _stored_session()
    assert run(["data", "list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [s["id"] for s in data["sessions"]] == [session.id]
    assert data["reviews"][0]["session_id"] == session.id
