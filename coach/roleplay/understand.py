"""What one manager turn does and asks: its acts (the review engine's reader, or an injected tagger)
and what it is about (experience, a fact of a topic, the obstacle, options, a summary to check, an
offer to take over, small talk, praise, a step, the agreements, the status).

    understand(text, lang, acts, small_talk, scenario, said) -> Reading

The word lists are data: `topics` in prompts/delegatee/<lang>.yaml.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from coach.roleplay.content import Phrasebook, load_phrasebook
from coach.roleplay.models import TOPICS, Scenario

QUESTION_WORDS = ("wat", "hoe", "waar", "waarom", "welke", "welk", "wie", "wanneer", "hoeveel", "what", "how", "where",
                  "why", "which", "who", "when")
CLOSED_STARTS = ("heb", "ben", "is", "zijn", "kun", "kan", "lukt", "loopt", "gaat", "wil", "zou", "mag", "moet", "weet",
                 "have", "has", "did", "do", "does", "is", "are", "can", "could", "will", "would", "was", "were")
STOP = set("""de het een en of maar dan dus dat die dit deze wat hoe is zijn was er je jij jou jouw u we wij ik mij me mijn
ze zij hun het al nog wel niet geen ook om te van voor met op aan in uit bij naar over als nu zo heel erg even eens
the a an and or but then so that this these what how is are was were there you your we i me my they their it its
already still yet not no also to of for with on at in out by about as now very just do does did have has had
heb hebt heeft kan kun kunt wil wilt zal zou moet gaat gaan loopt staat ga doe doet weet""".split())


GENERIC = {"budget", "deadline"}


class Reading(BaseModel):
    """One manager turn, understood."""

    acts: list[str] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)  # phrasebook topics (obstacles, options, experience, ...)
    fact_topics: list[str] = Field(default_factory=list)  # budget, deadline, ... asked about
    question: bool = False
    open: bool = False
    closed: bool = False
    small_talk: bool = False
    about_obstacle: bool = False  # words of the scenario's obstacle ("Wat is er met de levering?")
    step_list: bool = False       # prescribes several steps in one turn
    all_fine: bool = False        # claims all is well ("dus alles loopt volgens plan?")
    numbers: list[str] = Field(default_factory=list)
    guard: bool = False           # tries to make the delegatee step out of its role
    last_small_talk: bool = False # the (last) question is small talk ("Totally unrelated: how are things?")

    def has(self, topic: str) -> bool:
        return topic in self.topics


def words(text: str) -> set[str]:
    """Content words (lower case, stems of at most 5 letters), for overlap with facts."""
    return {w[:5] for w in re.findall(r"[a-zà-ÿ]+", text.lower()) if len(w) > 3 and w not in STOP}


def topics_of(text: str, book: Phrasebook) -> set[str]:
    low = f" {' '.join(text.lower().split())} "
    return {topic for topic, ws in book.topics.items() if any(w.lower() in low for w in ws)}


def is_question(text: str) -> tuple[bool, bool, bool]:
    """(question, open, closed) from the words alone: the (last) sentence with a question mark, or a
    question word in a line without end punctuation (speech to text: "hoi sanne hoe ver ben je")."""
    t = " ".join(text.strip().lower().split())
    sentences = [x for x in re.split(r"(?<=[.!?:])\s+", t) if x]
    asked = [x for x in sentences if x.endswith("?")]
    last = asked[-1] if asked else (sentences[-1] if sentences else "")
    tokens = re.findall(r"[a-zà-ÿ]+", last)
    first = tokens[0] if tokens else ""
    unpunctuated = bool(t) and t[-1] not in ".!?" and any(w in QUESTION_WORDS for w in tokens[:8])
    if not asked and first not in QUESTION_WORDS and not unpunctuated:
        return False, False, False
    opened = first in QUESTION_WORDS or any(w in QUESTION_WORDS for w in tokens[:8])
    return True, opened, not opened


def understand(text: str, lang: str, acts: list[str], small_talk: bool, scenario: Scenario) -> Reading:
    book = load_phrasebook(lang)
    topics = topics_of(text, book)
    question, opened, closed = is_question(text)
    acts_set = set(acts)
    if not question and len(words(text) & words(scenario.result.get(lang))) >= 3:
        acts = [*acts, "result"] if "result" not in acts_set else acts  # names the scenario's result
        acts_set.add("result")
    opened = opened or ("open_question" in acts_set and question)
    closed = (closed or bool({"closed_question", "leading_question"} & acts_set)) and not opened
    asked = [x for x in re.split(r"(?<=[.!?])\s+", " ".join(text.split())) if x.endswith("?")]
    about = topics_of(" ".join(asked), book) if asked and len(asked[-1]) < len(text) else topics  # the question itself
    fact_topics = [t for t in TOPICS if f"fact_{t}" in about]
    mine = words(text)
    about_obstacle = bool(mine & words(scenario.obstacle.get(lang))) and question
    sentences = [x for x in re.split(r"(?<=[.!?:])\s+", " ".join(text.split())) if x]
    last_topics = topics_of(sentences[-1], book) if len(sentences) > 1 else set()
    return Reading(
        last_small_talk="small_talk" in last_topics and sentences[-1].endswith("?"),
        acts=list(acts),
        topics=sorted(topics),
        fact_topics=fact_topics,
        question=question or bool({"open_question", "closed_question"} & acts_set),
        open=opened,
        closed=closed,
        small_talk=small_talk or ("small_talk" in topics and not fact_topics),
        about_obstacle=about_obstacle,
        step_list=sum(f" {' '.join(text.lower().split())} ".count(f" {m} ") for m in book.topics.get("step_markers", [])) >= 2,
        all_fine="all_fine" in topics,
        numbers=re.findall(r"\d+(?:[.,]\d+)?", text),
    )


def fact_for(reading: Reading, text: str, scenario: Scenario, lang: str, explicit: bool = True) -> tuple[list[str], str] | None:
    """The scenario fact the turn asks for: among the facts of the topics asked about (by topic words),
    the one sharing most words; without a topic word, one sharing at least two content words."""
    facts = scenario.topic_facts(lang)
    mine = words(text)
    if explicit:
        candidates = [f for f in facts if set(f[0]) & set(reading.fact_topics)]
        if not candidates:
            return None
        best = max(candidates, key=lambda f: (len(mine & words(f[1])), len(set(f[0]) & set(reading.fact_topics))))
        # a budget or a date is what it is; of people, means, history ... the question names the thing
        if not set(best[0]) & GENERIC and not mine & words(best[1]):
            return None
        return best
    best = max(facts, key=lambda f: len(mine & words(f[1])), default=None)
    if best is not None and len(mine & words(best[1])) >= 2 and reading.question:
        return best
    return None


def understand_topics(text: str, lang: str) -> list[str]:
    """The fact topics a text is about (budget, people ...)."""
    found = topics_of(text, load_phrasebook(lang))
    return [t for t in TOPICS if f"fact_{t}" in found]
