"""Issue 10: the failures a new user met with the offline delegatee, as regression tests (real reader,
real content), plus the structured reply, the agreements record, the name and nothing lost."""

from __future__ import annotations

import io
import json

import pytest

from coach.cli import run
from coach.roleplay import practice
from coach.roleplay.content import get_scenario, load_phrasebook
from coach.roleplay.scripted import ScriptedDelegatee

try:
    from openai_stub_server import Reply, StubServer
except ImportError:
    from tests.openai_stub_server import Reply, StubServer

LAPTOPS = "it-laptop-rollout"


def start(persona="mehmet", phase="progress", lang="nl", scenario=LAPTOPS, name="Ilse", **kw):
    return practice.start_session(scenario=scenario, persona=persona, phase=phase, language=lang, manager_name=name,
                                  engine="offline", **kw)


def say(session, *lines):
    replies = ["".join(practice.send_turn(session, line)) for line in lines]
    return replies[-1]


def structured(session, line):
    """The structured reply to `line` (the manager turn appended as practice does)."""
    previous = next((t.text for t in reversed(session.turns) if t.role == "delegatee"), None)
    acts = practice._acts(line, session.language, previous, session.phase)
    session.turns.append(practice.SessionTurn(speaker="Ilse", role="manager", text=line, acts=acts))
    return ScriptedDelegatee(seed=session.seed).answer(session, line)


def test_have_you_called_them_gets_an_answer_not_an_unrelated_fact():
    s = start()
    reply = say(s, "Waar loop je tegenaan?", "Heb je ze al gebeld?")
    assert "gewist" not in reply  # "De oude laptops moeten gewist worden" was the old, unrelated answer
    assert reply.startswith(("Nog niet", "Daar ben ik mee bezig", "Nee, nog niet"))


def test_which_of_the_two_names_an_option():
    s = start()
    say(s, "Waar loop je tegenaan?", "Welke mogelijkheden zie je zelf?")
    reply = structured(s, "Welke van de twee zou je als eerste proberen, en waarom?")
    assert reply.text != "Ja, min of meer." and reply.move == "propose_step"
    assert any(option in reply.text for option in get_scenario(LAPTOPS).options["nl"])


def test_what_about_the_delivery_is_about_the_obstacle():
    s = start()
    say(s, "Waar loop je tegenaan?")
    reply = structured(s, "Wat is er dan met de levering?")
    assert reply.obstacle_revealed and reply.move == "reveal_obstacle"


@pytest.mark.parametrize("lang,turns", [
    ("nl", ["Waar loop je tegenaan?", "Dus alles loopt volgens plan?"]),
    ("en", ["What are you running into?", "So everything is on track?"]),
])
def test_a_wrong_summary_after_the_obstacle_is_corrected(lang, turns):
    s = start(lang=lang)
    say(s, turns[0])
    reply = structured(s, turns[1])
    assert reply.move == "correct_summary" and reply.text not in ("Ja, precies.", "Yes, exactly.")


def test_the_same_reply_is_never_said_twice_in_a_storyline():
    s = start(persona="ruben", lang="en", scenario="events-client-congress", phase="delegation")
    say(s, "Hi Ruben.", "I'd like you to find a new keynote speaker.", "Thanks for helping.")
    s = practice.next_phase(s)
    say(s, "You really must call every speaker today.", "Understood, thanks for being honest.",
        "Thanks, I respect that.", "Thanks again, that's fair.", "Clear, thank you.")
    replies = s.earlier_replies + [t.text for t in s.turns if t.role == "delegatee"]
    assert len(replies) == len(set(replies))


def test_a_new_persona_never_claims_experience():
    s = start(persona="eva", phase="delegation", scenario="care-onboarding-programme")
    say(s, "Heb je dit soort klussen al eens gedaan?", "Wat vind je ervan?", "Hoe zou je beginnen?", "Wat denk je?")
    said = " ".join(t.text for t in s.turns if t.role == "delegatee")
    assert "Ik weet er al wel iets van" not in said
    experienced = load_phrasebook("nl").phrases["experience_experienced"]
    assert not any(v in said for v in experienced)


def test_someone_who_resents_micromanagement_does_not_thank_for_a_step_by_step_list():
    s = start(persona="fatima", phase="delegation")
    say(s, "Ik wil dat alle 40 laptops vóór 1 maart werken.")
    reply = structured(s, "Eerst bel je de leverancier, dan maak je een schema, daarna plan je de teams in en tot slot stuur je mij een mail.")
    assert "pushback" in reply.moves or "curt" in reply.moves
    assert not any(w in reply.text.lower() for w in ("dank", "bedankt", "prima, dat neem ik mee"))


@pytest.mark.parametrize("lang,line", [("nl", "Goed gedaan, echt knap!"), ("en", "Well done, great job!")])
def test_praise_is_not_answered_with_you_are_welcome(lang, line):
    reply = structured(start(lang=lang), line)
    assert reply.move == "acknowledge_praise"
    assert "graag gedaan" not in reply.text.lower() and "you're welcome" not in reply.text.lower()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_nobody_is_called_manager(lang):
    for phase in ("delegation", "progress", "final"):
        s = start(phase=phase, lang=lang, name=None)
        say(s, "Hoi." if lang == "nl" else "Hi.")
        assert not any("Manager" in t.text for t in s.turns if t.role == "delegatee")
        assert not any(t.text.startswith(("Hoi ,", "Hi ,")) for t in s.turns)


def test_next_carries_the_result_once_no_question_and_the_check_in_and_budget_in_its_own_words():
    s = start(persona="kees", phase="delegation")
    lines = ["Wat ik aan het eind wil hebben, is dat alle 40 laptops vóór 1 maart werken zonder dat de klantenservice stilligt.",
             "Het resultaat is dus: 40 werkende laptops vóór 1 maart.",
             "Zou je ook de oude laptops kunnen laten wissen?",
             "Je mag tot 48.000 euro zelf uitgeven.",
             "Laten we donderdag je uitrolschema samen bespreken."]
    say(s, *lines)
    progress = practice.next_phase(s)
    a = progress.agreements
    assert len(a.result) == 1 and not any(x.endswith("?") for x in a.result + a.instruction + a.checkpoints)
    assert [c.when for c in a.record.checkpoints] == ["donderdag"] and any("48.000" in m for m in a.record.mandate)
    opening = progress.turns[0].text
    assert "donderdag" in opening and "48.000" in opening
    assert not any(line[:30] in opening for line in lines)  # never the manager's words quoted


def practice_cli(monkeypatch, capsys, args, stdin):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = run(["practice", *args])
    return code, *capsys.readouterr()


@pytest.mark.parametrize("lang,word", [("nl", "tekens"), ("en", "characters")])
def test_a_too_long_line_is_refused_and_the_conversation_goes_on(monkeypatch, capsys, lang, word):
    stdin = "Hoi\n" + "x" * 2100 + "\nWat is het budget?\n"
    args = ["--scenario", LAPTOPS, "--persona", "sanne", "--lang", lang, "--name", "Ilse", "--format", "json"]
    code, out, err = practice_cli(monkeypatch, capsys, args, stdin)
    assert code == 0
    data = json.loads(out)
    assert [t["text"] for t in data["turns"] if t["role"] == "manager"] == ["Hoi", "Wat is het budget?"]
    assert word in err and data["review"] and any(word in n for n in data["notices"])


def test_the_name_is_remembered_for_the_next_practice(monkeypatch, capsys):
    args = ["--scenario", LAPTOPS, "--persona", "sanne", "--format", "json"]
    practice_cli(monkeypatch, capsys, args + ["--name", "Ilse"], "Hoi\n")
    code, out, _ = practice_cli(monkeypatch, capsys, args, "Hoi\n")
    data = json.loads(out)
    assert code == 0 and data["turns"][0]["text"].startswith(("Hoi Ilse", "Hé Ilse"))
    assert {t["speaker"] for t in data["turns"] if t["role"] == "manager"} == {"Ilse"}


def test_an_llm_error_after_two_good_turns_falls_back_offline_and_keeps_everything(monkeypatch, capsys):
    with StubServer() as stub:
        stub.push(Reply.stream(["Hoi, ", "fijn."]))
        stub.push(Reply.stream(["Het budget ", "is 48.000 euro."]))
        stub.push(Reply.error(500))
        stub.push(Reply.error(500))
        stub.push(Reply.error(500))  # the review: the offline critic takes over too
        stub.push(Reply.error(500))
        monkeypatch.setenv("OPENAI_BASE_URL", stub.base_url)
        monkeypatch.setenv("COACH_MAX_RETRIES", "0")
        args = ["--scenario", LAPTOPS, "--persona", "sanne", "--engine", "llm", "--name", "Ilse", "--format", "json"]
        code, out, err = practice_cli(monkeypatch, capsys, args, "Hoi Sanne.\nWat is het budget?\nWaar loop je tegenaan?\n")
    assert code == 0, err
    data = json.loads(out)
    replies = [t["text"] for t in data["turns"] if t["role"] == "delegatee"]
    assert replies[:2] == ["Hoi, fijn.", "Het budget is 48.000 euro."] and len(replies) == 3
    assert data["notices"] and "offline" in err and data["review"]["findings"]


def test_a_partial_reply_cut_off_is_not_stored_as_a_turn():
    from coach.errors import CoachError

    s = start()
    s.engine = "llm"

    def stalled():
        yield "Ik heb de leverancier "
        raise CoachError("the LLM endpoint did not answer in time")

    s.turns.append(practice.SessionTurn(speaker="Ilse", role="manager", text="Hoe gaat het?"))
    chunks = list(practice._stream(s, stalled(), "Hoe gaat het?"))
    assert any(isinstance(c, practice.Notice) for c in chunks)
    assert not any(t.text.startswith("Ik heb de leverancier ") and t.text.endswith("leverancier") for t in s.turns)
    assert s.turns[-1].role == "delegatee" and s.turns[-1].text == chunks[-1]


def test_the_app_service_takes_a_name_and_the_edited_agreements_go_into_the_next_phase(tmp_path):
    from coach.settings import Settings
    from coach.store import Store
    from coach.web.api import CoachService
    from coach.web.practice_page import _agreements, _keep_edits

    settings = Settings(_env_file=None, data_dir=tmp_path, engine="offline")
    service = CoachService(settings, Store(settings.resolved_database_url()))
    info = service.start_session(LAPTOPS, "sanne", "delegation", "nl", manager_name="Ilse")
    assert "Ilse" in info["opening"]
    service.send_turn(info["session_id"], "Laten we vrijdag het uitrolschema bespreken.")
    service.end_session(info["session_id"])
    shown = _agreements(service, info["session_id"])
    assert "Bijpraatmomenten: vrijdag" in shown
    _keep_edits(service, service.get_session(info["session_id"]), shown.replace("vrijdag", "dinsdag"))
    following = service.start_session(language="nl", previous=info["session_id"])
    opening = following["opening"]
    assert "dinsdag" in opening and "vrijdag" not in opening
