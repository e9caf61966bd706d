"""The signals of the other speakers' turns, learned (labels.md section 4): obstacle, hand_up, hand_back,
commitment, small_talk (none of them: `other`).  Each with its probability and the sentence that carries it."""

from __future__ import annotations

from dataclasses import dataclass
from coach.learn import scoring
from coach.learn.features import context_features
from coach.learn.lemmas import load_lemmas
from coach.learn.linear import LinearModel, load_model, register_cache
from coach.learn.memo import memoised


@dataclass(frozen=True)
class SignalReading:
    kind: str
    quote: str
    probability: float


def read_signals(text: str, lang: str, previous: str | None = None, phase: str | None = None) -> tuple[SignalReading, ...]:
    """The signals chosen (each above its threshold), with the sentence carrying each."""
    return _read(text, lang, previous, phase)[0]


def signal_probabilities(text: str, lang: str, previous: str | None = None, phase: str | None = None) -> dict[str, float]:
    """Every signal's probability (for coach.confidence)."""
    return _read(text, lang, previous, phase)[1]


def signals_in(model: LinearModel, text: str | None, lang: str, lemmas: dict[str, str]) -> list[str]:
    """The signals `model` chooses for a turn read on its own, without context (what a manager turn's
    features say about the other's previous turn, in training and at run time alike)."""
    if not text or not text.strip():
        return []
    ctx = context_features(lang, None, None, None, lemmas, text)
    return scoring.chosen_in(model, scoring.sentences_of(text), scoring.Features(lang, lemmas, None), ctx, text)


@memoised(16384, 4_000_000)  # entries; characters of the turns and their context
def _read(text: str, lang: str, previous: str | None, phase: str | None) -> tuple[tuple[SignalReading, ...], dict[str, float]]:
    if not text.strip():
        return (), {}
    model = load_model("signals")
    lemmas = load_lemmas().get(lang, {})
    sentences = scoring.sentences_of(text)
    ctx = context_features(lang, previous, phase, None, lemmas, text)
    sent, probs = scoring.read_sentences(model, sentences, scoring.Features(lang, lemmas, phase), ctx)
    carrier = {kind: max(range(len(sentences)), key=lambda i: sent[i][model.labels.index(kind)])
               for kind in model.chosen(probs)}
    out = [SignalReading(kind, sentences[carrier[kind]], probs[kind]) for kind in exclusive(carrier, probs)]
    return tuple(out), probs


def exclusive(carrier: dict[str, int], probs: dict[str, float]) -> list[str]:
    """The chosen signals (in order), where small talk and a task signal carried by the same sentence exclude
    each other (labels.md: small talk is talk outside the task; the other signals are about the task): the
    more probable one stays (a counter-question "En jij?" is small talk, not a hand-up).  A turn with small
    talk in one sentence and a task signal in another keeps both.  `coach eval --suite cv` measures it."""
    talk = carrier.get("small_talk")
    if talk is None:
        return list(carrier)
    rivals = [k for k, i in carrier.items() if k != "small_talk" and i == talk]
    if any(probs[k] >= probs["small_talk"] for k in rivals):
        return [k for k in carrier if k != "small_talk"]
    return [k for k in carrier if k not in rivals]


register_cache(_read.cache_clear)
