"""`coach practice`, `coach personas`, `coach scenarios` end to end through coach.cli.run,
with the manager's turns on a scripted standard input."""

from __future__ import annotations

import io
import json

import pytest

from coach.cli import run
from coach.language import detect_language
from coach.models import Review
from coach.roleplay.content import load_personas, load_scenarios

TURNS_NL = "\n".join([
    "Mooi dat je het uitrolschema al met de teamleiders hebt gemaakt!",
    "Waar loop je tegenaan?",
    "",
    "Welke mogelijkheden zie je zelf?",
    "Wat ga jij als eerste doen, en laat je me vrijdag weten hoe het ging?",
]) + "\n"


def practice(monkeypatch, capsys, args, stdin):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = run(["practice", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_text_session_prints_header_replies_and_the_review(monkeypatch, capsys):
    args = ["--scenario", "it-laptop-rollout", "--persona", "kees", "--phase", "progress", "--manager-name", "Ilse"]
    code, out, err = practice(monkeypatch, capsys, args, TURNS_NL)
    assert code == 0, err
    assert out.startswith("Oefengesprek (voortgangsgesprek) met Kees")
    assert "Taak: de vervanging van 40 laptops bij Klantcontact regelen" in out
    conversation = out.split("\n# ")[0]
    assert "> " not in conversation  # no prompt when standard input is not a terminal
    assert "Ilse: Waar loop je tegenaan?" in out  # piped turns are echoed
    assert "De leverancier heeft laten weten" in out  # the obstacle, asked openly
    assert out.count("\nKees: ") == 5  # the opening and four replies (the blank line is skipped)
    assert out.index("\n# ") > out.index("Ilse: Wat ga jij als eerste doen")  # the report follows the talk
    assert err == ""


def test_json_prints_one_object_with_a_valid_review(monkeypatch, capsys):
    args = ["--scenario", "it-laptop-rollout", "--persona", "kees", "--phase", "progress", "--format", "json",
            "--manager-name", "Ilse"]
    code, out, err = practice(monkeypatch, capsys, args, TURNS_NL)
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == {"session", "turns", "review", "agreements", "notices"}
    assert data["session"] == {"scenario": "it-laptop-rollout", "persona": "kees", "phase": "progress",
                               "language": "nl", "engine": "offline"}
    roles = [t["role"] for t in data["turns"]]
    assert roles == ["delegatee"] + ["manager", "delegatee"] * 4
    assert {t["speaker"] for t in data["turns"] if t["role"] == "manager"} == {"Ilse"}
    review = Review.model_validate(data["review"])
    assert review.phase == "progress" and review.manager == "Ilse"
    assert review.monkey is not None and review.monkey.owner == "delegatee"


def test_json_defaults_pick_a_fitting_scenario_and_persona_from_the_seed(monkeypatch, capsys):
    runs = []
    for _ in range(2):
        code, out, _ = practice(monkeypatch, capsys, ["--format", "json", "--seed", "5"], "Hoi, hoe gaat het?\n")
        assert code == 0
        runs.append(json.loads(out))
    assert runs[0]["session"] == runs[1]["session"] and runs[0]["turns"] == runs[1]["turns"]
    scenario = load_scenarios()[runs[0]["session"]["scenario"]]
    assert runs[0]["session"]["persona"] in scenario.personas
    Review.model_validate(runs[0]["review"])


def test_english_session_with_hints(monkeypatch, capsys):
    turns = "\n".join([
        "Hi Mehmet, I have a job for you.",
        "What I need at the end is 40 working laptops before 1 March.",
        "I'm asking you because you know the teams best.",
        "What will you do first?",
    ]) + "\n"
    args = ["--scenario", "it-laptop-rollout", "--persona", "mehmet", "--lang", "en", "--hints", "--format", "text"]
    code, out, err = practice(monkeypatch, capsys, args, turns)
    assert code == 0, err
    assert out.startswith("Practice (delegation conversation) with Mehmet")
    # "before 1 March" is a deadline, so the result line also carries a checkpoint (eval/README.md conventions)
    assert "(Recognised: result, checkpoint. Tip:" in out
    replies = [line[len("Mehmet: "):] for line in out.splitlines() if line.startswith("Mehmet: ")]
    assert detect_language(replies) == "en"


def test_end_line_stops_the_conversation(monkeypatch, capsys):
    code, out, _ = practice(monkeypatch, capsys, ["--persona", "sanne", "--scenario", "school-open-day", "--format", "json"],
                            "Hoi Sanne.\n/end\nDit wordt niet meer gelezen.\n")
    assert code == 0
    assert [t["text"] for t in json.loads(out)["turns"] if t["role"] == "manager"] == ["Hoi Sanne."]


@pytest.mark.parametrize("args, stdin, message", [
    (["--persona", "bob"], "Hoi\n", "unknown persona 'bob'; use one of: anouk"),
    (["--scenario", "mars"], "Hoi\n", "unknown scenario 'mars'; use one of: care-onboarding-programme"),
    (["--phase", "lunch"], "Hoi\n", "--phase 'lunch' is not one of delegation, progress, final"),
    (["--format", "xml"], "Hoi\n", "--format 'xml' is not one of text, json"),
    ([], "\n\n", "no turns on standard input"),
])
def test_bad_input_gives_one_line(monkeypatch, capsys, args, stdin, message):
    code, out, err = practice(monkeypatch, capsys, args, stdin)
    assert code == 2
    assert err.startswith("coach: error: ") and err.count("\n") == 1
    assert message in err


@pytest.mark.parametrize("command, loader", [("personas", load_personas), ("scenarios", load_scenarios)])
def test_listing_commands(capsys, command, loader):
    assert run([command, "--format", "json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert sorted(i["id"] for i in items) == sorted(loader())
    assert run([command, "--lang", "en"]) == 0
    text = capsys.readouterr().out
    assert all(i in text for i in loader())
