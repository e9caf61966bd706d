"""A transcript review in its own process, with a time and a memory budget.

    review = budgeted_review(transcript, options, settings)   # a Review, or a one-line CoachError

The app's server runs practice turns for many users on one Python process; a review of a long transcript
is CPU work of seconds.  Here it runs in a child process (`python -m coach.budget`, a fresh interpreter:
no lock or thread of the server is inherited; about 0.3 s to start), with RLIMIT_AS set to
COACH_REVIEW_MEMORY_MB in the child before anything is loaded, and COACH_REVIEW_TIMEOUT_S of wall time.  Past
either budget the child is killed (nothing half-written: the parent stores the review only when it
arrives) and the user gets one line in the conversation's language.  At most COACH_REVIEW_WORKERS
reviews run at once; a review waits for a free worker within the same time budget.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
import time

from coach.errors import CoachError
from coach.models import Review, ReviewOptions, Transcript
from coach.settings import Settings

log = logging.getLogger("coach")

MESSAGES = {
    "time": {
        "en": "This transcript takes longer than {seconds:g} seconds to review; shorten it (for example one meeting "
              "per file) and try again.",
        "nl": "Dit transcript kost meer dan {seconds:g} seconden om na te kijken; maak het korter (bijvoorbeeld één "
              "gesprek per bestand) en probeer het opnieuw.",
    },
    "memory": {
        "en": "This transcript needs more than {mb:g} MB of memory to review; shorten it (for example one meeting "
              "per file) and try again.",
        "nl": "Dit transcript heeft meer dan {mb:g} MB geheugen nodig om na te kijken; maak het korter "
              "(bijvoorbeeld één gesprek per bestand) en probeer het opnieuw.",
    },
    "busy": {
        "en": "All review workers are busy; try again in a minute.",
        "nl": "Alle nakijkers zijn bezig; probeer het over een minuut opnieuw.",
    },
}

_slots: dict[int, threading.BoundedSemaphore] = {}
_slots_guard = threading.Lock()


def _slot(workers: int) -> threading.BoundedSemaphore:
    with _slots_guard:
        return _slots.setdefault(workers, threading.BoundedSemaphore(workers))


def _child_main() -> None:
    """In the child (`python -m coach.budget BYTES`): cap the address space first, then read the job from
    standard input and write ("ok", review) or ("memory" | "error" | "crash", detail), pickled, to standard output."""
    import pickle
    import resource

    memory_bytes = int(sys.argv[1])
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    try:
        transcript, options, settings = pickle.loads(sys.stdin.buffer.read())
        from coach.engines.factory import make_critic

        outcome = ("ok", make_critic(settings).review(transcript, options))
    except MemoryError:
        outcome = ("memory", "")
    except CoachError as exc:
        outcome = ("error", str(exc))
    except Exception as exc:  # noqa: BLE001 - one line for the user, the type only in the log
        outcome = ("crash", type(exc).__name__)
    sys.stdout.buffer.write(pickle.dumps(outcome))
    sys.stdout.buffer.flush()


def message(kind: str, lang: str, settings: Settings) -> str:
    table = MESSAGES[kind]
    return table.get(lang, table["en"]).format(seconds=settings.review_timeout_s, mb=settings.review_memory_mb)


def _language(transcript: Transcript, options: ReviewOptions) -> str:
    if options.language:
        return options.language
    from coach.language import detect_language

    return detect_language(t.text for t in transcript.turns[:200])


def budgeted_review(transcript: Transcript, options: ReviewOptions, settings: Settings) -> Review:
    """Review in a child process within the settings' time and memory budget (see the module docstring)."""
    deadline = time.monotonic() + settings.review_timeout_s
    slot = _slot(settings.review_workers)
    if not slot.acquire(timeout=settings.review_timeout_s):
        raise CoachError(message("busy", _language(transcript, options), settings))
    try:
        kind, value = _run(transcript, options, settings, deadline)
    finally:
        slot.release()
    if kind == "ok":
        return value
    if kind == "error":
        raise CoachError(value)
    if kind == "crash":
        log.error("review worker failed: %s", value)
        raise CoachError(f"internal error ({value}); please report it and try again")
    log.warning("review stopped: over its %s budget", kind)
    raise CoachError(message(kind, _language(transcript, options), settings))


def _run(transcript: Transcript, options: ReviewOptions, settings: Settings, deadline: float) -> tuple[str, object]:
    """Start the child, give it the job, wait until the deadline; kill it when it is late."""
    import pickle

    memory = str(int(settings.review_memory_mb * 1024 * 1024))
    process = subprocess.Popen([sys.executable, "-m", "coach.budget", memory], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)  # stderr: no content in logs
    try:
        out, _ = process.communicate(pickle.dumps((transcript, options, settings)),
                                     timeout=max(0.01, deadline - time.monotonic()))
    except BaseException as exc:  # late (TimeoutExpired), or the server stops: the child goes too
        process.kill()
        process.communicate()
        if isinstance(exc, subprocess.TimeoutExpired):
            return "time", ""
        raise
    try:
        return pickle.loads(out)
    except (pickle.UnpicklingError, EOFError, ValueError, MemoryError):  # the child died without a word
        return "memory", ""


if __name__ == "__main__":
    _child_main()
