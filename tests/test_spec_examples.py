"""The example utterances of the label guide (../shared/spec/labels.md, section 1) and of the review contract
(review-json.md) get the act the guide gives them.  The acts are learned and these examples are not in the
training data, so they are judged together: nearly all must be right (the floor fails when the models get
worse), and every miss is named."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coach.models import ACTS
from coach.signals import delegatee_signals
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
        if act not in ACTS:  # section 4: the other speakers' signals (test_signal_examples)
            continue
        for lang, cell in (("nl", nl), ("en", en)):
            for quote in re.findall(r'"([^"]+)"', cell):
                rows.append((act, lang, quote))
    return rows


# the review contract's example turn (review-json.md): positive feedback and an open question
CONTRACT = "Fijn dat de planning al staat. Hoe gaat het verder?"
EXAMPLES = _examples() + [("positive_feedback", "nl", CONTRACT), ("open_question", "nl", CONTRACT)]


def test_the_guide_has_examples_for_every_act():
    assert {act for act, _, _ in EXAMPLES} >= {"open_question", "closed_question", "leading_question", "advice",
                                                "instruction", "result", "checkpoint", "motivation",
                                                "positive_feedback", "appreciation", "summary", "monkey_take",
                                                "monkey_back", "other"}


FLOOR = 0.85


def test_label_guide_examples():
    misses = []
    for act, lang, text in EXAMPLES:
        previous = PREVIOUS.get(act, {}).get(lang)
        phase = "progress" if text == CONTRACT else PHASE.get(act)
        found = [h.act.value for h in tag_turn(text, lang, previous=previous, phase=phase)]
        if act not in found:
            misses.append(f"{text!r}: expected {act}, got {found}")
    assert 1 - len(misses) / len(EXAMPLES) >= FLOOR, misses


SIGNAL_KIND = {"obstacle": "problem", "hand_up": "upward", "hand_back": "hand_back", "commitment": "commitment",
               "small_talk": "small_talk"}


def _signal_examples() -> list[tuple[str, str, str]]:
    rows = []
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\| ([a-z_]+) \| .* \| (.*) \| (.*) \|$", line)
        if m and m.group(1) in SIGNAL_KIND:
            for lang, cell in (("nl", m.group(2)), ("en", m.group(3))):
                rows += [(m.group(1), lang, q) for q in re.findall(r'"([^"]+)"', cell)]
    return rows


def test_signal_examples():
    examples = _signal_examples()
    assert {s for s, _, _ in examples} == set(SIGNAL_KIND)
    misses = [f"{text!r}: expected {sig}" for sig, lang, text in examples
              if SIGNAL_KIND[sig] not in {x.kind for x in delegatee_signals(text, lang)}]
    assert 1 - len(misses) / len(examples) >= FLOOR, misses
