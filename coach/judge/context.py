"""What every guideline check needs to know about a conversation, computed once.

Facts of the flow: where the delegatee first raised a problem (or tried to hand
it upward), where a network contact handed the task back, whether the
delegatee is a network contact, what they said about their experience.  Plus
small helpers to collect the manager's acts with their verbatim quotes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from heapq import merge
from dataclasses import dataclass, field

from coach import signals
from coach.advice import advise
from coach.models import AnalysedTurn, Analysis, Evidence, Finding, ReviewOptions
from coach.tagger.injection import addresses_the_analyser

MAX_EVIDENCE = 3


def rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


# The manager names a next action of their own on a returned task ("ik zoek iemand anders", "I'll find someone else").
REPLAN = rx(
    r"\bik (kijk|zoek|vraag|bel|pak|neem|regel|zal|ga|leg)\b", r"\b(kijk|zoek|vraag|bel|pak|neem|regel|leg) ik\b", r"\biemand anders\b",
    r"\bopnieuw (bekijken|kijken|bekijk|kijk)\b", r"\bwie (anders|zou)\b", r"\bwaar (dit|het|de taak) (hoort|thuishoort)\b",
    r"\bI['’]ll (find|ask|look|take|pick|check|reconsider|see|sort|think|put|give)\b", r"\bsomeone else\b", r"\bwho else\b",
    r"\breconsider\b", r"\bI will (find|ask|look|take|pick|check|reconsider)\b", r"\bwhere (this|it) belongs\b",
)
# The manager pushes a returned task back onto the contact ("kun je het niet toch even afmaken?").
PUSH = rx(
    r"\btoch (nog )?(even|wel|doen|afmaken)\b", r"\bniet toch\b", r"\bnog (een|één) (keer|kans|weekje|week)\b", 
    r"\bbeloofd\b", r"\bafgesproken is afgesproken\b", r"\bzonde\b", r"\bmaar je zei\b", r"\becht niet\?",
    r"\b(can|couldn)['’]t you (still|just)\b", r"\bcould you not (still|just)\b", r"\bjust this once\b", r"\byou promised\b", r"\ba deal is a deal\b",
    r"\bsurely\b", r"\bare you sure you can['’]t\b", r"\bbut you said\b", r"\bstill (do|finish)\b", r"\bjust a couple\b",
)
# ... or simply takes the returned task on themselves ("dan maak ik het zelf wel af", "I'll just do it myself").
SELF_DO = rx(r"\b(maak|doe|regel|pak|los|schrijf) ik (het|dat|dit|de rest)\b", r"\bzelf (wel )?af\b", r"\b(ik zie|zie ik) wel\b",
             r"\bI['’]ll (just )?(do|finish|handle|write) (it|this|that|the rest)( myself)?\b", r"\bmyself\b")


# A question without its "?" (ASR transcripts drop it): a sentence or clause that opens with a question word or
# an inverted verb ("Die enquête, is die nou af", "so did it land").
_QUESTION_OPENING = re.compile(
    r"(^|[,;:]\s*|^(so|and|en|nou|dus|ok(ay|é)?|right|well),?\s+)"
    r"(is|zijn|was|waren|heb|hebt|heeft|hebben|ben|kan|kun|kunt|wil|wilt|zou|gaat|ging|hoe|wat|wanneer|waar|wie|waarom|welke|"
    r"are|did|do|does|have|has|were|can|could|would|will|how|what|when|where|who|why|which)\b",
    re.IGNORECASE,
)


def is_question(sentence: str) -> bool:
    """Question-ness on wording, not only on the "?" (eval/README.md)."""
    return "?" in sentence or bool(_QUESTION_OPENING.search(sentence.strip()))


@dataclass(frozen=True)
class Hit:
    """One act of a manager turn, with its verbatim quote."""

    turn: AnalysedTurn
    act: str
    quote: str

    @property
    def index(self) -> int:
        return self.turn.index

    @property
    def is_question(self) -> bool:
        return "?" in self.quote

    def evidence(self) -> Evidence:
        return Evidence(turn=self.turn.index, quote=self.quote)


@dataclass(frozen=True)
class SignalAt:
    turn: int
    kind: str
    quote: str


@dataclass
class Context:
    analysis: Analysis
    options: ReviewOptions
    lang: str
    manager_turns: list[AnalysedTurn]
    signals: list[SignalAt] = field(default_factory=list)
    network: bool = False
    experienced: bool | None = None
    memo: dict = field(default_factory=dict, repr=False)  # per conversation, shared by coach.confidence's draws
    quoted: list | None = field(default=None, repr=False)  # Context._quoted of the manager's turns
    by_act: dict | None = field(default=None, repr=False)  # the same, per act (Context._of_acts)

    def matches(self, pattern: re.Pattern[str], text: str) -> bool:
        """pattern.search(text), asked once per conversation (the confidence draws ask the same again)."""
        found = self.memo.get((pattern, text))
        if found is None:
            found = self.memo[(pattern, text)] = pattern.search(text) is not None
        return found

    def asks(self, sentence: str) -> bool:
        """is_question(sentence), asked once per conversation."""
        found = self.memo.get(("asks", sentence))
        if found is None:
            found = self.memo[("asks", sentence)] = is_question(sentence)
        return found

    def sentences(self, text: str) -> list[str]:
        """The sentences of a turn (signals.sentences), split once per conversation."""
        found = self.memo.get(("sentences", text))
        if found is None:
            found = self.memo[("sentences", text)] = signals.sentences(text)
        return found

    # -- the delegatee's side -------------------------------------------------
    def first_signal(self, *kinds: str, after: int = -1) -> SignalAt | None:
        return next((s for s in self.signals if s.kind in kinds and s.turn > after), None)

    def first_commitment(self, after: int = -1) -> SignalAt | None:
        """The first next step the delegatee commits to, in a turn that raises nothing new."""
        raising = {s.turn for s in self.signals if s.kind in ("problem", "upward", "hand_back")}
        return next((s for s in self.signals if s.kind == "commitment" and s.turn > after and s.turn not in raising), None)

    @property
    def problem(self) -> SignalAt | None:
        """The first problem or upward attempt the delegatee raised (an employee's "I can't take it" too)."""
        if self.network:  # what comes with, just before or after a hand-back belongs to it (respect_return)
            problem = self.first_signal("problem", "upward")
            back = self.hand_back
            if problem is None or back is None:
                return problem
            lead_in = max((t.index for t in self.analysis.turns if t.role != "manager" and t.index < back.turn), default=-1)
            return problem if problem.turn < lead_in else None
        return self.first_signal("problem", "upward", "hand_back")

    @property
    def open_problem(self) -> SignalAt | None:
        """Where the open problem starts for the monkey: a raised problem, or, when the words did not show
        one, the delegatee turn before the manager first took something over (a take implies a problem)."""
        if self.problem is not None or self.hand_back is not None:  # taking a returned task back implies nothing
            return self.problem
        take = next((t for t in self.manager_turns for h in t.hits if h.act.value == "monkey_take"), None)
        if take is None:
            return None
        before = [t for t in self.analysis.turns if t.role != "manager" and t.index < take.index and t.text.strip()]
        if not before:
            return None
        quote = (signals.sentences(before[-1].text) or [before[-1].text.strip()])[-1]
        return SignalAt(before[-1].index, "implied", quote)

    @property
    def hand_back(self) -> SignalAt | None:
        """The first time a network contact handed the task back (never for an employee)."""
        return self.first_signal("hand_back") if self.network else None

    # -- the manager's side ---------------------------------------------------
    def hits(self, *acts: str, after: int = -1, before: int | None = None, turns: list[AnalysedTurn] | None = None) -> list[Hit]:
        out: list[Hit] = []
        for turn, act, quote in self._quoted(turns) if turns is not None else self._of_acts(acts):
            if act in acts and turn.index > after and (before is None or turn.index < before):  # Act is a str enum
                out.append(Hit(turn, act.value, quote))
        return out

    def _of_acts(self, acts: tuple) -> list[tuple[AnalysedTurn, object, str]]:
        """The manager's quoted acts (_quoted) of these kinds only, in their order: the judge and each confidence
        draw ask for one kind after another, so the quoted acts are listed per kind once per context."""
        if self.by_act is None:
            self.by_act = {}
            for place, (turn, act, quote) in enumerate(self._quoted(None)):
                self.by_act.setdefault(act.value, []).append((place, turn, act, quote))
        lists = [self.by_act.get(name, []) for name in dict.fromkeys(getattr(a, "value", a) for a in acts)]
        found = lists[0] if len(lists) == 1 else list(merge(*lists)) if lists else []
        return [(turn, act, quote) for _, turn, act, quote in found]

    def _quoted(self, turns: list[AnalysedTurn] | None) -> list[tuple[AnalysedTurn, object, str]]:
        """(turn, act, quote) of every act quoted verbatim in its turn, in order (the manager's turns: listed
        once per context, as the judge asks for one act after another)."""
        if turns is None and self.quoted is not None:
            return self.quoted
        found = [(turn, h.act, h.quote) for turn in (self.manager_turns if turns is None else turns)
                 for h in turn.hits if h.quote and h.quote in turn.text]
        if turns is None:
            self.quoted = found
        return found

    def sentence_hits(self, pattern: re.Pattern[str], after: int = -1, turns: list[AnalysedTurn] | None = None) -> list[Hit]:
        """Manager sentences matching `pattern` (for cues that are not an act of their own)."""
        out: list[Hit] = []
        for turn in turns if turns is not None else self.manager_turns:
            if turn.index <= after or turn.small_talk:  # small talk is never evidence
                continue
            for sentence in self.sentences(turn.text):
                if self.matches(pattern, sentence) and not addresses_the_analyser(sentence):  # words to coach are data
                    out.append(Hit(turn, "sentence", sentence))
        return out

    def next_manager_turn(self, index: int) -> AnalysedTurn | None:
        """The first manager turn after turn `index`."""
        if not hasattr(self, "_indices"):
            self._indices = [t.index for t in self.manager_turns]
        pos = bisect_right(self._indices, index)
        return self.manager_turns[pos] if pos < len(self.manager_turns) else None

    def finding(self, guideline: str, key: str, evidence: list[Hit] | list[Evidence] = (), quote: str = "",
                other: str = "", question: str | None = None) -> Finding:
        status = next(s for s in ("not_applicable", "partly", "missed", "met") if key.startswith(s))
        evs: list[Evidence] = []
        for e in evidence:
            if len(evs) >= MAX_EVIDENCE:
                break
            ev = e.evidence() if isinstance(e, Hit) else e
            if all((ev.turn, ev.quote) != (x.turn, x.quote) for x in evs):
                evs.append(ev)
        return Finding(
            guideline=guideline,
            status=status,
            evidence=evs,
            advice=advise(self.lang, guideline, key, quote=quote, other=other, question=question),
        )


def matching(hits: list[Hit], pattern: re.Pattern[str]) -> list[Hit]:
    return [h for h in hits if pattern.search(h.quote)]


# An obstacle the signals model is less sure of than this opens no problem for the judge: one doubtful turn
# in a smooth update should not make "ask instead of answer" and the monkey applicable.  Chosen by
# leave-one-writer-out cross-validation (`coach eval --suite cv`).
PROBLEM_MIN = 0.8


def _network_probability(analysis: Analysis) -> float:
    """Is the delegatee a network contact (outside the manager's line)?  The learned `network` model."""
    from coach.roles import read_conversation

    return read_conversation(analysis).network


def _experience(text: str, lang: str, memo: dict) -> list[signals.Signal]:
    found = memo.get(("experience", text))
    if found is None:
        found = memo[("experience", text)] = signals.experience(text, lang, memo.get(("sentences", text)))
    return found


def build_context(analysis: Analysis, options: ReviewOptions | None = None, memo: dict | None = None) -> Context:
    """`memo`: a dict kept across the contexts of one conversation (coach.confidence's draws), so what the
    turns say about experience is read once per turn, not once per draw."""
    options = options or ReviewOptions()
    memo = {} if memo is None else memo
    lang = analysis.language
    sigs: list[SignalAt] = []
    for turn in analysis.turns:
        if turn.role != "delegatee":  # third persons (a note-taker) never decide anything about the task
            continue
        if turn.signal_probabilities or turn.signals:  # read by the review pipeline (or drawn by coach.confidence)
            found = [(signals.JUDGE_KIND[s.kind], s.quote) for s in turn.signals
                     if not (s.kind == "obstacle" and (s.confidence or 1.0) < PROBLEM_MIN)]
            if any(k == "upward" for k, _ in found) and not any(k == "problem" for k, _ in found):
                found.append(("problem", next(q for k, q in found if k == "upward")))  # an upward attempt is a problem too
            found += [(s.kind, s.quote) for s in _experience(turn.text, lang, memo)]
        else:  # a hand-built analysis: read the turn now
            found = [(s.kind, s.quote) for s in signals.delegatee_signals(turn.text, lang)]
        sigs.extend(SignalAt(turn.index, k, q) for k, q in found)
    kinds = {s.kind for s in sigs}
    if options.delegatee_kind is not None:
        network = options.delegatee_kind == "network"
    else:
        network = _network_probability(analysis) >= 0.5
    experienced = None
    if "inexperienced" in kinds:
        experienced = False
    elif "experienced" in kinds:
        experienced = True
    return Context(analysis=analysis, options=options, lang=lang, manager_turns=analysis.manager_turns(),
                   signals=sigs, network=network, experienced=experienced, memo=memo)
