"""The act tagger: which acts of labels.md a manager utterance carries (offline, nl + en).

Interface (stable; the judge, the evaluation, the role-play and the web app use it):

    tag_turn(text, lang, previous=None) -> list[ActHit]

`previous` is the text of the other speaker's turn just before (needed for
`summary`, which must reflect content of the other's earlier turns).  Every
ActHit.quote is a verbatim substring of `text` (the clause or sentence that
carries the act).  The result obeys models.check_act_set: at least one act,
`other` alone, at most one question type.
"""

from __future__ import annotations

from coach.models import ActHit, Language


def tag_turn(text: str, lang: Language, previous: str | None = None) -> list[ActHit]:
    raise NotImplementedError("tagger not built yet")
