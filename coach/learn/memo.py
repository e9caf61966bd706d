"""Bounded memos: a dict that never holds more than `limit` entries nor, when given, more than `max_chars`
characters of keys (the text they were made from: a few huge texts must not hold a lot of memory either).

coach.learn keeps what it read of recent sentences and turns in these, so a long transcript is not read
twice, and hostile input cannot make them grow without limit: when one is full, its oldest entries go (at
least a quarter of them, by count or by characters); an entry larger than `max_chars` is not kept.
`memoised` is lru_cache's stand-in for functions of text.  coach.learn.linear.clear_caches (use_models)
empties every one of them.
"""

from __future__ import annotations

import functools
import threading
import weakref
from itertools import islice

_ALL: weakref.WeakSet[BoundedMemo] = weakref.WeakSet()  # a memo dropped (with its model) leaves the set
_MISSING = object()


def chars(key) -> int:
    """The characters of the text in a key (strings, and tuples of them, nested)."""
    if type(key) is str:
        return len(key)
    n = 0
    if type(key) is tuple:
        for part in key:
            if type(part) is str:
                n += len(part)
            elif type(part) is tuple:
                n += chars(part)
    return n


class BoundedMemo:
    def __init__(self, limit: int, max_chars: int | None = None):
        self.limit = max(1, limit)
        self.max_chars = max_chars
        self.data: dict = {}
        self.sizes: dict = {}  # key -> its characters (when max_chars is given)
        self.chars = 0
        self.lock = threading.Lock()  # the app reads turns in several threads: one eviction at a time
        _ALL.add(self)

    def get(self, key, default=None):
        return self.data.get(key, default)

    def put(self, key, value) -> None:
        size = 0
        if self.max_chars is not None:
            size = chars(key)
            if size > self.max_chars:
                return
        with self.lock:
            self._put(key, value, size)

    def put_many(self, items) -> None:
        """put every (key, value) of `items`, under one lock (coach.learn.batch remembers a chunk at once)."""
        bound = self.max_chars
        with self.lock:
            for key, value in items:
                size = chars(key) if bound is not None else 0
                if bound is None or size <= bound:
                    self._put(key, value, size)

    def _put(self, key, value, size: int) -> None:
        data = self.data
        if key in data:
            self._drop(key)
        if len(data) >= self.limit:
            for old in list(islice(data, max(1, self.limit // 4))):
                self._drop(old)
        if self.max_chars is not None:
            if self.chars + size > self.max_chars:
                self._make_room(size)
            self.sizes[key] = size
            self.chars += size
        data[key] = value

    def _make_room(self, size: int) -> None:
        """Drop the oldest entries until `size` more characters fit and a quarter of max_chars is free (one pass
        over the oldest: dropping them one at a time, each put would scan the holes they leave in the dict)."""
        goal, left, old = self.max_chars - self.max_chars // 4 - size, self.chars, []
        for key in self.data:
            if left <= goal:
                break
            left -= self.sizes[key]
            old.append(key)
        for key in old:
            self._drop(key)

    def _drop(self, key) -> None:
        del self.data[key]
        self.chars -= self.sizes.pop(key, 0)

    def __len__(self) -> int:
        return len(self.data)

    def clear(self) -> None:
        with self.lock:
            self.data.clear()
            self.sizes.clear()
            self.chars = 0


def memoised(limit: int, max_chars: int):
    """Like functools.lru_cache for a function of text (positional arguments), in a BoundedMemo of at most
    `limit` entries and `max_chars` characters of arguments; `.cache_clear()` empties it, `.memo` is it."""
    def wrap(fn):
        memo = BoundedMemo(limit, max_chars)

        @functools.wraps(fn)
        def call(*args):
            found = memo.get(args, _MISSING)
            if found is _MISSING:
                found = fn(*args)
                memo.put(args, found)
            return found

        call.cache_clear = memo.clear  # type: ignore[attr-defined]
        call.memo = memo  # type: ignore[attr-defined]
        return call
    return wrap


def clear_all() -> None:
    for memo in list(_ALL):
        memo.clear()
