"""The act tagger: which acts of labels.md a manager utterance carries (offline, nl + en).

Interface (stable; the judge, the evaluation, the role-play and the web app use it):

    tag_turn(text, lang, previous=None, *, phase=None, position=None) -> list[ActHit]

`previous` is the other speaker's turn just before (a summary needs their words; a directive that answers a
problem they raised is advice), `phase` the conversation (labels.md: a how-to is instruction when handing
over and advice in progress), `position` where the turn falls in the conversation (0 = first, 1 = last).

The acts are learned (coach.learn.acts): logistic regression over words, lemmas, character n-grams, the
question form (coach.learn.form, the one rule layer: form decides) and the context, trained on the labelled
turns of many writers by eval/tools/train_models.py.  Every ActHit quotes the sentence that carries the act
(a verbatim substring of `text`) and has the model's probability as `confidence`.  The result obeys
models.check_act_set: at least one act, `other` alone, at most one question type; a turn that is only small
talk is `other` (labels.md).
"""

from __future__ import annotations

from coach.errors import InputError
from coach.models import PHASES, ActHit, Language, Phase

__all__ = ["is_small_talk", "tag_turn"]


def _check(text: object, previous: object, phase: object) -> None:
    if not isinstance(text, str):
        raise InputError("a turn's text must be a string; pass the words the manager said")
    if previous is not None and not isinstance(previous, str):
        raise InputError("`previous` must be the text of the other's previous turn, or None")
    if phase is not None and phase not in PHASES:
        raise InputError(f"unknown phase {phase!r}; use one of: {', '.join(PHASES)}, or leave it out")


def tag_turn(text: str, lang: Language, previous: str | None = None, *, phase: Phase | None = None,
             position: float | None = None) -> list[ActHit]:
    """The acts of one manager turn, each with the verbatim sentence that carries it."""
    from coach.learn.acts import cached_reading

    _check(text, previous, phase)
    if not text.strip():
        return [ActHit(act="other", quote=text)]
    reading = cached_reading(text, lang, previous, phase, None if position is None else round(position, 3))
    return [ActHit(act=a.act, quote=a.quote, confidence=round(a.probability, 4)) for a in reading.acts]


def is_small_talk(text: str, lang: Language, previous: str | None = None, *, phase: Phase | None = None,
                  position: float | None = None) -> bool:
    """Is the whole turn small talk (labels.md: never the manager's evidence)?"""
    from coach.learn.acts import cached_reading

    _check(text, previous, phase)
    if not text.strip():
        return False
    reading = cached_reading(text, lang, previous, phase, None if position is None else round(position, 3))
    return len(reading.acts) == 1 and reading.acts[0].act == "other" and reading.small_talk >= 0.5
