"""The briefing card shown when a practice conversation starts, and the chat's head (names and
initials).  Only what the trainee may know: the task, the situation and the result wanted, who the
other person is (name, role, in or outside the line), what the form asks of this conversation, the
preparation card and earlier agreements.  Never the persona's traits, description or the scenario's
hidden obstacle, facts or options (those the delegatee brings up in the conversation)."""

from __future__ import annotations

from html import escape

from coach.roleplay.models import Session
from coach.web.i18n import text


def _persona(session: Session):
    from coach.roleplay.content import get_persona

    return get_persona(session.persona_id)


def _scenario(session: Session):
    from coach.roleplay.content import get_scenario

    return get_scenario(session.scenario_id)


def initials(name: str) -> str:
    """'Ilse van Dam' -> 'ID'; 'Daan' -> 'D'."""
    words = [w for w in (name or "").split() if w[:1].isalpha()]
    if not words:
        return "?"
    picked = [words[0]] + ([words[-1]] if len(words) > 1 else [])
    return "".join(w[0].upper() for w in picked)


def manager_name(session: Session) -> str:
    from coach.roleplay.render import NO_NAME

    name = session.manager_name or ""
    return "" if name.lower() in (NO_NAME, "manager") else name


def chat_head(session: Session | None, lang: str) -> str:
    """Who talks: the manager (you) and the persona, each with initials."""
    if session is None:
        return ""
    lang = session.language
    persona = _persona(session)
    mine = manager_name(session)
    me_label = f"{escape(mine)} <small>({text('you', lang)})</small>" if mine else escape(text("you", lang).capitalize())
    return (
        _bubble_names(f"{mine} ({text('you', lang)})" if mine else text("you", lang).capitalize(), persona.name)
        + f"<div id='coach-chat-names'><span class='coach-who'><span class='coach-initials' aria-hidden='true'>"
        f"{escape(initials(mine) if mine else '?')}</span>{me_label}</span> "
        f"<span aria-hidden='true'>&harr;</span> "
        f"<span class='coach-who'><span class='coach-initials coach-them' aria-hidden='true'>"
        f"{escape(initials(persona.name))}</span>{escape(persona.name)} <small>({escape(persona.role.get(lang))})</small>"
        f"</span></div>"
    )


def _css_string(value: str) -> str:
    """value as a CSS string literal (names are letters, spaces and .'- already; this keeps it so)."""
    return '"' + "".join(c if c.isalnum() or c in " .-" else f"\\{ord(c):x} " for c in value) + '"'


def _bubble_names(me: str, them: str) -> str:
    """Each bubble of the chat shows who speaks (a style for this page's chat only)."""
    return (f"<style>#coach-chat .user-row .message-content::before {{ content: {_css_string(me)}; }}"
            f"#coach-chat .bot-row .message-content::before {{ content: {_css_string(them)}; }}</style>")


def chat_label(session: Session | None, lang: str) -> str:
    if session is None:
        return text("chat", lang)
    return text("chat_with", session.language, name=_persona(session).name)


def _form_asks(session: Session) -> list[str]:
    from coach.catalogue import get_catalogue

    lang = session.language
    return [g.title.get(lang) for g in get_catalogue().for_phase(session.phase)]


def _agreed(session: Session) -> list[str]:
    a = session.agreements
    return [line for line in a.result[:1] + a.instruction[:1] + a.checkpoints[:1] + a.next_steps[:1] if line]


def _items(lines: list[str], css: str = "") -> str:
    return (f"<ul class='{css}'>" if css else "<ul>") + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"


def briefing_html(session: Session | None) -> str:
    """The briefing card for a started session ('' without one)."""
    if session is None:
        return ""
    lang = session.language
    scenario, persona = _scenario(session), _persona(session)
    who_key = "brief_employee" if persona.kind == "employee" else "brief_network"
    rows = [
        (text("brief_task", lang), escape(scenario.task.get(lang).capitalize()) + "."),
        (text("brief_context", lang), escape(scenario.context.get(lang))),
        (text("brief_result", lang), escape(scenario.result.get(lang).capitalize()) + "."),
        (text("brief_person", lang), escape(text(who_key, lang, name=persona.name, role=persona.role.get(lang)))),
        (f"{text('brief_form', lang)} ({text('phase_' + session.phase, lang).lower()})", _items(_form_asks(session), "coach-form-list")),
    ]
    agreed = _agreed(session)
    if session.phase != "delegation" and agreed:
        rows.append((text("brief_agreed", lang), _items(agreed)))
    card = session.preparation
    if card is not None and not card.is_empty():
        prep = [f"{text(key, lang).split(':')[0]}: {value}" for key, value in
                (("prep_result", card.result), ("prep_instruction", card.instruction), ("prep_steps", card.steps))
                if value.strip()]
        rows.append((text("brief_prep", lang), _items(prep)))
    body = "".join(f"<dt>{escape(title)}</dt><dd>{value}</dd>" for title, value in rows)
    return (f"<section class='coach-brief' lang='{lang}' aria-label='{escape(text('brief_title', lang))}'>"
            f"<h3>{escape(text('brief_title', lang))}: {escape(scenario.title.get(lang))}</h3><dl>{body}</dl></section>")
