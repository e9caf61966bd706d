"""Who is who, and which conversation it is.

    choose_manager(transcript, lang) -> str        the speaker who delegates
    resolve_manager(transcript, name) -> str       a user-given name, checked against the speakers
    assign_roles(transcript, manager) -> dict      speaker -> manager | delegatee | other
    detect_phase(analysis) -> Phase                delegation | progress | final

The manager is the speaker who sounds like the one delegating: names results,
gives instructions and mandates, agrees check-in moments, asks the questions,
gives feedback and thanks.  Whoever raises problems, tries to hand them upward,
hands the task back or commits to next steps sounds like the delegatee.
The phase comes from the words of both speakers (a new task being handed over,
progress and obstacles, looking back on a finished task) and from the acts.
Both read at most the first DETECTION_TURNS turns, so long transcripts stay fast.
"""

from __future__ import annotations

import re

from coach import signals
from coach.errors import InputError
from coach.models import Analysis, Phase, Role, Transcript


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


# Cues of the speaker who delegates (weight, pattern); nl and en together: the words rarely collide.
_MANAGER_CUES: tuple[tuple[float, re.Pattern[str]], ...] = (
    (3.0, _rx(r"\bik wil (je|jou) (iets )?vragen\b", r"\bik vraag (het )?(je|jou)\b", r"\bop (je|jou) (nemen|pakken)\b",
              r"\bI{0}d like you to\b".format("['’]"), r"\bI want you to\b", r"\bI{0}m asking you\b".format("['’]"),
              r"\btake (this|it) on\b", r"\bhand (this|it) over to you\b", r"\bwil (ik|jij) (graag )?(dat )?(jij|je) .*oppakt\b",
              r"\b(ik )?heb (een|nog een) (klus|klusje|taak|opdracht|grotere klus) voor (je|jou)\b", r"\bjij gaat\b",
              r"\bik (wil|zou) graag (willen )?dat (jij|je)\b", r"\bI (have|{0}ve got) (a|an) (job|task|assignment) for you\b".format("['’]"),
              r"\byou{0}re going to\b".format("['’]"))),
    (2.0, _rx(r"\b(eind)?resultaat\b", r"\bwat ik (nodig heb|wil|verwacht)\b", r"\bhet doel\b", r"\bwhat I (need|want|expect)\b",
              r"\bthe (end )?result\b", r"\bdeliverable\b", r"\bthe goal\b")),
    (2.0, _rx(r"\b(je|jij) mag\b", r"\bmandaat\b", r"\bbudget\b", r"\bbinnen de kaders\b", r"\byou (can|may) decide\b",
              r"\bmandate\b", r"\bscope\b", r"\bup to you\b", r"\baan jou\b")),
    (1.5, _rx(r"\blaten we\b", r"\bzullen we\b", r"\blet{0}s\b".format("['’]"), r"\bshall we\b", r"\bcheck[- ]in\b",
              r"\bstuur (me|mij)\b", r"\bsend me\b", r"\blaat (je )?(me|mij) .*weten\b", r"\blet me know\b", r"\bkeep me posted\b")),
    (1.5, _rx(r"\bgoed gedaan\b", r"\bknap\b", r"\bwell done\b", r"\bgreat (work|job)\b", r"\bnice work\b", r"\bgood job\b",
              r"\bwaardeer\b", r"\bappreciate\b", r"\bfijn dat (je|jij)\b", r"\bvertrouw\b", r"\bI trust\b", r"\bconfident\b")),
    (0.5, _rx(r"\bdank( je|jewel| u)?\b", r"\bbedankt\b", r"\bthank(s| you)\b")),  # both sides thank
    (1.0, _rx(r"\b(je|jij) moet\b", r"\bmoet (je|jij)\b", r"\byou (need|have|ought) to\b", r"\byou should\b", r"\byou must\b")),
    (1.5, _rx(r"\bik kom (er|erop|daar) (nog )?(op )?terug\b", r"\blaat (me|mij) (er )?(even )?over nadenken\b", r"\bleave it with me\b",
              r"\blet me (have a )?think\b", r"\bI{0}ll get back to you\b".format("['’]"))),
    (1.5, _rx(r"\bhoe gaat het (met|er)\b", r"\bwaar loop je\b", r"\bwat ga (je|jij)\b", r"\bhow (is|are) .* going\b",
              r"\bwhat will you\b", r"\bwhat are you going to\b", r"\bwhat (went|go) well\b", r"\bnext time\b", r"\bvolgende keer\b")),
)
_QUESTION = re.compile(r"\?")
# Questions only the one who receives a task asks: about what, when, budget and mandate.
_DELEGATEE_QUESTION = _rx(r"\b(mag|moet|kan) ik\b", r"\bwat moet ik\b", r"\bwanneer moet\b", r"\bwat is (het|mijn) budget\b",
                          r"\b(can|may|should|must) I\b", r"\bwhat do I\b", r"\bwhen do(es)? (I|it) need\b",
                          r"\bwhat{0}?s (the|my) budget\b".format("['’]"), r"\bam I allowed\b",
                          r"\b(who|what|when|where|how) (do|should|shall|must|can) I\b", r"\bwhen do you (need|want) (it|this|that|them)\b",
                          r"\b(wie|wat|wanneer|waar|hoe) (moet|mag|kan|zal) ik\b", r"\bwanneer (heb|wil|moet) (je|jij) (het|dit|dat)\b")
# Signals that sound like the one who was delegated to (weights per kind).  An "upward" request
# ("kun jij X regelen?") also sounds like delegating, so it does not count either way.
_DELEGATEE_WEIGHT = {"problem": 1.0, "hand_back": 3.0, "experienced": 1.0, "inexperienced": 1.0}
FIRST_SPEAKER_BONUS = 0.5
DETECTION_TURNS = 400  # who delegates and which phase it is show early; long transcripts are not read to the end


def speaker_scores(transcript: Transcript, lang: str) -> dict[str, float]:
    """How much each speaker sounds like the manager (higher = more), per word-normalised turn."""
    scores: dict[str, float] = {s: 0.0 for s in transcript.speakers}
    for turn in transcript.turns[:DETECTION_TURNS]:
        text = turn.text
        score = sum(weight for weight, rx in _MANAGER_CUES if rx.search(text))
        score += 0.75 * min(len(_QUESTION.findall(text)), 2)
        found = signals.delegatee_signals(text, lang)
        upward = {s.quote for s in found if s.kind == "upward"}
        kinds = {s.kind for s in found if not (s.kind == "problem" and s.quote in upward)}
        score -= sum(_DELEGATEE_WEIGHT.get(k, 0.0) for k in kinds)
        score -= 1.5 * len(_DELEGATEE_QUESTION.findall(text))
        scores[turn.speaker] += score
    if transcript.turns:
        scores[transcript.turns[0].speaker] += FIRST_SPEAKER_BONUS
    return scores


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


# Phase cues: (phase, weight, pattern) over every turn's text.
_PHASE_CUES: tuple[tuple[str, float, re.Pattern[str]], ...] = (
    ("delegation", 3.0, _rx(r"\bik wil (je|jou) (iets )?vragen\b", r"\bnieuwe (taak|opdracht|klus)\b", r"\bop (je|jou) (nemen|pakken)\b",
                            r"\b(wil|zou) (je|jij) .*(oppakken|op je nemen|trekken)\b", r"\boverdragen\b", r"\bI{0}d like you to\b".format("['’]"),
                            r"\btake (this|it) on\b", r"\bnew (task|project|assignment)\b", r"\bhand (this|it) over\b",
                            r"\bwould you (be willing to )?(take|pick up|lead|own)\b")),
    ("progress", 2.0, _rx(r"\bhoe gaat het (met|er)\b", r"\bhoe staat het\b", r"\bvoortgang\b", r"\btussen(resultaat|stand)\b",
                          r"\btot nu toe\b", r"\bstand van zaken\b", r"\bhalverwege\b", r"\beerste (versie|opzet)\b",
                          r"\bhow{0}?s it going\b".format("['’]"), r"\bhow is .* going\b", r"\bprogress\b", r"\bso far\b",
                          r"\bwhere are you with\b", r"\bfirst draft\b", r"\bupdate\b", r"\bhoe ver ben je\b",
                          r"\bwaar loop je\b", r"\b(wat is je|wat wordt je) volgende stap\b", r"\bwaar (sta je|je staat)\b",
                          r"\bhoe vind je het (zelf )?gaan\b", r"\bbijna klaar\b", r"\bnog (te doen|open)\b",
                          r"\bwhat{0}?s (getting in your way|your next step|left to do)\b".format("['’]"), r"\bwhere do you stand\b",
                          r"\bhow do you feel it{0}?s going\b".format("['’]"), r"\balmost (done|finished)\b",
                          r"\bcoming along\b", r"\bgetting on with\b", r"\bhow are you getting on\b", r"\bhoe (vordert|loopt) (het|de)\b",
                          r"\bschiet (het|de \w+) op\b", r"\bwhere are you up to\b", r"\bwaar ben je (nu )?(mee bezig|gebleven)\b",
                          r"\bhoe ver\b", r"\bhow far\b")),
    ("final", 3.0, _rx(r"\bafgerond\b", r"\beindresultaat\b", r"\bopgeleverd\b", r"\bterugkijk", r"\bvolgende keer\b", r"\bgeleerd\b",
                       r"\bwat ging (er )?goed\b", r"\bgoed gegaan\b", r"\blooking back\b", r"\bnext time\b", r"\blessons?\b",
                       r"\bwent well\b", r"\b(is|was) (now )?(finished|completed|delivered)\b", r"\bfinal (result|version)\b",
                       r"\bhet is af\b", r"\bnu het (af|klaar) is\b", r"\bnow that it{0}?s (done|finished)\b".format("['’]"),
                       r"\bwe hadden (als doel|afgesproken)\b", r"\bhoe zijn we\b.{0,20}\b(uitgekomen|geëindigd)\b", r"\bhoe was het\b",
                       r"\b(gehaald|bereikt|behaald|uitgekomen)\b", r"\bgefeliciteerd\b", r"\bhet werkte\b",
                       r"\bwe had (a|the|as) (goal|target|aim)\b", r"\bdid we (hit|reach|meet|make)\b", r"\bhow did it go\b",
                       r"\bhow was it\b", r"\b(achieved|reached|turned out)\b", r"\bcongratulations\b", r"\bit worked\b",
                       r"\b(do|doen) (it )?differently\b", r"\banders doen\b", r"\bwhat made it work\b", r"\bwat maakte\b",
                       r"\bhow did .{0,30}\b(go|land)\b", r"\b(is|was) live\b", r"\blaunched\b",
                       r"\bneem je mee\b", r"\btake away from\b")),
)
_PHASE_ACT_WEIGHT = {
    "delegation": {"result": 1.5, "instruction": 2.0, "checkpoint": 1.0, "motivation": 0.5},
    "progress": {"positive_feedback": 0.5, "summary": 0.5, "monkey_take": 0.5},
    "final": {"appreciation": 0.5},
}
_PHASE_SIGNAL_WEIGHT = {"progress": {"problem": 1.5, "upward": 2.0, "hand_back": 3.0}}
# The manager hands over something new in the opening turns ("kun jij de klantdag organiseren?").
_NEW_TASK = _rx(
    r"\b(kun|kan|zou|wil|wilt) (jij|je)\b.{0,60}\b(regelen|oppakken|organiseren|schrijven|maken|leiden|trekken|verzorgen|overnemen|op je nemen)\b",
    r"\b(can|could|would|will) you\b.{0,60}\b(organi[sz]e|write|lead|run|take on|take over|look after|put together|draw up|plan|own)\b",
    r"\b(jij gaat|you{0}ll be|you are going to|you{0}re going to)\b".format("['’]"),
    r"\b(I{0}d like|I would like|I want|I need) you to\b".format("['’]"), r"\bhave a go at\b", r"\b(take|have) the lead\b",
    r"\b(ik wil|ik zou (graag )?(willen|zien)|ik wil graag|ik zou het fijn vinden) dat (je|jij|u)\b",
    r"\b(wil|wilt|zou) (je|jij|u)\b.{0,60}\b(doen|herschrijven|uitzoeken|coördineren|opzetten|voorbereiden|uitwerken|trekken)\b",
    r"\b(can|could|would) you\b.{0,60}\b(do|rewrite|set up|sort out|coordinate|handle|pick up|prepare|be in charge)\b",
    r"\ba favou?r to ask\b", r"\bwould you be willing\b", r"\b(bij|aan) (jou|u|jullie) (leggen|neerleggen|geven|toevertrouwen)\b",
    r"\b(leggen|neerleggen) bij (jou|u)\b", r"\bheb (een|nog een) (vraag|verzoek) (aan|voor) (je|jou|u)\b", r"\been gunst\b",
)
# The delegatee's surprise at being chosen ("Bij mij?", "Me?", "Ik?"): someone hears of a new task.
_CHOSEN = _rx(r"^\W*(bij mij|ik|me|mij|who,? me|wie,? ik)\s*\?", r"\bwhy me\b", r"\bwaarom ik\b")
OPENING_MANAGER_TURNS = 3
# The delegatee asks what the new task involves: only in a delegation conversation.
_TASK_QUESTION = _rx(r"\b(mag|moet|kan) ik\b.*\?", r"\bwat (moet|is) (ik|het budget|de deadline)\b", r"\bwanneer moet\b", r"\bhoeveel (tijd|budget)\b",
                     r"\b(can|may|should) I\b.*\?", r"\bwhat{0}?s the (budget|deadline)\b".format("['’]"), r"\bwhen (is it|do you need it|does it need)\b",
                     r"\bhow much (time|budget)\b", r"\bwhat do you (want|need) me to\b")
# The delegatee reports unfinished work (progress) or looks back on finished work (final).
_UNFINISHED = _rx(r"\bnog (niet|steeds|geen)\b", r"\b(tot nu toe|inmiddels|op schema)\b", r"\bnot yet\b", r"\bstill (waiting|need|have to)\b",
                  r"\bso far\b", r"\bon track\b", r"\bhalfway\b")
_RETROSPECTIVE = _rx(r"\b(is|was) (goed |prima )?(gegaan|verlopen)\b", r"\bverliep\b", r"\bachter de rug\b", r"\bafgelopen\b",
                    r"\bevaluat", r"\bevalueren\b", r"\bterugblik", r"\b(dank|bedankt)\b.{0,20}\b(al )?(je|jouw) (inzet|werk)\b",
                    r"\bhow did\b", r"\blook(ing)? back\b", r"\bwrap(ped)? up\b", r"\bdebrief", r"\b(is|was) (all )?(done|over|live|delivered)\b",
                    r"\ball done\b", r"\bthanks? (you )?for all (your|the) (work|effort)\b", r"\bended up\b", r"\bcame in (at|under)\b",
                    r"\bthe (end )?result (is|was)\b", r"\bhet (eind)?resultaat (is|was)\b")
_STILL_TO_DO = _rx(r"\bnog (moet|te doen|open)\b", r"\bwat (moet|staat) er nog\b", r"\bwhat{0}?s left\b".format("['’]"),
                   r"\bstill (need|have) to\b", r"\bde rest\b", r"\bthe rest\b", r"\bvolgende stap\b", r"\bnext step\b")
_LOOKING_BACK = _rx(r"\bhoe (ging|is|was) (het|dat|de \w+)\b.{0,30}\b(gegaan|verlopen|geweest)?\b\?", r"\bhoe kijk (je|jij)\b", r"\bachteraf\b",
                    r"\bal met al\b", r"\bwat heb (je|jij) geleerd\b", r"\bhow did (it|that|the \w+) go\b", r"\bhow do you look back\b",
                    r"\bin hindsight\b", r"\ball in all\b", r"\bwhat did you learn\b", r"\boverall\b")


# Tense and aspect about the task, whoever speaks: past (looking back on finished work), future (work ahead),
# and completion (the task is done, delivered, live).  Grammar words, not topic words, so they carry across scenarios.
_PAST = {
    "en": _rx(r"\b(was|were|wasn{0}t|weren{0}t|did|didn{0}t|had|went|got|took|made|ended|came|ran|sent|gave|found|turned out|"
              r"worked|managed|finished|delivered|handled|pulled off|held up|came off)\b".format("['’]")),
    "nl": _rx(r"\b(was|waren|ging|gingen|liep|liepen|had|hadden|kwam|kwamen|deed|deden|werd|werden|zat|zaten|vond|vonden|"
              r"gegaan|geweest|gelukt|verlopen|gedaan|afgerond|opgeleverd)\b"),
}
_COMPLETED = _rx(
    r"\b(is|zijn|was|waren) (nu |inmiddels |eindelijk |helemaal )?(af|klaar|afgerond|opgeleverd|ingediend|verstuurd|live( gegaan)?|voorbij|achter de rug|de deur uit)\b",
    r"\b(is|zijn) (\w+ )?(live gegaan|goed gegaan|doorgegaan|geweest|gelukt)\b", r"\bhet is (gelukt|af|klaar)\b",
    r"\b(is|are|was|were|it{0}s|that{0}s) (now |finally |all |fully )?(done|finished|complete|completed|delivered|submitted|over|live|behind us|wrapped up|signed off|sent off)\b".format("['’]"),
    r"\b(went|has gone|is gone) (live|out|well|smoothly|fine|ok|okay|to plan)\b", r"\b(we|you) (did it|pulled it off|made it|got there)\b",
)
# Work ahead: deadlines, plans and the delegatee's questions about the task to come.
_AHEAD = _rx(r"\b(by|before) (next |this )?(monday|tuesday|wednesday|thursday|friday|the end of|end of)\b", r"\bdeadline\b",
             r"\b(voor|uiterlijk|tegen) (volgende |deze )?(maandag|dinsdag|woensdag|donderdag|vrijdag|het eind|eind)\b",
             r"\b(you{0}ll|you will|je gaat|jij gaat|ga jij|zal jij|zou jij)\b".format("['’]"))
# "as long as it's done before the mocks", "zodra het af is": a condition on work ahead, not a finished task.
_CONDITION = _rx(r"\b(as long as|once|when|if|until|before|so that|zodra|als|wanneer|voordat|totdat|tot|zodat)\b")
# Work under way at any speaker: still, not yet, halfway, not moving.
_UNDER_WAY = _rx(r"\bstill (at|on|in|going|working|open|waiting|need|have|not|stuck|behind)\b", r"\bnot yet\b", r"\bnog (steeds|altijd|niet|bezig)\b",
                 r"\b(not|isn{0}t|aren{0}t) (going|coming) (down|up|along)\b".format("['’]"), r"\bgaat niet (omlaag|omhoog|vooruit)\b",
                 r"\b(halfway|half way|under way|underway|in progress)\b", r"\b(halverwege|onderweg|in uitvoering)\b")


def _completed(text: str) -> bool:
    """A sentence saying the task is finished, not as a condition on work ahead."""
    for sentence in signals.sentences(text):
        m = _COMPLETED.search(sentence)
        if m and not _CONDITION.search(sentence[:m.start()]):
            return True
    return False


PAST_SHARE_FLOOR = 0.25  # below this share of past-tense turns a conversation reads as work ahead or under way
PAST_SHARE_WEIGHT = 12.0
AFTER_PROBLEM_FACTOR = 0.5
HANDED_OVER_FACTOR = 0.5
EXPERIENCE_WEIGHT = 1.0


def _past(text: str, lang: str) -> bool:
    return bool(_PAST["nl" if lang == "nl" else "en"].search(text))


def phase_scores(analysis: Analysis) -> dict[str, float]:
    scores = {"delegation": 0.0, "progress": 0.0, "final": 0.0}
    manager_seen = 0
    turns = [t for t in analysis.turns[:DETECTION_TURNS] if t.text.strip()]
    past_turns = 0
    problem_seen = handed_over = False
    for turn in turns:
        past = _past(turn.text, analysis.language)
        past_turns += past
        for phase, weight, rx in _PHASE_CUES:
            if rx.search(turn.text):
                scores[phase] += weight
        if _completed(turn.text):
            scores["final"] += 1.5
        if _UNDER_WAY.search(turn.text):
            scores["progress"] += 1.0
        if _AHEAD.search(turn.text) and not past:
            scores["delegation"] += 0.5
        if turn.role == "manager":
            manager_seen += 1
            if manager_seen <= OPENING_MANAGER_TURNS and _NEW_TASK.search(turn.text) and not past:
                scores["delegation"] += 2.0
                handed_over = True
            if _LOOKING_BACK.search(turn.text):
                scores["final"] += 2.0
            for act in turn.acts:
                for phase, weights in _PHASE_ACT_WEIGHT.items():
                    if phase == "delegation" and past:  # restating what was agreed, looking back: not handing over
                        continue
                    # a task is handed over before problems with it come up; instructions after one deal with the problem
                    factor = AFTER_PROBLEM_FACTOR if phase == "delegation" and problem_seen else 1.0
                    scores[phase] += factor * weights.get(act, 0.0)
        else:
            problem_seen = problem_seen or bool(signals.kinds(turn.text, analysis.language) & {"problem", "hand_back"})
            kinds = signals.kinds(turn.text, analysis.language)
            for kind in kinds:  # doubts right after a new task was handed over are about the task ahead
                scores["progress"] += _PHASE_SIGNAL_WEIGHT["progress"].get(kind, 0.0) * (HANDED_OVER_FACTOR if handed_over else 1.0)
            if kinds & {"experienced", "inexperienced"}:  # what they have done before matters when a task is new
                scores["delegation"] += EXPERIENCE_WEIGHT
            if _CHOSEN.search(turn.text):
                scores["delegation"] += 1.5
            if _TASK_QUESTION.search(turn.text):
                scores["delegation"] += 1.5
            if _UNFINISHED.search(turn.text):
                scores["progress"] += 1.0
        if _RETROSPECTIVE.search(turn.text):
            scores["final"] += 1.5
        if _STILL_TO_DO.search(turn.text):
            scores["progress"] += 1.0
    if turns:  # a conversation mostly in the past tense looks back on finished work
        scores["final"] += PAST_SHARE_WEIGHT * max(0.0, past_turns / len(turns) - PAST_SHARE_FLOOR)
    return scores


def detect_phase(analysis: Analysis) -> Phase:
    """The phase that fits the conversation best; ties go to delegation, then progress."""
    scores = phase_scores(analysis)
    order = ("delegation", "progress", "final")
    return max(order, key=lambda p: (scores[p], -order.index(p)))  # type: ignore[return-value]
