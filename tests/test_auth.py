"""Logins: hashed passwords, an auth file with roles, throttled wrong passwords."""

from __future__ import annotations

import pytest

from coach.auth import Accounts, Throttle, check_password, hash_password
from coach.errors import InputError


def test_passwords_are_stored_hashed_and_checked():
    stored = hash_password("geheim123")
    assert "geheim123" not in stored and stored.startswith("scrypt$")
    assert check_password("geheim123", stored)
    assert not check_password("geheim124", stored)
    assert not check_password("geheim123", "garbage")
    assert hash_password("geheim123") != stored  # a fresh salt each time


def test_auth_file_round_trip_with_roles(tmp_path):
    accounts = Accounts()
    accounts.add("anna", "trainer-pw-1", role="trainer")
    accounts.add("bram", "user-pw-12")
    path = tmp_path / "auth"
    accounts.write(path)
    assert "trainer-pw-1" not in path.read_text()
    again = Accounts.read(path)
    assert again.verify("anna", "trainer-pw-1") == "trainer"
    assert again.verify("bram", "user-pw-12") == "user"
    assert again.verify("bram", "trainer-pw-1") is None
    assert again.verify("nobody", "x") is None
    assert again.names("trainer") == ["anna"]


def test_bad_auth_input_is_one_clear_line(tmp_path):
    with pytest.raises(InputError, match="user:password"):
        Accounts.from_pairs(["no-colon"])
    with pytest.raises(InputError, match="shorter than 8"):
        Accounts().add("anna", "kort")
    bad = tmp_path / "auth"
    bad.write_text("anna:nohash:boss\n")
    with pytest.raises(InputError, match="line 1"):
        Accounts.read(bad)


def test_throttle_blocks_after_the_limit_and_forgets_after_the_window():
    now = [0.0]
    throttle = Throttle(limit=3, window=60, clock=lambda: now[0])
    for _ in range(3):
        assert not throttle.blocked("anna", "10.0.0.1")
        throttle.failed("anna", "10.0.0.1")
    assert throttle.blocked("anna", "10.0.0.2")  # same name, other address
    assert throttle.blocked("bram", "10.0.0.1")  # same address, other name
    assert not throttle.blocked("bram", "10.0.0.2")
    now[0] = 61
    assert not throttle.blocked("anna", "10.0.0.1")
