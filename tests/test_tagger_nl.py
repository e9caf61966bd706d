"""Dutch act tagging: realistic manager speech per act and per hard case (labels.md)."""

from __future__ import annotations

import pytest

from coach.tagger import tag_turn

PROBLEM = "Ik loop vast met de leverancier, hij reageert niet op mijn mails."
NEUTRAL = "Oké, vertel."


def acts(text: str, previous: str | None = None) -> set[str]:
    return {h.act.value for h in tag_turn(text, "nl", previous=previous)}


# (utterance, previous turn of the other, acts that must be there, acts that must not)
CASES = [
    # labels.md examples
    ("Hoe kijk jij ertegenaan?", None, {"open_question"}, set()),
    ("Wat heb je al geprobeerd?", PROBLEM, {"open_question"}, {"leading_question"}),
    ("Lukt het voor vrijdag?", None, {"closed_question"}, set()),
    ("Zou je niet eerst even met Finance bellen?", PROBLEM, {"leading_question"}, {"closed_question"}),
    ("Je moet gewoon Piet mailen.", PROBLEM, {"advice"}, {"instruction"}),
    ("Je mag tot 5.000 euro zelf beslissen.", NEUTRAL, {"instruction"}, {"advice"}),
    ("Het resultaat is een begroting die het MT kan goedkeuren.", None, {"result"}, set()),
    ("Laten we donderdag de eerste opzet bespreken.", None, {"checkpoint"}, set()),
    ("Ik vraag het jou omdat jij de klant het best kent.", None, {"motivation"}, set()),
    ("De planning die je maakte is heel helder.", None, {"positive_feedback"}, {"appreciation"}),
    ("Dank je wel voor je inzet.", None, {"appreciation"}, {"positive_feedback"}),
    ("Dus als ik het goed begrijp, wacht je op de cijfers?", "Ik wacht nog op de cijfers van Finance.", {"summary"}, set()),
    ("Laat maar, ik bel hem zelf wel.", PROBLEM, {"monkey_take"}, {"monkey_back"}),
    ("Wat ga jij als eerste doen?", PROBLEM, {"open_question", "monkey_back"}, set()),
    ("Laat je me vrijdag weten wat je kiest?", PROBLEM, {"closed_question", "monkey_back"}, {"monkey_take"}),
    ("Goedemorgen, kom binnen.", None, {"other"}, set()),
    ("De planning is echt helder geworden. Wat heb je nog nodig?", None, {"positive_feedback", "open_question"}, set()),
    # open questions: wh-words, indirect requests, fillers, missing question marks
    ("Waarom denk je dat het zo loopt?", PROBLEM, {"open_question"}, set()),
    ("Welke opties zie je zelf?", PROBLEM, {"open_question"}, set()),
    ("Waar loop je nog tegenaan?", None, {"open_question"}, set()),
    ("Hoezo is dat lastig?", PROBLEM, {"open_question"}, set()),
    ("Waardoor komt die vertraging?", PROBLEM, {"open_question"}, set()),
    ("In hoeverre ligt het nog op schema?", None, {"open_question"}, set()),
    ("Kun je vertellen hoe het gesprek met de klant ging?", None, {"open_question"}, {"closed_question"}),
    ("Vertel eens, hoe staat het ervoor", None, {"open_question"}, set()),
    ("Nou, eh, wat vind jij daar zelf van", None, {"open_question"}, set()),
    ("Ehm, hoe gaat het met de offerte", None, {"open_question"}, set()),
    # closed questions: Dutch V1, a fact, a number, a choice
    ("Heb je de offerte al verstuurd?", None, {"closed_question"}, set()),
    ("Is het budget al rond", None, {"closed_question"}, set()),
    ("Nou ja, ga je het halen voor de deadline?", None, {"closed_question"}, set()),
    ("Hoeveel uur heb je er nog voor nodig?", None, {"closed_question"}, {"open_question"}),
    ("Wanneer is de presentatie?", None, {"closed_question"}, set()),
    ("Is er nog iets anders dat je nodig hebt?", None, {"closed_question"}, set()),
    ("Klopt dat?", "Het duurt nog twee weken.", {"closed_question"}, set()),
    # leading questions carrying the manager's solution
    ("Heb je er al aan gedacht om de planning op te splitsen?", PROBLEM, {"leading_question"}, {"open_question"}),
    ("Heb je eraan gedacht om Kees te bellen", PROBLEM, {"leading_question"}, set()),
    ("Waarom bel je hem niet gewoon even?", PROBLEM, {"leading_question"}, {"open_question"}),
    ("Is het niet handiger om het sjabloon van vorig jaar te gebruiken?", PROBLEM, {"leading_question"}, set()),
    ("Kun je niet gewoon de oude versie nemen?", PROBLEM, {"leading_question"}, set()),
    ("Wat dacht je van een extra overleg met inkoop?", PROBLEM, {"leading_question"}, set()),
    ("Je kunt toch ook gewoon Ahmed vragen?", PROBLEM, {"leading_question"}, set()),
    # tag questions decided by content
    ("Het is het makkelijkst als je de leverancier gewoon belt, toch?", PROBLEM, {"leading_question"}, {"summary"}),
    ("Dus de leverancier reageert niet op je mails, toch?", PROBLEM, {"summary", "closed_question"}, {"leading_question"}),
    ("De leverancier reageert niet, hè?", PROBLEM, {"summary", "closed_question"}, set()),
    # rising tone reflection: summary alone
    ("Je ziet er dus tegenop?", "Ik zie er eerlijk gezegd tegenop om dat gesprek te voeren.", {"summary"},
     {"closed_question", "open_question", "leading_question"}),
    # summaries that check understanding
    ("Als ik je goed hoor, ligt het probleem bij de planning van inkoop.", "Inkoop plant alles te laat in.", {"summary"}, set()),
    ("Samengevat: de klant wil meer tijd en jij wilt de scope verkleinen.", "De klant wil uitstel.", {"summary"}, set()),
    ("Dus je wacht eigenlijk op akkoord van de directeur. Klopt dat?", "Ik kan niks zonder de directeur.",
     {"summary", "closed_question"}, set()),
    ("Oké.", "Ik heb het verstuurd.", {"other"}, {"summary"}),
    # advice vs instruction
    ("Gebruik het nieuwe sjabloon en houd het onder de tien dia's.", NEUTRAL, {"instruction"}, {"advice"}),
    ("Bel gewoon Piet.", PROBLEM, {"advice"}, {"instruction"}),
    ("Stuur hem een herinnering met de deadline erin.", PROBLEM, {"advice"}, {"instruction"}),
    ("Ik zou eerst de cijfers bij Finance opvragen.", PROBLEM, {"advice"}, set()),
    ("Als ik jou was, zou ik het project in twee fases knippen.", PROBLEM, {"advice"}, set()),
    ("Je hebt een budget van tienduizend euro en je mag zelf een bureau kiezen.", NEUTRAL, {"instruction"}, set()),
    ("Ik wil graag dat jij de evaluatie van het project trekt.", None, {"instruction"}, set()),
    ("Kun jij de planning voor het congres oppakken?", None, {"closed_question", "instruction"}, set()),
    # result and checkpoints
    ("Wat ik aan het eind wil hebben is een plan dat het MT kan vaststellen.", None, {"result"}, set()),
    ("Het is geslaagd als alle vestigingen voor de zomer over zijn.", None, {"result"}, set()),
    ("Zullen we donderdag de eerste opzet bespreken?", None, {"closed_question", "checkpoint"}, set()),
    ("Stuur me maandag een eerste versie, dan kijken we er samen naar.", None, {"checkpoint"}, set()),
    ("Volgende week woensdag wil ik de tussenstand zien.", None, {"checkpoint"}, set()),
    # motivation
    ("Ik heb er alle vertrouwen in dat je dit goed gaat doen.", None, {"motivation"}, set()),
    ("Hoe zou jij het aanpakken?", None, {"open_question", "motivation"}, set()),
    ("Zie je het zitten?", None, {"closed_question", "motivation"}, set()),
    ("Hoe voel je je erbij om dit te gaan doen?", None, {"open_question", "motivation"}, set()),
    # feedback vs appreciation
    ("Top gedaan!", None, {"appreciation"}, {"positive_feedback"}),
    ("Goed dat je de klant meteen hebt teruggebeld.", None, {"positive_feedback"}, set()),
    ("Je hebt de risico's heel grondig in kaart gebracht.", None, {"positive_feedback"}, set()),
    ("Bedankt dat je er gisteren nog zo lang mee bezig bent geweest.", None, {"appreciation"}, set()),
    # monkey take: indirect taking over
    ("Stuur het maar naar mij door, dan kijk ik ernaar.", PROBLEM, {"monkey_take"}, {"instruction", "advice"}),
    ("Ik kijk er even naar en kom er bij je op terug.", PROBLEM, {"monkey_take"}, {"monkey_back"}),
    ("Ik denk erover na en kom erop terug.", PROBLEM, {"monkey_take"}, {"monkey_back"}),
    ("Dat regel ik wel met de directeur.", PROBLEM, {"monkey_take"}, set()),
    ("Laat dat maar aan mij over.", PROBLEM, {"monkey_take"}, set()),
    # monkey back: the next move stays with the delegatee
    ("Denk erover na en kom erop terug.", PROBLEM, {"monkey_back"}, {"monkey_take"}),
    ("Kom donderdag maar bij me terug met een voorstel.", PROBLEM, {"monkey_back"}, {"monkey_take"}),
    ("Het is aan jou, jij beslist.", PROBLEM, {"monkey_back"}, set()),
    ("Wat is je volgende stap?", PROBLEM, {"open_question", "monkey_back"}, set()),
    ("Wat ga je eraan doen?", PROBLEM, {"open_question", "monkey_back"}, set()),
    # other
    ("Wil je koffie?", None, {"closed_question"}, set()),
    ("Even kijken, waar was ik.", None, {"other"}, set()),
]


@pytest.mark.parametrize("text,previous,present,absent", CASES, ids=[c[0][:50] for c in CASES])
def test_dutch_acts(text, previous, present, absent):
    found = acts(text, previous)
    assert present <= found, f"missing {present - found} in {found}"
    assert not (absent & found), f"unexpected {absent & found} in {found}"


def test_mandate_is_instruction_in_delegation_but_hands_back_after_a_problem():
    assert "instruction" in acts("Hoe je het doet, is aan jou.", "Prima, wat is het budget?")
    assert "monkey_back" in acts("Hoe je het oplost, is aan jou.", PROBLEM)


def test_imperative_is_instruction_when_delegating_and_advice_after_a_problem():
    assert acts("Bel Piet.", "Oké, wat moet ik doen?") >= {"instruction"}
    assert acts("Bel Piet.", "Ik weet niet wie ik moet bellen, het lukt niet.") >= {"advice"}


def test_summary_needs_the_others_words():
    reflection = "Je twijfelt dus of de planning haalbaar is."
    assert "summary" in acts(reflection, "Ik twijfel of de planning haalbaar is.")
    assert "summary" not in acts("Je hebt vrijdag een presentatie bij de klant.", None)


@pytest.mark.parametrize(
    "text,previous,present,absent",
    [
        # formal "u" and Flemish "ge/gij" are the same second person
        ("Kunt u de planning voor het congres oppakken?", None, {"closed_question", "instruction"}, set()),
        ("Ge moogt zelf kiezen welk bureau ge neemt, gij kent die markt.", None, set(), {"other"}),
        ("Hoe voelt ge u erbij?", None, {"open_question", "motivation"}, set()),
        ("U mag tot drieduizend euro zelf uitgeven.", NEUTRAL, {"instruction"}, set()),
        # unpunctuated speech-recognition output
        ("oké nou eh hoe kijk jij daar eigenlijk tegenaan", None, {"open_question"}, set()),
        ("ja en wat heb je tot nu toe al geprobeerd", PROBLEM, {"open_question"}, set()),
        ("het rapport is gewoon klaar toch", None, {"leading_question"}, set()),
        # an imperative is no question, reassurance is no instruction
        ("Doe dat.", "Zal ik Joyce er even bij vragen?", set(), {"closed_question", "open_question"}),
        ("Maak je daar maar geen zorgen over.", PROBLEM, set(), {"instruction", "closed_question"}),
        # a short echo of the other's words is a summary
        ("Vier weken.", "Het duurt nog vier weken voordat de leverancier levert.", {"summary"}, set()),
        # object first: how to handle it
        ("Die moet je niet mailen, die moet je bellen.", PROBLEM, {"advice"}, {"instruction"}),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else None,
)
def test_spoken_and_regional_dutch(text, previous, present, absent):
    found = acts(text, previous)
    assert present <= found, f"missing {present - found} in {found}"
    assert not (absent & found), f"unexpected {absent & found} in {found}"
