"""Did the conversation cover the preparation card (the form: "Zorg dat je vooraf het resultaat,
de instructie en de te nemen tussenstappen op een rij zet")?

    preparation_coverage(ctx, card) -> list[PreparedItem]

Per prepared item: `yes` when the manager said it (the matching act, and most
of the prepared content words come back), `partly` when only the act or only
some of the words appear, `no` otherwise.  Words are compared on a short stem
so "begroting"/"begrotingen" and "approve"/"approved" match.
"""

from __future__ import annotations

import re

from coach import signals
from coach.judge.context import Context, Hit
from coach.models import PreparationCard, PreparedItem

_ITEM_ACTS = {"result": ("result",), "instruction": ("instruction",), "steps": ("checkpoint",)}
_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)
_STOP = frozenset(
    "deze dit dat die een het voor van met naar door over onder zijn wordt worden heeft hebben moet moeten kunnen "
    "zodat omdat maar want waar wanneer welke ook nog niet geen alle veel meer jouw mijn ons onze hun zelf "
    "this that with from into have will would should could must been being about your their them they what when "
    "which there here also just only more most some than then very need needs".split())
YES_SHARE = 0.5
PARTLY_SHARE = 0.3


def _stems(text: str) -> set[str]:
    return {w.lower()[:5] for w in _WORD.findall(text) if w.lower() not in _STOP}


def _share(prepared: set[str], said: str) -> float:
    if not prepared:
        return 0.0
    return len(prepared & _stems(said)) / len(prepared)


def _best_sentence(ctx: Context, prepared: set[str]) -> tuple[float, Hit | None]:
    best: tuple[float, Hit | None] = (0.0, None)
    for turn in ctx.manager_turns:
        for sentence in signals.sentences(turn.text):
            share = _share(prepared, sentence)
            if share > best[0]:
                best = (share, Hit(turn, "sentence", sentence))
    return best


def _cover(ctx: Context, item: str, text: str) -> PreparedItem:
    prepared = _stems(text)
    hits = ctx.hits(*_ITEM_ACTS[item])
    act_share = max((_share(prepared, h.turn.text) for h in hits), default=0.0)
    said_share, sentence = _best_sentence(ctx, prepared)
    if hits and (act_share >= YES_SHARE or len(prepared) <= 1):
        covered = "yes"
    elif said_share >= YES_SHARE + 0.1 or hits or said_share >= PARTLY_SHARE:
        covered = "partly"
    else:
        covered = "no"
    evidence = [h.evidence() for h in sorted(hits, key=lambda h: -_share(prepared, h.turn.text))[:2]]
    if not evidence and sentence is not None and covered != "no":
        evidence = [sentence.evidence()]
    return PreparedItem(item=item, prepared=text.strip(), covered=covered, evidence=evidence)


def preparation_coverage(ctx: Context, card: PreparationCard) -> list[PreparedItem]:
    out: list[PreparedItem] = []
    for item, text in (("result", card.result), ("instruction", card.instruction), ("steps", card.steps)):
        if text.strip():
            out.append(_cover(ctx, item, text))
    return out
