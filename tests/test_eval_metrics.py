"""The evaluation figures, checked against hand-computed and textbook values."""

from __future__ import annotations

import pytest

from coach.evaluation.metrics import (
    PRF,
    accuracy,
    binary_prf,
    cohen_kappa,
    confusion,
    fleiss_kappa,
    macro_f1,
    multilabel_prf,
)


def test_binary_prf_counts_and_ratios():
    prf = binary_prf([True, True, False, False, True], [True, False, True, False, True])
    assert (prf.tp, prf.fp, prf.fn) == (2, 1, 1)
    assert prf.precision == pytest.approx(2 / 3)
    assert prf.recall == pytest.approx(2 / 3)
    assert prf.f1 == pytest.approx(2 / 3)
    assert prf.support == 3


def test_prf_without_predictions_or_gold_is_undefined_not_zero():
    nothing_predicted = binary_prf([True, False], [False, False])
    assert nothing_predicted.precision is None
    assert nothing_predicted.recall == 0.0
    assert nothing_predicted.f1 == 0.0
    empty = PRF(0, 0, 0)
    assert empty.f1 is None and empty.support == 0


def test_multilabel_prf_per_label():
    gold = [{"a", "b"}, {"a"}, {"c"}]
    pred = [{"a"}, {"a", "c"}, {"b"}]
    per = multilabel_prf(gold, pred, ["a", "b", "c", "d"])
    assert (per["a"].tp, per["a"].fp, per["a"].fn) == (2, 0, 0)
    assert (per["b"].tp, per["b"].fp, per["b"].fn) == (0, 1, 1)
    assert (per["c"].tp, per["c"].fp, per["c"].fn) == (0, 1, 1)
    assert per["d"].support == 0


def test_macro_f1_averages_only_labels_present_in_gold():
    per = {"a": PRF(2, 0, 0), "b": PRF(0, 1, 1), "absent": PRF(0, 3, 0)}
    assert macro_f1(per) == pytest.approx((1.0 + 0.0) / 2)
    assert macro_f1({"absent": PRF(0, 3, 0)}) is None


def test_cohen_kappa_textbook_example():
    # 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15 -> kappa 0.4
    a = ["y"] * 25 + ["n"] * 25
    b = ["y"] * 20 + ["n"] * 5 + ["y"] * 10 + ["n"] * 15
    assert cohen_kappa(a, b) == pytest.approx(0.4)


def test_cohen_kappa_edge_cases():
    assert cohen_kappa([], []) is None
    assert cohen_kappa(["x", "x"], ["x", "x"]) == 1.0
    assert cohen_kappa(["x", "y", "x", "y"], ["y", "x", "y", "x"]) == pytest.approx(-1.0)
    with pytest.raises(ValueError):
        cohen_kappa(["x"], ["x", "y"])


def test_fleiss_kappa_textbook_example():
    # Fleiss (1971) as reproduced on Wikipedia: 10 items, 14 raters, 5 categories -> 0.210
    table = [
        [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
    ]
    items = [[cat for cat, n in enumerate(row) for _ in range(n)] for row in table]
    assert fleiss_kappa(items) == pytest.approx(0.210, abs=0.001)


def test_fleiss_kappa_rejects_uneven_ratings():
    with pytest.raises(ValueError):
        fleiss_kappa([["a", "b"], ["a"]])
    assert fleiss_kappa([]) is None


def test_accuracy_and_confusion():
    gold = ["met", "met", "missed", "partly"]
    pred = ["met", "missed", "missed", "met"]
    assert accuracy(gold, pred) == 0.5
    assert accuracy([], []) is None
    assert confusion(gold, pred) == {"met": {"met": 1, "missed": 1}, "missed": {"missed": 1}, "partly": {"met": 1}}
