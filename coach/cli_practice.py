"""`coach practice`, `coach personas`, `coach scenarios`: role-play a delegation conversation.

    coach practice [--scenario ID] [--persona ID] [--phase delegation|progress|final] [--lang nl|en]
                   [--engine auto|offline|llm] [--seed N] [--hints] [--format text|json] [--name NAME]

--name (or --manager-name) is remembered in the data folder for the next practice; without one the
delegatee addresses you without a name.  A turn over 2,000 characters is refused with a message and the
conversation goes on; when the LLM fails the offline partner answers that turn (with a notice).  At the end
of each conversation the agreements are printed (JSON: "agreements").

Reads the manager's turns from standard input, one line per turn, prints each
reply of the delegatee as it comes and, at the end of input (Ctrl-D, or a line
"/end"), the review.  With --format json only one JSON object is printed, at
the end: {"session": {...}, "turns": [...], "review": <review contract>}.
"""

from __future__ import annotations

import json
import sys
from typing import Annotated, Optional

import typer

from coach.cli_options import ENGINES, LANGS, PHASES
from coach.cli_options import choice as _choice

END_LINES = {"/end", "/quit", "/stop", "/klaar"}
NEXT_LINES = {"/next", "/volgende"}
NEXT = object()  # sentinel from _lines: end this conversation and continue the storyline

TEXT = {
    "nl": {
        "phase": {"delegation": "delegeergesprek", "progress": "voortgangsgesprek", "final": "eindgesprek"},
        "title": "Oefengesprek ({phase}) met {name}, {role}",
        "task": "Taak",
        "context": "Context",
        "agreed": "Eerder afgesproken",
        "how": "Typ wat je zegt, één regel per beurt. Einde invoer (Ctrl-D) of /end: het gesprek stopt en je krijgt feedback.",
        "kind": {"employee": "medewerker", "network": "netwerk"},
    },
    "en": {
        "phase": {"delegation": "delegation conversation", "progress": "progress review", "final": "final review"},
        "title": "Practice ({phase}) with {name}, {role}",
        "task": "Task",
        "context": "Context",
        "agreed": "Agreed earlier",
        "how": "Type what you say, one line per turn. End of input (Ctrl-D) or /end: the talk stops and you get feedback.",
        "kind": {"employee": "employee", "network": "network"},
    },
}


def _header(session, lang: str) -> str:
    from coach.roleplay.content import get_persona, get_scenario

    t, pe, sc = TEXT[lang], get_persona(session.persona_id), get_scenario(session.scenario_id)
    lines = [
        t["title"].format(phase=t["phase"][session.phase], name=pe.name, role=pe.role.get(lang)),
        f"{t['task']}: {sc.task.get(lang)}",
        f"{t['context']}: {sc.context.get(lang)}",
    ]
    a = session.agreements
    agreed = a.result[:1] + a.instruction[:1] + a.checkpoints[:1] + a.next_steps[:1]
    if session.phase != "delegation" and agreed:
        lines.append(f"{t['agreed']}: " + " / ".join(agreed))
    lines += [t["how"], ""]
    return "\n".join(lines)


def _summary(review) -> str:
    """A compact summary, used only when the Markdown report is not available."""
    lines = [f"{review.phase} ({review.language}, {review.engine})"]
    lines += [f"- {f.guideline}: {f.status}. {f.advice}".rstrip() for f in review.findings]
    if review.monkey is not None:
        lines.append(f"monkey: {review.monkey.owner}")
    return "\n".join(lines) + "\n"


def _report(review) -> str:
    try:
        from coach.catalogue import get_catalogue
        from coach.report import render_markdown
    except ImportError:
        return _summary(review)
    return render_markdown(review, get_catalogue())


def _lines(stream, prompt: bool):
    while True:
        if prompt:
            print("> ", end="", flush=True)
        line = stream.readline()
        if not line:
            if prompt:
                print()
            return
        text = line.strip()
        if text.lower() in END_LINES:
            return
        if text.lower() in NEXT_LINES:
            yield NEXT
        elif text:
            yield text


def _name(settings, manager_name: str | None) -> str | None:
    from coach.roleplay.user import remember_name, remembered_name

    if manager_name is not None:
        return remember_name(settings, manager_name)
    return remembered_name(settings)


def agreements_text(session) -> str:
    """The agreement record of a conversation, for the user (in the conversation's language)."""
    from coach.roleplay.agreements_view import agreements_text as as_text

    return as_text(session.agreements.record, session.language)


def practice_command(scenario, persona, phase, lang, engine, seed, hints, fmt, manager_name) -> int:
    from coach.roleplay import practice
    from coach.settings import get_settings

    phase = _choice("--phase", phase, PHASES) or "delegation"
    lang = _choice("--lang", lang, LANGS) or "nl"
    engine = _choice("--engine", engine, ENGINES)
    fmt = _choice("--format", fmt, ("text", "json")) or "text"
    settings = get_settings(engine=engine)
    manager_name = _name(settings, manager_name)
    session = practice.start_session(
        scenario=scenario, persona=persona, phase=phase, language=lang, engine=engine, seed=seed,
        hints=hints, settings=settings, manager_name=manager_name,
    )
    text_out = fmt == "text"
    stdin = sys.stdin
    interactive = bool(getattr(stdin, "isatty", lambda: False)())
    lines = _lines(stdin, prompt=interactive and text_out)
    done: list[dict] = []
    while True:
        review, wants_next = _converse(session, lines, settings, lang, text_out, interactive)
        practice.settle_agreements(session)
        record = {
            "session": {"scenario": session.scenario_id, "persona": session.persona_id, "phase": session.phase,
                        "language": session.language, "engine": session.engine},
            "turns": [{"speaker": t.speaker, "role": t.role, "text": t.text} for t in session.turns],
            "review": review.to_contract(),
            "agreements": session.agreements.record.model_dump(mode="json"),
            "notices": list(session.notices),
        }
        if text_out:
            print()
            print(_report(review))
            print(agreements_text(session))
        if not wants_next or session.phase == "final":
            break
        done.append(record)
        session = practice.next_phase(session)
    if not text_out:
        if done:  # a storyline: the earlier conversations ride along
            record["storyline"] = done
        print(json.dumps(record, ensure_ascii=False, indent=2))
    return 0


def _converse(session, lines, settings, lang, text_out, interactive):
    """One conversation of the storyline: returns its review and whether the user asked for the next one."""
    from coach.errors import InputError
    from coach.roleplay import practice
    from coach.roleplay.content import get_persona

    name = get_persona(session.persona_id).name
    if text_out:
        print(_header(session, lang))
        for turn in session.turns:
            print(f"{turn.speaker}: {turn.text}")
    wants_next = False
    for line in lines:
        if line is NEXT:
            wants_next = True
            break
        try:
            chunks = practice.send_turn(session, line, settings=settings)
        except practice.TurnTooLong as too_long:  # refused, said in the conversation's language; go on
            session.notices.append(str(too_long))
            print(f"  ({too_long})", file=sys.stdout if text_out else sys.stderr)
            continue
        if text_out:
            if not interactive:  # echo the turn, so a piped session reads as a transcript
                print(f"{session.manager_name}: {line}")
            print(f"{name}: ", end="", flush=True)
        for chunk in chunks:
            if isinstance(chunk, practice.Notice):
                print(f"\n  ({chunk})", file=sys.stdout if text_out else sys.stderr)
                if text_out:
                    print(f"{name}: ", end="", flush=True)
            elif text_out:
                print(chunk, end="", flush=True)
        if text_out:
            print()
            hint = session.turns[-2].hint if len(session.turns) >= 2 else None
            if hint:
                print(f"  ({hint})")
    if not any(t.role == "manager" for t in session.turns):
        raise InputError("no turns on standard input; type what you say to the delegatee, one line per turn")
    return practice.end_session(session, settings=settings), wants_next


def _list(kind: str, lang: str | None, fmt: str | None) -> int:
    from coach.roleplay.content import load_personas, load_scenarios

    lang = _choice("--lang", lang, LANGS) or "nl"
    fmt = _choice("--format", fmt, ("text", "json")) or "text"
    items = list((load_personas() if kind == "personas" else load_scenarios()).values())
    if fmt == "json":
        print(json.dumps([i.model_dump(mode="json") for i in items], ensure_ascii=False, indent=2))
        return 0
    for i in items:
        if kind == "personas":
            k = TEXT[lang]["kind"][i.kind]
            traits = ", ".join(i.traits) or "-"
            print(f"{i.id:<8} {i.name:<8} {k:<10} {i.competence}/{i.motivation:<5} {traits}  ({i.role.get(lang)})")
        else:
            print(f"{i.id:<32} {i.sector:<12} {i.title.get(lang)}")
    return 0


def register(app: typer.Typer) -> None:
    @app.command("practice")
    def _practice(
        scenario: Annotated[Optional[str], typer.Option("--scenario", help="scenario id (see `coach scenarios`)")] = None,
        persona: Annotated[Optional[str], typer.Option("--persona", help="persona id (see `coach personas`)")] = None,
        phase: Annotated[Optional[str], typer.Option("--phase", help="delegation | progress | final")] = None,
        lang: Annotated[Optional[str], typer.Option("--lang", help="nl | en")] = None,
        engine: Annotated[Optional[str], typer.Option("--engine", help="auto | offline | llm")] = None,
        seed: Annotated[int, typer.Option("--seed", help="picks scenario, persona and phrasing")] = 0,
        hints: Annotated[bool, typer.Option("--hints", help="show acts and a tip after each turn")] = False,
        fmt: Annotated[Optional[str], typer.Option("--format", help="text | json")] = None,
        manager_name: Annotated[Optional[str], typer.Option("--name", "--manager-name", help="your name (remembered for the next practice)")] = None,
    ) -> int:
        """Practise a delegation conversation with a role-play delegatee (turns on standard input)."""
        return practice_command(scenario, persona, phase, lang, engine, seed, hints, fmt, manager_name)

    @app.command("personas")
    def _personas(
        lang: Annotated[Optional[str], typer.Option("--lang", help="nl | en")] = None,
        fmt: Annotated[Optional[str], typer.Option("--format", help="text | json")] = None,
    ) -> int:
        """List the personas you can practise with."""
        return _list("personas", lang, fmt)

    @app.command("scenarios")
    def _scenarios(
        lang: Annotated[Optional[str], typer.Option("--lang", help="nl | en")] = None,
        fmt: Annotated[Optional[str], typer.Option("--format", help="text | json")] = None,
    ) -> int:
        """List the scenarios (tasks) you can practise."""
        return _list("scenarios", lang, fmt)
