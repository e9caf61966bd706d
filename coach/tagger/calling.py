"""Calling an injected act tagger with the conversation phase, when it takes one.

The evaluation suites and the role-play accept any `tagger(text, lang, previous)`
(tests inject small fakes); the real `tag_turn` also takes `phase=`.  This passes
the phase to taggers whose signature has a `phase` keyword (or **kwargs) and
leaves it out for the others.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from functools import lru_cache


@lru_cache(maxsize=64)
def _takes_phase(tagger: Callable) -> bool:
    try:
        params = inspect.signature(tagger).parameters.values()
    except (TypeError, ValueError):  # a builtin or a callable without a signature
        return False
    return any(p.name == "phase" or p.kind is inspect.Parameter.VAR_KEYWORD for p in params)


def takes_phase(tagger: Callable) -> bool:
    try:
        return _takes_phase(tagger)
    except TypeError:  # an unhashable callable
        return False


def call_tagger(tagger: Callable, text: str, lang: str, previous: str | None, phase: str | None) -> list:
    """tagger(text, lang, previous[, phase=phase])."""
    if phase is not None and takes_phase(tagger):
        return tagger(text, lang, previous, phase=phase)
    return tagger(text, lang, previous)
