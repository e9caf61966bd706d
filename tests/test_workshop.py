"""Workshops (pure core): create, join, wrong code and throttle, expiry, dashboard aggregation from
stored reviews of two participants, anonymised quotes only with consent, CSV/HTML export, close."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

import pytest

from coach.auth import Throttle
from coach.catalogue import get_catalogue
from coach.errors import InputError
from coach.identity import Principal
from coach.models import Review
from coach.store import Store
from coach.workshop import WorkshopService, WorkshopSpec
from coach.workshop.dashboard import dashboard
from coach.workshop.export import to_csv, to_html
from coach.workshop.models import CODE_ALPHABET

from test_store import make_review, make_session

FUTURE = date.today() + timedelta(days=30)


@pytest.fixture
def store(tmp_path):
    s = Store(f"sqlite:///{tmp_path / 'coach.sqlite'}")
    yield s
    s.close()


@pytest.fixture
def service(store):
    return WorkshopService(store, Throttle(limit=3, window=60))


def spec(**kw) -> WorkshopSpec:
    base = dict(name="Leiderschap dag 1", language="nl", scenarios=["it-laptop-rollout"], phases=["delegation", "progress"],
                order=["progress", "delegation", "final"], ends=FUTURE)
    return WorkshopSpec(**{**base, **kw})


def review_with(phase: str, statuses: dict[str, str], quote: str = "Bel Pieter maar, Anna.") -> Review:
    """A review whose findings have the given statuses (others missed), each quoting `quote`."""
    review = make_review(phase)
    data = review.model_dump(mode="json")
    data["turns"][0]["text"] = quote
    for finding in data["findings"]:
        finding["status"] = statuses.get(finding["guideline"], "missed")
        finding["evidence"] = [{"turn": 0, "quote": quote}]
    return Review.model_validate(data)


def practise(store: Store, workshop_id: str, participant, review: Review) -> str:
    mine = store.scoped(Principal.participant(workshop_id, participant.id, participant.display_name).id, workshop_id)
    session = make_session(phase=review.phase)
    mine.save_session(session)
    mine.save_review(review, kind="practice", session_id=session.id)
    return session.id


def test_create_gives_an_unambiguous_unique_code_and_lists_only_the_trainers_own(service):
    a = service.create(spec(), owner="trainer:anna")
    b = service.create(spec(name="Dag 2"), owner="trainer:anna")
    c = service.create(spec(name="Elders"), owner="trainer:bram")
    codes = {a.code, b.code, c.code}
    assert len(codes) == 3 and all(set(code) <= set(CODE_ALPHABET) for code in codes)
    assert not set("01OIL") & set("".join(codes))
    assert {w.id for w in service.list("trainer:anna")} == {a.id, b.id}
    assert len(service.list()) == 3
    with pytest.raises(InputError):
        service.get(a.id, owner="trainer:bram")
    assert service.get(a.id).practise_order() == ["progress", "delegation"]


def test_create_refuses_unknown_content_and_a_bad_order(service):
    with pytest.raises(InputError, match="unknown scenario 'nope'"):
        service.create(spec(scenarios=["nope"]), owner="trainer:anna")
    with pytest.raises(ValueError):
        spec(order=["delegation", "delegation", "final"])


def test_join_with_the_code_and_the_allowed_choices(service):
    ws = service.create(spec(), owner="trainer:anna")
    workshop, person = service.join(ws.code.lower()[:3] + "-" + ws.code.lower()[3:], "  Eva  de Boer ", consent=True)
    assert workshop.id == ws.id and person.display_name == "Eva de Boer" and person.consent
    assert person.owner == f"participant:{ws.id}:{person.id}"
    allowed = service.allowed(ws.id)
    assert allowed.scenarios == ["it-laptop-rollout"] and allowed.phases == ["progress", "delegation"]
    assert "1. tussenresultaten bespreken" in service.welcome(workshop, person)
    assert [p.id for p in service.participants(ws.id)] == [person.id]


def test_wrong_code_expired_and_closed_are_refused_in_the_workshops_language(service):
    with pytest.raises(InputError, match="No open workshop"):
        service.join("ZZZZZZ", "Eva", consent=False, lang="en", client="10.0.0.1")
    old = service.create(spec(ends=date.today() - timedelta(days=1)), owner="trainer:anna")
    with pytest.raises(InputError, match="is afgelopen op"):
        service.join(old.code, "Eva", consent=False, lang="en")
    shut = service.create(spec(language="en"), owner="trainer:anna")
    service.close(shut.id)
    with pytest.raises(InputError, match="is closed"):
        service.join(shut.code, "Eva", consent=False, lang="nl")
    ok = service.create(spec(), owner="trainer:anna")
    with pytest.raises(InputError, match="Geef een naam"):
        service.join(ok.code, "   ", consent=False)


def test_wrong_codes_are_throttled_per_client(service):
    ws = service.create(spec(), owner="trainer:anna")
    for _ in range(3):
        with pytest.raises(InputError, match="No open workshop"):
            service.join("AAAAAA", "Eva", consent=False, client="10.0.0.9")
    with pytest.raises(InputError, match="Too many wrong join codes"):  # even the right code waits now
        service.join(ws.code, "Eva", consent=False, client="10.0.0.9")
    assert service.join(ws.code, "Eva", consent=False, client="10.0.0.10")[1].display_name == "Eva"


def test_dashboard_aggregates_two_participants_and_quotes_only_the_consenting(service, store):
    ws = service.create(spec(), owner="trainer:anna")
    _, eva = service.join(ws.code, "Eva", consent=True)
    _, tom = service.join(ws.code, "Tom", consent=False)
    ids = get_catalogue().ids_for_phase("delegation")
    first, second = ids[0], ids[1]
    practise(store, ws.id, eva, review_with("delegation", {first: "met"}, quote="Bel Pieter maar, Eva."))
    practise(store, ws.id, eva, review_with("delegation", {first: "met", second: "met"}))
    practise(store, ws.id, tom, review_with("delegation", {second: "partly"}, quote="Tom zegt het geheim."))
    outsider = service.create(spec(name="Ander"), owner="trainer:bram")
    _, other = service.join(outsider.code, "Xander", consent=True)
    practise(store, outsider.id, other, review_with("delegation", {}, quote="Buiten deze workshop."))
    store.scoped("local").save_review(make_review(), kind="transcript")

    board = dashboard(store, service.get(ws.id), service.participants(ws.id))
    by_id = {g.guideline: g for g in board.guidelines}
    assert (by_id[first].met, by_id[first].partly, by_id[first].missed) == (2, 0, 1)
    assert (by_id[second].met, by_id[second].partly, by_id[second].missed) == (1, 1, 1)
    assert {g.phase for g in board.guidelines} == {"delegation", "progress"}
    lines = {p.display_name: p for p in board.participants}
    assert len(lines["Eva"].sessions) == 2 and len(lines["Tom"].sessions) == 1
    assert lines["Eva"].sessions[1].met == 2
    (delegation,) = board.progress
    per_guideline = len(ids)
    assert delegation.participants == 2 and delegation.repeated == 1
    assert delegation.first == pytest.approx(round((1 / per_guideline + 0.5 / per_guideline) / 2, 3))
    assert delegation.last == pytest.approx(round((2 / per_guideline + 0.5 / per_guideline) / 2, 3))
    quotes = [q for m in board.misses for q in m.quotes]
    assert quotes and all("Eva" not in q and "Pieter" not in q for q in quotes)
    assert "Bel [naam] maar, [naam]." in quotes
    assert not any("geheim" in q or "Buiten" in q for q in quotes)  # no consent / another workshop
    assert board.misses[0].missed >= board.misses[-1].missed


def test_csv_and_html_export(service, store):
    ws = service.create(spec(), owner="trainer:anna")
    _, eva = service.join(ws.code, "Eva <b>", consent=True)
    session_id = practise(store, ws.id, eva, review_with("delegation", {}))
    board = dashboard(store, service.get(ws.id), service.participants(ws.id))
    rows = list(csv.DictReader(io.StringIO(to_csv(board))))
    assert [(r["participant"], r["session"], r["missed"]) for r in rows] == [
        ("Eva <b>", session_id, str(len(get_catalogue().ids_for_phase("delegation"))))]
    html = to_html(board)
    assert "<svg" in html and "coach-chart-guidelines" in html and "coach-chart-progress" in html
    assert "Eva &lt;b&gt;" in html and "Eva <b>" not in html
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "") and "<script" not in html


def test_close_deletes_everything_of_the_workshop_and_nothing_else(service, store):
    ws = service.create(spec(), owner="trainer:anna")
    keep = service.create(spec(name="Blijft"), owner="trainer:anna")
    _, eva = service.join(ws.code, "Eva", consent=True)
    _, kim = service.join(keep.code, "Kim", consent=True)
    gone = practise(store, ws.id, eva, review_with("delegation", {}))
    kept = practise(store, keep.id, kim, review_with("delegation", {}))
    mine = make_session()
    store.save_session(mine)
    with pytest.raises(InputError):
        service.close(ws.id, owner="trainer:bram")
    assert service.close(ws.id, owner="trainer:anna") == {"sessions": 1, "reviews": 1, "participants": 1}
    assert store.load_session(gone) is None and service.participants(ws.id) == []
    assert service.get(ws.id).closed
    assert store.load_session(kept) is not None and store.load_session(mine.id) is not None
    assert len(store.reviews_for_session(kept)) == 1 and len(service.participants(keep.id)) == 1
    assert {p.review_id for p in store.score_history()} == {store.reviews_for_session(kept)[0].id}
