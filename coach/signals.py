"""What the other speakers' turns say: the signals the judge and the monkey verdict need.

    delegatee_signals(text, lang, previous=None, phase=None) -> list[Signal]

Kinds, each with a verbatim quote (the sentence that carries it):

- `problem`: an obstacle, in any words (labels.md `obstacle`): learned.
- `upward`: the delegatee asks the manager to take a step over (labels.md `hand_up`): learned; an upward
  attempt counts as a problem too.
- `hand_back`: a network contact gives the task back: learned.
- `commitment`: they commit to a next step: learned.
- `small_talk`: talk outside the task: learned.
- `experienced` / `inexperienced`: what they say about their experience with the task (two short
  pattern lists, used only for delegation.fit_to_experience; no labelled data for them yet).

The learned kinds come from coach.learn.signals (trained on the labelled delegatee turns of many writers).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from coach.learn.memo import memoised
from coach.models import Language

_A = "['’]"  # straight or curly apostrophe
# labels.md's signal names -> the names the judge uses
JUDGE_KIND = {"obstacle": "problem", "hand_up": "upward", "hand_back": "hand_back", "commitment": "commitment",
              "small_talk": "small_talk"}
EXPERIENCE = ("experienced", "inexperienced")


class Signal(NamedTuple):
    kind: str
    quote: str
    confidence: float = 1.0


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


_NEGATION = {"nl": _rx(r"\bniet\b", r"\bgeen\b", r"\bnooit\b"), "en": _rx(r"\bnot\b", r"n{A}t\b".format(A=_A), r"\bnever\b", r"\bno\b")}

_INEXPERIENCED = {
    "nl": _rx(r"\bnog nooit\b", r"\bnooit eerder\b", r"\bgeen ervaring\b", r"\b(de )?eerste keer\b", r"\bnieuw voor (me|mij)\b",
              r"\bweet (ik )?niet (goed )?hoe (ik )?(dat|dit|het)\b", r"\bniet eerder gedaan\b"),
    "en": _rx(r"\bnever (done|did|worked|written|run|led|made|organi[sz]ed|managed)\b", r"\b(I{A}ve|I have) never\b".format(A=_A), r"\bfirst time\b", r"\bno experience\b", r"\bnew to me\b", r"\bnot familiar\b",
              r"\bhaven{A}t (done|worked on) (this|that|it|one|anything like)\b".format(A=_A)),
}

_EXPERIENCED = {
    "nl": _rx(r"\b(heb|had) (ik )?(dit|dat|zoiets|het|er)?\s?(al )?(vaker|eerder|een paar keer|vaak|al eens|meerdere keren|jaren)\b",
              r"\bervaring mee\b", r"\bveel ervaring\b", r"\bben (ik )?(goed )?bekend mee\b", r"\bdoe ik al (jaren|vaker)\b", r"\bken ik (goed)?\b",
              r"\bdeed ik (het|dat|dit|de|ook)\b", r"\b(twee|drie|een paar|meerdere|vaak|\d+) keer\b.{0,40}\bgedaan\b",
              r"\bweet (ik )?wel hoe\b", r"\bbij mijn vorige (baan|werk|werkgever|stage)\b",
              r"\bheb (er )?(al )?(zo['’]?n |ongeveer |wel )?\w+ (van )?(gedaan|gemaakt|geschreven)\b", r"\bik weet hoe (een|het|dat|je)\b",
              r"\b(vorige|eerste|oude) \w+ heb ik (ook )?(geschreven|gemaakt|gedaan|georganiseerd)\b", r"\bzit (hier|er) al \w+ jaar\b",
              r"\bheb (ik )?(het|dit|dat|zoiets) (vorig jaar|vorige keer|eerder|al eens) (ook )?(al )?gedaan\b"),
    "en": _rx(r"\b(done|did|run|ran|led) (this|that|it|something like this|one|these) (before|many times|a few times|several times|last year)\b",
              r"\bI (have|{A}ve got|{A}ve) (a lot of |plenty of |some )?experience\b".format(A=_A), r"\bfamiliar with\b",
              r"\bI{A}ve (done|run|led) (this|that|it|a few|several|many)\b".format(A=_A),
              r"\bat my (last|previous|old) (place|job|company|role|employer)\b", r"\bI did (it|this|that|one) (in|last|before)\b",
              r"\bI{A}ve done (about |over |loads of |dozens of |lots of |plenty of |\w+ )?(of )?(these|those|them)\b".format(A=_A),
              r"\bI know how (a|an|the|to|it|this|that)\b", r"\bI{A}ve been doing (this|it|that)\b".format(A=_A)),
}


def sentences(text: str) -> list[str]:
    """The sentences of a text, each a verbatim substring of it."""
    return list(_sentences(text))


@memoised(8192, 4_000_000)  # entries; characters of the texts
def _sentences(text: str) -> tuple[str, ...]:
    from coach.tagger.sentences import sentence_spans

    return tuple(sentence_spans(text))


def _lang(lang: str) -> str:
    return "nl" if lang == "nl" else "en"


def experience(text: str, lang: Language | str, split: list[str] | None = None) -> list[Signal]:
    """What the turn says about the speaker's experience with the task (the two pattern lists); `split`: the
    turn's sentences when the caller has them."""
    lang = _lang(lang)
    out = []
    for sentence in _sentences(text) if split is None else split:
        if _INEXPERIENCED[lang].search(sentence):
            out.append(Signal("inexperienced", sentence))
        elif _EXPERIENCED[lang].search(sentence) and not _NEGATION[lang].search(sentence):
            out.append(Signal("experienced", sentence))
    return out


def delegatee_signals(text: str, lang: Language | str, previous: str | None = None, phase: str | None = None) -> list[Signal]:
    """The signals in one turn of the delegatee (or a third person), in order (cached, deterministic)."""
    from coach.learn.signals import read_signals

    lang = _lang(lang)
    found: list[Signal] = []
    for r in read_signals(text, lang, previous, phase):
        found.append(Signal(JUDGE_KIND[r.kind], r.quote, r.probability))
        if r.kind == "hand_up":
            found.append(Signal("problem", r.quote, r.probability))
    return found + experience(text, lang)
