"""The command line: `coach review | practice | personas | scenarios | eval | app | auth | data`.

Every feature of coach is a command first; the web app calls the same
functions.  Each command lives in its own small module (coach/cli_*.py) that
imports heavy libraries (Gradio, LangChain) only inside the command body, so
`coach review` starts fast.  `main` turns every error into one line on
standard error, never a traceback (set COACH_DEBUG=1 to see one).
"""

from __future__ import annotations

import os
import sys

import click
import typer

try:  # typer >= 0.2x carries its own copy of click; older versions use click itself
    from typer._click import exceptions as _cx
except ImportError:  # pragma: no cover
    from click import exceptions as _cx

from coach.errors import CoachError

app = typer.Typer(
    name="coach",
    help="Practise and review delegation conversations (Hulpformulier Delegeren).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _register() -> None:
    from coach import cli_app, cli_auth, cli_data, cli_eval, cli_practice, cli_review, cli_workshop

    for module in (cli_review, cli_practice, cli_eval, cli_app, cli_auth, cli_data, cli_workshop):
        module.register(app)


_register()


def _fail(message: str, code: int) -> int:
    print(f"coach: error: {' '.join(str(message).split())}", file=sys.stderr)
    return code


def run(argv: list[str] | None = None) -> int:
    """Run the command line and return the exit code (used by `main` and the tests)."""
    command = typer.main.get_command(app)
    try:
        rv = command.main(args=argv, prog_name="coach", standalone_mode=False)
        return rv if isinstance(rv, int) else 0
    except (click.exceptions.Exit, getattr(_cx, "Exit", click.exceptions.Exit)) as exc:
        return exc.exit_code
    except (click.exceptions.NoArgsIsHelpError, _cx.NoArgsIsHelpError) as exc:
        print(exc.format_message(), file=sys.stderr)
        return 0
    except (click.ClickException, _cx.ClickException) as exc:
        hint = ""
        ctx = getattr(exc, "ctx", None)
        if ctx is not None:
            hint = f" (see '{ctx.command_path} --help')"
        return _fail(exc.format_message() + hint, exc.exit_code)
    except (click.Abort, getattr(_cx, "Abort", click.Abort)):
        return _fail("aborted", 130)
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except CoachError as exc:
        return _fail(str(exc), exc.exit_code)
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the last line of defence: one line, never a traceback
        if os.environ.get("COACH_DEBUG"):
            raise
        return _fail(
            f"internal error ({type(exc).__name__}: {exc}); please report it, "
            "and run with COACH_DEBUG=1 to see the details",
            1,
        )


def main() -> None:
    sys.exit(run())


if __name__ == "__main__":
    main()
