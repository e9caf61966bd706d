"""Phase-dependent act boundaries (labels.md) in Dutch and English, and the phase plumbing."""

from __future__ import annotations

import pytest

from coach.errors import InputError
from coach.models import ReviewOptions, Transcript, Turn
from coach.review import review_transcript
from coach.tagger import tag_turn
from coach.tagger.calling import call_tagger


def acts(text: str, lang: str, previous: str | None = None, phase: str | None = None) -> set[str]:
    return {h.act.value for h in tag_turn(text, lang, previous, phase=phase)}


HOW_TO = [
    ("nl", "Gebruik het nieuwe sjabloon en hou het onder de tien dia's.", "Goed, ik kijk ernaar."),
    ("en", "Use the new template and keep it under ten slides.", "Okay, I'll have a look."),
]


@pytest.mark.parametrize("lang,text,previous", HOW_TO)
def test_a_how_to_is_instruction_when_delegating_and_advice_in_progress(lang, text, previous):
    assert "instruction" in acts(text, lang, previous, "delegation")
    assert "advice" not in acts(text, lang, previous, "delegation")
    in_progress = acts(text, lang, previous, "progress")
    assert "advice" in in_progress and "instruction" not in in_progress


@pytest.mark.parametrize("lang,text,previous", [
    ("nl", "Gewoon een buffet, niks ingewikkelds.", "Oké, en wat voor eten?"),
    ("en", "Just make sure it's complete and looks decent.", "Okay, and what should it look like?"),
])
def test_a_just_do_it_when_delegating_is_instruction_without_a_worry(lang, text, previous):
    delegating = acts(text, lang, previous, "delegation")
    assert "instruction" in delegating and "advice" not in delegating


@pytest.mark.parametrize("lang,text", [("nl", "Het is aan jou."), ("en", "It's your call.")])
def test_ownership_is_a_mandate_when_delegating_and_a_hand_back_later(lang, text):
    assert "instruction" in acts(text, lang, "Oké.", "delegation")
    assert "monkey_back" in acts(text, lang, "Oké.", "progress")
    assert "instruction" not in acts(text, lang, "Oké.", "progress")


@pytest.mark.parametrize("lang,text,previous", [
    ("nl", "Doe dat, plan het maar deze week.", "Ik ga eens met Linda van juridisch zitten."),
    ("en", "Okay, try that, and show me your themes next Tuesday.", "By theme, I suppose."),
])
def test_endorsing_the_others_plan_in_progress_leaves_their_move(lang, text, previous):
    got = acts(text, lang, previous, "progress")
    assert "monkey_back" in got and "advice" not in got and "instruction" not in got


@pytest.mark.parametrize("lang,text,previous", [
    ("nl", "Leg het maar bij mij neer, ik kijk er in het weekend wel naar.", "Ik moet de planning nog maken."),
    ("en", "Send it over to me and I'll sort it out.", "I still have to send the quote."),
])
def test_a_take_in_progress_is_no_advice(lang, text, previous):
    got = acts(text, lang, previous, "progress")
    assert "monkey_take" in got and "advice" not in got and "instruction" not in got


@pytest.mark.parametrize("lang,text", [
    ("nl", "We hadden afgesproken dat het handboek op 1 juni online zou staan."),
    ("en", "We agreed the new intranet would be live by the first of June."),
])
def test_a_restated_agreement_in_a_final_talk_is_result_not_checkpoint(lang, text):
    final = acts(text, lang, "Dank je." if lang == "nl" else "Thanks.", "final")
    assert "result" in final and "checkpoint" not in final


@pytest.mark.parametrize("lang,text", [("nl", "Wat is je plan?"), ("en", "What's your plan?")])
def test_asking_for_the_plan_after_a_problem_hands_back_but_not_when_delegating(lang, text):
    problem = "Het lukt niet, de leverancier reageert niet." if lang == "nl" else "I'm stuck, the supplier won't reply."
    assert "monkey_back" in acts(text, lang, problem, "progress")
    delegating = acts(text, lang, problem, "delegation")
    assert "motivation" in delegating and "monkey_back" not in delegating


def test_without_a_phase_the_previous_turn_decides_as_before():
    assert "instruction" in acts("Use the new template.", "en", "Okay.")
    assert "advice" in acts("Use the new template.", "en", "I'm stuck with the layout.")


def test_an_unknown_phase_is_a_clear_input_error():
    with pytest.raises(InputError, match="unknown phase"):
        tag_turn("Use the template.", "en", phase="kickoff")  # type: ignore[arg-type]


def test_call_tagger_passes_the_phase_only_to_taggers_that_take_it():
    seen = []
    call_tagger(lambda t, l, p: seen.append("none") or [], "x", "en", None, "progress")
    call_tagger(lambda t, l, p, phase=None: seen.append(phase) or [], "x", "en", None, "progress")
    call_tagger(lambda t, l, p, **kw: seen.append(kw.get("phase")) or [], "x", "en", None, "final")
    assert seen == ["none", "progress", "final"]


def _talk(lang: str) -> Transcript:
    lines = {
        "en": [("Sam", "Hi Lee, how is the report going? Anything in your way?"),
               ("Lee", "Fine, which format do you want for the board?"),
               ("Sam", "Use the new template and keep it under ten slides."),
               ("Lee", "Okay, I'll try that.")],
        "nl": [("Sam", "Hoi Lee, hoe gaat het met het rapport? Loop je ergens tegenaan?"),
               ("Lee", "Prima, welk format wil je voor het bestuur?"),
               ("Sam", "Gebruik het nieuwe sjabloon en hou het onder de tien dia's."),
               ("Lee", "Oké, dat probeer ik.")],
    }[lang]
    return Transcript(turns=[Turn(index=i, speaker=s, text=t) for i, (s, t) in enumerate(lines)])


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_review_tags_with_the_given_phase(lang):
    talk = _talk(lang)
    delegation = review_transcript(talk, ReviewOptions(phase="delegation", manager="Sam", language=lang))
    progress = review_transcript(talk, ReviewOptions(phase="progress", manager="Sam", language=lang))
    assert "instruction" in delegation.turns[2].acts
    assert "advice" in progress.turns[2].acts and "instruction" not in progress.turns[2].acts


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_review_retags_with_the_detected_phase(lang):
    talk = _talk(lang)
    detected = review_transcript(talk, ReviewOptions(manager="Sam", language=lang))
    given = review_transcript(talk, ReviewOptions(phase=detected.phase, manager="Sam", language=lang))
    assert detected.phase_detected
    assert [t.acts for t in detected.turns] == [t.acts for t in given.turns]


@pytest.mark.parametrize("lang,text,previous", [
    ("nl", "Nee, hou hem maar bij jou, je kunt dit prima zelf afmaken.", "Ik kan de eerste versie ook aan jou sturen."),
    ("en", "No, keep it. You can finish this yourself.", "I could send the first version to you instead."),
])
def test_keeping_what_the_other_offered_to_return_is_monkey_back_in_every_phase(lang, text, previous):
    for phase in ("delegation", "progress"):
        got = acts(text, lang, previous, phase)
        assert "monkey_back" in got and "instruction" not in got


@pytest.mark.parametrize("lang,text", [
    ("nl", "Hoe je het aanpakt laat ik helemaal aan jou."),
    ("en", "I'll leave it to you how you do it."),
])
def test_leaving_the_how_to_the_other_is_motivation_when_delegating(lang, text):
    delegating = acts(text, lang, "Oké." if lang == "nl" else "Okay.", "delegation")
    assert "motivation" in delegating and "monkey_back" not in delegating
    assert "monkey_back" in acts(text, lang, "Oké." if lang == "nl" else "Okay.", "progress")


@pytest.mark.parametrize("lang,text,previous", [
    ("nl", "Bel de leverancier morgen en vraag om een nieuwe levertijd.", "De levering is vertraagd."),
    ("en", "Make Friday at noon a hard cutoff and send one reminder on Thursday.", "The team keeps missing the timesheet deadline."),
])
def test_a_moment_inside_a_solution_in_progress_is_no_checkpoint(lang, text, previous):
    got = acts(text, lang, previous, "progress")
    assert "advice" in got and "checkpoint" not in got
    assert "checkpoint" in acts(text, lang, previous, "delegation")


SAMPLES = [
    ("nl", "Gebruik het nieuwe sjabloon.", "Oké."), ("nl", "Wat is je plan?", "Het lukt niet."),
    ("nl", "Doe dat, plan het maar deze week.", "Ik ga met Linda zitten."), ("nl", "Dank je wel!", "Graag gedaan."),
    ("nl", "Het zou voor de zomer klaar zijn.", "Het liep wat uit."), ("nl", "Het is aan jou.", "Oké."),
    ("nl", "Nee, hou het maar bij jou.", "Zal ik het aan jou sturen?"), ("nl", "Hoe gaat het met de planning?", None),
    ("en", "Use the new template.", "Okay."), ("en", "What's your plan?", "I'm stuck."),
    ("en", "Okay, try that, and show me on Tuesday.", "By theme."), ("en", "Thanks a lot!", "No problem."),
    ("en", "We agreed it would be live by June.", "It slipped a bit."), ("en", "It's your call.", "Okay."),
    ("en", "No, keep it.", "Shall I send it to you?"), ("en", "How is the schedule going?", None),
]


@pytest.mark.parametrize("lang,text,previous", SAMPLES)
def test_a_turn_that_is_not_phase_sensitive_keeps_its_acts_with_the_phase(lang, text, previous):
    from coach.tagger import phase_sensitive

    without = tag_turn(text, lang, previous)
    names = [h.act.value for h in without]
    for phase in ("delegation", "progress", "final"):
        if not phase_sensitive(names, phase, text, lang):
            assert tag_turn(text, lang, previous, phase=phase) == without
    assert not phase_sensitive(names, None, text, lang)
