"""Guidelines of the final-result review (bespreek het eindresultaat)."""

from __future__ import annotations

from coach.judge.context import Context, Hit, is_question, matching, rx
from coach.models import Finding

LESSON_ANSWER_WORDS = 8  # an answer this long names a point of its own

_AGREEMENT = rx(
    r"\bafgesproken\b", r"\bafspraak\b", r"\bafspraken\b", r"\bwat we wilden\b", r"\bbeoogd", r"\bgepland\b", r"\bdoel\b",
    r"\bvergelijk", r"\bnaast (de|onze) ", r"\bverwacht(ing|te)?\b", r"\bcriteri",
    r"\bagreed\b", r"\bagreement\b", r"\bwhat we (wanted|planned|aimed)\b", r"\bplanned\b", r"\bgoal\b", r"\btarget\b",
    r"\bcompar", r"\bexpect", r"\bbrief\b", r"\bwhat we set out\b",
    r"\bwe (said|zeiden)\b", r"\bwhen we (set|started|agreed)\b", r"\bwhere did we land\b", r"\bwaar zijn we (op )?uitgekomen\b",
    r"\btoen we\b.{0,30}\b(begonnen|opzetten|startten)\b",
)
# The task is done: completion words, both languages ("is die de deur uit?", "It is finished from your side?").
_RESULT = rx(r"\bresultaat\b", r"\beindproduct\b", r"\bopgeleverd\b", r"\baf\b", r"\bklaar\b", r"\bgelukt\b", r"\bafgerond\b",
             r"\bde deur uit\b", r"\bingediend\b", r"\bverstuurd\b", r"\blive\b", r"\bachter de rug\b", r"\bgehaald\b",
             r"\bresult\b", r"\boutcome\b", r"\bdeliver", r"\bfinished\b", r"\bdone\b", r"\bcomplete", r"\bsubmitted\b",
             r"\bsent (off|out)\b", r"\bwent (out|live)\b", r"\bsurviv", r"\bover\?", r"\bhow did (it|that|the \w+) go\b",
             r"\bhoe (is|ging) (het|dat|de \w+)\b")
# Discussing what went well: asking what worked, what made the difference, what they are proud of.
_WENT_WELL = rx(r"\bgoed (gegaan|ging|liep|gedaan)\b", r"\b(ging|liep|gingen|werkte)\b.{0,30}\bgoed\b", r"\btrots\b", r"\btevreden\b",
                r"\bwerkte\b", r"\bsterk\b", r"\bsucces", r"\bhet verschil\b", r"\b(blij|tevreden) (mee|over)\b",
                r"\bwent well\b", r"\bproud\b", r"\bpleased\b", r"\bworked\b", r"\bgo well\b", r"\bthe difference\b",
                r"\bhappy (with|about)\b", r"\bbest (part|bit|thing)\b", r"\bgood\b", r"\bsuccess",
                r"\b(went|go|gone|going) (alright|all right|ok|okay|fine)\b", r"\b(ging|liep|gegaan) (het )?(wel )?(prima|oké|ok|best)\b")
# Praise in general terms ("goed werk hoor", "much better than what we had"): appreciation of the work, nothing named.
_GENERIC_PRAISE = rx(r"\bgoed\b", r"\btop\b", r"\bmooi\b", r"\bknap\b", r"\bprima\b", r"\bsuper\b", r"\bgeweldig\b", r"\bprachtig\b",
                     r"\bsterk\b", r"\bnetjes\b", r"\bbeter\b", r"\bfantastisch\b", r"\bhelden?\b",
                     r"\bwell done\b", r"\bgreat\b", r"\bnice\b", r"\bgood\b", r"\bbrilliant\b", r"\bexcellent\b", r"\bfantastic\b",
                     r"\bsuperb\b", r"\bbetter\b", r"\bimpressive\b", r"\bstar\b", r"\bamazing\b", r"\bspot on\b")
# Praise phrases that need no act to be recognised (the tagger may call them `other`).
_PRAISE_PHRASE = rx(r"\b(goed|mooi|prima|knap|sterk) (werk|gedaan)\b", r"\btop gedaan\b", r"\b(veel|stuk|een stuk) beter\b",
                    r"\bwell done\b", r"\b(good|great|nice|excellent|fine|brilliant) (job|work)\b", r"\b(much|far|a lot) better\b",
                    r"\bimpressive\b", r"\bbrilliant\b", r"\bexcellent\b", r"\bfantastic\b", r"\bfantastisch\b", r"\bgeweldig\b")
# The agreement named with a hedge ("maybe not in what we agreed", "zoiets hadden we afgesproken") is named vaguely ...
_HEDGED = rx(r"\bmaybe\b", r"\bperhaps\b", r"\bI think\b", r"\bsort of\b", r"\bkind of\b", r"\bsomething like\b", r"\bor so\b",
             r"\bmisschien\b", r"\bgeloof ik\b", r"\bzoiets\b", r"\bongeveer\b", r"\bof zo\b", r"\bdenk ik\b")
# ... unless a checkable criterion comes with it (a number, a date, a time).
_CRITERION = rx(r"\d", r"\b(maandag|dinsdag|woensdag|donderdag|vrijdag|monday|tuesday|wednesday|thursday|friday)\b",
                r"\b(een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|one|two|three|four|five|six|seven|eight|nine|ten|"
                r"eleven|twelve)\b", r"\b\w*(tig|tien|honderd|duizend|teen|ty|hundred|thousand)\b")
# Thanks voiced, however brief ...
_THANKS = rx(r"\bdank\w*\b", r"\bbedankt\b", r"\bthank", r"\bthanks\b", r"\bcheers\b", r"\bmerci\b")
# ... but not the courtesy for showing up ("thanks for coming by", "fijn dat je kon", "bedankt dat je tijd had").
_COURTESY = rx(r"\b(thanks?|thank you)( \w+)?,? for (coming|dropping|popping|stopping|taking (the|my|your) (call|time)|making (the )?time|"
               r"picking up|joining|the coffee|having me|fitting me in)\b",
               r"\b(bedankt|dank( je| u)?( wel)?)\b.{0,15}\b(voor (het )?(komen|langskomen|je tijd|de koffie)|dat (je|u) (kon|wilde) komen|dat (je|u) tijd)\b")
_LESSONS = rx(r"\bvolgende keer\b", r"\banders doen\b", r"\bgeleerd\b", r"\bleren\b", r"\bles(sen)?\b", r"\baandachtspunt",
              r"\bverbeter", r"\bterugkijk", r"\bnext time\b", r"\bdifferently\b", r"\blearn", r"\blessons?\b", r"\bimprove",
              r"\blooking back\b", r"\btake away\b", r"\btakeaway", r"\bnext year\b", r"\bvolgend jaar\b", r"\bin (the )?future\b",
              r"\bin de toekomst\b", r"\bvoortaan\b")
_WARM = rx(r"\bwaardeer", r"\btrots\b", r"\binzet\b", r"\bfijn dat\b", r"\bgeweldig\b", r"\bdankbaar\b", r"\bhard gewerkt\b",
           r"\bappreciat", r"\bproud\b", r"\beffort\b", r"\bgrateful\b", r"\bhard work\b", r"\breally\b", r"\becht\b", r"\benorm\b")


def _thanks(ctx: Context) -> list[Hit]:
    """Manager sentences that thank (whatever act the tagger gave them), courtesy for showing up excluded."""
    return [h for h in ctx.sentence_hits(_THANKS) if not _COURTESY.search(h.quote)]


def _asks_or_restates(hit: Hit) -> bool:
    """A comparison asks about the agreement, or restates it as a criterion; a statement that only says the
    agreement was met ("in the portal now, like we said") names it in passing."""
    return is_question(hit.quote) or hit.act != "result"


def result_vs_agreement(ctx: Context) -> Finding:
    """met: the agreed criteria are put next to the result (restated to compare, or asked about);
    partly: only "is it done?", or the agreement named vaguely or in passing (a reproach is no comparison)."""
    g = "final.result_vs_agreement"
    talk = ctx.hits("open_question", "closed_question", "summary", "positive_feedback", "result")
    named = matching(talk, _AGREEMENT) + [h for h in ctx.sentence_hits(_AGREEMENT) if is_question(h.quote)]
    compared = [h for h in named if _CRITERION.search(h.quote) or not _HEDGED.search(h.quote) and _asks_or_restates(h)]
    if compared:
        compared.sort(key=lambda h: h.index)
        return ctx.finding(g, "met", compared, quote=compared[0].quote)
    about = named + matching(ctx.hits("open_question", "closed_question", "summary", "result"), _RESULT) + ctx.hits("result")
    about += [h for h in ctx.sentence_hits(_RESULT) if is_question(h.quote)]  # asked, whatever the tagger made of it
    about += ctx.sentence_hits(_AGREEMENT)
    if about:
        about.sort(key=lambda h: h.index)
        return ctx.finding(g, "partly", about, quote=about[0].quote)
    return ctx.finding(g, "missed")


def what_went_well(ctx: Context) -> Finding:
    g = "final.what_went_well"
    asked = matching(ctx.hits("open_question"), _WENT_WELL)
    named = ctx.hits("positive_feedback")
    if asked or named:
        best = asked + named
        return ctx.finding(g, "met", best, quote=best[0].quote)
    praise = matching(ctx.hits("appreciation"), _GENERIC_PRAISE) + ctx.sentence_hits(_PRAISE_PHRASE)
    partial = matching(ctx.hits("closed_question", "leading_question"), _WENT_WELL) + praise
    if partial:
        return ctx.finding(g, "partly", partial, quote=partial[0].quote)
    return ctx.finding(g, "missed")


def _answered(ctx: Context, hit: Hit) -> bool:
    """The delegatee answered the question with a point of their own (not a bare yes/no)."""
    for turn in ctx.analysis.turns:
        if turn.index > hit.index and turn.role != "manager":
            return len(turn.text.split()) >= LESSON_ANSWER_WORDS
        if turn.index > hit.index and turn.role == "manager":
            return False
    return False


def lessons(ctx: Context) -> Finding:
    """met: a concrete point for next time, whoever names it (a question they answer with a point of their own,
    a summary of their lesson, or a point told with a checkable detail); partly: a question left with a vague
    or no answer, or a vague hint told."""
    g = "final.lessons"
    opened = matching(ctx.hits("open_question"), _LESSONS)
    closed = matching(ctx.hits("closed_question", "leading_question"), _LESSONS)
    asked = [h for h in opened + closed if _answered(ctx, h)]  # asked, and they named a point of their own
    asked += matching(ctx.hits("summary"), _LESSONS)
    told = matching(ctx.hits("advice", "instruction", "other", "positive_feedback"), _LESSONS)
    told += [h for h in ctx.sentence_hits(_LESSONS) if (h.index, h.quote) not in {(t.index, t.quote) for t in told}]
    concrete = [h for h in told if not is_question(h.quote) and _CRITERION.search(h.quote)]  # "drie weken vooraf"
    if asked:
        return ctx.finding(g, "met", asked, quote=asked[0].quote)
    if concrete:  # a concrete point, drawn by the manager: still met (eval/README.md: whoever names it)
        return ctx.finding(g, "met_told", concrete, quote=concrete[0].quote)
    if opened:  # asked openly, but only a vague answer ("Maybe start earlier?") was left standing
        return ctx.finding(g, "partly_vague", opened, quote=opened[0].quote)
    if closed:
        return ctx.finding(g, "partly", closed, quote=closed[0].quote)
    if told:
        return ctx.finding(g, "partly_told", told, quote=told[0].quote)
    return ctx.finding(g, "missed")


def appreciation(ctx: Context) -> Finding:
    """met: thanks voiced, however brief; partly: appreciation without thanks; missed: neither
    (specific positive feedback alone is not thanks; thanks for showing up is courtesy)."""
    g = "final.appreciation"
    thanks = _thanks(ctx)
    if thanks:
        warm = [h for h in thanks if _WARM.search(h.turn.text)] or thanks
        return ctx.finding(g, "met", warm, quote=warm[0].quote)
    praise = [h for h in ctx.hits("appreciation") if not _COURTESY.search(h.quote)]
    if praise:
        return ctx.finding(g, "partly", praise, quote=praise[0].quote)
    return ctx.finding(g, "missed")


CHECKS = {
    "final.result_vs_agreement": result_vs_agreement,
    "final.what_went_well": what_went_well,
    "final.lessons": lessons,
    "final.appreciation": appreciation,
}
