"""The knobs of one training run, importable without torch so the window can show them at once.

The defaults are the recipe measured in docs/RECIPE.md: batches of 16, AdamW with a little weight decay, a
learning rate that warms up and then falls along a cosine, early stopping on the held-back examples, varied
examples, and a final model trained again on every example for the epoch count the first run chose.
"""

from __future__ import annotations

from dataclasses import dataclass

from mmstudio.core.errors import DataError
from mmstudio.core.messages import message

SCHEDULES = ("cosine", "constant")
"""How the learning rate moves during a run. "cosine": it rises from zero over the first WARMUP_SHARE of the
steps, then falls along half a cosine to zero at the last planned step. "constant": the same rate at every step."""

WARMUP_SHARE = 0.05


@dataclass
class TrainSettings:
    """Defaults win against a plain hand-written loop on every medium (docs/RECIPE.md)."""

    epochs: int = 20
    batch_size: int = 16  # beat 32 on a few hundred examples: twice the corrections per epoch
    learning_rate: float = 3e-3  # the peak of the schedule
    val_split: float = 0.2
    seed: int = 0
    augment: bool = True
    device: str = "auto"
    schedule: str = "cosine"
    weight_decay: float = 0.01  # AdamW's decoupled decay; 0 is plain Adam
    patience: int = 5  # epochs without a better held-back score before stopping; 0 never stops early
    fit_on_all: bool = True  # train again from scratch on every example for the best epoch count

    def validate(self) -> None:
        if self.epochs < 1:
            raise DataError(message("The number of epochs must be at least 1."))
        if self.batch_size < 1:
            raise DataError(message("The batch size must be at least 1."))
        if not 0 < self.learning_rate < 10:
            raise DataError(message("The learning rate must be a small positive number, such as 0.001."))
        if not 0.05 <= self.val_split <= 0.5:
            raise DataError(message("The validation share must be between 0.05 and 0.5."))
        if self.schedule not in SCHEDULES:
            raise DataError(
                message(
                    "The learning-rate schedule must be one of {choices}, not '{schedule}'.",
                    choices=", ".join(SCHEDULES), schedule=self.schedule,
                )
            )
        if not 0 <= self.weight_decay <= 1:
            raise DataError(message("The weight decay must be between 0 and 1, such as 0.01 (0 turns it off)."))
        if self.patience < 0:
            raise DataError(message("The patience must be 0 (never stop early) or a number of epochs, such as 5."))
