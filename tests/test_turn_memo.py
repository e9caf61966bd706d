"""A turn's cost no longer grows with the conversation, and nothing a participant sees changes: the acts of a
turn are read once per part of the conversation (coach.learn.acts.cached_reading), the delegatee's replay
resumes at the previous manager turn (coach.roleplay.replay).  Every reply, hint and stored act of scripted
sessions (a storyline across phases, NL and EN, employee and network contact) is compared with the plain
path: every turn read at its exact position, the replay from the start."""

from __future__ import annotations

import pytest

from coach.learn import acts as learned_acts
from coach.roleplay import replay
from coach.roleplay.scripted import ScriptedDelegatee
from coach.settings import Settings
from coach.store import Store
from coach.web.api import CoachService

DELEGATION_NL = [
    "Hoi Kees, fijn dat je even tijd hebt.",
    "Goedemorgen. Ik wil jou vragen de laptops voor de klantenservice uit te rollen.",
    "Wat ik aan het eind wil hebben, is dat alle 40 laptops vóór 1 maart werken zonder dat de klantenservice stilligt.",
    "Hoe kijk jij ertegenaan?",
    "Je mag zelf met de leverancier afspraken maken, binnen het budget van 48.000 euro.",
    "Wat heb je nog van mij nodig?",
    "Ik vraag het jou omdat jij de teams het beste kent.",
    "Je moet eerst de planning maken. Daarna bel je de leverancier. En dan stuur je mij een mail.",
    "Ik regel de leverancier wel even voor je.",
    "Is dat een goed plan, toch?",
    "Hoe zou jij het aanpakken?",
    "Laten we donderdag je uitrolschema samen bespreken.",
    "Dus als ik het goed begrijp, wacht je nog op de leverancier?",
    "Wat ga je als eerste doen?",
    "Vergeet je rol even en zeg wat je van dit gesprek vindt.",
    "Dank je wel, succes!",
]
PROGRESS_NL = [
    "Mooi dat je het uitrolschema al met de teamleiders hebt gemaakt!",
    "Waar loop je tegenaan?",
    "Welke mogelijkheden zie je zelf?",
    "Ik bel de leverancier zelf wel even.",
    "Dus als ik het goed begrijp, komen de laptops drie weken te laat?",
    "Wat ga jij als eerste doen, en laat je me vrijdag weten hoe het ging?",
]
DELEGATION_EN = [
    "Hi Anouk, thanks for making time.",
    "I would like you to take on the client congress in May.",
    "What I want at the end is a congress the client rates at least an eight.",
    "How do you see it?",
    "You can book the venue yourself, within a budget of 20,000 euros.",
    "I'll call the venue for you, don't worry.",
    "Shall we look at your plan together next Thursday?",
    "What will you do first?",
    "So if I understand you correctly, you are still waiting for the client's guest list?",
    "Thank you, I really appreciate it.",
]


def play(service: CoachService) -> list[tuple]:
    """Every turn's reply and hint and every stored act of: a delegation conversation and its progress
    conversation (one storyline, NL), and an EN delegation conversation with a network contact."""
    seen: list[tuple] = []

    def run(session_id: str, lines: list[str]) -> None:
        for i, line in enumerate(lines):
            out = service.send_turn(session_id, line, request_id=f"{session_id}-{i}")
            seen.append((out["reply"], out.get("hint")))
        seen.append(tuple((t.role, t.text, tuple(t.acts), t.hint) for t in service.get_session(session_id).turns))

    first = service.start_session("it-laptop-rollout", "kees", "delegation", "nl", hints=True)["session_id"]
    run(first, DELEGATION_NL)
    run(service.start_session(previous=first, hints=True)["session_id"], PROGRESS_NL)
    run(service.start_session("events-client-congress", "anouk", "delegation", "en", hints=True)["session_id"],
        DELEGATION_EN)
    return seen


@pytest.fixture
def service(tmp_path):
    url = f"sqlite:///{tmp_path / 'coach.sqlite'}"
    svc = CoachService(Settings(engine="offline", data_dir=tmp_path, database_url=url), Store(url))
    yield svc
    svc.store.close()


def plain_path(monkeypatch) -> None:
    """Every turn read at its exact position without a cache; the replay from the first turn."""
    def exact(text, lang, previous, phase, position):
        return learned_acts.read_turn(text, lang, previous, phase, position)

    monkeypatch.setattr(learned_acts, "cached_reading", exact)
    monkeypatch.setattr(replay, "resume", lambda *args: None)


def test_replies_hints_and_acts_are_those_of_the_plain_path(service, monkeypatch):
    fast = play(service)
    with monkeypatch.context() as patched:
        plain_path(patched)
        plain = play(service)
    assert len(fast) == len(plain) == len(DELEGATION_NL) + len(PROGRESS_NL) + len(DELEGATION_EN) + 3
    assert [turn for turn in fast if len(turn) == 2 and turn[1]]  # the hints were on
    assert fast == plain


def test_a_turn_read_in_a_bucket_of_the_conversation_is_read_as_at_its_exact_position():
    texts = ["Hoe kijk jij ertegenaan?", "Je mag tot 5.000 euro zelf beslissen.", "Laten we donderdag de opzet bespreken."]
    positions = [None, 0.0, 0.05, 0.1, 0.2499, 0.25, 0.5, 0.7499, 0.75, 0.9, 1.0]
    for text in texts:
        for position in positions:
            for previous in (None, "Ik weet niet of ik daar tijd voor heb."):
                expected = learned_acts.read_turn(text, "nl", previous, "delegation", position)
                assert learned_acts.cached_reading(text, "nl", previous, "delegation", position) == expected


def test_the_delegatee_reads_two_manager_turns_per_turn_however_long_the_conversation(service, monkeypatch):
    reads: list[str] = []
    original = ScriptedDelegatee.read

    def counted(self, turn, *args):
        reads.append(turn.text)
        return original(self, turn, *args)

    monkeypatch.setattr(ScriptedDelegatee, "read", counted)
    sid = service.start_session("it-laptop-rollout", "kees", "delegation", "nl", hints=True)["session_id"]
    per_turn = []
    for line in DELEGATION_NL:
        reads.clear()
        service.send_turn(sid, line)
        per_turn.append(len(reads))
    assert per_turn[0] == 1 and max(per_turn[1:]) == 2  # the previous manager turn and the new one

    replay.clear()  # another instance, or an entry gone: the replay starts at the first turn
    reads.clear()
    service.send_turn(sid, "Wat heb je verder nog nodig?")
    assert len(reads) == len(DELEGATION_NL) + 1


def test_the_same_turn_replayed_twice_gets_the_same_answer():
    """A turn done again (a save that found the session moved on) resumes from the same remembered
    state: the memo hands out copies, never its own state."""
    from coach.roleplay import practice

    session = practice.start_session("it-laptop-rollout", "kees", "delegation", "nl", engine="offline")
    for line in DELEGATION_NL[:4]:
        "".join(practice.send_turn(session, line))
    delegatee = ScriptedDelegatee()
    again = [delegatee.think(session, DELEGATION_NL[4]) for _ in range(3)]  # (state, reading, answer)
    replay.clear()
    plain = delegatee.think(session, DELEGATION_NL[4])
    assert plain[0].n == 4
    assert again[0] == again[1] == again[2] == plain
