"""What the workshop core says to people, in Dutch and English (one line each)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "wrong_code": "No open workshop has this join code; check the code with your trainer.",
        "throttled": "Too many wrong join codes from here; wait a minute and try again.",
        "closed": "The workshop {name} is closed; ask your trainer for a new join code.",
        "expired": "The workshop {name} ended on {ends}; ask your trainer for a new join code.",
        "no_name": "Give a display name (1 to 60 characters) so that your trainer knows who you are.",
        "joined": "Welcome to {name}, {who}. Practise in this order: {order}.",
        "ended": "The workshop {name} has ended; nothing more is kept for it. Ask your trainer for a new join code.",
        "gone": "This workshop has ended; nothing more is kept for it. Ask your trainer for a new join code.",
        "not_offered": "This workshop does not offer {what} {value}; choose one of: {choices}.",
        "what_scenario": "the scenario", "what_persona": "the persona", "what_phase": "the conversation",
        "name": "name",
        "phase_delegation": "delegation conversation",
        "phase_progress": "progress review",
        "phase_final": "final-result review",
        "met": "met", "partly": "partly", "missed": "missed",
    },
    "nl": {
        "wrong_code": "Er is geen open workshop met deze code; vraag je trainer om de juiste code.",
        "throttled": "Te veel verkeerde codes vanaf hier; wacht een minuut en probeer het opnieuw.",
        "closed": "De workshop {name} is gesloten; vraag je trainer om een nieuwe code.",
        "expired": "De workshop {name} is afgelopen op {ends}; vraag je trainer om een nieuwe code.",
        "no_name": "Geef een naam (1 tot 60 tekens), zodat je trainer weet wie je bent.",
        "joined": "Welkom bij {name}, {who}. Oefen in deze volgorde: {order}.",
        "ended": "De workshop {name} is afgelopen; er wordt niets meer voor bewaard. Vraag je trainer om een nieuwe code.",
        "gone": "Deze workshop is afgelopen; er wordt niets meer voor bewaard. Vraag je trainer om een nieuwe code.",
        "not_offered": "Deze workshop biedt {what} {value} niet aan; kies uit: {choices}.",
        "what_scenario": "het scenario", "what_persona": "de persona", "what_phase": "het gesprek",
        "name": "naam",
        "phase_delegation": "delegeergesprek",
        "phase_progress": "tussenresultaten bespreken",
        "phase_final": "eindresultaat bespreken",
        "met": "gehaald", "partly": "deels", "missed": "gemist",
    },
}


def say(key: str, lang: str, **values: object) -> str:
    table = MESSAGES.get(lang, MESSAGES["en"])
    template = table.get(key) or MESSAGES["en"][key]
    return template.format(**values) if values else template


def order_text(phases: list[str], lang: str) -> str:
    """'1. delegeergesprek, 2. ...': the conversations to practise, in order."""
    return ", ".join(f"{i}. {say('phase_' + p, lang)}" for i, p in enumerate(phases, 1))
