"""Train the tagger's learned fallback (coach/tagger/act_model.json) and check that it generalises.

Usage:
    .venv/bin/python eval/tools/train_tagger.py --cv      # held-out check, writes nothing
    .venv/bin/python eval/tools/train_tagger.py           # train on all development data, write the model

Data: manager turns of eval/corpus/dev/*.yaml (with the previous other-speaker turn) and the
development utterance bank eval/utterances/dev/{nl,en}.yaml when present.  Never the test split,
never AnnoMI.  The model is a per-act logistic regression over word uni/bigrams and shared,
wording-independent signals (coach.tagger.fallback.features); the tagger uses it only for turns its
rules leave as `other`.  Each act gets its own threshold, calibrated by an inner grouped 3-fold
cross-validation on the training data (out-of-fold probabilities on the turns the rules leave as
`other`), so --cv never calibrates on the fold it scores.

Every turn is tagged with its conversation phase (corpus: the conversation's, bank: the item's), as
`coach review` does; --no-phase tags without it.

--cv: 5 folds, grouped by conversation (corpus) and by blocks of 20 utterances (bank), so a
fold never sees the conversation it is tested on; prints the act macro-F1 of the rules alone
and of rules + fallback on the held-out folds, per data source.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from coach.tagger import fallback as fb  # noqa: E402
from coach.tagger import tag_turn  # noqa: E402

ACTS = ("instruction", "advice", "result", "checkpoint", "motivation", "positive_feedback",
        "appreciation", "summary", "monkey_take", "monkey_back")
THRESHOLD = 0.5
CAL_FOLDS = 3
CAL_GRID = tuple(round(0.25 + 0.05 * i, 2) for i in range(12))  # 0.25 .. 0.80

WRONG_COST = 1.0
CALIBRATE = True
PHASE = True  # tag with the conversation phase, as coach review does (--no-phase: without)
EPOCHS, RATE, L2 = 20, 0.2, 1e-3
SEEDS = 1  # shuffling orders averaged (3 gave no steadier held-out F1)
PRUNE = 0.15  # weights smaller than this are dropped (keeps the JSON small)


def corpus_examples() -> list[dict]:
    out = []
    for f in sorted((ROOT / "eval" / "corpus" / "dev").glob("*.yaml")):
        d = yaml.safe_load(f.read_text(encoding="utf-8"))
        prev = None
        for t in d["turns"]:
            if t["speaker"] == d["manager"]:
                out.append({"group": d["id"], "source": "corpus", "lang": d["language"], "text": t["text"],
                            "previous": prev, "phase": d["phase"], "acts": set(t["acts"])})
            elif t["text"].strip():
                prev = t["text"]
    return out


def bank_examples() -> list[dict]:
    out = []
    for lang in ("nl", "en"):
        f = ROOT / "eval" / "utterances" / "dev" / f"{lang}.yaml"
        if not f.is_file():
            continue
        items = yaml.safe_load(f.read_text(encoding="utf-8")) or []
        for i, u in enumerate(items):
            out.append({"group": f"bank-{lang}-{i // 20}", "source": f"bank-{lang}", "lang": lang, "text": u["text"],
                        "previous": u.get("previous") or None, "phase": u.get("phase"), "acts": set(u["acts"])})
    return out


def fit(examples: list[dict]) -> dict:
    """Train on `examples` and calibrate the per-act thresholds on them (never on held-out data)."""
    model = train(examples)
    if CALIBRATE:
        model["thresholds"] = calibrate(examples)
    return model


def train(examples: list[dict], seed: int = 0) -> dict:
    """A per-act logistic regression by SGD, averaged over SEEDS shuffling orders (steadier weights)."""
    data = [(fb.features(e["text"], e["lang"], e["previous"]), e["acts"]) for e in examples]
    model = {"threshold": THRESHOLD, "acts": {}}
    for act in ACTS:
        total: dict[str, float] = {}
        total_bias = 0.0
        for s in range(SEEDS):
            rng = random.Random(seed + s)
            w: dict[str, float] = {}
            bias = 0.0
            order = list(range(len(data)))
            for epoch in range(EPOCHS):
                rng.shuffle(order)
                rate = RATE / (1 + epoch * 0.3)
                for i in order:
                    feats, acts = data[i]
                    z = bias + sum(w.get(f, 0.0) for f in feats)
                    p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
                    g = (1.0 if act in acts else 0.0) - p
                    bias += rate * g
                    for f in feats:
                        w[f] = w.get(f, 0.0) * (1 - rate * L2) + rate * g
            total_bias += bias
            for f, v in w.items():
                total[f] = total.get(f, 0.0) + v
        model["acts"][act] = {"bias": round(total_bias / SEEDS, 4),
                              "weights": {f: round(v / SEEDS, 4) for f, v in sorted(total.items()) if abs(v / SEEDS) >= PRUNE}}
    return model


def rules_only(examples: list[dict]) -> list[bool]:
    """Which examples the rules alone leave as `other` (the only turns the fallback sees)."""
    return [p == {"other"} for p in predict(examples, None)]


def calibrate(examples: list[dict], folds: int = CAL_FOLDS) -> dict[str, float]:
    """A threshold per act, chosen on out-of-fold probabilities (grouped folds inside the training
    data) over the turns the rules leave as `other`: the threshold that maximises correct minus
    wrong additions (ties: the one nearest the default; the default when no threshold gains anything)."""
    groups = sorted({e["group"] for e in examples})
    random.Random(2).shuffle(groups)
    fold_of = {g: i % folds for i, g in enumerate(groups)}
    left = rules_only(examples)
    probs: list[tuple[dict[str, float], set]] = []
    for k in range(folds):
        model = train([e for e in examples if fold_of[e["group"]] != k])
        for e, is_other in zip(examples, left):
            if is_other and fold_of[e["group"]] == k:
                probs.append((fb.scores(e["text"], e["lang"], model, e["previous"]), e["acts"]))
    out = {}
    for act in ACTS:
        gains = {t: sum((1.0 if act in gold else -WRONG_COST) for p, gold in probs if p.get(act, 0.0) >= t) for t in CAL_GRID}
        top = max(gains.values())
        # among the best, the one nearest the default: a plateau says nothing for a lower threshold
        out[act] = min((t for t, g in gains.items() if g >= top - 1e-9), key=lambda t: (abs(t - THRESHOLD), t)) if top > 0 else THRESHOLD
    return out


def macro_f1(examples: list[dict], preds: list[set]) -> float:
    tp, fp, fn = Counter(), Counter(), Counter()
    for e, p in zip(examples, preds):
        for a in e["acts"] | p:
            if a in e["acts"] and a in p:
                tp[a] += 1
            elif a in p:
                fp[a] += 1
            else:
                fn[a] += 1
    f1 = [2 * tp[a] / (2 * tp[a] + fp[a] + fn[a]) for a in set(tp) | set(fn) if tp[a] + fn[a]]
    return sum(f1) / len(f1) if f1 else 0.0


def predict(examples: list[dict], model: dict | None) -> list[set]:
    saved = fb.load_model
    fb.load_model = lambda *a, **k: model  # the tagger reads the model through this function
    try:
        return [{h.act.value for h in tag_turn(e["text"], e["lang"], e["previous"], **({"phase": e["phase"]} if PHASE else {}))}
                for e in examples]
    finally:
        fb.load_model = saved


def per_act_f1(examples: list[dict], preds: list[set]) -> dict[str, float]:
    tp, fp, fn = Counter(), Counter(), Counter()
    for e, p in zip(examples, preds):
        for a in e["acts"] | p:
            (tp if a in e["acts"] and a in p else fp if a in p else fn)[a] += 1
    return {a: 2 * tp[a] / (2 * tp[a] + fp[a] + fn[a]) for a in sorted(set(tp) | set(fn)) if tp[a] + fn[a]}


def cross_validate(examples: list[dict], folds: int = 5, per_act: bool = False) -> None:
    groups = sorted({e["group"] for e in examples})
    random.Random(1).shuffle(groups)
    fold_of = {g: i % folds for i, g in enumerate(groups)}
    rules: dict[int, set] = {}
    both: dict[int, set] = {}
    for k in range(folds):
        held = [i for i, e in enumerate(examples) if fold_of[e["group"]] == k]
        model = fit([e for e in examples if fold_of[e["group"]] != k])
        held_ex = [examples[i] for i in held]
        for i, p in zip(held, predict(held_ex, None)):
            rules[i] = p
        for i, p in zip(held, predict(held_ex, model)):
            both[i] = p
    for source in sorted({e["source"] for e in examples}):
        idx = [i for i, e in enumerate(examples) if e["source"] == source]
        ex = [examples[i] for i in idx]
        print(f"{source:10s} n={len(ex):4d}  rules {macro_f1(ex, [rules[i] for i in idx]):.3f}  "
              f"rules+fallback (held out) {macro_f1(ex, [both[i] for i in idx]):.3f}")
        if per_act:
            f1 = per_act_f1(ex, [both[i] for i in idx])
            print("    " + "  ".join(f"{a}={v:.2f}" for a, v in f1.items()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cv", action="store_true", help="cross-validate only; write nothing")
    ap.add_argument("--out", default=str(fb.MODEL_PATH))
    ap.add_argument("--no-phase", action="store_true", help="--cv: tag without the phase (the old behaviour)")
    ap.add_argument("--per-act", action="store_true", help="--cv: also print the held-out F1 per act")
    args = ap.parse_args(argv)
    global PHASE
    PHASE = not args.no_phase
    examples = corpus_examples() + bank_examples()
    if not examples:
        print("no development data found under eval/corpus/dev or eval/utterances/dev", file=sys.stderr)
        return 1
    if args.cv:
        cross_validate(examples, per_act=args.per_act)
        return 0
    model = fit(examples)
    model["trained_on"] = dict(Counter(e["source"] for e in examples))
    Path(args.out).write_text(json.dumps(model, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    n = sum(len(m["weights"]) for m in model["acts"].values())
    print(f"wrote {args.out}: {len(model['acts'])} acts, {n} weights, from {model['trained_on']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
