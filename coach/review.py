"""The offline review pipeline: Transcript -> Analysis -> Review.

    analyse(transcript, options=None) -> Analysis          (also used for the role-play's live hints)
    review_transcript(transcript, options=None) -> Review

Steps: language (options or detected), manager (options or chosen), roles
(manager / delegatee = the main other speaker / other), act tagging of every
manager turn (coach.tagger.tag_turn, with the previous other-speaker turn as
context), phase (options or detected), judge (a finding per guideline),
monkey verdict (progress), metrics, preparation coverage (when a card is
given); the Review is validated by its model.  Deterministic, pure Python.
"""

from __future__ import annotations

from functools import lru_cache

from coach.errors import InputError
from coach.models import ActHit, Analysis, AnalysedTurn, Language, Review, ReviewOptions, Transcript


@lru_cache(maxsize=8192)
def _tag(text: str, lang: str, previous: str | None) -> tuple[ActHit, ...]:
    from coach.tagger import tag_turn

    return tuple(tag_turn(text, lang, previous=previous))  # type: ignore[arg-type]


def _check(transcript: Transcript, need_two: bool = True) -> None:
    if not transcript.turns or not any(t.text.strip() for t in transcript.turns):
        raise InputError("the transcript has no turns; give lines of the form 'Name: text'")
    speakers = transcript.speakers
    if need_two and len(speakers) < 2:
        raise InputError(
            f"only one speaker ({speakers[0]}) in the transcript; a review needs the manager and the delegatee, "
            "each on lines that start with 'Name:'"
        )


def _language(transcript: Transcript, options: ReviewOptions) -> tuple[Language, bool]:
    if options.language:
        return options.language, False
    from coach.language import detect_language

    return detect_language([t.text for t in transcript.turns]), True


def _manager(transcript: Transcript, options: ReviewOptions, lang: str) -> tuple[str, bool]:
    from coach.roles import choose_manager, resolve_manager

    if options.manager:
        return resolve_manager(transcript, options.manager), False
    return choose_manager(transcript, lang), True


def _analyse(transcript: Transcript, options: ReviewOptions, need_two: bool = True) -> tuple[Analysis, bool, bool]:
    from coach.roles import assign_roles

    _check(transcript, need_two)
    lang, lang_detected = _language(transcript, options)
    manager, manager_detected = _manager(transcript, options, lang)
    roles = assign_roles(transcript, manager)
    turns: list[AnalysedTurn] = []
    previous: str | None = None
    for t in transcript.turns:
        role = roles[t.speaker]
        hits: list[ActHit] = []
        if role == "manager":
            hits = [h for h in _tag(t.text, lang, previous) if h.quote in t.text]
        elif t.text.strip():
            previous = t.text
        turns.append(AnalysedTurn(index=t.index, speaker=t.speaker, role=role, text=t.text, hits=hits))
    return Analysis(language=lang, manager=manager, turns=turns), lang_detected, manager_detected


def analyse(transcript: Transcript, options: ReviewOptions | None = None) -> Analysis:
    """Language, manager, roles and the acts of every manager turn.

    For the role-play's live hints: with options.manager given, a session in which only the
    manager has spoken yet can be analysed too (a review needs both speakers)."""
    options = options or ReviewOptions()
    return _analyse(transcript, options, need_two=options.manager is None)[0]


def review_transcript(transcript: Transcript, options: ReviewOptions | None = None) -> Review:
    from coach.judge import build_context, judge_context
    from coach.judge.preparation import preparation_coverage
    from coach.metrics import compute_metrics
    from coach.monkey import monkey_trace
    from coach.roles import detect_phase

    options = options or ReviewOptions()
    analysis, lang_detected, manager_detected = _analyse(transcript, options)
    phase = options.phase or detect_phase(analysis)
    ctx = build_context(analysis, options)
    data = {
        "language": analysis.language,
        "phase": phase,
        "engine": "offline",
        "manager": analysis.manager,
        "manager_detected": manager_detected,
        "phase_detected": options.phase is None,
        "language_detected": lang_detected,
        "turns": [
            {"index": t.index, "speaker": t.speaker, "role": t.role, "text": t.text,
             "acts": (t.acts or ["other"]) if t.role == "manager" else []}
            for t in analysis.turns
        ],
        "findings": [f.model_dump() for f in judge_context(ctx, phase)],
        "monkey": monkey_trace(ctx).verdict().model_dump() if phase == "progress" else None,
        "metrics": compute_metrics(analysis).model_dump(),
    }
    if options.preparation is not None and not options.preparation.is_empty():
        data["preparation"] = [p.model_dump() for p in preparation_coverage(ctx, options.preparation)]
    return Review.model_validate(data)
