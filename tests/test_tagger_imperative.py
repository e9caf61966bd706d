"""Round-4 rules: a bare imperative whose verb no cue list names, motivation forms, Dutch cue additions."""

from __future__ import annotations

import pytest

from coach.tagger import tag_turn
from coach.tagger.imperative import bare_imperative
from coach.tagger.sentences import split_sentences


def acts(text: str, lang: str, previous: str | None = None, phase: str | None = None) -> set[str]:
    return {h.act.value for h in tag_turn(text, lang, previous=previous, phase=phase)}


def first(text: str, lang: str):
    return split_sentences(text, lang)[0]


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Hang gewoon flyers op bij de supermarkt.", "nl"),
        ("Laat ze gewoon loten, dan kan niemand zeuren.", "nl"),
        ("Rond het dossier vrijdag af.", "nl"),
    ],
)
def test_bare_imperative_without_a_verb_list(text, lang):
    assert bare_imperative(first(text, lang), lang)


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Hang je de flyers op?", "nl"),  # a verb-first question
        ("Hangt hij de flyers op", "nl"),  # subject after the verb
        ("Laat maar, ik bel hem zelf wel.", "nl"),  # "drop it", not an order
        ("Ingrid spreek ik zelf wel even aan.", "nl"),  # a statement with a subject
        ("Mooi gewoon, dat het af is.", "nl"),  # no verb
        ("Archive them in the team drive.", "en"),  # Dutch only (see imperative.py)
    ],
)
def test_not_a_bare_imperative(text, lang):
    assert not bare_imperative(first(text, lang), lang)


def test_unlisted_imperative_is_advice_in_progress_and_instruction_when_delegating():
    assert "advice" in acts("Hang gewoon flyers op bij de Albert Heijn.", "nl", phase="progress")
    assert "instruction" in acts("Hang gewoon flyers op bij de Albert Heijn.", "nl", phase="delegation")
    assert "advice" in acts("Laat ze gewoon loten, dan kan niemand zeuren.", "nl",
                            previous="Ik weet niet wie de zaterdagdienst moet doen, iedereen wil vrij.")


@pytest.mark.parametrize(
    "text",
    [
        "We need someone to own the onboarding, and I think that's you",
        "I think you'd be brilliant at it, you're so organised.",
        "Because honestly you're the one everybody already asks when they're stuck.",
        "No, it's your call, you've got the full picture.",
        "From what I've seen, you are. I trust your judgement on this.",
        "I'd love to hear your ideas on it as well.",
        "Honestly, what do you want to get out of this yourself?",
        "This one matters a lot for the school.",
        "I think you're more ready than you realise.",
    ],
)
def test_english_motivation_forms(text):
    assert "motivation" in acts(text, "en")


def test_english_motivation_needs_the_form():
    assert "motivation" not in acts("I think that's the budget line.", "en")
    assert "motivation" not in acts("The van would be good for the move.", "en")


@pytest.mark.parametrize(
    "text,act",
    [
        ("U zou een wekelijkse urenstaat moeten invoeren.", "advice"),
        ("Dat waardeer ik echt.", "appreciation"),
        ("Daar ben ik je dankbaar voor.", "appreciation"),
        ("Ik zoek even uit wat de regels zijn.", "monkey_take"),
        ("Dan loop ik er vanmiddag wel even langs.", "monkey_take"),
        ("Eindpunt is een werkend dashboard.", "result"),
    ],
)
def test_dutch_cue_additions(text, act):
    assert act in acts(text, "nl", previous="Ik weet niet goed hoe ik dit moet aanpakken.")


def test_dutch_cue_additions_need_their_words():
    assert "monkey_take" not in acts("Jij zoekt even uit wat de regels zijn.", "nl")
    assert "appreciation" not in acts("Het eindpunt ligt bij de haven.", "nl")


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb een klus voor je, de nieuwe webshop-koppeling.",
        "Wij zouden het bijzonder waarderen als u de route wilt uitzetten.",
        "Zou je het zien zitten om het draaiboek over te nemen?",
        "Misschien wil jij je over de kwaliteitsmonitor ontfermen.",
    ],
)
def test_dutch_handing_over_a_task(text):
    assert "instruction" in acts(text, "nl", phase="delegation")


def test_dutch_handing_over_needs_the_task():
    assert "instruction" not in acts("Ik heb een vraag voor je, de planning.", "nl", phase="delegation")
    assert "instruction" not in acts("Luister, ik heb een klusje voor je.", "nl", phase="delegation")  # only announced


@pytest.mark.parametrize("text,lang", [("Morning. Nice weather today.", "en"), ("Goeiemorgen. Lekker weer vandaag.", "nl")])
def test_weather_small_talk_gets_no_learned_act(text, lang):
    from coach.tagger.fallback import fallback_acts

    assert fallback_acts(text, lang) == []
    assert acts(text, lang) == {"other"}
