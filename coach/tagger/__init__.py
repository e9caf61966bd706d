"""The act tagger: which acts of labels.md a manager utterance carries (offline, nl + en).

Interface (stable; the judge, the evaluation, the role-play and the web app use it):

    tag_turn(text, lang, previous=None) -> list[ActHit]

`previous` is the text of the other speaker's turn just before (needed for
`summary`, which must reflect content of the other's earlier turns, and to tell
advice from instruction: a directive that answers a problem the other just
raised is advice).  Every ActHit.quote is a verbatim substring of `text` (the
sentence that carries the act).  The result obeys models.check_act_set: at
least one act, `other` alone, at most one question type.

Where each act is recognised:
  sentences.py   splitting a turn, the matching key (fillers removed)
  questions.py   open / closed / leading question
  summary.py     summary and reflection (uses `previous`)
  directives.py  advice versus instruction (uses `previous`)
  monkey.py      monkey_take versus monkey_back
  feedback.py    positive_feedback versus appreciation
  cues_nl.py, cues_en.py   the cue patterns (also result, checkpoint, motivation)
  broad.py       wording-independent features: a deadline in a directive (checkpoint), praise
                 that names work (positive_feedback), a statement reusing the other's words (summary)
  fallback.py    a small learned fallback (act_model.json, trained by eval/tools/train_tagger.py
                 on development data only) for turns the rules leave as `other`
  combine.py     act-set rules (one question type, `other` alone)
"""

from __future__ import annotations

from coach.errors import InputError
from coach.models import ActHit, Language
from coach.tagger.broad import deadline_checkpoint, strong_echo
from coach.tagger.combine import ActCollector
from coach.tagger.directives import directive_acts, previous_raises_problem
from coach.tagger.fallback import fallback_acts
from coach.tagger.feedback import feedback_acts
from coach.tagger.lexicon import get_lexicon
from coach.tagger.monkey import monkey_acts, next_move_act, takes_via_the_other
from coach.tagger.questions import CLOSED, LEADING, QuestionReading, read_question
from coach.tagger.sentences import split_sentences
from coach.tagger.summary import fallback_reflection, has_summary_cue, is_summary, previous_words

__all__ = ["tag_turn"]

_CUE_ACTS = ("result", "checkpoint", "motivation")
_DIRECTIVE_ACTS = ("instruction", "advice", "monkey_back")


def tag_turn(text: str, lang: Language, previous: str | None = None) -> list[ActHit]:
    """The acts of one manager turn, each with the verbatim sentence that carries it."""
    if not isinstance(text, str):
        raise InputError("a turn's text must be a string; pass the words the manager said")
    if previous is not None and not isinstance(previous, str):
        raise InputError("`previous` must be the text of the other's previous turn, or None")
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
            content += directive_acts(s, lex, problem_before, kind)
        if kind != LEADING or reading.tagged_statement:  # "Heb je eraan gedacht om ...?" agrees nothing
            content += [act for act in _CUE_ACTS if lex.acts[act].search(s.core)]
        move = next_move_act(s, lex, problem_before)
        if kind != LEADING:
            content += monkey + ([move] if move else [])
        if kind != LEADING and "checkpoint" not in content and "result" not in content and deadline_checkpoint(
            s, lex.lang, directive=any(a in content for a in _DIRECTIVE_ACTS) or bool(lex.proposal.search(s.core)),
            question=reading is not None,
        ):
            content.append("checkpoint")  # "Je moet de keynote deze week regelen": a deadline
        content += feedback_acts(s, lex, reading is not None)
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
    if not acts.any() and previous and previous.strip():
        reflection = fallback_reflection(sentences, lex, prev_words, previous)
        if reflection is None:  # a statement that reuses much of the other's words
            reflection = next((s for s in sentences if strong_echo(s, previous, lex.stop)), None)
        if reflection is not None:
            acts.add("summary", reflection.raw)
    if not acts.any() and sentences:
        for act in fallback_acts(text, lang):  # a phrasing the rules do not know (fallback.py)
            acts.add(act, text.strip())
    return acts.hits(fallback_quote=text.strip() or text)
