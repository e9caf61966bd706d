"""The sentences of many turns scored at once (a long transcript): numpy adds the weights of all of them together.

coach.learn.scoring reads a turn sentence by sentence; for each new sentence and model it makes the feature
strings, looks them up and adds their weights (a call into numpy per sentence).  For a long transcript
coach.review first hands a window of turns to `prepared`: the features of each word form are looked up once
in one index of all the models' features (`_Union`), a chunk of sentences is laid out as indexes by numpy
(coach.learn.layout, for each phase asked at once), and the weights are added for all sentences of a chunk
together, position by position (the sentences sorted by length, one row of the padded matrix per position);
the others' turns are also added up whole (signals_in reads them as one bag).  Each sentence's sums are still its
weights added one by one in the order of its features, starting from the first, as numpy's cumsum and
Python's sum add them, so the results are the same to the last bit (tests/test_batch_scoring.py).
scoring.parts finds these parts (a context variable, so threads do not share them) before it reads a
sentence itself.  A window is dropped when its turns are read: memory stays bounded by the window.
"""

from __future__ import annotations

import threading
from array import array
from collections.abc import Iterable, Mapping
from contextlib import contextmanager

from coach.learn import scoring
from coach.learn.layout import Forms, layout
from coach.learn.linear import LinearModel, register_cache
from coach.learn.scoring import Features, Part

CHUNK = 2048            # sentences whose feature lists are held at once, at most,
CHUNK_CHARS = 200_000   # and about this many characters of them (a feature index or three per character)
LONG = 512       # features: a longer sentence is summed on its own (no padding to its length)


def _padded(model: LinearModel):
    """The model's weights (features x labels, doubles) with a last row of zeros for the unknown features."""
    import numpy as np

    if model.padded is None:
        rows = np.array(model.columns, dtype=np.float64).T
        model.padded = np.ascontiguousarray(np.vstack([rows, np.zeros((1, len(model.labels)))]))
    return model.padded


def _sums(weights, rows, lengths):
    """Per sentence (its rows `rows[offsets[i]:offsets[i] + lengths[i]]`), its weights added in order."""
    import numpy as np

    n = len(lengths)
    offsets = np.zeros(n, dtype=np.int64)
    np.cumsum(lengths[:-1], out=offsets[1:])
    out = np.zeros((n, weights.shape[1]))
    short = np.flatnonzero(lengths <= LONG)
    for i in np.flatnonzero(lengths > LONG):
        out[i] = weights[rows[offsets[i]:offsets[i] + lengths[i]]].cumsum(axis=0)[-1]
    if len(short):
        _add_in_order(weights, rows, offsets, lengths, short, out)
    return out


def _add_in_order(weights, rows, offsets, lengths, short, out) -> None:
    """The short sentences, longest first, in a grid (one row each, padded with the zero row); column by column,
    the weights of the sentences still that long are added to their sums."""
    import numpy as np

    order = short[np.argsort(-lengths[short], kind="stable")]
    size = lengths[order]
    within = np.arange(int(size.sum())) - np.repeat(np.cumsum(size) - size, size)
    grid = np.full((len(order), int(size[0])), len(weights) - 1, dtype=np.int32)
    grid[np.repeat(np.arange(len(order)), size), within] = rows[np.repeat(offsets[order], size) + within]
    longer = len(order) - np.searchsorted(size[::-1], np.arange(grid.shape[1]), side="right")  # sizes > j
    acc = np.zeros((len(order), weights.shape[1]))
    for j, k in enumerate(longer.tolist()):
        acc[:k] += weights[grid[:k, j]]
    out[order] = acc


class _Union:
    """The features of several models in one index (an unknown feature: `pad`), with per model the map from
    this index to its rows; per lemma table and phases read at once, the numbers of the word forms
    (coach.learn.layout.Forms)."""

    TABLES = 4  # word-form tables (lemma table x phases) kept: a review uses two, each at most about 10 MB

    def __init__(self, models: tuple[LinearModel, ...]):
        import numpy as np

        self.models, self.index = models, {}
        for model in models:
            for name in model.index:
                self.index.setdefault(name, len(self.index))
        self.pad = len(self.index)
        self.maps = {}
        for model in models:
            rows = np.full(self.pad + 1, len(model.index), dtype=np.int32)
            rows[np.fromiter(map(self.index.__getitem__, model.index), dtype=np.int64, count=len(model.index))] = \
                np.fromiter(model.index.values(), dtype=np.int32, count=len(model.index))
            self.maps[id(model)] = rows
        self.tables: dict = {}
        self.lock = threading.Lock()

    def forms(self, lemmas, phases: tuple) -> Forms:
        """The word-form table of this lemma table and these phases."""
        with self.lock:
            found = self.tables.get((id(lemmas), phases))
            if found is None or found.lemmas is not lemmas:
                if len(self.tables) >= self.TABLES:
                    self.tables.clear()
                found = self.tables[(id(lemmas), phases)] = Forms(self.index, self.pad, lemmas, phases)
            return found

    def chunk(self, sentences: list[str], lang: str, lemmas, phases: tuple) -> list[tuple]:
        """Per phase, (the indexes of the sentences' features, one sentence after the other; their numbers)."""
        return layout(self.forms(lemmas, phases), sentences, lang)

    def of(self, sentence: str, lang: str, lemmas, phases: tuple) -> tuple[list[int], ...]:
        """Per phase, the indexes of coach.learn.features.sentence_features(sentence, lang, lemmas, phase) in
        its order (a test checks)."""
        return tuple(ids.tolist() for ids, _ in self.chunk([sentence], lang, lemmas, phases))


_UNION: dict = {"union": None}
register_cache(lambda: _UNION.update(union=None))  # clear_caches: a benchmark reads cold, use_models changes them


def union(models: tuple[LinearModel, ...]) -> _Union:
    """The union of these models (made again when the models change: use_models)."""
    made = _UNION["union"]
    if made is None or len(made.models) != len(models) or any(a is not b for a, b in zip(made.models, models)):
        made = _UNION["union"] = _Union(models)
    return made


def _parts(model: LinearModel, joint: _Union, ids, lengths) -> list[Part]:
    """The parts of the sentences whose feature indexes (in `joint`) are `ids`, `lengths` a sentence."""
    import numpy as np

    weights = _padded(model)
    rows = joint.maps[id(model)][ids]
    sums = _sums(weights, rows, lengths).tolist()
    known = rows != len(weights) - 1
    found = rows[known].astype(np.int32).tobytes()  # the known rows, 4 bytes each, sentence after sentence
    ends = (np.cumsum(np.add.reduceat(known, np.cumsum(lengths) - lengths)) * 4).tolist()
    return [Part(size, array("i", found[a:b]), total)
            for size, a, b, total in zip(lengths.tolist(), [0] + ends[:-1], ends, sums)]


def score(jobs: Iterable[tuple]) -> dict:
    """{(id(model), lang, phase, id(lemmas)): {sentence: Part}} for every job: (language, lemma table, the
    readings (phase, models), sentences[, wholes]); wholes: (k, turns) whose sentences of reading k are
    also added up turn by turn, in ("whole", id(model), ...): {turn: (count, sums)}.  A sentence every model remembers (scoring's memo: a sentence said
    again) is left to scoring.part; the others are remembered there too."""
    jobs = list(jobs)
    joint = union(tuple({id(m): m for job in jobs for _, models in job[2] for m in models}.values()))
    ready: dict = {}
    for job in jobs:
        lang, lemmas, readings, sentences = job[:4]
        phases = tuple(phase for phase, _ in readings)
        keys = [Features(lang, lemmas, phase) for phase in phases]
        todo = [s for s in dict.fromkeys(sentences) if not all(
            scoring.remembered(m, s, keys[k]) for k, (_, models) in enumerate(readings) for m in models)]
        for chunk in runs(todo, CHUNK, CHUNK_CHARS):
            laid = joint.chunk(chunk, lang, lemmas, phases)
            for k, (_, models) in enumerate(readings):
                flat, lengths = laid[k]
                for model in models:
                    found = _parts(model, joint, flat, lengths)
                    ready.setdefault(scoring.ready_key(model, keys[k]), {}).update(zip(chunk, found))
                    scoring.remember_all(model, keys[k], zip(chunk, found))
        for k, texts in job[4] if len(job) > 4 else ():
            for model in readings[k][1]:
                key = scoring.ready_key(model, keys[k])
                ready[("whole", *key)] = _whole(model, keys[k], ready.get(key, {}), texts)
    return ready


def _whole(model: LinearModel, features: Features, table: dict, texts: list[str]) -> dict:
    """{turn: (its number of features, per label the weights of all its sentences' known features added in
    order)}: a turn read as one bag (coach.learn.signals.signals_in) adds only its context's weights to these."""
    import numpy as np

    texts = list(dict.fromkeys(texts))
    if not texts:
        return {}
    rows, lengths, counts = array("i"), [], []
    for text in texts:
        parts = [table.get(s) or scoring.part(model, s, features) for s in scoring.sentences_of(text)]
        before = len(rows)
        for p in parts:
            rows.extend(p.rows)
        lengths.append(len(rows) - before)
        counts.append(sum([p.count for p in parts]))
    sums = _sums(_padded(model), np.frombuffer(rows, dtype=np.int32) if rows else np.zeros(0, dtype=np.int32),
                 np.array(lengths, dtype=np.int64))
    return dict(zip(texts, zip(counts, sums.tolist())))


def runs(items: list, most: int, chars: int, text=str):
    """The items in runs of at most `most` items and about `chars` characters of `text(item)` (at least one
    item each): what is held at once stays bounded, however long the items."""
    run: list = []
    size = 0
    for item in items:
        n = len(text(item))
        if run and (len(run) >= most or size + n > chars):
            yield run
            run, size = [], 0
        run.append(item)
        size += n
    if run:
        yield run


def turn_jobs(turns: list[tuple[str, str]], lang: str, phase: str | None) -> list:
    """The jobs of coach.review's reading of these (role, text) turns: the acts and questions of the manager's
    sentences, the signals of the others' (with the phase, and without it: a manager turn's context)."""
    from coach.learn.lemmas import load_lemmas
    from coach.learn.linear import load_model

    lemmas = load_lemmas().get(lang, {})
    mine = [s for role, text in turns if role == "manager" and text.strip() for s in scoring.sentences_of(text)]
    theirs = [s for role, text in turns if role != "manager" and text.strip() for s in scoring.sentences_of(text)]
    acts, signals = load_model("acts"), load_model("signals")
    readings = [(phase, (signals,))]
    if acts.meta.get("stacked_signals") and phase is not None:  # signals_in: what a manager turn's context reads
        readings.append((None, (signals,)))
    wholes = []  # signals_in reads each of the others' turns as one bag, without a phase
    if acts.meta.get("stacked_signals"):
        wholes.append((len(readings) - 1, [text for role, text in turns if role != "manager" and text.strip()]))
    return [(lang, lemmas, [(phase, (acts, load_model("questions")))], mine), (lang, lemmas, readings, theirs, wholes)]


@contextmanager
def prepared(jobs):
    """scoring.parts finds the parts of these jobs (see score) inside the block."""
    token = scoring.READY.set(score(jobs))
    try:
        yield
    finally:
        scoring.READY.reset(token)
