"""The live hint: after a manager turn, the acts found and ONE nudge for the next turn.

    make_hint(session, text, acts) -> Hint      (session.turns: the turns BEFORE this one)

The nudge texts are data (prompts/hints/<lang>.yaml); the choice below follows
the guidelines of the phase, most urgent first (e.g. "You gave the answer; ask
what options they see" right after advice in a progress conversation).
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from coach.paths import prompts_dir
from coach.roleplay.content import _cache, load_data_file, load_phrasebook
from coach.roleplay.models import Session
from coach.roleplay.scripted import is_role_break, topics_of


class HintBook(BaseModel):
    language: str
    labels: dict[str, str]
    acts: dict[str, str]
    nudges: dict[str, str]


def load_hintbook(lang: str) -> HintBook:
    path = prompts_dir() / "hints" / f"{lang}.yaml"
    key = ("hints", str(path))
    if key not in _cache:
        _cache[key] = load_data_file(path, HintBook)
    return _cache[key]


@dataclass
class Hint:
    acts: list[str]
    key: str
    nudge: str
    act_names: list[str]
    found_label: str
    tip_label: str

    def text(self) -> str:
        found = ", ".join(self.act_names) or "-"
        return f"{self.found_label}: {found}. {self.tip_label}: {self.nudge}"


def choose_nudge(phase: str, turns: list[tuple[list[str], set[str]]], role_break: bool = False,
                 network: bool = False) -> str:
    """The nudge key for the latest of `turns` ((acts, topics) per manager turn, in order)."""
    acts, _ = turns[-1]
    seen_acts = {a for t_acts, _ in turns for a in t_acts}
    seen_topics = {t for _, topics in turns for t in topics}
    n = len(turns)
    if role_break:
        return "role_break"
    if phase == "delegation":
        recent_instructions = sum("instruction" in t_acts for t_acts, _ in turns[-3:])
        for cond, key in (
            ("monkey_take" in acts, "delegation_monkey_take"),
            ("leading_question" in acts, "leading_question"),
            ("advice" in acts, "delegation_advice"),
            (recent_instructions >= 3, "delegation_micromanage"),
            ("result" not in seen_acts and n >= 2, "delegation_result"),
            ("instruction" not in seen_acts and "result" in seen_acts, "delegation_instruction"),
            ("motivation" not in seen_acts, "delegation_motivation"),
            ("experience" not in seen_topics and not network, "delegation_experience"),
            ("checkpoint" not in seen_acts, "delegation_checkpoint"),
        ):
            if cond:
                return key
        return "delegation_good" if "monkey_back" in seen_acts else "delegation_let_go"
    if phase == "progress":
        closed_streak = 0
        for t_acts, _ in reversed(turns):
            if {"closed_question", "leading_question"} & set(t_acts):
                closed_streak += 1
            else:
                break
        for cond, key in (
            ("monkey_take" in acts, "progress_monkey_take"),
            ("advice" in acts, "progress_advice"),
            ("leading_question" in acts, "leading_question"),
            (n == 1 and "positive_feedback" not in acts, "progress_positive_start"),
            (closed_streak >= 3, "progress_closed_streak"),
            ("obstacles" not in seen_topics, "progress_ask_obstacles"),
            ("summary" not in seen_acts and n >= 3, "progress_summarize"),
            ("monkey_back" not in seen_acts and n >= 3, "progress_monkey_back"),
        ):
            if cond:
                return key
        return "progress_good"
    for cond, key in (
        ("result" not in seen_acts and "result" not in seen_topics, "final_result"),
        ("went_well" not in seen_topics, "final_went_well"),
        ("lessons" not in seen_topics, "final_lessons"),
        ("appreciation" not in seen_acts, "final_appreciation"),
    ):
        if cond:
            return key
    return "final_good"


def make_hint(session: Session, text: str, acts: list[str], network: bool = False) -> Hint:
    """The hint for the manager's new turn `text` (not yet in session.turns) carrying `acts`."""
    book = load_phrasebook(session.language)
    turns = [(t.acts, topics_of(t.text, book)) for t in session.turns if t.role == "manager"]
    turns.append((acts, topics_of(text, book)))
    key = choose_nudge(session.phase, turns, role_break=is_role_break(text), network=network)
    hb = load_hintbook(session.language)
    return Hint(
        acts=list(acts),
        key=key,
        nudge=hb.nudges.get(key, ""),
        act_names=[hb.acts.get(a, a) for a in acts],
        found_label=hb.labels.get("found", "Acts"),
        tip_label=hb.labels.get("tip", "Tip"),
    )
