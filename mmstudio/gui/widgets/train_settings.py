"""The training knobs (epochs, batch size, learning rate, validation share, seed, augmentation) as a form.

Safe defaults come from the core's TrainSettings; each field says in its tooltip what it changes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QFormLayout, QSpinBox, QWidget

from mmstudio.core.settings import TrainSettings


class TrainSettingsForm(QWidget):
    def __init__(self, offers_augmentation: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offers_augmentation = offers_augmentation
        defaults = TrainSettings()
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)

        self.epochs = QSpinBox(minimum=1, maximum=1000, value=defaults.epochs)
        self.epochs.setToolTip(self.tr("How many times training goes through all examples. More can help, but takes longer."))
        self.batch_size = QSpinBox(minimum=1, maximum=4096, value=defaults.batch_size)
        self.batch_size.setToolTip(self.tr("How many examples the model looks at before each small correction."))
        self.learning_rate = QDoubleSpinBox(decimals=5, minimum=0.00001, maximum=1.0, singleStep=0.0005)
        self.learning_rate.setValue(defaults.learning_rate)
        self.learning_rate.setToolTip(
            self.tr("How big each correction is. Too big and training jumps around; too small and it crawls.")
        )
        self.val_split = QSpinBox(minimum=5, maximum=50, value=round(defaults.val_split * 100), suffix=" %")
        self.val_split.setToolTip(
            self.tr("The share of examples kept aside to check the model on pictures it never trained on.")
        )
        self.seed = QSpinBox(minimum=0, maximum=2**31 - 1, value=defaults.seed)
        self.seed.setToolTip(self.tr("Same seed, same data, same settings: the same result every time."))
        self.form.addRow(self.tr("Epochs"), self.epochs)
        self.form.addRow(self.tr("Batch size"), self.batch_size)
        self.form.addRow(self.tr("Learning rate"), self.learning_rate)
        self.form.addRow(self.tr("Held back for checking"), self.val_split)
        self.form.addRow(self.tr("Random seed"), self.seed)
        self.augment = QCheckBox(self.tr("Vary the examples while training"))
        self.augment.setToolTip(
            self.tr("Flips, small shifts and turns, and brightness changes, so the model copes with new pictures.")
        )
        if offers_augmentation:
            self.form.addRow("", self.augment)
        else:
            self.augment.hide()

    def settings(self) -> TrainSettings:
        return TrainSettings(
            epochs=self.epochs.value(),
            batch_size=self.batch_size.value(),
            learning_rate=self.learning_rate.value(),
            val_split=self.val_split.value() / 100.0,
            seed=self.seed.value(),
            augment=self.offers_augmentation and self.augment.isChecked(),
        )

    def values(self) -> dict:
        """For remembering between runs."""
        return {
            "epochs": self.epochs.value(),
            "batch_size": self.batch_size.value(),
            "learning_rate": self.learning_rate.value(),
            "val_split": self.val_split.value(),
            "seed": self.seed.value(),
            "augment": self.augment.isChecked(),
        }

    def restore(self, values: dict) -> None:
        for name in ("epochs", "batch_size", "val_split", "seed"):
            if name in values:
                getattr(self, name).setValue(int(values[name]))
        if "learning_rate" in values:
            self.learning_rate.setValue(float(values["learning_rate"]))
        if "augment" in values:
            self.augment.setChecked(str(values["augment"]).lower() in ("true", "1"))
