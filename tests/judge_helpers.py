"""Hand-built analyses for the judge and monkey tests (they test the judge, not the tagger)."""

from __future__ import annotations

from coach.judge import judge
from coach.models import ActHit, AnalysedTurn, Analysis, Finding, ReviewOptions


def make_analysis(lang: str, *turns: tuple) -> Analysis:
    """turns: ("m", text, acts) or ("d", text); an act is "name" (quote = whole text) or ("name", quote)."""
    out = []
    for i, spec in enumerate(turns):
        if spec[0] == "m":
            text, acts = spec[1], spec[2]
            hits = [ActHit(act=a, quote=text) if isinstance(a, str) else ActHit(act=a[0], quote=a[1]) for a in acts]
            out.append(AnalysedTurn(index=i, speaker="Manager", role="manager", text=text, hits=hits))
        else:
            out.append(AnalysedTurn(index=i, speaker="Sam", role="delegatee", text=spec[1]))
    return Analysis(language=lang, manager="Manager", turns=out)


def finding_for(analysis: Analysis, phase: str, guideline: str, options: ReviewOptions | None = None) -> Finding:
    """The judge's finding for one guideline; every evidence quote must be found in the turn it cites."""
    findings = judge(analysis, phase, options)
    for f in findings:
        for ev in f.evidence:
            assert ev.quote in analysis.turns[ev.turn].text, (f.guideline, ev)
    return {f.guideline: f for f in findings}[guideline]
