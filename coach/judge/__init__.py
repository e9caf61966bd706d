"""The guideline judge: Analysis -> one Finding per guideline of the phase.

    judge(analysis, phase, options=None) -> list[Finding]

One module per phase (delegation.py, progress.py, final.py), each a table
guideline id -> check; context.py computes the facts of the conversation's
flow once (problem raised, hand-back, network contact, experience).  Findings
come in the catalogue's order; every evidence quote is an act's verbatim quote
(or a sentence of the turn), and the advice is in the conversation's language.
"""

from __future__ import annotations

from coach.catalogue import get_catalogue
from coach.errors import CoachError
from coach.judge import delegation, final, progress
from coach.judge.context import Context, build_context
from coach.models import Analysis, Finding, Phase, ReviewOptions

CHECKS = {**delegation.CHECKS, **progress.CHECKS, **final.CHECKS}


def judge(analysis: Analysis, phase: Phase, options: ReviewOptions | None = None) -> list[Finding]:
    ctx = build_context(analysis, options)
    return judge_context(ctx, phase)


def judge_context(ctx: Context, phase: Phase) -> list[Finding]:
    findings: list[Finding] = []
    for gid in get_catalogue().ids_for_phase(phase):
        check = CHECKS.get(gid)
        if check is None:
            raise CoachError(f"guideline {gid!r} in prompts/guidelines.yaml has no check in coach.judge; remove it or add a check")
        findings.append(check(ctx))
    return findings


__all__ = ["judge", "judge_context", "build_context", "CHECKS"]
