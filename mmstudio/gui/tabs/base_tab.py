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
    QFormLayout,
    QHBoxLayout,
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

from mmstudio.core.media import get_medium
from mmstudio.core.examples import ExampleSet
from mmstudio.core.folders import Collected, collect_dropped
from mmstudio.gui.jobs import Jobs
from mmstudio.gui.tabs.gathering import GatheringMixin
from mmstudio.gui.tabs.training import TrainingMixin
from mmstudio.gui.tabs.trying import TryingMixin
from mmstudio.gui.thumbnails import ThumbnailCache
from mmstudio.gui.widgets.class_list import ClassList
from mmstudio.gui.widgets.confusion import ConfusionMatrixView
from mmstudio.gui.widgets.example_browser import ExampleBrowser
from mmstudio.gui.widgets.message_bar import MessageBar
from mmstudio.gui.widgets.per_class_table import PerClassTable
from mmstudio.gui.widgets.probability_bars import ProbabilityBars
from mmstudio.gui.widgets.train_settings import TrainSettingsForm


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-size: 15pt; font-weight: 600; padding: 2px 0 4px 0;")
    return label


class ModalityTab(GatheringMixin, TrainingMixin, TryingMixin, QWidget):
    """State: the examples (core ExampleSet), the current model bundle and its predictor, and one training run."""

    modality_name = ""
    offers_augmentation = False
    uses_thumbnails = False

    predictionShown = Signal(str)  # the winning class of the latest try-it prediction

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
        self._validation: list[tuple] = []  # (item, true, predicted) of the last run's held-back examples
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

    @property
    def curves(self):
        """The live training curves, built on first use: pyqtgraph and numpy take half a second to import,
        so the window shows first (MainWindow builds them right after its first paint)."""
        if self._curves is None:
            from mmstudio.gui.widgets.curves import TrainingCurves

            self._curves = TrainingCurves()
            self._curves_slot.layout().addWidget(self._curves)
        return self._curves

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
        for spec in get_medium(self.modality_name).models.values():
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

        self._curves = None
        self._curves_slot = QWidget()  # the curves (pyqtgraph) are built after the window first shows
        QVBoxLayout(self._curves_slot).setContentsMargins(0, 0, 0, 0)
        results = QWidget()
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 4, 0, 0)
        self.accuracy_label = QLabel()
        self.accuracy_label.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.accuracy_label.setMinimumHeight(self.accuracy_label.fontMetrics().height() * 2)  # no re-layout when set
        self.accuracy_label.setToolTip(
            self.tr("How often the model was right on examples held back from training.")
        )
        self.result_note = QLabel()
        self.result_note.setWordWrap(True)
        self.result_note.setStyleSheet("color: #8a5300;")
        self.results_tabs = QTabWidget()
        self.per_class_table = PerClassTable()
        self.confusion = ConfusionMatrixView()
        self.confusion.cellActivated.connect(self.show_cell_examples)
        self.results_tabs.addTab(self.per_class_table, self.tr("Per class"))
        self.results_tabs.addTab(self.confusion, self.tr("Confusion matrix"))
        self.results_tabs.setToolTip(self.tr("How the model did on each class of the held-back examples."))
        results_layout.addWidget(self.accuracy_label)
        results_layout.addWidget(self.result_note)
        results_layout.addWidget(self.results_tabs, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self._curves_slot)
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


