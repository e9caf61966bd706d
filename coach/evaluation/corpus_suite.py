"""The corpus suite: run a critic (and optionally the tagger) over labelled
conversations, then score acts, guidelines, the monkey verdict, detection,
grounding and speed against the gold labels.

Everything the suite calls is passed in (dependency injection), so tests can
use fake critics and taggers and the real pipeline plugs in unchanged.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from coach.catalogue import get_catalogue
from coach.errors import CoachError, InputError
from coach.evaluation.corpus import Conversation, question_type
from coach.evaluation.metrics import accuracy, cohen_kappa, confusion, macro_f1, multilabel_prf
from coach.models import ACTS, Review, ReviewOptions, Transcript
from coach.tagger.calling import call_tagger

ReviewFn = Callable[[Transcript, ReviewOptions], Review]
Tagger = Callable[..., list]  # tag_turn(text, lang, previous[, phase=]) -> list[ActHit]

MISSING = "missing"  # a guideline the review did not judge
FAILED = "error"  # the review raised for this conversation


@dataclass
class Outcome:
    """What coach produced for one conversation."""

    conversation: Conversation
    review: Review | None = None
    error: str | None = None
    acts: dict[int, list[str]] = field(default_factory=dict)  # manager turn index -> predicted acts
    act_quotes: list[tuple[int, str]] = field(default_factory=list)  # (turn, quote) of tagger hits
    detected: Review | None = None  # the review without options (coach decides)
    detection_ran: bool = False
    review_seconds: float = 0.0
    tagger_seconds: float = 0.0


def act_names(hits: Iterable) -> list[str]:
    """Act ids of a tagger result (ActHit objects or plain strings), first occurrence order."""
    out: list[str] = []
    for h in hits:
        act = getattr(h, "act", h)
        name = getattr(act, "value", act)
        if name not in out:
            out.append(str(name))
    return out


def not_built(exc: NotImplementedError, what: str) -> CoachError:
    return CoachError(f"{what} is not built yet ({exc}); the evaluation runs once it lands", exit_code=1)


def predict(
    conversations: list[Conversation],
    review: ReviewFn,
    tagger: Tagger | None = None,
    detect: bool = True,
    on_usage: Callable[[], None] | None = None,
) -> list[Outcome]:
    """Run coach on every conversation. A conversation whose review fails counts as wrong, not skipped."""
    outcomes = []
    for conv in conversations:
        out = Outcome(conv)
        transcript = conv.to_transcript()
        start = time.perf_counter()
        try:
            out.review = review(transcript, conv.review_options())
        except NotImplementedError as exc:
            raise not_built(exc, "the review pipeline") from exc
        except CoachError as exc:
            if not isinstance(exc, InputError):  # the engine itself cannot work (endpoint down, no key)
                raise
            out.error = f"{type(exc).__name__}: {exc}"[:200]
        except Exception as exc:  # noqa: BLE001 - a failing review is a result to report
            out.error = f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
        out.review_seconds = time.perf_counter() - start
        if on_usage:
            on_usage()
        if tagger is not None:
            _tag(out, tagger)
        elif out.review is not None:
            out.acts = {i: list(out.review.turns[i].acts) for i in conv.manager_turn_indices() if i < len(out.review.turns)}
        if detect:
            out.detection_ran = True
            try:
                out.detected = review(transcript, ReviewOptions())
            except CoachError as exc:
                if not isinstance(exc, InputError):
                    raise
                out.detected = None
            except Exception:  # noqa: BLE001 - a failed detection counts as wrong
                out.detected = None
            if on_usage:
                on_usage()
        outcomes.append(out)
    return outcomes


def _tag(out: Outcome, tagger: Tagger) -> None:
    conv = out.conversation
    start = time.perf_counter()
    for i in conv.manager_turn_indices():
        try:
            # the gold phase, as `coach review --phase` gives it (taggers without a `phase` keyword get none)
            hits = call_tagger(tagger, conv.turns[i].text, conv.language, conv.previous_text(i), conv.phase)
        except NotImplementedError as exc:
            raise not_built(exc, "the act tagger") from exc
        except Exception as exc:  # noqa: BLE001
            out.error = out.error or f"tagger {type(exc).__name__}: {' '.join(str(exc).split())[:200]}"
            hits = []
        out.acts[i] = act_names(hits)
        out.act_quotes.extend((i, getattr(h, "quote")) for h in hits if hasattr(h, "quote"))
    out.tagger_seconds = time.perf_counter() - start


def score(outcomes: list[Outcome]) -> dict:
    """All figures of the corpus suite, as one JSON-ready dict (detection only when it ran)."""
    report: dict = {
        "n_conversations": len(outcomes),
        "n_turns": sum(len(o.conversation.turns) for o in outcomes),
    }
    report.update(_act_scores(outcomes))
    report.update(_guideline_scores(outcomes))
    report.update(_monkey_scores(outcomes))
    report["detection"] = _detection_scores(outcomes) if any(o.detection_ran for o in outcomes) else None
    report.update(_grounding(outcomes))
    report.update(_speed(outcomes))
    failed = [o for o in outcomes if o.error]
    report["errors"] = len(failed)
    report["error_examples"] = [{"id": o.conversation.id, "error": o.error} for o in failed[:5]]
    return report


def _act_scores(outcomes: list[Outcome]) -> dict:
    gold, pred = [], []
    for o in outcomes:
        for i in o.conversation.manager_turn_indices():
            gold.append(o.conversation.turns[i].acts or [])
            pred.append(o.acts.get(i, []))
    per_act = multilabel_prf(gold, pred, ACTS)
    return {
        "n_manager_turns": len(gold),
        "acts": {act: prf.as_dict() for act, prf in per_act.items()},
        "macro_f1": macro_f1(per_act),
        "question_kappa": cohen_kappa([question_type(g) for g in gold], [question_type(p) for p in pred]),
    }


def predicted_statuses(o: Outcome) -> dict[str, str]:
    if o.review is None:
        return {g: FAILED for g in o.conversation.guidelines}
    found = {f.guideline: f.status for f in o.review.findings}
    return {g: found.get(g, MISSING) for g in o.conversation.guidelines}


def _guideline_scores(outcomes: list[Outcome]) -> dict:
    pairs: dict[str, tuple[list[str], list[str]]] = {}
    for o in outcomes:
        pred = predicted_statuses(o)
        for gid, status in o.conversation.guidelines.items():
            gold_list, pred_list = pairs.setdefault(gid, ([], []))
            gold_list.append(status)
            pred_list.append(pred[gid])
    all_gold = [s for g, _ in pairs.values() for s in g]
    all_pred = [s for _, p in pairs.values() for s in p]
    order = {gid: i for i, gid in enumerate(g.id for g in get_catalogue().guidelines)}
    guidelines = {
        gid: {"accuracy": accuracy(g, p), "n": len(g), "confusion": confusion(g, p)}
        for gid, (g, p) in sorted(pairs.items(), key=lambda item: (order.get(item[0], len(order)), item[0]))
    }
    return {"guideline_accuracy": accuracy(all_gold, all_pred), "guidelines": guidelines}


def _monkey_scores(outcomes: list[Outcome]) -> dict:
    owners_gold, owners_pred, turns_gold, turns_pred = [], [], [], []
    for o in outcomes:
        gold = o.conversation.monkey
        if o.conversation.phase != "progress" or gold is None:
            continue
        pred = o.review.monkey if o.review is not None else None
        owners_gold.append(gold.owner)
        owners_pred.append(pred.owner if pred else FAILED)
        if gold.owner != "none":
            turns_gold.append(gold.turn)
            turns_pred.append(pred.turn if pred else None)
    return {
        "n_progress": len(owners_gold),
        "monkey_accuracy": accuracy(owners_gold, owners_pred),
        "monkey_confusion": confusion(owners_gold, owners_pred),
        "monkey_turn_accuracy": accuracy(turns_gold, turns_pred),
    }


def _detection_scores(outcomes: list[Outcome]) -> dict:
    """Share of conversations where coach, left to decide, found the gold manager, phase, language."""
    out = {}
    for key in ("manager", "phase", "language"):
        gold = [getattr(o.conversation, key) for o in outcomes]
        pred = [getattr(o.detected, key) if o.detected is not None else FAILED for o in outcomes]
        out[key] = accuracy(gold, pred)
    return out


def _grounding(outcomes: list[Outcome]) -> dict:
    total = found = 0
    for o in outcomes:
        texts = [t.text for t in o.conversation.turns]
        quotes = list(o.act_quotes)
        if o.review is not None:
            quotes += [(ev.turn, ev.quote) for f in o.review.findings for ev in f.evidence]
        for turn, quote in quotes:
            total += 1
            found += 0 <= turn < len(texts) and bool(quote) and quote in texts[turn]
    return {"grounding": found / total if total else None, "n_quotes": total}


def _speed(outcomes: list[Outcome]) -> dict:
    turns = sum(len(o.conversation.turns) for o in outcomes)
    manager_turns = sum(len(o.conversation.manager_turn_indices()) for o in outcomes)
    review_s = sum(o.review_seconds for o in outcomes)
    tagger_s = sum(o.tagger_seconds for o in outcomes)
    return {
        "ms_per_turn": 1000 * review_s / turns if turns else None,
        "tagger_ms_per_turn": 1000 * tagger_s / manager_turns if manager_turns and tagger_s else None,
    }
