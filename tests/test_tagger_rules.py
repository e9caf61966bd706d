"""Act-set rules and the contract of tag_turn: verbatim quotes, one question type, `other` alone."""

from __future__ import annotations

import pytest

from coach.errors import CoachError
from coach.models import QUESTION_ACTS, check_act_set
from coach.tagger import tag_turn
from coach.tagger.combine import QUESTION_PRIORITY
from coach.tagger.sentences import normalise, split_sentences

from tests.test_tagger_en import CASES as EN_CASES
from tests.test_tagger_nl import CASES as NL_CASES

ALL = [(t, p, "nl") for t, p, _, _ in NL_CASES] + [(t, p, "en") for t, p, _, _ in EN_CASES]
MESSY = [
    ("  Nou,   eh… de planning die je maakte is   heel helder!  Wat ga je nu doen? ", "nl"),
    ("So, um, like, I'd just call him, y'know?\nAnyway. Thanks!", "en"),
    ("“Dus”, zei ze, ‘je wacht nog op Finance’?", "nl"),
    ("Wh-what do you-- what do you think?", "en"),
    ("...", "nl"),
    ("", "en"),
]


@pytest.mark.parametrize("text,previous,lang", ALL + [(t, None, lang) for t, lang in MESSY])
def test_every_result_obeys_the_act_set_rules_and_quotes_verbatim(text, previous, lang):
    hits = tag_turn(text, lang, previous=previous)
    labels = [h.act.value for h in hits]
    assert labels, "every manager turn carries at least one act"
    check_act_set(labels)
    for h in hits:
        assert h.quote in text, f"quote {h.quote!r} is not verbatim in {text!r}"
        if text.strip():
            assert h.quote.strip(), "a non-empty turn gets a non-empty quote"


def test_quote_is_the_sentence_that_carries_the_act_not_normalised_text():
    text = "Nou, eh, goed gedaan! Ehm, wat heb je nog nodig?"
    hits = {h.act.value: h.quote for h in tag_turn(text, "nl")}
    assert hits["appreciation"] == "Nou, eh, goed gedaan!"
    assert hits["open_question"] == "Ehm, wat heb je nog nodig?"


def test_other_never_stands_beside_another_act():
    assert [h.act.value for h in tag_turn("Goedemorgen. Wat heb je gedaan dit weekend?", "nl")] == ["open_question"]
    assert [h.act.value for h in tag_turn("Morning. Nice weather today.", "en")] == ["other"]


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("Lukt het voor vrijdag? Hoe ga je het aanpakken?", "nl", "open_question"),
        ("What have you tried? Have you called him?", "en", "closed_question"),
        ("Did you call him? What did he say?", "en", "open_question"),
        ("Hoe gaat het? Heb je er al aan gedacht om Piet te bellen?", "nl", "leading_question"),
        ("How's it going? Wouldn't it be easier to just reuse the deck?", "en", "leading_question"),
        ("Is it done? Did you send it?", "en", "closed_question"),
    ],
)
def test_one_question_type_per_turn_leading_first_then_the_last_question(text, lang, expected):
    found = [h.act.value for h in tag_turn(text, lang)]
    assert QUESTION_ACTS.intersection(found) == {expected}


def test_priority_order_is_documented_and_complete():
    assert QUESTION_PRIORITY == ("leading_question", "last")


def test_unknown_language_is_a_clear_input_error():
    with pytest.raises(CoachError, match="nl.*en"):
        tag_turn("Hallo", "de")


def test_non_text_input_is_a_clear_input_error():
    with pytest.raises(CoachError):
        tag_turn(None, "nl")  # type: ignore[arg-type]
    with pytest.raises(CoachError):
        tag_turn("Hallo", "nl", previous=42)  # type: ignore[arg-type]


def test_empty_turn_is_other():
    assert [h.act.value for h in tag_turn("   ", "nl")] == ["other"]


def test_fillers_do_not_break_detection():
    plain = {h.act.value for h in tag_turn("Wat ga jij als eerste doen?", "nl", previous="Het lukt niet.")}
    filled = {h.act.value for h in tag_turn("Nou ja, eh, ehm, wat ga jij eh als eerste doen?", "nl", previous="Het lukt niet.")}
    assert plain == filled == {"open_question", "monkey_back"}
    assert {h.act.value for h in tag_turn("So, um, well, like, have you thought about just calling her?", "en")} == {
        "leading_question"
    }


def test_missing_question_marks_from_speech_recognition():
    assert {h.act.value for h in tag_turn("hoe kijk jij daar tegenaan", "nl")} == {"open_question"}
    assert {h.act.value for h in tag_turn("did you send the invoice", "en")} == {"closed_question"}
    assert {h.act.value for h in tag_turn("wat ik hoor is dat je tijd tekortkomt", "nl", previous="Ik kom tijd tekort.")} == {
        "summary"
    }


def test_a_wh_clause_is_not_a_question():
    assert "open_question" not in {h.act.value for h in tag_turn("What I need at the end is a signed contract.", "en")}
    assert "open_question" not in {h.act.value for h in tag_turn("Hoe je het doet is aan jou.", "nl")}


def test_sentence_splitting_keeps_numbers_and_offsets():
    sents = split_sentences("Je mag tot 5.000 euro uitgeven. Lukt dat?\nPrima")
    assert [s.raw for s in sents] == ["Je mag tot 5.000 euro uitgeven.", "Lukt dat?", "Prima"]
    assert sents[1].question_mark and not sents[0].question_mark


def test_normalise_removes_hesitations_and_stutters_but_keeps_meaning():
    assert normalise("Eh, wh-what do you-- what do you think") == "what do you what do you think"
    assert normalise("Weet je al wanneer het af is?") == "weet je al wanneer het af is?"
    assert normalise("I'll let you know.") == "i'll let you know."


@pytest.mark.parametrize(
    "text,lang,previous,expected",
    [
        # the manager's opinion + tag, echoing nothing the other said: leading
        ("Dat ging eigenlijk best goed, toch?", "nl", None, {"leading_question"}),
        ("The launch went well, didn't it?", "en", None, {"leading_question"}),
        # the same shape echoing the other's words: summary + closed
        ("De lancering ging goed, toch?", "nl", "De lancering ging goed, vond ik.", {"summary", "closed_question"}),
        # an exclamation is no question
        ("Wat een week!", "nl", None, {"other"}),
        ("What a day!", "en", None, {"other"}),
    ],
)
def test_tagged_opinions_and_exclamations(text, lang, previous, expected):
    assert {h.act.value for h in tag_turn(text, lang, previous=previous)} == expected


def test_asking_for_the_plan_invites_own_approach_or_hands_back_the_problem():
    calm = "Prima, ik heb er zin in."
    stuck = "Het lukt me niet om de data boven water te krijgen."
    assert {h.act.value for h in tag_turn("Wat is je plan?", "nl", previous=calm)} == {"open_question", "motivation"}
    assert {h.act.value for h in tag_turn("Wat is je plan?", "nl", previous=stuck)} == {"open_question", "monkey_back"}
    assert "monkey_back" in {h.act.value for h in tag_turn("What are you going to do about the missing files?", "en")}


def test_praise_of_effort_is_appreciation_and_naming_the_work_is_feedback():
    assert {h.act.value for h in tag_turn("Top dat je er zoveel tijd in hebt gestoken.", "nl")} == {"appreciation"}
    assert {h.act.value for h in tag_turn("Goed dat je de planning al met inkoop hebt afgestemd.", "nl")} == {
        "positive_feedback"
    }
    assert {h.act.value for h in tag_turn("Good catch on the duplicate invoices.", "en")} == {"positive_feedback"}


def test_a_take_that_asks_the_other_to_pass_it_up_is_not_an_instruction():
    found = {h.act.value for h in tag_turn("Just forward me the thread and I'll deal with it.", "en", previous="He won't reply.")}
    assert found == {"monkey_take"}


def test_tell_you_what_is_a_filler_not_an_instruction():
    found = {h.act.value for h in tag_turn("Tell you what, I'll call the carrier myself.", "en", previous="They keep missing slots.")}
    assert found == {"monkey_take"}


@pytest.mark.parametrize(
    "text,lang,previous,expected",
    [
        ("Get me the figures by Thursday, yeah?", "en", "Ok.", {"leading_question", "instruction", "checkpoint"}),
        ("Stuur me de cijfers voor donderdag, oké?", "nl", "Oké.", {"leading_question", "instruction", "checkpoint"}),
        ("How hard can it be, right?", "en", None, {"leading_question"}),
        ("Have it done before April.", "en", None, {"checkpoint", "instruction"}),
    ],
)
def test_orders_with_a_tag_and_imperatives_without_question_mark(text, lang, previous, expected):
    assert {h.act.value for h in tag_turn(text, lang, previous=previous)} == expected


def _acts(text, lang, previous=None):
    return {h.act.value for h in tag_turn(text, lang, previous=previous)}


@pytest.mark.parametrize(
    "text,lang,present,absent",
    [
        # a deadline inside a directive is a checkpoint; a question about a date or a start date is not
        ("Je moet de keynote echt deze week regelen.", "nl", {"instruction", "checkpoint"}, set()),
        ("Could you have the supplier shortlist ready before the 12th?", "en", {"closed_question", "checkpoint"}, set()),
        ("Heb je de offerte vorige week vrijdag nog verstuurd?", "nl", {"closed_question"}, {"checkpoint"}),
        ("From next month I'd like you to run the Tuesday clinic.", "en", {"instruction"}, {"checkpoint"}),
        ("Kunnen we na de kerstvakantie even bijpraten?", "nl", {"closed_question", "checkpoint"}, set()),
        # praise that names the work, also as an exclamation (not a question)
        ("What a clear rollout schedule you put together!", "en", {"positive_feedback"}, {"open_question", "other"}),
        ("Je voorstel zat goed in elkaar.", "nl", {"positive_feedback"}, {"other"}),
        ("The new rota works much better than the old one.", "en", {"positive_feedback"}, set()),
        ("Nice work on the routes so far, really.", "en", {"appreciation"}, {"positive_feedback"}),
        # end state wanted, with words between the verb and the deliverable
        ("Ik wil eind april een goedgekeurd rooster waarin iedereen twee weekenden vrij heeft.", "nl", {"result"}, set()),
        ("What we need is a budget the board can approve.", "en", {"result"}, set()),
        # requests phrased with "be able to" / "zou je ... willen"
        ("Would you be able to organise the staff party this year?", "en", {"closed_question", "instruction"}, set()),
        ("Zou je de inwerkdag voor de stagiairs willen organiseren?", "nl", {"closed_question", "instruction"}, set()),
        # a directive argued from its effect is advice even without a problem before it
        ("Schrap de tweede workshop, dan heb je weer lucht.", "nl", {"advice"}, {"instruction"}),
        ("Add an index on that column and it'll fly.", "en", {"advice"}, {"instruction"}),
    ],
)
def test_broader_cues(text, lang, present, absent):
    acts = _acts(text, lang)
    assert present <= acts, acts
    assert not (absent & acts), acts


@pytest.mark.parametrize(
    "text,previous,lang",
    [
        ("What do you think you'll do next?", "The supplier still won't budge on the price.", "en"),
        ("Bedenk jij wat je wilt voorstellen en laat het me maandag weten.", "Ik twijfel tussen twee leveranciers.", "nl"),
        ("Try that and let me know how it goes.", "I could ask the night shift to swap.", "en"),
    ],
)
def test_handing_the_next_move_back(text, previous, lang):
    assert "monkey_back" in _acts(text, lang, previous)


def test_a_statement_that_reuses_the_others_words_is_a_reflection():
    previous = "We hebben tweehonderd formulieren verwerkt en zeventig klachten afgehandeld."
    assert _acts("Tweehonderd formulieren, zeventig klachten.", "nl", previous) == {"summary"}
    # the same words without the other's turn before them reflect nothing
    assert _acts("Tweehonderd formulieren, zeventig klachten.", "nl") == {"other"}
    # the manager's own opinion about the other is no reflection of their words
    assert "summary" not in _acts("I think you'd be brilliant at the planning.", "en", "The planning is a lot of work.")


def test_learned_fallback_only_adds_confident_acts_and_only_when_the_rules_found_nothing(monkeypatch):
    from coach.tagger import fallback

    model = {"threshold": 0.5, "acts": {
        "instruction": {"bias": -2.0, "weights": {"en:zebra": 5.0}},
        "advice": {"bias": -2.0, "weights": {}},
    }}
    assert fallback.fallback_acts("the zebra file", "en", model) == ["instruction"]
    assert fallback.fallback_acts("the lion file", "en", model) == []
    assert fallback.scores("anything", "en", {}) == {}
    monkeypatch.setattr(fallback, "load_model", lambda *a, **k: model)
    assert _acts("The zebra file.", "en") == {"instruction"}
    # a turn the rules already place keeps the rules' reading
    assert _acts("Thanks for the zebra file.", "en") == {"appreciation"}
    monkeypatch.setattr(fallback, "load_model", lambda *a, **k: None)
    assert _acts("The zebra file.", "en") == {"other"}


def test_the_shipped_fallback_model_loads():
    from coach.tagger import fallback

    model = fallback.load_model()
    assert model is not None, "coach/tagger/act_model.json is missing; run eval/tools/train_tagger.py"
    assert set(model["acts"]) <= {"instruction", "advice", "result", "checkpoint", "motivation", "positive_feedback",
                                  "appreciation", "summary", "monkey_take", "monkey_back"}
