"""The act tagger: which acts of labels.md a manager utterance carries (offline, nl + en).

Interface (stable; the judge, the evaluation, the role-play and the web app use it):

    tag_turn(text, lang, previous=None, *, phase=None) -> list[ActHit]
    phase_sensitive(acts, phase, text, lang) -> bool   # can `phase` change this phase-less result?

`previous` is the text of the other speaker's turn just before (needed for
`summary`, which must reflect content of the other's earlier turns, and to tell
advice from instruction: a directive that answers a problem the other just
raised is advice).  `phase` (delegation | progress | final), when known, decides
the phase-dependent boundaries of labels.md before `previous` does: a directive
statement is instruction when handing over the task and advice in a progress
conversation (unless the turn only takes or hands back the next move, agrees a
moment or thanks; "Doe dat" endorsing the other's plan is monkey_back); "it's
your call" is a mandate when delegating and a hand-back later; "hoe je het
aanpakt laat ik aan jou" and a question about the other's plan are motivation
when delegating; in progress a moment inside a solution or a take is no
checkpoint; in a final conversation a restated agreement is result (not a new
checkpoint).  Without a phase the previous turn alone decides.
Every ActHit.quote is a verbatim substring of `text` (the sentence that carries the act).  The result obeys models.check_act_set: at
least one act, `other` alone, at most one question type.

Where each act is recognised:
  sentences.py   splitting a turn, the matching key (fillers removed)
  questions.py   open / closed / leading question
  summary.py     summary and reflection (uses `previous`)
  directives.py  advice versus instruction (uses `previous` and `phase`)
  monkey.py      monkey_take versus monkey_back
  feedback.py    positive_feedback versus appreciation
  cues_nl.py, cues_en.py   the cue patterns (also result, checkpoint, motivation)
  agreed.py      in a final conversation, a restated agreement is result (uses `phase`)
  broad.py       wording-independent features: a deadline in a directive, a dated result or a
                 recurring check-in (checkpoint), praise that names work or the work the other just
                 reported (positive_feedback), a statement reusing the other's words (summary), an
                 answer to the other's question about the outcome (result)
  fallback.py    a small learned fallback (act_model.json, trained by eval/tools/train_tagger.py
                 on development data only) for turns the rules leave as `other`
  combine.py     act-set rules (one question type, `other` alone)
"""

from __future__ import annotations

from coach.errors import InputError
from coach.models import PHASES, ActHit, Language, Phase
from coach.tagger.agreed import restates_agreement
from coach.tagger.broad import (
    answers_outcome_question,
    dated_result,
    deadline_checkpoint,
    praise_of_reported_work,
    strong_echo,
)
from coach.tagger.combine import ActCollector
from coach.tagger.directives import (
    PHASE_ADVICE,
    directive_acts,
    hands_back_when_delegating,
    keeps_or_endorses,
    previous_raises_problem,
)
from coach.tagger.fallback import fallback_acts
from coach.tagger.lexicon import get_lexicon
from coach.tagger.feedback import feedback_acts
from coach.tagger.monkey import asks_their_next_move, monkey_acts, next_move_act, takes_via_the_other
from coach.tagger.questions import CLOSED, LEADING, QuestionReading, read_question
from coach.tagger.sentences import split_sentences
from coach.tagger.summary import fallback_reflection, has_summary_cue, is_summary, previous_words

__all__ = ["phase_sensitive", "tag_turn"]

_CUE_ACTS = ("result", "checkpoint", "motivation")

def phase_sensitive(acts: list[str] | set[str], phase: str | None, text: str | None = None, lang: str = "en") -> bool:
    """Can tagging with `phase` change this result, tagged without a phase?  Lets a caller that tags
    first without a phase (coach review, to detect the phase) re-tag only the turns that matter.
    Without `text` the answer is cautious (any directive, hand-back or moment)."""
    if phase is None:
        return False
    found = set(acts)
    if text is None:
        return phase == "final" or bool(found & {"advice", "instruction", "monkey_back", "checkpoint"})
    lex = get_lexicon(lang)
    sentences = split_sentences(text, lang)
    keeps = any(keeps_or_endorses(s, lex) for s in sentences)
    if phase == "delegation":  # advice cue -> instruction; hand-back -> motivation; "hou het maar bij jou"
        return bool(found & {"advice", "monkey_back"}) or ("instruction" in found and keeps)
    if phase == "progress":  # a how-to -> advice; a moment inside a solution; "doe dat"; "Wat ga je doen?"
        return ("instruction" in found or ("checkpoint" in found and bool(found & {"advice", "monkey_take"}))
                or ("advice" in found and keeps) or any(asks_their_next_move(s, lang) for s in sentences))
    # final: a restated agreement anywhere; ownership and endorsements
    return bool(found & {"instruction", "advice", "checkpoint"}) or any(restates_agreement(s, lang) for s in sentences)

_DIRECTIVE_ACTS = ("instruction", "advice", "monkey_back", PHASE_ADVICE)
# a directive that is advice only because of the phase, in a turn that takes or hands back the
# next move, agrees a moment or thanks, is about that move ("Geef maar hier", "Ping me once you've
# spoken", "keep it up"), not a how-to
_NOT_HOW_TO = ("monkey_take", "monkey_back", "checkpoint", "appreciation", "positive_feedback")


def tag_turn(
    text: str,
    lang: Language,
    previous: str | None = None,
    *,
    phase: Phase | None = None,
) -> list[ActHit]:
    """The acts of one manager turn, each with the verbatim sentence that carries it."""
    if not isinstance(text, str):
        raise InputError("a turn's text must be a string; pass the words the manager said")
    if previous is not None and not isinstance(previous, str):
        raise InputError("`previous` must be the text of the other's previous turn, or None")
    if phase is not None and phase not in PHASES:
        raise InputError(f"unknown phase {phase!r}; use one of: {', '.join(PHASES)}, or leave it out")
    lex = get_lexicon(lang)
    prev_words = previous_words(previous, lex)
    problem_before = previous_raises_problem(previous, lex)
    acts = ActCollector()
    sentences = split_sentences(text, lang)
    for s in sentences:
        reading = read_question(s, lex)
        kind = reading.kind if reading else None
        monkey = monkey_acts(s, lex)
        explicit_summary = has_summary_cue(s, lex)
        content: list[str] = []
        if not explicit_summary and not takes_via_the_other(s, lex):
            # a summary restates the other's words; "stuur het maar naar mij" is no instruction
            content += directive_acts(s, lex, problem_before, kind, phase)
        if kind != LEADING or reading.tagged_statement:  # "Heb je eraan gedacht om ...?" agrees nothing
            content += [act for act in _CUE_ACTS if lex.acts[act].search(s.core)]
        move = next_move_act(s, lex, problem_before, phase)
        if phase == "delegation" and reading is None and "monkey_back" in monkey and not hands_back_when_delegating(s, lex):
            # "Hoe je het aanpakt laat ik aan jou", "You present it": while handing over the task, leaving
            # the how to them is no hand-back of a problem but an invitation to their own approach
            monkey = [a for a in monkey if a != "monkey_back"] + ["motivation"]
        if kind != LEADING:
            content += monkey + ([move] if move else [])
        if phase == "final" and restates_agreement(s, lex.lang):
            # comparing with what was agreed: the agreed result, and its old deadline is no new checkpoint
            content = [a for a in content if a not in ("checkpoint", "instruction", PHASE_ADVICE)] + ["result"]
        solution_moment = phase == "progress" and any(a in content for a in ("advice", PHASE_ADVICE, "monkey_take"))
        if kind != LEADING and not solution_moment and "checkpoint" not in content and "result" not in content and deadline_checkpoint(
            s, lex.lang, directive=any(a in content for a in _DIRECTIVE_ACTS) or bool(lex.proposal.search(s.core)),
            question=reading is not None,
        ):
            # "Je moet de keynote deze week regelen": a deadline (in progress, a moment inside a solution or the
            # manager's own take, "Make Friday noon the cutoff", "ik bel hem morgen wel", agrees no check-in)
            content.append("checkpoint")
        elif phase != "final" and kind != LEADING and "result" in content and "checkpoint" not in content and dated_result(s, lex.lang):
            content.append("checkpoint")  # "een lijst ... die vóór de inspectie bij het MT ligt": a dated result
        if (phase == "progress" and reading is not None and kind != LEADING and not content
                and asks_their_next_move(s, lex.lang)):
            content.append("monkey_back")  # "Wat ga je hem zeggen?": their next move stays with them
        content += feedback_acts(s, lex, reading is not None)
        if "positive_feedback" not in content and reading is None and praise_of_reported_work(s, lex.lang, previous):
            content.append("positive_feedback")  # "Hij ziet er top uit" after "De stand is klaar"
        if reading is not None and reading.solution:
            content.append("advice")  # "Just reuse last year's deck, right?": the manager's solution
        elif reading is not None and reading.order and "advice" not in content and "instruction" not in content:
            content.append("advice" if problem_before else "instruction")  # "Get me that list by Thursday, yeah?"
        rising = (s.question_mark and reading is None) or bool(reading and reading.tagged_statement)
        summary = explicit_summary or (
            not (reading is not None and (reading.solution or reading.order))
            and is_summary(
                s, lex, prev_words, has_previous=bool(previous and previous.strip()), rising=rising,
                statement=not content and (reading is None or reading.tagged_statement), cue_checked=True,
            )
        )
        if summary:
            acts.add("summary", s.raw)
        if reading is None and s.question_mark and not summary and s.core and not lex.check.match(s.core):
            reading = QuestionReading(CLOSED)  # a declarative with a question mark that echoes nothing: a check
        if reading is not None:
            kind = reading.kind
            if reading.opinion and not summary:
                kind = LEADING  # the manager's opinion + tag: "Went well, didn't it?"
            if summary and reading.tagged_statement and not (reading.solution or reading.order):
                kind = CLOSED  # reflection + separate check: summary + closed_question
            acts.add(kind, s.raw)
        for act in content:
            acts.add(act, s.raw)
    if acts.has(PHASE_ADVICE):
        quote = acts.pop(PHASE_ADVICE)
        if not any(acts.has(a) for a in _NOT_HOW_TO):
            acts.add("advice", quote)
    if not acts.any() and previous and previous.strip():
        reflection = fallback_reflection(sentences, lex, prev_words, previous)
        if reflection is None:  # a statement that reuses much of the other's words
            reflection = next((s for s in sentences if strong_echo(s, previous, lex.stop)), None)
        if reflection is not None:
            acts.add("summary", reflection.raw)
    if not acts.any() and sentences and not any(s.question_mark for s in sentences) and answers_outcome_question(previous, lex.lang):
        acts.add("result", sentences[0].raw)  # "Wat moet het opleveren?" -> "Een advies van twee A4'tjes ..."
    if not acts.any() and sentences:
        for act in fallback_acts(text, lang, previous=previous):  # a phrasing the rules do not know (fallback.py)
            acts.add(act, text.strip())
    return acts.hits(fallback_quote=text.strip() or text)
