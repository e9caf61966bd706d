"""The agreement record as text for the user (shown at the end of a conversation) and back (the app lets
the user edit it before the next phase).

    agreements_text(record, lang) -> str
    parse_agreements_text(text, lang) -> AgreementRecord      (edited=True)
"""

from __future__ import annotations

from coach.roleplay.content import load_phrasebook
from coach.roleplay.models import AgreementRecord, Checkpoint

MONKEYS = ("delegatee", "manager", "open")


def agreements_text(record: AgreementRecord, lang: str) -> str:
    n = load_phrasebook(lang).notices
    lines = [f"{n['agreements']}:"]
    if record.is_empty() and record.monkey == "open":
        return f"{n['agreements']}: {n['none']}"
    lines.append(f"- {n['result']}: {record.result}")
    lines.append(f"- {n['mandate']}: {'; '.join(record.mandate)}")
    lines.append(f"- {n['checkpoints']}: {'; '.join(c.when + (f' ({c.what})' if c.what else '') for c in record.checkpoints)}")
    lines.append(f"- {n['next_step']}: {record.next_step}")
    lines.append(f"- {n['monkey']}: {n['monkey_' + record.monkey]}")
    return "\n".join(lines)


def parse_agreements_text(text: str, lang: str) -> AgreementRecord:
    """The user's edited text -> the record (unknown lines are ignored; a missing line empties its field)."""
    n = load_phrasebook(lang).notices
    fields: dict[str, str] = {}
    for line in (text or "").splitlines():
        label, sep, value = line.strip().lstrip("-• ").partition(":")
        if sep:
            fields[label.strip().lower()] = " ".join(value.split())
    get = lambda key: fields.get(n[key].lower(), "")  # noqa: E731
    items = lambda key: [x.strip() for x in get(key).split(";") if x.strip()]  # noqa: E731
    checkpoints = []
    for item in items("checkpoints"):
        when, _, what = item.partition("(")
        checkpoints.append(Checkpoint(when=when.strip(), what=what.rstrip(")").strip()))
    monkey = next((m for m in MONKEYS if get("monkey") and get("monkey").lower() == n[f"monkey_{m}"].lower()), "open")
    return AgreementRecord(result=get("result")[:300], mandate=items("mandate")[:10], checkpoints=checkpoints[:10],
                           next_step=get("next_step")[:300], monkey=monkey, edited=True)
