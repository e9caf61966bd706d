"""English act tagging: realistic manager speech per act and per hard case (labels.md)."""

from __future__ import annotations

import pytest

from coach.tagger import tag_turn

PROBLEM = "I'm stuck with the supplier, he isn't answering my emails."
NEUTRAL = "Okay, go ahead."


def acts(text: str, previous: str | None = None) -> set[str]:
    return {h.act.value for h in tag_turn(text, "en", previous=previous)}


# (utterance, previous turn of the other, acts that must be there, acts that must not)
CASES = [
    # labels.md examples
    ("What options do you see?", PROBLEM, {"open_question"}, set()),
    ("Have you sent it yet?", None, {"closed_question"}, set()),
    ("Wouldn't it be easier to just reuse last year's deck?", PROBLEM, {"leading_question"}, {"closed_question"}),
    ("I'd split it into two phases.", PROBLEM, {"advice"}, set()),
    ("Use the new template and keep it under ten slides.", NEUTRAL, {"instruction"}, {"advice"}),
    ("What I need at the end is a signed contract.", None, {"result"}, set()),
    ("Send me a draft by Monday and we'll go through it.", None, {"checkpoint"}, set()),
    ("I'm confident you can pull this off.", None, {"motivation"}, set()),
    ("Your first draft already covers the key risks.", None, {"positive_feedback"}, {"appreciation"}),
    ("Thanks, I really appreciate the extra hours.", None, {"appreciation"}, set()),
    ("So the blocker is the missing data, right?", "The blocker is that we don't have the data.",
     {"summary", "closed_question"}, {"leading_question"}),
    ("Leave it with me, I'll sort it out with Finance.", PROBLEM, {"monkey_take"}, {"monkey_back", "instruction"}),
    ("It's yours: come back to me with a proposal by Friday.", PROBLEM, {"monkey_back"}, {"monkey_take"}),
    ("Let me grab a coffee first.", None, {"other"}, set()),
    ("How do you feel about taking this on?", None, {"open_question", "motivation"}, set()),
    ("Great work so far", None, {"appreciation"}, {"positive_feedback"}),
    # open questions, indirect, fillers, no question mark
    ("So, um, what do you think is going on there", PROBLEM, {"open_question"}, set()),
    ("Well, like, how did the meeting with the client go?", None, {"open_question"}, set()),
    ("Why is it taking longer than planned?", PROBLEM, {"open_question"}, set()),
    ("Can you tell me what happened with the invoice?", None, {"open_question"}, {"closed_question"}),
    ("Could you walk me through your plan?", None, {"open_question"}, set()),
    ("Tell me more about the delay.", PROBLEM, {"open_question"}, set()),
    ("What else could you try?", PROBLEM, {"open_question"}, set()),
    # closed questions
    ("Is there anything else you need from me?", None, {"closed_question"}, {"open_question"}),
    ("Did you get a reply from legal", None, {"closed_question"}, set()),
    ("How many hours do you still need?", None, {"closed_question"}, set()),
    ("When is the review?", None, {"closed_question"}, set()),
    ("Do you want the Tuesday slot or the Thursday slot?", None, {"closed_question"}, set()),
    # leading questions
    ("Have you thought about just calling him?", PROBLEM, {"leading_question"}, set()),
    ("Why don't you ask Priya to help?", PROBLEM, {"leading_question"}, {"open_question"}),
    ("Shouldn't you check with procurement first?", PROBLEM, {"leading_question"}, set()),
    ("Don't you think it would be better to wait?", PROBLEM, {"leading_question"}, set()),
    ("Have you tried escalating it to his manager?", PROBLEM, {"leading_question"}, set()),
    ("How about sending the figures you already have?", PROBLEM, {"leading_question"}, set()),
    # tag questions decided by content
    ("It's easiest if you just phone him, isn't it?", PROBLEM, {"leading_question"}, {"summary"}),
    ("So he isn't answering your emails, right?", PROBLEM, {"summary", "closed_question"}, {"leading_question"}),
    # rising-tone reflection: summary alone
    ("You're getting pressure from home?", "My wife is putting pressure on me about the hours.", {"summary"},
     {"closed_question", "open_question", "leading_question"}),
    # summaries that check understanding
    ("So what you're saying is the supplier hasn't confirmed the dates.", "The supplier still hasn't confirmed the dates.",
     {"summary"}, set()),
    ("If I understand you correctly, the data comes in next week. Have I got that right?",
     "The data only arrives next week.", {"summary", "closed_question"}, set()),
    ("It sounds like you're worried about the deadline.", "I'm not sure we'll make the deadline.", {"summary"}, set()),
    ("Okay.", "I sent it.", {"other"}, {"summary"}),
    # advice vs instruction
    ("Just call Piet.", PROBLEM, {"advice"}, {"instruction"}),
    ("You should send him a reminder with the deadline in it.", PROBLEM, {"advice"}, set()),
    ("If I were you, I'd go straight to his manager.", PROBLEM, {"advice"}, set()),
    ("You can spend up to 5,000 euros without asking me.", NEUTRAL, {"instruction"}, {"advice"}),
    ("I'd like you to run the supplier review this quarter.", None, {"instruction"}, set()),
    ("Involve Marketing early and stick to the brand guidelines.", NEUTRAL, {"instruction"}, set()),
    # result and checkpoints
    ("Success means every branch is live before the summer.", None, {"result"}, set()),
    ("The goal is a proposal the board can sign off.", None, {"result"}, set()),
    ("Could we go through the first version on Thursday?", None, {"closed_question", "checkpoint"}, set()),
    ("Let's catch up next Monday to see where you are.", None, {"checkpoint"}, set()),
    # motivation
    ("I trust you with this, you know the client better than anyone.", None, {"motivation"}, set()),
    ("How would you approach it?", None, {"open_question", "motivation"}, set()),
    ("I asked you because you've done this kind of migration before.", None, {"motivation"}, set()),
    # feedback vs appreciation
    ("Well done!", None, {"appreciation"}, {"positive_feedback"}),
    ("The way you handled the angry customer was spot on.", None, {"positive_feedback"}, set()),
    ("I liked how you structured the report.", None, {"positive_feedback"}, set()),
    ("Thank you for staying late on Friday.", None, {"appreciation"}, set()),
    # monkey take
    ("Send it over to me and I'll have a look.", PROBLEM, {"monkey_take"}, {"instruction", "advice"}),
    ("Let me have a think and get back to you.", PROBLEM, {"monkey_take"}, {"monkey_back"}),
    ("Don't worry about it, I'll call him myself.", PROBLEM, {"monkey_take"}, set()),
    ("I'll look into it.", PROBLEM, {"monkey_take"}, set()),
    # monkey back
    ("Think it over and come back to me with a plan.", PROBLEM, {"monkey_back"}, {"monkey_take"}),
    ("What's your next step?", PROBLEM, {"open_question", "monkey_back"}, set()),
    ("Let me know by Thursday which option you pick.", PROBLEM, {"monkey_back"}, {"monkey_take"}),
    ("It's your call.", PROBLEM, {"monkey_back"}, set()),
    # other
    ("Morning! Grab a seat.", None, {"other"}, set()),
]


@pytest.mark.parametrize("text,previous,present,absent", CASES, ids=[c[0][:50] for c in CASES])
def test_english_acts(text, previous, present, absent):
    found = acts(text, previous)
    assert present <= found, f"missing {present - found} in {found}"
    assert not (absent & found), f"unexpected {absent & found} in {found}"


def test_a_declarative_with_a_question_mark_that_echoes_nothing_is_a_closed_question():
    assert acts("You've sent it already?", "Hi, how are you?") >= {"closed_question"}


def test_mandate_is_instruction_when_delegating_and_hands_back_after_a_problem():
    assert "instruction" in acts("How you do it is up to you.", "Fine. What's the budget?")
    assert "monkey_back" in acts("How you solve it is up to you.", PROBLEM)


@pytest.mark.parametrize(
    "text,previous,present,absent",
    [
        ("ok so um what have you tried so far", PROBLEM, {"open_question"}, set()),
        ("the handover went fine didn't it", None, {"leading_question"}, set()),
        ("Do it.", "Shall I ask Joyce to join?", set(), {"closed_question"}),
        ("Speak Tuesday.", "I'll try a few people.", set(), {"instruction"}),
        ("Four weeks.", "The supplier says it takes four weeks to deliver.", {"summary"}, set()),
        ("Send it to me when it's done and I'll have a look.", None, {"checkpoint"}, {"monkey_take"}),
        ("Next time just run the colours by me first, yeah?", "Right.", {"leading_question", "advice"}, set()),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else None,
)
def test_spoken_english(text, previous, present, absent):
    found = acts(text, previous)
    assert present <= found, f"missing {present - found} in {found}"
    assert not (absent & found), f"unexpected {absent & found} in {found}"
