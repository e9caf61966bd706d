"""Guidelines of the progress review (bespreek de tussenresultaten)."""

from __future__ import annotations

import re

from coach import signals
from coach.advice import next_step_question, open_question_for
from coach.judge.context import PUSH as _PUSH, REPLAN as _REPLAN, Context, Hit, is_question, rx
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


def small_talk(turn) -> bool:
    """A manager turn that is only small talk (learned: coach.learn.acts); it never opens the business."""
    return bool(getattr(turn, "small_talk", False))


def start_turns(ctx: Context) -> list:
    """The opening: the manager's first two turns after any small talk, or (up to three) all their turns before
    a problem came up, so praise right after hearing the update still counts as the start."""
    problem = ctx.problem or ctx.hand_back
    before = [t for t in ctx.manager_turns if problem is None or t.index < problem.turn]
    opening = ctx.manager_turns[:max(START_TURNS, min(len(before), MAX_START_TURNS))]
    business = [t for t in before if not small_talk(t)][:MAX_START_TURNS]  # small talk does not use up the opening
    return opening + [t for t in business if t not in opening]


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
        return ctx.finding(g, "missed_late", late, quote=late[0].quote)
    late_generic = ctx.hits("appreciation")  # generic and late: not an opening with positive feedback
    if late_generic:
        return ctx.finding(g, "missed_late_generic", late_generic, quote=late_generic[0].quote)
    return ctx.finding(g, "missed")


def asking(hits: list[Hit], pattern, ctx: Context | None = None) -> list[Hit]:
    """Every question of the turns of `hits` (not only the sentence the act quotes) that matches `pattern`,
    quoted on its own; a turn without any question sentence (an imperative invitation, an ASR line) is
    matched on the act's quote."""
    out, seen = [], set()
    for h in hits:
        for q in _asked(h.turn.text, h.quote, pattern, ctx):
            if (h.index, q) not in seen:
                seen.add((h.index, q))
                out.append(Hit(h.turn, h.act, q))
    return out


def _asked(text: str, quote: str, pattern, ctx: Context | None) -> list[str]:
    """The questions of a turn that match `pattern` (its quote when it has no question sentence); with a
    context, found once per conversation (coach.confidence's draws ask the same of every turn again)."""
    key = ("asking", pattern, text, quote)
    found = ctx.memo.get(key) if ctx else None
    if found is None:
        asked = [q for q in (ctx.sentences if ctx else signals.sentences)(text) if (ctx.asks(q) if ctx else is_question(q))]
        search = (lambda q: ctx.matches(pattern, q)) if ctx else pattern.search
        found = [q for q in asked if search(q)] or ([quote] if not asked and search(quote) else [])
        if ctx:
            ctx.memo[key] = found
    return found


def ask_obstacles(ctx: Context) -> Finding:
    """met: a question about difficulties (its words), or a question (open or closed) right after the delegatee
    raised one, exploring it (eval/README.md); partly: only a general open question about how it goes, or a
    leading one; missed: nothing of the kind.  Small talk never counts."""
    g = "progress.ask_obstacles"
    open_q = [h for h in ctx.hits("open_question") if not h.turn.small_talk]
    closed_q = [h for h in ctx.hits("closed_question") if not h.turn.small_talk]
    asked = asking(open_q, _OBSTACLE, ctx) + asking(closed_q, _OBSTACLE, ctx)  # "Is anything getting in the way?" asks it too
    replies = {r.index for r in (ctx.next_manager_turn(s.turn) for s in ctx.signals if s.kind in ("problem", "upward"))
               if r is not None}
    seen = {(h.index, h.quote) for h in asked}
    asked += [h for h in open_q + closed_q if h.index in replies and (h.index, h.quote) not in seen]  # exploring it
    if asked:
        asked.sort(key=lambda h: h.index)
        return ctx.finding(g, "met", asked, quote=asked[0].quote)
    leading = asking(ctx.hits("leading_question"), _OBSTACLE, ctx) + asking(closed_q, _HOW_IS_IT_GOING, ctx)
    if leading:
        return ctx.finding(g, "partly", leading, quote=leading[0].quote)
    problem = ctx.problem or ctx.hand_back
    general = [h for h in open_q if problem is None or h.index < problem.turn]  # "Hoe staat het ervoor?" and the like
    if general:
        return ctx.finding(g, "partly_general", general, quote=general[0].quote)
    status = [h for h in ctx.sentence_hits(_HOW_IS_IT_GOING) if is_question(h.quote)]
    if status:
        return ctx.finding(g, "partly_general", status, quote=status[0].quote)
    return ctx.finding(g, "missed")


def ask_not_answer(ctx: Context) -> Finding:
    g = "progress.ask_not_answer"
    problem = ctx.open_problem  # a take implies a problem, even when the words did not show one
    if problem is None:
        return ctx.finding(g, "not_applicable")
    asked = ctx.hits("open_question", after=problem.turn)
    # a tag that hands the agreed step back ("So you'll sort Dave this week, yeah?") confirms their move, answers nothing
    answered = [h for h in ctx.hits("advice", "leading_question", after=problem.turn)
                if not (h.act == "leading_question" and "monkey_back" in h.turn.acts)]
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
                first = ctx.sentences(reply.text)
                if first:
                    out.append(Hit(reply, "sentence", first[0]))
    return out


# Opening words of a reflection ("So you're saying ...", "Dus als ik je goed begrijp ...", "Sounds like ...").
_REFLECTION = rx(r"^(so|dus|oké,? dus|ok(ay)?,? so)\b", r"\bsounds like\b", r"\bklinkt (alsof|als)\b", r"\bif I understand\b",
                 r"\bals ik (je|het) goed begrijp\b", r"\byou{0}?re saying\b".format("['’]"), r"\bje zegt\b", r"\bwhat I hear\b",
                 r"\bwat ik hoor\b", r"\bin other words\b", r"\bmet andere woorden\b", r"\bje bedoelt\b", r"\byou mean\b")
_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)
ECHO_WORDS = 3  # content words shared with the delegatee's last turns that make a sentence an echo of them
ECHO_TURNS = 2
ECHO_MIN_WORDS = 5
# Not a reflection but the manager's own move: advice, an instruction, taking over, a correction.
_OWN_MOVE = rx(r"^(no|nee|nope)\b", r"\b(you can|you could|you should|you need to|maybe you|why don{0}t you|just)\b".format("['’]"),
               r"\b(kun je|kan je|je kunt|je moet|moet je|misschien kun|waarom (bel|doe|vraag) je)\b", r"\bmaar\b.{0,5}$",
               r"\b(I{0}ll|I will|let me|leave it with me)\b".format("['’]"), r"\b(ik (ga|zal|leg|doe|kom|bel|regel)|dan (leg|doe|kijk|bel|regel) ik)\b",
               r"^(put|send|get|give|call|ring|tell|make|stuur|bel|geef|zet|maak|vraag|zorg)\b", r"\b(put|send|stuur|zet)\b.{0,40}\b(maar|to me|naar mij)\b")
_BRUSH_OFF = rx(r"\bI know\b", r"\bweet ik\b", r"\bI heard\b", r"\bhoorde ik\b", r"\bdon{0}t worry\b".format("['’]"), r"\bmaak je geen zorgen\b")
_FUNCTION_WORDS = frozenset(
    "that this with have from they them then there what when where which would could should about just really "
    "your yours been were will well yeah okay like also some more here only into over than because "
    "maar niet voor zijn heeft hebben wordt worden door naar want omdat ook even gewoon echt wel nog heel eigenlijk "
    "alles iets niets deze die dat daar hier toen dan zoals onze jullie mijn jouw hoor nou ja".split())


def _content(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)} - _FUNCTION_WORDS


def _lead_trimmed(sentence: str) -> str:
    """The sentence without a leading filler ("Tell you what, put ..." -> "put ...")."""
    return re.sub(r"^(tell you what|ok(ay|é)?|right|well|so|nou|oké|goed|ja|yeah),?\s+", "", sentence.strip(), flags=re.IGNORECASE)


def echoes(ctx: Context) -> list[Hit]:
    """Manager sentences that give back the delegatee's own words (a reflection the tagger may have missed):
    several content words of their last two turns, not a question, not an exclamation or a brush-off."""
    out: list[Hit] = []
    heard: list[set[str]] = []
    for turn in ctx.analysis.turns:
        if turn.role != "manager":
            heard = (heard + [_content(turn.text)])[-ECHO_TURNS:]
            continue
        last = set().union(*heard) if heard else set()
        for sentence in ctx.sentences(turn.text):
            if is_question(sentence) or "!" in sentence or _BRUSH_OFF.search(sentence) or _OWN_MOVE.search(_lead_trimmed(sentence)) or len(sentence.split()) < ECHO_MIN_WORDS:
                continue
            shared = len(_content(sentence) & last)
            if shared >= ECHO_WORDS or (shared >= 2 and _REFLECTION.search(sentence)):
                out.append(Hit(turn, "summary", sentence))
    return out


def listen_summarize(ctx: Context) -> Finding:
    g = "progress.listen_summarize"
    summaries = [h for h in ctx.hits("summary") if not _BRUSH_OFF.search(h.quote)]  # "I know about X" is no summary
    if not summaries:  # the tagger found none: the manager's echoes of the delegatee's words still show listening
        summaries = echoes(ctx)
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
        accepted = ctx.hits("appreciation", "summary", after=last_push) + ctx.sentence_hits(_ACCEPT, after=last_push)
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
