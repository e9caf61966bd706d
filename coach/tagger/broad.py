"""Broader features that do not depend on one writer's wording.

- a future moment or deadline ("deze week", "voor vrijdag", "na de vakantie",
  "by the 15th", "next Tuesday") inside a directive, a request or a proposal is
  a checkpoint (eval/README.md: "Any deadline ... is a checkpoint act"); a past
  or habitual moment ("vorige week", "every Monday as usual") is none;
- praise structure: an evaluative word + a concrete piece of work or a
  second-person past-tense deed ("What a clear schedule you put together!",
  "Je voorstel zat goed in elkaar", "You got it signed off in two weeks,
  that's impressive") is positive_feedback;
- a statement that reuses much of the other's previous turn (content words
  or numbers) reads as a reflection when it carries no other act
  ("Honderdachtendertig, dus ruim boven die honderd", "They refuse, basically").
"""

from __future__ import annotations

import re

from coach.tagger.sentences import Sentence, content_words

_DAYS_NL = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
_MONTHS_NL = r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
_DAYS_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTHS_EN = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"

# a deadline: the moment itself says "by then"
_DEADLINE = {
    "nl": re.compile(
        rf"\b(?:(?:voor|vóór|uiterlijk|tegen)\s+(?:{_DAYS_NL}|morgen|(?:het\s+)?eind|(?:de|deze|volgende)\s+(?:week|maand)|\d{{1,2}}\s+{_MONTHS_NL}|{_MONTHS_NL}|"
        rf"de\s+(?:kerst\w*|zomer\w*|vakantie|\w*vakantie|\w*overleg|\w*vergadering|audit|opening|start|\w+de|\w+ste))|deze\s+week|morgen|overmorgen|"
        rf"eind\s+(?:{_MONTHS_NL}|van\s+de\s+(?:week|maand))|over\s+(?:een|twee|drie|vier|zes|\d+)\s+(?:weken|week|dagen|maanden)|binnen\s+(?:een|twee|drie|\d+)\s+(?:weken|week|dagen)|deadline)\b"
    ),
    "en": re.compile(
        rf"\b(?:(?:by|before|no\s+later\s+than)\s+(?:the\s+)?(?:end\s+of|\d|first|second|third|\w+teenth|\w+tieth|next|this|{_DAYS_EN}|{_MONTHS_EN}|christmas|easter|half[\s-]term|tomorrow|tonight|close)|"
        rf"this\s+week|tomorrow|end\s+of\s+(?:the\s+)?(?:week|month|day|{_MONTHS_EN})|(?:in|within)\s+(?:a|one|two|three|four|six|\d+|a\s+couple\s+of)\s+(?:weeks?|days?)|deadline)\b"
    ),
}
# a moment that is agreed only when something is to happen then (a meeting, a draft, news)
_FUTURE_MOMENT = {
    "nl": re.compile(
        rf"(?<!elke\s)(?<!iedere\s)(?<!vorige\s)(?<!afgelopen\s)(?<!de\s)\b(?:{_DAYS_NL}(?:ochtend|middag|avond)?|(?:volgende|komende)\s+(?:week|maand)|"
        rf"(?:begin|half|medio|midden)\s+{_MONTHS_NL}|\d{{1,2}}\s+{_MONTHS_NL}|na\s+(?:de|het)\s+\w+)\b"
    ),
    "en": re.compile(
        rf"(?<!every\s)(?<!last\s)(?<!the\s)\b(?:{_DAYS_EN}|(?:next|coming)\s+(?:week|month|term)|(?:middle|start|beginning)\s+of\s+(?:{_MONTHS_EN}|the\s+(?:week|month|term))|after\s+the\s+\w+)\b"
    ),
}
_MEETING = {
    "nl": re.compile(
        r"\b(?:bespreken|bespreek|bijpraten|seintje|laten\s+weten|laat\s+(?:\w+\s+)?weten|update|kijken|bekijken|zitten|afspreken|afspraak|spreken|zien|horen|hoor|"
        r"sturen|stuur|opzet|versie|concept|terugkoppel\w*|doornemen|evalueren|checken|langs|presenteren|laten\s+zien)\b"
    ),
    "en": re.compile(
        r"\b(?:catch\s+up|check\s+in|touch\s+base|meet|talk|discuss|show|update|draft|outline|version|let\s+me\s+know|tell\s+me|send|look\s+at|look\s+over|"
        r"review|go\s+through|sit\s+down|hear|report|ping|call)\b"
    ),
}
# a statement that asks for something by then
_AGREEING = {
    "nl": re.compile(r"\b(?:moet|moeten|wil|graag|hebben|klaar|af|rond|binnen|opleveren|inleveren|lever\w*|sturen|stuur|regelen|regel|geregeld)\b"),
    "en": re.compile(r"\b(?:need|needs|must|want|like|have|done|ready|finished|sorted|deliver|due|submit|send|in\s+place|signed)\b"),
}
_PAST_OR_SMALLTALK = {
    "nl": re.compile(r"\b(?:vorige|afgelopen|gisteren|was|waren|had|hadden|zou|weekend|verjaardag|vakantie\s+gehad)\b"),
    "en": re.compile(r"\b(?:last|yesterday|was|were|had|would|weekend\s+was|birthday|weather)\b"),
}
# not an agreed moment: a start date ("vanaf volgende maand"), a lesson ("volgende keer"),
# the manager's own next action ("ik stuur hem vandaag"), a missed moment ("should've ... Friday")
_NOT_AGREED = {
    "nl": re.compile(r"\b(?:vanaf|per|volgende\s+keer|voortaan)\b|(?:^|,\s*|\bdan\s+)ik\s+(?!wil\b|zou\s+graag\b|verwacht\b|hoor\b)\w+|\b\w+\s+ik\s+(?:hem|haar|het|dat|die|je)\b|\bhad\s+(?:je|jij)\b"),
    "en": re.compile(r"\b(?:from|starting|next\s+time|in\s+future)\b|(?:^|,\s*|\bthen\s+)(?:i'll|i\s+will|i'm\s+going\s+to|i\s+can)\b|\b(?:should|could|would)(?:'ve|\s+have)\b"),
}


# a recurring check-in being agreed ("en elke maandag even een kwartiertje met mij", "we spreken elke
# vrijdag even kort af", "a catch-up every two weeks"); not a habit told in the past or "as usual"
_RECURRING = {
    "nl": re.compile(rf"\b(?:elke|iedere|om\s+de)\s+(?:{_DAYS_NL}\w*|week|twee\s+weken|\w+\s+weken|maand|ochtend|middag|dag)\b|\bwekelijks\b|\b{_DAYS_NL}(?:ochtend|middag)en\b"),
    "en": re.compile(rf"\b(?:every|each)\s+(?:{_DAYS_EN}|week|two\s+weeks|other\s+week|fortnight|month|morning)\b|\b(?:weekly|fortnightly)\b|\b{_DAYS_EN}\s+(?:mornings|afternoons)\b"),
}
_CHECK_IN = {
    "nl": re.compile(r"\b(?:met\s+mij|bij\s+mij|samen|afspreken|spreken|overleg|kwartiertje|halfuurtje|uurtje|update|bijpraten|bespreken|doornemen|zitten|kijken)\b"),
    "en": re.compile(r"\b(?:with\s+me|catch[\s-]up|check[\s-]in|meet|talk|update|walkthrough|walk\s+through|go\s+through|sit\s+down|touch\s+base|call|on\s+site)\b"),
}
_HABIT = {
    "nl": re.compile(r"\b(?:zoals\s+altijd|zoals\s+gewoonlijk|toch\s+al|deden|deed|was|waren|had|hadden|vorige|afgelopen)\b"),
    "en": re.compile(r"\b(?:as\s+usual|as\s+always|already|used\s+to|did|was|were|had|last)\b"),
}


def recurring_checkin(s: Sentence, lang: str) -> bool:
    key = s.key
    return (lang in _RECURRING and bool(_RECURRING[lang].search(key)) and bool(_CHECK_IN[lang].search(key))
            and not _HABIT[lang].search(key))


def deadline_checkpoint(s: Sentence, lang: str, directive: bool, question: bool = False) -> bool:
    """A deadline in a directive or request, or a future moment at which something is to be
    shown, sent or discussed (a question needs the request or proposal itself: "Lukt het voor
    vrijdag?" only asks), or a recurring check-in being agreed."""
    key = s.key
    if (directive or not question) and recurring_checkin(s, lang):
        return True
    deadline = bool(_DEADLINE[lang].search(key))
    moment = deadline or bool(_FUTURE_MOMENT[lang].search(key))
    if not moment or _NOT_AGREED[lang].search(key):
        return False
    if (not directive and (question or _PAST_OR_SMALLTALK[lang].search(key))):
        return False
    if deadline and (directive or _AGREEING[lang].search(key)):
        return True
    return bool(_MEETING[lang].search(key))


_EVAL_NL = (
    r"(?:helder|duidelijk|goed|sterk|mooi|overzichtelijk|grondig|compleet|scherp|net|strak|knap|prachtig|zorgvuldig|verzorgd|"
    r"degelijk|slim|professioneel|creatief|handig|uitstekend|geweldig|fantastisch|degelijk|solide|heldere|duidelijke|goede|sterke|mooie|"
    r"overzichtelijke|grondige|complete|scherpe|nette|strakke|knappe|slimme|professionele|creatieve|handige|uitstekende|geweldige|fantastische)"
)
_EVAL_EN = (
    r"(?:clear|clean|good|great|strong|solid|thorough|neat|excellent|brilliant|fantastic|amazing|impressive|smart|clever|lovely|nice|"
    r"tidy|sharp|professional|useful|helpful|well[\s-]\w+|spot[\s-]on|superb|outstanding|first[\s-]class|perfect|creative|detailed)"
)
_PRAISE = {
    "nl": re.compile(
        rf"^wat\s+een\s+(?:\w+\s+)?{_EVAL_NL}\s+\w+|"
        rf"\b(?:zit|zat|zitten|zaten)\s+(?:echt\s+|heel\s+|erg\s+|super\s+)?(?:goed|sterk|strak|mooi|knap|slim|prima|logisch)\s+in\s+elkaar\b|"
        rf"\b(?:werkt|werkte|werken|werkten|loopt|liep)\s+(?:nu\s+)?(?:echt\s+|veel\s+|heel\s+|super\s+|een\s+stuk\s+)?(?:beter|soepeler|sneller|prima|perfect|top|als\s+een\s+trein)\b|"
        rf"\b(?:heb|hebt|had)\s+(?:je|jij)\s+(?:\w+\s+){{0,5}}(?:echt\s+|heel\s+|erg\s+|super\s+)?{_EVAL_NL}\s+(?:\w+\s+){{0,2}}ge\w+(?:d|t|en)\b|"
        rf"\b(?:je|jij)\s+hebt\s+(?:\w+\s+){{1,6}}ge\w+(?:d|t|en)\b.*\b(?:knap|sterk|top|mooi|goed\s+werk|indrukwekkend|petje\s+af|chapeau)\b"
    ),
    "en": re.compile(
        rf"^what\s+an?\s+(?:really\s+|very\s+)?{_EVAL_EN}\s+\w+|^how\s+{_EVAL_EN}\s+(?:that|your|the|this)\s+\w+\s+(?:is|was|looks|were|are)\b|"
        rf"\b(?:really\s+|very\s+)?(?:nice|great|good|excellent|brilliant|solid|fantastic|top)\s+(?:work|job)\s+(?:on|with)\s+(?:the|your|that|those|this|these)\s+\w+(?!.*\b(?:so\s+far|until\s+now)\b)|"
        rf"\b(?:works|worked|working|runs|ran|running)\s+(?:so\s+|much\s+|a\s+lot\s+|really\s+|far\s+)?(?:better|smoother|faster|well|nicely|perfectly|like\s+a\s+charm)\b(?!\s+(?:if|when|for\s+you\s*\?))|"
        rf"\b(?:made|makes|has\s+made)\s+(?:a\s+|such\s+a\s+)?(?:big\s+|huge\s+|real\s+|massive\s+)?difference\b|"
        rf"\byou(?:'ve|\s+have)?\s+(?:already\s+|really\s+)?(?:got|made|did|wrote|built|found|kept|brought|ran|put|pulled|turned|cut|sorted|\w+ed)\b.{{3,}}\b(?:impressive|brilliant|excellent|amazing|fantastic|spot\s+on|well\s+done|great\s+work|nice\s+work|good\s+work|really\s+good)\b"
    ),
}
_NEG = re.compile(r"\b(?:niet|geen|nog\s+niet|not|no|isn't|wasn't|didn't|doesn't|never)\b")


def praise_names_work(s: Sentence, lang: str) -> bool:
    m = _PRAISE[lang].search(s.core)
    return bool(m) and not _NEG.search(s.core[: m.start()] + " " + m.group(0))


_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|ik|me|mij|my|mijn)\b")
_NUMBER_OR_WORD = re.compile(r"[a-zà-ÿ0-9']{3,}")


def strong_echo(s: Sentence, previous: str | None, stop: frozenset[str]) -> bool:
    """The sentence reuses the other's words: at least two shared content words (or one
    long one in a short sentence) making up at least 40% of its content words."""
    if not previous or _FIRST_PERSON.search(s.key):
        return False
    words = content_words(s.key, stop) | {w for w in _NUMBER_OR_WORD.findall(s.key) if w.isdigit()}
    if not words:
        return False
    prev = content_words(previous, stop) | set(re.findall(r"\d+", previous))
    stems = {p[:5] for p in prev if len(p) > 5}
    shared = {w for w in words if w in prev or (len(w) > 5 and w[:5] in stems)}
    if len(shared) >= 2 and len(shared) * 5 >= 2 * len(words):
        return True
    return len(shared) == 1 and len(words) <= 2 and len(next(iter(shared))) >= 6


# praise of work the other has just reported done ("Ik heb de handleiding af." -> "Hij ziet er top uit";
# "I sent the minutes." -> "Those minutes were the clearest I've seen"): an evaluative predicate on a
# deictic subject, in a statement, after a turn that reports a finished deed
_REPORTED_DONE = {
    "nl": re.compile(r"\b(?:ik|we|wij)\s+(?:heb|hebben|had|hadden)\b.*\b(?:ge\w+(?:d|t|en)|\w+eerd|af|klaar|rond|binnen)\b|"
                     r"\b(?:is|zijn)\s+(?:\w+\s+){0,2}(?:klaar|af|rond|verwerkt|verstuurd|geregeld|gedaan|opgeleverd|binnen)\b"),
    "en": re.compile(r"\b(?:i|we)(?:'ve|\s+have|\s+had)?\s+(?:\w+\s+)?(?:\w+ed|done|sent|made|got|set|put|built|wrote|sorted|ran|finished)\b|"
                     r"\b(?:is|are)\s+(?:all\s+)?(?:done|up|ready|finished|live|sorted|in\s+place)\b"),
}
_EVAL_PREDICATE = {
    "nl": re.compile(rf"^(?:(?:dat|die|dit|deze|het|hij|ze|zij|je|jouw)\b(?:\s+\w+){{0,3}}\s+(?:is|was|zijn|waren|ziet|zien|zag|zagen|klinkt|leest)\b(?:\s+\w+){{0,3}}\s+"
                     rf"(?:{_EVAL_NL}|top|netjes|knap|prima|perfect|precies)\b|(?:{_EVAL_NL}|top|netjes|knap|slim),\s+(?:dat|die|deze|je|jouw)\s+\w+)"),
    "en": re.compile(rf"^(?:(?:that|those|this|these|it|the|your)\b(?:\s+\w+){{0,3}}\s+(?:is|was|are|were|looks|looked|reads|sounds|'s)\b(?:\s+\w+){{0,3}}\s+"
                     rf"(?:{_EVAL_EN}|\w+est|exactly)\b|(?:that's|it's)\s+(?:\w+\s+){{0,2}}(?:{_EVAL_EN}|exactly)\b)"),
}
_PLAN = re.compile(r"\b(?:plan|idee|voorstel\s+om|gaat|gaan|zou|zal|will|would|going\s+to|idea|if|als|one|point|question|vraag|punt|lesson|les)\b")  # praise of an idea or a lesson, not of work


def praise_of_reported_work(s: Sentence, lang: str, previous: str | None) -> bool:
    if not previous or s.question_mark or lang not in _EVAL_PREDICATE:
        return False
    m = _EVAL_PREDICATE[lang].search(s.core)
    if not m or _NEG.search(m.group(0)) or _PLAN.search(s.key):
        return False
    return bool(_REPORTED_DONE[lang].search(previous.lower().replace("’", "'")))


# a date on the intended result is an agreed deadline ("een lijst ... die vóór de inspectie bij het MT
# ligt", "in week 42", "by Christmas", "before the auditors arrive on the fifteenth")
_RESULT_DATE = {
    "nl": re.compile(rf"\b(?:in\s+(?:week\s+\d+|{_MONTHS_NL}|het\s+(?:voorjaar|najaar))|op\s+\d{{1,2}}\s+{_MONTHS_NL}|(?:voor|vóór|tegen)\s+(?:de|het)\s+\w+|"
                     rf"(?:aan\s+het\s+|tegen\s+het\s+)?eind\s+van\s+(?:het\s+jaar|dit\s+jaar|de\s+maand)|(?:voor|vóór)\s+{_MONTHS_NL}|(?:voor|vóór)\s+[a-z]+\s+friday)\b"),
    "en": re.compile(rf"\b(?:in\s+(?:week\s+\d+|{_MONTHS_EN}|the\s+(?:spring|autumn|summer|new\s+year))|by\s+the\s+(?:summer|spring|autumn|winter|holidays|deadline)|before\s+the\s+\w+|"
                     rf"on\s+the\s+\w+(?:th|st|nd|rd)|(?:by|at)\s+the\s+end\s+of\s+the\s+(?:year|term|quarter))\b"),
}


def dated_result(s: Sentence, lang: str) -> bool:
    """A result sentence that names when it must stand (not a past or a starting moment)."""
    key = s.key
    if lang not in _RESULT_DATE or _NOT_AGREED[lang].search(key) or _PAST_OR_SMALLTALK[lang].search(key):
        return False
    return bool(_DEADLINE[lang].search(key) or _RESULT_DATE[lang].search(key))



# the other asks what the outcome should be ("Wat moet het opleveren?", "What would success look
# like?"): a plain statement that answers names the result
_ASKS_OUTCOME = {
    "nl": re.compile(r"\b(?:opleveren|oplevert|resultaat|eindresultaat|verwacht\s+(?:je|jij)|wanneer\s+is\s+het\s+(?:goed|klaar)|hoe\s+weet\s+ik|wat\s+moet\s+(?:er|het)\s+(?:uit|liggen|staan)|doel)\b[^?]*\?"),
    "en": re.compile(r"\b(?:outcome|result|success|deliverable|end\s+product|expect\s+(?:from|of)|what\s+does\s+good\s+look|how\s+will\s+(?:i|we)\s+know|done\s+look)\b[^?]*\?"),
}


def answers_outcome_question(previous: str | None, lang: str) -> bool:
    return bool(previous) and lang in _ASKS_OUTCOME and bool(_ASKS_OUTCOME[lang].search(previous.lower()))
