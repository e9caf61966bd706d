"""A small learned fallback for turns the cue rules leave as `other`.

The rules recognise phrasings they were written for; a turn they cannot place
would be `other`, which is often wrong (an unfamiliar way of giving an
instruction or praising work).  For such turns only, a per-act logistic
regression over word uni- and bigrams (weights in `act_model.json`, trained by
`eval/tools/train_tagger.py` on the development corpus and the development
utterance bank only, never on AnnoMI or the test split) may add the content acts
it is confident about.  Questions stay with the rules.  Pure Python, no
dependencies; without the weights file the fallback does nothing.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

from coach.tagger.sentences import normalise

MODEL_PATH = Path(__file__).with_name("act_model.json")
_WORD = re.compile(r"[a-zà-ÿ0-9']+|\?")


def features(text: str, lang: str) -> list[str]:
    """Word unigrams and bigrams of the matching key, with the language as prefix."""
    words = _WORD.findall(normalise(text, lang))
    feats = [f"{lang}:{w}" for w in words]
    feats += [f"{lang}:{a}_{b}" for a, b in zip(words, words[1:])]
    if words:
        feats.append(f"{lang}:^{words[0]}")
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


def scores(text: str, lang: str, model: dict | None = None) -> dict[str, float]:
    """Probability per act (empty without a model)."""
    model = model if model is not None else load_model()
    if not model:
        return {}
    feats = features(text, lang)
    out: dict[str, float] = {}
    for act, m in model["acts"].items():
        w = m["weights"]
        z = m["bias"] + sum(w.get(f, 0.0) for f in feats)
        out[act] = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
    return out


def fallback_acts(text: str, lang: str, model: dict | None = None) -> list[str]:
    """The content acts the model is confident about, for a turn the rules left as `other`."""
    model = model if model is not None else load_model()
    if not model:
        return []
    threshold = float(model.get("threshold", 0.5))
    return [act for act, p in scores(text, lang, model).items() if p >= threshold]
