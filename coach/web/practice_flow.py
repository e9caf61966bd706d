"""Pieces of the practice page that need no Gradio: friendly error sentences in the conversation's
language, the paced stream of a reply, the input counter.

    friendly(exc, lang, persona_name=None) -> str   # a sentence for the page, never developer text
    paced(growing)                         -> Iterator[str]   # growing prefixes, word by word
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator

from coach.errors import CoachError
from coach.web.i18n import text

log = logging.getLogger(__name__)

WORD_DELAY = 0.035    # seconds between words when a reply arrives in one piece (the offline partner)
PACE_BUDGET = 1.5     # at most this many seconds of pacing per reply
MAX_TURN = 2000       # coach.roleplay.practice.MAX_TURN_CHARS


def friendly(exc: Exception, lang: str, persona_name: str | None = None) -> str:
    """What the page says about an error, in lang: a sentence with what to do (no ids, no API names)."""
    from coach.roleplay.practice import TurnTooLong
    from coach.store.writes import StaleSession

    if isinstance(exc, TurnTooLong):  # already in the conversation's language
        return str(exc)
    if isinstance(exc, StaleSession):
        return text("err_busy", lang)
    message = str(exc).lower() if isinstance(exc, CoachError) else ""
    patterns = (
        ("turn is empty", "err_empty_turn"),
        ("unknown session", "err_no_session"),
        ("no session_id", "err_no_session"),
        ("has ended", "err_ended"),
        ("nothing to review", "err_nothing_said"),
        ("cannot have the delegatee's name", "err_same_name"),
        ("is not a name", "err_name"),
        ("name is empty", "err_name"),
    )
    for pattern, key in patterns:
        if pattern in message:
            return text(key, lang, name=persona_name or "")
    if not isinstance(exc, CoachError):  # the type only: no content in the log
        log.error("practice callback failed: %s", type(exc).__name__)
    return text("err_generic", lang)


def _words_between(shown: str, target: str) -> list[str]:
    """The growing prefixes of target after shown, one more word each."""
    if not target.startswith(shown):
        return [target]
    out, cut = [], len(shown)
    while cut < len(target):
        nxt = target.find(" ", cut + 1)
        cut = len(target) if nxt < 0 else nxt
        out.append(target[:cut])
    return out


def paced(growing: Iterable[str], delay: float = WORD_DELAY, budget: float = PACE_BUDGET,
          sleep=time.sleep) -> Iterator[str]:
    """The growing texts of a reply, shown word by word.  The source is read one step ahead, so a
    reply that comes whole (the offline partner) is complete and stored before it is shown; the
    pacing costs at most `budget` seconds per reply."""
    source = iter(growing)
    pending = next(source, None)
    shown, spent = "", 0.0
    while pending is not None:
        following = next(source, None)
        steps = _words_between(shown, pending)
        step_delay = min(delay, budget / max(len(steps), 1))
        for i, prefix in enumerate(steps):
            if i and spent + step_delay <= budget:
                sleep(step_delay)
                spent += step_delay
            yield prefix
        shown, pending = pending, following


COUNTER_SCRIPT = """<script>
(function () {
  var last = -1;
  setInterval(function () {
    var box = document.querySelector("#coach-input textarea");
    var out = document.querySelector("#coach-counter .prose") || document.querySelector("#coach-counter");
    if (!box || !out) return;
    var n = box.value.length;
    if (n === last) return;
    last = n;
    out.innerHTML = n > %(max)d ? '<span class="coach-over">' + n + " / %(max)d</span>" : n + " / %(max)d";
  }, 250);
})();
</script>""" % {"max": MAX_TURN}
