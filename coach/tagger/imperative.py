"""A Dutch bare imperative whose verb no cue list names ("Hang gewoon flyers op", "Laat ze gewoon loten").

The cue list (cues_nl.IMPERATIVE) names the verbs managers use most; this
detector needs no verb list.  It accepts a sentence that starts with a word that can be a verb
(not a function word, a greeting, a filler, an adjective of approval, a modal or an auxiliary), is
not followed by a subject pronoun (that would make it a verb-first question: "Heb je ..."), has no
question mark, and shows one more sign of an imperative: a modal particle right after the verb
("Blok gewoon ...", "Laat ze maar ..."), or a separable particle closing the clause ("Hang ... op",
"Rond ... af").

English has no such detector: an object-after-first-word version (round 4) lowered the AnnoMI
advice F1 below the ratchet, so English keeps the named verbs of cues_en.IMPERATIVE.

Whether it is instruction or advice is then decided by directives.directive_acts (phase, the
other's previous turn), as for the named verbs.
"""

from __future__ import annotations

import re

from coach.tagger.sentences import Sentence

_NL_NOT_VERB = frozenset(
    """ik je jij u we wij ze zij hij het de een die dat dit deze dan dus maar en of want als omdat toen nu
    nog al ook wel niet geen wat hoe waarom wie waar welke ja nee nou oké ok mooi goed prima top super fijn
    klopt precies helemaal inderdaad zeker natuurlijk misschien gewoon even eerst trouwens hoor kijk zo straks
    morgen vandaag gisteren daar hier er sorry dank bedankt hoi hallo dag goedemorgen goeiemorgen middag avond
    echt heel erg beetje best toch eigenlijk volgens vooral alleen samen later vanaf tot met voor na in op om
    bij door aan uit over van naar zonder tegen wanneer zodra terwijl mijn jouw onze hun haar zijn
    is was ben bent zijn waren heb hebt heeft hebben had kan kun kunt kon moet moest mag mocht wil wilt wilde
    zal zou zullen word wordt werd gaat ging komt kwam staat stond zit zat lijkt blijkt blijft weet vind denk
    zie hoop snap begrijp vraag hè he jammer lastig leuk fijne knap sterk mooie goede duidelijk helder
    eens iedereen niemand iemand iets niets alles allemaal elke elk ieder veel weinig meer minder andere
    één twee drie vier vijf zes zeven acht negen tien maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    week maand jaar tijd oh ah tja ach joh wacht loop kom schuif lukt loopt past werkt valt ligt doe ga geef maak spreek""".split()
)
_NL_SUBJECT = r"(?:ik|je|jij|u|we|wij|jullie|hij|zij|er)\b"
_NL_PARTICLE_AFTER = re.compile(r"^(?:(?:ze|hem|haar|het|die|dat)\s+)?(?:gewoon|maar|eens|ff|vooral|meteen|direct|gerust|rustig)\b(?!\s*(?:[,.!]|$|zitten\b))")
# a first-person or second-person subject in the first clause makes it a statement ("Ingrid spreek ik zelf aan")
_NL_SUBJECT_IN_CLAUSE = re.compile(r"^[^,;]*\b(?:ik|jij|wij|we|mij)\b")
# a separable particle closing the first clause: "Hang ... op", "Rond het ... af", "Zet ... door"
_NL_CLOSING_PARTICLE = re.compile(
    r"^\S+\s+(?:\S+\s+){1,6}?(?:op|af|door|aan|uit|mee|terug|weg|neer|toe|vast|bij|om|in|na|over)\s*(?:[,.!;]|$)"
)

_NL_LEAD = re.compile(r"^(?:gewoon\s+|even\s+|dan\s+|eerst\s+|misschien\s+|graag\s+)+")
_WORD = re.compile(r"^([a-zà-ÿ']+)\s+(.*)$")


def bare_imperative(s: Sentence, lang: str) -> bool:
    """Does a Dutch sentence start with a bare verb that gives an order or a tip (no verb list needed)?"""
    if lang != "nl" or s.question_mark:
        return False
    core = _NL_LEAD.sub("", s.core)
    m = _WORD.match(core)
    if m is None:
        return False
    verb, rest = m.groups()
    if verb in _NL_NOT_VERB or len(verb) < 3 or verb.endswith(("en", "de", "te", "st")):
        return False
    if re.match(_NL_SUBJECT, rest) or _NL_SUBJECT_IN_CLAUSE.match(rest):
        return False  # "Hang je ...", "Ingrid spreek ik zelf aan": a question or a statement
    return bool(_NL_PARTICLE_AFTER.match(rest) or _NL_CLOSING_PARTICLE.match(core))
