"""Workshop participants through the API (gradio_client, offline engine, loopback): /join_workshop
gives a token; sent as the X-Coach-Participant header it makes the endpoints work in that
participant's space, within the workshop's choices, until the workshop is closed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

pytest.importorskip("gradio_client")

from gradio_client import Client  # noqa: E402
from gradio_client.exceptions import AppError  # noqa: E402

from coach.workshop import WorkshopService, WorkshopSpec  # noqa: E402

from web_helpers import start_app  # noqa: E402

SAID = "Goedemorgen. Ik wil jou vragen de begroting voor 2026 te maken."


def client(url: str, token: str | None = None) -> Client:
    headers = {"X-Coach-Participant": token} if token else None
    return Client(url, headers=headers, verbose=False, analytics_enabled=False)


@pytest.fixture
def workshop(tmp_path):
    demo, service, url = start_app(tmp_path)
    made = WorkshopService(service.store).create(WorkshopSpec(
        name="Dag 1", language="nl", scenarios=["it-laptop-rollout"], phases=["delegation"],
        ends=date.today() + timedelta(days=1)), owner="trainer:anna")
    yield service, url, made
    demo.close()
    service.store.close()


def test_participants_join_through_the_api_and_stay_apart_and_within_the_workshop(workshop):
    service, url, made = workshop
    joined = [client(url).predict(code=made.code.lower(), display_name=name, consent=True, api_name="/join_workshop")
              for name in ("Eva", "Sem")]
    assert joined[0]["workshop"] == "Dag 1" and joined[0]["order"] == ["delegation"]
    eva, sem = (client(url, j["participant"]) for j in joined)
    started = eva.predict(api_name="/start_session")
    assert started["scenario"] == "it-laptop-rollout"
    eva.predict(session_id=started["session_id"], text=SAID, api_name="/send_turn")
    with pytest.raises(AppError, match="het scenario care-summer-roster niet aan"):
        eva.predict(scenario="care-summer-roster", api_name="/start_session")
    with pytest.raises(AppError, match="het gesprek tussenresultaten bespreken niet aan"):
        sem.predict(phase="progress", api_name="/start_session")
    assert [s["id"] for s in eva.predict(api_name="/list_sessions")] == [started["session_id"]]
    assert sem.predict(api_name="/list_sessions") == []
    with pytest.raises(AppError, match="unknown session"):
        sem.predict(session_id=started["session_id"], text=SAID, api_name="/send_turn")
    board = WorkshopService(service.store).participants(made.id)
    assert sorted(p.display_name for p in board) == ["Eva", "Sem"]

    WorkshopService(service.store).close(made.id)
    with pytest.raises(AppError, match="De workshop Dag 1 is afgelopen"):
        eva.predict(session_id=started["session_id"], text=SAID, api_name="/send_turn")
    with pytest.raises(AppError, match="De workshop Dag 1 is afgelopen"):
        sem.predict(api_name="/start_session")
    assert service.store.list_sessions() == []


def test_a_made_up_participant_token_is_refused_in_one_line(workshop):
    _, url, made = workshop
    token = client(url).predict(code=made.code, display_name="Eva", consent=False,
                                api_name="/join_workshop")["participant"]
    forged = token.rsplit(".", 1)[0] + ".0" * 1
    with pytest.raises(AppError, match="not a valid participant token; join the workshop again"):
        client(url, forged).predict(api_name="/start_session")
    with pytest.raises(AppError, match="No open workshop has this join code"):
        client(url).predict(code="ZZZZZZ", display_name="Eva", consent=False, api_name="/join_workshop")
