"""The offline critic: the deterministic analyser and judge (coach.review)."""

from __future__ import annotations

from coach.models import Review, ReviewOptions, Transcript


class OfflineCritic:
    name = "offline"

    def review(self, transcript: Transcript, options: ReviewOptions) -> Review:
        from coach.review import review_transcript

        return review_transcript(transcript, options)
