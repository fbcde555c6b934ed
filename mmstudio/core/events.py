"""Small immutable events the training pipeline yields; the CLI prints them, the GUI routes them to widgets."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class LoadProgress:
    """Examples read so far while the data set is prepared."""

    done: int
    total: int


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
class Finished:
    """The run ended (completed or stopped); `bundle` holds the best weights seen and the evaluation."""

    bundle: Any  # mmstudio.core.checkpoint.ModelBundle
    stopped: bool
    history: list[dict] = field(default_factory=list)  # this run's epochs (the bundle's may start earlier)
    skipped: int = 0  # examples that could not be read and were left out
    # (item, true class index, predicted class index) for each held-back example: what a confusion matrix cell
    # is made of. Not saved with the model (file paths belong to this computer).
    validation: list[tuple] = field(default_factory=list)


@dataclass(frozen=True)
class Failed:
    message: str


Event = LoadProgress | Notice | BatchEnded | EpochEnded | Finished | Failed
