"""What was agreed in a conversation, carried into the next phase of the storyline.

From the manager turns' acts of a finished conversation:

    result      <- turns carrying `result`       ("Ik wil vrijdag een rooster dat ...")
    instruction <- turns carrying `instruction`  ("Je mag tot 5.000 euro zelf beslissen.")
    checkpoints <- turns carrying `checkpoint`   ("Laten we donderdag de opzet bespreken.")
    next_steps  <- turns carrying `monkey_back`  ("Laat je me vrijdag weten wat je kiest?")

in the manager's own words: the words the tagger quotes for the act when it
gives them, else the whole turn.
"""

from __future__ import annotations

from collections.abc import Callable

from coach.roleplay.models import Agreements, Session

FIELD_OF_ACT = {
    "result": "result",
    "instruction": "instruction",
    "checkpoint": "checkpoints",
    "monkey_back": "next_steps",
}


def _quotes(text: str, lang: str, previous: str | None, tagger: Callable | None) -> dict[str, list[str]]:
    """act -> the verbatim words that carry it, from the tagger (empty when it cannot say)."""
    if tagger is None:
        from coach.tagger import tag_turn as tagger
    try:
        hits = tagger(text, lang, previous)
    except NotImplementedError:
        return {}
    out: dict[str, list[str]] = {}
    for h in hits:
        act = getattr(getattr(h, "act", None), "value", None)
        quote = getattr(h, "quote", None)
        if act and quote and quote in text:
            out.setdefault(act, []).append(quote.strip())
    return out


def _add(items: list[str], text: str) -> None:
    text = " ".join(text.split())
    if text and text not in items:
        items.append(text)


def extract_agreements(session: Session, tagger: Callable | None = None) -> Agreements:
    """The agreements made in this session's manager turns (uses turn.acts; the tagger only for quotes)."""
    found = Agreements()
    previous: str | None = None
    for turn in session.turns:
        if turn.role != "manager":
            previous = turn.text
            continue
        wanted = [a for a in turn.acts if a in FIELD_OF_ACT]
        if not wanted:
            continue
        quotes = _quotes(turn.text, session.language, previous, tagger)
        for act in wanted:
            target = getattr(found, FIELD_OF_ACT[act])
            for q in quotes.get(act) or [turn.text]:
                _add(target, q)
    return found


def merge_agreements(*parts: Agreements) -> Agreements:
    """Earlier agreements first; duplicates dropped."""
    out = Agreements()
    for part in parts:
        for name in ("result", "instruction", "checkpoints", "next_steps"):
            for item in getattr(part, name):
                _add(getattr(out, name), item)
    return out


def scenario_agreements(result: str, checkpoint: str | None) -> Agreements:
    """Stand-in agreements for a progress or final session started without an earlier one."""
    return Agreements(result=[result], checkpoints=[checkpoint] if checkpoint else [])
