"""The mistakes, mix-ups and confidence figures behind the error-analysis views, from plain HeldBack records."""

from __future__ import annotations

from mmstudio.core.events import HeldBack
from mmstudio.core.mistakes import (
    ConfusedPair,
    confidence_bin,
    confidence_histogram,
    confidence_summary,
    confused_pairs,
    mistakes,
)


def held(truth: int, guess: int, sure: float, item: str = "x", classes: int = 3) -> HeldBack:
    """A held-back example the model put in `guess` with `sure` probability (the rest shared by the others)."""
    rest = (1 - sure) / (classes - 1)
    return HeldBack(item, truth, guess, tuple(sure if k == guess else rest for k in range(classes)))


def test_mistakes_are_the_wrong_answers_most_sure_first():
    validation = [held(0, 0, 0.9), held(0, 1, 0.5, "a"), held(1, 2, 0.95, "b"), held(2, 2, 0.6), held(2, 0, 0.7, "c")]
    assert [h.item for h in mistakes(validation)] == ["b", "c", "a"]
    assert mistakes([held(0, 0, 0.9)]) == []


def test_confused_pairs_count_each_mix_up_most_frequent_first_and_keep_the_top():
    validation = [held(0, 1, 0.6)] * 4 + [held(1, 0, 0.6)] * 2 + [held(2, 1, 0.6)] * 2 + [held(1, 1, 0.9)] * 7
    assert confused_pairs(validation) == [ConfusedPair(0, 1, 4), ConfusedPair(1, 0, 2), ConfusedPair(2, 1, 2)]
    assert confused_pairs(validation, top=1) == [ConfusedPair(0, 1, 4)]
    many = [held(t, g, 0.5, classes=4) for t in range(4) for g in range(4) if t != g]
    assert len(confused_pairs(many)) == 5
    assert confused_pairs([held(0, 0, 0.9)]) == []


def test_confidence_falls_in_bins_of_ten_percent_with_certainty_in_the_top_one():
    assert [confidence_bin(c) for c in (0.0, 0.09, 0.1, 0.3, 0.55, 0.7, 0.9, 0.99, 1.0)] == [0, 0, 1, 3, 5, 7, 9, 9, 9]


def test_the_histogram_splits_right_answers_and_mistakes_and_counts_every_example():
    validation = [held(0, 0, 0.95), held(1, 1, 0.91), held(1, 1, 0.65), held(0, 1, 0.55), held(2, 0, 0.97)]
    right, wrong = confidence_histogram(validation)
    assert right == [0, 0, 0, 0, 0, 0, 1, 0, 0, 2]
    assert wrong == [0, 0, 0, 0, 0, 1, 0, 0, 0, 1]
    assert sum(right) + sum(wrong) == len(validation)


def test_the_summary_finds_where_most_right_answers_are_and_the_mistakes_below_it():
    right = [held(0, 0, c) for c in (0.82, 0.85, 0.88, 0.9, 0.93, 0.95, 0.97, 0.99, 0.55, 0.6)]  # 8 of 10 >= 80%
    wrong = [held(0, 1, c) for c in (0.45, 0.5, 0.58, 0.91)]
    summary = confidence_summary(right + wrong)
    assert (summary.right, summary.mistakes) == (10, 4)
    assert summary.right_level == 0.8
    assert summary.mistakes_below == 3
    assert summary.lowest_mistake == 0.45


def test_the_summary_without_mistakes_or_without_right_answers():
    no_mistakes = confidence_summary([held(0, 0, 0.99), held(1, 1, 0.72)])
    assert (no_mistakes.mistakes, no_mistakes.mistakes_below, no_mistakes.lowest_mistake) == (0, 0, None)
    assert no_mistakes.right_level == 0.7
    all_wrong = confidence_summary([held(0, 1, 0.6), held(1, 0, 0.4)])
    assert (all_wrong.right, all_wrong.right_level, all_wrong.mistakes_below, all_wrong.lowest_mistake) == (
        0, None, 0, 0.4
    )
    assert confidence_summary([]).right_level is None
