"""What the delegatee's turns signal: problems, upward delegation, hand-backs, commitments (learned) and
experience (two short pattern lists), nl + en.

The learned signals are judged together on the phrasings below (written for these tests, never trained on):
the share right must stay above a floor, and every miss is named.  The experience patterns are rules and
are tested one by one.
"""

from __future__ import annotations

import pytest

from coach.signals import delegatee_signals, sentences

LEARNED = {"problem", "upward", "hand_back", "commitment"}
CASES: list[tuple[str, bool]] = []  # (description, right)


ASKED = {"nl": "Hoe staat het ervoor?", "en": "Where are we with it?"}  # as in a review: the turn answers the manager


def kinds_of(text: str, lang: str) -> set[str]:
    return {s.kind for s in delegatee_signals(text, lang, ASKED[lang], "progress")}


@pytest.mark.parametrize("lang,text,expected", [
    ("nl", "Goed, maar ik loop vast op de cijfers van Finance.", {"problem"}),
    ("nl", "Finance reageert niet op mijn mails.", {"problem"}),
    ("nl", "Ik ga het niet redden voor vrijdag.", {"problem"}),
    ("en", "Good, but I'm stuck on the Finance figures.", {"problem"}),
    ("en", "Finance hasn't replied to my emails.", {"problem"}),
    ("nl", "Kun jij niet even Piet bellen?", {"upward", "problem"}),
    ("nl", "Zou jij dat niet kunnen regelen met de directeur?", {"upward", "problem"}),
    ("en", "Could you call them?", {"upward", "problem"}),
    ("en", "Wouldn't it be easier if you talked to her?", {"upward", "problem"}),
    ("nl", "Ik krijg het er echt niet meer bij.", {"hand_back"}),
    ("nl", "Sorry, ik moet deze taak toch teruggeven.", {"hand_back"}),
    ("en", "I'm afraid I'll have to give this back.", {"hand_back"}),
    ("en", "I won't be able to finish this, I have other priorities.", {"hand_back"}),
    ("en", "I'm really sorry, but I don't think I can carry on with it.", {"hand_back"}),
    ("nl", "Dus ik kan de rest van de review eigenlijk niet meer doen.", {"hand_back"}),
    ("nl", "Prima, ik bel hem morgen.", {"commitment"}),
    ("en", "Sure, I'll draft it tonight.", {"commitment"}),
    ("nl", "Ik heb dit nog nooit gedaan.", {"inexperienced"}),
    ("nl", "Dat heb ik al vaker gedaan.", {"experienced"}),
    ("en", "I've done this a few times before.", {"experienced"}),
    ("en", "I've never done this before.", {"inexperienced"}),
])
def test_signals_found(lang, text, expected):
    got = kinds_of(text, lang)
    if expected & LEARNED:
        CASES.append((f"{text!r}: want {sorted(expected)}, got {sorted(got & LEARNED)}", expected & LEARNED <= got))
    else:
        assert got & {"experienced", "inexperienced"} == expected


@pytest.mark.parametrize("lang,text", [
    ("nl", "Geen probleem, gaat prima."),
    ("nl", "Nee hoor, geen problemen tot nu toe."),
    ("nl", "Het gaat goed, ik ben bijna klaar."),
    ("nl", "Kun je me het sjabloon sturen?"),
    ("en", "No problems so far, all good."),
    ("en", "Thanks, that sounds great."),
])
def test_no_problem_where_there_is_none(lang, text):
    got = kinds_of(text, lang) & {"problem", "upward", "hand_back"}
    CASES.append((f"{text!r}: want nothing, got {sorted(got)}", not got))


def test_negated_next_step_is_not_a_commitment():
    for text, lang in (("Ik ga hem niet bellen.", "nl"), ("I'm not going to call him.", "en")):
        got = kinds_of(text, lang)
        CASES.append((f"{text!r}: want no commitment, got {sorted(got)}", "commitment" not in got))


@pytest.mark.parametrize("lang,text", [
    ("nl", "Dank je. Ik loop vast op de cijfers. Ik bel Piet morgen."),
    ("en", "Thanks. I'm stuck on the numbers! I'll call Piet tomorrow."),
])
def test_quotes_are_verbatim_sentences(lang, text):
    found = delegatee_signals(text, lang, ASKED[lang], "progress")
    assert found
    for s in found:
        assert s.quote in text and s.quote.strip() == s.quote
    problem = [s.quote for s in found if s.kind == "problem"]
    CASES.append((f"{text!r}: the problem quote is the stuck sentence, got {problem}",
                  bool(problem) and problem[0].startswith("Ik loop" if lang == "nl" else "I'm stuck")))


def test_sentences_are_substrings():
    text = "Eerst dit. Dan dat?  En verder…\nNieuwe regel"
    parts = sentences(text)
    assert parts == ["Eerst dit.", "Dan dat?", "En verder…", "Nieuwe regel"]
    assert all(p in text for p in parts)


# Phrasings no corpus conversation uses: the models must cover classes of expression, not one writer's words.
@pytest.mark.parametrize("lang,text,kind", [
    ("en", "It's taking way longer than I thought.", "problem"),
    ("en", "The venue fell through.", "problem"),
    ("en", "Marketing haven't got back to me.", "problem"),
    ("en", "I'm not getting anywhere with IT.", "problem"),
    ("en", "The numbers don't add up.", "problem"),
    ("en", "Honestly I'm a bit lost with the budget part.", "problem"),
    ("en", "I'm finding it hard to get the parents on board.", "problem"),
    ("nl", "Het kost veel meer tijd dan ik dacht.", "problem"),
    ("nl", "De locatie is afgevallen.", "problem"),
    ("nl", "Marketing laat niks van zich horen.", "problem"),
    ("nl", "Ik schiet niet op met ICT.", "problem"),
    ("nl", "De cijfers kloppen niet.", "problem"),
    ("nl", "Ik loop achter met het rooster.", "problem"),
    ("nl", "Ik zie door de bomen het bos niet meer.", "problem"),
    ("en", "Would you mind calling them?", "upward"),
    ("en", "I won't be able to carry on with it.", "hand_back"),
    ("en", "I need to step away from the project.", "hand_back"),
    ("nl", "Ik kan er niet mee verder.", "hand_back"),
    ("nl", "Ik moet me terugtrekken uit het project.", "hand_back"),
    ("en", "I've done about forty of these, I know how a snag list works.", "experienced"),
    ("nl", "Het vorige script heb ik ook geschreven.", "experienced"),
])
def test_signals_generalise_beyond_the_corpus_phrasing(lang, text, kind):
    got = kinds_of(text, lang)
    if kind in LEARNED:
        CASES.append((f"{text!r}: want {kind}, got {sorted(got)}", kind in got))
    else:
        assert kind in got


@pytest.mark.parametrize("lang,text", [
    ("en", "It's all going fine, the chairs arrived yesterday."),
    ("en", "No problems so far, everything's on schedule."),
    ("nl", "Het gaat prima, de stoelen zijn gisteren geleverd."),
    ("nl", "Geen problemen tot nu toe, alles loopt op schema."),
])
def test_a_smooth_update_raises_nothing(lang, text):
    got = kinds_of(text, lang) & {"problem", "upward", "hand_back"}
    CASES.append((f"{text!r}: want nothing, got {sorted(got)}", not got))


def test_zz_learned_signals_get_the_written_cases_right():
    assert len(CASES) >= 40, "run the whole file: the cases are recorded by the tests above"
    right = sum(ok for _, ok in CASES) / len(CASES)
    # Measured 0.66 when the learned signals replaced the pattern lists (issue 8): these phrasings were written
    # for the patterns, and negation ("no problems so far") and idioms defeat a bag of words.  The floor keeps
    # it from getting worse; raising it is the work that remains (the README says so).
    assert right >= 0.6, [d for d, ok in CASES if not ok]


# ------------------------------------------------------------ small talk and task signals exclude each other

def test_one_sentence_is_not_both_small_talk_and_a_task_signal():
    from coach.learn.signals import exclusive

    probs = {"hand_up": 0.43, "small_talk": 0.97, "obstacle": 0.6, "commitment": 0.4}
    assert exclusive({"hand_up": 1, "small_talk": 1}, probs) == ["small_talk"]        # "Jij?": small talk wins
    assert exclusive({"obstacle": 1, "small_talk": 1}, dict(probs, small_talk=0.5)) == ["obstacle"]
    assert exclusive({"hand_up": 1, "small_talk": 0}, probs) == ["hand_up", "small_talk"]  # different sentences
    assert exclusive({"commitment": 2, "obstacle": 0}, probs) == ["commitment", "obstacle"]  # no small talk


def test_a_small_talk_counter_question_is_no_hand_up():
    from coach.learn.signals import read_signals

    for lang, text, asked in (("nl", "Prima, beetje gewandeld met de hond. En jij?", "Lekker weekend gehad?"),
                              ("en", "Not bad, we went to the coast. And yourself?", "Good weekend?")):
        found = {r.kind for r in read_signals(text, lang, asked, "progress")}
        assert "small_talk" in found and "hand_up" not in found, (text, found)
