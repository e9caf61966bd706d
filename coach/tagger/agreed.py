"""A final conversation compares the result with what was agreed (labels.md, phase `final`).

There, restating the agreement ("We hadden afgesproken dat het handboek op 1 juni
online zou staan", "Er zou vóór de zomer een nieuwe website staan", "the
checklists are in the portal now, like we said") names the agreed result or
criterion: result (eval/README.md: "In a final conversation, restating the
agreed criterion to compare ... is result, also when said as a reproach").
The moment inside it is the old deadline, not a new checkpoint.
"""

from __future__ import annotations

import re

from coach.tagger.sentences import Sentence

_RESTATED = {
    "nl": re.compile(
        r"\b(?:we\s+hadden\s+(?:toch\s+)?afgesproken|(?:zoals|wat)\s+(?:we\s+)?(?:afgesproken|gezegd|besproken)|de\s+afspraak\s+was|het\s+was\s+(?:ook\s+)?de\s+bedoeling|"
        r"het\s+doel\s+was|de\s+bedoeling\s+was)\b|^(?:er|het|hij|ze|dat|die|de\s+\w+|het\s+\w+)\s+(?:\w+\s+){0,4}zou(?:den)?\s+(?:\w+\s+){0,8}(?:klaar|af|staan|zijn|liggen|draaien|live|online|opgeleverd|binnen)\b"
    ),
    "en": re.compile(
        r"\b(?:we\s+(?:had\s+)?agreed|(?:like|as)\s+(?:we\s+)?(?:said|agreed|discussed|planned)|the\s+(?:agreement|deal|plan|idea|goal|aim|target)\s+was|what\s+we\s+agreed)\b|"
        r"^(?:it|the\s+\w+|they|this|that)\s+(?:\w+\s+){0,3}(?:was|were)\s+(?:supposed|meant|due)\s+to\b"
    ),
}


def restates_agreement(s: Sentence, lang: str) -> bool:
    """The sentence recalls what was agreed (used in a final conversation only)."""
    return bool(_RESTATED[lang].search(s.key))
