"""Accuracy, confusion matrix and per-class precision/recall/F1 against numbers worked out by hand."""

from __future__ import annotations

import pytest

from mmstudio.core.metrics import classification_report, confusion_matrix

CLASSES = ["cat", "dog", "bird", "fish"]
#            cat cat cat dog dog bird
Y_TRUE = [0, 0, 0, 1, 1, 2]
Y_PRED = [0, 1, 0, 1, 0, 1]


def test_confusion_matrix_rows_are_the_true_class():
    assert confusion_matrix(Y_TRUE, Y_PRED, 4) == [
        [2, 1, 0, 0],  # cats: 2 right, 1 called dog
        [1, 1, 0, 0],  # dogs: 1 called cat, 1 right
        [0, 1, 0, 0],  # the bird called dog
        [0, 0, 0, 0],  # no fish at all
    ]


def test_classification_report_by_hand():
    report = classification_report(Y_TRUE, Y_PRED, CLASSES)
    assert report["accuracy"] == pytest.approx(3 / 6)
    assert report["n"] == 6
    assert report["classes"] == CLASSES
    assert report["confusion_matrix"][0] == [2, 1, 0, 0]
    per = report["per_class"]
    # cat: predicted cat 3 times, 2 right; 3 real cats, 2 found
    assert per["cat"] == pytest.approx({"precision": 2 / 3, "recall": 2 / 3, "f1": 2 / 3, "support": 3})
    # dog: predicted dog 3 times (cat, dog, bird), 1 right; 2 real dogs, 1 found; f1 = 2pr/(p+r) = (1/3)/(5/6)
    assert per["dog"] == pytest.approx({"precision": 1 / 3, "recall": 1 / 2, "f1": 0.4, "support": 2})
    # bird: never predicted (precision 0/0 -> 0), never found
    assert per["bird"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}
    # fish: neither present nor predicted -> all zero, no division error
    assert per["fish"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 0}
    assert list(per) == CLASSES


def test_perfect_and_empty():
    report = classification_report([1, 0, 1], [1, 0, 1], ["a", "b"])
    assert report["accuracy"] == 1.0
    assert report["per_class"]["b"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 2}
    empty = classification_report([], [], ["a", "b"])
    assert empty["accuracy"] == 0.0 and empty["n"] == 0
    assert empty["confusion_matrix"] == [[0, 0], [0, 0]]


def test_mismatched_lengths_are_refused():
    with pytest.raises(ValueError):
        classification_report([0, 1], [0], ["a", "b"])
