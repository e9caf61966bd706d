"""The guideline judge on hand-built analyses (known acts), so these test the judge, not the tagger.

Every guideline's statuses, in Dutch and in English; the ordering and flow rules
(positive feedback at the start, ask_not_answer only after a problem, the
network hand-back rules); and advice that quotes the manager's own words.
"""

from __future__ import annotations

import pytest

from coach.catalogue import get_catalogue
from coach.judge import judge
from coach.models import ReviewOptions
from judge_helpers import finding_for, make_analysis


# (guideline, status, phase, nl turns, en turns, options)
CASES = [
    # -- delegation.result
    ("delegation.result", "met", "delegation",
     [("m", "Het resultaat is een begroting die het MT kan goedkeuren.", ["result"])],
     [("m", "What I need at the end is a signed contract.", ["result"])], None),
    ("delegation.result", "partly", "delegation",
     [("m", "Wat zou voor jou een goed eindresultaat zijn?", ["open_question", "result"])],
     [("m", "What would a good end result be for you?", ["open_question", "result"])], None),
    ("delegation.result", "missed", "delegation",
     [("m", "Goedemorgen, kom binnen.", ["other"])], [("m", "Morning, come in.", ["other"])], None),
    # -- delegation.instruction
    ("delegation.instruction", "met", "delegation",
     [("m", "Je mag tot 5.000 euro zelf beslissen.", ["instruction"])],
     [("m", "Use the new template and keep it under ten slides.", ["instruction"])], None),
    ("delegation.instruction", "partly", "delegation",
     [("m", "Ik zou het in twee fases splitsen.", ["advice"])], [("m", "I'd split it into two phases.", ["advice"])], None),
    ("delegation.instruction", "missed", "delegation",
     [("m", "Fijn dat je er bent.", ["appreciation"])], [("m", "Good to see you.", ["appreciation"])], None),
    # -- delegation.checkpoints
    ("delegation.checkpoints", "met", "delegation",
     [("m", "Laten we donderdag de eerste opzet bespreken.", ["checkpoint"])],
     [("m", "Send me a draft by Monday and we'll go through it.", ["checkpoint"])], None),
    ("delegation.checkpoints", "partly", "delegation",
     [("m", "We houden gewoon contact.", ["checkpoint"])], [("m", "Just keep me posted.", ["checkpoint"])], None),
    ("delegation.checkpoints", "missed", "delegation",
     [("m", "Het resultaat is een nieuw rooster.", ["result"])], [("m", "The result is a new rota.", ["result"])], None),
    # -- delegation.motivation
    ("delegation.motivation", "met", "delegation",
     [("m", "Ik vraag het jou omdat jij de klant het best kent.", ["motivation"])],
     [("m", "I'm confident you can pull this off.", ["motivation"])], None),
    ("delegation.motivation", "partly", "delegation",
     [("m", "Leuk toch?", ["closed_question", "motivation"])], [("m", "Fun, right?", ["closed_question", "motivation"])], None),
    ("delegation.motivation", "missed", "delegation",
     [("m", "Het resultaat is een nieuw rooster.", ["result"])], [("m", "The result is a new rota.", ["result"])], None),
    # -- delegation.fit_to_experience
    ("delegation.fit_to_experience", "met", "delegation",
     [("m", "Heb je zoiets al eens eerder gedaan?", ["closed_question"])],
     [("m", "Have you done something like this before?", ["closed_question"])], None),
    ("delegation.fit_to_experience", "partly", "delegation",
     [("m", "Wat heb je van mij nodig?", ["open_question"])], [("m", "What do you need from me?", ["open_question"])], None),
    ("delegation.fit_to_experience", "missed", "delegation",
     [("m", "Het resultaat is een nieuw rooster.", ["result"])], [("m", "The result is a new rota.", ["result"])], None),
    ("delegation.fit_to_experience", "not_applicable", "delegation",
     [("m", "Heb je zoiets al eens eerder gedaan?", ["closed_question"])],
     [("m", "Have you done something like this before?", ["closed_question"])], ReviewOptions(delegatee_kind="network")),
    # -- delegation.let_go
    ("delegation.let_go", "met", "delegation",
     [("m", "Hoe je het aanpakt, laat ik aan jou.", ["monkey_back"])],
     [("m", "How you go about it is up to you.", ["monkey_back"])], None),
    ("delegation.let_go", "missed", "delegation",
     [("m", "Het contact met de klant doe ik zelf wel.", ["monkey_take"])],
     [("m", "I'll handle the client calls myself.", ["monkey_take"])], None),
    ("delegation.let_go", "partly", "delegation",
     [("m", "Hoe je het aanpakt, laat ik aan jou. Maar het contact met de klant doe ik zelf wel.",
       [("monkey_back", "Hoe je het aanpakt, laat ik aan jou."), ("monkey_take", "Maar het contact met de klant doe ik zelf wel.")])],
     [("m", "How you go about it is up to you. But I'll handle the client calls myself.",
       [("monkey_back", "How you go about it is up to you."), ("monkey_take", "But I'll handle the client calls myself.")])], None),
    # -- progress.positive_start
    ("progress.positive_start", "met", "progress",
     [("m", "De planning die je maakte is heel helder.", ["positive_feedback"])],
     [("m", "Your first draft already covers the key risks.", ["positive_feedback"])], None),
    ("progress.positive_start", "partly", "progress",
     [("m", "Top gedaan tot nu toe!", ["appreciation"])], [("m", "Great work so far!", ["appreciation"])], None),
    ("progress.positive_start", "missed", "progress",
     [("m", "Hoe staat het ervoor?", ["open_question"])], [("m", "Where are you with it?", ["open_question"])], None),
    # -- progress.ask_obstacles
    ("progress.ask_obstacles", "met", "progress",
     [("m", "Waar loop je tegenaan?", ["open_question"])], [("m", "What is getting in your way?", ["open_question"])], None),
    ("progress.ask_obstacles", "partly", "progress",
     [("m", "Gaat alles goed?", ["closed_question"])], [("m", "Is everything ok?", ["closed_question"])], None),
    ("progress.ask_obstacles", "missed", "progress",
     [("m", "De planning is heel helder.", ["positive_feedback"])], [("m", "The schedule is really clear.", ["positive_feedback"])], None),
    # -- progress.listen_summarize
    ("progress.listen_summarize", "met", "progress",
     [("d", "Ik wacht nog op de cijfers van Finance."),
      ("m", "Dus je wacht op de cijfers, klopt dat?", [("summary", "Dus je wacht op de cijfers"), ("closed_question", "klopt dat?")])],
     [("d", "I'm still waiting for the figures from Finance."),
      ("m", "So the blocker is the missing data, right?", [("summary", "So the blocker is the missing data"), ("closed_question", "right?")])],
     None),
    ("progress.listen_summarize", "partly", "progress",
     [("d", "Ik wacht nog op de cijfers van Finance."), ("m", "Je wacht dus op Finance.", ["summary"])],
     [("d", "I'm still waiting for the figures from Finance."), ("m", "You're waiting for Finance.", ["summary"])], None),
    ("progress.listen_summarize", "missed", "progress",
     [("d", "Ik wacht nog op de cijfers van Finance."), ("m", "Ok.", ["other"])],
     [("d", "I'm still waiting for the figures from Finance."), ("m", "Ok.", ["other"])], None),
    # -- final.result_vs_agreement
    ("final.result_vs_agreement", "met", "final",
     [("m", "Als we het naast onze afspraak leggen, hoe verhoudt het resultaat zich?", ["open_question"])],
     [("m", "How does the result compare with what we agreed?", ["open_question"])], None),
    ("final.result_vs_agreement", "partly", "final",
     [("m", "Is het resultaat af?", ["closed_question"])], [("m", "Is the result finished?", ["closed_question"])], None),
    ("final.result_vs_agreement", "missed", "final",
     [("m", "Dank je wel.", ["appreciation"])], [("m", "Thanks.", ["appreciation"])], None),
    # -- final.what_went_well
    ("final.what_went_well", "met", "final",
     [("m", "Wat ging er volgens jou goed in de aanpak?", ["open_question"])],
     [("m", "What do you think went well?", ["open_question"])], None),
    ("final.what_went_well", "partly", "final",
     [("m", "Ging het goed?", ["closed_question"])], [("m", "Did it go well?", ["closed_question"])], None),
    ("final.what_went_well", "missed", "final",
     [("m", "Dank je wel.", ["appreciation"])], [("m", "Thanks.", ["appreciation"])], None),
    # -- final.lessons
    ("final.lessons", "met", "final",
     [("m", "Wat zou je een volgende keer anders doen?", ["open_question"]),
      ("d", "De uitnodigingen drie weken eerder versturen en de drukker een week extra geven.")],
     [("m", "What would you do differently next time?", ["open_question"]),
      ("d", "Send the invitations three weeks earlier and give the printer an extra week.")], None),
    ("final.lessons", "partly", "final",
     [("m", "Volgende keer eerder beginnen, toch?", ["leading_question"])],
     [("m", "Next time you'd start earlier, wouldn't you?", ["leading_question"])], None),
    ("final.lessons", "missed", "final",
     [("m", "Dank je wel.", ["appreciation"])], [("m", "Thanks.", ["appreciation"])], None),
    # -- final.appreciation
    ("final.appreciation", "met", "final",
     [("m", "Dank je wel, ik waardeer echt hoe je dit hebt opgepakt.", ["appreciation"])],
     [("m", "Thank you, I really appreciate how you took this on.", ["appreciation"])], None),
    ("final.appreciation", "met", "final",  # thanks voiced, however brief (eval/README.md)
     [("m", "Bedankt.", ["appreciation"])], [("m", "Thanks.", ["appreciation"])], None),
    ("final.appreciation", "met", "final",  # thanks the tagger did not recognise still count
     [("m", "Nou, dank je wel hoor.", ["other"])], [("m", "Cheers for all your work on it.", ["other"])], None),
    ("final.appreciation", "partly", "final",  # appreciation without thanks
     [("m", "Goed werk hoor.", ["appreciation"])], [("m", "Nice work.", ["appreciation"])], None),
    ("final.appreciation", "missed", "final",  # thanks for showing up is courtesy, not thanks for the work
     [("m", "Bedankt voor het komen.", ["appreciation"]), ("d", "Graag."), ("m", "Wat ging er goed?", ["open_question"])],
     [("m", "Thanks for coming by.", ["appreciation"]), ("d", "Sure."), ("m", "What went well?", ["open_question"])], None),
]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("guideline,status,phase,nl,en,options", CASES,
                         ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_guideline_status(lang, guideline, status, phase, nl, en, options):
    analysis = make_analysis(lang, *(nl if lang == "nl" else en))
    f = finding_for(analysis, phase, guideline, options)
    assert f.status == status, f.advice
    assert f.advice.strip()
    if status == "met":
        assert f.evidence
    if status in ("partly", "met") and f.evidence:
        assert f.evidence[0].quote in f.advice  # the advice names the user's own words


def test_each_guideline_has_met_partly_missed_cases_in_the_table():
    covered = {(c[0], c[1]) for c in CASES}
    table_ids = {c[0] for c in CASES}
    for g in table_ids:
        assert {(g, "met"), (g, "partly"), (g, "missed")} <= covered, g


@pytest.mark.parametrize("phase", ["delegation", "progress", "final"])
def test_findings_cover_the_phase_in_catalogue_order(phase):
    analysis = make_analysis("nl", ("m", "Hallo.", ["other"]), ("d", "Hoi."))
    assert [f.guideline for f in judge(analysis, phase)] == get_catalogue().ids_for_phase(phase)


def test_advice_is_in_the_conversation_language():
    nl = finding_for(make_analysis("nl", ("m", "Hallo.", ["other"])), "final", "final.lessons")
    en = finding_for(make_analysis("en", ("m", "Hello.", ["other"])), "final", "final.lessons")
    assert "volgende keer" in nl.advice and "next time" in en.advice
    assert nl.advice != en.advice


# -- flow rules --------------------------------------------------------------

@pytest.mark.parametrize("lang,late,opening,problem", [
    ("nl", "De planning die je maakte is heel helder.", "Hoe staat het ervoor?", "Ik loop vast op de cijfers."),
    ("en", "Your first draft already covers the key risks.", "Where are you with it?", "I'm stuck on the figures."),
])
def test_positive_feedback_only_later_is_missed(lang, late, opening, problem):
    """labels.md / eval/README.md: later praise does not repair a missing positive start."""
    analysis = make_analysis(lang, ("m", opening, ["open_question"]), ("d", problem), ("m", "Ok.", ["other"]),
                             ("d", "..."), ("m", late, ["positive_feedback"]))
    f = finding_for(analysis, "progress", "progress.positive_start")
    assert f.status == "missed"
    assert f.evidence[0].turn == 4 and late in f.advice
    generic = make_analysis(lang, ("m", opening, ["open_question"]), ("d", problem), ("m", "Ok.", ["other"]),
                            ("d", "..."), ("m", "Top!" if lang == "nl" else "Great!", ["appreciation"]))
    assert finding_for(generic, "progress", "progress.positive_start").status == "missed"  # generic and late


def test_praise_after_hearing_the_update_still_opens_the_talk():
    turns = [("m", "Kom binnen.", ["other"]), ("d", "Dank je."), ("m", "Hoe staat het ervoor?", ["open_question"]),
             ("d", "De uitnodiging is bijna klaar."), ("m", "Prima, goed bezig.", ["appreciation"]),
             ("d", "Maar de zaal is bezet, dat is een probleem.")]
    assert finding_for(make_analysis("nl", *turns), "progress", "progress.positive_start").status == "partly"
    turns[3] = ("d", "Ik loop vast op de zaal.")  # a problem first: the third turn is no longer the opening
    assert finding_for(make_analysis("nl", *turns), "progress", "progress.positive_start").status == "missed"


def test_positive_feedback_in_second_manager_turn_still_counts_as_start():
    analysis = make_analysis("nl", ("m", "Kom binnen.", ["other"]), ("d", "Dank je."),
                             ("m", "De planning die je maakte is heel helder.", ["positive_feedback"]))
    assert finding_for(analysis, "progress", "progress.positive_start").status == "met"


def test_specific_feedback_at_start_beats_generic_later():
    analysis = make_analysis("en", ("m", "Great work so far!", ["appreciation"]), ("d", "Thanks."),
                             ("m", "The schedule you made is really clear.", ["positive_feedback"]))
    assert finding_for(analysis, "progress", "progress.positive_start").status == "met"


@pytest.mark.parametrize("lang,advice,problem", [
    ("nl", "Bel Piet gewoon even.", "Ik loop vast op de cijfers van Finance."),
    ("en", "Just call Piet.", "I'm stuck on the figures from Finance."),
])
def test_ask_not_answer_is_not_applicable_without_a_problem(lang, advice, problem):
    no_problem = make_analysis(lang, ("m", advice, ["advice"]), ("d", "Ok." if lang == "en" else "Prima."))
    assert finding_for(no_problem, "progress", "progress.ask_not_answer").status == "not_applicable"
    assert finding_for(no_problem, "progress", "progress.monkey_back").status == "not_applicable"
    with_problem = make_analysis(lang, ("d", problem), ("m", advice, ["advice"]))
    assert finding_for(with_problem, "progress", "progress.ask_not_answer").status == "missed"


def test_advice_before_the_problem_does_not_count_for_ask_not_answer():
    analysis = make_analysis("nl", ("m", "Gebruik het sjabloon van vorig jaar.", ["advice"]),
                             ("d", "Ik loop vast op de cijfers van Finance."),
                             ("m", "Wat heb je al geprobeerd?", ["open_question"]))
    f = finding_for(analysis, "progress", "progress.ask_not_answer")
    assert f.status == "met" and f.evidence[0].turn == 2


@pytest.mark.parametrize("lang,problem,advice,question,open_q", [
    ("nl", "Ik loop vast op de cijfers van Finance.", "Bel Piet gewoon even.", "Wie zou je hierover kunnen bellen",
     "Wat heb je zelf al geprobeerd?"),
    ("en", "I'm stuck on the figures from Finance.", "Just give Piet a call.", "Who could you call about this",
     "What have you tried so far?"),
])
def test_ask_not_answer_statuses_and_advice_quotes_the_manager(lang, problem, advice, question, open_q):
    only_advice = make_analysis(lang, ("d", problem), ("m", advice, ["advice"]))
    f = finding_for(only_advice, "progress", "progress.ask_not_answer")
    assert f.status == "missed"
    assert f'"{advice}"' in f.advice and question in f.advice
    mixed = make_analysis(lang, ("d", problem), ("m", open_q, ["open_question"]), ("d", "..."), ("m", advice, ["advice"]))
    assert finding_for(mixed, "progress", "progress.ask_not_answer").status == "partly"
    asked = make_analysis(lang, ("d", problem), ("m", open_q, ["open_question"]))
    f = finding_for(asked, "progress", "progress.ask_not_answer")
    assert f.status == "met" and open_q in f.advice


# -- network contacts (the hand-back rules are tested in test_monkey.py) ---------

@pytest.mark.parametrize("lang,hint", [("nl", "Je bent natuurlijk niet verplicht om dit te doen."),
                                       ("en", "I know you don't report to me, so no obligation.")])
def test_fit_to_experience_not_applicable_for_network_contact_detected_from_talk(lang, hint):
    analysis = make_analysis(lang, ("m", hint, ["motivation"]), ("d", "Ok."))
    assert finding_for(analysis, "delegation", "delegation.fit_to_experience", detect_kind=True).status == "not_applicable"
    employee = finding_for(analysis, "delegation", "delegation.fit_to_experience", ReviewOptions(delegatee_kind="employee"))
    assert employee.status == "missed"


def test_prescribing_every_step_to_an_experienced_delegatee_is_missed():
    steps = [("m", f"Stap {i}: doe eerst dit en dan dat.", ["instruction"]) for i in range(3)]
    analysis = make_analysis("nl", ("d", "Ik heb dit al vaker gedaan."), *steps,
                             ("m", "Bel eerst Piet.", ["advice"]))
    f = finding_for(analysis, "delegation", "delegation.let_go")
    assert f.status == "missed" and "Bel eerst Piet." in f.advice
    newcomer = make_analysis("nl", ("d", "Ik heb dit nog nooit gedaan."), *steps, ("m", "Bel eerst Piet.", ["advice"]))
    assert finding_for(newcomer, "delegation", "delegation.let_go").status == "met"  # structure for a newcomer is fine


@pytest.mark.parametrize("lang,control", [("nl", "Stuur me van elke stap een foto."), ("en", "Send me a photo of every bay as you go.")])
def test_controlling_every_step_breaks_let_go(lang, control):
    told = "Ik heb dit al vaker gedaan." if lang == "nl" else "I've done this a few times before."
    experienced = make_analysis(lang, ("d", told), ("m", control, ["instruction"]))
    f = finding_for(experienced, "delegation", "delegation.let_go")
    assert f.status == "missed" and control in f.advice
    unknown = make_analysis(lang, ("m", control, ["instruction"]))
    assert finding_for(unknown, "delegation", "delegation.let_go").status == "partly"


@pytest.mark.parametrize("lang,result_text", [("nl", "Gewoon zorgen dat het er goed uitstaat."), ("en", "Just make it look nice.")])
def test_vague_result_is_partly(lang, result_text):
    f = finding_for(make_analysis(lang, ("m", result_text, ["result"])), "delegation", "delegation.result")
    assert f.status == "partly" and result_text in f.advice


@pytest.mark.parametrize("lang,deadline,meeting", [
    ("nl", "Maandag moet het staan.", "Zullen we na die twee weken even samen zitten?"),
    ("en", "It's due Monday.", "Could you send me an outline by Friday, before you write it all out?"),
])
def test_a_final_deadline_alone_is_a_partly_checkpoint(lang, deadline, meeting):
    only_deadline = make_analysis(lang, ("m", deadline, ["checkpoint"]))
    assert finding_for(only_deadline, "delegation", "delegation.checkpoints").status == "partly"
    with_meeting = make_analysis(lang, ("m", meeting, ["checkpoint", "closed_question"]))
    assert finding_for(with_meeting, "delegation", "delegation.checkpoints").status == "met"


@pytest.mark.parametrize("lang,question,deferral", [
    ("nl", "Wat is het budget?", "Daar kijk ik nog even naar, dat hoor je nog van me."),
    ("en", "What's the budget?", "I'd have to check, I'll get back to you."),
])
def test_instruction_with_means_put_off_is_partly(lang, question, deferral):
    task = "Jij regelt de catering voor het feest." if lang == "nl" else "You'll organise the catering for the party."
    analysis = make_analysis(lang, ("m", task, ["instruction"]), ("d", question), ("m", deferral, ["monkey_take"]))
    f = finding_for(analysis, "delegation", "delegation.instruction")
    assert f.status == "partly" and f.evidence[0].turn == 2
    answered = make_analysis(lang, ("m", task, ["instruction"]), ("d", question), ("m", "5.000 euro.", ["instruction"]))
    assert finding_for(answered, "delegation", "delegation.instruction").status == "met"


def test_appreciation_of_the_person_is_not_motivation():
    analysis = make_analysis("nl", ("m", "Top, Sylvia, je bent een schat. Doei!", ["appreciation"]))
    assert finding_for(analysis, "delegation", "delegation.motivation").status == "missed"


@pytest.mark.parametrize("lang,told,reply", [
    ("nl", "Ik heb nog nooit zoiets groots gedaan.", "Wat heb je toen precies gedaan, bij die stage?"),
    ("en", "I've never written a formal response though.", "What have you written so far that's closest to it?"),
])
def test_asking_after_they_mention_experience_fits_it(lang, told, reply):
    analysis = make_analysis(lang, ("m", "...", ["other"]), ("d", told), ("m", reply, ["open_question"]))
    f = finding_for(analysis, "delegation", "delegation.fit_to_experience")
    assert f.status == "met" and f.evidence[0].turn == 2
    ignored = make_analysis(lang, ("m", "...", ["other"]), ("d", told), ("m", "Ok.", ["other"]))
    assert finding_for(ignored, "delegation", "delegation.fit_to_experience").status == "missed"


def test_a_long_reflection_without_check_is_a_summary_but_an_echo_is_partly():
    full = make_analysis("nl", ("d", "De theorie ken ik, maar hoe zet ik het in het schema?"),
                         ("m", "Dus de theorie ken je, maar je weet niet hoe je het praktisch in het schema zet.", ["summary"]))
    assert finding_for(full, "progress", "progress.listen_summarize").status == "met"
    echo = make_analysis("nl", ("d", "De ouwe garde weigert gewoon."), ("m", "Ze weigeren gewoon.", ["summary"]))
    assert finding_for(echo, "progress", "progress.listen_summarize").status == "partly"


def test_a_tag_question_is_not_a_check_of_understanding():
    analysis = make_analysis("nl", ("d", "Ik loop vast."), ("m", "Sporthal, de tiende. Dat is het makkelijkst, toch?", ["leading_question"]))
    assert finding_for(analysis, "progress", "progress.listen_summarize").status == "missed"


def test_ask_not_answer_counts_open_questions_against_answers_after_the_problem():
    analysis = make_analysis("nl", ("d", "Ik kom er drie begeleiders tekort."),
                             ("m", "Wat heb je zelf al geprobeerd?", ["open_question"]), ("d", "..."),
                             ("m", "Ik zou gewoon de groepjes groter maken.", ["advice"]), ("d", "..."),
                             ("m", "Vraag je de nieuwe collega's als tweede lezer?", ["leading_question"]))
    assert finding_for(analysis, "progress", "progress.ask_not_answer").status == "partly"
    analysis.turns.append(analysis.turns[-1].model_copy(update={"index": len(analysis.turns)}))
    analysis.turns.append(analysis.turns[3].model_copy(update={"index": len(analysis.turns)}))
    assert finding_for(analysis, "progress", "progress.ask_not_answer").status == "missed"


def test_follow_up_question_on_a_raised_difficulty_counts_as_asking_about_obstacles():
    analysis = make_analysis("nl", ("m", "Top dat je er al zoveel tijd in stak.", ["appreciation"]),
                             ("d", "Het is wel meer werk dan ik dacht."), ("m", "Wat is er zo anders?", ["open_question"]))
    assert finding_for(analysis, "progress", "progress.ask_obstacles").status == "met"


def test_closed_but_explicit_obstacle_question_is_met_generic_one_is_partly():
    explicit = make_analysis("en", ("m", "Is anything getting in the way with the other two?", ["closed_question"]))
    assert finding_for(explicit, "progress", "progress.ask_obstacles").status == "met"
    generic = make_analysis("nl", ("m", "Gaat alles goed?", ["closed_question"]))
    assert finding_for(generic, "progress", "progress.ask_obstacles").status == "partly"


def test_cutting_the_other_off_twice_undoes_a_good_summary():
    turns = [("d", "I wanted to go back to them with the clause first, and then escalate if"),
             ("m", "Nah, just send me the contract.", ["advice"]), ("d", "Right, and I"), ("m", "Hold on.", ["other"]),
             ("d", "Simon wants a new keynote and the programme goes to print on Friday."),
             ("m", "So he wants a new keynote, again, and the programme deadline is Friday.", ["summary"])]
    f = finding_for(make_analysis("en", *turns), "progress", "progress.listen_summarize")
    assert f.status == "partly" and f.evidence[0].turn == 1
    assert finding_for(make_analysis("en", *turns[4:]), "progress", "progress.listen_summarize").status == "met"


def test_final_result_against_what_we_said_and_lessons_for_next_year():
    said = make_analysis("en", ("m", "When we set this up, we said under an hour. Where did we land?", ["open_question"]))
    assert finding_for(said, "final", "final.result_vs_agreement").status == "met"
    lesson = make_analysis("en", ("m", "Next year just be a bit more on the ball, yeah?", ["advice", "leading_question"]))
    assert finding_for(lesson, "final", "final.lessons").status == "partly"


def test_a_check_in_the_delegatee_asked_for_and_was_waved_away_is_missed():
    asked = ("d", "Should I run my plan by you before I book vendors?")
    waved = make_analysis("en", asked, ("m", "Nah, I trust you. Have it done before April.", ["motivation", "checkpoint"]))
    f = finding_for(waved, "delegation", "delegation.checkpoints")
    assert f.status == "missed" and "Nah, I trust you." in f.advice
    taken = make_analysis("en", asked, ("m", "Yes, send me the plan by Friday and we'll go through it.", ["checkpoint"]))
    assert finding_for(taken, "delegation", "delegation.checkpoints").status == "met"


def test_confidence_without_exploring_their_doubt_is_partly_motivation():
    doubt = ("d", "I'm not sure I've got time, we're short every shift.")
    glib = make_analysis("en", doubt, ("m", "I'm asking you because you know the ward. You'll be fine.", ["motivation"]))
    f = finding_for(glib, "delegation", "delegation.motivation")
    assert f.status == "partly" and "short every shift" in f.advice
    asked = make_analysis("en", doubt, ("m", "What worries you most about it?", ["open_question", "motivation"]))
    assert finding_for(asked, "delegation", "delegation.motivation").status == "met"


def test_someone_going_along_with_a_newcomer_fits_the_experience():
    analysis = make_analysis("nl", ("d", "Ik werk hier nog maar drie maanden."),
                             ("m", "Griet loopt de eerste vijf bedden met je mee.", ["instruction"]))
    assert finding_for(analysis, "delegation", "delegation.fit_to_experience").status == "met"
