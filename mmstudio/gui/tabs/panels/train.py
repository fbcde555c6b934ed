"""Step 2 of a tab: the model choice and settings, starting and stopping a run, its live curves and results.

The run itself is `background.train` on a worker thread; its events come back here and are routed to the
curves, the progress bar and the results. The new model goes to the session, which tells the other panels.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mmstudio.core.checks import chance_note, data_warnings, require_trainable, shared_examples
from mmstudio.core.errors import MMStudioError
from mmstudio.core.events import (
    Batches,
    Downloading,
    EpochEnded,
    Failed,
    FinalFit,
    Finished,
    LoadProgress,
    Notice,
    PredictorReady,
)
from mmstudio.core.media import ModelSpec
from mmstudio.core.messages import Message
from mmstudio.gui import background
from mmstudio.gui.translation import core_message, core_tr
from mmstudio.gui.jobs import Jobs
from mmstudio.gui.session import Session
from mmstudio.gui.tabs.panels.common import Remembered, VerticalScroller, heading, remember_splitter
from mmstudio.gui.tabs.panels.search import BestModelSearch
from mmstudio.gui.thumbnails import ThumbnailCache
from mmstudio.gui.widgets.confusion import ConfusionMatrixView
from mmstudio.gui.widgets.message_bar import MessageBar
from mmstudio.gui.widgets.mistakes import THUMBNAIL_PX, ConfusedPairsView, MistakesView
from mmstudio.gui.widgets.per_class_table import PerClassTable
from mmstudio.gui.widgets.train_settings import TrainSettingsForm

if TYPE_CHECKING:
    from mmstudio.gui.tabs.hooks import MediumHooks

CURVES_ROOM = QSize(320, 180)  # the curves' least room (TrainingCurves' own), kept from the first paint: they arrive later
RESULTS_HEIGHT = 150  # the results' least room: a short window scrolls the panel rather than squash them
SETTINGS_LEAST_HEIGHT = 120  # open settings take at most their own height and at least this; they scroll


class TrainPanel(QWidget):
    """Model, settings, warnings, Train/Stop, progress, curves and the results of the last run."""

    examplesRequested = Signal(str, object)  # a title and the held-back examples behind a confusion-matrix cell
    mistakeExplained = Signal(object)  # the core Explanation of the mistake now shown beside the list

    def __init__(
        self, session: Session, hooks: MediumHooks, message: MessageBar, jobs: Jobs, remembered: Remembered
    ) -> None:
        super().__init__()
        self.session = session
        self.hooks = hooks
        self.models = hooks.medium.models
        self.message = message
        self.jobs = jobs
        self.remembered = remembered
        self._stop: threading.Event | None = None
        self._final_fit = None
        self.thumbnails = (
            ThumbnailCache(hooks.render_thumbnail, THUMBNAIL_PX, parent=self) if hooks.uses_thumbnails else None
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(heading(self.tr("2 · Train")))

        model_row = QHBoxLayout()
        self.model_combo = QComboBox()
        for spec in self.models.values():
            self.model_combo.addItem(core_tr(spec.title), spec.name)
        self.model_combo.setCurrentIndex(self.model_combo.findData(hooks.medium.default_model))
        self.model_combo.setToolTip(self.tr("The kind of neural network to train."))
        # a long model name is cut in the box (whole in its list), not widening the column
        self.model_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.model_combo.setMinimumContentsLength(14)
        model_row.addWidget(QLabel(self.tr("Model:")))
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

        self.settings_form = TrainSettingsForm(hooks.offers_augmentation)
        hooks.add_preprocessing_controls(self.settings_form.form)
        self.continue_check = QCheckBox(self.tr("Continue training the current model"))
        self.continue_check.setToolTip(
            self.tr("Start from the loaded or last trained model instead of from scratch (same classes needed).")
        )
        self.settings_form.form.addRow("", self.continue_check)
        self._settings_area = VerticalScroller(self.settings_form, least_height=SETTINGS_LEAST_HEIGHT)
        self._settings_area.setVisible(False)
        layout.addWidget(self._settings_area)

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
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.stop_training)
        run_row.addWidget(self.train_button, 1)
        self.search = BestModelSearch(self)  # "Find the best model": its button here, its leaderboard in the results
        self.settings_form.form.addRow(self.tr("Time to find the best model"), self.search.budget)
        run_row.addWidget(self.search.button)
        run_row.addWidget(self.stop_button)
        layout.addLayout(run_row)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setFormat("")
        self.progress.setToolTip(self.tr("Progress of the current training run."))
        layout.addWidget(self.progress)

        self._curves = None
        self._curves_slot = QWidget()  # the curves (pyqtgraph) are built after the window first shows, in its room
        self._curves_slot.setMinimumSize(CURVES_ROOM)
        self._curves_placeholder = QLabel(self.tr("Curves appear here while the model trains"))
        self._curves_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._curves_placeholder.setStyleSheet("color: palette(placeholder-text); border: 1px dashed palette(mid);")
        QVBoxLayout(self._curves_slot).setContentsMargins(0, 0, 0, 0)
        self._curves_slot.layout().addWidget(self._curves_placeholder)
        results = QWidget()
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 4, 0, 0)
        self.accuracy_label = QLabel()
        self.accuracy_label.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.accuracy_label.setWordWrap(True)  # a narrow column wraps it: it must not widen the column
        self.accuracy_label.setMinimumHeight(self.accuracy_label.fontMetrics().height() * 2)  # no re-layout when set
        self.accuracy_label.setToolTip(self.tr("How often the model was right on examples held back from training."))
        self.result_note = QLabel()
        self.result_note.setWordWrap(True)
        self.result_note.setStyleSheet("color: #8a5300;")
        self.results_tabs = QTabWidget()
        self.results_tabs.setMinimumHeight(RESULTS_HEIGHT)
        self.per_class_table = PerClassTable()
        self.confusion = ConfusionMatrixView()
        self.confusion.cellActivated.connect(self.show_cell_examples)
        self.mistakes = MistakesView(hooks.describe_item, self.thumbnails)
        self.mistakes.mistakeChosen.connect(self._show_mistake)
        self.mistakes_page = QSplitter(Qt.Orientation.Horizontal)  # the list, and the chosen mistake explained
        self.mistakes_page.setChildrenCollapsible(False)
        self.mistakes_page.addWidget(self.mistakes)
        self._why_view = None  # the medium's why view, built for the first mistake shown (sound needs pyqtgraph)
        self._why_slot = QWidget()
        QVBoxLayout(self._why_slot).setContentsMargins(0, 0, 0, 0)
        self._why_slot.setToolTip(self.tr("The chosen mistake, coloured by what made the model say what it said."))
        self.mistakes_page.addWidget(self._why_slot)
        remember_splitter(self.mistakes_page, remembered, "mistakes", [300, 300])
        self._explaining_mistake = False
        self._pending_mistake = None
        self.explained_mistake = None  # the HeldBack now shown explained
        self.confused_pairs = ConfusedPairsView()
        self.confused_pairs.pairChosen.connect(self.show_cell_examples)
        self._confidence = None
        self._confidence_slot = QWidget()  # the histogram (pyqtgraph) is built when it has something to show
        self._confidence_hint = QLabel(self.tr("After training, how sure the model was on the held-back examples shows here."))
        self._confidence_hint.setWordWrap(True)
        self._confidence_hint.setAlignment(Qt.AlignmentFlag.AlignTop)
        slot_layout = QVBoxLayout(self._confidence_slot)
        slot_layout.setContentsMargins(4, 4, 4, 4)
        slot_layout.addWidget(self._confidence_hint)
        self.results_tabs.addTab(self.per_class_table, self.tr("Per class"))
        self.results_tabs.addTab(_scrolled(self.confusion), self.tr("Confusion matrix"))
        self.results_tabs.addTab(self.mistakes_page, self.tr("Mistakes"))
        self.results_tabs.addTab(self.confused_pairs, self.tr("Mix-ups"))
        self.results_tabs.addTab(self._confidence_slot, self.tr("Confidence"))
        self.results_tabs.addTab(self.search.leaderboard, self.tr("Leaderboard"))
        self.results_tabs.setToolTip(self.tr("How the model did on the held-back examples, and where it went wrong."))
        results_layout.addWidget(self.accuracy_label)
        results_layout.addWidget(self.result_note)
        results_layout.addWidget(self.results_tabs, 1)
        self.plots_split = QSplitter(Qt.Orientation.Vertical)
        self.plots_split.setChildrenCollapsible(False)
        self.plots_split.addWidget(self._curves_slot)
        self.plots_split.addWidget(results)
        remember_splitter(self.plots_split, remembered, "curves_results", [320, 260])
        layout.addWidget(self.plots_split, 1)

        self.model_combo.currentIndexChanged.connect(self._model_chosen)
        self._model_chosen()
        self._restore_settings()
        session.subscribe("examples", lambda _examples: self._examples_changed())
        session.subscribe("training", self._training_changed)
        session.subscribe("loaded", self._show_loaded)
        session.subscribe("model", self._show_model)
        session.subscribe("predictor", self._explain_first_mistake)
        self._examples_changed()

    @property
    def curves(self):
        """The live training curves, built on first use: pyqtgraph and numpy take half a second to import,
        so the window shows first (MainWindow builds them right after its first paint)."""
        if self._curves is None:
            from mmstudio.gui.widgets.curves import TrainingCurves

            self._curves = TrainingCurves()
            self._curves_placeholder.hide()
            self._curves_placeholder.deleteLater()
            self._curves_slot.layout().addWidget(self._curves)
        return self._curves

    @property
    def confidence(self):
        """The confidence histogram, built when there is first something to show in it (pyqtgraph, like the
        curves, is imported after the window first shows)."""
        if self._confidence is None:
            from mmstudio.gui.widgets.confidence_histogram import ConfidenceHistogram

            self._confidence = ConfidenceHistogram()
            self._confidence_hint.hide()
            self._confidence_hint.deleteLater()
            self._confidence_slot.layout().setContentsMargins(0, 0, 0, 0)
            self._confidence_slot.layout().addWidget(self._confidence)
        return self._confidence

    # ------------------------------------------------------------------ model choice and settings
    def model_name(self) -> str:
        return self.model_combo.currentData()

    def model_spec(self) -> ModelSpec:
        return self.models[self.model_name()]

    def _model_chosen(self) -> None:
        spec = self.model_spec()
        self.model_description.setText(core_tr(spec.description))
        self.hooks.on_model_chosen(spec)

    def _toggle_settings(self, shown: bool) -> None:
        self._settings_area.setVisible(shown)
        self.settings_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _save_settings(self) -> None:
        settings = self.remembered.settings()
        settings.setValue("model", self.model_name())
        for key, value in self.settings_form.values().items():
            settings.setValue(f"train/{key}", value)
        settings.setValue("search/minutes", self.search.budget.value())

    def _restore_settings(self) -> None:
        settings = self.remembered.settings()
        index = self.model_combo.findData(settings.value("model", ""))
        if index >= 0:
            self.model_combo.setCurrentIndex(index)
        self.search.budget.setValue(settings.value("search/minutes", self.search.budget.value(), type=int))
        settings.beginGroup("train")
        self.settings_form.restore({key: settings.value(key) for key in settings.childKeys()})

    # ------------------------------------------------------------------ following the session
    def _examples_changed(self) -> None:
        examples = self.session.examples
        counts = examples.counts()
        warnings = data_warnings(counts)
        shared = shared_examples({name: examples.items(name) for name in counts})
        if shared:
            warnings.append(shared)
        self.warnings_label.setText("\n".join("⚠ " + core_message(w) for w in warnings))
        self.warnings_label.setVisible(bool(warnings))
        self._update_enabled()

    def _update_enabled(self) -> None:
        training, has_model = self.session.training, self.session.bundle is not None
        self.train_button.setEnabled(not training and len(self.session.examples.class_names) >= 2)
        self.stop_button.setEnabled(training)
        self.model_combo.setEnabled(not training)
        self.settings_form.setEnabled(not training)
        self.continue_check.setEnabled(not training and has_model)
        if not has_model:
            self.continue_check.setChecked(False)

    def _training_changed(self, training: bool) -> None:
        self._update_enabled()
        if not training:  # the bar ends full when the run left a model
            self.progress.setRange(0, 1)
            self.progress.setValue(1 if self.session.bundle is not None else 0)
            if self.progress.format() in (self.tr("Stopping…"), self.tr("Reading the examples…")):
                self.progress.setFormat("")

    def _show_loaded(self, bundle) -> None:
        """A saved model was opened: show its choice of network and its history, and offer to train it on."""
        self.model_combo.setCurrentIndex(max(self.model_combo.findData(bundle.model), 0))
        self.curves.set_history(bundle.history)
        self.continue_check.setChecked(True)

    def _show_model(self, bundle) -> None:
        """The current model's results on its held-back examples."""
        self._clear_results()
        report = bundle.metrics if bundle is not None else {}
        if report.get("classes"):
            self.accuracy_label.setText(
                self.tr("Right on %1 of held-back examples").replace("%1", f"{report['accuracy']:.0%}")
            )
            self.per_class_table.set_report(report)
            self.confusion.set_matrix(report["classes"], report["confusion_matrix"])
            self.result_note.setText(core_message(chance_note(report["accuracy"], len(report["classes"])) or ""))
        self._show_error_analysis(bundle)
        self.search.show_kept(bundle)
        self._update_enabled()

    def _show_error_analysis(self, bundle) -> None:
        """Mistakes, mix-ups and confidence need the held-back examples, which only a run in this session has."""
        if bundle is None:
            return
        views = (self.mistakes, self.confused_pairs, self.confidence)
        if not self.session.validation:
            note = self.tr("These views need a model trained in this session: train it here to see where it goes wrong.")
            for view in views:
                view.show_note(note)
            return
        self.mistakes.set_validation(self.session.validation, bundle.classes)
        self.confused_pairs.set_validation(self.session.validation, bundle.classes)
        self.confidence.set_validation(self.session.validation)

    @property
    def why_view(self):
        """The medium's view of one example with its explanation, beside the mistakes."""
        if self._why_view is None:
            self._why_view = self.hooks.build_why_view()
            self._why_slot.layout().addWidget(self._why_view)
        return self._why_view

    def _show_mistake(self, held) -> None:
        """A mistake was chosen: it is explained beside the list (why the model said what it said) and listed in
        step 1, the way a confusion-matrix cell lists its examples."""
        classes = self.session.bundle.classes
        self.examplesRequested.emit(
            self.tr("Held-back “%1” example the model called “%2” (%3 sure)")
            .replace("%1", classes[held.truth])
            .replace("%2", classes[held.guess])
            .replace("%3", f"{held.confidence:.0%}"),
            [held.item],
        )
        self.explain_mistake(held)

    def explain_mistake(self, held) -> None:
        """Explain the model's wrong answer off the GUI thread; while one runs, only the latest choice waits."""
        if self._explaining_mistake:
            self._pending_mistake = held
            return
        predictor = self.session.predictor
        if predictor is None:
            return
        self._explaining_mistake = True
        self.why_view.clear()
        self.jobs.start(
            background.explain_example,
            predictor,
            held.item,
            self.session.bundle.classes[held.guess],
            type(self.hooks).render_preview,
            on_result=lambda result: self._mistake_explained(held, *result),
            on_error=lambda text: self.message.show_message(text, "error"),
            on_finish=self._mistake_explanation_done,
        )

    def _explain_first_mistake(self, predictor) -> None:
        """Once the new model can explain, the most confident mistake is shown explained beside the list."""
        shown = self.mistakes.shown()
        if predictor is not None and shown:
            self.explain_mistake(shown[0])

    def _mistake_explained(self, held, explanation, preview, problem: str | None) -> None:
        if self._pending_mistake is not None:
            return  # another mistake was chosen meanwhile
        if problem:
            self.message.show_message(problem, "warning")
        self.why_view.show_explanation(held.item, preview, explanation)
        self.explained_mistake = held
        self.mistakeExplained.emit(explanation)

    def _mistake_explanation_done(self) -> None:
        self._explaining_mistake = False
        if self._pending_mistake is not None:
            held, self._pending_mistake = self._pending_mistake, None
            self.explain_mistake(held)

    def show_cell_examples(self, true_index: int, predicted_index: int) -> None:
        """Ask for the held-back examples behind one cell of the confusion matrix to be listed."""
        if not self.session.validation:
            self.message.show_message(self.tr("Train the model in this session to see the examples behind each cell."))
            return
        classes = self.session.bundle.classes
        pair = (true_index, predicted_index)
        items = [held.item for held in self.session.validation if (held.truth, held.guess) == pair]
        self.examplesRequested.emit(
            self.tr("Held-back “%1” examples the model called “%2”: %3")
            .replace("%1", classes[true_index])
            .replace("%2", classes[predicted_index])
            .replace("%3", str(len(items))),
            items,
        )

    # ------------------------------------------------------------------ a run
    def begin_run(self) -> threading.Event:
        """What every run (a training, a search for the best model) starts with: the settings remembered, a
        fresh stop flag, no final fit under way, empty curves and results. Returns the stop flag."""
        self._save_settings()
        self._stop = threading.Event()
        self._final_fit = None  # the FinalFit under way: its batches are progress, not the curves' points
        self.curves.reset()
        self.session.validation = []
        self._clear_results()
        return self._stop

    def start_training(self) -> None:
        if self.session.training:
            return
        examples = self.session.examples
        try:
            require_trainable(examples.counts())
        except MMStudioError as error:
            self.message.show_message(str(error), "warning")
            return
        bundle = self.session.bundle
        start_from = bundle if self.continue_check.isChecked() and bundle is not None else None
        settings = self.settings_form.settings()
        self.begin_run()
        if start_from is not None:
            self.curves.set_history(start_from.history)
        self.curves.plan_epochs(len(start_from.history if start_from is not None else []) + settings.epochs)
        if not self.message.isHidden():  # replace, not hide: a bar vanishing would re-lay out the plots
            self.message.show_message(self.tr("Training… press Stop (Esc) to end it early and keep the best model."))
        self.session.training = True
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Reading the examples…"))
        self.jobs.start(
            background.train,
            self.hooks.medium.name,
            examples.labelled(),
            examples.class_names,
            self.model_name(),
            settings,
            self.hooks.preprocessing(),
            self.hooks.model_config(self.model_spec()),
            start_from,
            self._stop,
            on_yield=self._on_event,
            on_error=self._training_crashed,
            on_finish=self._training_ended,
        )

    def stop_training(self) -> None:
        if self._stop is not None and self.session.training:
            self._stop.set()
            self.progress.setFormat(self.tr("Stopping…"))

    def _training_ended(self) -> None:
        self.session.training = False

    def _clear_results(self) -> None:
        self.accuracy_label.clear()
        self.result_note.clear()
        self.per_class_table.setRowCount(0)
        self.confusion.clear()
        self.mistakes.clear()
        if self._why_view is not None:
            self._why_view.clear()
        self.confused_pairs.clear()
        if self._confidence is not None:
            self._confidence.clear()

    def _on_event(self, event) -> None:
        if isinstance(event, Batches):
            self._show_batches(event)
        elif isinstance(event, EpochEnded):
            self.curves.add_epoch(event)
        elif isinstance(event, LoadProgress):
            self.progress.setRange(0, event.total)
            self.progress.setValue(event.done)
            self.progress.setFormat(
                self.tr("Reading the examples… %1 of %2").replace("%1", str(event.done)).replace("%2", str(event.total))
            )
        elif isinstance(event, Downloading):
            self._show_download(event)
        elif isinstance(event, FinalFit):
            self._final_fit = event
        elif isinstance(event, Notice):
            self.message.show_message(event.message, "warning")
        elif isinstance(event, Finished):
            self.curves.flush()
            self.session.validation = event.validation
            self.session.bundle = event.bundle
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
            self.session.predictor = event.predictor

    def _show_download(self, event: Downloading) -> None:
        """A pretrained network's weights arrive (once per computer) before its first run."""
        megabytes = f"{event.done / 1e6:.1f}"
        if event.total:
            self.progress.setRange(0, event.total)
            self.progress.setValue(event.done)
            text = self.tr("Downloading %1… %2 of %3 MB").replace("%3", f"{event.total / 1e6:.1f}")
        else:
            self.progress.setRange(0, 0)
            text = self.tr("Downloading %1… %2 MB")
        what = core_message(event.what) if isinstance(event.what, Message) else core_tr(event.what)
        self.progress.setFormat(text.replace("%1", what).replace("%2", megabytes))

    def _show_batches(self, batches: Batches) -> None:
        last = batches.last
        total = last.epochs * last.batches
        if self.progress.maximum() != total:
            self.progress.setRange(0, total)
        self.progress.setValue((last.epoch - 1) * last.batches + last.batch)
        stopping = self._stop is not None and self._stop.is_set()
        if self._final_fit is not None:
            if not stopping:
                self.progress.setFormat(
                    self.tr("Training the final model on all %n example(s) · epoch %1 of %2 · about %3 left", "",
                            self._final_fit.examples)
                    .replace("%1", str(last.epoch))
                    .replace("%2", str(last.epochs))
                    .replace("%3", _duration(last.seconds_left))
                )
            return
        self.curves.add_batches(batches)
        if not stopping:
            self.progress.setFormat(
                self.tr("Epoch %1 of %2 · batch %3 of %4 · about %5 left")
                .replace("%1", str(last.epoch))
                .replace("%2", str(last.epochs))
                .replace("%3", str(last.batch))
                .replace("%4", str(last.batches))
                .replace("%5", _duration(last.seconds_left))
            )

    def _training_crashed(self, text: str) -> None:
        self.message.show_message(
            self.tr("Training stopped because of an unexpected problem: %1").replace("%1", core_message(text)), "error"
        )

    def shutdown(self) -> None:
        """Ask a run to end now (window closing)."""
        if self._stop is not None:
            self._stop.set()
        if self.thumbnails is not None:
            self.thumbnails.shutdown()


def _scrolled(view: QWidget) -> QScrollArea:
    """`view` in a frameless scroll area: a view that needs more room than the tab has scrolls, and does not
    make the window taller (it has to fit 1280x720)."""
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(view)
    area.setToolTip(view.toolTip())
    return area


def _duration(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return f"{seconds} s"
    return f"{seconds // 60} min {seconds % 60:02d} s"
