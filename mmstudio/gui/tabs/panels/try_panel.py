"""Step 3 of a tab: trying the current model on one example, why it answered so, and saving and loading models,
all off the GUI thread.

Every prediction is followed by its explanation (core `explain`), drawn by the medium's tab over the example
itself (`show_explanation`): the class explained is the predicted one, or the one the user clicked in the bars.
Both jobs keep only the latest request waiting, so typing or listening never queues up stale work."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from mmstudio.gui import background
from mmstudio.gui.translation import core_tr
from mmstudio.gui.jobs import Jobs
from mmstudio.gui.session import Session
from mmstudio.gui.tabs.panels.common import Remembered, heading
from mmstudio.gui.widgets.elided_label import ElidedLabel
from mmstudio.gui.widgets.message_bar import MessageBar
from mmstudio.gui.widgets.probability_bars import ProbabilityBars

if TYPE_CHECKING:
    from mmstudio.gui.tabs.hooks import MediumHooks


class TryPanel(QWidget):
    """The medium's try-it input, the prediction and its probabilities, the model summary, Save and Load."""

    predictionShown = Signal(str)  # the winning class of the latest try-it prediction
    explanationShown = Signal(object)  # the core Explanation now drawn (None: cleared)

    def __init__(
        self, session: Session, hooks: MediumHooks, message: MessageBar, jobs: Jobs, remembered: Remembered
    ) -> None:
        super().__init__()
        self.session = session
        self.hooks = hooks
        self.message = message
        self.jobs = jobs
        self.remembered = remembered
        self._last_item = None  # tried again when a new model is ready
        self._predicting = False
        self._pending_item = None
        self._explain_target: str | None = None  # a class clicked in the bars; None: the predicted class
        self._explaining = False
        self._pending_explanation = None  # (item, raw) waiting for the running explanation
        self._last_explained = None  # (item, raw) of the latest explanation asked for

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(heading(self.tr("3 · Try it")))
        layout.addWidget(hooks.build_try_input(), 2)
        self.prediction_label = ElidedLabel(  # a long "Not sure (maybe …)" is cut, never widening the column
            self.tr("No prediction yet"),
            Qt.TextElideMode.ElideRight,
            description=self.tr("The class the model thinks this example belongs to."),
        )
        self.prediction_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prediction_label.setStyleSheet("font-size: 20pt; font-weight: 700; padding: 6px;")
        layout.addWidget(self.prediction_label)
        self.bars = ProbabilityBars()
        self.bars.setToolTip(self.tr("How sure the model is about each class. Click a class to see what speaks for it."))
        self.bars.classClicked.connect(self.explain_class)
        layout.addWidget(self.bars, 2)
        layout.addLayout(self._build_why_row())
        self.why_caption = QLabel()
        self.why_caption.setWordWrap(True)
        self.why_caption.setStyleSheet("color: palette(placeholder-text);")
        self.why_caption.setMinimumHeight(self.why_caption.fontMetrics().height() * 2)  # no jump when it fills
        layout.addWidget(self.why_caption)

        self.model_summary = QLabel(self.tr("No model yet. Train one, or load a saved model."))
        self.model_summary.setWordWrap(True)
        self.model_summary.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.model_summary)
        model_buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save model…"))
        self.save_button.setToolTip(self.tr("Save the trained model to a .mmstudio file (Ctrl+S)."))
        self.save_button.clicked.connect(self.save_model_dialog)
        self.load_button = QPushButton(self.tr("Load model…"))
        self.load_button.setToolTip(self.tr("Open a saved .mmstudio model to try it or train it further (Ctrl+L)."))
        self.load_button.clicked.connect(self.load_model_dialog)
        model_buttons.addWidget(self.save_button)
        model_buttons.addWidget(self.load_button)
        layout.addLayout(model_buttons)

        session.subscribe("training", lambda _training: self._update_enabled())
        session.subscribe("model", self._show_model)
        session.subscribe("predictor", self._predictor_ready)
        self._update_enabled()

    def _build_why_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.why_check = QCheckBox(self.tr("Show why"))
        self.why_check.setChecked(self.remembered.settings().value("show_why", True, type=bool))
        self.why_check.setToolTip(
            self.tr("Colour the example by what made the model answer as it did: orange for, blue against.")
        )
        self.why_check.toggled.connect(self._why_toggled)
        row.addWidget(self.why_check)
        row.addStretch(1)
        unsure_label = QLabel(self.tr("Say “not sure” below"))
        unsure_label.setWordWrap(True)  # two lines in a narrow column rather than a wider column
        self.unsure_spin = QSpinBox()
        self.unsure_spin.setRange(0, 99)
        self.unsure_spin.setSingleStep(5)
        self.unsure_spin.setSuffix("%")
        self.unsure_spin.setSpecialValueText(self.tr("never"))
        self.unsure_spin.setValue(self.remembered.settings().value("unsure_below", 0, type=int))
        tip = self.tr(
            "When the model is less sure than this, it says “Not sure” instead of giving a possibly wrong answer. "
            "The Confidence tab after training shows where its mistakes lie."
        )
        unsure_label.setToolTip(tip)
        self.unsure_spin.setToolTip(tip)
        self.unsure_spin.valueChanged.connect(self._unsure_changed)
        unsure_label.setBuddy(self.unsure_spin)
        row.addWidget(unsure_label)
        row.addWidget(self.unsure_spin)
        self._shown_prediction = None  # shown again when the threshold changes
        return row

    # ------------------------------------------------------------------ following the session
    def _update_enabled(self) -> None:
        self.load_button.setEnabled(not self.session.training)
        self.save_button.setEnabled(not self.session.training and self.session.bundle is not None)

    def _show_model(self, bundle) -> None:
        self._update_enabled()
        if bundle is None:
            self.model_summary.setText(self.tr("No model yet. Train one, or load a saved model."))
            return
        spec = self.hooks.medium.models.get(bundle.model)
        self.model_summary.setText(
            self.tr("Model: %1 · %2 classes · trained %n epoch(s)", "", len(bundle.history))
            .replace("%1", core_tr(spec.title) if spec is not None else bundle.model)
            .replace("%2", str(len(bundle.classes)))
        )

    def _predictor_ready(self, predictor) -> None:
        if predictor is not None and self._last_item is not None:
            self.try_item(self._last_item)

    # ------------------------------------------------------------------ trying one example
    def try_item(self, item) -> None:
        """Show and predict one example off the GUI thread; while one runs, only the latest request waits."""
        self._last_item = item
        if self._predicting:
            self._pending_item = item
            return
        self._predicting = True
        self.jobs.start(
            background.try_example,
            self.session.predictor,
            item,
            type(self.hooks).render_preview,
            on_result=lambda result: self._show_prediction(item, *result),
            on_error=lambda text: self.message.show_message(text, "error"),
            on_finish=self._prediction_done,
        )

    def shown_item(self):
        """The example whose prediction is on show, or None (tried again in a window rebuilt in another language)."""
        return self._last_item if self._shown_prediction is not None else None

    def clear_prediction(self) -> None:
        """Back to "no prediction" (the try-it input was emptied)."""
        self.prediction_label.setText(self.tr("No prediction yet"))
        self.bars.clear()
        self._shown_prediction = None
        self._last_explained = self._pending_explanation = None
        self._show_explanation(None)

    def _prediction_done(self) -> None:
        self._predicting = False
        if self._pending_item is not None:
            item, self._pending_item = self._pending_item, None
            self.try_item(item)

    def _show_prediction(self, item, prediction, preview, problem: str | None) -> None:
        self.hooks.show_try_result(item, prediction, preview)
        if problem:
            self.prediction_label.setText(self.tr("Cannot read this example"))
            self.bars.clear()
            self._show_explanation(None)
            self.message.show_message(problem, "warning", cause="try")
            return
        self.message.clear("try")  # a "cannot read" about an earlier example is no longer true
        if prediction is None:
            self.prediction_label.setText(self.tr("Train a model first"))
            self.bars.clear()
            self._show_explanation(None)
        else:
            self.show_prediction(prediction)
            self.explain(item)

    def show_prediction(self, prediction) -> None:
        """The winning class and a bar per class (also for predictions the tab makes itself, such as listening).

        Below the "not sure" threshold the label says so, and names the best guess."""
        bundle = self.session.bundle
        self._shown_prediction = prediction
        best = max(prediction.probabilities.values(), default=0.0)
        if best * 100 < self.unsure_spin.value():
            self.prediction_label.setText(
                self.tr("Not sure (maybe “%1”)").replace("%1", prediction.label)
            )
        else:
            self.prediction_label.setText(prediction.label)
        self.bars.set_probabilities(prediction.probabilities, bundle.classes if bundle else None)
        self.predictionShown.emit(prediction.label)

    def _unsure_changed(self, value: int) -> None:
        self.remembered.settings().setValue("unsure_below", value)
        if self._shown_prediction is not None:
            self.show_prediction(self._shown_prediction)

    # ------------------------------------------------------------------ why it answered so
    def explain(self, item, raw=None) -> None:
        """Explain the latest prediction (of `item`, or of `raw`, a live sound window) off the GUI thread."""
        self._last_explained = (item, raw)
        if not self.why_check.isChecked() or self.session.predictor is None:
            return
        if self._explaining:
            self._pending_explanation = (item, raw)
            return
        self._explaining = True
        target = self._explain_target
        if target is not None and target not in self.session.predictor.bundle.classes:
            target = self._explain_target = None
        self.jobs.start(
            background.explain,
            self.session.predictor,
            item,
            target,
            raw,
            on_result=lambda result: self._explained(item, *result),
            on_error=lambda text: self.message.show_message(text, "error"),
            on_finish=self._explanation_done,
        )

    def explain_class(self, name: str) -> None:
        """Show the evidence for `name` (a class clicked in the bars); the winner's click goes back to it."""
        self._explain_target = None if name == self.bars.winner() else name
        if self._last_explained is not None:
            self.explain(*self._last_explained)

    def _explanation_done(self) -> None:
        self._explaining = False
        if self._pending_explanation is not None:
            pending, self._pending_explanation = self._pending_explanation, None
            self.explain(*pending)

    def _explained(self, item, explanation, problem: str | None) -> None:
        if self._pending_explanation is not None:
            return  # a newer example is waiting: these colours would be stale
        if problem:
            self.message.show_message(problem, "warning")
            explanation = None
        self._show_explanation(explanation, item)

    def _show_explanation(self, explanation, item=None) -> None:
        self.hooks.show_explanation(item, explanation)
        if explanation is None:
            self.why_caption.setText("")
        else:
            self.why_caption.setText(
                self.tr("Why “%1”: %2. Orange spoke for it, blue against. Click a class above to see its evidence.")
                .replace("%1", explanation.target)
                .replace("%2", core_tr(explanation.method))
            )
        self.explanationShown.emit(explanation)

    def _why_toggled(self, on: bool) -> None:
        self.remembered.settings().setValue("show_why", on)
        if on and self._last_explained is not None:
            self.explain(*self._last_explained)
        elif not on:
            self._show_explanation(None)

    # ------------------------------------------------------------------ saving and loading models
    def save_model_dialog(self, on_done=None) -> bool:
        """Ask where to save the current model and save it there; False when there was nothing to save or the
        user cancelled. `on_done(saved)` follows the save (True once the file is written)."""
        bundle = self.session.bundle
        if bundle is None:
            return False
        suggested = str(Path(self.remembered.last_folder()) / f"{self.hooks.medium.name}-{bundle.model}.mmstudio")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save model"), suggested, self.tr("mmstudio models (*.mmstudio)")
        )
        if path:
            self.save_model(Path(path), on_done)
        return bool(path)

    def save_model(self, path: Path, on_done=None) -> None:
        bundle = self.session.bundle
        self.remembered.remember_folder(str(path.parent))

        def saved(where: Path) -> None:
            self.session.saved_bundle = bundle
            self.message.show_message(self.tr("Saved the model to %1").replace("%1", str(where)))
            if on_done is not None:
                on_done(True)

        def failed(text: str) -> None:
            self.message.show_message(text, "error")
            if on_done is not None:
                on_done(False)

        self.jobs.start(background.save, bundle, path, on_result=saved, on_error=failed)

    def load_model_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load model"), self.remembered.last_folder(), self.tr("mmstudio models (*.mmstudio)")
        )
        if path:
            self.load_model(Path(path))

    def load_model(self, path: Path) -> None:
        self.remembered.remember_folder(str(path.parent))
        self.jobs.start(
            background.load,
            path,
            self.hooks.medium.name,
            on_result=self._model_loaded,
            on_error=lambda text: self.message.show_message(text, "error"),
        )

    def _model_loaded(self, result) -> None:
        if isinstance(result, str):
            self.message.show_message(result, "error")
            return
        self.session.open_model(*result)
        self.message.show_message(self.tr("Loaded the model. Drop an example on “Try it” to see what it predicts."))
