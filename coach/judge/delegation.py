"""Guidelines of the delegation conversation (het delegeergesprek)."""

from __future__ import annotations

from coach.advice import next_step_question, open_question_for
from coach.judge.context import Context, Hit, matching, rx
from coach.models import Finding

# A moment: a day, a date, a month, "next week", "na die twee weken", "half oktober".
_MOMENT = rx(
    r"\b(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|overmorgen|vandaag)\b",
    r"\b(volgende|komende|over (een|twee|drie|\d+)) (week|weken|maand)\b", r"\b(begin|eind|half|midden) (van )?(de |deze )?\w+\b",
    r"\bna (de|die|het|afloop|twee|drie|een) \w+", r"\b(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b",
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight)\b",
    r"\b(next|this|in (a|two|three|\d+)) (week|weeks|month)\b", r"\b(end|start|middle|mid) of\b", r"\bafter (the|that|two|a) \w+",
    r"\b(january|february|march|april|may|june|july|august|september|october|november|december)\b",
    r"\b\d{1,2}[:.]\d{2}\b", r"\b\d{1,2} (jan|feb|mrt|apr|jun|jul|aug|sep|okt|oct|nov|dec)", r"\b(uur|o['’]clock)\b",
    r"\buiterlijk\b", r"\bby (the )?\w+day\b", r"\b(every|each) (night|day|week|morning|evening|\w+day)\b",
    r"\belke (avond|dag|week|ochtend|\w+dag)\b", r"\b(nightly|daily|weekly|wekelijks|dagelijks)\b",
    r"\bwhen (the|your|my) (first|\w+) .{0,20}\b(is|are) (ready|done|in)\b", r"\bafter the first\b",
    r"\b(als|wanneer) (de|het|die|je) (eerste|\w+) .{0,20}\b(klaar|af|binnen)\b", r"\bna (de|die|het|je) eerste\b",
)
# An intermediate result or a moment to look at it together (not only the final deadline).
_INTERMEDIATE = rx(
    r"\bsamen\b", r"\bsamen ?zitten\b", r"\bzitten\b", r"\bshort call\b", r"\b(even )?bellen\b", r"\bbespreken\b", r"\bdoornemen\b", r"\bbekijken\b", r"\bmee(kijken| te kijken)\b", r"\blaten zien\b",
    r"\b(eerste|ruwe) (opzet|versie|concept|schets)\b", r"\btussen(resultaat|stand|tijds)", r"\bcheck(?!list)", r"\bstuur (me|mij)\b",
    r"\bgo through\b", r"\breview\b", r"\bcatch up\b", r"\bsit down\b", r"\bmeet\b", r"\bfirst (draft|version|cut)\b", r"\bdraft\b",
    r"\bshow me\b", r"\bwalk me through\b", r"\bsend me\b", r"\blook at it together\b", r"\bdraaiboek\b", r"\bopzet\b",
)
# A look only at the end ("send it to me when it's done", "als het af is"): the final delivery, not an intermediate moment.
_ON_DELIVERY = rx(r"\b(when|once|after) (it{0}s|it is|you{0}re|you are|everything is) (all )?(done|finished|ready|complete)\b".format("['’]"),
                  r"\b(als|wanneer|zodra) (het|alles|je) (helemaal )?(af|klaar|gereed)\b", r"\bat the (very )?end\b", r"\baan het eind\b")
# The manager brushes the delegatee's view aside and prescribes anyway ("Dat kan, maar begint u nu maar met ...").
_OVERRULE = rx(r"\b(dat kan|kan zijn|misschien|mogelijk|tja|ja)\b,? maar\b.{0,40}\b(begin|doe|start|ga|houd|hou|pak)\b",
               r"\b(could be|maybe|perhaps|fair enough|I hear you|yeah|sure)\b,? but\b.{0,40}\b(start|do|go|stick|keep|use)\b",
               r"\bnu maar\b", r"\bjust do it (my|this|that) way\b", r"\bdo it (my|the usual) way\b")
# A result that names nothing checkable ("zorg dat het er goed uitstaat", "just make it nice").
_VAGUE_RESULT = rx(r"\bgewoon\b", r"\bje ziet het wel\b", r"\bgoed uit(ziet|staat)\b", r"\biets (moois|leuks)\b", r"\bnetjes\b",
                   r"\bmake it pop\b", r"\bweet ik veel\b", r"\biets waar\b", r"\bwhatever\b", r"\bfigure it out\b",
                   r"\bjust make\b", r"\blooks? (good|nice)\b", r"\bsomething nice\b", r"\byou{0}?ll see\b".format("['’]"))
_CONCRETE = rx(r"\d", r"\b(zonder|binnen|uiterlijk|minimaal|maximaal|goedkeur|vaststel|getekend|klaar voor|die (het|de) \w+ kan)\b",
               r"\b(within|without|at least|at most|signed|approv|ready for|that the \w+ can)\b")
# The delegatee asks about means, mandate or scope ...
_MEANS_QUESTION = rx(r"\b(mag|moet|kan) ik\b", r"\bbudget\b", r"\bkost(en)?\b", r"\bcosts?\b", r"\bbevoegd", r"\bhoeveel\b", r"\bwie betaalt\b",
                     r"\b(can|may|should) I\b", r"\bam I allowed\b", r"\bhow much\b", r"\bwho pays\b")
# ... and the manager puts the answer off.
_MEANS = rx(r"\bbudget", r"\bgeld\b", r"\bmiddelen\b", r"\bmandaat\b", r"\btool", r"\blicen", r"\bmoney\b", r"\bmeans\b", r"\bmandate\b")
_DEFER = rx(r"\bweet ik (nog )?(niet|veel)\b", r"\bdoet er niet toe\b", r"\bvraag (het |dat )?maar (aan|bij)\b",
            r"\bask (accounting|finance|hr|\w+ in \w+)\b", r"\bcheck with\b", r"\bwhatever\b", r"\bdoesn{0}t matter\b".format("['’]"),
            r"\bfigure it out\b", r"\bno idea\b",r"\bmoet ik (even |nog )?(nakijken|checken|uitzoeken|navragen)\b", r"\bI{0}d have to check\b".format("['’]"), r"\bget back to you\b",
            r"\bkom ik (er |erop )?(nog )?op terug\b", r"\bkijk ik nog\b", r"\bhoor je nog\b", r"\bweet ik nog niet\b", r"\blater\b", r"\bkomt (wel )?goed\b", r"\bzien we (dan )?wel\b",
            r"\bI{0}ll get back\b".format("['’]"), r"\bdon{0}t know yet\b".format("['’]"), r"\bwe{0}ll see\b".format("['’]"), r"\bnot now\b",
            # an unsure answer leaves the scope or means open as well ("I'd think so", "somewhere on the drive, I think")
            r"\bI{0}d think so\b".format("['’]"), r"\bI (think|guess|suppose)\b",
            r"\bdenk ik\b", r"\bgeloof ik\b", r"\bzou (ik )?denken\b")
_CHECK_REQUEST = rx(r"\b(zullen|kunnen) we\b.{0,60}\b(bellen|bespreken|zitten|kijken|doornemen)\b", r"\b(moet|zal) ik\b.{0,40}\b(laten zien|voorleggen|sturen)\b",
                    r"\b(should|shall|can) I\b.{0,40}\b(run|show|send)\b.{0,30}\b(by|to) you\b", r"\b(shall|should|could) we\b.{0,40}\b(meet|talk|call|check|go through)\b",
                    r"\bbefore I (book|order|send|start)\b", r"\bvoordat ik\b.{0,30}\b(bestel|boek|verstuur|begin)\b")
_DECLINE = rx(r"\bnah\b", r"\bno need\b", r"\bnot necessary\b", r"\bdon{0}t bother\b".format("['’]"), r"\bniet nodig\b", r"\bhoeft niet\b",
              r"\bach joh\b", r"\bnee joh\b")
_LET_GO = rx(r"\bniet\b.{0,20}\bbemoei", r"\bbepaal (je|jij) zelf\b", r"\bbeslis (jij|je) (dat|zelf)\b", r"\baan jou\b",
             r"\bvan jou\b", r"\blaat ik (helemaal |graag )?(aan|bij) (jou|jij)\b", r"\bzelf (maar )?(weten|bepalen|beslissen|invullen|inschatten)\b",
             r"\b(use )?your (own )?judge?ment\b", r"\bhowever you (like|want|see fit)\b",
             r"\bup to you\b", r"\byour call\b", r"\byour decision\b", r"\bleave (it|that|the how) (to|with) you\b", r"\bwon{0}t interfere\b".format("['’]"),
             r"\bstay out of\b", r"\byou decide\b",
             r"\bhoe (zou|wil|ga) (jij|je) (het|dit|de rest)? ?(aanpakken|structureren|opzetten|inrichten)\b",
             r"\bhow (would|will|do) you (like to )?(approach|structure|tackle|go about|set up)\b")
# Control of every step: reporting or checking on each detail.
_CONTROL = rx(r"\belke? (stap|mail|bak|dag|detail)\b", r"\balles (in de )?cc\b", r"\bin de cc\b", r"\bdagelijks\b", r"\bterwijl je bezig bent\b",
              r"\bevery (bay|step|email|e-mail|detail|day|single|night)\b", r"\beverything\b", r"\bin (die|deze) volgorde\b",
              r"\bin (that|this) order\b", r"\bcopy me in on (everything|anything|all)\b", r"\bas you go\b",
              r"\bdaily (report|update)s?\b", r"\bcc me\b")
# Motivation with substance: why this matters, why them, trust; or inviting their view and wishes.
_MOTIVATION_SUBSTANCE = rx(
    r"\bomdat\b", r"\bwant\b", r"\bdaarom\b", r"\bbelangrijk", r"\bvertrouw", r"\bvertrouwen\b", r"\b(jij|je) (bent|kent|weet|kunt|kan) \w+",
    r"\bgoed in\b", r"\bsterk in\b", r"\b(hoe|wat) (kijk|vind|denk|voel) (jij|je)\b", r"\bwat (wil|zou) (jij|je)\b", r"\bzin in\b",
    r"\bwensen\b", r"\bideeën\b", r"\bjouw (kijk|mening|idee|ervaring)\b",
    r"\bbecause\b", r"\bsince you\b", r"\bmatters?\b", r"\bimportant\b", r"\btrust\b", r"\bconfident\b", r"\bbelieve in\b",
    r"\byou{0}?re (good|great|strong) at\b".format("['’]"), r"\byou know\b", r"\bhow do you feel\b", r"\bwhat do you think\b",
    r"\byour (view|ideas|wishes|thoughts|take)\b", r"\bwould you like\b", r"\bexcited\b", r"\bwhy (I|I['’]m) asking you\b",
)
_EXPERIENCE_Q = rx(
    r"\bervaring", r"\beerder (ge)?daan\b", r"\bal eens\b", r"\bvaker gedaan\b", r"\bbekend met\b", r"\beerder gewerkt\b",
    r"\bvertrouwd met\b", r"\b(wel|ooit) eens\b", r"\bexperience\b", r"\bdone (this|that|it|something like this|one) before\b", r"\bfamiliar\b",
    r"\b(have|did) you (ever )?(done|do|run|led|worked)\b", r"\bcomfortable with\b", r"\bbefore\?",
    r"\bwat (heb|hebt) (je|jij|ge|gij|u)\b.{0,40}\bgedaan\b", r"\bhebt? (je|jij|ge|gij|u)\b.{0,30}\b(eerder|al eens|vaker|ooit)\b",
    r"\bwhat have you done\b", r"\b(gelijkaardig|vergelijkbaar)", r"\bsomething similar\b",
    r"\bhave you (ever|already)\b",
)
_FREEDOM = rx(
    r"\bvrijheid\b", r"\bvrij (laten|in)\b", r"\bruimte\b", r"\bzelf (maar )?(bepalen|beslissen|invullen|weten|inschatten)\b", r"\bbegeleiding\b",
    r"\bstructuur\b", r"\bhoeveel (hulp|ondersteuning|sturing)\b", r"\bstap voor stap\b", r"\bsamen doorlopen\b",
    r"\bfreedom\b", r"\b(the|some|enough|more|plenty of) room\b", r"\broom (to|for) (decide|choose|manoeuvre|maneuver|experiment|your own)\b", r"\bup to you\b", r"\byour call\b", r"\bleave (it|that|the how) (to|with) you\b",
    r"\bhow much (support|guidance|structure|help)\b", r"\bstep by step\b", r"\bwalk you through\b",
)
_EXPERIENCE_LINK = rx(r"\bal (vaak|vaker|eerder)\b", r"\b(je|jouw) eerste\b", r"\bnieuw voor (je|jou)\b", r"\byour first\b", r"\bomdat (je|jij) (dit|dat|het)\b", r"\bnog nieuw\b", r"\bervaring",
                      r"\bsince you{0}?ve\b".format("['’]"), r"\bas you{0}?ve done\b".format("['’]"), r"\bexperience\b",
                      r"\bnew to (this|it)\b", r"\bdone (this|it|that) before\b")
# Structure for a newcomer: someone who goes along, the first sessions together, step by step.
_STRUCTURE = rx(r"\bloopt\b.{0,40}\bmet (je|jou|u) mee\b", r"\bmeelopen\b", r"\bde eerste\b.{0,30}\bmet (je|jou|u)\b", r"\bbuddy\b",
                r"\b(do|run) the first\b.{0,30}\bwith you\b", r"\bwith you for the first\b", r"\bshadow\b", r"\bwalk you through\b",
                r"\bstap voor stap\b", r"\bstep by step\b", r"\bsamen de eerste\b",
                r"\b(jullie|je|jou) (met elkaar )?koppelen\b", r"\b(pair|put) you (up )?(with|in touch with)\b")
_SUPPORT_Q = rx(r"\bwat heb (je|jij) (van mij )?nodig\b", r"\bhulp nodig\b", r"\bwhat do you need\b", r"\bneed any help\b",
                r"\bhoe kan ik (je|jou) helpen\b", r"\bhow can I help\b")



# An end state worded as such ("zorg dat het weer klopt", "make sure it's complete"), for when the tagger missed the act.
_END_STATE = rx(r"\b(zorg|zorgen) (maar |gewoon |even )?dat\b", r"\bmake sure (it|that|they|everything|all)\b",
                r"\b(moet|moeten|must|should) .{0,40}\b(compleet|klaar|af|rond|complete|done|finished|ready)\b",
                r"\bmake it (pop|nice|work|look \w+)\b", r"\biets waar (de|het|hij|zij|ze|we) \w+ (mee verder kan|mee kan|aan heeft)\b",
                r"\bsomething (the|that|they|we) \w* ?can (work with|use|build on)\b")


def result(ctx: Context) -> Finding:
    g = "delegation.result"
    hits = ctx.hits("result")
    if not hits:
        hits = [h for h in ctx.sentence_hits(_END_STATE) if not h.is_question]
    stated = [h for h in hits if not h.is_question]
    concrete = [h for h in stated if _CONCRETE.search(h.quote) or not _VAGUE_RESULT.search(h.quote) and len(h.quote.split()) > 10]
    if concrete:
        return ctx.finding(g, "met", concrete, quote=concrete[0].quote)
    if stated:  # named, but vaguely
        return ctx.finding(g, "partly_vague", stated, quote=stated[0].quote)
    if hits:  # only asked about
        return ctx.finding(g, "partly", hits, quote=hits[0].quote)
    return ctx.finding(g, "missed")


def _withheld_means(ctx: Context) -> list[Hit]:
    """Manager turns that put off a question about means or mandate ("Wat is het budget?" - "Daar kijk ik nog naar")."""
    out: list[Hit] = []
    for turn in ctx.analysis.turns:
        if turn.role == "manager" or not (_MEANS_QUESTION.search(turn.text) or "?" in turn.text):
            continue
        reply = ctx.next_manager_turn(turn.index)
        if reply is not None:
            out += ctx.sentence_hits(_DEFER, turns=[reply])[:1]
    # ... or the manager puts off the means themselves ("The budget for tooling, I'd have to check").
    seen = {(h.index, h.quote) for h in out}
    out += [h for h in ctx.sentence_hits(_DEFER) if _MEANS.search(h.turn.text) and (h.index, h.quote) not in seen]
    return out


def instruction(ctx: Context) -> Finding:
    g = "delegation.instruction"
    hits = ctx.hits("instruction")
    withheld = _withheld_means(ctx)
    if hits and withheld:
        return ctx.finding(g, "partly_withheld", withheld + hits, quote=withheld[0].quote)
    if hits:
        return ctx.finding(g, "met", hits, quote=hits[0].quote)
    advice = ctx.hits("advice")
    if advice:
        return ctx.finding(g, "partly", advice, quote=advice[0].quote)
    return ctx.finding(g, "missed")


def _brushed_off(ctx: Context) -> list[Hit]:
    """The delegatee proposes an intermediate look ("should I run my plan by you?") and the manager declines."""
    out: list[Hit] = []
    for turn in ctx.analysis.turns:
        if turn.role != "manager" and _CHECK_REQUEST.search(turn.text):
            reply = ctx.next_manager_turn(turn.index)
            if reply is not None:
                out += ctx.sentence_hits(_DECLINE, turns=[reply])[:1]
    return out


def checkpoints(ctx: Context) -> Finding:
    g = "delegation.checkpoints"
    declined = _brushed_off(ctx)
    if declined:
        return ctx.finding(g, "missed_declined", declined, quote=declined[0].quote)
    hits = ctx.hits("checkpoint")
    timed = [h for h in hits if _MOMENT.search(h.quote) or _MOMENT.search(h.turn.text)]
    intermediate = [h for h in timed if (_INTERMEDIATE.search(h.quote) or _INTERMEDIATE.search(h.turn.text))
                    and not _ON_DELIVERY.search(h.quote)]
    if intermediate or len({h.index for h in timed}) >= 2:
        best = intermediate or timed
        return ctx.finding(g, "met", best, quote=best[0].quote)
    if hits:  # a final deadline only, or "we houden contact"
        return ctx.finding(g, "partly", hits, quote=hits[0].quote)
    return ctx.finding(g, "missed")


def motivation(ctx: Context) -> Finding:
    g = "delegation.motivation"
    hits = ctx.hits("motivation")
    substantial = [h for h in hits if _MOTIVATION_SUBSTANCE.search(h.quote) or "open_question" in h.turn.acts]
    doubt = ctx.first_signal("problem", "inexperienced")  # a worry or doubt they voiced ...
    explored = doubt is None or bool(ctx.hits("open_question", "summary", after=doubt.turn))  # ... asked about or reflected
    if (substantial or len({h.index for h in hits}) >= 2) and not explored:
        best = substantial or hits
        return ctx.finding(g, "partly_unexplored", best, quote=best[0].quote, other=doubt.quote)
    if substantial or len({h.index for h in hits}) >= 2:
        best = substantial or hits
        return ctx.finding(g, "met", best, quote=best[0].quote)
    token = hits or ctx.hits("summary")  # a token gesture, or only reflecting their reaction
    if token:
        return ctx.finding(g, "partly", token, quote=token[0].quote)
    return ctx.finding(g, "missed")


def fit_to_experience(ctx: Context) -> Finding:
    g = "delegation.fit_to_experience"
    if ctx.network:
        return ctx.finding(g, "not_applicable")
    questions = ctx.hits("open_question", "closed_question")
    asked = matching(questions, _EXPERIENCE_Q)
    adapted = [h for h in ctx.sentence_hits(_FREEDOM) if _EXPERIENCE_LINK.search(h.turn.text)]
    adapted += [h for h in ctx.sentence_hits(_EXPERIENCE_LINK) if h.turn.acts != ["other"] and not h.is_question]
    adapted += ctx.sentence_hits(_STRUCTURE)
    told = [s for s in ctx.signals if s.kind in ("experienced", "inexperienced")]
    reply = None
    if told:  # a question or freedom right after they spoke about their experience also fits it
        reply = ctx.next_manager_turn(told[0].turn)
        if reply is not None:
            asked += ctx.hits("open_question", turns=[reply])
        adapted += ctx.sentence_hits(_FREEDOM, after=told[0].turn)
    # an experienced person controlled at every step, parts taken back or their view overruled: what was asked or
    # fitted to their experience counts only partly, and without any of that it is missed
    controlled = ctx.sentence_hits(_CONTROL) + ctx.hits("monkey_take")
    micromanaged = ctx.experienced is True and bool(controlled)
    overruled = ctx.experienced is True and bool(_overruled(ctx))
    partial = matching(questions, _SUPPORT_Q) + ctx.sentence_hits(_FREEDOM)
    acknowledged: list[Hit] = []
    if told and told[0].kind == "experienced" and reply is not None:  # acknowledged ("exactly why I thought of you")
        acknowledged = ctx.hits("motivation", "summary", "positive_feedback", turns=[reply])
    if micromanaged and not (asked or adapted or partial or acknowledged):
        return ctx.finding(g, "missed", controlled, quote=controlled[0].quote)
    if (asked or adapted) and not (overruled or micromanaged):
        best = asked + adapted
        return ctx.finding(g, "met", best, quote=best[0].quote)
    if asked or adapted:
        best = asked + adapted
        return ctx.finding(g, "partly", best, quote=best[0].quote)
    if partial:
        return ctx.finding(g, "partly", partial, quote=partial[0].quote)
    if acknowledged:  # acknowledged, not acted on
        return ctx.finding(g, "partly_acknowledged", acknowledged, quote=acknowledged[0].quote)
    return ctx.finding(g, "missed")


def _overruled(ctx: Context) -> list[Hit]:
    """Manager sentences that brush the delegatee's own view aside right after they gave it."""
    out: list[Hit] = []
    for turn in ctx.analysis.turns:
        if turn.role != "manager" and turn.text.strip():
            reply = ctx.next_manager_turn(turn.index)
            if reply is not None and reply.index == turn.index + 1:
                out += ctx.sentence_hits(_OVERRULE, turns=[reply])[:1]
    return out


def let_go(ctx: Context) -> Finding:
    """Met unless the manager takes parts back or prescribes every step; a missing structure for a
    newcomer is judged under fit_to_experience, not here."""
    g = "delegation.let_go"
    takes = ctx.hits("monkey_take")
    backs = ctx.hits("monkey_back") + ctx.sentence_hits(_LET_GO)
    advice = ctx.hits("advice")
    steps = ctx.hits("instruction") + advice
    next_q = next_step_question(ctx.lang)
    if takes and not backs:  # taking parts back; from a newcomer (who still holds the task) it is a smaller fault
        key = "partly_mixed" if ctx.experienced is False and ctx.hits("instruction", "result") else "missed"
        return ctx.finding(g, key, takes, quote=takes[0].quote, question=next_q)
    if takes:
        return ctx.finding(g, "partly_mixed", takes + backs, quote=takes[0].quote, question=next_q)
    control = ctx.sentence_hits(_CONTROL) + _overruled(ctx)
    prescribing = (ctx.experienced is True and len(steps) >= 4 and advice) or len(advice) >= 3 or control
    if prescribing:
        advice = control + advice
        quote = (advice or steps)[0].quote
        key = "missed_steps" if ctx.experienced and not backs else "partly_steps"
        return ctx.finding(g, key, advice or steps, quote=quote, question=open_question_for(quote, ctx.lang))
    if backs:  # the approach handed over in words ("hoe je het aanpakt laat ik aan jou")
        return ctx.finding(g, "met", backs, quote=backs[0].quote)
    handed_over = ctx.hits("instruction", "result", "checkpoint")
    if handed_over:  # nothing taken back and no steps prescribed: the task handed over is the evidence
        return ctx.finding(g, "met_no_takeback", handed_over[:1], quote=handed_over[0].quote)
    return ctx.finding(g, "partly")


CHECKS = {
    "delegation.result": result,
    "delegation.instruction": instruction,
    "delegation.checkpoints": checkpoints,
    "delegation.motivation": motivation,
    "delegation.fit_to_experience": fit_to_experience,
    "delegation.let_go": let_go,
}
