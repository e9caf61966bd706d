"""What the learned models see of a turn.  Shared by training (eval/tools/train_models.py) and inference.

A turn is a list of sentences; every feature belongs to one sentence (so a turn's score is the sum of its
sentences' scores and the sentence that carries an act can be found) or to the turn's context (the
previous turn, the phase, the position, the language).  Features are strings; a model maps them to weights.

Per sentence: lower-cased word unigrams and bigrams, lemmas (a table made with simplemma at training time
and shipped with the weights, so no lemma dictionary is loaded when a review starts), character 3- and
4-grams inside words, the first two and the last word, the question form of coach.learn.form, numbers and
amounts as shapes.  Phase-dependent boundaries (labels.md: a how-to is instruction when handing over and
advice in progress) are learned from lemma x phase conjunctions.  Context: lemmas of the other's previous
turn (prefixed), how many of this turn's content words that turn used, whether it asked a question, the
phase, the relative position in the conversation, the language.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from coach.learn.form import read_form
from coach.learn.memo import BoundedMemo
from coach.tagger.sentences import sentence_spans

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,:]\d+)*|[?€$%]")
_STOP = {
    "nl": frozenset("de het een en of maar dat die dit deze je jij u ik we wij ze zij hij is zijn was er in op aan "
                    "van voor met te om dan al nog wel niet ook zo nou ja eh dus als bij naar uit".split()),
    "en": frozenset("the a an and or but that this these those you i we they he she it is are was were there in on at "
                    "to of for with so then also just yeah well um uh as by from".split()),
}


def tokens(sentence: str) -> list[str]:
    # the curly apostrophe straightened before, not in each token: _TOKEN treats both alike, so the same tokens
    return _TOKEN.findall(sentence.lower().replace("’", "'"))


def _shape(tok: str) -> str:
    if tok[0].isdigit():
        return "NUM"
    return tok


def _word_features(tok: str, lem: str, phase: str | None) -> tuple[str, ...]:
    """The features of one word that do not depend on its neighbours (words recur: made once each, if at most
    LONGEST_WORD characters long: a word's features are about twice its length, so the cache stays bounded)."""
    return _known_word(tok, lem, phase) if len(tok) <= LONGEST_WORD else _made(tok, lem, phase)


LONGEST_WORD = 24


@lru_cache(maxsize=65536)  # C-speed hits: a 5 MB transcript asks for its words millions of times
def _known_word(tok: str, lem: str, phase: str | None) -> tuple[str, ...]:
    return _made(tok, lem, phase)


def _made(tok: str, lem: str, phase: str | None) -> tuple[str, ...]:
    feats = ["l:" + lem]
    if phase:
        feats.append(phase[0] + ":" + lem)
    if len(tok) > 2 and tok != "NUM":
        padded = f"<{tok}>"
        for n in (3, 4):
            feats.extend("c:" + padded[j:j + n] for j in range(len(padded) - n + 1))
    return tuple(feats)


def sentence_features(sentence: str, lang: str, lemmas: Mapping[str, str], phase: str | None) -> list[str]:
    """The features of one sentence (see the module docstring)."""
    toks = [_shape(t) for t in tokens(sentence)]
    feats: list[str] = []
    lems = [lemmas.get(t, t) for t in toks]
    for i, tok in enumerate(toks):
        feats.append("w:" + tok)
        if i:
            feats.append("b:" + toks[i - 1] + "_" + tok)
        feats.extend(_word_features(tok, lems[i], phase))
    if toks:
        feats.append("f1:" + toks[0])
        feats.append("e1:" + toks[-1])
        if len(toks) > 1:
            feats.append("f2:" + toks[0] + "_" + toks[1])
    form = read_form(sentence, lang).features()
    feats.extend("q:" + f for f in form)
    if phase:
        feats.extend(f"q{phase[0]}:" + f for f in form)
    return feats


_RECENT = BoundedMemo(512, 2_000_000)  # a turn's content lemmas serve its own context and the next turn's
_SAID = BoundedMemo(8192, 1_000_000)    # the content lemmas of recent sentences (a sentence said again)


def content_lemmas(text: str, lang: str, lemmas: Mapping[str, str]) -> frozenset[str]:
    """The lemmas of the content words of a turn: those of its sentences together (no word spans two
    sentences: only white space lies between them)."""
    from coach.signals import sentences

    key = (text, lang, id(lemmas))
    found = _RECENT.get(key)
    if found is None:
        found = frozenset().union(*[_sentence_lemmas(s, lang, lemmas) for s in sentences(text) or [text]])
        _RECENT.put(key, found)
    return found


def position_bucket(position: float | None) -> str | None:
    """The part of the conversation a turn's relative position falls in: the only way the position
    is a feature (so two positions in one bucket read a turn alike)."""
    if position is None:
        return None
    return "first" if position <= 0.0 else ("early" if position < 0.25 else ("mid" if position < 0.75 else "late"))


BUCKET_POSITION = {None: None, "first": 0.0, "early": 0.1, "mid": 0.5, "late": 0.9}  # one position in each bucket


def _sentence_lemmas(sentence: str, lang: str, lemmas: Mapping[str, str]) -> frozenset[str]:
    """The lemmas of the sentence's content words (remembered)."""
    key = (sentence, lang, id(lemmas))
    found = _SAID.get(key)
    if found is None:
        words = {t for t in set(tokens(sentence)) if len(t) > 3 and not t[0].isdigit()} - _STOP["nl" if lang == "nl" else "en"]
        found = frozenset([lemmas.get(t, t) for t in words])
        _SAID.put(key, found)
    return found


def content_lemma(tok: str, lang: str, lemmas: Mapping[str, str]) -> str | None:
    """The lemma of a token if it is a content word (as _sentence_lemmas counts them), else None."""
    if len(tok) > 3 and not tok[0].isdigit() and tok not in _STOP["nl" if lang == "nl" else "en"]:
        return lemmas.get(tok, tok)
    return None


def remember_lemmas(lang: str, lemmas: Mapping[str, str], said: list[tuple[str, list]]) -> None:
    """Remember the content lemmas of these sentences, given per sentence as its tokens' content_lemma
    (coach.learn.layout reads every sentence of a window before its turns' contexts ask for these)."""
    _SAID.put_many([((sentence, lang, id(lemmas)), frozenset(found).difference(_NONE)) for sentence, found in said])


_NONE = (None,)


def context_features(lang: str, previous: str | None, phase: str | None, position: float | None,
                     lemmas: Mapping[str, str], turn_text: str = "", role_prefix: str = "",
                     previous_signals: list[str] | None = None) -> list[str]:
    """Features of a turn's context, shared by all its sentences."""
    feats = ["bias", "lang:" + lang, "phase:" + (phase or "none")]
    for sig in previous_signals or ():
        feats.append("ps:" + sig)
        if phase:
            feats.append(f"ps{phase[0]}:" + sig)
    bucket = position_bucket(position)
    if bucket is not None:
        feats.append("pos:" + bucket)
    prev = (previous or "").strip()
    if not prev:
        feats.append("prev:none")
        return feats
    feats.append("prev:q" if "?" in prev else "prev:nq")
    prev_lems = content_lemmas(prev, lang, lemmas)
    feats.extend("pv:" + lem for lem in sorted(prev_lems))  # "p:" is the progress-phase conjunction
    mine = content_lemmas(turn_text, lang, lemmas)
    if mine:
        share = len(mine & prev_lems) / len(mine)
        feats.append("ov:" + ("0" if share == 0 else "lo" if share < 0.2 else "mid" if share < 0.4 else "hi"))
    return [role_prefix + f for f in feats] if role_prefix else feats


def turn_features(text: str, lang: str, lemmas: Mapping[str, str], *, previous: str | None = None,
                  phase: str | None = None, position: float | None = None,
                  previous_signals: list[str] | None = None) -> tuple[list[str], list[list[str]], list[str]]:
    """(sentences, features per sentence, context features) of one turn.  `previous_signals`: what the
    signals model reads in the previous turn (a manager turn's context: an obstacle, a hand-up ...)."""
    sentences = sentence_spans(text) or [text.strip()]
    per_sentence = [sentence_features(s, lang, lemmas, phase) for s in sentences]
    ctx = context_features(lang, previous, phase, position, lemmas, text, previous_signals=previous_signals)
    return sentences, per_sentence, ctx
