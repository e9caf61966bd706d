"""The trainer pages' login: only accounts with the trainer role, behind the throttle; trainer-only
accounts leave the main app open for workshop participants."""

from __future__ import annotations

import asyncio

from coach.auth import Accounts, Throttle
from coach.settings import Settings
from coach.web.api import CoachService
from coach.web.trainer_app import main_logins, on_start, trainer_checker


def _accounts(*roles: str) -> Accounts:
    accounts = Accounts()
    for i, role in enumerate(roles):
        accounts.add(f"{role}{i}", "password-123", role)
    return accounts


def test_only_a_trainers_right_password_opens_the_trainer_pages():
    accounts = _accounts("trainer", "user")
    check = trainer_checker(accounts, Throttle(limit=3, window=60))
    attempt = lambda name, pw: asyncio.run(check(name, pw))  # noqa: E731
    assert attempt("trainer0", "password-123")
    assert not attempt("user1", "password-123")  # a right password, but a user
    assert not attempt("trainer0", "wrong")
    for _ in range(3):
        attempt("trainer0", "wrong")
    assert not attempt("trainer0", "password-123")  # throttled now


def test_trainer_only_accounts_leave_the_main_app_open(tmp_path):
    assert main_logins(_accounts("trainer")) is None
    mixed = _accounts("trainer", "user")
    assert main_logins(mixed) is mixed and main_logins(None) is None
    service = CoachService(Settings(engine="offline", data_dir=tmp_path))
    assert on_start(service, _accounts("user")) is None and on_start(service, None) is None
    assert on_start(service, _accounts("trainer")) is not None
