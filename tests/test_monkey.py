"""The monkey verdict: who holds the next move on the open problem at the end, and which manager turn decided it."""

from __future__ import annotations

import pytest

from coach.judge import judge
from coach.models import MonkeyVerdict, ReviewOptions
from coach.monkey import monkey_verdict
from judge_helpers import finding_for, make_analysis


TEXT = {
    "nl": {"problem": "Ik loop vast op de cijfers van Finance.", "back": "Wat ga jij als eerste doen?",
           "take": "Laat maar, ik bel hem zelf wel.", "ok": "Prima.", "commit": "Ik bel Piet morgen zelf.",
           "upward": "Kun jij niet even Piet bellen?", "hand_back": "Ik krijg het er echt niet meer bij, sorry."},
    "en": {"problem": "I'm stuck on the figures from Finance.", "back": "What will you do first?",
           "take": "Leave it with me, I'll sort it out with Finance.", "ok": "Fine.", "commit": "I'll call Piet tomorrow.",
           "upward": "Could you call them for me?", "hand_back": "I'm afraid I'll have to give this back."},
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_back_after_problem_is_delegatee_with_that_turn(lang):
    t = TEXT[lang]
    a = make_analysis(lang, ("m", "Hoi.", ["other"]), ("d", t["problem"]), ("m", t["back"], ["open_question", "monkey_back"]),
                      ("d", t["ok"]))
    assert monkey_verdict(a) == MonkeyVerdict(owner="delegatee", turn=2)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_take_after_back_moves_it_to_the_manager(lang):
    t = TEXT[lang]
    a = make_analysis(lang, ("d", t["upward"]), ("m", t["back"], ["open_question", "monkey_back"]), ("d", t["ok"]),
                      ("m", t["take"], ["monkey_take"]), ("d", t["ok"]))
    assert monkey_verdict(a) == MonkeyVerdict(owner="manager", turn=3)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_back_after_take_splits_ownership(lang):
    """A take is the manager's promise and stands; handing the rest back afterwards makes it shared."""
    t = TEXT[lang]
    a = make_analysis(lang, ("d", t["problem"]), ("m", t["take"], ["monkey_take"]), ("d", t["ok"]),
                      ("m", t["back"], ["open_question", "monkey_back"]))
    assert monkey_verdict(a) == MonkeyVerdict(owner="shared", turn=3)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_take_and_back_in_one_closing_arrangement_is_shared(lang):
    t = TEXT[lang]
    text = f"{t['take']} {t['back']}"
    a = make_analysis(lang, ("d", t["problem"]), ("m", "Ok.", ["other"]), ("d", t["ok"]),
                      ("m", text, [("monkey_take", t["take"]), ("open_question", t["back"]), ("monkey_back", t["back"])]))
    assert monkey_verdict(a) == MonkeyVerdict(owner="shared", turn=3)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_problem_is_none_without_turn(lang):
    """A monkey_back act alone (asking for the next step) does not make an open problem."""
    t = TEXT[lang]
    a = make_analysis(lang, ("m", "Hoi.", ["other"]), ("d", t["ok"]), ("m", t["back"], ["open_question", "monkey_back"]),
                      ("d", t["commit"]))
    assert monkey_verdict(a) == MonkeyVerdict(owner="none", turn=None)


def test_taking_something_over_implies_an_open_problem():
    """The words did not show a problem, but the manager took one over: the verdict follows the take."""
    a = make_analysis("nl", ("m", "Hoe gaat het?", ["open_question"]), ("d", "De drukker belde vanochtend over de proef."),
                      ("m", "Laat maar, die bel ik zelf wel terug.", ["monkey_take"]))
    assert monkey_verdict(a) == MonkeyVerdict(owner="manager", turn=2)


def test_moves_before_the_problem_do_not_count():
    t = TEXT["nl"]
    a = make_analysis("nl", ("m", t["take"], ["monkey_take"]), ("d", t["problem"]),
                      ("m", t["back"], ["open_question", "monkey_back"]))
    assert monkey_verdict(a) == MonkeyVerdict(owner="delegatee", turn=2)
    only_before = make_analysis("nl", ("m", t["take"], ["monkey_take"]), ("d", t["problem"]), ("m", "Hm.", ["other"]))
    verdict = monkey_verdict(only_before)
    assert verdict.owner == "delegatee" and verdict.turn == 2  # nobody took it after it came up


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_commitment_without_explicit_move_leaves_it_with_the_delegatee(lang):
    t = TEXT[lang]
    a = make_analysis(lang, ("d", t["problem"]), ("m", "Ok.", ["other"]), ("d", t["commit"]), ("m", "Mooi.", ["other"]))
    assert monkey_verdict(a) == MonkeyVerdict(owner="delegatee", turn=1)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_network_hand_back_without_move_leaves_the_task_with_the_manager(lang):
    t = TEXT[lang]
    a = make_analysis(lang, ("m", "Hoe gaat het?", ["open_question"]), ("d", t["hand_back"]), ("m", "Ok.", ["other"]))
    assert monkey_verdict(a, ReviewOptions(delegatee_kind="network")) == MonkeyVerdict(owner="manager", turn=2)


# -- the progress.monkey_back guideline follows the verdict ---------------------

@pytest.mark.parametrize("lang,problem,back,take", [
    ("nl", "Ik loop vast op de cijfers.", "Wat ga jij als eerste doen?", "Laat maar, ik bel hem zelf wel."),
    ("en", "I'm stuck on the figures.", "What will you do first?", "Leave it with me, I'll sort it out."),
])
def test_monkey_back_statuses(lang, problem, back, take):
    met = make_analysis(lang, ("d", problem), ("m", back, ["open_question", "monkey_back"]))
    assert finding_for(met, "progress", "progress.monkey_back").status == "met"
    missed = make_analysis(lang, ("d", problem), ("m", back, ["open_question", "monkey_back"]), ("d", "..."),
                           ("m", take, ["monkey_take"]))
    f = finding_for(missed, "progress", "progress.monkey_back")
    assert f.status == "missed" and take in f.advice
    shared = make_analysis(lang, ("d", problem), ("m", f"{take} {back}", [("monkey_take", take), ("monkey_back", back)]))
    assert finding_for(shared, "progress", "progress.monkey_back").status == "partly"


def test_network_hand_back_deciding_turn_names_the_next_action():
    analysis = make_analysis("nl", ("d", "Dus ik kan de rest van de review eigenlijk niet meer doen. Sorry."),
                             ("m", "O, vervelend.", ["other"]), ("d", "Ja."),
                             ("m", "Dan moet ik even opnieuw kijken waar dit hoort.", ["other"]))
    opts = ReviewOptions(delegatee_kind="network")
    assert monkey_verdict(analysis, opts).turn == 3
    assert finding_for(analysis, "progress", "progress.respect_return", opts).status == "partly"


def test_let_go_taking_back_after_leaving_is_partly():
    analysis = make_analysis("en", ("m", "How you do it is up to you.", ["monkey_back"]), ("d", "Great."),
                             ("m", "I'll do the supplier calls myself though.", ["monkey_take"]))
    f = finding_for(analysis, "delegation", "delegation.let_go")
    assert f.status == "partly" and "I'll do the supplier calls myself though." in f.advice


def test_fit_to_experience_met_when_freedom_follows_what_they_said_about_experience():
    analysis = make_analysis("en", ("d", "I've done this a few times before."),
                             ("m", "Then I'll give you plenty of room.", ["motivation"]))
    assert finding_for(analysis, "delegation", "delegation.fit_to_experience").status == "met"


def test_lessons_told_by_the_manager_is_partly():
    analysis = make_analysis("nl", ("m", "Volgende keer moet je eerder beginnen.", ["advice"]))
    f = finding_for(analysis, "final", "final.lessons")
    assert f.status == "partly" and "Volgende keer moet je eerder beginnen." in f.advice


def test_quotes_not_in_the_turn_are_never_cited():
    analysis = make_analysis("nl", ("m", "Het resultaat is een begroting.", [("result", "niet in de tekst")]))
    f = finding_for(analysis, "delegation", "delegation.result")
    assert f.status == "missed" and not f.evidence


# -- network contacts ---------------------------------------------------------

HAND_BACK = {
    "nl": ("Sorry, ik krijg het er echt niet meer bij.", "Helder, dank dat je het eerlijk zegt. Ik zoek iemand anders.",
           "Kun je het niet toch nog even afmaken?", "Helder, dank dat je het eerlijk zegt."),
    "en": ("I'm afraid I'll have to give this back.", "Understood, thanks for being honest. I'll find someone else.",
           "Can't you just finish it, please?", "Understood, thanks for being honest."),
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_network_hand_back_respect_return_decides(lang):
    hand_back, respectful, push, accept_only = HAND_BACK[lang]
    good = make_analysis(lang, ("m", "Hoe gaat het?" if lang == "nl" else "How is it going?", ["open_question"]),
                         ("d", hand_back), ("m", respectful, ["appreciation"]))
    assert finding_for(good, "progress", "progress.respect_return").status == "met"
    assert finding_for(good, "progress", "progress.monkey_back").status == "not_applicable"
    pushing = make_analysis(lang, ("d", hand_back), ("m", push, ["closed_question"]))
    f = finding_for(pushing, "progress", "progress.respect_return")
    assert f.status == "missed" and push in f.advice
    accepting = make_analysis(lang, ("d", hand_back), ("m", accept_only, ["appreciation"]))
    assert finding_for(accepting, "progress", "progress.respect_return").status == "partly"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_respect_return_not_applicable_without_hand_back(lang):
    analysis = make_analysis(lang, ("d", "Ik loop vast." if lang == "nl" else "I'm stuck."), ("m", "Ok.", ["other"]))
    assert finding_for(analysis, "progress", "progress.respect_return").status == "not_applicable"


def test_after_a_network_hand_back_ask_not_answer_and_monkey_back_are_not_applicable():
    analysis = make_analysis("en", ("d", "I'm really sorry, but I don't think I can carry on with it."),
                             ("m", "Oh no.", ["other"]), ("d", "It's too much for me right now."),
                             ("m", "Couldn't you just do this Saturday?", ["leading_question"]))
    opts = ReviewOptions(delegatee_kind="network")
    status = {f.guideline: f.status for f in judge(analysis, "progress", opts)}
    assert status["progress.ask_not_answer"] == status["progress.monkey_back"] == "not_applicable"
    assert status["progress.respect_return"] == "missed"


def test_employee_who_cannot_fit_it_in_raises_a_problem_not_a_hand_back():
    analysis = make_analysis("nl", ("d", "Ik krijg het er echt niet meer bij."),
                             ("m", "Wat ga jij als eerste doen?", ["open_question", "monkey_back"]))
    opts = ReviewOptions(delegatee_kind="employee")
    assert finding_for(analysis, "progress", "progress.respect_return", opts).status == "not_applicable"
    assert finding_for(analysis, "progress", "progress.monkey_back", opts).status == "met"


def test_network_contact_talked_back_into_it_holds_the_next_move():
    analysis = make_analysis("en", ("d", "I'm really sorry, but I don't think I can carry on with it."),
                             ("m", "But you said you'd do it.", ["other"]), ("d", "I know."),
                             ("m", "Just keep going for now and we'll talk after, okay?", ["closed_question"]),
                             ("d", "Okay. I'll do Saturday."))
    assert monkey_verdict(analysis, ReviewOptions(delegatee_kind="network")) == MonkeyVerdict(owner="delegatee", turn=3)


def test_pushing_first_then_accepting_a_hand_back_is_partly():
    analysis = make_analysis("nl", ("d", "Ik kan het rooster niet afmaken, ik heb een vaste baan aangenomen."),
                             ("m", "Kun je dat niet gewoon ff 's avonds afmaken?", ["leading_question"]),
                             ("d", "Echt niet. Het gaat echt niet."),
                             ("m", "Je begint daar fulltime en dan heb je er gewoon geen ruimte meer voor.", ["summary"]),
                             ("d", "Precies."), ("m", "Dan maak ik het zelf wel af.", ["other"]))
    opts = ReviewOptions(delegatee_kind="network")
    assert finding_for(analysis, "progress", "progress.respect_return", opts).status == "partly"
    assert monkey_verdict(analysis, opts) == MonkeyVerdict(owner="manager", turn=5)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_later_problem_is_settled_by_the_move_after_it(lang):
    """Two open problems, both taken: the deciding turn is the take that settled the last one, not the first take."""
    second = {"nl": "En de presentatie vind ik eerlijk gezegd best eng.", "en": "And honestly I'm nervous about the presentation."}[lang]
    take2 = {"nl": "Dan doe ik de presentatie zelf wel.", "en": "Then I'll do the presentation myself."}[lang]
    t = TEXT[lang]
    a = make_analysis(lang, ("m", "Hoi.", ["other"]), ("d", t["problem"]), ("m", t["take"], ["monkey_take"]),
                      ("d", second), ("m", take2, ["monkey_take"]), ("d", t["ok"]))
    assert monkey_verdict(a) == MonkeyVerdict(owner="manager", turn=4)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_confirmation_without_a_new_problem_decides_nothing(lang):
    t = TEXT[lang]
    a = make_analysis(lang, ("m", "Hoi.", ["other"]), ("d", t["problem"]), ("m", t["take"], ["monkey_take"]),
                      ("d", t["ok"]), ("m", t["take"], ["monkey_take"]), ("d", t["ok"]))
    assert monkey_verdict(a) == MonkeyVerdict(owner="manager", turn=2)


