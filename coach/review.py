"""The offline review pipeline: Transcript -> Analysis -> Review.

    analyse(transcript, options=None) -> Analysis          (also used for the role-play's live hints)
    review_transcript(transcript, options=None) -> Review

Steps: language (options or detected), manager (options or chosen by the learned `manager`
model), roles (manager / delegatee = the main other speaker / other), phase (options or read from the
whole conversation by the learned `phase` model, with its probability), then every manager turn's acts
(coach.learn.acts, with the previous other-speaker turn, the phase and the position as context) and every
other turn's signals (coach.learn.signals), the judge (a finding per guideline), the confidence of each
finding (coach.confidence), the monkey verdict (progress), metrics, preparation coverage (when a card is
given); the Review is validated by its model.  Deterministic, pure Python (no scikit-learn at run time).
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager

from coach.errors import InputError
from coach.models import ActHit, Analysis, AnalysedTurn, Language, Review, ReviewOptions, SignalHit, Transcript


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


def read_manager_turn(text: str, lang: str, previous: str | None, phase: str | None,
                      position: float | None) -> tuple[list[ActHit], bool, dict[str, float]]:
    """The acts of one manager turn (learned, coach.learn.acts), whether it is only small talk, and every act's
    probability.  The one seam for the acts: tests put a stand-in here."""
    from coach.learn.acts import cached_reading

    from coach.tagger.injection import addresses_the_analyser

    reading = cached_reading(text, lang, previous, phase, position)
    hits = [ActHit(act=a.act, quote=a.quote, confidence=round(a.probability, 4)) for a in reading.acts
            if not addresses_the_analyser(a.quote)]  # words to the analyser are data, never an act
    if not hits and reading.acts:
        hits = [ActHit(act="other", quote=reading.acts[0].quote, confidence=1.0)]
    small = len(reading.acts) == 1 and reading.acts[0].act == "other" and reading.small_talk >= 0.5
    return hits, small, {k: round(v, 4) for k, v in reading.probabilities.items()}


BATCH_FROM = 400           # turns, or BATCH_FROM_CHARS characters: a longer transcript has its sentences scored
BATCH_FROM_CHARS = 200_000  # a window at a time (coach.learn.batch)
WINDOW = 1024               # turns per window at most,
WINDOW_CHARS = 500_000      # and characters (what a window holds while it is read stays bounded)


def _read_turns(transcript: Transcript, roles: dict[str, str], lang: str, phase: str | None,
                memo: dict | None = None) -> list[AnalysedTurn]:
    """Every turn with its role; manager turns with their acts (learned, with the phase and the position),
    the delegatee's and third persons' turns with their signals.  `memo` (coach.judge.context's) gets each
    turn's sentences while they are at hand, so the judge does not split a long transcript again."""
    from coach.learn.batch import runs
    from coach.signals import sentences

    turns: list[AnalysedTurn] = []
    # previous: the other speakers' last turn (context of a manager turn); last_manager: the manager's last turn
    state: dict = {"previous": None, "last_manager": None, "n": len(transcript.turns)}
    batch = state["n"] >= BATCH_FROM or sum(len(t.text) for t in transcript.turns) >= BATCH_FROM_CHARS
    for window in runs(transcript.turns, WINDOW, WINDOW_CHARS, lambda t: t.text):
        with _scored_together(window, roles, lang, phase, batch):
            for t in window:
                turns.append(_read_turn(t, roles[t.speaker], lang, phase, state))
                if memo is not None:
                    memo[("sentences", t.text)] = sentences(t.text)
    return turns


def _scored_together(window, roles: dict[str, str], lang: str, phase: str | None, batch: bool):
    from contextlib import nullcontext

    if not batch:
        return nullcontext()
    from coach.learn.batch import prepared, turn_jobs

    return prepared(turn_jobs([(roles[t.speaker], t.text) for t in window], lang, phase))


def _read_turn(t, role: str, lang: str, phase: str | None, state: dict) -> AnalysedTurn:
    from coach.learn.signals import read_signals, signal_probabilities

    data: dict = {"index": t.index, "speaker": t.speaker, "role": role, "text": t.text}
    if role == "manager" and t.text.strip():
        position = round(t.index / max(1, state["n"] - 1), 3)
        hits, small, probabilities = read_manager_turn(t.text, lang, state["previous"], phase, position)
        data.update(hits=[h for h in hits if h.quote in t.text], small_talk=small, act_probabilities=probabilities)
        state["last_manager"] = t.text
    elif role == "manager":
        data["hits"] = [ActHit(act="other", quote=t.text)] if t.text else []
    elif t.text.strip():
        found = read_signals(t.text, lang, state["last_manager"], phase)
        hits = [SignalHit(kind=x.kind, quote=x.quote, confidence=round(x.probability, 4)) for x in found]
        up = next((i for i, h in enumerate(hits) if h.kind == "hand_up"), None)
        if up is not None and not any(h.kind == "obstacle" for h in hits):  # an upward attempt is an obstacle too
            hits.insert(up + 1, hits[up].model_copy(update={"kind": "obstacle"}))
        data["signals"] = [h for h in hits if h.quote in t.text]
        data["signal_probabilities"] = signal_probabilities(t.text, lang, state["last_manager"], phase)
        if role == "delegatee":  # a third person's remark (a note-taker, a "System" line) is not what the manager answers
            state["previous"] = t.text
    return AnalysedTurn(**data)


def _analyse(transcript: Transcript, options: ReviewOptions, need_two: bool = True, detect_phase: bool = False,
             memo: dict | None = None) -> tuple[Analysis, bool, bool, str | None, float | None]:
    """The analysis (acts read with options.phase, or with the phase the conversation model reads when
    `detect_phase`), whether language and manager were detected, the phase and its probability."""
    from coach.roles import assign_roles

    _check(transcript, need_two)
    lang, lang_detected = _language(transcript, options)
    manager, manager_detected = _manager(transcript, options, lang)
    roles = assign_roles(transcript, manager)
    phase, confidence = options.phase, None
    if phase is None and detect_phase:  # from the words alone, before any act is read
        phase, confidence = _detect_phase(transcript, roles, lang, manager)
    turns = _read_turns(transcript, roles, lang, phase, memo)
    return Analysis(language=lang, manager=manager, turns=turns), lang_detected, manager_detected, phase, confidence


def _detect_phase(transcript: Transcript, roles: dict[str, str], lang: str, manager: str) -> tuple[str, float]:
    from coach.roles import detect_phase

    bare = Analysis(language=lang, manager=manager, turns=[
        AnalysedTurn(index=t.index, speaker=t.speaker, role=roles[t.speaker], text=t.text) for t in transcript.turns])
    phase, confidence = detect_phase(bare)
    return phase, round(confidence, 4)


def analyse(transcript: Transcript, options: ReviewOptions | None = None) -> Analysis:
    """Language, manager, roles and the acts of every manager turn (tagged with options.phase
    when given, else without a phase).

    For the role-play's live hints: with options.manager given, a session in which only the
    manager has spoken yet can be analysed too (a review needs both speakers)."""
    options = options or ReviewOptions()
    return _analyse(transcript, options, need_two=options.manager is None)[0]


def judge_findings(transcript: Transcript, options: ReviewOptions | None = None) -> list:
    """The findings of review_transcript (the same statuses and evidence) without what only the
    full review needs (confidence, metrics, the monkey trace): the role-play's live hint asks for
    them after every turn, and confidence alone costs more than half of a review."""
    from coach.judge import build_context, judge_context

    options = options or ReviewOptions()
    analysis, _, _, phase, _ = _analyse(transcript, options, detect_phase=True)
    return judge_context(build_context(analysis, options), phase)


_PAUSE = {"lock": threading.Lock(), "inside": 0, "owner": False}


@contextmanager
def collector_paused():
    """Pause Python's cycle collector while a review runs (reentrant, across threads: the last review to
    finish turns it back on if it was on).  A review of a long transcript makes millions of short-lived
    objects without cycles (reference counting frees them); each full collection scans every live object,
    which cost a 5 MB transcript about 6 s of its 11 (README, Speed).  Results do not depend on it."""
    with _PAUSE["lock"]:
        if _PAUSE["inside"] == 0:
            _PAUSE["owner"] = gc.isenabled()
            gc.disable()
        _PAUSE["inside"] += 1
    try:
        yield
    finally:
        with _PAUSE["lock"]:
            _PAUSE["inside"] -= 1
            if _PAUSE["inside"] == 0 and _PAUSE["owner"]:
                gc.enable()


def review_transcript(transcript: Transcript, options: ReviewOptions | None = None) -> Review:
    """The offline review (see the module docstring), with the cycle collector paused (collector_paused)."""
    with collector_paused():
        return _review(transcript, options)


def _review(transcript: Transcript, options: ReviewOptions | None = None) -> Review:
    from coach.confidence import finding_confidence
    from coach.judge import build_context, judge_context
    from coach.judge.preparation import preparation_coverage
    from coach.metrics import compute_metrics
    from coach.monkey import monkey_trace

    options = options or ReviewOptions()
    memo: dict = {}  # the turns' sentences and experience, read once for the judge and every confidence draw
    analysis, lang_detected, manager_detected, phase, phase_confidence = _analyse(transcript, options, detect_phase=True,
                                                                                  memo=memo)
    ctx = build_context(analysis, options, memo)
    findings = judge_context(ctx, phase)
    confidence = finding_confidence(analysis, options, phase, findings, memo)
    data = {
        "language": analysis.language,
        "phase": phase,
        "engine": "offline",
        "manager": analysis.manager,
        "manager_detected": manager_detected,
        "phase_detected": options.phase is None,
        "phase_confidence": phase_confidence,
        "language_detected": lang_detected,
        "delegatee_kind": "network" if ctx.network else "employee",
        "turns": [
            {"index": t.index, "speaker": t.speaker, "role": t.role, "text": t.text,
             "acts": (t.acts or ["other"]) if t.role == "manager" else [],
             "signals": [s.kind for s in t.signals], "small_talk": t.small_talk}
            for t in analysis.turns
        ],
        "findings": [f.model_dump() | {"confidence": confidence[f.guideline][0], "sure": confidence[f.guideline][1]}
                     for f in findings],
        "monkey": monkey_trace(ctx).verdict().model_dump() if phase == "progress" else None,
        "metrics": compute_metrics(analysis).model_dump(),
    }
    if options.preparation is not None and not options.preparation.is_empty():
        data["preparation"] = [p.model_dump() for p in preparation_coverage(ctx, options.preparation)]
    return Review.model_validate(data)
