"""The scripted delegatee: the offline, deterministic role-play partner.

It reacts to the ACTS the tagger finds in each manager turn (and to a few topic
words: obstacles, options, help, experience ...), following the persona's
traits and the phase of the conversation.  Its phrases come from the
phrasebook (prompts/delegatee/<lang>.yaml) with the scenario's facts filled
in; the choice of phrase is deterministic for a seed and avoids repeating
itself.  Its state is replayed from the session's turns, so one instance can
serve any number of sessions.

    ScriptedDelegatee(seed=0, tagger=None).reply(session, manager_text) -> Iterator[str]

`tagger(text, lang, previous[, phase=]) -> list[ActHit | str]` is the act source (the
real tagger by default); tests inject a fixed one.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from coach.roleplay.content import Phrasebook, get_persona, get_scenario, load_phrasebook
from coach.roleplay.models import Persona, Scenario, Session, SessionTurn

ActSource = Callable[[str, str, "str | None"], list]

PRESSURE = {"instruction", "advice", "leading_question", "checkpoint"}
RESPECT = {"summary", "appreciation", "open_question", "motivation", "monkey_take"}


def real_tagger(text: str, lang: str, previous: str | None = None, phase: str | None = None) -> list:
    from coach.tagger import tag_turn

    return tag_turn(text, lang, previous, phase=phase)  # type: ignore[arg-type]


def act_names(hits: list) -> list[str]:
    """ActHit objects or plain labels -> label strings."""
    out: list[str] = []
    for h in hits:
        name = getattr(getattr(h, "act", None), "value", None) or getattr(h, "act", None) or str(h)
        if name not in out:
            out.append(str(name))
    return out


@dataclass
class Cue:
    """What one manager turn does: its acts, the topics it touches, a role-break attempt."""

    acts: set[str]
    topics: set[str]
    guard: bool = False

    @property
    def open(self) -> bool:
        return "open_question" in self.acts

    @property
    def closed(self) -> bool:
        return bool({"closed_question", "leading_question"} & self.acts) and not self.open


@dataclass
class State:
    """What happened so far in the conversation (replayed from the turns)."""

    n: int = 0
    result: bool = False
    instructions: int = 0
    checkpoint: bool = False
    motivated: bool = False
    closed_streak: int = 0
    revealed: bool = False
    handed_back: bool = False
    upward: int = 0
    pushbacks: int = 0
    moves: list[list[str]] = field(default_factory=list)

    def update(self, cue: Cue, moves: list[str]) -> None:
        self.n += 1
        self.result |= "result" in cue.acts
        self.instructions += "instruction" in cue.acts
        self.checkpoint |= "checkpoint" in cue.acts
        self.motivated |= bool({"motivation"} & cue.acts) or "pleased_reassured" in moves
        self.closed_streak = self.closed_streak + 1 if cue.closed else 0
        self.revealed |= bool({"reveal_obstacle", "mention_obstacle"} & set(moves))
        self.handed_back |= "hand_back" in moves
        self.upward += bool({"upward", "upward_again"} & set(moves))
        self.pushbacks += "pushback" in moves
        self.moves.append(moves)


class ScriptedDelegatee:
    """Offline delegatee (coach.engines.base.Delegatee)."""

    name = "scripted"

    def __init__(self, seed: int = 0, tagger: ActSource | None = None):
        self.seed = seed
        self.tagger = tagger or real_tagger

    # -- the Delegatee interface -------------------------------------------------------------

    def opening(self, session: Session) -> str | None:
        persona = get_persona(session.persona_id)
        if session.phase == "delegation":
            moves = ["greeting_network" if persona.kind == "network" else "greeting_delegation"]
        elif session.phase == "progress":
            moves = ["opening_progress_agreed" if _agreed(session) else "opening_progress"]
        else:
            unsure = "needs_reassurance" in persona.traits
            moves = ["opening_final_unsure" if unsure else "opening_final"]
        return self.render(session, moves, turn_no=0)

    def reply(self, session: Session, manager_text: str) -> Iterator[str]:
        text = self.respond(session, manager_text)
        words = text.split(" ")
        for i, word in enumerate(words):
            yield word if i == len(words) - 1 else word + " "

    # -- planning and rendering ---------------------------------------------------------------

    def respond(self, session: Session, manager_text: str) -> str:
        moves = self.plan(session, manager_text)
        return self.render(session, moves, turn_no=len(session.turns))

    def plan(self, session: Session, manager_text: str) -> list[str]:
        """The moves of the reply to the latest manager turn."""
        persona = get_persona(session.persona_id)
        book = load_phrasebook(session.language)
        state = State()
        previous: str | None = None
        turns = list(session.turns)
        if not turns or turns[-1].role != "manager" or turns[-1].text != manager_text:
            turns.append(SessionTurn(speaker=session.manager_name, role="manager", text=manager_text))
        cue = None
        for i, turn in enumerate(turns):
            if turn.role != "manager":
                previous = turn.text
                continue
            acts = turn.acts or act_names(self._tag(turn.text, session.language, previous, session.phase))
            cue = Cue(set(acts), topics_of(turn.text, book), is_role_break(turn.text))
            moves = decide(session.phase, persona, state, cue)
            if i == len(turns) - 1:
                return moves
            state.update(cue, moves)
        return ["ack"]  # pragma: no cover - the loop always returns on the last turn

    def _tag(self, text: str, lang: str, previous: str | None, phase: str | None = None) -> list:
        from coach.tagger.calling import call_tagger

        try:
            return call_tagger(self.tagger, text, lang, previous, phase)  # the phase, if the tagger takes one
        except NotImplementedError:  # the tagger is not built yet: a crude stand-in
            return fallback_acts(text)

    def render(self, session: Session, moves: list[str], turn_no: int) -> str:
        book = load_phrasebook(session.language)
        scenario = get_scenario(session.scenario_id)
        persona = get_persona(session.persona_id)
        said = " ".join(t.text for t in session.turns if t.role == "delegatee")
        last = next((t.text for t in reversed(session.turns) if t.role == "delegatee"), "")
        parts: list[str] = []
        for move in moves:
            rng = random.Random(f"{self.seed}:{session.scenario_id}:{session.persona_id}:{session.phase}:{turn_no}:{move}")
            values = _values(session, scenario, persona, book, rng, said + " ".join(parts))
            variants = [_fill(v, values) for v in book.phrases.get(move) or book.phrases["ack"]]
            fresh = [v for v in variants if v not in said] or [v for v in variants if v not in last] or variants
            parts.append(rng.choice(fresh))
        return " ".join(" ".join(parts).split())


# -- what the manager's turn is about ----------------------------------------------------------


def topics_of(text: str, book: Phrasebook) -> set[str]:
    low = f" {text.lower()} "
    return {topic for topic, words in book.topics.items() if any(w.lower() in low for w in words)}


def is_role_break(text: str) -> bool:
    low = " ".join(text.lower().split())
    patterns = {p for lang in ("nl", "en") for p in load_phrasebook(lang).guard}
    return any(re.search(p, low) for p in patterns)


def fallback_acts(text: str) -> list[str]:
    t = text.strip().lower()
    if t.endswith("?"):
        starts = ("wat", "hoe", "waar", "waarom", "welke", "wie", "what", "how", "where", "why", "which", "who")
        return ["open_question"] if t.split()[0] in starts else ["closed_question"]
    return ["other"]


# -- the decisions, per phase ------------------------------------------------------------------


def decide(phase: str, persona: Persona, state: State, cue: Cue) -> list[str]:
    if cue.guard:
        return ["guard"]
    rules = {"delegation": _delegation, "progress": _progress}.get(phase, _final)
    moves = rules(persona, state, cue)
    if "quiet" in persona.traits and len(moves) > 2:  # a quiet person says less: drop the acknowledgements
        moves = [m for m in moves if m not in ACKNOWLEDGEMENTS][:2] or moves[:2]
    return moves


ACKNOWLEDGEMENTS = {"ack", "ack_result", "ack_instruction", "ack_checkpoint", "pleased", "summary_confirm", "thanks_reply"}


def _short(state: State, cue: Cue, persona: Persona) -> bool:
    """Closes up: a stream of closed questions, or a quiet persona answering a closed one."""
    return cue.closed and (state.closed_streak >= 1 or "quiet" in persona.traits)


def _delegation(p: Persona, s: State, cue: Cue) -> list[str]:
    traits, acts, moves = set(p.traits), cue.acts, []
    reassure = "needs_reassurance" in traits
    if "other_priorities" in traits and s.n == 0:
        moves.append("busy")
    if "motivation" in acts and not s.motivated:
        moves.append("reassured" if reassure else "warming_up" if p.motivation == "low" else "motivated")
    if "experience" in cue.topics and (cue.open or cue.closed):
        moves.append("experience_new" if p.competence == "new" else "experience_experienced")
    micromanaged = "resents_micromanagement" in traits and p.competence == "experienced"
    if micromanaged and ("advice" in acts or ("instruction" in acts and s.instructions >= 2)):
        moves.append("curt" if s.pushbacks else "pushback")
    else:
        if "result" in acts:
            moves.append("eager_yes" if "eager" in traits else "ack_result")
        if "instruction" in acts and "eager_yes" not in moves:
            moves.append("ack_instruction")
    if "checkpoint" in acts:
        moves.append("ack_checkpoint")
    if "monkey_take" in acts:
        moves.append("monkey_taken_delegation")
    if "monkey_back" in acts or ("first_step" in cue.topics and cue.open):
        moves.append("first_step")
    if "appreciation" in acts and not moves:
        moves.append("thanks_reply")
    if cue.open and not moves:
        moves.append("low_motivation" if p.motivation == "low" and not s.motivated and not reassure else "open_view")
    if _short(s, cue, p) and not moves:
        return ["short_yes"]
    if cue.closed and not moves:
        moves.append("short_plus")
    # what is still unclear to the delegatee
    result, instructed = s.result or "result" in acts, s.instructions or "instruction" in acts
    asked = {m: sum(m in earlier for earlier in s.moves) for m in ("ask_result", "ask_instruction", "ask_checkpoint")}
    if "pushback" not in moves and "curt" not in moves and "first_step" not in moves:
        if not result and (s.n >= 1 or {"instruction", "checkpoint"} & acts):
            if asked["ask_result"] < 2:  # asks twice, then lets it go
                moves.append("ask_result")
        elif result and not instructed and (s.n >= 2 or "detail_oriented" in traits):
            if asked["ask_instruction"] < 2:
                moves.append("ask_instruction")
        elif result and instructed and not (s.checkpoint or "checkpoint" in acts) and "detail_oriented" in traits:
            if asked["ask_checkpoint"] < 1:
                moves.append("ask_checkpoint")
    if reassure and not s.motivated and "reassured" not in moves:
        moves.insert(0, "doubt")
    return moves or ["ack"]


def _progress(p: Persona, s: State, cue: Cue) -> list[str]:
    traits, acts, moves = set(p.traits), cue.acts, []
    pressured = bool(PRESSURE & acts) or "pressure" in cue.topics or (s.closed_streak >= 1 and cue.closed)
    if s.handed_back:
        if pressured:
            return ["refuse_again"]
        return ["return_respected"] if RESPECT & acts else ["ack"]
    if p.kind == "network" and "other_priorities" in traits and s.n >= 1 and pressured:
        return ["hand_back"]
    if "positive_feedback" in acts:
        moves.append("pleased_reassured" if "needs_reassurance" in traits and not s.motivated else "pleased")
    if "summary" in acts:
        moves.append("summary_confirm")
    if not s.revealed:
        if "obstacles" in cue.topics and cue.open:
            moves.append("reveal_obstacle")
        elif "obstacles" in cue.topics and cue.closed:
            moves.append("hide_obstacle" if "hides_obstacle" in traits else "reveal_obstacle")
        elif cue.open and "hides_obstacle" not in traits and s.n >= 1:
            moves.append("mention_obstacle")
        elif "advice" in acts and "resents_micromanagement" in traits and p.competence == "experienced":
            moves.append("pushback")
        elif "advice" in acts:
            moves.append("accept_advice")
        elif "monkey_back" in acts:
            moves.append("carry_on")
        elif cue.open:
            moves.append("open_up")
        if "reveal_obstacle" in moves and "delegates_upward" in traits and "help" in cue.topics:
            moves.append("upward")
    else:
        if "monkey_take" in acts:
            moves.append("monkey_taken")
        elif "monkey_back" in acts:
            moves.append("monkey_accepted")
        elif ("help" in cue.topics or {"advice", "leading_question"} & acts) and "delegates_upward" in traits:
            moves.append("upward_again" if s.upward else "upward")
        elif {"advice", "leading_question"} & acts:
            moves.append("accept_advice")
        elif "help" in cue.topics:
            moves.append("help_reply")
        elif cue.open:
            moves.append("options")
    if "appreciation" in acts and not moves:
        moves.append("thanks_reply")
    if cue.closed and not moves:
        moves.append(("short_no" if "obstacles" in cue.topics else "short_yes") if _short(s, cue, p) else "short_plus")
    return moves or ["ack"]


def _final(p: Persona, s: State, cue: Cue) -> list[str]:
    acts, moves = cue.acts, []
    reported = any("report_result" in m or "report_result_plain" in m for m in s.moves)
    if "positive_feedback" in acts:
        moves.append("pleased_reassured" if "needs_reassurance" in p.traits else "pleased")
    if "summary" in acts:
        moves.append("summary_confirm")
    if "result" in cue.topics or "result" in acts or (cue.open and not reported and not cue.topics):
        moves.append("report_result")
    if "went_well" in cue.topics:
        moves.append("went_well")
    if "lessons" in cue.topics:
        moves.append("lesson")
    if "appreciation" in acts:
        moves.append("thanks_reply_warm" if "needs_reassurance" in p.traits else "thanks_reply")
    if _short(s, cue, p) and not moves:
        return ["short_yes"]
    if cue.open and not moves:
        moves.append("went_well" if not any("went_well" in m for m in s.moves) else "lesson")
    return moves or ["ack"]


# -- filling in the phrases --------------------------------------------------------------------


def _agreed(session: Session) -> str | None:
    a = session.agreements
    for items in (a.result, a.checkpoints, a.instruction, a.next_steps):
        if items:
            text = items[0].strip().rstrip(".!?;:,")
            return text if len(text) <= 160 else text[:157].rstrip() + "…"
    return None


def _pick_unsaid(items: list[str], said: str, rng: random.Random) -> list[str]:
    fresh = [x for x in items if x not in said]
    stale = [x for x in items if x in said]
    rng.shuffle(fresh)
    return fresh + stale


def _values(session: Session, sc: Scenario, persona: Persona, book: Phrasebook, rng: random.Random, said: str) -> dict:
    lang, d = session.language, book.defaults
    facts = _pick_unsaid(list(sc.facts.get(lang, [])), said, rng) or [d.get("status", "")]
    options = [o for o in sc.options.get(lang, []) if o not in said] + [o for o in sc.options.get(lang, []) if o in said]
    options = options or facts
    get = lambda b, key: b.get(lang) if b is not None else d.get(key, "")  # noqa: E731
    agreed = _agreed(session)
    return {
        "name": persona.name,
        "manager": session.manager_name,
        "task": sc.task.get(lang),
        "result": sc.result.get(lang),
        "obstacle": sc.obstacle.get(lang),
        "contact": get(sc.contact, "contact"),
        "status": get(sc.status, "status"),
        "first_step": get(sc.first_step, "status"),
        "outcome": sc.outcome.get(lang) if sc.outcome else sc.result.get(lang),
        "went_well": get(sc.went_well, "went_well"),
        "lesson": get(sc.lesson, "lesson"),
        "checkpoint": get(sc.suggested_checkpoint, "status"),
        "fact": facts[0],
        "option": options[0],
        "option2": options[1] if len(options) > 1 else facts[0],
        "agreed": agreed or sc.result.get(lang),
    }


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


def _fill(template: str, values: dict) -> str:
    return " ".join(template.format_map(_Blank(values)).split())
