"""What a whole conversation is, learned: which of the form's three conversations (phase) and whether the
delegatee is a network contact, each with a probability (coach reports it as its confidence)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from coach.learn.lemmas import load_lemmas
from coach.learn.linear import load_model, register_cache
from coach.learn.memo import memoised


@dataclass(frozen=True)
class ConversationReading:
    phase: str
    phase_probabilities: dict[str, float]
    network: float  # probability that the delegatee is a network contact

    @property
    def phase_confidence(self) -> float:
        return self.phase_probabilities[self.phase]


def read_conversation(turns: Sequence[tuple[str, str]], lang: str) -> ConversationReading:
    """`turns`: (role, text) with role "manager" or anything else, in order.  Cached: the phase, the judge's
    network question and every confidence draw read the same conversation."""
    return _read(tuple(turns), lang)


@memoised(256, 12_000_000)  # characters: two conversations at the 5 MB limit
def _read(turns: tuple[tuple[str, str], ...], lang: str) -> ConversationReading:
    from coach.learn.train_features import conversation_features

    feats = conversation_features(turns, lang, load_lemmas())
    phase_probs = load_model("phase").predict(feats)
    network = load_model("network").predict(feats)["network"]
    return ConversationReading(max(phase_probs, key=phase_probs.get), phase_probs, network)


register_cache(_read.cache_clear)
