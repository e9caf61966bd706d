"""Logins for `coach app`: accounts with hashed passwords, and a throttle on wrong passwords (pure).

Accounts come from `--auth user:password` (repeatable, hashed in memory at start) or from an
auth file (`--auth-file`, written by `coach auth add`), one account a line:

    anna:scrypt$16384$8$1$<salt hex>$<hash hex>:trainer
    bram:scrypt$16384$8$1$<salt hex>$<hash hex>:user

A trainer may open the trainer pages; a user may only practise and review.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import threading
import time
from collections import deque
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, field_validator

from coach.errors import InputError

Role = Literal["user", "trainer"]
_NAME = re.compile(r"^[A-Za-z0-9_.@-]{1,60}$")
_N, _R, _P = 2**14, 8, 1


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        got = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                             dklen=len(digest) // 2)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got.hex(), digest)


class Account(BaseModel):
    name: str
    password_hash: str
    role: Role = "user"

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if not _NAME.match(value):
            raise ValueError("a login name has 1-60 letters, digits or . _ @ -")
        return value

    def line(self) -> str:
        return f"{self.name}:{self.password_hash}:{self.role}"


class Accounts:
    """The app's logins; verify() answers the role or None (never says which part was wrong)."""

    def __init__(self, accounts: list[Account] | None = None):
        self._by_name = {a.name: a for a in accounts or []}

    def __bool__(self) -> bool:
        return bool(self._by_name)

    def names(self, role: Role | None = None) -> list[str]:
        return sorted(n for n, a in self._by_name.items() if role is None or a.role == role)

    def add(self, name: str, password: str, role: Role = "user") -> Account:
        if len(password) < 8:
            raise InputError(f"the password for {name!r} is shorter than 8 characters; choose a longer one")
        try:
            account = Account(name=name, password_hash=hash_password(password), role=role)
        except ValueError as exc:
            raise InputError(f"{name!r} cannot be a login name; use letters, digits or . _ @ -") from exc
        self._by_name[name] = account
        return account

    def remove(self, name: str) -> bool:
        return self._by_name.pop(name, None) is not None

    def verify(self, name: str, password: str) -> Role | None:
        account = self._by_name.get(name or "")
        if account is None:
            check_password(password or "", hash_password("x", b"0" * 16))  # same time as a real check
            return None
        return account.role if check_password(password or "", account.password_hash) else None

    @classmethod
    def from_pairs(cls, pairs: list[str], role: Role = "user") -> "Accounts":
        """From `user:password` strings (the --auth option)."""
        accounts = cls()
        for pair in pairs:
            name, sep, password = pair.partition(":")
            if not sep or not name or not password:
                raise InputError("--auth must look like user:password (or set COACH_AUTH=user:password)")
            accounts.add(name, password, role)
        return accounts

    @classmethod
    def read(cls, path: Path) -> "Accounts":
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise InputError(f"cannot read the auth file {path} ({exc.strerror}); create it with 'coach auth add'") from exc
        accounts = []
        for number, line in enumerate(lines, 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            name, _, rest = line.strip().partition(":")
            password_hash, _, role = rest.rpartition(":")
            try:
                accounts.append(Account(name=name, password_hash=password_hash, role=role or "user"))
            except ValueError:
                raise InputError(f"{path} line {number} is not 'name:hash:role'; rewrite it with 'coach auth add'") from None
        return cls(accounts)

    def write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(a.line() + "\n" for a in self._by_name.values()), encoding="utf-8")
        path.chmod(0o600)

    def merged(self, other: "Accounts") -> "Accounts":
        return Accounts([*self._by_name.values(), *other._by_name.values()])


class Throttle:
    """At most `limit` failed logins per name and per client address in `window` seconds; then wait."""

    def __init__(self, limit: int = 5, window: float = 60.0, clock=time.monotonic):
        self.limit, self.window, self.clock = limit, window, clock
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str) -> deque[float]:
        times = self._failures.setdefault(key, deque())
        while times and self.clock() - times[0] > self.window:
            times.popleft()
        return times

    def blocked(self, *keys: str) -> bool:
        with self._lock:
            return any(len(self._recent(k)) >= self.limit for k in keys if k)

    def failed(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                if key:
                    self._recent(key).append(self.clock())

    def succeeded(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._failures.pop(key, None)
