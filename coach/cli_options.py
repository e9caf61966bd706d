"""Option values shared by the commands, checked with one-line errors."""

from __future__ import annotations

from coach.errors import InputError

PHASES = ("delegation", "progress", "final")
LANGS = ("nl", "en")
ENGINES = ("auto", "offline", "llm")


def choice(option: str, value: str | None, choices: tuple[str, ...]) -> str | None:
    """The value, lower-cased, when it is one of `choices`; None stays None; anything else is an InputError."""
    if value is None:
        return None
    v = value.strip().lower()
    if v not in choices:
        raise InputError(f"{option} {value!r} is not one of {', '.join(choices)}; pick one of these")
    return v
