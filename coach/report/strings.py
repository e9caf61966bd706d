"""Every fixed text of the reports, in Dutch and English."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "nl": {
        "title": "Feedback op je {phase}",
        "phase.delegation": "delegeergesprek",
        "phase.progress": "voortgangsgesprek",
        "phase.final": "eindgesprek",
        "context": "Manager: {manager} · gesprekspartner: {others} · {turns} beurten · beoordeeld door: {engine}",
        "chosen": "door coach gekozen: {what}",
        "chosen.manager": "de manager",
        "chosen.phase": "de fase",
        "chosen.language": "de taal",
        "went_well": "Wat ging goed",
        "went_well.none": "Coach herkende in dit gesprek nog geen van de punten van het formulier voor deze fase; "
        "hieronder staat waar je op kunt letten.",
        "attention": "Aandachtspunten",
        "attention.none": "Geen aandachtspunten: je volgde alle punten van het formulier voor deze fase.",
        "status.met": "gedaan",
        "status.partly": "deels",
        "status.missed": "gemist",
        "status.not_applicable": "niet aan de orde",
        "evidence": "Wat er gezegd werd",
        "evidence.none": "Niet teruggevonden in dit gesprek.",
        "advice": "Beter",
        "example": "Bijvoorbeeld",
        "form": "Het formulier",
        "turn": "beurt {n}",
        "not_applicable": "Niet aan de orde in dit gesprek",
        "monkey": "De aap op de schouder",
        "monkey.delegatee": "De aap blijft bij {delegatee}: de volgende stap ligt bij de ander. Zo hoort het.",
        "monkey.manager": "De aap zit op jouw schouder: jij hebt de volgende stap overgenomen. "
        "Bied hulp, maar leg het probleem terug bij {delegatee}.",
        "monkey.shared": "De aap is gedeeld: jullie hebben allebei een volgende stap. "
        "Maak duidelijk dat de oplossing bij {delegatee} ligt.",
        "monkey.none": "Er kwam geen probleem op tafel, dus er was geen aap om over te waken.",
        "monkey.decided": "Beslissend moment",
        "metrics": "Cijfers",
        "metric.manager_talk_share": "Jouw aandeel in het gesprek",
        "metric.questions": "Vragen gesteld",
        "metric.open_question_share": "Aandeel open vragen",
        "metric.advice": "Adviezen gegeven",
        "conversation": "Het gesprek",
        "footer": "Gebaseerd op het Hulpformulier Delegeren. Citaten zijn letterlijk uit het gesprek.",
        "other_person": "de ander",
    },
    "en": {
        "title": "Feedback on your {phase}",
        "phase.delegation": "delegation conversation",
        "phase.progress": "progress review",
        "phase.final": "final-result review",
        "context": "Manager: {manager} · talking with: {others} · {turns} turns · reviewed by: {engine}",
        "chosen": "chosen by coach: {what}",
        "chosen.manager": "the manager",
        "chosen.phase": "the phase",
        "chosen.language": "the language",
        "went_well": "What went well",
        "went_well.none": "Coach did not yet recognise any of the form's points for this phase in this "
        "conversation; see below what to work on.",
        "attention": "Points of attention",
        "attention.none": "No points of attention: you followed every point of the form for this phase.",
        "status.met": "done",
        "status.partly": "partly",
        "status.missed": "missed",
        "status.not_applicable": "did not come up",
        "evidence": "What was said",
        "evidence.none": "Not found in this conversation.",
        "advice": "Try instead",
        "example": "For example",
        "form": "The form (Dutch)",
        "turn": "turn {n}",
        "not_applicable": "Did not come up in this conversation",
        "monkey": "The monkey on your shoulder",
        "monkey.delegatee": "The monkey stays with {delegatee}: the next step is theirs. That is how it should be.",
        "monkey.manager": "The monkey is on your shoulder: you took over the next step. "
        "Offer help, but hand the problem back to {delegatee}.",
        "monkey.shared": "The monkey is shared: you both hold a next step. Make clear the solution is {delegatee}'s.",
        "monkey.none": "No problem came up, so there was no monkey to watch.",
        "monkey.decided": "Deciding moment",
        "metrics": "Figures",
        "metric.manager_talk_share": "Your share of the talk",
        "metric.questions": "Questions asked",
        "metric.open_question_share": "Share of open questions",
        "metric.advice": "Pieces of advice given",
        "conversation": "The conversation",
        "footer": "Based on the Dutch 'Hulpformulier Delegeren'. Quotes are verbatim from the conversation.",
        "other_person": "the other person",
    },
}


def text(lang: str, key: str, **values: object) -> str:
    """The fixed text `key` in `lang` (nl or en), with {placeholders} filled in."""
    table = STRINGS.get(lang, STRINGS["en"])
    return table[key].format(**values) if values else table[key]
