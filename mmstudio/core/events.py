"""Small immutable events the training pipeline yields; the CLI prints them, the GUI routes them to widgets."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

DELIVERY_INTERVAL_S = 0.05
"""The one rate limit of a run's display: batch events are gathered for this long, curves redraw this often
and the CLI redraws its progress line this often (20 times a second is smooth, and costs a fast run nothing)."""


@dataclass(frozen=True)
class LoadProgress:
    """Examples read so far while the data set is prepared."""

    done: int
    total: int


@dataclass(frozen=True)
class Downloading:
    """Bytes of a pretrained encoder's weights received so far, before a run can start (once per computer)."""

    done: int
    total: int  # 0 when the server does not say
    what: str  # in plain words: "MobileNetV3 (small) weights"


@dataclass(frozen=True)
class FinalFit:
    """The first run chose the number of epochs; a fresh model now trains on every example for that many. The
    accuracy reported stays the first model's, measured on the held-back examples. Its batches follow; they are
    progress, not points of the first run's curves."""

    examples: int
    epochs: int


@dataclass(frozen=True)
class Notice:
    """Something the user should know before the run goes on (skipped files, duplicates)."""

    message: str


@dataclass(frozen=True)
class BatchEnded:
    epoch: int  # 1-based
    epochs: int
    batch: int  # 1-based within the epoch
    batches: int
    loss: float
    accuracy: float
    seconds_left: float


@dataclass(frozen=True)
class EpochEnded:
    epoch: int
    epochs: int
    loss: float
    accuracy: float
    val_loss: float
    val_accuracy: float
    seconds: float

    def as_record(self) -> dict[str, float | int]:
        return {
            "epoch": self.epoch,
            "loss": self.loss,
            "accuracy": self.accuracy,
            "val_loss": self.val_loss,
            "val_accuracy": self.val_accuracy,
        }


@dataclass(frozen=True)
class HeldBack:
    """One held-back example after training: what a confusion-matrix cell and the mistakes gallery are made of."""

    item: Any  # a file path or a typed text
    truth: int  # its class index
    guess: int  # the class index the model chose
    probabilities: tuple[float, ...]  # the model's probability for each class

    @property
    def confidence(self) -> float:
        """How sure the model was of its choice, 0..1."""
        return self.probabilities[self.guess]


@dataclass(frozen=True)
class Finished:
    """The run ended (completed or stopped); `bundle` holds the best weights seen and the evaluation."""

    bundle: Any  # mmstudio.core.checkpoint.ModelBundle
    stopped: bool
    history: list[dict] = field(default_factory=list)  # this run's epochs (the bundle's may start earlier)
    skipped: int = 0  # examples that could not be read and were left out
    # Each held-back example with the model's answer. Not saved with the model (file paths belong to this computer).
    validation: list[HeldBack] = field(default_factory=list)


@dataclass(frozen=True)
class Failed:
    message: str


@dataclass(frozen=True)
class Batches:
    """BatchEnded events gathered over `DELIVERY_INTERVAL_S`, so a fast run cannot flood a display."""

    events: tuple[BatchEnded, ...]

    @property
    def last(self) -> BatchEnded:
        return self.events[-1]


@dataclass(frozen=True)
class PredictorReady:
    """Follows Finished where a caller asked for it: a predictor built off the display's thread for the new model."""

    predictor: Any  # mmstudio.core.predictor.Predictor


@dataclass(frozen=True)
class CandidateStarted:
    """The search for the best model (core/search.py) starts training candidate `index` (1-based) of `count`."""

    model: str  # the ModelSpec's name
    index: int
    count: int


@dataclass(frozen=True)
class CandidateFinished:
    """A row of the search's leaderboard: one candidate trained and checked on the shared held-back examples."""

    model: str
    val_accuracy: float
    seconds: float  # reading excluded: its own training and checking
    epochs: int  # epochs completed
    stopped: bool  # its share of the time budget ran out (or Stop was pressed) before it ended on its own

    def as_record(self) -> dict[str, str | float | int]:
        return {
            "model": self.model, "val_accuracy": self.val_accuracy, "seconds": self.seconds, "epochs": self.epochs,
            "stopped": self.stopped,
        }

    @classmethod
    def from_record(cls, record: dict) -> CandidateFinished:
        """A row as a model file keeps it (checked by checkpoint.LEADERBOARD; older rows lack `stopped`)."""
        return cls(record["model"], record["val_accuracy"], record["seconds"], record.get("epochs", 0),
                   record.get("stopped", False))


@dataclass(frozen=True)
class Leaderboard:
    """The search ended: every candidate's row, best first, the winner and why it won. The winner's Finished follows."""

    rows: tuple[CandidateFinished, ...]
    winner: str
    reason: str


Event = (
    LoadProgress | Downloading | Notice | FinalFit | BatchEnded | Batches | EpochEnded | Finished | Failed | PredictorReady
    | CandidateStarted | CandidateFinished | Leaderboard
)


def gathered(events: Iterable[Event], interval: float = DELIVERY_INTERVAL_S) -> Iterator[Event]:
    """The same events with runs of BatchEnded grouped into Batches, at most one group per `interval`.

    Every other event is passed on at once, after the batches gathered before it, so order is kept.
    """
    group: list[BatchEnded] = []
    sent = time.monotonic()
    for event in events:
        if isinstance(event, BatchEnded):
            group.append(event)
            if time.monotonic() - sent < interval:
                continue
        if group:
            yield Batches(tuple(group))
            group, sent = [], time.monotonic()
        if not isinstance(event, BatchEnded):
            yield event
    if group:
        yield Batches(tuple(group))
