"""Two `coach app` processes on one database (SQLite file, and PostgreSQL with
COACH_TEST_POSTGRES_URL): the turns of one session sent alternately to both through
gradio_client are all kept, in order, and the session gets one review."""

from __future__ import annotations

import pytest

pytest.importorskip("gradio_client")

from gradio_client import Client  # noqa: E402

from app_process import app_instances  # noqa: E402
from coach.store import Store  # noqa: E402

SAID = [
    "Goedemorgen. Ik wil jou vragen de begroting voor 2026 te maken.",
    "Het resultaat is een begroting die het MT op 1 maart kan goedkeuren.",
    "Hoe kijk jij ertegenaan?",
    "Je mag tot 5.000 euro zelf beslissen.",
    "Laten we donderdag de eerste opzet bespreken.",
    "Wat heb je nog van mij nodig?",
    "Wat ga jij als eerste doen?",
]

pytestmark = pytest.mark.slow


def test_turns_sent_alternately_to_two_app_processes_are_kept_in_order_with_one_review(tmp_path, db_url):
    with app_instances(2, db_url, tmp_path) as urls:
        first, second = (Client(url, verbose=False, analytics_enabled=False) for url in urls)
        sid = first.predict(language="nl", phase="delegation", engine="offline", api_name="/start_session")["session_id"]
        replies = []
        for i, text in enumerate(SAID):
            client = first if i % 2 == 0 else second
            replies.append(client.predict(session_id=sid, text=text, request_id=f"turn-{i}", api_name="/send_turn"))
        retried = second.predict(session_id=sid, text=SAID[-1], request_id=f"turn-{len(SAID) - 1}",
                                 api_name="/send_turn")
        ended = second.predict(session_id=sid, api_name="/end_session")
        again = first.predict(session_id=sid, api_name="/end_session")
    assert all(r["reply"].strip() for r in replies) and retried == replies[-1]
    assert again["review_id"] == ended["review_id"]
    store = Store(db_url)
    session = store.load_session(sid)
    assert [t.text for t in session.turns if t.role == "manager"] == SAID
    roles = [t.role for t in session.turns]
    assert roles[-2 * len(SAID):] == ["manager", "delegatee"] * len(SAID)
    assert [r.id for r in store.reviews_for_session(sid)] == [ended["review_id"]]
    store.close()
