"""A bounded memo: a dict that never holds more than `limit` entries (the oldest quarter goes when it is full).

coach.learn keeps what it read of recent sentences and turns in these, so a long transcript is not read
twice, and hostile input cannot make them grow without limit.  coach.learn.linear.clear_caches (use_models)
empties every one of them.
"""

from __future__ import annotations

import threading
import weakref
from itertools import islice

_ALL: weakref.WeakSet[BoundedMemo] = weakref.WeakSet()  # a memo dropped (with its model) leaves the set


class BoundedMemo:
    def __init__(self, limit: int):
        self.limit = max(1, limit)
        self.data: dict = {}
        self.lock = threading.Lock()  # the app reads turns in several threads: one eviction at a time
        _ALL.add(self)

    def get(self, key):
        return self.data.get(key)

    def put(self, key, value) -> None:
        with self.lock:
            if len(self.data) >= self.limit:
                for old in list(islice(self.data, max(1, self.limit // 4))):
                    del self.data[old]
            self.data[key] = value

    def __len__(self) -> int:
        return len(self.data)

    def clear(self) -> None:
        with self.lock:
            self.data.clear()


def clear_all() -> None:
    for memo in list(_ALL):
        memo.clear()
