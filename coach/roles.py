"""Who is who in a transcript.

    choose_manager(transcript, lang) -> str        the speaker who delegates (learned: coach.learn)
    resolve_manager(transcript, name) -> str       a user-given name, checked against the speakers
    assign_roles(transcript, manager) -> dict      speaker -> manager | delegatee | other
    detect_phase(analysis) -> (Phase, confidence)  delegation | progress | final (learned)

The manager is the speaker a model trained on many writers' conversations finds most manager-like from
their words, lemmas and question forms (`manager` model); the phase and whether the delegatee is a network
contact come from the whole conversation (`phase`, `network` models).  Only the first DETECTION_TURNS turns
are read, so long transcripts stay fast.
"""

from __future__ import annotations

from coach.errors import InputError
from coach.models import Analysis, Phase, Role, Transcript

DETECTION_TURNS = 400  # who delegates and which phase it is show early; long transcripts are not read to the end


def speaker_scores(transcript: Transcript, lang: str) -> dict[str, float]:
    """How likely each speaker is the manager (the `manager` model's probability)."""
    from coach.learn.lemmas import load_lemmas
    from coach.learn.linear import load_model
    from coach.learn.train_features import speaker_features

    model = load_model("manager")
    turns = [(t.speaker, t.text) for t in transcript.turns[:DETECTION_TURNS]]
    lemmas = load_lemmas()
    return {s: model.predict(speaker_features(turns, s, lang, lemmas))["manager"] for s in transcript.speakers}


def choose_manager(transcript: Transcript, lang: str) -> str:
    """The speaker who delegates.  Ties go to the speaker who spoke first."""
    speakers = transcript.speakers
    if len(speakers) < 2:
        raise InputError(
            f"only one speaker ({speakers[0] if speakers else 'none'}) in the transcript; "
            "a review needs the manager and the delegatee, each on lines that start with 'Name:'"
        )
    scores = speaker_scores(transcript, lang)
    return max(speakers, key=lambda s: (scores[s], -speakers.index(s)))


def resolve_manager(transcript: Transcript, name: str) -> str:
    """The speaker the user named (exact, case-insensitive, or a unique first name); else an InputError."""
    from coach.readers.speakers import resolve_manager as resolve

    return resolve(transcript.speakers, name)


def assign_roles(transcript: Transcript, manager: str) -> dict[str, Role]:
    """manager; delegatee = the other speaker who says the most words; everyone else `other`."""
    words: dict[str, int] = {}
    for t in transcript.turns:
        if t.speaker != manager:
            words[t.speaker] = words.get(t.speaker, 0) + len(t.text.split())
    others = [s for s in transcript.speakers if s != manager]
    delegatee = max(others, key=lambda s: (words.get(s, 0), -others.index(s))) if others else None
    return {s: ("manager" if s == manager else "delegatee" if s == delegatee else "other") for s in transcript.speakers}


def read_conversation(analysis: Analysis):
    """The learned reading of the whole conversation (phase with probabilities, network probability)."""
    from coach.learn.conversation import read_conversation as read

    turns = [("manager" if t.role == "manager" else "other", t.text) for t in analysis.turns[:DETECTION_TURNS]]
    return read(turns, analysis.language)


def detect_phase(analysis: Analysis) -> tuple[Phase, float]:
    """The phase that fits the conversation best, with the model's probability for it."""
    reading = read_conversation(analysis)
    return reading.phase, reading.phase_confidence  # type: ignore[return-value]
