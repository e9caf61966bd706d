"""Guidelines of the progress review (bespreek de tussenresultaten)."""

from __future__ import annotations

from coach import signals
from coach.advice import next_step_question, open_question_for
from coach.judge.context import PUSH as _PUSH, REPLAN as _REPLAN, Context, Hit, matching, rx
from coach.models import Finding

START_TURNS = 2  # positive feedback counts as "at the start" within the manager's first two turns ...
MAX_START_TURNS = 3  # ... or within their first three when no problem came up before the third
DOMINANCE = 2  # answers "dominate" when there are more than twice as many as open questions after the problem
SUMMARY_WORDS = 8  # a reflection this long carries content; a shorter one without a check only echoes a fragment
MAX_INTERRUPTIONS = 2  # cutting the other off this often undoes a good summary

_OBSTACLE = rx(
    r"\bmoeilijk", r"\blastig", r"\bprobleem", r"\bproblemen\b", r"\bobstakel", r"\btegenaan\b", r"\bvast\b", r"\bknelpunt",
    r"\bzorgen\b", r"\buitdaging", r"\bhulp nodig\b", r"\bnodig (van mij|om)\b", r"\bbelemmer", r"\bspannend", r"\btegenvall",
    r"\bin de weg\b", r"\bhoudt (je|het) tegen\b", r"\btegenhoudt\b", r"\bzit (je|het) dwars\b", r"\bloop je\b.*\baan\b",
    r"\bdifficult", r"\bhard\b", r"\btricky\b", r"\bproblems?\b", r"\bissues?\b", r"\bobstacles?\b", r"\bin your way\b",
    r"\bstuck\b", r"\bchalleng", r"\bconcern", r"\bworr", r"\bstruggl", r"\bblock", r"\bneed from me\b", r"\bholding you back\b",
    r"\brunning into\b", r"\bin the way\b", r"\bin de weg\b",
)
_HOW_IS_IT_GOING = rx(
    r"\balles goed\b", r"\bgaat (het|alles) (goed|lekker)\b", r"\blukt het\b", r"\bhoe gaat het\b", r"\bhoe staat (het|ervoor)\b",
    r"\bhoe ver ben je\b", r"\bon track\b", r"\ball good\b", r"\bgoing (ok|okay|well|fine|alright)\b",
    r"\beverything (ok|okay|fine|alright|good)\b", r"\bhow{0}?s it going\b".format("['’]"), r"\bhow is (it|everything|the \w+) going\b",
    r"\bhow are things\b", r"\bwhere are you (with|at)\b", r"\bwhere are we\b", r"\bwaar staan we\b", r"\bhoe staan we ervoor\b",
    r"\bwaar sta je\b", r"\bwhere do you stand\b",
)
_STRICT_CHECK = (r"\bklopt (dat|het)\b", r"\bbegrijp ik (je|het) goed\b", r"\bheb ik (je|het|dat) goed\b", r"\bzie ik (dat|het) goed\b",
                 r"\bis that right\b", r"\bdid I get\b", r"\bhave I got\b", r"\bam I right\b", r"\bdo I understand\b", r"\bis that correct\b")
_CHECK = rx(*_STRICT_CHECK, r"\btoch\?", r"\bright\?", r"\bcorrect\?")  # a tag only counts as a check after a summary
_CHECK_ONLY = rx(*_STRICT_CHECK)
_ACCEPT = rx(
    r"\bbegrijp\b", r"\bsnap\b", r"\bhelder\b", r"\bprima\b", r"\bgeen probleem\b", r"\bjammer,? maar\b", r"\bdank (je|u)? ?(voor|dat)\b",
    r"\beerlijk\b", r"\brespecteer\b", r"\bis goed\b", r"\bunderstand", r"\bfair enough\b", r"\bno problem\b", r"\bof course\b",
    r"\bthanks? (you )?for (being|telling|letting)\b", r"\bhonest", r"\brespect\b", r"\bthat['’]s (fine|ok|okay|alright)\b",
)


def start_turns(ctx: Context) -> list:
    """The opening: the manager's first two turns, or (up to three) all their turns before a problem came up,
    so praise right after hearing the update still counts as the start."""
    problem = ctx.problem or ctx.hand_back
    before = [t for t in ctx.manager_turns if problem is None or t.index < problem.turn]
    return ctx.manager_turns[:max(START_TURNS, min(len(before), MAX_START_TURNS))]


def positive_start(ctx: Context) -> Finding:
    g = "progress.positive_start"
    start = start_turns(ctx)
    early = ctx.hits("positive_feedback", turns=start)
    if early:
        return ctx.finding(g, "met", early, quote=early[0].quote)
    generic = ctx.hits("appreciation", turns=start)
    if generic:
        return ctx.finding(g, "partly_generic", generic, quote=generic[0].quote)
    late = ctx.hits("positive_feedback")
    if late:
        return ctx.finding(g, "partly_late", late, quote=late[0].quote)
    late_generic = ctx.hits("appreciation")  # generic and late: not an opening with positive feedback
    if late_generic:
        return ctx.finding(g, "missed_late_generic", late_generic, quote=late_generic[0].quote)
    return ctx.finding(g, "missed")


def ask_obstacles(ctx: Context) -> Finding:
    g = "progress.ask_obstacles"
    open_q = ctx.hits("open_question")
    asked = matching(open_q, _OBSTACLE)
    replies = {r.index for r in (ctx.next_manager_turn(s.turn) for s in ctx.signals if s.kind == "problem") if r is not None}
    seen = {(h.index, h.quote) for h in asked}
    asked += [h for h in open_q if h.index in replies and (h.index, h.quote) not in seen]  # exploring a raised difficulty
    if asked:
        return ctx.finding(g, "met", asked, quote=asked[0].quote)
    explicit = matching(ctx.hits("closed_question"), _OBSTACLE)  # "Is anything getting in the way?" asks it too
    if explicit:
        return ctx.finding(g, "met", explicit, quote=explicit[0].quote)
    closed = matching(ctx.hits("leading_question"), _OBSTACLE)
    closed += matching(ctx.hits("closed_question"), _HOW_IS_IT_GOING)
    if closed:
        return ctx.finding(g, "partly", closed, quote=closed[0].quote)
    general = matching(open_q, _HOW_IS_IT_GOING)
    if general:
        return ctx.finding(g, "partly_general", general, quote=general[0].quote)
    return ctx.finding(g, "missed")


def ask_not_answer(ctx: Context) -> Finding:
    g = "progress.ask_not_answer"
    problem = ctx.open_problem  # a take implies a problem, even when the words did not show one
    if problem is None:
        return ctx.finding(g, "not_applicable")
    asked = ctx.hits("open_question", after=problem.turn)
    answered = ctx.hits("advice", "leading_question", after=problem.turn)
    if not answered:  # taking the problem over is answering it too; judged here only when nothing else was
        answered = ctx.hits("monkey_take", after=problem.turn)
    if not answered and asked:
        return ctx.finding(g, "met", asked, quote=asked[0].quote)
    if not answered:
        return ctx.finding(g, "partly_silent", other=problem.quote, question=open_question_for("", ctx.lang))
    quote = answered[0].quote
    key = "missed" if not asked or len(answered) > DOMINANCE * len(asked) else "partly"
    return ctx.finding(g, key, answered, quote=quote, question=open_question_for(quote, ctx.lang))


def interruptions(ctx: Context) -> list:
    """Manager turns that cut the other off (their turn breaks off mid-sentence)."""
    out = []
    for turn in ctx.analysis.turns:
        text = turn.text.rstrip()
        if turn.role != "manager" and text and (text[-1].isalnum() or text.endswith(("—", "–", "-", ","))):
            reply = ctx.next_manager_turn(turn.index)
            if reply is not None and reply.index == turn.index + 1:
                first = signals.sentences(reply.text)
                if first:
                    out.append(Hit(reply, "sentence", first[0]))
    return out


def listen_summarize(ctx: Context) -> Finding:
    g = "progress.listen_summarize"
    summaries = ctx.hits("summary")
    checked = [h for h in summaries
               if "closed_question" in h.turn.acts or h.quote.rstrip().endswith("?") or _CHECK.search(h.turn.text)]
    full = [h for h in summaries if len(h.quote.split()) >= SUMMARY_WORDS]
    cut_off = interruptions(ctx)
    if (checked or full) and len(cut_off) >= MAX_INTERRUPTIONS:
        return ctx.finding(g, "partly_interrupts", cut_off, quote=cut_off[0].quote)
    if checked or full:
        best = checked + full
        return ctx.finding(g, "met", best, quote=best[0].quote)
    if summaries:
        return ctx.finding(g, "partly", summaries, quote=summaries[0].quote)
    checks = ctx.sentence_hits(_CHECK_ONLY)
    if checks:
        return ctx.finding(g, "partly_check_only", checks, quote=checks[0].quote)
    said = ctx.problem or ctx.hand_back
    if said is not None:
        return ctx.finding(g, "missed_after", other=said.quote)
    return ctx.finding(g, "missed")


def monkey_back(ctx: Context) -> Finding:
    from coach.monkey import monkey_trace  # late: coach.monkey imports this package's context

    g = "progress.monkey_back"
    if ctx.hand_back is not None:
        return ctx.finding(g, "not_applicable_hand_back")
    trace = monkey_trace(ctx)
    if trace.owner == "none":
        return ctx.finding(g, "not_applicable")
    next_q = next_step_question(ctx.lang)
    if trace.decided:
        quote = trace.hits[0].quote
        key = {"delegatee": "met", "shared": "partly", "manager": "missed"}[trace.owner]
        ordered = sorted(trace.hits, key=lambda h: h.act != "monkey_take") if key == "missed" else list(trace.hits)
        return ctx.finding(g, key, ordered, quote=ordered[0].quote if ordered else quote, question=next_q)
    if trace.commitment is not None:
        from coach.models import Evidence

        ev = Evidence(turn=trace.commitment.turn, quote=trace.commitment.quote)
        return ctx.finding(g, "met", [ev], quote=trace.commitment.quote)
    return ctx.finding(g, "partly_open", other=trace.start.quote if trace.start else "", question=next_q)


def respect_return(ctx: Context) -> Finding:
    g = "progress.respect_return"
    back = ctx.hand_back
    if back is None:
        return ctx.finding(g, "not_applicable")
    after = back.turn
    push = ctx.hits("leading_question", after=after) + ctx.sentence_hits(_PUSH, after=after)
    if push:
        last_push = max(h.index for h in push)
        from coach.monkey import monkey_trace  # late: coach.monkey imports this package's context

        kept = monkey_trace(ctx).owner != "manager"  # talked into keeping it after all
        accepted = ctx.hits("summary", after=last_push) + ctx.sentence_hits(_ACCEPT, after=last_push)
        key = "partly_push" if accepted and not kept else "missed"
        return ctx.finding(g, key, push, quote=push[0].quote)
    accept = ctx.hits("appreciation", "summary", after=after) + ctx.sentence_hits(_ACCEPT, after=after)
    replan = ctx.hits("checkpoint", "monkey_take", after=after) + ctx.sentence_hits(_REPLAN, after=after)
    if accept and replan:
        return ctx.finding(g, "met", accept[:1] + replan[:2], quote=replan[0].quote)
    if accept:
        return ctx.finding(g, "partly_accept", accept, quote=accept[0].quote)
    if replan:
        return ctx.finding(g, "partly_action", replan, quote=replan[0].quote)
    return ctx.finding(g, "missed_silent", other=back.quote)


CHECKS = {
    "progress.positive_start": positive_start,
    "progress.ask_obstacles": ask_obstacles,
    "progress.ask_not_answer": ask_not_answer,
    "progress.listen_summarize": listen_summarize,
    "progress.monkey_back": monkey_back,
    "progress.respect_return": respect_return,
}
