"""Usage mistakes on the command line give one line on stderr and a non-zero exit, never a traceback."""

from __future__ import annotations

import pytest

from coach.cli import run


@pytest.mark.parametrize("argv, needle", [
    (["bogus"], "No such command"),
    (["review"], "Missing argument"),
    (["practice", "--seed", "x"], "--seed"),
    (["review", "x.txt", "--nonsense"], "No such option"),
    (["eval", "--suite", "gossip"], "gossip"),
])
def test_usage_errors_are_one_line(capsys, argv, needle):
    code = run(argv)
    err = capsys.readouterr().err.strip().splitlines()
    assert code != 0
    assert len(err) == 1 and err[0].startswith("coach: error:") and needle in err[0]
    assert "Traceback" not in err[0] and "internal error" not in err[0]


def test_no_arguments_shows_the_help(capsys):
    assert run([]) == 0
    assert "review" in capsys.readouterr().err


def test_help_exits_zero(capsys):
    assert run(["review", "--help"]) == 0
    assert "--manager" in capsys.readouterr().out
