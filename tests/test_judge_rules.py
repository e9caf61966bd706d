"""Judge rules that must generalise beyond the corpus's phrasing (two writers) and survive tagger misses (nl + en).

Each case: (guideline, status, phase, nl turns, en turns, options); a turn is ("m", text, acts) or ("d", text).
"""

from __future__ import annotations

import pytest

from judge_helpers import finding_for, make_analysis


CASES = [
    # -- delegation rules that must not depend on one writer's phrasing
    ("delegation.checkpoints", "partly", "delegation",  # a look only when it is finished is no intermediate moment
     [("m", "Ik wil voor eind volgende maand een checklist van één pagina.", ["result", "checkpoint"]),
      ("d", "Oké."), ("m", "Stuur het me maar als het af is, dan kijk ik ernaar.", ["checkpoint"])],
     [("m", "What I need by the end of next month is a one-page checklist.", ["result", "checkpoint"]),
      ("d", "Okay."), ("m", "Just send it to me when it's done and I'll have a look.", ["checkpoint"])], None),
    ("delegation.let_go", "partly", "delegation",  # taking one part from a newcomer who keeps the task
     [("m", "Ik wil dat jij de checklist herschrijft.", ["instruction"]), ("d", "Ik heb zoiets nog nooit gedaan."),
      ("m", "Gebruik het sjabloon. De apotheek regel ik zelf wel.", ["instruction", "monkey_take"])],
     [("m", "I'd like you to rewrite the checklist.", ["instruction"]), ("d", "I've never done anything like that."),
      ("m", "Use the trust template. I'll sort pharmacy out myself.", ["instruction", "monkey_take"])], None),
    ("delegation.let_go", "partly", "delegation",  # the delegatee's own view brushed aside
     [("m", "Ik wil dat u het script herschrijft.", ["instruction"]), ("d", "Ik denk dat het aan het aanbod ligt, niet aan de opening."),
      ("m", "Dat kan, maar begint u nu maar met de opening.", ["instruction"])],
     [("m", "I'd like you to rewrite the script.", ["instruction"]), ("d", "I think it's the offer, not the opening line."),
      ("m", "Could be, but start with the opening line anyway.", ["instruction"])], None),
    ("delegation.fit_to_experience", "missed", "delegation",  # an expert told what to do at every step
     [("m", "Ik wil dat jij de opleverlijst doet.", ["instruction"]), ("d", "Ik heb er al zo'n veertig gedaan, ik weet hoe het werkt."),
      ("m", "Stuur me elke avond de lijst, dan zeg ik wat je moet doen.", ["checkpoint", "monkey_take"])],
     [("m", "I want you to do the snag list.", ["instruction"]), ("d", "I've done about forty of these, I know how a snag list works."),
      ("m", "Send me the list every night and I'll tell you what to chase.", ["checkpoint", "monkey_take"])], None),
    ("progress.positive_start", "met", "progress",  # small talk first: the opening starts with the business
     [("m", "Hoi, koffie?", ["small_talk"]), ("d", "Graag."), ("m", "Hoe was je weekend?", ["small_talk"]), ("d", "Goed."),
      ("m", "Nou, vertel.", ["open_question"]), ("d", "De zaal is rond."),
      ("m", "De zaal al rond, en binnen budget, knap gedaan.", ["positive_feedback"])],
     [("m", "Hi, coffee?", ["small_talk"]), ("d", "Please."), ("m", "How was your weekend?", ["small_talk"]), ("d", "Good."),
      ("m", "So, tell me.", ["open_question"]), ("d", "The venue is booked."),
      ("m", "The venue booked already, and within budget, well done.", ["positive_feedback"])], None),
    ("progress.ask_obstacles", "partly", "progress",  # a hard word next to a take is no question about obstacles
     [("m", "Hoe staat het ervoor?", ["open_question"]), ("d", "Goed."),
      ("m", "Ik kom die avond wel zelf, dan neem ik de lastige vragen. Goed?", ["monkey_take", "closed_question"])],
     [("m", "How's it going?", ["open_question"]), ("d", "Fine."),
      ("m", "I'll come that evening myself and take the difficult questions. Okay?", ["monkey_take", "closed_question"])], None),
    # -- final rules that must not depend on one writer's phrasing
    ("final.result_vs_agreement", "partly", "final",  # the agreement named with a hedge, no comparison
     [("m", "Maar goed, dat was misschien niet wat we hadden afgesproken.", ["other"])],
     [("m", "But okay, that was maybe not in what we agreed.", ["other"])], None),
    ("final.result_vs_agreement", "met", "final",  # a hedge with a checkable criterion still compares
     [("m", "We hadden afgesproken dat er zestig klanten zouden komen, en het werden er misschien vijftig?", ["closed_question"])],
     [("m", "We agreed on sixty clients, and maybe fifty came?", ["closed_question"])], None),
    ("final.result_vs_agreement", "partly", "final",  # "is it done?" without its question mark and without a question act
     [("m", "Die enquête, is die nou af", ["other"])], [("m", "The survey, is it finished now", ["other"])], None),
    ("final.result_vs_agreement", "missed", "final",  # a tag on one's own verdict is no check of the result
     [("m", "Ging wel goed, toch?", ["leading_question"])], [("m", "Went alright, didn't it?", ["leading_question"])], None),
    ("final.what_went_well", "partly", "final",  # generic praise the tagger called `other`
     [("m", "Het is een stuk beter dan wat we hadden.", ["other"])], [("m", "It is much better than what we had.", ["other"])], None),
    ("final.what_went_well", "met", "final",
     [("m", "Wat maakte volgens jou het verschil?", ["open_question"])],
     [("m", "What do you think made the difference this time?", ["open_question"])], None),
    ("final.lessons", "met", "final",  # a yes/no question answered with a concrete point: the lesson is named
     [("m", "Zou je volgende keer iets anders doen?", ["closed_question"]),
      ("d", "Ja, ik zou de sleutels een week eerder bij de beheerder ophalen.")],
     [("m", "Anything you'd do differently next year?", ["closed_question"]),
      ("d", "Yes, I would pick up the keys from the caretaker a week earlier.")], None),
    ("final.lessons", "partly", "final",
     [("m", "Zou je volgende keer iets anders doen?", ["closed_question"]), ("d", "Nee.")],
     [("m", "Anything you'd do differently next year?", ["closed_question"]), ("d", "No.")], None),
    # -- listening shown by the words when the tagger found no summary
    ("progress.listen_summarize", "met", "progress",
     [("d", "De leverancier mist steeds de leverdata van de stoelen."),
      ("m", "De leverancier mist steeds de leverdata van de stoelen, en dat houdt alles op.", ["other"])],
     [("d", "The supplier keeps missing the delivery dates for the chairs."),
      ("m", "The supplier keeps missing the delivery dates for the chairs, and that holds everything up.", ["other"])], None),
    ("progress.listen_summarize", "missed", "progress",  # a brush-off repeating their words is no summary
     [("d", "De leverancier mist steeds de leverdata van de stoelen."),
      ("m", "Ja ja, dat weet ik van die leverdata van de stoelen.", ["summary"])],
     [("d", "The supplier keeps missing the delivery dates for the chairs."),
      ("m", "Yeah yeah, I know about the delivery dates for the chairs.", ["summary"])], None),
    ("progress.listen_summarize", "missed", "progress",  # the manager's own instruction reusing their words is no echo
     [("d", "De leverancier mist steeds de leverdata van de stoelen."),
      ("m", "Stuur de leverdata van de stoelen maar naar mij door.", ["monkey_take"])],
     [("d", "The supplier keeps missing the delivery dates for the chairs."),
      ("m", "Send the delivery dates for the chairs to me, I'll chase the supplier.", ["monkey_take"])], None),
    ("final.appreciation", "missed", "final",
     [("m", "Wat ging er goed?", ["open_question"])], [("m", "What went well?", ["open_question"])], None),
]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("guideline,status,phase,nl,en,options", CASES,
                         ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_guideline_status_generalises(lang, guideline, status, phase, nl, en, options):
    f = finding_for(make_analysis(lang, *(nl if lang == "nl" else en)), phase, guideline, options)
    assert f.status == status, f.advice
