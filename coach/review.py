"""The offline review pipeline: Transcript -> Analysis -> Review.

    review_transcript(transcript, options=None) -> Review

Steps: language (options or detected), manager (options or chosen), roles,
act tagging of every manager turn (coach.tagger.tag_turn, with the previous
turn as context), phase (options or detected), judge (findings per guideline),
monkey verdict (progress), metrics; the Review is validated by its model.
"""

from __future__ import annotations

from coach.models import Review, ReviewOptions, Transcript


def review_transcript(transcript: Transcript, options: ReviewOptions | None = None) -> Review:
    raise NotImplementedError("review pipeline not built yet")
