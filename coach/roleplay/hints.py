"""The live hint: after a manager turn, the acts found and ONE nudge for the next turn.

    make_hint(session, text, acts) -> Hint      (session.turns: the turns BEFORE this one)

The nudge texts are data (prompts/hints/<lang>.yaml); the choice below follows
what this turn does (advice, a leading question, taking the monkey ...), else the scorecard of the
conversation so far (the offline review: the same judgement as the feedback at the end), once there
are at least MIN_TURNS manager turns.  After a network contact's hand-back, taking the task back is right.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from coach.paths import prompts_dir
from coach.roleplay.content import _cache, load_data_file
from coach.roleplay.models import Session
from coach.roleplay.scripted import is_role_break


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
        tip = f" {self.tip_label}: {self.nudge}" if self.nudge else ""
        return f"{self.found_label}: {found}.{tip}"


FINDING_NUDGE = {
    "delegation.result": "delegation_result", "delegation.instruction": "delegation_instruction",
    "delegation.checkpoints": "delegation_checkpoint", "delegation.motivation": "delegation_motivation",
    "delegation.fit_to_experience": "delegation_experience", "delegation.let_go": "delegation_let_go",
    "progress.positive_start": "progress_positive_start", "progress.ask_obstacles": "progress_ask_obstacles",
    "progress.ask_not_answer": "progress_advice", "progress.listen_summarize": "progress_summarize",
    "progress.monkey_back": "progress_monkey_back", "progress.respect_return": "progress_respect_return",
    "final.result_vs_agreement": "final_result", "final.what_went_well": "final_went_well",
    "final.lessons": "final_lessons", "final.appreciation": "final_appreciation",
}
END_GUIDELINES = {"delegation.let_go", "progress.monkey_back", "final.appreciation"}  # judged at the end
MIN_TURNS = 2  # before this many manager turns there is too little to judge: no tip yet


def immediate_nudge(phase: str, turns: list[list[str]], role_break: bool = False) -> str | None:
    """A nudge about what THIS turn does (the acts of the latest of `turns`), or None."""
    acts = set(turns[-1])
    if role_break:
        return "role_break"
    if "leading_question" in acts:
        return "leading_question"
    if phase == "delegation":
        if "monkey_take" in acts:
            return "delegation_monkey_take"
        if "advice" in acts:
            return "delegation_advice"
        if sum("instruction" in t for t in turns[-3:]) >= 3:
            return "delegation_micromanage"
    if phase == "progress":
        if "monkey_take" in acts:
            return "progress_monkey_take"
        if "advice" in acts:
            return "progress_advice"
        streak = 0
        for t in reversed(turns):
            if not {"closed_question", "leading_question"} & set(t):
                break
            streak += 1
        if streak >= 3:
            return "progress_closed_streak"
    return None


def judged_nudge(review, phase: str, n: int) -> str:
    """The nudge from the scorecard of the conversation so far: the first guideline not met (in the form's
    order; the closing ones only once the conversation is under way), else "all is well"."""
    for finding in review.findings:
        if finding.status in ("missed", "partly") and (finding.guideline not in END_GUIDELINES or n >= 4):
            key = FINDING_NUDGE.get(finding.guideline)
            if key:
                return key
    if any(f.status in ("missed", "partly") for f in review.findings):
        return ""  # only closing points open: nothing to say yet
    return f"{phase}_good"


@dataclass(frozen=True)
class Scorecard:
    """The findings of the conversation so far (what the hint needs of a review)."""

    findings: list


def _review(session: Session, text: str, acts: list[str]) -> Scorecard:
    """The offline judgement of the conversation with this turn: the findings of the review at the
    end (coach.review.judge_findings), without its confidence figures (they are not shown in a hint)."""
    from coach.review import judge_findings
    from coach.roleplay.models import SessionTurn
    from coach.roleplay.practice import review_options, session_transcript

    partial = session.model_copy(update={"turns": [*session.turns, SessionTurn(
        speaker=session.manager_name, role="manager", text=text, acts=acts)]})
    return Scorecard(findings=judge_findings(session_transcript(partial), review_options(partial)))


def _respected_return(review) -> bool:
    return any(f.guideline == "progress.respect_return" and f.status == "met" for f in review.findings)


def make_hint(session: Session, text: str, acts: list[str], network: bool = False, review=None) -> Hint:
    """The hint for the manager's new turn `text` (not yet in session.turns) carrying `acts`: what this turn
    does wrong, else what the scorecard of the conversation so far misses (the same judgement as the
    feedback at the end), once there is enough to judge."""
    turns = [t.acts for t in session.turns if t.role == "manager"] + [list(acts)]
    key = immediate_nudge(session.phase, turns, role_break=is_role_break(text)) or ""
    if key in ("progress_monkey_take", "") and (len(turns) >= MIN_TURNS or key):
        review = review or _review(session, text, acts)
        if key == "progress_monkey_take" and network and _respected_return(review):
            key = "progress_return_respected"  # a network contact gave the task back: taking it is right
        elif not key:
            key = judged_nudge(review, session.phase, len(turns))
    hb = load_hintbook(session.language)
    return Hint(
        acts=list(acts),
        key=key,
        nudge=hb.nudges.get(key, "") if key else "",
        act_names=[hb.acts.get(a, a) for a in acts],
        found_label=hb.labels.get("found", "Acts"),
        tip_label=hb.labels.get("tip", "Tip"),
    )
