"""Hand-built analyses for the judge and monkey tests (they test the judge, not the tagger)."""

from __future__ import annotations

from coach.judge import judge
from coach.models import ActHit, AnalysedTurn, Analysis, Finding, ReviewOptions, SignalHit


# A stand-in for the signals model in the judge's tests (they test the judge, not the model): the signals of a
# delegatee turn the test gives no signals for, by a few words of the test phrases.
_STAND_IN = (
    ("hand_back", ("teruggeven", "niet meer bij", "hand this back", "give this back", "give it back", "step back",
                   "niet meer doen", "niet afmaken", "can't finish", "won't be able", "can't do the rest",
                   "carry on with it",
                   "terug moeten geven", "kan er niet mee verder", "can't carry on", "cannot carry on")),
    ("hand_up", ("kun jij", "kan jij", "zou jij", "could you", "can you", "would you")),
    ("obstacle", ("vast", "stuck", "wacht", "waiting", "probleem", "problem", "tekort", "short", "weiger", "refus",
                  "meer werk", "more work", "lukt niet", "lukt me niet", "niet rond", "not getting", "bezet", "geen tijd",
                  "no time", "no budget", "reageert niet", "haven't replied", "hasn't replied", "don't know how",
                  "weet niet hoe", "klagen", "complain", "late", "te laat", "nervous", "eng.", "too much")),
    ("commitment", ("ik bel", "ik doe", "ik regel", "ik stuur", "ik ga", "i'll", "i will", "doe ik", "will do")),
)


def stand_in_signals(text: str) -> list[str]:
    low = text.lower()
    found = [kind for kind, words in _STAND_IN if any(w in low for w in words)]
    if "hand_up" in found and "obstacle" not in found and any(w in low for w in ("vast", "stuck")):
        found.append("obstacle")
    return found


def make_analysis(lang: str, *turns: tuple) -> Analysis:
    """turns: ("m", text, acts), ("d", text) or ("d", text, signals); an act is "name" (quote = whole text) or
    ("name", quote); acts ["small_talk"] make a small-talk turn.  A delegatee turn without signals gets the
    stand-in's (stand_in_signals)."""
    out = []
    for i, spec in enumerate(turns):
        if spec[0] == "m":
            text, acts = spec[1], spec[2]
            small = acts == ["small_talk"]  # a turn that is only small talk: act other, flagged (labels.md)
            acts = ["other"] if small else acts
            hits = [ActHit(act=a, quote=text) if isinstance(a, str) else ActHit(act=a[0], quote=a[1]) for a in acts]
            out.append(AnalysedTurn(index=i, speaker="Manager", role="manager", text=text, hits=hits, small_talk=small))
        else:
            kinds = spec[2] if len(spec) > 2 else stand_in_signals(spec[1])
            signals = [SignalHit(kind=k, quote=spec[1], confidence=1.0) for k in kinds]
            out.append(AnalysedTurn(index=i, speaker="Sam", role="delegatee", text=spec[1], signals=signals,
                                    signal_probabilities={k: 1.0 for k in kinds} or {"obstacle": 0.0}))
    return Analysis(language=lang, manager="Manager", turns=out)


def finding_for(analysis: Analysis, phase: str, guideline: str, options: ReviewOptions | None = None,
                detect_kind: bool = False) -> Finding:
    """The judge's finding for one guideline; every evidence quote must be found in the turn it cites.  The
    delegatee is an employee unless `options` say otherwise, or `detect_kind` lets the network model decide."""
    if options is None and not detect_kind:  # a hand-back is a network contact's (labels.md)
        handed = any(s.kind == "hand_back" for t in analysis.turns for s in t.signals)
        options = ReviewOptions(delegatee_kind="network" if handed else "employee")
    findings = judge(analysis, phase, options)
    for f in findings:
        for ev in f.evidence:
            assert ev.quote in analysis.turns[ev.turn].text, (f.guideline, ev)
    return {f.guideline: f for f in findings}[guideline]
