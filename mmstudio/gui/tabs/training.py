"""Step 2 of a tab: starting and stopping a run, routing its events to the curves and progress, showing results.

A mixin of ModalityTab; the run itself is `background.train` on a worker thread.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from mmstudio.core.media import get_medium
from mmstudio.core.checks import (
    chance_note,
    require_trainable,
)
from mmstudio.core.errors import MMStudioError
from mmstudio.core.events import Batches, EpochEnded, Failed, Finished, LoadProgress, Notice, PredictorReady
from mmstudio.gui import background


class TrainingMixin:
    def _model_choice_changed(self) -> None:
        spec = get_medium(self.modality_name).models[self.model_name()]
        self.model_description.setText(self.tr(spec.description))

    def model_name(self) -> str:
        return self.model_combo.currentData()

    def _toggle_settings(self, shown: bool) -> None:
        self.settings_form.setVisible(shown)
        self.settings_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def start_training(self) -> None:
        if self._training:
            return
        try:
            require_trainable(self.examples.counts())
        except MMStudioError as error:
            self.message.show_message(str(error), "warning")
            return
        start_from = self.bundle if self.continue_check.isChecked() and self.bundle is not None else None
        settings = self.settings_form.settings()
        self._save_settings()
        self._stop = threading.Event()
        self.curves.reset()
        if start_from is not None:
            self.curves.set_history(start_from.history)
        self.curves.plan_epochs(len(start_from.history if start_from is not None else []) + settings.epochs)
        self._clear_results()
        if not self.message.isHidden():  # replace, not hide: a bar vanishing would re-lay out the plots
            self.message.show_message(self.tr("Training… press Stop (Esc) to end it early and keep the best model."))
        self._set_training(True)
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Reading the examples…"))
        self.jobs.start(
            background.train,
            self.modality_name,
            self.examples.labelled(),
            self.examples.class_names,
            self.model_name(),
            settings,
            self.preprocessing(),
            self.model_config(),
            start_from,
            self._stop,
            on_yield=self._on_event,
            on_error=self._training_crashed,
            on_finish=lambda: self._set_training(False),
        )

    def stop_training(self) -> None:
        if self._stop is not None and self._training:
            self._stop.set()
            self.progress.setFormat(self.tr("Stopping…"))

    def is_training(self) -> bool:
        return self._training

    def _set_training(self, training: bool) -> None:
        self._training = training
        self.train_button.setEnabled(not training and len(self.examples.class_names) >= 2)
        self.stop_button.setEnabled(training)
        for widget in (
            self.model_combo,
            self.settings_form,
            self.load_button,
            self.open_folder_button,
            self.add_files_button,
            self.new_class_button,
            self.sample_button,
            self.class_list,
            self.remove_examples_button,
        ):
            widget.setEnabled(not training)
        self.save_button.setEnabled(not training and self.bundle is not None)
        self.continue_check.setEnabled(not training and self.bundle is not None)
        if self.bundle is None:
            self.continue_check.setChecked(False)
        self.setAcceptDrops(not training)
        if not training:
            self.progress.setRange(0, 1)
            self.progress.setValue(1 if self.bundle is not None else 0)
            if self.progress.format() in (self.tr("Stopping…"), self.tr("Reading the examples…")):
                self.progress.setFormat("")

    def _show_batches(self, batches: tuple) -> None:
        for batch in batches:
            self.curves.add_batch(batch.epoch, batch.batch, batch.batches, batch.loss, batch.accuracy)
        last = batches[-1]
        total = last.epochs * last.batches
        if self.progress.maximum() != total:
            self.progress.setRange(0, total)
        self.progress.setValue((last.epoch - 1) * last.batches + last.batch)
        if not (self._stop and self._stop.is_set()):
            self.progress.setFormat(
                self.tr("Epoch %1 of %2 · batch %3 of %4 · about %5 left")
                .replace("%1", str(last.epoch))
                .replace("%2", str(last.epochs))
                .replace("%3", str(last.batch))
                .replace("%4", str(last.batches))
                .replace("%5", _duration(last.seconds_left))
            )

    def _on_event(self, event) -> None:
        if isinstance(event, Batches):
            self._show_batches(event.events)
        elif isinstance(event, EpochEnded):
            self.curves.add_epoch(event.as_record())
        elif isinstance(event, LoadProgress):
            self.progress.setRange(0, event.total)
            self.progress.setValue(event.done)
            self.progress.setFormat(
                self.tr("Reading the examples… %1 of %2").replace("%1", str(event.done)).replace("%2", str(event.total))
            )
        elif isinstance(event, Notice):
            self.message.show_message(event.message, "warning")
        elif isinstance(event, Finished):
            self.curves.flush()
            self._use_bundle(event.bundle)
            self._validation = event.validation
            done = (
                self.tr("Training stopped early; the best model so far is kept.")
                if event.stopped
                else self.tr("Training finished.")
            )
            self.progress.setFormat(done)
            if not self.message.isHidden() and self.message.kind == "info":  # replace "Training…", keep warnings
                self.message.show_message(done)
        elif isinstance(event, Failed):
            self.progress.setFormat(self.tr("Training did not finish."))
            self.message.show_message(event.message, "error")
        elif isinstance(event, PredictorReady):
            self.predictor = event.predictor
            if self._last_try_item is not None:
                self.try_item(self._last_try_item)

    def _training_crashed(self, text: str) -> None:
        self.message.show_message(
            self.tr("Training stopped because of an unexpected problem: %1").replace("%1", text), "error"
        )

    def show_cell_examples(self, true_index: int, predicted_index: int) -> None:
        """Show in the example browser the held-back examples behind one cell of the confusion matrix."""
        if not self._validation:
            self.message.show_message(self.tr("Train the model in this session to see the examples behind each cell."))
            return
        classes = self.bundle.classes
        items = [item for item, truth, guess in self._validation if (truth, guess) == (true_index, predicted_index)]
        self.class_list.setCurrentRow(-1)  # so that clicking any class shows its own examples again
        self.browser.set_items(items)
        self.remove_examples_button.setEnabled(False)  # these belong to a class, not to the selected one
        self.examples_title.setText(
            self.tr("Held-back “%1” examples the model called “%2”: %3")
            .replace("%1", classes[true_index])
            .replace("%2", classes[predicted_index])
            .replace("%3", str(len(items)))
        )

    def _clear_results(self) -> None:
        self._validation = []
        self.accuracy_label.clear()
        self.result_note.clear()
        self.per_class_table.setRowCount(0)
        self.confusion.clear()

    def _use_bundle(self, bundle) -> None:
        """Make `bundle` the current model: results, summary, and (after its predictor is ready) try-it."""
        self.bundle = bundle
        report = bundle.metrics
        if report.get("classes"):
            self.accuracy_label.setText(
                self.tr("Right on %1 of held-back examples").replace("%1", f"{report['accuracy']:.0%}")
            )
            self.per_class_table.set_report(report)
            self.confusion.set_matrix(report["classes"], report["confusion_matrix"])
            note = chance_note(report["accuracy"], len(report["classes"]))
            self.result_note.setText(note or "")
        epochs = len(bundle.history)
        self.model_summary.setText(
            self.tr("Model: %1 · %2 classes · trained %n epoch(s)", "", epochs)
            .replace("%1", self.model_combo.itemText(max(self.model_combo.findData(bundle.model), 0)))
            .replace("%2", str(len(bundle.classes)))
        )
        self.continue_check.setEnabled(not self._training)
        self.save_button.setEnabled(not self._training)


def _duration(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return f"{seconds} s"
    return f"{seconds // 60} min {seconds % 60:02d} s"
