"""The one tab every modality shares: gather examples, train with live curves, see results, try the model.

A subclass supplies only what its medium changes: which files it takes, how an example is shown, the
preprocessing controls and the try-it input. Everything slow runs through `Jobs`, off the GUI thread.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mmstudio.core.catalog import MODELS_BY_MODALITY
from mmstudio.core.checks import chance_note, data_warnings, require_trainable, shared_examples
from mmstudio.core.errors import MMStudioError
from mmstudio.core.events import EpochEnded, Failed, Finished, LoadProgress, Notice
from mmstudio.core.examples import ExampleSet
from mmstudio.core.folders import Collected, collect_dropped
from mmstudio.gui import background
from mmstudio.gui.dropping import dropped_paths
from mmstudio.gui.jobs import Jobs
from mmstudio.gui.thumbnails import ThumbnailCache
from mmstudio.gui.widgets.class_list import ClassList
from mmstudio.gui.widgets.confusion import ConfusionMatrixView
from mmstudio.gui.widgets.curves import TrainingCurves
from mmstudio.gui.widgets.example_browser import ExampleBrowser
from mmstudio.gui.widgets.message_bar import MessageBar
from mmstudio.gui.widgets.per_class_table import PerClassTable
from mmstudio.gui.widgets.probability_bars import ProbabilityBars
from mmstudio.gui.widgets.train_settings import TrainSettingsForm

NEW_CLASS = "\u2795"  # marks the "new class" choice in the ask-for-class dialog


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-size: 15pt; font-weight: 600; padding: 2px 0 4px 0;")
    return label


class ModalityTab(QWidget):
    """State: the examples (core ExampleSet), the current model bundle and its predictor, and one training run."""

    modality_name = ""
    offers_augmentation = False
    uses_thumbnails = False

    trainingStateChanged = Signal(bool)  # True while a run is in progress
    predictionShown = Signal(str)  # the winning class of the latest try-it prediction
    modelChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.examples = ExampleSet()
        self.bundle = None  # core ModelBundle of the current model
        self.predictor = None  # core Predictor for it
        self.jobs = Jobs(self)
        self.thumbnails = ThumbnailCache(parent=self) if self.uses_thumbnails else None
        self._stop: threading.Event | None = None
        self._training = False
        self._last_try_item = None
        self._predicting = False
        self._pending_try_item = None
        self.setAcceptDrops(True)

        self.message = MessageBar()
        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.setChildrenCollapsible(False)
        columns.addWidget(self._build_examples_column())
        columns.addWidget(self._build_train_column())
        columns.addWidget(self._build_try_column())
        columns.setSizes([300, 640, 340])
        columns.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.message)
        layout.addWidget(columns, 1)

        self.examples.subscribe(self._examples_changed)
        self._restore_settings()
        self._examples_changed()
        self._set_training(False)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.stop_training)

    # ------------------------------------------------------------------ hooks for a medium
    def item_extensions(self) -> frozenset[str]:
        raise NotImplementedError

    def file_dialog_filter(self) -> str:
        patterns = " ".join(f"*{ext}" for ext in sorted(self.item_extensions()))
        return self.tr("Supported files (%1)").replace("%1", patterns)

    def add_files_label(self) -> str:
        return self.tr("Add files…")

    def describe_item(self, item) -> str:
        return item.name if isinstance(item, Path) else str(item)

    def samples(self) -> dict[str, Path]:
        """The bundled sample data sets for this medium: a title for the menu -> a folder or table."""
        return {}

    def add_preprocessing_controls(self, form: QFormLayout) -> None:
        """Add the medium's own controls (image size, colour...) to the settings form."""

    def preprocessing(self) -> dict:
        return {}

    def model_config(self) -> dict:
        """Options of the chosen network the medium exposes (e.g. bidirectional recurrent layers)."""
        return {}

    def build_example_input(self) -> QWidget | None:
        """An extra way to add examples under the class list (typing text), or None."""
        return None

    def edit_item(self, class_name: str, item) -> None:
        """Called on double-click of an example; media whose examples can be edited in place override it."""

    def show_preprocessing(self, preprocessing: dict) -> None:
        """Reflect a loaded model's preprocessing in the controls."""

    def build_try_input(self) -> QWidget:
        raise NotImplementedError

    @staticmethod
    def render_preview(item):
        """Runs off the GUI thread: plain data (no Qt objects) for showing the example; None for nothing."""
        return None

    def show_try_result(self, item, prediction, preview) -> None:
        """Show the example (from `render_preview`) and what the model adds (a reconstruction); prediction may be None."""

    def collect(self, paths: list[Path]) -> Collected:
        """Runs off the GUI thread: what the dropped paths hold for this medium."""
        return collect_dropped(paths, self.item_extensions())

    # ------------------------------------------------------------------ layout
    def _build_examples_column(self) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(heading(self.tr("1 · Examples")))
        buttons = QHBoxLayout()
        self.open_folder_button = QPushButton(self.tr("Open folder…"))
        self.open_folder_button.setToolTip(
            self.tr("Bring in a folder whose sub-folders are the classes (Ctrl+O). You can also drop folders here.")
        )
        self.open_folder_button.clicked.connect(self.open_folder_dialog)
        self.add_files_button = QPushButton(self.add_files_label())
        self.add_files_button.setToolTip(self.tr("Add files to the selected class, or to a new one."))
        self.add_files_button.clicked.connect(lambda: self.add_files_dialog(self.class_list.current_class()))
        self.new_class_button = QPushButton(self.tr("New class"))
        self.new_class_button.setToolTip(self.tr("Add an empty class, then drop examples on it."))
        self.new_class_button.clicked.connect(self.new_class_dialog)
        for button in (self.open_folder_button, self.add_files_button, self.new_class_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.sample_button = QPushButton(self.tr("Open sample data"))
        self.sample_button.setToolTip(self.tr("Load a small example data set that comes with mmstudio."))
        samples = self.samples()
        if len(samples) > 1:
            menu = QMenu(self.sample_button)
            for title, path in samples.items():
                menu.addAction(title, lambda path=path: self.open_sample(path))
            self.sample_button.setMenu(menu)
        else:
            self.sample_button.clicked.connect(lambda: self.open_sample())
        self.sample_button.setVisible(bool(samples))
        layout.addWidget(self.sample_button)

        self.class_list = ClassList(self.thumbnails)
        self.class_list.filesDropped.connect(self._files_dropped_on_class)
        self.class_list.renameRequested.connect(self.rename_class_dialog)
        self.class_list.removeRequested.connect(self.remove_class)
        self.class_list.addFilesRequested.connect(self.add_files_dialog)
        self.class_list.classSelected.connect(self._class_selected)
        self.empty_hint = QLabel(
            self.tr("Drop a folder here whose sub-folders are your classes, or click “Open sample data”.")
        )
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("color: palette(mid); border: 2px dashed palette(mid); padding: 24px;")
        self.examples_title = QLabel()
        self.browser = ExampleBrowser(self.describe_item, self.thumbnails)
        self.browser.removeRequested.connect(self._remove_examples)
        self.browser.doubleClicked.connect(
            lambda index: self.edit_item(self.class_list.current_class(), self.browser.example_model.item(index.row()))
        )
        self.remove_examples_button = QPushButton(self.tr("Remove selected examples"))
        self.remove_examples_button.setToolTip(self.tr("Take the selected examples out of this class (Delete key)."))
        self.remove_examples_button.clicked.connect(lambda: self._remove_examples(self.browser.selected_items()))
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.class_list, 2)
        example_input = self.build_example_input()
        if example_input is not None:
            layout.addWidget(example_input)
        layout.addWidget(self.examples_title)
        layout.addWidget(self.browser, 3)
        layout.addWidget(self.remove_examples_button)
        return column

    def _build_train_column(self) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(heading(self.tr("2 · Train")))

        model_row = QHBoxLayout()
        self.model_combo = QComboBox()
        for spec in MODELS_BY_MODALITY[self.modality_name].values():
            self.model_combo.addItem(self.tr(spec.title), spec.name)
        self.model_combo.setToolTip(self.tr("The kind of neural network to train."))
        self.model_combo.currentIndexChanged.connect(self._model_choice_changed)
        model_label = QLabel(self.tr("Model:"))
        model_row.addWidget(model_label)
        model_row.addWidget(self.model_combo, 1)
        self.settings_toggle = QToolButton()
        self.settings_toggle.setText(self.tr("Settings"))
        self.settings_toggle.setCheckable(True)
        self.settings_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.settings_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.settings_toggle.setToolTip(self.tr("Show or hide epochs, batch size, learning rate and more."))
        self.settings_toggle.toggled.connect(self._toggle_settings)
        model_row.addWidget(self.settings_toggle)
        layout.addLayout(model_row)
        self.model_description = QLabel()
        self.model_description.setWordWrap(True)
        self.model_description.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.model_description)

        self.settings_form = TrainSettingsForm(self.offers_augmentation)
        self.add_preprocessing_controls(self.settings_form.form)
        self.continue_check = QCheckBox(self.tr("Continue training the current model"))
        self.continue_check.setToolTip(
            self.tr("Start from the loaded or last trained model instead of from scratch (same classes needed).")
        )
        self.continue_check.toggled.connect(lambda on: self._set_training(self._training))
        self.settings_form.form.addRow("", self.continue_check)
        self.settings_form.setVisible(False)
        layout.addWidget(self.settings_form)

        self.warnings_label = QLabel()
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet("color: #8a5300;")
        layout.addWidget(self.warnings_label)

        run_row = QHBoxLayout()
        self.train_button = QPushButton(self.tr("Train"))
        self.train_button.setDefault(True)
        self.train_button.setMinimumHeight(40)
        self.train_button.setStyleSheet("font-size: 13pt; font-weight: 600; padding: 4px 24px;")
        self.train_button.setToolTip(self.tr("Train the model on your examples (Enter). Curves update live."))
        self.train_button.clicked.connect(self.start_training)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setMinimumHeight(40)
        self.stop_button.setToolTip(self.tr("Stop training now and keep the best model so far (Esc)."))
        self.stop_button.clicked.connect(self.stop_training)
        run_row.addWidget(self.train_button, 1)
        run_row.addWidget(self.stop_button)
        layout.addLayout(run_row)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setFormat("")
        self.progress.setToolTip(self.tr("Progress of the current training run."))
        layout.addWidget(self.progress)

        self.curves = TrainingCurves()
        results = QWidget()
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 4, 0, 0)
        self.accuracy_label = QLabel()
        self.accuracy_label.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.accuracy_label.setToolTip(
            self.tr("How often the model was right on examples held back from training.")
        )
        self.result_note = QLabel()
        self.result_note.setWordWrap(True)
        self.result_note.setStyleSheet("color: #8a5300;")
        self.results_tabs = QTabWidget()
        self.per_class_table = PerClassTable()
        self.confusion = ConfusionMatrixView()
        self.results_tabs.addTab(self.per_class_table, self.tr("Per class"))
        self.results_tabs.addTab(self.confusion, self.tr("Confusion matrix"))
        self.results_tabs.setToolTip(self.tr("How the model did on each class of the held-back examples."))
        results_layout.addWidget(self.accuracy_label)
        results_layout.addWidget(self.result_note)
        results_layout.addWidget(self.results_tabs, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.curves)
        split.addWidget(results)
        split.setSizes([320, 260])
        layout.addWidget(split, 1)
        self._model_choice_changed()
        return column

    def _build_try_column(self) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(heading(self.tr("3 · Try it")))
        self.try_input = self.build_try_input()
        layout.addWidget(self.try_input, 2)
        self.prediction_label = QLabel(self.tr("No prediction yet"))
        self.prediction_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prediction_label.setStyleSheet("font-size: 20pt; font-weight: 700; padding: 6px;")
        self.prediction_label.setToolTip(self.tr("The class the model thinks this example belongs to."))
        layout.addWidget(self.prediction_label)
        self.bars = ProbabilityBars()
        layout.addWidget(self.bars, 2)

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
        return column

    # ------------------------------------------------------------------ examples
    def _examples_changed(self) -> None:
        counts = self.examples.counts()
        samples = {name: self.examples.items(name)[:8] for name in counts}
        self.class_list.set_classes(counts, samples)
        has_classes = bool(counts)
        self.empty_hint.setVisible(not has_classes)
        self.class_list.setVisible(has_classes)
        self._class_selected(self.class_list.current_class())
        warnings = data_warnings(counts)
        shared = shared_examples({name: self.examples.items(name) for name in counts})
        if shared:
            warnings.append(shared)
        self.warnings_label.setText("\n".join("⚠ " + w for w in warnings))
        self.warnings_label.setVisible(bool(warnings))
        self._set_training(self._training)

    def _class_selected(self, name: str | None) -> None:
        items = self.examples.items(name) if name in self.examples.class_names else []
        self.browser.set_items(items)
        self.examples_title.setText(
            self.tr("Examples in “%1”").replace("%1", name) if name else self.tr("Examples")
        )
        self.remove_examples_button.setEnabled(bool(items))

    def _remove_examples(self, items: list) -> None:
        name = self.class_list.current_class()
        if name and items:
            self.examples.remove(name, items)
            self.message.show_message(self.tr("Removed %n example(s) from “%1”.", "", len(items)).replace("%1", name))

    def new_class_dialog(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("New class"), self.tr("Name of the new class:"), text=self.examples.unique_name(self.tr("Class"))
        )
        if ok:
            self._apply(lambda: self.class_list.select_class(self.examples.add_class(name)))

    def rename_class_dialog(self, old: str) -> None:
        new, ok = QInputDialog.getText(self, self.tr("Rename class"), self.tr("New name for “%1”:").replace("%1", old), text=old)
        if ok:
            self._apply(lambda: self.examples.rename_class(old, new))

    def remove_class(self, name: str) -> None:
        self.examples.remove_class(name)
        self.message.show_message(self.tr("Removed the class “%1”.").replace("%1", name))

    def _apply(self, action) -> None:
        """Run an edit of the examples, showing a plain message instead of raising."""
        try:
            action()
        except MMStudioError as error:
            self.message.show_message(str(error), "warning")

    # ------------------------------------------------------------------ bringing data in
    def open_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a folder of class folders"), self._last_folder())
        if folder:
            self._remember_folder(folder)
            self.import_paths([Path(folder)])

    def add_files_dialog(self, class_name: str | None = None) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Add examples"), self._last_folder(), self.file_dialog_filter())
        if files:
            self._remember_folder(str(Path(files[0]).parent))
            self.import_paths([Path(f) for f in files], class_name or None)

    def open_sample(self, path: Path | None = None) -> None:
        """Replace the examples with a bundled sample (the first one when none is named)."""
        path = path or next(iter(self.samples().values()), None)
        if path is not None:
            self.import_paths([path], replace=True)

    def _files_dropped_on_class(self, name: str, paths: list[Path]) -> None:
        self.import_paths(paths, name or None)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = dropped_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def import_paths(self, paths: list[Path], target_class: str | None = None, replace: bool = False) -> None:
        """Bring in files and folders: scanning happens off the GUI thread, merging on it."""
        self.message.show_message(self.tr("Looking through the files…"))
        self.jobs.start(
            self.collect,
            list(paths),
            on_result=lambda collected: self._merge(collected, target_class, replace),
            on_error=lambda text: self.message.show_message(self.tr("The files could not be read: %1").replace("%1", text), "error"),
        )

    def _merge(self, collected: Collected, target_class: str | None, replace: bool) -> None:
        if replace and collected.total():
            self.examples.clear()
        loose = collected.loose_files
        if target_class:
            classes = {target_class: [f for files in collected.classes.values() for f in files] + loose}
            loose = []
        else:
            classes = collected.classes
        added = self.examples.merge(classes) if classes else 0
        if loose:
            name = self.ask_class_for(len(loose))
            if name:
                added += self.examples.add(name, loose)
                self.class_list.select_class(name)
        parts = [self.tr("Added %n example(s).", "", added)]
        if collected.ignored:
            parts.append(self.tr("%n file(s) of another type were skipped.", "", len(collected.ignored)))
        self.message.show_message(" ".join(parts), "warning" if collected.ignored or not added else "info")

    def ask_class_for(self, count: int) -> str | None:
        """Which class loose files belong to: an existing one, or a new one typed in."""
        names = self.examples.class_names
        current = self.class_list.current_class()
        choices = names + [NEW_CLASS + " " + self.tr("New class…")]
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Which class?"),
            self.tr("Which class do the %n file(s) belong to? Pick one or type a new name.", "", count),
            choices,
            names.index(current) if current in names else len(names),
            True,
        )
        if not ok:
            return None
        if name.startswith(NEW_CLASS):
            name = self.examples.unique_name(self.tr("Class"))
        try:
            return self.examples.add_class(name)
        except MMStudioError as error:
            self.message.show_message(str(error), "warning")
            return None

    # ------------------------------------------------------------------ training
    def _model_choice_changed(self) -> None:
        spec = MODELS_BY_MODALITY[self.modality_name][self.model_name()]
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
        self._clear_results()
        self.message.hide()
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
        changed = training != self._training
        self._training = training
        self.train_button.setEnabled(not training and len(self.examples.class_names) >= 2)
        self.stop_button.setEnabled(training)
        for widget in (self.model_combo, self.settings_form, self.load_button, self.open_folder_button,
                       self.add_files_button, self.new_class_button, self.sample_button, self.class_list,
                       self.remove_examples_button):
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
        if changed:
            self.trainingStateChanged.emit(training)

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
        if isinstance(event, background.Batches):
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
            done = self.tr("Training stopped early; the best model so far is kept.") if event.stopped else self.tr("Training finished.")
            self.progress.setFormat(done)
            if not self.message.isVisible() or self.message.kind == "info":
                self.message.show_message(done)
        elif isinstance(event, Failed):
            self.progress.setFormat(self.tr("Training did not finish."))
            self.message.show_message(event.message, "error")
        elif isinstance(event, background.PredictorReady):
            self.predictor = event.predictor
            if self._last_try_item is not None:
                self.try_item(self._last_try_item)

    def _training_crashed(self, text: str) -> None:
        self.message.show_message(self.tr("Training stopped because of an unexpected problem: %1").replace("%1", text), "error")

    # ------------------------------------------------------------------ results
    def _clear_results(self) -> None:
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
        self.modelChanged.emit()

    # ------------------------------------------------------------------ try it
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

    # ------------------------------------------------------------------ save and load
    def save_model_dialog(self) -> None:
        if self.bundle is None:
            return
        suggested = str(Path(self._last_folder()) / f"{self.modality_name}-{self.bundle.model}.mmstudio")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save model"), suggested, self.tr("mmstudio models (*.mmstudio)"))
        if path:
            self.save_model(Path(path))

    def save_model(self, path: Path) -> None:
        self._remember_folder(str(path.parent))
        self.jobs.start(
            background.save,
            self.bundle,
            path,
            on_result=lambda saved: self.message.show_message(self.tr("Saved the model to %1").replace("%1", str(saved))),
            on_error=lambda text: self.message.show_message(text, "error"),
        )

    def load_model_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load model"), self._last_folder(), self.tr("mmstudio models (*.mmstudio)"))
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

    # ------------------------------------------------------------------ settings and shutdown
    def _settings(self) -> QSettings:
        settings = QSettings()
        settings.beginGroup(self.modality_name)
        return settings

    def _last_folder(self) -> str:
        return str(self._settings().value("last_folder", str(Path.home())))

    def _remember_folder(self, folder: str) -> None:
        self._settings().setValue("last_folder", folder)

    def _save_settings(self) -> None:
        settings = self._settings()
        settings.setValue("model", self.model_name())
        for key, value in self.settings_form.values().items():
            settings.setValue(f"train/{key}", value)

    def _restore_settings(self) -> None:
        settings = self._settings()
        index = self.model_combo.findData(settings.value("model", ""))
        if index >= 0:
            self.model_combo.setCurrentIndex(index)
        settings.beginGroup("train")
        self.settings_form.restore({key: settings.value(key) for key in settings.childKeys()})

    def shutdown(self) -> None:
        """Ask every background job to end now (window closing)."""
        if self._stop is not None:
            self._stop.set()
        if self.thumbnails is not None:
            self.thumbnails.shutdown()
        self.jobs.shutdown()


def _duration(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return f"{seconds} s"
    return f"{seconds // 60} min {seconds % 60:02d} s"

