"""Workshop rules on the server (coach.workshop.gate through CoachService, the page's and the API's
functions): a participant cannot start what the workshop does not offer, and once the workshop is
closed, deleted or past its end date their identity stops working and nothing more is stored.
SQLite and, with COACH_TEST_POSTGRES_URL, PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import delete, func, select, update

from coach.errors import InputError
from coach.identity import Principal
from coach.settings import Settings
from coach.store import Store
from coach.store.tables import SessionRow
from coach.store.workshop_tables import WorkshopRow
from coach.web.api import CoachService
from coach.workshop import WorkshopService, WorkshopSpec

SAID = "Goedemorgen. Ik wil jou vragen de begroting voor 2026 te maken."


@pytest.fixture
def app(tmp_path, db_url):
    settings = Settings(engine="offline", data_dir=tmp_path, database_url=db_url)
    service = CoachService(settings, Store(db_url))
    yield service
    service.store.close()


def join(service: CoachService, language: str = "nl", **spec) -> tuple[CoachService, str]:
    """A workshop (it-laptop-rollout with anouk; delegation then progress) and one participant's service."""
    workshops = WorkshopService(service.store)
    made = workshops.create(WorkshopSpec(**{**dict(
        name="Dag 1", language=language, scenarios=["it-laptop-rollout"], personas=["anouk"],
        phases=["delegation", "progress"], order=["delegation", "progress", "final"],
        ends=date.today() + timedelta(days=3)), **spec}), owner="trainer:anna")
    workshop, person = workshops.join(made.code, "Eva", consent=True)
    who = Principal.participant(workshop.id, person.id, person.display_name)
    return service.scoped(who.id, workshop.id), workshop.id


def stored_sessions(service: CoachService) -> int:
    with service.store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(SessionRow.__table__)).scalar_one()


@pytest.mark.parametrize(("choice", "words"), [
    (dict(scenario="care-summer-roster"), "het scenario care-summer-roster niet aan; kies uit: it-laptop-rollout"),
    (dict(persona="daan"), "de persona daan niet aan; kies uit: anouk"),
    (dict(phase="final"), "het gesprek eindresultaat bespreken niet aan; kies uit: delegeergesprek"),
])
def test_a_participant_cannot_start_what_the_workshop_does_not_offer(app, choice, words):
    mine, _ = join(app)
    with pytest.raises(InputError, match=words) as refused:
        mine.start_session(language="nl", **choice)
    assert "\n" not in str(refused.value)
    assert stored_sessions(app) == 0


def test_what_a_participant_leaves_open_is_the_workshops_first_choice(app):
    mine, _ = join(app)
    started = mine.start_session(language="nl")
    assert (started["scenario"], started["persona"], started["phase"]) == ("it-laptop-rollout", "anouk", "delegation")
    assert mine.start_session(phase="progress")["phase"] == "progress"


def test_the_next_conversation_must_be_offered_too(app):
    mine, _ = join(app, phases=["delegation"])
    first = mine.start_session()["session_id"]
    mine.send_turn(first, SAID)
    with pytest.raises(InputError, match="het gesprek tussenresultaten bespreken niet aan"):
        mine.start_session(previous=first)


def test_outside_a_workshop_every_choice_stays_open(app):
    assert app.scoped("user:bram").start_session(scenario="care-summer-roster", phase="final")["phase"] == "final"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_closed_workshop_stops_its_participants_in_their_language(app, language):
    mine, workshop_id = join(app, language)
    sid = mine.start_session()["session_id"]
    mine.send_turn(sid, SAID)
    WorkshopService(app.store).close(workshop_id)
    ended = "is afgelopen" if language == "nl" else "has ended"
    for action in (lambda: mine.send_turn(sid, SAID), lambda: mine.start_session(),
                   lambda: mine.end_session(sid), lambda: mine.quick_turn(sid, SAID) or mine.send_turn(sid, SAID),  # as /send_turn does
                   lambda: mine.review_transcript(pasted="Anna: Wil jij dit doen?\nBram: Ja.")):
        with pytest.raises(InputError, match=f"Dag 1 {ended}"):
            action()
    assert stored_sessions(app) == 0


def test_an_expired_or_deleted_workshop_stops_its_participants(app):
    mine, workshop_id = join(app)
    sid = mine.start_session()["session_id"]
    with app.store.engine.begin() as conn:
        conn.execute(update(WorkshopRow.__table__).values(ends=(date.today() - timedelta(days=1)).isoformat()))
    with pytest.raises(InputError, match="De workshop Dag 1 is afgelopen"):
        mine.send_turn(sid, SAID)
    with app.store.engine.begin() as conn:
        conn.execute(delete(WorkshopRow.__table__))
    with pytest.raises(InputError, match="Deze workshop is afgelopen.* / This workshop has ended"):
        mine.start_session()
    assert [t.role for t in app.store.load_session(sid).turns if t.role == "manager"] == []


def test_a_participants_turn_reads_the_workshop_with_the_session(app):
    from test_turn_writes import count_statements

    mine, _ = join(app)
    sid = mine.start_session()["session_id"]
    statements = count_statements(app.store)
    mine.send_turn(sid, SAID)
    assert statements.count("SELECT") == 1  # session, turns and workshop in one read
