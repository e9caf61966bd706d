"""The AnnoMI suite: the act tagger on therapist utterances, scored against
the expert labels (questions, open vs closed, reflections, advice), beside two
bare-rule anchors on the same utterances and the human agreement of AnnoMI's
multi-annotated subset.

Phase: the tagger is called with phase="progress".  A counselling session is
structurally a progress review, not a delegation: the client brings a problem
they own and the therapist responds to it, so a directive how-to ("Try writing
it down each evening") is advice, as in a progress conversation (labels.md), and
not an instruction handing over a task.  Taggers without a `phase` keyword (the
anchors, test fakes) are called without it.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable

from coach.evaluation.annomi import Utterance, multi_annotated
from coach.evaluation.corpus_suite import act_names, not_built
from coach.evaluation.metrics import accuracy, binary_prf, cohen_kappa, fleiss_kappa
from coach.tagger.calling import call_tagger

Tagger = Callable[..., list]
PHASE = "progress"  # a counselling session: the client's problem, the therapist's response (see above)
QUESTION_ACTS = ("open_question", "closed_question", "leading_question")
_WH = re.compile(r"\b(what|how|why|where|when|who|whom|whose|which|tell me)\b", re.IGNORECASE)


def question_mark_rule(text: str, lang: str = "en", previous: str | None = None) -> list[str]:
    """Anchor: a question is whatever contains '?' (closed unless the wh-rule says open)."""
    return wh_rule(text) if "?" in text else ["other"]


def wh_rule(text: str, lang: str = "en", previous: str | None = None) -> list[str]:
    """Anchor: a question with a wh-word (what, how, why, ... 'tell me') is open, else closed."""
    return ["open_question"] if _WH.search(text) else ["closed_question"]


def predicted_kind(acts: list[str]) -> str:
    """none | open | closed (leading counts as closed, as AnnoMI has no leading type)."""
    if "open_question" in acts:
        return "open"
    if "closed_question" in acts or "leading_question" in acts:
        return "closed"
    return "none"


def tag_all(utterances: list[Utterance], tagger: Tagger) -> tuple[list[list[str]], float, int]:
    """Predicted acts per utterance, the seconds it took and the number of tagger failures."""
    predictions: list[list[str]] = []
    failures = 0
    start = time.perf_counter()
    for u in utterances:
        try:
            predictions.append(act_names(call_tagger(tagger, u.text, "en", u.previous, PHASE)))
        except NotImplementedError as exc:
            raise not_built(exc, "the act tagger") from exc
        except Exception:  # noqa: BLE001 - a failure is counted and scored as "no act"
            failures += 1
            predictions.append([])
    return predictions, time.perf_counter() - start, failures


def score(utterances: list[Utterance], predictions: list[list[str]]) -> dict:
    """Question, open/closed, summary and advice figures of one set of predictions."""
    gold_kind = [u.question_label for u in utterances]
    pred_kind = [predicted_kind(p) for p in predictions]
    question = binary_prf([k != "none" for k in gold_kind], [k != "none" for k in pred_kind])
    both = [(g, p) for g, p in zip(gold_kind, pred_kind) if g != "none" and p != "none"]
    summary = binary_prf([u.reflection for u in utterances], ["summary" in p for p in predictions])
    advice = binary_prf([u.advice for u in utterances], ["advice" in p for p in predictions])
    return {
        "question": question.as_dict(),
        "question_f1": question.f1,
        "open_closed_accuracy": accuracy([g for g, _ in both], [p for _, p in both]),
        "open_closed_kappa": cohen_kappa([g for g, _ in both], [p for _, p in both]),
        "open_closed_n": len(both),
        "question_kappa": cohen_kappa(gold_kind, pred_kind),
        "summary": summary.as_dict(),
        "summary_f1": summary.f1,
        "advice": advice.as_dict(),
        "advice_f1": advice.f1,
    }


def run(utterances: list[Utterance], tagger: Tagger) -> dict:
    """The suite on the given (single-annotated, one split) utterances."""
    predictions, seconds, failures = tag_all(utterances, tagger)
    report = {
        "n_transcripts": len({u.transcript_id for u in utterances}),
        "n_turns": len(utterances),
    }
    report.update(score(utterances, predictions))
    rule = score(utterances, [question_mark_rule(u.text) for u in utterances])
    report["anchors"] = {
        "question_mark_rule_question_f1": rule["question_f1"],
        "wh_rule_open_closed_accuracy": rule["open_closed_accuracy"],
    }
    report["ms_per_turn"] = 1000 * seconds / len(utterances) if utterances else None
    report["errors"] = failures
    return report


def human_agreement(all_annotations: list[Utterance]) -> dict:
    """Fleiss' kappa of AnnoMI's annotators on the utterances several of them labelled."""
    groups = multi_annotated(all_annotations)
    if groups:  # Fleiss needs the same number of ratings per item: keep the usual group size
        size = Counter(len(g) for g in groups).most_common(1)[0][0]
        groups = [g for g in groups if len(g) == size]
    if not groups:
        return {"n_utterances": 0, "question_kappa": None, "question_type_kappa": None, "summary_kappa": None}
    return {
        "n_utterances": len(groups),
        "n_annotators": len(groups[0]),
        "question_kappa": fleiss_kappa([[u.question for u in g] for g in groups]),
        "question_type_kappa": fleiss_kappa([[u.question_label for u in g] for g in groups]),
        "summary_kappa": fleiss_kappa([[u.reflection for u in g] for g in groups]),
        "advice_kappa": fleiss_kappa([[u.advice for u in g] for g in groups]),
    }
