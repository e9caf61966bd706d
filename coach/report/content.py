"""What a report says, independent of its format (markdown, HTML, PDF).

    build_report(review, catalogue=None) -> ReportContent

Order: what went well (met findings with their quotes), the points of
attention (partly, then missed, each with quotes and a better phrasing), the
guidelines that did not come up, the monkey verdict (progress), the figures.
Guideline titles come from the catalogue; `form` is the form's own sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from coach.models import Review
from coach.report.strings import STRINGS, text

_FORM_CHARS = 180
# A finding's confidence is about the chance that its status is right (coach.confidence: how stable it is
# under the models' doubts times how often that status is right on writers coach never saw).  At SURE or
# above the status is stated; from DOUBT to SURE it is stated as probable ("waarschijnlijk gehaald");
# only below DOUBT, where coach is as likely wrong as right, is there no verdict ("niet zeker").
DOUBT = 0.5
_MONKEY_QUOTE_CHARS = 220


@dataclass
class Quote:
    turn: int  # 0-based index into review.turns
    speaker: str
    text: str
    label: str  # "beurt 3" / "turn 3"


def shown_status(status: str, confidence: float | None, sure: bool) -> tuple[str, bool]:
    """(the status a report or scorecard shows, whether it is only probable); the review JSON keeps
    the finding's own status, confidence and sure."""
    if sure or confidence is None:
        return status, False
    return (status, True) if confidence >= DOUBT else ("not_sure", False)


def shown_statuses(data: dict) -> list[str]:
    """The statuses shown for a stored review's findings (its JSON as a dict)."""
    return [shown_status(f.get("status"), f.get("confidence"), f.get("sure", True))[0] for f in data.get("findings", [])]


@dataclass
class Item:
    guideline: str
    title: str
    status: str
    status_label: str
    quotes: list[Quote] = field(default_factory=list)
    advice: str = ""
    advice_label: str = ""
    form: str = ""
    probable: bool = False  # stated as probable: coach's confidence is below coach.confidence.SURE


@dataclass
class ReportContent:
    lang: str
    title: str
    context: str
    chosen: str
    went_well: list[Item]
    attention: list[Item]
    not_applicable: list[Item]
    monkey: str | None
    monkey_quote: Quote | None
    metrics: list[tuple[str, str]]
    not_sure: list[Item] = field(default_factory=list)  # findings below DOUBT: no verdict shown
    monkey_label: str = ""  # what monkey_quote is: the deciding moment, or a possible obstacle

    @property
    def attention_none_key(self) -> str:
        return "attention.none_sure" if self.not_sure else "attention.none"


def shorten(s: str, limit: int) -> str:
    s = " ".join(s.split())
    if len(s) <= limit:
        return s
    cut = s[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + " …"


def _metric_value(key: str, value: object) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float) and key.endswith("share"):
        return f"{round(value * 100)}%"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def _metrics(review: Review, lang: str) -> list[tuple[str, str]]:
    data = review.metrics.model_dump()
    rows: list[tuple[str, str]] = []
    for key in ("manager_talk_share", "questions", "open_question_share", "advice"):
        rows.append((text(lang, f"metric.{key}"), _metric_value(key, data.pop(key))))
    for key, value in data.items():
        if isinstance(value, (int, float, str, bool)):
            label = text(lang, f"metric.{key}") if f"metric.{key}" in STRINGS.get(lang, STRINGS["en"]) else key.replace("_", " ")
            rows.append((label, _metric_value(key, value)))
    return rows


def _quote(review: Review, turn: int, quote: str, lang: str) -> Quote:
    speaker = review.turns[turn].speaker if turn < len(review.turns) else "?"
    return Quote(turn=turn, speaker=speaker, text=quote, label=text(lang, "turn", n=turn + 1))


def _delegatee(review: Review, lang: str) -> str:
    names = [t.speaker for t in review.turns if t.role == "delegatee"]
    return names[0] if names else text(lang, "other_person")


def build_report(review: Review, catalogue=None) -> ReportContent:
    if catalogue is None:
        from coach.catalogue import get_catalogue

        catalogue = get_catalogue()
    lang = review.language
    by_id = {f.guideline: f for f in review.findings}
    order = [g.id for g in catalogue.for_phase(review.phase)]
    order += [gid for gid in by_id if gid not in order]
    items: list[Item] = []
    for gid in order:
        finding = by_id.get(gid)
        if finding is None:
            continue
        guideline = catalogue.get(gid) if gid in catalogue else None
        advice, advice_label = finding.advice.strip(), text(lang, "advice")
        if not advice and guideline is not None and finding.status in ("partly", "missed"):
            advice, advice_label = guideline.example.get(lang), text(lang, "example")
        status, probable = shown_status(finding.status, finding.confidence, finding.sure)
        label = text(lang, f"status.{status}")
        items.append(
            Item(
                guideline=gid,
                title=guideline.title.get(lang) if guideline else gid,
                status=status,
                status_label=text(lang, "status.probably", status=label) if probable else label,
                probable=probable,
                quotes=[_quote(review, e.turn, e.quote, lang) for e in finding.evidence],
                advice=advice,
                advice_label=advice_label,
                form=shorten(guideline.source, _FORM_CHARS) if guideline else "",
            )
        )
    for item in items:
        if item.status == "not_sure":  # no verdict: no advice that would state one either
            item.advice, item.advice_label = "", ""
    attention = [i for i in items if i.status == "partly"] + [i for i in items if i.status == "missed"]

    others = [s for s in dict.fromkeys(t.speaker for t in review.turns) if s != review.manager]
    chosen = [
        text(lang, f"chosen.{what}")
        for what, flag in (
            ("manager", review.manager_detected),
            ("phase", review.phase_detected),
            ("language", review.language_detected),
        )
        if flag
    ]
    monkey, monkey_quote, label = None, None, ""
    if review.monkey is not None:
        monkey = text(lang, f"monkey.{review.monkey.owner}", delegatee=_delegatee(review, lang))
        t = review.monkey.turn
        doubt = _doubtful_obstacle(review) if review.monkey.owner == "none" else None
        label = text(lang, "monkey.decided")
        if doubt is not None:  # an obstacle the judge was not sure enough of: say so, and where
            monkey, t = text(lang, "monkey.none_doubtful", delegatee=_delegatee(review, lang)), doubt
            label = text(lang, "monkey.possible")
        if t is not None and t < len(review.turns):
            monkey_quote = _quote(review, t, shorten(review.turns[t].text, _MONKEY_QUOTE_CHARS), lang)
    return ReportContent(
        lang=lang,
        title=text(lang, "title", phase=text(lang, f"phase.{review.phase}")),
        context=text(
            lang,
            "context",
            manager=review.manager,
            others=", ".join(others) or "-",
            turns=len(review.turns),
            engine=review.engine,
        ),
        chosen=text(lang, "chosen", what=", ".join(chosen)) if chosen else "",
        went_well=[i for i in items if i.status == "met"],
        attention=attention,
        not_applicable=[i for i in items if i.status == "not_applicable"],
        monkey=monkey,
        monkey_quote=monkey_quote,
        monkey_label=label,
        metrics=_metrics(review, lang),
        not_sure=[i for i in items if i.status == "not_sure"],
    )


def _doubtful_obstacle(review) -> int | None:
    """The first turn of the other side read as an obstacle, when the monkey verdict found no problem (the
    signals model was not sure enough of it to open one for the judge)."""
    return next((t.index for t in review.turns if t.role == "delegatee" and "obstacle" in t.signals), None)
