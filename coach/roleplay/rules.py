"""The delegatee's conversational rules: how it reacts to the manager's ACTS (result, instruction,
checkpoint, motivation, advice, the monkey ...) when the turn asks nothing in particular (answers.py
handles what was asked), following the persona's traits and the phase."""

from __future__ import annotations

from coach.roleplay.models import Persona
from coach.roleplay.state import DelegateeState
from coach.roleplay.understand import Reading

PRESSURE = {"instruction", "advice", "leading_question", "checkpoint"}
RESPECT = {"summary", "appreciation", "open_question", "motivation", "monkey_take"}


# -- the decisions, per phase ------------------------------------------------------------------


def decide(phase: str, persona: Persona, state: DelegateeState, cue: Reading) -> list[str]:
    if cue.guard:
        return ["guard"]
    rules = {"delegation": _delegation, "progress": _progress}.get(phase, _final)
    moves = rules(persona, state, cue)
    if "quiet" in persona.traits and len(moves) > 2:  # a quiet person says less: drop the acknowledgements
        moves = [m for m in moves if m not in ACKNOWLEDGEMENTS][:2] or moves[:2]
    return moves


ACKNOWLEDGEMENTS = {"ack", "ack_result", "ack_instruction", "ack_checkpoint", "pleased", "summary_confirm", "thanks_reply"}


def _short(state: DelegateeState, cue: Reading, persona: Persona) -> bool:
    """Closes up: a stream of closed questions, or a quiet persona answering a closed one."""
    return cue.closed and (state.closed_streak >= 1 or "quiet" in persona.traits)


def _delegation(p: Persona, s: DelegateeState, cue: Reading) -> list[str]:
    traits, acts, moves = set(p.traits), set(cue.acts), []
    reassure = "needs_reassurance" in traits
    if "other_priorities" in traits and s.n == 0:
        moves.append("busy")
    if "motivation" in acts and not s.motivated:
        moves.append("reassured" if reassure else "warming_up" if p.motivation == "low" else "motivated")
    if "experience" in cue.topics and (cue.open or cue.closed):
        moves.append("experience_new" if p.competence == "new" else "experience_experienced")
    micromanaged = "resents_micromanagement" in traits and p.competence == "experienced"
    if micromanaged and ("advice" in acts or cue.step_list or ("instruction" in acts and s.instructions >= 2)):
        moves.append("curt" if s.pushbacks else "pushback")
    else:
        if "result" in acts:
            moves.append("eager_yes" if "eager" in traits else "ack_result")
        if "instruction" in acts and "eager_yes" not in moves:
            moves.append("ack_instruction")
    if "checkpoint" in acts and not {"pushback", "curt"} & set(moves):
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


def _progress(p: Persona, s: DelegateeState, cue: Reading) -> list[str]:
    traits, acts, moves = set(p.traits), set(cue.acts), []
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


def _final(p: Persona, s: DelegateeState, cue: Reading) -> list[str]:
    acts, moves = set(cue.acts), []
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
