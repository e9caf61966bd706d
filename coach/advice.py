"""Advice texts for findings, in the conversation's language (phrasings are data: prompts/feedback/*.yaml).

    advise(lang, guideline, key, quote=..., other=...) -> str
    open_question_for(text, lang) -> str     the open question that could replace a piece of advice

`key` is a status (met, partly, missed, not_applicable) or a variant of one
("missed_late"); a missing variant falls back to its status.  Slots the
templates may use: {quote} (the manager's own words), {question} (an open
question instead of {quote}), {other} (the delegatee's words) and {example}
(the guideline's example phrasing from the catalogue).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, Field

from coach.catalogue import get_catalogue
from coach.datafiles import load_yaml_model
from coach.errors import CoachError
from coach.paths import prompts_dir

STATUSES = ("met", "partly", "missed", "not_applicable")


class _Rewrite(BaseModel):
    match: str
    question: str = Field(min_length=1)


class FeedbackPhrases(BaseModel):
    open_questions: list[_Rewrite] = Field(default_factory=list)
    default_question: str = Field(min_length=1)
    next_step_question: str = Field(min_length=1)
    advice: dict[str, dict[str, str]]


class _Phrasebook:
    def __init__(self, phrases: FeedbackPhrases, source: str):
        self.phrases = phrases
        try:
            self.rewrites = [(re.compile(r.match, re.IGNORECASE), r.question) for r in phrases.open_questions]
        except re.error as exc:
            raise CoachError(f"{source}: invalid pattern in open_questions ({exc}); fix the file") from exc


def _phrasebook(lang: str) -> _Phrasebook:
    return _load(str(prompts_dir() / "feedback" / f"{lang}.yaml"))


@lru_cache(maxsize=8)
def _load(name: str) -> _Phrasebook:
    path = Path(name)
    if not path.is_file():
        raise CoachError(f"feedback phrases {path} not found; reinstall coach or set COACH_PROMPTS_DIR")
    return _Phrasebook(load_yaml_model(path, FeedbackPhrases), str(path))


def _lang(lang: str) -> str:
    return "nl" if lang == "nl" else "en"


class _Slots(dict):
    def __missing__(self, key: str) -> str:  # an unknown slot stays visible rather than crashing
        return "{" + key + "}"


def open_question_for(text: str, lang: str) -> str:
    """An open question that lets the delegatee find what `text` (advice, a leading question) gives away."""
    book = _phrasebook(_lang(lang))
    for rx, question in book.rewrites:
        if rx.search(text):
            return question
    return book.phrases.default_question


def next_step_question(lang: str) -> str:
    return _phrasebook(_lang(lang)).phrases.next_step_question


def advise(lang: str, guideline: str, key: str, quote: str = "", other: str = "", question: str | None = None) -> str:
    """The advice text for one finding; `question` defaults to the open question for `quote`."""
    lang = _lang(lang)
    book = _phrasebook(lang)
    texts = book.phrases.advice.get(guideline, {})
    status = next((s for s in STATUSES if key == s or key.startswith(s + "_")), key)
    template = texts.get(key) or texts.get(status)
    example = get_catalogue().get(guideline).example.get(lang) if guideline in get_catalogue() else ""
    if template is None:
        return example if status in ("partly", "missed") else ""
    if question is None:
        question = open_question_for(quote, lang) if quote else book.phrases.default_question
    slots = _Slots(quote=_short(quote), other=_short(other), question=question, example=example)
    return template.format_map(slots)


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def check_phrasebooks() -> list[str]:
    """Problems in the feedback files: a guideline of the catalogue without met/partly/missed text."""
    problems: list[str] = []
    for lang in ("nl", "en"):
        texts = _phrasebook(lang).phrases.advice
        for g in get_catalogue().guidelines:
            for status in ("met", "partly", "missed"):
                have = texts.get(g.id, {})
                if status not in have and not any(k.startswith(status + "_") for k in have):
                    problems.append(f"{lang}: {g.id} has no {status!r} text")
    return problems
