"""Question form: the one place where rules decide, because form decides (labels.md: word order, wh-words,
tag questions; "ja hoor" / "nee hoor" are a lead-in, not a verb first).  These readings are features for the
learned models and the judge's "is this a question"; they never decide what a sentence means."""

from __future__ import annotations

import re
from dataclasses import dataclass

from coach.learn.memo import memoised

_WH = {
    "nl": frozenset("wat wie waar wanneer waarom hoe welke welk hoeveel waarmee waarover waardoor waaraan waarop waarvan wiens".split()),
    "en": frozenset("what who whom whose where when why how which".split()),
}
# finite verbs that open a yes/no question in first position ("Heb je ...", "Did you ...")
_INVERTED = {
    "nl": frozenset(("heb hebt heeft hebben had hadden ben bent is zijn was waren kan kun kunt kunnen kon konden wil wilt "
                     "willen zou zouden zal zullen zult moet moeten mag mogen moogt ga gaat gaan doe doet doen lukt lukte "
                     "weet weten vind vindt denk denkt zie ziet snap snapt klopt staat loopt hoor zit heeft").split()),
    "en": frozenset(("do does did have has had are is was were can could will would shall should may might must "
                     "am isn't aren't don't doesn't didn't haven't hasn't won't wouldn't can't couldn't shouldn't").split()),
}
_TAGS = {
    "nl": re.compile(r"(?:,|\s)\s*(?:toch|hè|he|niet|of niet|oké|ok|goed|klopt dat|zeker|ja)\s*\??\s*$"),
    "en": re.compile(r"(?:,|\s)\s*(?:right|yeah|ok|okay|correct|no|yes|eh|innit|isn't it|aren't you|don't you|didn't you|"
                     r"won't you|wouldn't it|isn't that right|is that right|fair|deal|agreed)\s*\??\s*$"),
}
_LEAD_IN = re.compile(r"^(?:(?:(?:ja|nee|jawel|oké|ok) hoor|en|maar|dus|nou|oké|ok|okay|ja|nee|so|and|but|well|right|now|eh|uh|uhm|um)\b[\s,]*)+")
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_CLAUSE = re.compile(r"[,;:]")
_INVITE = re.compile(r"^(vertel|zeg het maar|go on|tell me more|tell me|vertel eens)\b")


def _opens_with(clause: str, words: frozenset[str]) -> bool:
    """A question clause (it ends in "?") whose first word is one of `words`."""
    if not clause.endswith("?"):
        return False
    first = _TOKEN.search(clause)
    return first is not None and first.group() in words


@dataclass(frozen=True)
class Form:
    """What the form of one sentence says."""

    mark: bool       # ends with or contains a question mark
    wh: bool         # a wh-word opens it (after discourse markers), or opens a clause after a comma
    inverted: bool   # a finite verb in first position (yes/no question word order)
    tag: bool        # a tag ("..., toch?", "..., right?")
    imperative_invite: bool  # "Vertel.", "Go on."

    @property
    def question(self) -> bool:
        return self.mark or self.wh or self.inverted or self.tag

    def features(self) -> list[str]:
        names = [n for n in ("mark", "wh", "inverted", "tag", "imperative_invite") if getattr(self, n)]
        if self.question and not self.mark:
            names.append("unmarked")
        return names or ["statement"]


@memoised(65536, 2_000_000)  # entries; characters of the sentences
def read_form(sentence: str, lang: str) -> Form:
    low = sentence.lower().replace("’", "'").strip()
    core = _LEAD_IN.sub("", low)
    found = _TOKEN.finditer(core)  # the first two words are all it needs
    first, second = (next(found, None), next(found, None))
    first, second = (first.group() if first else ""), (second.group() if second else None)
    lang = "nl" if lang == "nl" else "en"
    wh = first in _WH[lang] or any(_opens_with(c.strip(), _WH[lang]) for c in _CLAUSE.split(core)[1:])
    inverted = first in _INVERTED[lang] and second is not None and not (lang == "nl" and first in ("is", "was") and second in ("het", "dat") and not low.endswith("?"))
    invite = bool(_INVITE.match(core))
    return Form(mark="?" in sentence, wh=wh, inverted=inverted, tag=bool(_TAGS[lang].search(low)), imperative_invite=invite)
