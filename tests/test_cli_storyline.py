"""`coach practice` runs a whole storyline (delegation, progress, final) with /next, offline."""

from __future__ import annotations

import io
import json

import pytest

from coach.cli import run
from coach.models import Review

STORY = {
    "nl": [
        "Hoi Sanne, ik wil je vragen de open dag te organiseren.",
        "Wat ik aan het eind wil hebben is een open dag waar minstens 200 ouders komen.",
        "Ik vraag het jou omdat je goed met ouders kunt. Hoe kijk je ertegenaan?",
        "Laten we over twee weken je eerste plan bespreken.",
        "/next",
        "De flyers die je hebt laten maken zien er heel verzorgd uit.",
        "Waar loop je tegenaan?",
        "Wat ga jij als eerste doen?",
        "/volgende",
        "Als we het naast onze afspraak leggen, hoe is het gegaan?",
        "Wat zou je een volgende keer anders doen?",
        "Dank je wel, ik waardeer echt hoe je dit hebt opgepakt.",
    ],
    "en": [
        "Hi Sanne, I'd like you to organise the open day.",
        "What I need at the end is an open day with at least 200 parents.",
        "I'm asking you because you're great with parents. How do you feel about taking it on?",
        "Let's go through your first plan in two weeks.",
        "/next",
        "The flyers you had made look really polished.",
        "What's getting in your way?",
        "What will you do first?",
        "/next",
        "If we put it next to what we agreed, how did it go?",
        "What would you do differently next time?",
        "Thank you, I really appreciate how you took this on.",
    ],
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_json_storyline_carries_three_reviews_in_order(monkeypatch, capsys, lang):
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(STORY[lang]) + "\n"))
    code = run(["practice", "--persona", "sanne", "--scenario", "school-open-day", "--lang", lang, "--format", "json"])
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    conversations = out["storyline"] + [out]
    assert [c["session"]["phase"] for c in conversations] == ["delegation", "progress", "final"]
    for c in conversations:
        review = Review.model_validate(c["review"])
        assert review.language == lang and review.phase == c["session"]["phase"]
    # each conversation holds only its own manager turns
    manager_lines = [[t["text"] for t in c["turns"] if t["role"] == "manager"] for c in conversations]
    assert manager_lines[0][0] == STORY[lang][0] and manager_lines[1][0] == STORY[lang][5]
    assert manager_lines[2][-1] == STORY[lang][-1]
    final = {f["guideline"]: f["status"] for f in conversations[2]["review"]["findings"]}
    assert final["final.appreciation"] == "met"


def test_text_storyline_prints_three_headers_and_three_reports(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(STORY["nl"]) + "\n"))
    assert run(["practice", "--persona", "sanne", "--scenario", "school-open-day", "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    assert out.count("Oefengesprek (") == 3
    assert out.index("(delegeergesprek)") < out.index("(voortgangsgesprek)") < out.index("(eindgesprek)")
    assert out.count("# Feedback op je") == 3
