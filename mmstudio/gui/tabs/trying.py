"""Step 3 of a tab: trying the model on one example, and saving and loading models, all off the GUI thread.

A mixin of ModalityTab.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
)

from mmstudio.gui import background


class TryingMixin:
    def try_item(self, item) -> None:
        """Show and predict one example off the GUI thread; while one runs, only the latest request waits."""
        self._last_try_item = item
        if self._predicting:
            self._pending_try_item = item
            return
        self._predicting = True
        self.jobs.start(
            background.try_example,
            self.predictor,
            item,
            type(self).render_preview,
            on_result=lambda result: self._show_prediction(item, *result),
            on_error=lambda text: self.message.show_message(text, "error"),
            on_finish=self._prediction_done,
        )

    def _prediction_done(self) -> None:
        self._predicting = False
        if self._pending_try_item is not None:
            item, self._pending_try_item = self._pending_try_item, None
            self.try_item(item)

    def _show_prediction(self, item, prediction, preview, problem: str | None) -> None:
        self.show_try_result(item, prediction, preview)
        if problem:
            self.prediction_label.setText(self.tr("Cannot read this example"))
            self.bars.clear()
            self.message.show_message(problem, "warning")
        elif prediction is None:
            self.prediction_label.setText(self.tr("Train a model first"))
            self.bars.clear()
        else:
            self.prediction_label.setText(prediction.label)
            self.bars.set_probabilities(prediction.probabilities, self.bundle.classes if self.bundle else None)
            self.predictionShown.emit(prediction.label)

    def save_model_dialog(self) -> None:
        if self.bundle is None:
            return
        suggested = str(Path(self._last_folder()) / f"{self.modality_name}-{self.bundle.model}.mmstudio")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save model"), suggested, self.tr("mmstudio models (*.mmstudio)")
        )
        if path:
            self.save_model(Path(path))

    def save_model(self, path: Path) -> None:
        self._remember_folder(str(path.parent))
        self.jobs.start(
            background.save,
            self.bundle,
            path,
            on_result=lambda saved: self.message.show_message(
                self.tr("Saved the model to %1").replace("%1", str(saved))
            ),
            on_error=lambda text: self.message.show_message(text, "error"),
        )

    def load_model_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load model"), self._last_folder(), self.tr("mmstudio models (*.mmstudio)")
        )
        if path:
            self.load_model(Path(path))

    def load_model(self, path: Path) -> None:
        self._remember_folder(str(path.parent))
        self.jobs.start(
            background.load,
            path,
            self.modality_name,
            on_result=self._model_loaded,
            on_error=lambda text: self.message.show_message(text, "error"),
        )

    def _model_loaded(self, result) -> None:
        if isinstance(result, str):
            self.message.show_message(result, "error")
            return
        bundle, predictor = result
        for name in bundle.classes:
            self.examples.add_class(name)
        self.model_combo.setCurrentIndex(max(self.model_combo.findData(bundle.model), 0))
        self.show_preprocessing(bundle.preprocessing)
        self.curves.reset()
        self.curves.set_history(bundle.history)
        self._clear_results()
        self._use_bundle(bundle)
        self.predictor = predictor
        self.continue_check.setChecked(True)
        self.message.show_message(self.tr("Loaded the model. Drop an example on “Try it” to see what it predicts."))
        if self._last_try_item is not None:
            self.try_item(self._last_try_item)
