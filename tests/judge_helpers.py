"""Hand-built analyses for the judge and monkey tests (they test the judge, not the tagger)."""

from __future__ import annotations

from coach.judge import judge
from coach.models import ActHit, AnalysedTurn, Analysis, Finding, ReviewOptions, SignalHit


def make_analysis(lang: str, *turns: tuple) -> Analysis:
    """turns: ("m", text, acts), ("d", text) or ("d", text, signals); an act is "name" (quote = whole text) or
    ("name", quote).  A delegatee turn without signals is read by the signals model, as in a review; the
    judge tests give the signals when the test is about the judge, not the model."""
    out = []
    for i, spec in enumerate(turns):
        if spec[0] == "m":
            text, acts = spec[1], spec[2]
            hits = [ActHit(act=a, quote=text) if isinstance(a, str) else ActHit(act=a[0], quote=a[1]) for a in acts]
            out.append(AnalysedTurn(index=i, speaker="Manager", role="manager", text=text, hits=hits))
        elif len(spec) > 2:
            signals = [SignalHit(kind=k, quote=spec[1], confidence=1.0) for k in spec[2]]
            out.append(AnalysedTurn(index=i, speaker="Sam", role="delegatee", text=spec[1], signals=signals,
                                    signal_probabilities={k: 1.0 for k in spec[2]} or {"obstacle": 0.0}))
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
