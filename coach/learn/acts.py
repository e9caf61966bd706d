"""The acts of a manager turn, learned (labels.md section 1).

    read_turn(text, lang, previous=None, phase=None, position=None) -> TurnReading

The `questions` model decides whether the turn asks and of which type (one per turn); where form
decides, a rule overrules it: a sentence in interrogative form (wh-word or verb first, or a tag) that ends
in a question mark asks, so the turn gets the question type the model finds most likely; the `acts` model
decides the content acts, each above its own threshold, and whether the turn is only small talk (then its
act is `other`: labels.md).  Every act quotes the sentence that carries it most (the turn's score is the
sum of its sentences'); a question quotes the sentence whose form is a question.
"""

from __future__ import annotations

from dataclasses import dataclass
from coach.learn import scoring
from coach.learn.features import BUCKET_POSITION, context_features, position_bucket
from coach.learn.form import read_form
from coach.learn.lemmas import load_lemmas
from coach.learn.linear import LinearModel, load_model, register_cache
from coach.learn.memo import memoised
from coach.learn.signals import signals_in

QUESTION_TYPES = ("open_question", "closed_question", "leading_question")


@dataclass(frozen=True)
class ActReading:
    act: str
    quote: str
    probability: float


@dataclass(frozen=True)
class TurnReading:
    acts: tuple[ActReading, ...]
    small_talk: float            # probability that the whole turn is small talk
    probabilities: dict          # every act's probability (question types: the softmax)


def read_turn(text: str, lang: str, previous: str | None = None, phase: str | None = None,
              position: float | None = None, models: dict[str, LinearModel] | None = None) -> TurnReading:
    acts_model = (models or {}).get("acts") or load_model("acts")
    q_model = (models or {}).get("questions") or load_model("questions")
    lemmas = load_lemmas().get(lang, {})
    prev_sig = None
    if acts_model.meta.get("stacked_signals"):  # what the signals model reads in the other's previous turn
        prev_sig = signals_in((models or {}).get("signals") or load_model("signals"), previous, lang, lemmas)
    sentences, features = scoring.sentences_of(text), scoring.Features(lang, lemmas, phase)
    ctx = context_features(lang, previous, phase, position, lemmas, text, previous_signals=prev_sig)
    return _reading(sentences, features, ctx, lang, acts_model, q_model)


def _reading(sentences, features, ctx, lang, acts_model, q_model) -> TurnReading:
    sent_a, probs_a = scoring.read_sentences(acts_model, sentences, features, ctx)
    sent_q, probs_q = scoring.read_sentences(q_model, sentences, features, ctx)
    chosen = acts_model.chosen(probs_a)
    small = probs_a.get("small_talk", 0.0)
    probabilities = {k: v for k, v in probs_a.items()} | {k: v for k, v in probs_q.items() if k != "none"}
    if "small_talk" in chosen:
        return TurnReading((ActReading("other", sentences[0], small),), small, probabilities)
    out: list[ActReading] = []
    forms = [read_form(s, lang) for s in sentences]
    qtype = max(probs_q, key=probs_q.get)
    if qtype == "none" and any(f.mark and (f.wh or f.inverted or f.tag) for f in forms):
        # form decides (labels.md: every question gets a type): an interrogative with a question mark asks
        qtype = max(QUESTION_TYPES, key=probs_q.get)
    if qtype != "none":
        j = q_model.labels.index(qtype)
        asking = [i for i, f in enumerate(forms) if f.question] or list(range(len(sentences)))
        best = max(asking, key=lambda i: sent_q[i][j])
        out.append(ActReading(qtype, sentences[best], probs_q[qtype]))
    for act in chosen:
        if act == "small_talk":
            continue
        j = acts_model.labels.index(act)
        best = max(range(len(sentences)), key=lambda i: sent_a[i][j])
        out.append(ActReading(act, sentences[best], probs_a[act]))
    if not out:
        out.append(ActReading("other", sentences[0], 1.0 - max([p for k, p in probs_a.items() if k != "small_talk"] + [1 - probs_q["none"]])))
    return TurnReading(tuple(out), small, probabilities)


def cached_reading(text: str, lang: str, previous: str | None, phase: str | None, position: float | None) -> TurnReading:
    """read_turn, remembered.  The position counts only through its bucket (features.position_bucket), so
    a turn read again as the conversation grows (the live hint judges it after every turn) is found here
    until it falls into another part of the conversation."""
    return _bucket_reading(text, lang, previous, phase, position_bucket(position))


@memoised(16384, 4_000_000)  # entries; characters of the turns and their previous turns
def _bucket_reading(text: str, lang: str, previous: str | None, phase: str | None, bucket: str | None) -> TurnReading:
    return read_turn(text, lang, previous, phase, BUCKET_POSITION[bucket])


register_cache(_bucket_reading.cache_clear)
