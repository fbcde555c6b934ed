"""Accuracy, confusion matrix and per-class precision/recall/F1, as plain lists ready for JSON."""

from __future__ import annotations

from collections.abc import Sequence


def confusion_matrix(y_true: Sequence[int], y_pred: Sequence[int], num_classes: int) -> list[list[int]]:
    """Rows are the true class, columns the predicted class."""
    matrix = [[0] * num_classes for _ in range(num_classes)]
    for truth, guess in zip(y_true, y_pred, strict=True):
        matrix[truth][guess] += 1
    return matrix


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


def classification_report(y_true: Sequence[int], y_pred: Sequence[int], classes: Sequence[str]) -> dict:
    matrix = confusion_matrix(y_true, y_pred, len(classes))
    per_class = {}
    for k, name in enumerate(classes):
        hits = matrix[k][k]
        support = sum(matrix[k])
        predicted = sum(row[k] for row in matrix)
        precision, recall = _ratio(hits, predicted), _ratio(hits, support)
        per_class[name] = {
            "precision": precision,
            "recall": recall,
            "f1": _ratio(2 * precision * recall, precision + recall),
            "support": support,
        }
    n = len(y_true)
    return {
        "accuracy": _ratio(sum(matrix[k][k] for k in range(len(classes))), n),
        "classes": list(classes),
        "confusion_matrix": matrix,
        "per_class": per_class,
        "n": n,
    }
