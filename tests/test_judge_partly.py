"""The `partly` boundary: quality of the evidence (specific vs vague, asked vs answered, settled vs repeated)."""

from __future__ import annotations

import pytest

from coach.catalogue import get_catalogue
from coach.models import ReviewOptions
from coach.monkey import monkey_verdict
from judge_helpers import finding_for, make_analysis


@pytest.mark.parametrize("lang, turns", [
    ("nl", [("m", "Het oproepbestand moet je opschonen.", ["instruction"]),
            ("m", "Gewoon zorgen dat het weer klopt, zeg maar.", ["other"])]),
    ("en", [("m", "I'd like you to pull the research report together.", ["instruction"]),
            ("m", "Just make sure it's, you know, complete and looks decent.", ["other"])]),
])
def test_a_worded_vague_end_state_is_a_partly_result_even_without_the_act(lang, turns):
    f = finding_for(make_analysis(lang, *turns), "delegation", "delegation.result")
    assert f.status == "partly" and f.evidence[0].turn == 1
    assert finding_for(make_analysis(lang, turns[0]), "delegation", "delegation.result").status == "missed"


@pytest.mark.parametrize("lang, task, question, unsure, sure", [
    ("nl", "Jij gaat het recallbestand opschonen.", "Is er een sjabloon van vorig jaar?",
     "Ergens op de schijf, denk ik.", "Ja, in de map Recall op de schijf."),
    ("en", "I'd like you to do the research report.", "Is there a template from last year?",
     "Somewhere on the shared drive, I think.", "Yes, in the Reports folder on the shared drive."),
])
def test_an_unsure_answer_to_a_means_question_makes_the_instruction_partly(lang, task, question, unsure, sure):
    def status(answer):
        turns = [("m", task, ["instruction"]), ("d", question), ("m", answer, ["instruction"])]
        return finding_for(make_analysis(lang, *turns), "delegation", "delegation.instruction").status
    assert status(unsure) == "partly"
    assert status(sure) == "met"


@pytest.mark.parametrize("lang, said, freedom", [
    ("nl", "Weer ik? Ik heb het vorig jaar ook al gedaan.", "Eh, dat moet je zelf maar inschatten."),
    ("en", "I've done this before, last year.", "Use your judgement, it's up to you."),
])
def test_freedom_after_they_said_they_have_done_it_fits_their_experience(lang, said, freedom):
    turns = [("m", "task", ["instruction"]), ("d", said), ("m", freedom, ["instruction"])]
    assert finding_for(make_analysis(lang, *turns), "delegation", "delegation.fit_to_experience").status == "met"
    alone = [("m", "task", ["instruction"]), ("d", "Okay."), ("m", "Okay.", ["other"])]
    assert finding_for(make_analysis(lang, *alone), "delegation", "delegation.fit_to_experience").status == "missed"


@pytest.mark.parametrize("lang, ask, buddy", [
    ("nl", "Heb je wel eens iets met kinderen georganiseerd", "Marloes deed dit vorig jaar. Zal ik jullie koppelen?"),
    ("en", "Have you ever organised something for children", "Marloes did this last year. Shall I pair you up with her?"),
])
def test_asking_about_experience_or_a_buddy_fits_a_newcomer(lang, ask, buddy):
    for line, acts in ((ask, ["closed_question"]), (buddy, ["closed_question", "instruction"])):
        turns = [("m", "task", ["instruction"]), ("d", "Hm."), ("m", line, acts)]
        f = finding_for(make_analysis(lang, *turns), "delegation", "delegation.fit_to_experience")
        assert f.status == "met" and f.evidence[0].turn == 2


@pytest.mark.parametrize("lang, handed, text", [
    ("nl", "Hoe je het aanpakt laat ik helemaal aan jou.", "Zou jij het rooster willen maken?"),
    ("en", "How you go about it is up to you.", "Could you put the rota together?"),
])
def test_let_go_met_quotes_the_hand_over_or_explains_by_the_absence_of_take_backs(lang, handed, text):
    with_words = make_analysis(lang, ("m", text, ["instruction"]), ("d", "Ok."), ("m", handed, ["motivation"]))
    f = finding_for(with_words, "delegation", "delegation.let_go")
    assert f.status == "met" and f.evidence[0].turn == 2
    bare = finding_for(make_analysis(lang, ("m", text, ["instruction"])), "delegation", "delegation.let_go")
    assert bare.status == "met" and bare.evidence[0].turn == 0
    example = get_catalogue().get("delegation.let_go").example.get(lang)  # no hand-over in words: the advice suggests one
    assert example in bare.advice and example not in f.advice


@pytest.mark.parametrize("lang, question, vague, concrete", [
    ("nl", "Wat zou je anders doen?", "Weet niet. Eerder beginnen?",
     "De uitnodigingen drie weken eerder versturen, en de drukker een week extra geven."),
    ("en", "What would you do differently?", "Not sure. Maybe start earlier?",
     "Send the invitations three weeks earlier, and give the printer an extra week."),
])
def test_a_lessons_question_is_met_only_when_a_point_of_their_own_comes_back(lang, question, vague, concrete):
    def lesson(answer):
        turns = [("m", question, ["open_question"]), ("d", answer), ("m", "Ok.", ["other"])]
        return finding_for(make_analysis(lang, *turns), "final", "final.lessons")
    assert lesson(vague).status == "partly"
    assert lesson(concrete).status == "met"


@pytest.mark.parametrize("lang, concrete, vague", [
    ("nl", "Volgende keer moet die brief drie weken vooraf de deur uit.", "Volgende keer beter opletten."),
    ("en", "Next time the letter goes out three weeks ahead.", "Next time maybe keep a closer eye on things."),
])
def test_a_lesson_the_manager_names_counts_when_it_is_concrete(lang, concrete, vague):
    def status(text):
        return finding_for(make_analysis(lang, ("m", text, ["advice"])), "final", "final.lessons").status
    assert status(concrete) == "met"
    assert status(vague) == "partly"


@pytest.mark.parametrize("lang, passing, compared", [
    ("nl", "Dus de checklists staan nu in het portaal, zoals afgesproken.",
     "We hadden afgesproken: alle checklists in het portaal. Staan ze er allemaal in?"),
    ("en", "So, the checklists are in the portal now, like we said.",
     "We agreed all checklists in the portal. Are they all in?"),
])
def test_the_agreement_named_in_passing_is_partly_and_compared_is_met(lang, passing, compared):
    def status(text, acts):
        return finding_for(make_analysis(lang, ("m", text, acts)), "final", "final.result_vs_agreement").status
    assert status(passing, ["result"]) == "partly"
    assert status(compared, ["result", "closed_question"]) == "met"


@pytest.mark.parametrize("lang, verdict", [("nl", "Ging wel prima uiteindelijk, toch?"),
                                           ("en", "Went alright in the end, didn't it.")])
def test_a_generic_verdict_that_it_went_fine_is_partly_what_went_well(lang, verdict):
    f = finding_for(make_analysis(lang, ("m", verdict, ["leading_question"])), "final", "final.what_went_well")
    assert f.status == "partly"


@pytest.mark.parametrize("lang, problem, take, back, repeat", [
    ("nl", "De leverancier reageert niet, en de FAQ loopt vast.", "Ik bel Dennis morgen wel.",
     "Doe dat, plan het maar deze week.", "En dan hoor je van mij over Dennis."),
    ("en", "The supplier isn't replying, and I'm stuck on the FAQ.", "I'll ring Dennis tomorrow.",
     "Do that, plan it this week.", "And you'll hear from me about Dennis."),
])
def test_repeating_an_own_take_after_a_back_keeps_ownership_shared(lang, problem, take, back, repeat):
    turns = [("m", "Hoe gaat het?" if lang == "nl" else "How is it going?", ["open_question"]), ("d", problem),
             ("m", take, ["monkey_take"]), ("d", "Ok."), ("m", back, ["monkey_back"]), ("d", "Ok."),
             ("m", repeat, ["monkey_take"])]
    v = monkey_verdict(make_analysis(lang, *turns))
    assert (v.owner, v.turn) == ("shared", 4)
    only_back = turns[:2] + [("m", back, ["monkey_back"]), ("d", "Ok."), ("m", take, ["monkey_take"])]
    v = monkey_verdict(make_analysis(lang, *only_back))
    assert (v.owner, v.turn) == ("manager", 4)  # a first take after a back still flips it


@pytest.mark.parametrize("lang, back_text, reply", [
    ("nl", "Met welke wil je beginnen?", "Eerst de assistente. Dan heeft hij minder te klagen."),
    ("en", "Which one do you want to start with?", "The nurse first. Then he has less to complain about."),
])
def test_a_difficulty_named_while_answering_a_hand_back_does_not_move_the_deciding_turn(lang, back_text, reply):
    turns = [("m", "Hoe gaat het?" if lang == "nl" else "How is it going?", ["open_question"]),
             ("d", "Ik loop vast op de logboeken." if lang == "nl" else "I'm stuck on the logs, it's a problem."),
             ("m", back_text, ["closed_question", "monkey_back"]), ("d", reply),
             ("m", "Laat je me vrijdag weten hoe het ging?" if lang == "nl" else "Let me know on Friday how it went?",
              ["closed_question", "monkey_back", "checkpoint"])]
    v = monkey_verdict(make_analysis(lang, *turns))
    assert (v.owner, v.turn) == ("delegatee", 2)


@pytest.mark.parametrize("lang, push, grudging, then", [
    ("nl", "Maar kun je het niet in een avondje afmaken?", "Nou ja, het is niet anders. Je hebt je best gedaan.",
     "Ja, stuur maar. Dan zie ik wel wat ik ermee doe."),
    ("en", "Surely you can still finish it in an evening?", "Oh well, it is what it is. You did your best.",
     "Send it over. I'll see what I do with it."),
])
def test_a_push_then_grudging_acceptance_of_a_hand_back_is_partly(lang, push, grudging, then):
    hand_back = "Ik moet het teruggeven, het lukt niet." if lang == "nl" else "I'm afraid I'll have to give this back."
    turns = [("m", "En?" if lang == "nl" else "So?", ["open_question"]), ("d", hand_back),
             ("m", push, ["leading_question"]), ("d", "Nee, echt niet." if lang == "nl" else "No, really."),
             ("m", grudging, ["appreciation"]), ("d", "Ok."), ("m", then, ["other"])]
    options = ReviewOptions(delegatee_kind="network")
    an = make_analysis(lang, *turns)
    assert finding_for(an, "progress", "progress.respect_return", options).status == "partly"
    if lang == "nl":  # "dan zie ik wel" is the manager's own (vague) next action: it decides
        assert monkey_verdict(an, options).turn == 6


@pytest.mark.parametrize("lang, problem, lead, question, advice, confirm", [
    ("nl", "Ik loop vast op de fietsen zonder framenummer.", "Heb je er al aan gedacht om met Dave foto's te maken?",
     "En wat doe je met de rest?", "Zet ze op een apart tabblad.", "Dus jij regelt Dave deze week, toch?"),
    ("en", "I'm stuck on the bikes without frame numbers.", "Have you thought about going down with Dave for photos?",
     "And the ones that don't match, what would you do?", "Put them on a separate tab.",
     "So you'll sort Dave this week, yeah?"),
])
def test_a_tag_that_hands_the_step_back_is_no_answer_in_ask_not_answer(lang, problem, lead, question, advice, confirm):
    turns = [("m", "En?" if lang == "nl" else "So?", ["open_question"]), ("d", problem),
             ("m", lead, ["leading_question"]), ("d", "Ja."), ("m", question, ["open_question"]), ("d", "Apart zetten."),
             ("m", advice, ["advice"]), ("d", "Ok.")]
    def status(last_acts):
        an = make_analysis(lang, *turns, ("m", confirm, last_acts))
        return finding_for(an, "progress", "progress.ask_not_answer").status
    assert status(["leading_question", "monkey_back", "checkpoint"]) == "partly"
    assert status(["leading_question"]) == "missed"  # the same tag on the manager's own solution answers it


@pytest.mark.parametrize("lang, status_q, no_still, yes_done", [
    ("nl", "En de GIS-laag, is die nu bijgewerkt?", "Nee, er staan nog de duikers van vorig jaar in.",
     "Ja, die is helemaal bijgewerkt."),
    ("en", "And the GIS layer, is that up to date now?", "No, it still has last year's culverts in it.",
     "Yes, that's all up to date."),
])
def test_a_no_to_a_status_question_is_a_further_open_item_the_next_take_settles(lang, status_q, no_still, yes_done):
    def verdict(answer):
        turns = [("m", "En?" if lang == "nl" else "So?", ["open_question"]),
                 ("d", "De boeren zijn boos, dat is een probleem." if lang == "nl" else "The farmers are unhappy, it's a problem."),
                 ("m", "Ik regel het wel met de provincie." if lang == "nl" else "I'll sort it out with the province.",
                  ["monkey_take"]),
                 ("d", "Prima."), ("m", status_q, ["closed_question"]), ("d", answer),
                 ("m", "Dan bel ik IT ook wel." if lang == "nl" else "I'll chase IT too then.", ["monkey_take"])]
        return monkey_verdict(make_analysis(lang, *turns))
    assert (verdict(no_still).owner, verdict(no_still).turn) == ("manager", 6)
    assert (verdict(yes_done).owner, verdict(yes_done).turn) == ("manager", 2)  # only repeats the owner: decides nothing
