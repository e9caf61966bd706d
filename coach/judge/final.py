"""Guidelines of the final-result review (bespreek het eindresultaat)."""

from __future__ import annotations

from coach.judge.context import Context, matching, rx
from coach.models import Finding

_AGREEMENT = rx(
    r"\bafgesproken\b", r"\bafspraak\b", r"\bafspraken\b", r"\bwat we wilden\b", r"\bbeoogd", r"\bgepland\b", r"\bdoel\b",
    r"\bvergelijk", r"\bnaast (de|onze) ", r"\bverwacht(ing|te)?\b", r"\bcriteri",
    r"\bagreed\b", r"\bagreement\b", r"\bwhat we (wanted|planned|aimed)\b", r"\bplanned\b", r"\bgoal\b", r"\btarget\b",
    r"\bcompar", r"\bexpect", r"\bbrief\b", r"\bwhat we set out\b",
    r"\bwe (said|zeiden)\b", r"\bwhen we (set|started|agreed)\b", r"\bwhere did we land\b", r"\bwaar zijn we (op )?uitgekomen\b",
    r"\btoen we\b.{0,30}\b(begonnen|opzetten|startten)\b",
)
_RESULT = rx(r"\bresultaat\b", r"\beindproduct\b", r"\bopgeleverd\b", r"\baf\b", r"\bklaar\b", r"\bgelukt\b",
             r"\bresult\b", r"\boutcome\b", r"\bdeliver", r"\bfinished\b", r"\bdone\b", r"\bcomplete")
_WENT_WELL = rx(r"\bgoed (gegaan|ging|liep|gedaan)\b", r"\b(ging|liep|gingen|werkte)\b.{0,30}\bgoed\b", r"\btrots\b", r"\btevreden\b", r"\bwerkte goed\b",
                r"\bsterk\b", r"\bsucces", r"\bwent well\b", r"\bproud\b", r"\bpleased\b", r"\bworked well\b", r"\bgo well\b",
                r"\bgood\b", r"\bsuccess")
_GENERIC_PRAISE = rx(r"\bgoed gedaan\b", r"\btop\b", r"\bmooi (werk|gedaan)\b", r"\bknap\b", r"\bwell done\b", r"\bgreat (job|work)\b",
                     r"\bnice (job|work)\b", r"\bgood job\b")
_LESSONS = rx(r"\bvolgende keer\b", r"\banders doen\b", r"\bgeleerd\b", r"\bleren\b", r"\bles(sen)?\b", r"\baandachtspunt",
              r"\bverbeter", r"\bterugkijk", r"\bnext time\b", r"\bdifferently\b", r"\blearn", r"\blessons?\b", r"\bimprove",
              r"\blooking back\b", r"\btake away\b", r"\btakeaway", r"\bnext year\b", r"\bvolgend jaar\b", r"\bin (the )?future\b",
              r"\bin de toekomst\b", r"\bvoortaan\b")
_WARM = rx(r"\bwaardeer", r"\btrots\b", r"\binzet\b", r"\bfijn dat\b", r"\bgeweldig\b", r"\bdankbaar\b", r"\bhard gewerkt\b",
           r"\bappreciat", r"\bproud\b", r"\beffort\b", r"\bgrateful\b", r"\bhard work\b", r"\breally\b", r"\becht\b", r"\benorm\b")


def result_vs_agreement(ctx: Context) -> Finding:
    g = "final.result_vs_agreement"
    talk = ctx.hits("open_question", "closed_question", "result", "summary")
    compared = matching(talk, _AGREEMENT) + matching(ctx.hits("positive_feedback", "other"), _AGREEMENT)
    if compared:
        return ctx.finding(g, "met", compared, quote=compared[0].quote)
    about = matching(talk, _RESULT) + ctx.hits("result")
    if about:
        return ctx.finding(g, "partly", about, quote=about[0].quote)
    return ctx.finding(g, "missed")


def what_went_well(ctx: Context) -> Finding:
    g = "final.what_went_well"
    asked = matching(ctx.hits("open_question"), _WENT_WELL)
    named = ctx.hits("positive_feedback")
    if asked or named:
        best = asked + named
        return ctx.finding(g, "met", best, quote=best[0].quote)
    partial = matching(ctx.hits("closed_question", "leading_question"), _WENT_WELL) + matching(
        ctx.hits("appreciation"), _GENERIC_PRAISE)
    if partial:
        return ctx.finding(g, "partly", partial, quote=partial[0].quote)
    return ctx.finding(g, "missed")


def lessons(ctx: Context) -> Finding:
    g = "final.lessons"
    asked = matching(ctx.hits("open_question"), _LESSONS)
    if asked:
        return ctx.finding(g, "met", asked, quote=asked[0].quote)
    closed = matching(ctx.hits("closed_question", "leading_question"), _LESSONS)
    if closed:
        return ctx.finding(g, "partly", closed, quote=closed[0].quote)
    told = matching(ctx.hits("advice", "instruction", "other", "positive_feedback"), _LESSONS)
    if told:
        return ctx.finding(g, "partly_told", told, quote=told[0].quote)
    return ctx.finding(g, "missed")


def appreciation(ctx: Context) -> Finding:
    g = "final.appreciation"
    thanks = ctx.hits("appreciation")
    warm = [h for h in thanks if _WARM.search(h.quote) or len(h.quote.split()) >= 5]
    if warm:
        return ctx.finding(g, "met", warm, quote=warm[0].quote)
    if thanks:
        return ctx.finding(g, "partly", thanks, quote=thanks[0].quote)
    return ctx.finding(g, "missed")


CHECKS = {
    "final.result_vs_agreement": result_vs_agreement,
    "final.what_went_well": what_went_well,
    "final.lessons": lessons,
    "final.appreciation": appreciation,
}
