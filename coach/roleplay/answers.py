"""What the delegatee answers to what was ASKED (a fact, its experience, the obstacle, options, a summary to
check, an offer to take over, the agreements, small talk, praise): the first layer of its decisions.

    answer(phase, persona, state, reading, text, scenario) -> Answer | None

None: the turn asks nothing the delegatee must answer; the conversational rules (rules.py) react to the acts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from coach.roleplay.models import Persona, Scenario
from coach.roleplay.state import DelegateeState
from coach.roleplay.understand import GENERIC, Reading, fact_for, understand_topics, words

PRESSURE_ACTS = {"instruction", "advice", "leading_question", "checkpoint"}


@dataclass
class Answer:
    move: str                      # the main move (PROBES.md vocabulary)
    moves: list[str]               # phrase moves
    fact: str = ""                 # the fact it gives ({asked_fact} / {fact_fix})
    topics: list[str] = field(default_factory=list)
    obstacle: bool = False         # the reply names the obstacle
    takeover: str | None = None


def keeps_task(p: Persona) -> bool:
    """Refuses an offer to take the problem over: motivated, does not delegate upward."""
    return p.motivation == "high" and "delegates_upward" not in p.traits


def _takeover(p: Persona, s: DelegateeState) -> Answer:
    if keeps_task(p):
        return Answer("refuse_takeover", ["takeover_refuse"], takeover="refused")
    return Answer("accept_takeover", ["takeover_accept"], takeover="accepted")


def _obstacle(p: Persona, s: DelegateeState, r: Reading) -> Answer:
    if s.obstacle_revealed:
        return Answer("reveal_obstacle", ["obstacle_again"], obstacle=True)
    if (r.closed or (r.all_fine and not r.open)) and s.hides_obstacle:
        return Answer("keep_obstacle", ["hide_obstacle"])
    moves = ["reveal_obstacle"]
    if "delegates_upward" in p.traits and "help" in r.topics:
        moves.append("upward")
    return Answer("reveal_obstacle", moves, obstacle=True)


NUMBER_WORDS = {
    "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "elf": 11,
    "twaalf": 12, "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
    "tachtig": 80, "negentig": 90, "honderd": 100, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}


def numbers(text: str) -> set[str]:
    """The numbers in a text, digits or words ("zestig", "sixty" -> "60"; "48.000" -> "48000")."""
    low = text.lower()
    found = {n.replace(".", "").replace(",", "") for n in re.findall(r"\d+(?:[.,]\d+)?", low)}
    found |= {str(NUMBER_WORDS[w]) for w in re.findall(r"[a-z]+", low) if w in NUMBER_WORDS}
    found |= {str(NUMBER_WORDS[a] * 100) for a in re.findall(r"([a-z]+) ?(?:hundred|honderd)", low) if a in NUMBER_WORDS}
    return found


def _known_numbers(sc: Scenario, lang: str, s: DelegateeState, said: str) -> set[str]:
    """The numbers a summary may use: in the final conversation the outcome; before it what is known."""
    pick = lambda *xs: [x.get(lang) for x in xs if x is not None]  # noqa: E731
    if s.phase == "final":
        texts = pick(sc.outcome, sc.went_well, sc.lesson)
    elif s.phase == "progress":
        texts = pick(sc.status, sc.obstacle, sc.context) + [f.text for f in s.facts]
    else:
        texts = pick(sc.context, sc.result, sc.task, sc.suggested_checkpoint) + [f.text for f in s.facts]
    return {n for t in texts + [said] for n in numbers(t)}


def _summary(p: Persona, s: DelegateeState, r: Reading, text: str, sc: Scenario, said: str) -> Answer:
    if r.all_fine and s.phase == "progress":
        if s.obstacle_revealed or not s.hides_obstacle:
            return Answer("correct_summary", ["summary_correct"], obstacle=True)
        return Answer("keep_obstacle", ["hide_obstacle"])
    claimed = numbers(text)
    wrong = claimed - _known_numbers(sc, s.language, s, said)
    if wrong or (s.phase == "final" and r.all_fine):
        if s.phase == "final":
            return Answer("correct_summary", ["summary_correct_outcome"])
        mine = words(text)
        numbered = [f for f in s.facts if re.search(r"\d", f.text)] or s.facts
        fix = max(numbered, key=lambda f: len(mine & words(f.text)))
        return Answer("correct_summary", ["summary_correct_fact"], fact=fix.text, topics=fix.topics)
    return Answer("confirm_summary", ["summary_confirm"])


def _fact(p: Persona, r: Reading, text: str, sc: Scenario, lang: str, explicit: bool) -> Answer | None:
    """The fact asked for; `explicit`: only by a topic word (budget, deadline ...), else by shared words."""
    if explicit and not r.fact_topics:
        return None
    found = fact_for(r, text, sc, lang, explicit)
    count = re.search(r"\b(hoeveel|hoe veel|how many|how much|wat kost|what does .* cost)\b", text.lower())
    if found is not None and not (count and not numbers(found[1])):
        topics, fact = found
        return Answer("answer_fact", ["answer_fact"], fact=fact, topics=topics)
    if (r.fact_topics or count) and r.question:
        return Answer("answer_unknown", ["answer_unknown_network" if p.kind == "network" else "answer_unknown"])
    return None


def _praise(p: Persona, s: DelegateeState, r: Reading) -> list[str]:
    acts = set(r.acts)
    if "positive_feedback" in acts or "praise" in r.topics and not {"appreciation", "motivation"} & acts:
        if "needs_reassurance" in p.traits and not s.motivated:
            return ["pleased_reassured"]
        return ["praise_reply_proud" if p.competence == "experienced" else "pleased"]
    if "appreciation" in acts or "praise" in r.topics:
        return ["thanks_reply_warm" if "needs_reassurance" in p.traits and s.phase == "final" else "thanks_reply"]
    return []


def _handing_back(p: Persona, s: DelegateeState, r: Reading) -> bool:
    """A network contact with other priorities hands the task back when pressed or overloaded."""
    if s.phase == "final" or p.kind != "network" or "other_priorities" not in p.traits:
        return False
    return "overload" in r.topics or ("pressure" in r.topics and s.pressure >= 1)


def answer(phase: str, p: Persona, s: DelegateeState, r: Reading, text: str, sc: Scenario, said: str) -> Answer | None:
    """The answer to what the turn asks, or None."""
    if r.guard:
        return None
    acts, lang, topics = set(r.acts), s.language, set(r.topics)
    if s.handed_back and not r.question and not {"pressure", "overload"} & topics and not PRESSURE_ACTS & acts:
        return Answer("acknowledge_praise", ["return_respected"])
    if r.last_small_talk and not r.fact_topics:
        return Answer("small_talk", ["small_talk"])
    if _handing_back(p, s, r):
        return Answer("hand_back", ["refuse_again" if s.handed_back else "hand_back"])
    if phase != "final" and ("monkey_take" in acts or "takeover" in topics):
        return _takeover(p, s)
    if r.question and "agreement" in topics and not (phase == "final" and "result" in topics):
        return Answer("answer_question", ["agreement_reply" if not s.agreements.is_empty() else "agreement_none"])
    if ("summary" in acts or "summary" in topics or (r.all_fine and phase == "final")) and r.question and not r.open:
        return _summary(p, s, r, text, sc, said)
    if "small_talk" in topics and not r.fact_topics and not ({"status", "obstacles"} & topics):
        return Answer("small_talk", ["small_talk"])
    if r.question or (r.all_fine and phase == "progress"):
        found = _asked(phase, p, s, r, text, sc)
        if found is not None:
            return found
    praise = _praise(p, s, r)
    if praise and not r.question:
        return Answer("acknowledge_praise", praise)
    if r.small_talk and not ({"result", "instruction", "checkpoint", "motivation"} & acts):
        return Answer("small_talk", ["small_talk"])
    return None


def _asked(phase: str, p: Persona, s: DelegateeState, r: Reading, text: str, sc: Scenario) -> Answer | None:
    topics, lang = set(r.topics), s.language
    if phase == "final" and {"went_well", "lessons", "result"} & topics:
        return None  # the review of the work: rules.py
    if "experience" in topics:
        return Answer("answer_experience", ["experience_new" if p.competence == "new" else "experience_experienced"])
    if "step" in topics or ("first_step" in topics and r.open):
        return Answer("propose_step", ["first_step" if phase == "delegation" else "propose_step"])
    if phase == "progress" and ("status" in topics or "all_fine" in topics) and "obstacles" not in topics:
        if (r.closed or r.all_fine) and not s.obstacle_revealed:
            return _obstacle(p, s, r)
        if r.open and not s.obstacle_revealed and not s.hides_obstacle and s.n >= 1:
            return Answer("answer_status", ["status_reply", "mention_obstacle"], obstacle=True)
        return Answer("answer_status", ["status_reply"])
    fact = _fact(p, r, text, sc, lang, explicit=True) if GENERIC & set(r.fact_topics) else None
    if fact is not None:
        return fact
    if "options" in topics or "choose" in topics:
        return Answer("answer_options", ["options"])
    if "obstacles" in topics:
        return _obstacle(p, s, r)
    fact = _fact(p, r, text, sc, lang, explicit=True)
    if fact is not None:
        return fact
    if r.about_obstacle and phase != "delegation":
        return _obstacle(p, s, r)
    fact = _fact(p, r, text, sc, lang, explicit=False)
    if fact is not None:
        return fact
    if r.closed and phase == "delegation" and s.last_text and re.search(r"\b(al|yet|already)\b", text.lower()):  # "Heb je ze al gebeld?": about the last turn's subject
        found = fact_for(r.model_copy(update={"fact_topics": []}), s.last_text + " ?", sc, lang, explicit=False)
        if found is None:
            earlier = understand_topics(s.last_text, lang)
            found = fact_for(r.model_copy(update={"fact_topics": earlier}), s.last_text, sc, lang, explicit=True)
        if found is not None:
            return Answer("answer_fact", ["answer_fact_closed"], fact=found[1], topics=found[0])
    if phase == "progress" and r.closed and re.search(r"\b(al|yet|already)\b", text.lower()):
        return Answer("answer_status", ["short_no" if s.closed_streak >= 1 else "not_yet"])
    return None
