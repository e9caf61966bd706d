"""The scripted delegatee: the offline, deterministic role-play partner.

For each manager turn it (1) understands it: the acts (the review engine's reader) and what it asks
about (understand.py); (2) answers what was asked from its explicit state: the scenario's facts, what
it revealed, the agreements so far, its stance (answers.py); when nothing in particular was asked it
reacts to the acts as the persona would (rules.py); (3) says it in words from the phrasebook,
never repeating a whole reply within the storyline (render.py).  The state is replayed from the
session's turns, so one instance serves any number of sessions.

    ScriptedDelegatee(seed=0, tagger=None).reply(session, manager_text) -> Iterator[str]
    ScriptedDelegatee(...).answer(session, manager_text) -> DelegateeReply   (text + move + what it revealed)

`tagger(text, lang, previous[, phase=]) -> list[ActHit | str]` is the act source (the review engine's
reader by default); tests inject a fixed one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from coach.roleplay import replay
from coach.roleplay.answers import Answer, answer
from coach.roleplay.content import get_persona, get_scenario, load_phrasebook
from coach.roleplay.models import DelegateeReply, Session, SessionTurn
from coach.roleplay.render import agreed_own, render
from coach.roleplay.rules import decide
from coach.roleplay.state import DelegateeState
from coach.roleplay.understand import Reading, topics_of, understand

ActSource = Callable[[str, str, "str | None"], list]

# phrase move -> the main move it makes (eval/delegatee/PROBES.md)
MOVE_OF = {
    "reveal_obstacle": "reveal_obstacle", "mention_obstacle": "reveal_obstacle", "obstacle_again": "reveal_obstacle",
    "hide_obstacle": "keep_obstacle", "summary_confirm": "confirm_summary", "summary_correct": "correct_summary",
    "monkey_taken": "accept_takeover", "monkey_taken_delegation": "accept_takeover", "takeover_accept": "accept_takeover",
    "takeover_refuse": "refuse_takeover", "hand_back": "hand_back", "refuse_again": "hand_back",
    "first_step": "propose_step", "propose_step": "propose_step", "monkey_accepted": "propose_step",
    "pleased": "acknowledge_praise", "pleased_reassured": "acknowledge_praise", "thanks_reply": "acknowledge_praise",
    "thanks_reply_warm": "acknowledge_praise", "praise_reply": "acknowledge_praise", "praise_reply_proud": "acknowledge_praise",
    "experience_new": "answer_experience", "experience_experienced": "answer_experience", "options": "answer_options",
    "status_reply": "answer_status", "answer_fact_closed": "answer_fact", "not_yet": "answer_status", "small_talk": "small_talk",
}
ACKS = {"ack_result", "ack_checkpoint", "ack_instruction", "reassured", "motivated", "warming_up"}
PREFIXES = {"doubt", "busy", "pleased", "pleased_reassured", "reassured", "motivated", "warming_up"}


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


def is_role_break(text: str) -> bool:
    import re

    low = " ".join(text.lower().split())
    patterns = {p for lang in ("nl", "en") for p in load_phrasebook(lang).guard}
    return any(re.search(p, low) for p in patterns)


def fallback_acts(text: str) -> list[str]:
    t = text.strip().lower()
    if t.endswith("?"):
        starts = ("wat", "hoe", "waar", "waarom", "welke", "wie", "what", "how", "where", "why", "which", "who")
        return ["open_question"] if t.split()[0] in starts else ["closed_question"]
    return ["other"]


def main_move(moves: list[str]) -> str:
    core = [m for m in moves if m not in PREFIXES] or moves
    for m in core:
        if m in MOVE_OF:
            return MOVE_OF[m]
    return core[0] if core else "ack"


class ScriptedDelegatee:
    """Offline delegatee (coach.engines.base.Delegatee)."""

    name = "scripted"

    def __init__(self, seed: int = 0, tagger: ActSource | None = None):
        self.seed = seed
        self.tagger = tagger

    # -- the Delegatee interface -------------------------------------------------------------

    def opening(self, session: Session) -> str | None:
        persona = get_persona(session.persona_id)
        if session.phase == "delegation":
            moves = ["greeting_network" if persona.kind == "network" else "greeting_delegation"]
        elif session.phase == "progress":
            moves = ["opening_progress_agreed" if agreed_own(session) else "opening_progress"]
        else:
            unsure = "needs_reassurance" in persona.traits
            moves = ["opening_final_unsure" if unsure else "opening_final"]
        return render(session, moves, 0, self.seed)

    def reply(self, session: Session, manager_text: str) -> Iterator[str]:
        text = self.respond(session, manager_text)
        words = text.split(" ")
        for i, word in enumerate(words):
            yield word if i == len(words) - 1 else word + " "

    # -- understanding and answering ----------------------------------------------------------

    def respond(self, session: Session, manager_text: str) -> str:
        return self.answer(session, manager_text).text

    def plan(self, session: Session, manager_text: str) -> list[str]:
        """The phrase moves of the reply to the latest manager turn."""
        return self.think(session, manager_text)[2].moves

    def answer(self, session: Session, manager_text: str) -> DelegateeReply:
        """The reply to the latest manager turn, with the move it makes and what it reveals."""
        state, _, ans = self.think(session, manager_text)
        text = render(session, ans.moves, len(session.turns), self.seed,
                      {"asked_fact": ans.fact, "fact_fix": ans.fact})
        facts = [f for f in state.facts if f.text in text]
        scenario = get_scenario(session.scenario_id)
        return DelegateeReply(
            text=text, move=ans.move, moves=ans.moves, facts=[f.text for f in facts],
            topics=sorted({t for f in facts for t in f.topics}),
            obstacle_revealed=scenario.obstacle.get(session.language) in text, takeover=ans.takeover,
        )

    def think(self, session: Session, manager_text: str) -> tuple[DelegateeState, Reading, Answer]:
        """Replay the conversation: the state before the latest manager turn, its reading, the answer."""
        persona = get_persona(session.persona_id)
        scenario = get_scenario(session.scenario_id)
        turns = list(session.turns)
        if not turns or turns[-1].role != "manager" or turns[-1].text != manager_text:
            turns.append(SessionTurn(speaker=session.manager_name, role="manager", text=manager_text))
        last = len(turns) - 1
        # the replay up to the previous manager turn, remembered from the turn before (coach.roleplay.replay)
        found = replay.resume(session, persona, scenario, turns, last) if self.tagger is None else None
        begin, memo = found if found is not None else (0, replay.Replay(
            DelegateeState.start(session.phase, session.language, persona, scenario, session.agreements.record),
            None, list(session.earlier_replies), []))
        state, previous, said, manager = memo.state, memo.previous, memo.said, memo.manager
        for i in range(begin, len(turns)):
            turn = turns[i]
            if turn.role != "manager":
                previous = turn.text
                said.append(turn.text)
                continue
            if i == last and self.tagger is None:  # where the next turn's replay starts
                replay.remember(session, persona, scenario, turns, i, replay.Replay(state, previous, said, manager))
            reading = self.read(turn, session, previous, scenario)
            ans = answer(session.phase, persona, state, reading, turn.text, scenario, " ".join(said + [m for m, _ in manager]))
            if ans is None:
                moves = decide(session.phase, persona, state, reading)
                ans = Answer(main_move(moves), moves, obstacle=bool({"reveal_obstacle", "mention_obstacle"} & set(moves)))
            elif session.phase == "delegation":
                acks = [m for m in decide(session.phase, persona, state, reading) if m in ACKS]
                ans.moves = self._prefix(persona, state, reading) + ans.moves + acks
                if "quiet" in persona.traits:
                    ans.moves = [m for m in ans.moves if m not in ACKS][:2]
            if i == len(turns) - 1:
                return state, reading, ans
            state.update(reading, ans.moves, [ans.fact] if ans.fact else [], ans.topics, ans.obstacle)
            manager.append((turn.text, reading.acts))
            state.last_text = turn.text
            from coach.roleplay.agreements import record_from_turns

            state.agreements = record_from_turns(manager[-1:], session.language, scenario, state.agreements, session.phase)
        raise AssertionError("unreachable")  # pragma: no cover

    @staticmethod
    def _prefix(persona, state: DelegateeState, reading: Reading) -> list[str]:
        """Relational moves that go before an answer in a delegation conversation."""
        out = []
        if "other_priorities" in persona.traits and state.n == 0:
            out.append("busy")
        if "needs_reassurance" in persona.traits and not state.motivated and "motivation" not in reading.acts:
            out.append("doubt")
        return out

    def read(self, turn: SessionTurn, session: Session, previous: str | None, scenario) -> Reading:
        acts, small = turn.acts, False
        if not acts:
            acts, small = self._acts(turn.text, session.language, previous, session.phase)
        reading = understand(turn.text, session.language, acts, small, scenario)
        reading.guard = is_role_break(turn.text)
        return reading

    def _acts(self, text: str, lang: str, previous: str | None, phase: str | None) -> tuple[list[str], bool]:
        from coach.tagger.calling import call_tagger

        if self.tagger is None:
            try:
                from coach.review import read_manager_turn

                hits, small, _ = read_manager_turn(text, lang, previous, phase, None)
                return act_names(hits), small
            except NotImplementedError:  # pragma: no cover - the reader is part of every build
                return fallback_acts(text), False
        try:
            return act_names(call_tagger(self.tagger, text, lang, previous, phase)), False
        except NotImplementedError:
            return fallback_acts(text), False


__all__ = ["ScriptedDelegatee", "act_names", "fallback_acts", "is_role_break", "topics_of", "real_tagger"]
