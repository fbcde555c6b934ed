"""Where a trained model goes wrong, worked out from its held-back examples (`HeldBack` records).

Plain numbers only; the window words them. Kept apart from the widgets so the counting is tested without Qt
and every medium's tab shows the same figures.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from mmstudio.core.events import HeldBack

BINS = 10  # confidence bins of 10%: 0-10%, 10-20%, … 90-100%
MOSTLY = 0.8  # "right answers are mostly above X": at least this share of them is at or above X


@dataclass(frozen=True)
class ConfusedPair:
    """Examples of class `truth` the model took for class `guess`, `count` times."""

    truth: int
    guess: int
    count: int


@dataclass(frozen=True)
class ConfidenceSummary:
    """What a caption under the confidence histogram says, as numbers.

    `right_level` is the highest multiple of 10% that most right answers reach (None without right answers);
    `mistakes_below` counts the mistakes under that level, the ones a "not sure below" threshold there would flag.
    """

    right: int
    mistakes: int
    right_level: float | None
    mistakes_below: int
    lowest_mistake: float | None  # the confidence of the least sure mistake


def mistakes(validation: Sequence[HeldBack]) -> list[HeldBack]:
    """The wrong answers, most confident first: the surprising ones are the most worth a look."""
    return sorted((held for held in validation if held.guess != held.truth), key=lambda held: -held.confidence)


def confused_pairs(validation: Sequence[HeldBack], top: int = 5) -> list[ConfusedPair]:
    """The `top` most frequent (real class, guessed class) mix-ups, most frequent first, ties in class order."""
    counts = Counter((held.truth, held.guess) for held in validation if held.guess != held.truth)
    ordered = sorted(counts.items(), key=lambda pair_count: (-pair_count[1], pair_count[0]))
    return [ConfusedPair(truth, guess, count) for (truth, guess), count in ordered[:top]]


def confidence_bin(confidence: float) -> int:
    """The 10% bin (0..9) a confidence falls in; 100% sure joins the top bin."""
    return min(max(math.floor(confidence * BINS), 0), BINS - 1)


def confidence_histogram(validation: Sequence[HeldBack]) -> tuple[list[int], list[int]]:
    """How many right answers and how many mistakes fall in each 10% confidence bin."""
    right, wrong = [0] * BINS, [0] * BINS
    for held in validation:
        (right if held.guess == held.truth else wrong)[confidence_bin(held.confidence)] += 1
    return right, wrong


def confidence_summary(validation: Sequence[HeldBack]) -> ConfidenceSummary:
    """The figures behind "Right answers are mostly above 80% sure; of the 4 mistakes, 3 were below 80%"."""
    right = sorted(held.confidence for held in validation if held.guess == held.truth)
    wrong = [held.confidence for held in validation if held.guess != held.truth]
    level = None
    if right:
        reached = right[math.floor(len(right) * (1 - MOSTLY) + 1e-9)]  # at least MOSTLY of the right answers are this sure
        level = math.floor(reached * BINS + 1e-9) / BINS
    below = sum(confidence < level for confidence in wrong) if level is not None else 0
    return ConfidenceSummary(len(right), len(wrong), level, below, min(wrong) if wrong else None)
