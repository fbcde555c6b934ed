"""The knobs of one training run, importable without torch so the window can show them at once."""

from __future__ import annotations

from dataclasses import dataclass

from mmstudio.core.errors import DataError


@dataclass
class TrainSettings:
    """Defaults are safe for a first try on a laptop CPU."""

    epochs: int = 20
    batch_size: int = 16
    learning_rate: float = 1e-3
    val_split: float = 0.2
    seed: int = 0
    augment: bool = False
    device: str = "auto"

    def validate(self) -> None:
        if self.epochs < 1:
            raise DataError("The number of epochs must be at least 1.")
        if self.batch_size < 1:
            raise DataError("The batch size must be at least 1.")
        if not 0 < self.learning_rate < 10:
            raise DataError("The learning rate must be a small positive number, such as 0.001.")
        if not 0.05 <= self.val_split <= 0.5:
            raise DataError("The validation share must be between 0.05 and 0.5.")
