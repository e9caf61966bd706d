"""A small learned fallback for turns the cue rules leave as `other`.

The rules recognise phrasings they were written for; a turn they cannot place
would be `other`, which is often wrong (an unfamiliar way of giving an
instruction or praising work).  For such turns only, a per-act logistic
regression (weights in `act_model.json`, trained by `eval/tools/train_tagger.py`
on the development corpus and the development utterance bank only, never on
AnnoMI or the test split) may add the content acts it is confident about.  Its
features: word uni- and bigrams, and a few wording-independent, language-shared
signals (an evaluative word, a second-person deed in the past, a future moment,
a meeting or sending verb, the manager's own next step, overlap with the
other's previous turn, whether that turn reported work done or asked a question).  Each act has its
own threshold, calibrated by cross-validation at training time.  Questions stay
with the rules.  Pure Python, no dependencies; without the weights file the
fallback does nothing.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

from coach.tagger.broad import _DEADLINE, _EVAL_EN, _EVAL_NL, _FUTURE_MOMENT, _MEETING
from coach.tagger.sentences import normalise

MODEL_PATH = Path(__file__).with_name("act_model.json")
_WORD = re.compile(r"[a-zà-ÿ0-9']+|\?")

_SIGNALS: dict[str, dict[str, re.Pattern[str]]] = {
    "eval": {"nl": re.compile(rf"\b{_EVAL_NL}\b|\b(?:top|netjes|knap|prima|precies|indrukwekkend)\b"),
             "en": re.compile(rf"\b{_EVAL_EN}\b|\b(?:exactly|precisely|well\s+done)\b")},
    "you_did": {"nl": re.compile(r"\b(?:je|jij)\s+(?:hebt|had|heeft)\b.*\b(?:ge\w+(?:d|t|en)|\w+(?:eerd|eerde))\b|\b(?:je|jij)\s+(?:was|bent)\s+(?:\w+\s+)*ge\w+"),
                "en": re.compile(r"\byou(?:'ve|\s+have|\s+had)?\s+(?:\w+\s+)?(?:\w+ed|got|made|did|wrote|built|found|kept|brought|ran|put|set|took|sent|caught|led)\b")},
    "your_work": {"nl": re.compile(r"\b(?:je|jouw|dat|die|dit|deze)\s+(?:nieuwe\s+|eerste\s+)?\w{4,}\b"),
                  "en": re.compile(r"\b(?:your|that|those|this|these|the\s+way\s+you)\s+(?:new\s+|first\s+)?\w{4,}\b")},
    "future": {"nl": re.compile(_DEADLINE["nl"].pattern + "|" + _FUTURE_MOMENT["nl"].pattern),
               "en": re.compile(_DEADLINE["en"].pattern + "|" + _FUTURE_MOMENT["en"].pattern)},
    "meet": _MEETING,
    "i_next": {"nl": re.compile(r"\bik\s+(?:\w+\s+)?(?:wel|zelf|even|morgen|straks|dan)\b|\blaat\s+(?:maar\s+)?(?:aan|bij)\s+mij\b"),
               "en": re.compile(r"\b(?:i'll|i\s+will|i'm\s+going\s+to|let\s+me|leave\s+it\s+with\s+me)\b")},
    "you_next": {"nl": re.compile(r"\b(?:jij|je)\s+(?:gaat|kunt|kan|mag|moet|zou)\b|\b(?:jouw|aan\s+jou)\b"),
                 "en": re.compile(r"\byou(?:'ll|\s+will|\s+can|\s+could|\s+need|\s+should|'re\s+going)\b|\b(?:up\s+to\s+you|your\s+call)\b")},
    "we": {"nl": re.compile(r"\b(?:we|wij|ons|onze)\b"), "en": re.compile(r"\b(?:we|us|our|let's)\b")},
    "neg": {"nl": re.compile(r"\b(?:niet|geen|nooit)\b"), "en": re.compile(r"\b(?:not|no|never|n't)\b|n't\b")},
}
_PREV_DONE = {"nl": re.compile(r"\b(?:ik\s+heb|we\s+hebben|is|zijn)\b.*\b(?:ge\w+(?:d|t|en)|klaar|af|rond|binnen)\b"),
              "en": re.compile(r"\b(?:i've|i\s+have|we've|i|we)\s+(?:\w+\s+)?(?:\w+ed|done|sent|made|got|set|put|finished|sorted)\b|\b(?:is|are)\s+(?:all\s+)?(?:done|up|ready|finished|in)\b")}
_CONTENT = re.compile(r"[a-zà-ÿ0-9']{4,}")
# talk about the weather is small talk (`other`, labels.md): "nice" there praises no work
_SMALL_TALK = {"nl": re.compile(r"\b(?:lekker|mooi|rot|slecht|prachtig)\s*weer\b|\bhet\s+weer\b"),
               "en": re.compile(r"\bweather\b|\b(?:lovely|beautiful|gorgeous)\s+day\b")}


def features(text: str, lang: str, previous: str | None = None) -> list[str]:
    """Word unigrams and bigrams of the matching key (language prefix), plus shared signals."""
    key = normalise(text, lang)
    words = _WORD.findall(key)
    feats = [f"{lang}:{w}" for w in words]
    feats += [f"{lang}:{a}_{b}" for a, b in zip(words, words[1:])]
    if words:
        feats.append(f"{lang}:^{words[0]}")
    if lang in ("nl", "en"):
        found = [name for name, by_lang in _SIGNALS.items() if by_lang[lang].search(key)]
        feats += [f"#{name}" for name in found]
        feats += [f"#{a}+{b}" for i, a in enumerate(found) for b in found[i + 1:]]
        if previous and previous.strip():
            prev_key = normalise(previous, lang)
            if _PREV_DONE[lang].search(prev_key):
                feats.append("#prev_done")
            mine, theirs = set(_CONTENT.findall(key)), set(_CONTENT.findall(prev_key))
            shared = len(mine & theirs)
            feats.append(f"#overlap{min(shared, 3)}")
            if "?" in prev_key:  # an answer to the other's question ("Wat verwacht je van me?")
                feats.append("#prev_question")
        n = len(words)
        feats.append("#len" + ("s" if n <= 6 else "m" if n <= 18 else "l"))
    return sorted(set(feats))


@lru_cache(maxsize=1)
def load_model(path: str = str(MODEL_PATH)) -> dict | None:
    p = Path(path)
    if not p.is_file():
        return None
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and "acts" in data else None


def scores(text: str, lang: str, model: dict | None = None, previous: str | None = None) -> dict[str, float]:
    """Probability per act (empty without a model)."""
    model = model if model is not None else load_model()
    if not model:
        return {}
    feats = features(text, lang, previous)
    out: dict[str, float] = {}
    for act, m in model["acts"].items():
        w = m["weights"]
        z = m["bias"] + sum(w.get(f, 0.0) for f in feats)
        out[act] = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
    return out


def fallback_acts(text: str, lang: str, model: dict | None = None, previous: str | None = None) -> list[str]:
    """The content acts the model is confident about (each against its own threshold, when
    calibrated), for a turn the rules left as `other`."""
    model = model if model is not None else load_model()
    if not model or (lang in _SMALL_TALK and _SMALL_TALK[lang].search(normalise(text, lang))):
        return []
    default = float(model.get("threshold", 0.5))
    per_act = model.get("thresholds") or {}
    return [act for act, p in scores(text, lang, model, previous).items() if p >= float(per_act.get(act, default))]
