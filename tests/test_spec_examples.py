"""Every example utterance in the label guide (../shared/spec/labels.md, section 1) and in the review
contract (review-json.md) gets the act the guide gives it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coach.tagger import tag_turn

LABELS = Path(__file__).resolve().parents[2] / "shared" / "spec" / "labels.md"
# the conversation each act typically lives in (labels.md: advice answers a problem during the work)
PHASE = {"advice": "progress", "summary": "progress", "monkey_take": "progress", "monkey_back": "progress",
         "positive_feedback": "progress", "instruction": "delegation", "result": "delegation",
         "checkpoint": "delegation", "motivation": "delegation", "appreciation": "final"}
PREVIOUS = {
    "summary": {"nl": "Ik kan niet verder, ik wacht nog op de cijfers van Finance.",
                "en": "I'm stuck: the data from Finance is still missing, so I can't finish it."},
    "monkey_take": {"nl": "Hij reageert niet op mijn mails, ik weet niet wat ik moet doen.",
                    "en": "Finance won't sign off the budget and I don't know how to move them."},
    "monkey_back": {"nl": "Ik twijfel nog tussen de twee leveranciers.",
                    "en": "I'm not sure which of the two suppliers to pick."},
    "advice": {"nl": "Ik krijg Piet maar niet te pakken over die planning.",
               "en": "I'm stuck on how to structure the plan."},
}


def _examples() -> list[tuple[str, str, str]]:
    rows = []
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\| ([a-z_]+) \| .* \| (.*) \| (.*) \|$", line)
        if not m or m.group(1) == "act":
            continue
        act, nl, en = m.groups()
        for lang, cell in (("nl", nl), ("en", en)):
            for quote in re.findall(r'"([^"]+)"', cell):
                rows.append((act, lang, quote))
    return rows


EXAMPLES = _examples()


def test_the_guide_has_examples_for_every_act():
    assert {act for act, _, _ in EXAMPLES} >= {"open_question", "closed_question", "leading_question", "advice",
                                                "instruction", "result", "checkpoint", "motivation",
                                                "positive_feedback", "appreciation", "summary", "monkey_take",
                                                "monkey_back", "other"}


@pytest.mark.parametrize("act, lang, text", EXAMPLES, ids=[f"{a}-{lg}-{i}" for i, (a, lg, _) in enumerate(EXAMPLES)])
def test_label_guide_example(act, lang, text):
    previous = PREVIOUS.get(act, {}).get(lang)
    found = [h.act.value for h in tag_turn(text, lang, previous=previous, phase=PHASE.get(act))]
    assert act in found, f"{text!r}: expected {act}, got {found}"


def test_the_review_contract_example():
    found = [h.act.value for h in tag_turn("Fijn dat de planning al staat. Hoe gaat het verder?", "nl", phase="progress")]
    assert sorted(found) == ["open_question", "positive_feedback"]
