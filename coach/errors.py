"""User-facing errors: one line that says what is wrong and what to do."""


class CoachError(Exception):
    """An error meant for the user. The message is one line: what is wrong, and what to do.

    The command line prints it as `coach: error: <message>` and exits with `exit_code`;
    the web app shows it as a message. Never a traceback.
    """

    exit_code = 2

    def __init__(self, message: str, exit_code: int | None = None):
        super().__init__(" ".join(message.split()))
        if exit_code is not None:
            self.exit_code = exit_code


class InputError(CoachError):
    """The input (file, text, option) cannot be used."""
