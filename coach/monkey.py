"""The monkey verdict (labels.md section 3): who holds the next move on the open problem at the end.

    monkey_verdict(analysis, options=None) -> MonkeyVerdict

The open problem starts at the first delegatee turn that raises a problem,
tries to hand it upward, or (a network contact) hands the task back.  After
that, every manager turn with `monkey_take` or `monkey_back` moves the monkey:
a take is the manager's promise and stands (a later back on another part makes
it shared: the ownership is split); a take right after a back reverses that
back (manager); both in one turn (one closing arrangement) -> shared.  The
deciding turn is the first move turn from which the owner stays the final one (a later turn that only
confirms the owner decides nothing, as the corpus's adjudicated rule says).  When no manager turn moved it:
after a hand-back, the first manager turn naming their own next action
on the task decides (manager); a delegatee who committed to a
next step keeps it; a hand-back nobody acted on stays with the manager;
otherwise it stays with the delegatee (nobody took it),
and `decided` is False so the judge can say the monkey was left hanging.
"""

from __future__ import annotations

from dataclasses import dataclass

from coach.judge.context import PUSH, REPLAN, SELF_DO, Context, Hit, SignalAt, build_context, rx
from coach.models import Analysis, MonkeyVerdict, ReviewOptions


@dataclass(frozen=True)
class MonkeyTrace:
    owner: str                   # delegatee | manager | shared | none
    turn: int | None             # the deciding manager turn
    decided: bool = False        # True when a manager turn moved the monkey explicitly
    start: SignalAt | None = None
    hits: tuple[Hit, ...] = ()   # the monkey acts of the deciding turn
    commitment: SignalAt | None = None

    def verdict(self) -> MonkeyVerdict:
        return MonkeyVerdict(owner=self.owner, turn=self.turn)


def _owners(moves: list[Hit]) -> list[tuple[int, str]]:
    """Replay the moves, turn by turn, and give the owner after each move turn (one pass).  A take is the
    manager's promise and stands; a back after it adds the delegatee's part (ownership split: shared).
    A take right after a back reverses that back (manager)."""
    by_turn: dict[int, set[str]] = {}
    for h in moves:
        by_turn.setdefault(h.index, set()).add(h.act)
    holds_take = holds_back = False
    previous: set[str] = set()
    out: list[tuple[int, str]] = []
    for turn in sorted(by_turn):
        acts = by_turn[turn]
        if acts == {"monkey_take", "monkey_back"}:
            holds_take = holds_back = True
        elif "monkey_take" in acts:
            if previous == {"monkey_back"} and not holds_take:  # a repeated take confirms the manager's own part
                holds_back = False
            holds_take = True
        else:
            holds_back = True
        previous = acts
        owner = "shared" if holds_take and holds_back else "manager" if holds_take else "delegatee"
        out.append((turn, owner))
    return out


def _deciding_turn(owners: list[tuple[int, str]], final_owner: str) -> int:
    """The turn that produced the final ownership (`owners`: _owners of the moves): the first move turn from
    which the owner stays the final one (eval/README.md: a later turn that only confirms the owner decides nothing)."""
    deciding = owners[-1][0]
    for turn, owner in reversed(owners):
        if owner != final_owner:
            break
        deciding = turn
    return deciding


_OFFER = rx(r"\b(zal|moet|kan) ik\b", r"\b(shall|should|can) I\b")  # the delegatee offers a next step of their own


_NOT_YET = rx(r"^\s*(no|nope|nee|nou nee)\b[,.]?\s+\w+(\W+\w+){3,}")


def _asked_closed(by_index: dict, index: int) -> bool:
    """The turn right before `index` (`by_index`: the first turn of each index) is a manager's yes/no question."""
    previous = by_index.get(index - 1)
    return previous is not None and previous.role == "manager" and "closed_question" in previous.acts


def _first_of_each_index(ctx: Context) -> dict:
    by_index: dict = {}
    for t in ctx.analysis.turns:
        by_index.setdefault(t.index, t)
    return by_index


def _settled_last(ctx: Context, moves: list[Hit], owners: list[tuple[int, str]], deciding: int) -> int:
    """With several open problems the deciding turn settles the last of them: a problem raised (or a next step
    offered by the delegatee) after the ownership was in place is only settled by the next move that keeps the
    final owner (`owners`: _owners of the moves, made once)."""
    final_owner = owners[-1][1]
    turns = sorted({h.index for h in moves})
    handed = {h.index for h in moves if h.act == "monkey_back"}
    # a difficulty named while answering a hand-back ("the nurse first, then he has less to complain about")
    # is about the step just handed over, not a new open problem
    raised = [s.turn for s in ctx.signals if s.kind in ("problem", "upward") and s.turn - 1 not in handed]
    # ctx.matches: each turn searched once per conversation, not once per confidence draw
    raised += [t.index for t in ctx.analysis.turns if t.role != "manager" and ctx.matches(_OFFER, t.text)]
    # a status question answered with "no, still ..." brings up a further open item ("is the GIS layer up to date?")
    by_index = _first_of_each_index(ctx)  # looked up per turn: no scan of the whole conversation each time
    raised += [t.index for t in ctx.analysis.turns if t.role != "manager" and ctx.matches(_NOT_YET, t.text)
               and _asked_closed(by_index, t.index)]
    last_move = turns[-1] if turns else -1
    later = [r for r in raised if deciding < r < last_move]
    if not later:
        return deciding
    last = max(later)
    for turn, owner in owners:
        if turn > last and owner == final_owner:
            return turn
    return deciding


def monkey_trace(ctx: Context) -> MonkeyTrace:
    hand_back = ctx.hand_back
    start = hand_back or ctx.open_problem  # a hand-back returns the task itself: it governs
    if start is None:
        return MonkeyTrace(owner="none", turn=None)
    moves = ctx.hits("monkey_take", "monkey_back", after=start.turn)
    if moves:
        owners = _owners(moves)  # replayed once for the owner, the deciding turn and the last problem settled
        owner = owners[-1][1]
        turn = _settled_last(ctx, moves, owners, _deciding_turn(owners, owner))
        deciding = [h for h in moves if h.index == turn]
        return MonkeyTrace(owner=owner, turn=turn, decided=True, start=start, hits=tuple(deciding))
    after = [t.index for t in ctx.manager_turns if t.index > start.turn]
    fallback = after[0] if after else (ctx.manager_turns[-1].index if ctx.manager_turns else None)
    if fallback is None:  # no manager turn at all: nobody can have decided anything
        return MonkeyTrace(owner="none", turn=None, start=start)
    returned = hand_back is not None and hand_back.turn == start.turn
    if returned:  # the task is back: the manager's own next action on it decides
        replans = [h for h in ctx.sentence_hits(REPLAN, after=start.turn) + ctx.sentence_hits(SELF_DO, after=start.turn)]
        replans.sort(key=lambda h: h.index)
        if replans:
            return MonkeyTrace(owner="manager", turn=replans[0].index, start=start)
    commitment = ctx.first_commitment(after=start.turn)
    if returned and not ctx.sentence_hits(PUSH, after=start.turn) and not ctx.hits("leading_question", after=start.turn):
        commitment = None  # after a hand-back, only being talked into it gives the task back to them
    if commitment is not None:  # they took the next step after all (or were talked into it)
        before = [i for i in after if i < commitment.turn]
        return MonkeyTrace(owner="delegatee", turn=before[-1] if before else fallback, start=start, commitment=commitment)
    if returned:
        return MonkeyTrace(owner="manager", turn=fallback, start=start)
    last = after[-1] if after else fallback
    return MonkeyTrace(owner="delegatee", turn=last, start=start)


def monkey_verdict(analysis: Analysis, options: ReviewOptions | None = None) -> MonkeyVerdict:
    return monkey_trace(build_context(analysis, options)).verdict()
