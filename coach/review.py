"""The offline review pipeline: Transcript -> Analysis -> Review.

    analyse(transcript, options=None) -> Analysis          (also used for the role-play's live hints)
    review_transcript(transcript, options=None) -> Review

Steps: language (options or detected), manager (options or chosen), roles
(manager / delegatee = the main other speaker / other), act tagging of every
manager turn (coach.tagger.tag_turn, with the previous other-speaker turn as
context), phase (options or detected), judge (a finding per guideline),
monkey verdict (progress), metrics, preparation coverage (when a card is
given); the Review is validated by its model.  Deterministic, pure Python.

The phase and the acts depend on each other: several act boundaries depend on the
phase (labels.md: a how-to is instruction when delegating, advice in progress), and
phase detection reads the acts.  With options.phase the turns are tagged with that
phase at once; otherwise they are tagged without a phase, the phase is detected
from those acts, and the manager turns whose acts the phase can change
(coach.tagger.phase_sensitive) are tagged again with the detected phase (the
detected phase is not re-detected, so the two passes cannot oscillate).
"""

from __future__ import annotations

from functools import lru_cache

from coach.errors import InputError
from coach.models import ActHit, Analysis, AnalysedTurn, Language, Review, ReviewOptions, Transcript


@lru_cache(maxsize=8192)
def _tag(text: str, lang: str, previous: str | None, phase: str | None = None) -> tuple[ActHit, ...]:
    from coach.tagger import tag_turn
    from coach.tagger.calling import call_tagger

    return tuple(call_tagger(tag_turn, text, lang, previous, phase))


def _phase_aware() -> bool:
    """Does the tagger in use take a phase (a stand-in in tests may not)? Then re-tagging helps."""
    from coach.tagger import tag_turn
    from coach.tagger.calling import takes_phase

    return takes_phase(tag_turn)


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


def _retag(analysis: Analysis, phase: str) -> Analysis:
    """The analysis with the manager turns whose acts the phase can change (coach.tagger.phase_sensitive)
    tagged again with `phase`; the other turns are kept as they are (no new objects: this stays fast)."""
    from coach.tagger import phase_sensitive

    turns = list(analysis.turns)
    previous: str | None = None
    changed = False
    for i, t in enumerate(turns):
        if t.role != "manager":
            previous = t.text if t.text.strip() else previous
        elif phase_sensitive(t.acts, phase, t.text, analysis.language):
            hits = [h for h in _tag(t.text, analysis.language, previous, phase) if h.quote in t.text]
            if hits != t.hits:
                turns[i] = t.model_copy(update={"hits": hits})
                changed = True
    return analysis.model_copy(update={"turns": turns}) if changed else analysis


def _tag_turns(transcript: Transcript, roles: dict[str, str], lang: str, phase: str | None) -> list[AnalysedTurn]:
    turns: list[AnalysedTurn] = []
    previous: str | None = None
    for t in transcript.turns:
        role = roles[t.speaker]
        hits: list[ActHit] = []
        if role == "manager":
            hits = [h for h in _tag(t.text, lang, previous, phase) if h.quote in t.text]
        elif t.text.strip():
            previous = t.text
        turns.append(AnalysedTurn(index=t.index, speaker=t.speaker, role=role, text=t.text, hits=hits))
    return turns


def _analyse(transcript: Transcript, options: ReviewOptions, need_two: bool = True) -> tuple[Analysis, bool, bool]:
    """The analysis; the acts are tagged with options.phase (None: without a phase)."""
    from coach.roles import assign_roles

    _check(transcript, need_two)
    lang, lang_detected = _language(transcript, options)
    manager, manager_detected = _manager(transcript, options, lang)
    roles = assign_roles(transcript, manager)
    turns = _tag_turns(transcript, roles, lang, options.phase)
    return Analysis(language=lang, manager=manager, turns=turns), lang_detected, manager_detected


def analyse(transcript: Transcript, options: ReviewOptions | None = None) -> Analysis:
    """Language, manager, roles and the acts of every manager turn (tagged with options.phase
    when given, else without a phase).

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
    phase = options.phase
    if phase is None:
        phase = detect_phase(analysis)  # from acts tagged without a phase; then tag again with it
        if _phase_aware():
            analysis = _retag(analysis, phase)
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
