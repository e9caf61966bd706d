"""What the delegatee's turns say (offline, nl + en): the signals the judge and the monkey verdict need.

    delegatee_signals(text, lang) -> list[Signal]

Kinds of signal, each with a verbatim quote (the sentence that carries it):

- `problem`: an obstacle or problem raised ("ik loop vast op de cijfers", "Finance hasn't replied").
- `upward`: an attempt to delegate upward ("kun jij niet even Piet bellen?", "could you call them?");
  an upward attempt is always a problem as well.
- `hand_back`: a network contact handing the task back ("ik krijg het er echt niet meer bij",
  "I'm afraid I'll have to give this back").
- `commitment`: agreement to, or ownership of, a next step ("ik bel hem morgen", "I'll draft it tonight").
- `experienced` / `inexperienced`: what they say about their experience with the task.

`network_hint(text, lang)` tells whether a turn (of either speaker) shows that the delegatee is a
network contact rather than an employee ("je bent niet verplicht", "as a favour").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from coach.models import Language

_A = "['’]"  # straight or curly apostrophe


class Signal(NamedTuple):
    kind: str
    quote: str


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


# Phrases that look like a problem but deny one ("geen probleem", "no problems so far").
_NOT_A_PROBLEM = {
    "nl": _rx(r"\bgeen (probleem|problemen|zorgen|obstakels?|moeilijkheden)\b", r"\bniet (zo )?(moeilijk|lastig)\b",
              r"\bniets? (aan de hand|bijzonders)\b", r"\bgeen idee\b",
              r"\b(als|mocht) (dat|het) niet (werkt|lukt)\b"),
    "en": _rx(r"\bno (problem|problems|issues?|worries|obstacles?|concerns?)\b", r"\bnot (too |that |so )?(hard|difficult|tricky)\b",
              r"\bnothing (major|much|special)\b", r"\bif (that|it|this) (doesn{A}t|does not|didn{A}t) work\b".format(A=_A)),
}
# A difficulty that is already behind them ("was lastig, maar het is opgelost", "tricky, but sorted now") is no open problem.
_RESOLVED = {
    "nl": _rx(r"\b(is|zijn|werd|was) (inmiddels |al |gelukkig )?opgelost\b", r"\bviel (uiteindelijk )?mee\b"),
    "en": _rx(r"\b(is|was|got|are|were) (now |already |all )?(solved|sorted|fixed|resolved)\b", r"\bturned out fine\b"),
}

_PROBLEM = {
    "nl": _rx(
        r"\bloop(t|en)?\b.{0,40}?\b(aan|vast)\b", r"\btegenaan\b", r"\blukt (me |mij |het |ons )*niet\b",
        r"\bvast(gelopen| te zitten)\b", r"\bzit(ten)? (ik |we )?(een beetje |echt |helemaal )?vast\b", r"\bproblee?m(en)?\b",
        r"\blastig\b", r"\bmoeilijk(heden)?\b", r"\bobstakels?\b", r"\bknelpunt", r"\bstruikel",
        r"\bkrijg\w* (ik |we )?\w* ?\w* ?niet\b", r"\bgeen (reactie|antwoord|tijd|budget|toegang|gehoor)\b",
        r"\breageer?t? niet\b", r"\bwacht(en)? (nog )?(steeds )?op\b", r"\bvertraging\b", r"\bachter( op schema)?\b.*\b(lig|zit|loop)",
        r"\buitgelopen\b", r"\btegenvaller", r"\bzorgen\b", r"\bweet (ik )?(niet|nog niet) (goed )?(hoe|wat|of|wie)\b",
        r"\bniet (helemaal )?zeker\b", r"\bgaat (niet|nog niet) (zo )?(goed|lekker|soepel)\b", r"\bkom (ik )?niet verder\b",
        r"\bniet (op tijd|haalbaar)\b", r"\bniet redden\b", r"\btekort\b", r"\bte weinig\b", r"\bniet genoeg\b", r"\bkrap\b",
        r"\bdurf\b.{0,25}\bniet\b", r"\bwil(len)? niet\b", r"\bweiger", r"\bte lang\b", r"\bduurt te\b", r"\bmeer werk dan\b",
        r"\bniet (meer )?(mag|mogen)\b", r"\b(mag|mogen) (ik|we) (maar|alleen|niet)\b", r"\b(ik|we) (mag|mogen) niet\b",
        r"\bkom (er|ik) (\w+ )?niet uit\b", r"\bgedoe\b", r"\bingewikkeld\b", r"\btegenwerk", r"\bweerstand\b", r"\bniet mee(werken|willen)\b",
        r"\bafgezegd\b", r"\buitgevallen\b", r"\b(te|erg|heel) druk\b", r"\bgeen capaciteit\b", r"\bonduidelijk\b", r"\bvertraagd\b",
        r"\bloopt uit\b", r"\bniet gehaald\b", r"\bwerkt niet\b", r"\bklacht", r"\bontevreden\b", r"\bbezet\b", r"\bniet beschikbaar\b",
        r"\bdubbel geboekt\b", r"\bte veel\b", r"\bteveel\b", r"\bhulp nodig\b", r"\bknel",
        r"\bte (groot|klein|hoog|laag|duur|traag|langzaam|groot)\b", r"fouten\b", r"\bniet goed in\b", r"\bnegeer", r"\bgenegeerd\b", r"\bdemotiver", r"\bontmoedig", r"\btraag\b", r"\bniemand (over|beschikbaar|vrij)\b",
        r"\bnog steeds niet\b", r"\bminder leuk\b", r"\b(al )?genoeg (aan (mijn|m['’]n) hoofd|te doen|op (mijn|m['’]n) bord)\b",
        r"\bniets? mee gedaan\b", r"\bwaarom ik\b",
        # broader classes: worse than expected, stalled, fallen away, unheard, put off, out of one's depth
        r"\b(trager|langzamer|langer|moeilijker|lastiger|duurder|meer tijd|meer werk|meer geld) dan (ik|we|wij) (had )?(hoopte|hoopten|dacht|dachten|verwacht|verwachtte|gepland|gehoopt)",
        r"\bkost\w* (veel |wel |echt )?(meer|langer)\b", r"\b(loop|lig|zit)(t|en)? (\w+ )?achter\b", r"\bschiet(en)? (\w+ )?niet op\b",
        r"\b(niet|geen stap) vooruit\b", r"\b(afgevallen|afgehaakt|weggevallen|niet doorgegaan|gaat niet door|viel (af|weg))\b",
        r"\b(laat|laten) (niks|niets) van zich horen\b", r"\bhoor\w* (maar |nog )?(niks|niets)\b", r"\baan het lijntje\b",
        r"\bafgescheept\b", r"\bhoudt? (de boot|me) af\b", r"\bkink in de kabel\b", r"\bhaken en ogen\b", r"\baddertje\b",
        r"\bdoor de bomen\b", r"\boverzicht kwijt\b", r"\bweet niet waar ik (moet )?beginnen\b", r"\bboven mijn pet\b",
        r"\bklopp?(t|en) (\w+ )?niet\b", r"\bover (het|ons|mijn) budget\b", r"\bziek\b", r"\bgriep\b", r"\bmis(gegaan|gelopen)\b",
        r"\bfout (gegaan|gelopen)\b", r"\bslecht nieuws\b", r"\bonderbezet\b", r"\bweet niet of ik\b", r"\beng\b", r"\bboze?\b", r"\bhelpt niet\b", r"\bvolgeboekt\b", r"\bgaat (echt |gewoon )?niet\b", r"\bspannend\b", r"\bziet? (er )?tegen ?op\b",
    ),
    "en": _rx(
        r"\bstuck\b", r"\bstruggl", r"\bproblems?\b", r"\bissues?\b", r"\bobstacles?\b", r"\bblock(er|ed|ing)\b",
        r"\bdifficult", r"\bhard time\b", r"\btricky\b", r"\b(can|could|did)( ?no|n{A}t) get\b".format(A=_A),
        r"\bcan{A}t\b|\bcannot\b".format(A=_A), r"\b(not|un)able to\b",
        r"\bno (response|reply|answer|time|budget|access)\b", r"\bhas(n{A}t| not) (replied|answered|responded|got back)".format(A=_A),
        r"\bhaven{A}t heard\b".format(A=_A), r"\bwaiting (for|on)\b", r"\bdelay", r"\bbehind( schedule)?\b", r"\bslipp",
        r"\brunning (late|into)\b", r"\bran into\b", r"\bworr(y|ied)\b", r"\bconcern",
        r"\bnot sure (how|what|whether|if|who)\b", r"\bdon{A}t know (how|what|whether|if|who)\b".format(A=_A),
        r"\bhit a (wall|snag)\b", r"\bnot going (well|smoothly)\b", r"\bdreading\b", r"\bshort of\b", r"\bnot enough\b",
        r"\btoo (few|little|long|much)\b", r"\bshortage\b", r"\brefus", r"\bwon{A}t (use|do|work|sign|cooperate)\b".format(A=_A),
        r"\bmore work than\b", r"\b(don{A}t|doesn{A}t) want to\b".format(A=_A), r"\bnot allowed\b", r"\bonly allowed\b",
        r"\b(doesn{A}t|don{A}t|isn{A}t|not) work(ing)?\b".format(A=_A), r"\bbroken\b", r"\bcomplain", r"\bupset\b", r"\bunhappy\b",
        r"\bpushback\b", r"\bpushing back\b", r"\bresist", r"\bcancel", r"\bdropped out\b", r"\boff sick\b", r"\btoo busy\b",
        r"\bswamped\b", r"\boverloaded\b", r"\bno capacity\b", r"\bunclear\b", r"\bconfusing\b", r"\bcomplicated\b", r"\bslipped\b",
        r"\brunning behind\b", r"\bover budget\b", r"\bdouble[- ]booked\b", r"\b(un|not )available\b", r"\bfully booked\b",
        r"\bclash", r"\bsnag\b", r"\bhiccup\b", r"\bheadache\b", r"\bnightmare\b", r"\bneed (your|some) help\b", r"\bbottleneck\b",
        r"\bthe (problem|thing|trouble) is\b", r"\bignor(e|es|ed|ing)\b",
        r"\btoo (big|small|high|low|slow|expensive)\b", r"\bbad news\b", r"\bnot (such )?good news\b", r"\bnot sure I\b", r"\bshort (every|on|staffed|of staff)\b", r"\bunderstaffed\b", r"errors\b", r"mistakes\b", r"\bangr(y|ier)\b", r"\bnot good (with|at)\b", r"\bdemotivat",
        r"\b(too|very|really|going|so) slow(ly)?\b", r"\bdiscourag", r"\b(no one|nobody) (free|available|spare)\b",
        r"\bstill (haven{A}t|hasn{A}t|not)\b".format(A=_A), r"\bscary\b", r"\bnervous\b",
        r"\b(doesn{A}t|didn{A}t) help\b".format(A=_A), r"\bbooked up\b", r"\b(enough|too much|a lot) on my plate\b",
        r"\bnobody did anything with\b", r"\bnothing (happened|came of it|was done)\b", r"\bwhy me\b",
        # broader classes: worse than expected, stalled, fallen away, unheard, put off, out of one's depth
        r"\b(slower|longer|harder|trickier|more expensive|more work|more time|less) than (I|we) (had )?(hoped|thought|expected|planned)\b",
        r"\btaking (way |much |a lot |far )?longer\b", r"\b(not getting|getting) (anywhere|nowhere)\b", r"\bgoing nowhere\b",
        r"\b(fell|fallen|falling) through\b", r"\b(pulled|backed|dropped) out\b", r"\bfob(bing|bed)? (me|us) off\b", r"\bputting (me|us) off\b",
        r"\bstalling\b", r"\b(haven{A}t|hasn{A}t|not) (got|gotten|come) back\b".format(A=_A), r"\bheard nothing\b", r"\bno word (from|yet)\b",
        r"\bout of my depth\b", r"\bin over my head\b", r"\boverwhelm", r"\b(a bit |bit |totally |completely )?lost (with|on)\b",
        r"\bdon{A}t know where to (start|begin)\b".format(A=_A), r"\b(don{A}t|doesn{A}t) add up\b".format(A=_A),
        r"\b(finding|find|found) it (hard|tough|difficult)\b", r"\b(it{A}s|is|was|it has been|it{A}s been) (really |very |a bit |pretty )?(hard|tough|rough)\b".format(A=_A),
        r"\boff (with|sick)\b", r"\b(sick|ill|flu)\b", r"\bwent wrong\b", r"\bgone wrong\b", r"\bover (the |our )?budget\b",
    ),
}

_UPWARD = {
    "nl": _rx(
        r"\b(kun|kan|kunt|zou|wil|wilt) (jij|je|u) (niet |misschien |eens |even |niet even |dat |dit |hem |haar |ze )*\w*.*"
        r"\b(bellen|mailen|regelen|vragen|oppakken|overnemen|opnemen|aanspreken|praten|escaleren|langsgaan|oplossen|afhandelen)\b.*\?",
        r"\bvoor (mij|me) (bellen|mailen|regelen|doen|oppakken|oplossen|vragen)\b",
        r"\b(is het niet|zou het niet|was het niet) (handiger|beter|makkelijker|sneller) als (jij|u)\b",
        r"\b(misschien )?(kun|kan) jij (het |dat |dit )?beter\b", r"\bjij (hebt|heeft) (meer|betere) (ingang|contacten|invloed)\b",
        r"\bjij kent (hem|haar|ze|hen) (beter|goed)\b", r"\bneem jij (het|dat|dit) (even )?over\b",
    ),
    "en": _rx(
        r"\b(could|can|would|will) you (maybe |just |please |perhaps )*(call|email|e-mail|ring|talk|speak|ask|sort|handle|take (this|it|that) over|"
        r"deal with|reach out|contact|escalate|chase|push|have a word|fix|step in|do (it|this|that)|raise|bring (it|this) up|mention)\b",
        r"\b(would|wouldn{A}t) it be (better|easier|quicker|faster) if you\b".format(A=_A),
        r"\bmaybe you (could|can|should)\b", r"\byou know (him|her|them) better\b", r"\byou have (more|better) (pull|contacts|influence)\b",
        r"\bcan you take (this|it|that) (off my plate|over)\b",
        r"\bwould you mind\b.{0,30}\b(calling|ringing|emailing|talking|asking|having a word|sorting|handling|chasing|contacting|speaking)\b",
    ),
}

_HAND_BACK = {
    "nl": _rx(
        r"\bkrijg (het|dit|dat) (er )?(echt |gewoon |helaas )*niet (meer )?bij\b", r"\bteruggeven\b", r"\bgeef (het|dit|de taak|je vraag) (aan je |aan jou )?terug\b",
        r"\b(kan|ga) (het|dit|dat) (toch |echt |helaas )*niet (meer )?(doen|oppakken|afmaken|combineren)\b",
        r"\bandere prioriteiten\b", r"\bgeen tijd meer (voor|om)\b", r"\bhaak (ik )?af\b", r"\bmoet (ik )?(afhaken|ervan afzien|hiervan afzien)\b",
        r"\btrek (ik )?me terug\b", r"\blukt (me|mij) (echt |helaas )?niet meer\b", r"\bzie (ik )?me genoodzaakt\b",
        r"\bniet (meer )?op me nemen\b", r"\bkan\b.{0,40}\bniet meer\b.{0,15}\b(doen|afmaken|oppakken|trekken)\b",
        r"\bmag (het|dit|dat)\b.{0,30}\bniet meer\b",
        r"\bik denk niet dat ik (het|dit|dat) (nog )?(kan|ga)\b", r"\bkan (er )?niet (meer )?mee doorgaan\b",
        r"\bniet de aandacht (geven|die)\b",
        r"\bkan\b.{0,30}\bniet\b.{0,10}\b(afmaken|voortzetten|afronden)\b", r"\bga (er|het)\b.{0,30}\bniks meer van redden\b",
        r"\bkan (er|hier|daar) (\w+ )?niet (meer )?mee (verder|door)\b", r"\bme terug(trekken|te trekken)\b", r"\bafhaken\b",
    ),
    "en": _rx(
        r"\b(give|hand|pass) (this|it|the task|that) back\b", r"\bhave to (pass on|drop|back out|bow out|step back)",
        r"\bcan{A}t (take this on|do this|do it|keep doing this|carry on with this)( \w+)? (anymore|any more|after all)\b".format(A=_A),
        r"\bwon{A}t be able to (do|finish|take|continue|deliver|carry on|keep)\b".format(A=_A),
        r"\bstep(ping)? (away|down) from\b", r"\b(have|need) to (pull out|withdraw|hand (it|this) back)\b",
        r"\bother priorities\b", r"\bno longer (able|have (the )?time)\b", r"\bstep(ping)? back from\b", r"\b(back|bow|pull) out\b",
        r"\bhave to say no\b", r"\bcan no longer\b", r"\bcan{A}t\b.{{0,40}}\b(anymore|any more|after all)\b".format(A=_A),
        r"\bnot allowed to\b.{0,40}\b(anymore|any more)\b",
        r"\bI don{A}t think I can\b".format(A=_A), r"\bcan{A}t (carry on|continue|keep going)\b".format(A=_A),
        r"\b(give|devote) (it|this|them|the \w+( \w+)?) the (attention|time) (it|they) (needs?|deserves?)\b",
        r"\bcan{A}t (finish|complete) (it|this|the \w+)\b".format(A=_A),
        r"\b(not going to|won{A}t|don{A}t) have (the )?time\b".format(A=_A), r"\bcan{A}t lend\b".format(A=_A), r"\b(have to|need to|must) drop (this|it)\b", r"\bcan{A}t fit (it|this) in\b".format(A=_A),
    ),
}

_COMMITMENT = {
    "nl": _rx(
        r"\bik (ga|zal|pak|bel|mail|stuur|plan|maak|zorg|regel|neem|vraag|schrijf|check|kijk|loop|leg|doe)\b",
        r"\b(ga|zal|pak|bel|mail|stuur|plan|maak|regel|doe) ik\b", r"\bafgesproken\b", r"\bakkoord\b", r"\bdeal\b",
        r"\b(is|klinkt) (goed|prima)\b", r"\bdat doe ik\b", r"\bkom (ik )?(er|erop|bij je) (op )?terug\b",
    ),
    "en": _rx(
        r"\bI{A}ll\b".format(A=_A), r"\bI will\b", r"\bI{A}m going to\b".format(A=_A), r"\bI am going to\b", r"\bI can do that\b",
        r"\bwill do\b", r"\bsounds good\b", r"\bagreed\b", r"\bdeal\b", r"\blet me (call|check|draft|write|talk|ask|try|send|set up|get)\b",
        r"\bI{A}ll get back\b".format(A=_A),
    ),
}

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

_NETWORK = {
    "nl": _rx(r"\b(je|jij|u) (bent|is) (hier )?niet (toe )?verplicht\b", r"\bniet verplicht\b", r"\bhoef(t)? (je|jij|u) niet te doen\b",
              r"\bnetwerk\b", r"\b(een|als) gunst\b", r"\b(een|me een) plezier doen\b", r"\bbuiten (je|jouw) eigen (werk|taken|functie)\b",
              r"\bniet (bij|voor) (ons|mij) werkt\b", r"\bgeen (medewerker|collega) van (ons|mij)\b", r"\bvrijwillig"),
    "en": _rx(r"\bdon{A}t (report|work) (to|for) me\b".format(A=_A), r"\bnot (part of|in) your job\b", r"\bno obligation\b",
              r"\byou don{A}t have to\b".format(A=_A), r"\b(as|do me) a favou?r\b", r"\bmy network\b", r"\boutside your (own )?(role|job|team)\b",
              r"\bvolunteer"),
}

_SENTENCE = re.compile(r"[^.!?\n]+[.!?…]*")


def sentences(text: str) -> list[str]:
    """The sentences of a text, each a verbatim substring of it."""
    return list(_sentences(text))


@lru_cache(maxsize=8192)
def _sentences(text: str) -> tuple[str, ...]:
    out = [m.group(0).strip() for m in _SENTENCE.finditer(text)]
    return tuple(s for s in out if s)


def _lang(lang: str) -> str:
    return "nl" if lang == "nl" else "en"


@lru_cache(maxsize=4096)
def _signals(text: str, lang: str) -> tuple[Signal, ...]:
    lang = _lang(lang)
    found: list[Signal] = []
    for sentence in _sentences(text):
        kinds: list[str] = []
        if _HAND_BACK[lang].search(sentence):
            kinds.append("hand_back")
        if _UPWARD[lang].search(sentence):
            kinds += ["upward", "problem"]
        cleaned = _NOT_A_PROBLEM[lang].sub(" ", sentence)
        resolved = _RESOLVED[lang].search(sentence) and not _NEGATION[lang].search(_RESOLVED[lang].sub(" ", sentence))
        if "problem" not in kinds and _PROBLEM[lang].search(cleaned) and not resolved:
            kinds.append("problem")
        if not kinds and _COMMITMENT[lang].search(sentence) and not _NEGATION[lang].search(sentence):
            kinds.append("commitment")
        if _INEXPERIENCED[lang].search(sentence):
            kinds.append("inexperienced")
        elif _EXPERIENCED[lang].search(sentence) and not _NEGATION[lang].search(sentence):
            kinds.append("experienced")
        found.extend(Signal(k, sentence) for k in kinds)
    return tuple(found)


def delegatee_signals(text: str, lang: Language | str) -> list[Signal]:
    """The signals in one delegatee turn, in sentence order (cached, deterministic)."""
    return list(_signals(text, lang))


def kinds(text: str, lang: Language | str) -> set[str]:
    return {s.kind for s in _signals(text, lang)}


def first_quote(text: str, lang: Language | str, kind: str) -> str | None:
    for s in _signals(text, lang):
        if s.kind == kind:
            return s.quote
    return None


@lru_cache(maxsize=4096)
def network_hint(text: str, lang: Language | str) -> str | None:
    """The sentence that shows the delegatee is a network contact, if any."""
    rx = _NETWORK[_lang(lang)]
    for sentence in sentences(text):
        if rx.search(sentence):
            return sentence
    return None
