"""A turn's save in one statement (PostgreSQL) or two (coach.store.writes, `stored` from the load): the same rows as
the full save, a changed last turn is rewritten, the request id lands on the new manager words,
and the live hint's judgement is the review's.  SQLite and, with COACH_TEST_POSTGRES_URL, PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event, select

from coach.readers import read_path
from coach.review import judge_findings, review_transcript
from coach.settings import Settings
from coach.store import Store
from coach.store.tables import TurnRow
from coach.web.api import CoachService

SAID = ["Goedemorgen. Ik wil jou vragen de begroting voor 2026 te maken.",
        "Het resultaat is een begroting die het MT op 1 maart kan goedkeuren.",
        "Je mag tot 5.000 euro zelf beslissen."]
TRANSCRIPTS = Path(__file__).parent / "fixtures" / "transcripts"


@pytest.fixture
def service(tmp_path, db_url):
    svc = CoachService(Settings(engine="offline", data_dir=tmp_path, database_url=db_url), Store(db_url))
    yield svc
    svc.store.close()


def stored_rows(store: Store, sid: str) -> list[tuple]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(TurnRow.__table__).where(TurnRow.session_id == sid)
                            .order_by(TurnRow.position)).all()
    return [(r.position, r.role, r.text, r.request_id) for r in rows]


def count_statements(store: Store) -> list[str]:
    seen: list[str] = []
    event.listen(store.engine, "before_cursor_execute", lambda *a: seen.append(a[2].split()[0].upper()))
    return seen


def test_a_turn_is_one_read_and_one_or_two_writes_and_keeps_every_turn(service):
    sid = service.start_session(language="nl", phase="delegation")["session_id"]
    statements = count_statements(service.store)
    # PostgreSQL: one statement (coach.store.onestep), no transaction around it; SQLite: a transaction of two
    writes = ["WITH"] if service.store.engine.dialect.name == "postgresql" else ["UPDATE", "INSERT"]
    for i, text in enumerate(SAID):
        statements.clear()
        service.send_turn(sid, text, request_id=f"r{i}")
        assert statements == ["SELECT", *writes]
    rows = stored_rows(service.store, sid)
    assert [r[2] for r in rows if r[1] == "manager"] == SAID
    assert [r[3] for r in rows if r[1] == "manager"] == ["r0", "r1", "r2"]
    assert [r[0] for r in rows] == list(range(len(rows)))
    assert [t.text for t in service.get_session(sid).turns] == [r[2] for r in rows]


def test_a_retried_turn_still_returns_the_stored_reply(service):
    sid = service.start_session(language="nl", phase="delegation")["session_id"]
    first = service.send_turn(sid, SAID[0], request_id="same")
    again = service.send_turn(sid, SAID[0], request_id="same")
    assert again["reply"] == first["reply"]
    assert [r[2] for r in stored_rows(service.store, sid) if r[1] == "manager"] == [SAID[0]]


def test_a_last_turn_changed_since_the_load_is_rewritten(service):
    sid = service.start_session(language="nl", phase="delegation")["session_id"]
    service.send_turn(sid, SAID[0])
    loaded = service.store.load_session_at(sid)
    loaded.session.turns[-1].text += " (aangevuld)"
    service.store.save_session(loaded.session, expected=loaded.version, stored=loaded.stored)
    assert stored_rows(service.store, sid)[-1][2].endswith("(aangevuld)")
    statements = count_statements(service.store)
    again = service.store.load_session_at(sid)
    statements.clear()
    service.store.save_session(again.session, expected=again.version, stored=again.stored)
    assert statements == ["UPDATE"]  # nothing changed in the turns: no turn statement at all


@pytest.mark.parametrize("name", ["delegation_en.txt", "voortgang_nl.txt", "progress_en.srt"])
def test_the_hints_judgement_is_the_reviews(name):
    transcript = read_path(TRANSCRIPTS / name)
    full = review_transcript(transcript)
    quick = judge_findings(transcript)
    assert [(f.guideline, f.status, f.evidence) for f in quick] == \
        [(f.guideline, f.status, f.evidence) for f in full.findings]
