"""How sure coach is of each finding: how stable the status is under the models' doubts, times how often
coach's status for that guideline is right on writers it never saw.

1. Stability.  The learned models give a probability for every act of every manager turn and every signal
   of the delegatee's turns.  A reading is drawn by deciding each of them anew, with the chance of the
   model's own decision (the probability moved so that the model's threshold sits at one half); the judge
   runs on each reading; the stability is the share of readings that agree with the status reported.  The
   draws are seeded, so the same transcript always gets the same confidences.
2. Reliability.  Leave-one-writer-out cross-validation (`coach eval --suite cv --write-reliability`) counts,
   per guideline and status coach gives, how often the status is right (smoothed); the table ships as
   coach/learn/weights/reliability.json.  It catches what the draws cannot: the judge's own rules.

A finding's confidence is stability x reliability; below SURE it is reported as "not sure" (the CLI says so
on standard error; the reports show "not sure" instead of a verdict).  SURE is chosen so that, on the
leave-one-writer-out predictions, the findings shown as sure are right at least 95% of the time; the cv suite
measures that share (`sure_accuracy`) with a reliability table made without the writer scored.
"""

from __future__ import annotations

import math
import random

from coach.models import ActHit, Analysis, AnalysedTurn, Finding, ReviewOptions, SignalHit

SURE = 0.85
_RELIABILITY: dict = {"override": None}


def reliability() -> dict[str, float]:
    """guideline:status -> how often that status is right on unseen writers ({} when the table is absent)."""
    if _RELIABILITY["override"] is not None:
        return _RELIABILITY["override"]
    if "shipped" not in _RELIABILITY:
        import json

        from coach.learn.linear import WEIGHTS

        try:
            _RELIABILITY["shipped"] = json.loads((WEIGHTS / "reliability.json").read_text(encoding="utf-8"))["table"]
        except FileNotFoundError:
            _RELIABILITY["shipped"] = {}
    return _RELIABILITY["shipped"]


def use_reliability(table: dict[str, float] | None) -> None:
    """Use this table instead of the shipped one (cross-validation: {} = stability only); None: the shipped one."""
    _RELIABILITY["override"] = table
PHASE_SURE = 0.6  # below this probability coach asks the user to confirm the phase it chose
DRAWS = 16
MAX_DRAW_TURNS = 4000  # draws x turns: long transcripts get fewer draws, so a review stays fast
QUESTIONS = ("open_question", "closed_question", "leading_question")


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def _chance(p: float, threshold: float, logit_threshold: float | None = None) -> float:
    """The probability of saying yes, centred on the model's threshold (its logit may be given, made once)."""
    lt = _logit(threshold) if logit_threshold is None else logit_threshold
    return 1.0 / (1.0 + math.exp(-(_logit(p) - lt)))


class _Lazy:
    """A hit a draw may choose, validated the first time a draw chooses it, then shared by the draws (read only)."""

    __slots__ = ("chance", "make", "args", "hit")

    def __init__(self, chance: float, make, **args):
        self.chance, self.make, self.args, self.hit = chance, make, args, None

    def get(self):
        if self.hit is None:
            self.hit = self.make(**self.args)
        return self.hit


def _logits(thresholds: dict[str, float]) -> dict[str, float]:
    return {k: _logit(t) for k, t in thresholds.items()}


def _manager_plan(turn: AnalysedTurn, thresholds: dict[str, float], logits: dict[str, float]) -> tuple | None:
    """What a draw needs of a manager turn, computed once: the chance of small talk, the question types with
    their probabilities, the other acts with their chances, and the quote of each."""
    probs = turn.act_probabilities
    if not probs:
        return None
    quotes = {h.act.value: h.quote for h in turn.hits}
    first = turn.hits[0].quote if turn.hits else turn.text
    questions = [_Lazy(probs.get(q, 0.0), ActHit, act=q, quote=quotes.get(q, first)) for q in QUESTIONS]
    acts = [_Lazy(_chance(p, thresholds.get(a, 0.5), logits.get(a, 0.0)), ActHit, act=a, quote=quotes.get(a, first))
            for a, p in probs.items() if a not in QUESTIONS and a != "small_talk"]
    small = _chance(probs.get("small_talk", 0.0), thresholds.get("small_talk", 0.5), logits.get("small_talk", 0.0))
    return small, questions, acts, _Lazy(1.0, ActHit, act="other", quote=first)


def _draw_manager(turn: AnalysedTurn, plan: tuple, rng: random.Random) -> AnalysedTurn:
    small, questions, acts, other = plan
    if rng.random() < small:
        return turn.model_copy(update={"hits": [other.get()], "small_talk": True})
    hits: list[ActHit] = []
    r, acc = rng.random(), 0.0
    for q in questions:
        acc += q.chance
        if r < acc:
            hits.append(q.get())
            break
    hits += [a.get() for a in acts if rng.random() < a.chance]
    return turn.model_copy(update={"hits": hits or [other.get()], "small_talk": False})


def _other_plan(turn: AnalysedTurn, thresholds: dict[str, float], logits: dict[str, float]) -> list | None:
    if not turn.signal_probabilities:
        return None
    quotes = {s.kind: s.quote for s in turn.signals}
    first = turn.signals[0].quote if turn.signals else turn.text.strip()
    return [_Lazy(_chance(p, thresholds.get(k, 0.5), logits.get(k, 0.0)), SignalHit, kind=k, quote=quotes.get(k, first))
            for k, p in turn.signal_probabilities.items()]


def _draw_other(turn: AnalysedTurn, plan: list, rng: random.Random) -> AnalysedTurn:
    return turn.model_copy(update={"signals": [s.get() for s in plan if rng.random() < s.chance]})


def plans(analysis: Analysis) -> list:
    from coach.learn.linear import load_model

    acts, sig = load_model("acts").thresholds, load_model("signals").thresholds
    la, ls = _logits(acts), _logits(sig)
    return [_manager_plan(t, acts, la) if t.role == "manager" else _other_plan(t, sig, ls) for t in analysis.turns]


def draw(analysis: Analysis, rng: random.Random, plan: list | None = None) -> Analysis:
    """One plausible reading of the conversation (see the module docstring)."""
    plan = plan if plan is not None else plans(analysis)
    turns = [t if p is None else (_draw_manager(t, p, rng) if t.role == "manager" else _draw_other(t, p, rng))
             for t, p in zip(analysis.turns, plan)]
    return analysis.model_copy(update={"turns": turns})


def finding_confidence(analysis: Analysis, options: ReviewOptions, phase: str,
                       findings: list[Finding], memo: dict | None = None) -> dict[str, tuple[float, bool]]:
    """guideline -> (confidence, sure).  `memo`: coach.judge.context.build_context's, when the caller has one."""
    from coach.judge import build_context, judge_context

    status = {f.guideline: f.status for f in findings}
    draws = max(4, min(DRAWS, MAX_DRAW_TURNS // max(1, len(analysis.turns))))
    rng = random.Random(len(analysis.turns))
    agree = {g: 0 for g in status}
    plan = plans(analysis)
    memo = {} if memo is None else memo  # what each turn says, read once for all draws
    for _ in range(draws):
        drawn = draw(analysis, rng, plan)
        for f in judge_context(build_context(drawn, options, memo), phase):
            agree[f.guideline] += f.status == status.get(f.guideline)
    table = reliability()
    out = {}
    for g, n in agree.items():
        confidence = n / draws * table.get(f"{g}:{status[g]}", 1.0)
        out[g] = (round(confidence, 3), confidence >= SURE)
    return out
