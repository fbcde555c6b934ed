"""The training knobs (epochs, batch size, learning rate, validation share, seed, augmentation, and the recipe:
schedule, weight decay, patience, training the final model on all examples) as a form.

Safe defaults come from the core's TrainSettings (docs/RECIPE.md); each field says in its tooltip what it changes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QSpinBox, QWidget

from mmstudio.core.settings import SCHEDULES, TrainSettings


class TrainSettingsForm(QWidget):
    def __init__(self, offers_augmentation: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offers_augmentation = offers_augmentation
        defaults = TrainSettings()
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow column puts labels above

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
        self.augment.setChecked(defaults.augment)
        if offers_augmentation:
            self.form.addRow("", self.augment)
        else:
            self.augment.hide()
        self._add_recipe(defaults)

    def _add_recipe(self, defaults: TrainSettings) -> None:
        self.schedule = QComboBox()
        names = {"cosine": self.tr("Warm up, then slow down"), "constant": self.tr("The same all along")}
        for key in SCHEDULES:
            self.schedule.addItem(names[key], key)
        self.schedule.setCurrentIndex(SCHEDULES.index(defaults.schedule))
        self.schedule.setToolTip(
            self.tr(
                "How the size of the corrections changes during training. 'Warm up, then slow down' starts gently, "
                "then makes smaller and smaller corrections towards the end, so the model settles on a good answer."
            )
        )
        self.weight_decay = QDoubleSpinBox(decimals=4, minimum=0.0, maximum=1.0, singleStep=0.005)
        self.weight_decay.setValue(defaults.weight_decay)
        self.weight_decay.setToolTip(
            self.tr(
                "Keeps the model simple by nudging every number it learns a little towards zero, so it relies on "
                "what many examples show rather than on details of a few. 0 turns it off."
            )
        )
        self.patience = QSpinBox(minimum=0, maximum=1000, value=defaults.patience, suffix=self.tr(" epochs"))
        self.patience.setSpecialValueText(self.tr("Never stop early"))
        self.patience.setToolTip(
            self.tr(
                "Stop training when the held-back examples have not been recognised better for this many epochs "
                "in a row. The best model seen is kept either way."
            )
        )
        self.fit_on_all = QCheckBox(self.tr("Train the final model on all examples"))
        self.fit_on_all.setChecked(defaults.fit_on_all)
        self.fit_on_all.setToolTip(
            self.tr(
                "After training, train the model once more from the start on every example, held-back ones "
                "included, for the number of epochs that worked best. It usually recognises new examples a little "
                "better; the accuracy shown is still the first model's, measured on the held-back examples."
            )
        )
        self.form.addRow(self.tr("Learning-rate schedule"), self.schedule)
        self.form.addRow(self.tr("Weight decay"), self.weight_decay)
        self.form.addRow(self.tr("Stop early after"), self.patience)
        self.form.addRow("", self.fit_on_all)

    def settings(self) -> TrainSettings:
        return TrainSettings(
            epochs=self.epochs.value(),
            batch_size=self.batch_size.value(),
            learning_rate=self.learning_rate.value(),
            val_split=self.val_split.value() / 100.0,
            seed=self.seed.value(),
            augment=self.offers_augmentation and self.augment.isChecked(),
            schedule=self.schedule.currentData(),
            weight_decay=self.weight_decay.value(),
            patience=self.patience.value(),
            fit_on_all=self.fit_on_all.isChecked(),
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
            "schedule": self.schedule.currentData(),
            "weight_decay": self.weight_decay.value(),
            "patience": self.patience.value(),
            "fit_on_all": self.fit_on_all.isChecked(),
        }

    def restore(self, values: dict) -> None:
        for name in ("epochs", "batch_size", "val_split", "seed", "patience"):
            if name in values:
                getattr(self, name).setValue(int(values[name]))
        for name in ("learning_rate", "weight_decay"):
            if name in values:
                getattr(self, name).setValue(float(values[name]))
        for name in ("augment", "fit_on_all"):
            if name in values:
                getattr(self, name).setChecked(str(values[name]).lower() in ("true", "1"))
        if values.get("schedule") in SCHEDULES:
            self.schedule.setCurrentIndex(SCHEDULES.index(values["schedule"]))
