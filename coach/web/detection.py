"""What coach read from a transcript (manager, phase, language) and how sure it is, in the user's
language; and review errors as friendly sentences.

    detection_note(review, transcript, given, lang) -> Markdown
    friendly_error(exc, lang) -> str
"""

from __future__ import annotations

from coach.models import Review, Transcript
from coach.report.markdown_report import md_escape
from coach.web.i18n import text

MANAGER_SURE, MANAGER_MARGIN = 0.6, 0.2


def manager_sure(transcript: Transcript, review: Review) -> bool:
    """Sure when the manager model's probability for the chosen speaker is high and well above the next one."""
    from coach.roles import speaker_scores

    scores = sorted(speaker_scores(transcript, review.language).values(), reverse=True)
    top, second = scores[0], (scores[1] if len(scores) > 1 else 0.0)
    return top >= MANAGER_SURE and top - second >= MANAGER_MARGIN


def language_sure(review: Review) -> bool:
    """Sure when the manager's words and the others' words are each read as the same language."""
    from coach.language import detect_language

    mine = [t.text for t in review.turns if t.role == "manager"]
    theirs = [t.text for t in review.turns if t.role != "manager"]
    return all(detect_language(part) == review.language for part in (mine, theirs) if part)


def phase_sure(review: Review) -> bool:
    from coach.confidence import PHASE_SURE

    return review.phase_confidence is None or review.phase_confidence >= PHASE_SURE


def detection_note(review: Review, transcript: Transcript | None, lang: str) -> str:
    """'Manager: Anna (zeker) · Gesprek: Delegeergesprek (niet zeker) · Taal: Nederlands (zeker)'."""
    def how(detected: bool, sure) -> str:
        if not detected:
            return text("given_by_you", lang)
        return text("sure" if sure() else "not_sure_short", lang)

    manager = how(review.manager_detected, lambda: transcript is not None and manager_sure(transcript, review))
    parts = [
        f"Manager: {md_escape(review.manager)} ({manager})",
        f"{text('history_phase', lang)}: {text('phase_' + review.phase, lang)} "
        f"({how(review.phase_detected, lambda: phase_sure(review))})",
        f"{text('lang_word', lang)}: {text('lang_' + review.language, lang)} "
        f"({how(review.language_detected, lambda: language_sure(review))})",
    ]
    return f"**{text('detected_head', lang)}:** " + " · ".join(parts)


ERRORS = (
    ("only one speaker", "err_one_speaker"),
    ("no speaker turns", "err_one_speaker"),
    ("is empty", "err_empty"),
    ("no transcript given", "err_empty"),
    ("contains no", "err_empty"),
    ("larger than", "err_too_large"),
    ("more than", "err_too_large"),
    ("utf-8", "err_encoding"),
    ("utf-16", "err_encoding"),
    ("unknown file type", "err_format"),
    ("not a valid", "err_format"),
    (".doc file", "err_format"),
    ("does not speak", "err_manager"),
)


def friendly_error(exc: Exception, lang: str) -> str:
    """A sentence in the user's language for what went wrong with a review (no developer text)."""
    message = str(exc).lower()
    key = next((k for needle, k in ERRORS if needle in message), "err_other")
    return text("review_error", lang, reason=text(key, lang))
