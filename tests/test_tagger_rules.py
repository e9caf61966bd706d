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


def test_fallback_uses_per_act_thresholds_and_shared_signals():
    from coach.tagger import fallback

    model = {"threshold": 0.5, "thresholds": {"advice": 0.9}, "acts": {
        "instruction": {"bias": -2.0, "weights": {"en:zebra": 2.5}},  # p = 0.62
        "advice": {"bias": -2.0, "weights": {"en:zebra": 2.5}},       # same p, stricter threshold
    }}
    assert fallback.fallback_acts("the zebra file", "en", model) == ["instruction"]
    # wording-independent signals are shared by both languages; the previous turn adds its own
    nl = fallback.features("Die planning ziet er heel helder uit.", "nl", "Ik heb de planning af.")
    en = fallback.features("That plan looks really clear.", "en", "I've finished the plan.")
    assert "#eval" in nl and "#eval" in en and "#prev_done" in nl and "#prev_done" in en
    assert "#prev_done" not in fallback.features("That plan looks really clear.", "en", "What plan?")
    assert "#prev_question" in fallback.features("Twee locaties.", "nl", "Wat verwacht je van me?")
    assert not any(f.startswith("#prev") for f in fallback.features("Twee locaties.", "nl"))


@pytest.mark.parametrize(
    "text,lang,previous,expected",
    [
        ("Hij ziet er top uit, vooral de indeling.", "nl", "De inrichting van de stand is klaar.", True),
        ("The page is lovely.", "en", "I've set up the new booking page.", True),
        # the same words without a reported deed, or about an idea, are no feedback on work
        ("The page is lovely.", "en", "Have you seen the new page?", False),
        ("That's a good one, I still struggle with that myself.", "en", "I left the documentation to the end.", False),
    ],
)
def test_praise_of_work_the_other_just_reported(text, lang, previous, expected, monkeypatch):
    from coach.tagger import fallback

    monkeypatch.setattr(fallback, "load_model", lambda *a, **k: None)  # the rules alone
    assert ("positive_feedback" in _acts(text, lang, previous)) is expected


@pytest.mark.parametrize(
    "text,lang,phase,expected",
    [
        ("Wat ik wil is een lijst van alle afwijkingen, en die lijst moet in week 42 bij het MT liggen.", "nl", "delegation", True),
        ("The aim is that all balances are matched before the auditors arrive.", "en", "delegation", True),
        ("En elke maandag even een kwartiertje met mij, om te kijken waar je staat.", "nl", "delegation", True),
        ("Let's have a catch-up every two weeks.", "en", "delegation", True),
        # a result without a date agrees no moment
        ("Wat ik wil is een lijst van alle afwijkingen die het MT kan goedkeuren.", "nl", "delegation", False),
    ],
)
def test_dated_results_and_recurring_check_ins_are_checkpoints(text, lang, phase, expected, monkeypatch):
    from coach.tagger import fallback

    monkeypatch.setattr(fallback, "load_model", lambda *a, **k: None)  # the rules alone
    acts = {h.act.value for h in tag_turn(text, lang, "Oké.", phase=phase)}
    assert ("checkpoint" in acts) is expected, acts


def test_a_recurring_moment_told_as_a_past_habit_is_no_check_in():
    from coach.tagger.broad import recurring_checkin

    def check(text, lang):
        return recurring_checkin(split_sentences(text, lang)[0], lang)

    assert check("We spreken elke vrijdag even kort af.", "nl")
    assert not check("We spraken elke vrijdag af, zoals altijd.", "nl")
    assert check("A quick catch-up with me every Monday.", "en")
    assert not check("We used to have a catch-up every Monday.", "en")


@pytest.mark.parametrize(
    "text,lang,previous,expected",
    [
        ("You're running on empty right now.", "en", "My mum's in hospital and I've been going every evening.", True),
        ("Je zit er helemaal doorheen.", "nl", "Ik slaap slecht en mijn dochter is ziek.", True),
        # the same words after a turn that is not about the other, or as a directive, reflect nothing
        ("You're running on empty right now.", "en", "The van broke down on the ring road.", False),
        ("You're going to need a break soon.", "en", "I'm tired.", False),
    ],
)
def test_a_statement_about_the_others_state_after_they_spoke_about_themselves_is_a_summary(
    text, lang, previous, expected, monkeypatch
):
    from coach.tagger import fallback

    monkeypatch.setattr(fallback, "load_model", lambda *a, **k: None)  # the rules alone
    assert ("summary" in _acts(text, lang, previous)) is expected


@pytest.mark.parametrize(
    "text,lang,expected",
    [
        ("Ik snap dat je dat liever hebt, maar dit is echt jouw contact. Wat ga je hem zeggen?", "nl", True),
        ("Which one do you want to start with?", "en", True),
        # asking how it goes, or about an appointment, leaves no move with anyone
        ("How are you getting on with the venue?", "en", False),
        ("Lukt het je deze week?", "nl", False),
    ],
)
def test_in_progress_a_question_about_the_others_next_move_hands_it_back(text, lang, expected, monkeypatch):
    from coach.tagger import fallback, phase_sensitive

    monkeypatch.setattr(fallback, "load_model", lambda *a, **k: None)  # the rules alone
    acts = {h.act.value for h in tag_turn(text, lang, "Oké.", phase="progress")}
    assert ("monkey_back" in acts) is expected, acts
    if expected:  # coach review tags without a phase first: it must know to re-tag this turn
        plain = {h.act.value for h in tag_turn(text, lang, "Oké.")}
        assert "monkey_back" not in plain and phase_sensitive(plain, "progress", text, lang)


@pytest.mark.parametrize(
    "text,lang,previous,expected",
    [
        ("Een advies van maximaal twee A4'tjes dat het MT in één vergadering kan vaststellen.", "nl", "Wat moet het opleveren?", True),
        ("Every shift covered by at least three people, no last-minute gaps.", "en", "And what would success look like?", True),
        # the same answer to another question, or a question back, names no result
        ("Every shift covered by at least three people, no last-minute gaps.", "en", "Is the rota done?", False),
        ("Wat denk je zelf?", "nl", "Wat moet het opleveren?", False),
    ],
)
def test_a_statement_answering_a_question_about_the_outcome_is_a_result(text, lang, previous, expected, monkeypatch):
    from coach.tagger import fallback

    monkeypatch.setattr(fallback, "load_model", lambda *a, **k: None)  # the rules alone
    assert ("result" in _acts(text, lang, previous)) is expected
