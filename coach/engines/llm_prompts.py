"""Prompt templates of the LLM engine (prompts/templates/*.md, versioned) and their filling.

Templates use `$slot` placeholders (string.Template); a first line that is an
HTML comment describes the file and is not sent.  Delegatee templates come in
a Dutch and an English variant (`delegatee.v1.nl.md`); the critic has one
template with a language slot.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from string import Template

from coach.catalogue import Catalogue
from coach.errors import CoachError
from coach.models import ACTS, PreparationCard, ReviewTurn
from coach.paths import prompts_dir
from coach.roleplay.models import Agreements, Persona, Scenario, Session

TEMPLATE_VERSION = "v1"
LANGUAGE_NAMES = {"nl": "Dutch (Nederlands)", "en": "English"}
_COMMENT = re.compile(r"\A\s*<!--.*?-->\s*\n", re.S)


@lru_cache(maxsize=32)
def _read(path: str) -> str:
    return open(path, encoding="utf-8").read()


def load_template(name: str, lang: str | None = None, version: str = TEMPLATE_VERSION) -> Template:
    """prompts/templates/<name>.<version>[.<lang>].md, without its leading comment line."""
    stem = f"{name}.{version}" + (f".{lang}" if lang else "")
    path = prompts_dir() / "templates" / f"{stem}.md"
    try:
        text = _read(str(path))
    except FileNotFoundError as exc:
        raise CoachError(f"prompt template {path} not found; reinstall coach or set COACH_PROMPTS_DIR") from exc
    return Template(_COMMENT.sub("", text, count=1))


# --- delegatee -----------------------------------------------------------------

_PHASE_SITUATION = {
    "nl": {
        "delegation": "De leidinggevende draagt de taak nu aan je over; je hoort er voor het eerst over en weet alleen wat hierboven staat.",
        "progress": "Je bent al een tijd met de taak bezig. Stand van zaken: $status Onderweg kwam je dit obstakel tegen: $obstacle",
        "final": "De taak is af. Uitkomst: $outcome Wat goed ging: $went_well Wat je ervan leerde: $lesson",
    },
    "en": {
        "delegation": "The manager is handing the task over to you now; you hear about it for the first time and know only what is written above.",
        "progress": "You have been working on the task for a while. Where it stands: $status On the way you ran into this obstacle: $obstacle",
        "final": "The task is done. Outcome: $outcome What went well: $went_well What you learned: $lesson",
    },
}
_PHASE_TITLE = {
    "nl": {"delegation": "het delegeergesprek", "progress": "de tussenresultaten bespreken", "final": "het eindresultaat bespreken"},
    "en": {"delegation": "the delegation conversation", "progress": "the progress review", "final": "the final-result review"},
}
_WORDS = {
    "nl": {
        "employee": "je bent medewerker van de leidinggevende", "network": "je bent een contact uit het netwerk van de leidinggevende, geen medewerker; je hebt je eigen werk en prioriteiten",
        "new": "nieuw, je hebt dit nog nooit gedaan", "experienced": "ervaren, je hebt dit vaker gedaan",
        "low": "laag", "high": "hoog", "none": "(niets)", "unknown": "(niet bekend)", "traits": "Eigenschappen",
    },
    "en": {
        "employee": "you work for the manager", "network": "you are a contact in the manager's network, not their employee; you have your own work and priorities",
        "new": "new, you have never done this", "experienced": "experienced, you have done this before",
        "low": "low", "high": "high", "none": "(none)", "unknown": "(not known)", "traits": "Traits",
    },
}
_TRAITS = {
    "delegates_upward": {"nl": "je probeert problemen bij de leidinggevende neer te leggen", "en": "you try to hand problems up to the manager"},
    "hides_obstacle": {"nl": "je noemt het obstakel pas als er open naar moeilijkheden wordt gevraagd", "en": "you mention the obstacle only when asked an open question about difficulties"},
    "needs_reassurance": {"nl": "je hebt weinig zelfvertrouwen en bloeit op bij vertrouwen en motivatie", "en": "you lack confidence and open up on trust and motivation"},
    "resents_micromanagement": {"nl": "je klapt dicht als elke stap wordt voorgeschreven", "en": "you close up when every step is prescribed"},
    "other_priorities": {"nl": "je hebt andere prioriteiten en kunt de taak teruggeven", "en": "you have other priorities and may hand the task back"},
    "eager": {"nl": "je zegt snel ja en belooft soms te veel", "en": "you say yes quickly and may overcommit"},
    "detail_oriented": {"nl": "je vraagt naar details: reikwijdte, mandaat, deadlines", "en": "you ask for specifics: scope, mandate, deadlines"},
    "quiet": {"nl": "je geeft korte antwoorden op gesloten vragen", "en": "you give short answers to closed questions"},
}
_AGREEMENT_LABELS = {
    "nl": {"result": "Resultaat", "instruction": "Instructie", "checkpoints": "Tussenmomenten", "next_steps": "Volgende stappen"},
    "en": {"result": "Result", "instruction": "Instruction", "checkpoints": "Check-ins", "next_steps": "Next steps"},
}
_PREP_LABELS = {
    "nl": {"result": "Resultaat", "instruction": "Instructie", "steps": "Tussenstappen"},
    "en": {"result": "Result", "instruction": "Instruction", "steps": "Intermediate steps"},
}


def _bi(value, lang: str, default: str) -> str:
    return value.get(lang) if value is not None else default


def agreements_text(agreements: Agreements, lang: str) -> str:
    labels = _AGREEMENT_LABELS[lang]
    lines = [f"- {labels[key]}: {item}" for key in labels for item in getattr(agreements, key)]
    return "\n".join(lines) or _WORDS[lang]["none"]


def preparation_text(card: PreparationCard | None, lang: str) -> str:
    if card is None or card.is_empty():
        return _WORDS[lang]["none"]
    labels = _PREP_LABELS[lang]
    return "\n".join(f"- {labels[k]}: {getattr(card, k).strip()}" for k in labels if getattr(card, k).strip())


def delegatee_system_prompt(session: Session, persona: Persona, scenario: Scenario) -> str:
    """The delegatee's system prompt in the session's language."""
    lang = session.language
    words = _WORDS[lang]
    unknown = words["unknown"]
    situation = Template(_PHASE_SITUATION[lang][session.phase]).safe_substitute(
        status=_bi(scenario.status, lang, unknown), obstacle=scenario.obstacle.get(lang),
        outcome=_bi(scenario.outcome, lang, unknown), went_well=_bi(scenario.went_well, lang, unknown),
        lesson=_bi(scenario.lesson, lang, unknown),
    )
    if session.phase == "progress" and scenario.options.get(lang):
        extra = "Je eigen ideeën" if lang == "nl" else "Your own ideas"
        situation += f"\n{extra}: " + "; ".join(scenario.options[lang])
    if scenario.first_step is not None and session.phase != "final":
        first = "Wat je als eerste zou doen" if lang == "nl" else "What you would do first"
        situation += f"\n{first}: {scenario.first_step.get(lang)}"
    traits = [f"- {words['traits']}: " + "; ".join(_TRAITS[t][lang] for t in persona.traits)] if persona.traits else []
    facts = " ".join(scenario.facts.get(lang, [])) or words["none"]
    return load_template("delegatee", lang).safe_substitute(
        persona_name=persona.name, persona_role=persona.role.get(lang),
        persona_description=persona.description.get(lang), persona_style=persona.style.get(lang),
        relation=words[persona.kind], competence=words[persona.competence], motivation=words[persona.motivation],
        traits="\n".join(traits), manager_name=session.manager_name,
        task=scenario.task.get(lang), context=scenario.context.get(lang), result=scenario.result.get(lang),
        facts=facts, phase_title=_PHASE_TITLE[lang][session.phase], phase_situation=situation,
        agreements=fence(agreements_text(session.agreements, lang), "agreements"),
        preparation=fence(preparation_text(session.preparation, lang), "preparation"),
    )


def delegatee_reminder(session: Session, persona: Persona) -> str:
    return load_template("delegatee-reminder", session.language).safe_substitute(persona_name=persona.name)


# --- critic --------------------------------------------------------------------

_STATUS_RULES = {
    "delegation": "- A network contact rather than an employee: `delegation.fit_to_experience` is `not_applicable`.",
    "progress": (
        "- No obstacle or problem comes up: `progress.ask_not_answer` and `progress.monkey_back` are `not_applicable`; "
        "`progress.ask_obstacles` is still judged (did the manager ask?).\n"
        "- A network contact hands the task back: `progress.respect_return` decides and `progress.monkey_back` is "
        "`not_applicable`; otherwise `progress.respect_return` is `not_applicable`."
    ),
    "final": "",
}
_MONKEY_RULE = (
    "- The monkey verdict: who holds the next move on the open problem at the end: `delegatee`, `manager`, "
    "`shared`, or `none` when no open problem came up (then `turn` is null); `turn` is the manager turn that decided it."
)
_ACT_HINTS = {
    "open_question": "invites a wide range of answers (view, ideas, options)",
    "closed_question": "yes/no, one fact, a number or a choice between given options",
    "leading_question": "a solution, opinion or instruction dressed as a question",
    "advice": "gives the answer to a problem the delegatee owns",
    "instruction": "handing over: what, scope, means, mandate, constraints",
    "result": "names the intended end result or success criterion",
    "checkpoint": "agrees an intermediate result, check-in moment or deadline",
    "motivation": "why it matters, why them, trust, inviting their own input or wishes",
    "positive_feedback": "specific positive judgement of work done",
    "appreciation": "thanks, or generic praise for the person or effort",
    "summary": "reflects or summarises what the other said",
    "monkey_take": "the manager takes over a next step that belongs to the delegatee",
    "monkey_back": "the manager leaves the next step explicitly with the delegatee",
    "other": "none of the above (greetings, logistics, small talk)",
}


def fence(text: str, label: str = "transcript") -> str:
    """Fence `text` as data: a backtick fence longer than any run of backticks inside it, so nothing in the
    text (a turn that pretends the transcript ends, a system message, JSON) can close the block."""
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    bar = "`" * max(3, longest + 1)
    return f"{bar}{label}\n{text}\n{bar}"


def quoted(name: str) -> str:
    """A name from the conversation inside prose of a prompt: one line, as a quoted string literal."""
    return json.dumps(" ".join(name.split()), ensure_ascii=False)


def manager_message(text: str) -> str:
    """A manager's practice turn as the delegatee model receives it: fenced as the manager's words (data)."""
    return fence(text, "manager")


def transcript_block(turns: list[ReviewTurn]) -> str:
    """Turns as `[index] speaker (role): text`, one a line, fenced as data."""
    return fence("\n".join(f"[{t.index}] {t.speaker} ({t.role}): {' '.join(t.text.split())}" for t in turns))


USER_MARKER = "<!-- user message -->"


def critic_messages(
    *, catalogue: Catalogue, phase: str, lang: str, manager: str, turns: list[ReviewTurn],
    preparation: PreparationCard | None, delegatee_kind: str | None,
) -> tuple[str, str]:
    """(system prompt, user message): instructions and guideline catalogue; the fenced transcript."""
    guidelines = []
    for g in catalogue.for_phase(phase):
        acts = ", ".join(g.acts) or "-"
        source = " ".join(g.source.split())
        guidelines.append(f"- `{g.id}`: {g.title.en}. {g.explanation.en}\n  Form: \"{source}\"\n  Acts: {acts}.")
    kind = {"network": "The other person is a contact in the manager's network, not an employee.",
            "employee": "The other person is the manager's employee."}.get(delegatee_kind or "", "")
    manager_turns = [t.index for t in turns if t.role == "manager"]
    text = load_template("critic").safe_substitute(
        phase=phase, phase_title=catalogue.phases[phase].title.en if phase in catalogue.phases else phase,
        manager=quoted(manager), delegatee_kind=kind, language_name=LANGUAGE_NAMES[lang],
        acts="\n".join(f"- `{a}`: {_ACT_HINTS[a]}" for a in ACTS),
        guidelines="\n".join(guidelines), status_rules=_STATUS_RULES.get(phase, ""),
        monkey_rule=_MONKEY_RULE if phase == "progress" else "- `monkey` is null in this phase.",
        preparation=fence(preparation_text(preparation, "en"), "preparation"),
        manager_turns="turns " + ", ".join(map(str, manager_turns)) if manager_turns else "none",
        monkey_output=" (required in this phase)" if phase == "progress" else " as null",
        transcript=transcript_block(turns),
    )
    system, _, user = text.partition(USER_MARKER)
    return system.strip(), user.strip()


def critic_retry_message(errors: list[str], lang: str) -> str:
    listed = "\n".join(f"- {e}" for e in errors[:30])
    return load_template("critic-retry").safe_substitute(errors=listed, language_name=LANGUAGE_NAMES[lang])
