"""Phrases -> the delegatee's words: fill in the scenario's content, choose variants deterministically
for a seed, and never say a whole reply twice in a storyline.

    render(session, moves, turn_no, seed, extra) -> str
"""

from __future__ import annotations

import itertools
import random
import re

from coach.roleplay.agreements import record_sentences
from coach.roleplay.content import Phrasebook, get_persona, get_scenario, load_phrasebook
from coach.roleplay.models import Persona, Scenario, Session

NO_NAME = "manager"  # the speaker label used when no name was given: never said to the user


def address(session: Session) -> str:
    """How the delegatee addresses the manager: the name, or nothing (never "Manager")."""
    name = " ".join((session.manager_name or "").split())
    return "" if name.lower() == NO_NAME else name


def said_replies(session: Session) -> list[str]:
    """Every earlier reply of the delegatee in this storyline."""
    return list(session.earlier_replies) + [t.text for t in session.turns if t.role == "delegatee"]


def agreed_own(session: Session) -> str:
    """The agreements so far, in the delegatee's words."""
    return " ".join(record_sentences(session.agreements.record, session.language))


def _pick_unsaid(items: list[str], said: str, rng: random.Random) -> list[str]:
    fresh = [x for x in items if x not in said]
    stale = [x for x in items if x in said]
    rng.shuffle(fresh)
    return fresh + stale


def _values(session: Session, sc: Scenario, persona: Persona, book: Phrasebook, rng: random.Random, said: str,
            extra: dict) -> dict:
    lang, d = session.language, book.defaults
    facts = _pick_unsaid(list(sc.facts.get(lang, [])), said, rng) or [d.get("status", "")]
    options = [o for o in sc.options.get(lang, []) if o not in said] + [o for o in sc.options.get(lang, []) if o in said]
    options = options or facts
    get = lambda b, key: b.get(lang) if b is not None else d.get(key, "")  # noqa: E731
    record = session.agreements.record
    result_own = record_sentences(record.model_copy(update={"mandate": [], "checkpoints": [], "next_step": "",
                                                             "monkey": "open"}), lang)
    values = {
        "name": persona.name,
        "manager": address(session),
        "task": sc.task.get(lang),
        "result": sc.result.get(lang),
        "obstacle": sc.obstacle.get(lang),
        "contact": get(sc.contact, "contact"),
        "status": get(sc.status, "status"),
        "first_step": get(sc.first_step, "status"),
        "outcome": sc.outcome.get(lang) if sc.outcome else sc.result.get(lang),
        "went_well": get(sc.went_well, "went_well"),
        "lesson": get(sc.lesson, "lesson"),
        "checkpoint": get(sc.suggested_checkpoint, "status"),
        "fact": facts[0],
        "option": options[0],
        "option2": options[1] if len(options) > 1 else facts[0],
        "agreed_own": agreed_own(session) or sc.result.get(lang),
        "result_own": (result_own[0] if result_own else sc.result.get(lang).rstrip(".") + "."),
        "agreed": record.result or sc.result.get(lang),
    }
    values.update(extra)
    return values


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


def fill(template: str, values: dict) -> str:
    text = " ".join(template.format_map(_Blank(values)).split())
    text = re.sub(r"\s+([,.!?;:])", r"\1", text)           # "Hoi , je" -> "Hoi, je" (no name)
    text = re.sub(r"([.!?])\s*\.", r"\1", text)             # "... klaar.." -> "... klaar."
    return text


def _variants(session: Session, moves: list[str], turn_no: int, seed: int, extra: dict) -> list[list[str]]:
    """Per move, its filled variants, best first (unsaid before said; deterministic for the seed)."""
    book = load_phrasebook(session.language)
    scenario = get_scenario(session.scenario_id)
    persona = get_persona(session.persona_id)
    said = " ".join(said_replies(session))
    out: list[list[str]] = []
    for move in moves:
        rng = random.Random(f"{seed}:{session.scenario_id}:{session.persona_id}:{session.phase}:{turn_no}:{move}")
        values = _values(session, scenario, persona, book, rng, said + " ".join(v[0] for v in out), extra)
        variants = list(dict.fromkeys(fill(v, values) for v in book.phrases.get(move) or book.phrases["ack"]))
        fresh = [v for v in variants if v not in said]
        rest = [v for v in variants if v in said]
        rng.shuffle(fresh)
        rng.shuffle(rest)
        out.append(fresh + rest)
    return out


def render(session: Session, moves: list[str], turn_no: int, seed: int = 0, extra: dict | None = None) -> str:
    """The reply for `moves`; never one the delegatee already gave in this storyline."""
    options = _variants(session, moves, turn_no, seed, extra or {})
    said = set(said_replies(session))
    combos = itertools.islice(itertools.product(*options), 200)
    first = ""
    for combo in combos:
        text = " ".join(" ".join(combo).split())
        first = first or text
        if text not in said:
            return text
    again = load_phrasebook(session.language).phrases.get("again") or ["-"]
    for lead, combo in itertools.product(again, itertools.islice(itertools.product(*options), 50)):
        text = " ".join(f"{lead} {' '.join(combo)}".split())
        if text not in said:
            return text
    return first  # pragma: no cover - more repeats than phrasings
