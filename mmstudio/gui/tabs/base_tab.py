"""The tab every medium shares: a message bar over three panels (gather, train, try) and the session they share."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QSplitter, QVBoxLayout, QWidget

from mmstudio.core.folders import Collected, collect_dropped
from mmstudio.core.media import Medium, ModelSpec
from mmstudio.gui.app import core_tr
from mmstudio.gui.dropping import dropped_paths
from mmstudio.gui.jobs import Jobs
from mmstudio.gui.session import Session
from mmstudio.gui.tabs.panels.common import Remembered
from mmstudio.gui.tabs.panels.gather import GatherPanel
from mmstudio.gui.tabs.panels.train import TrainPanel
from mmstudio.gui.tabs.panels.try_panel import TryPanel
from mmstudio.gui.widgets.message_bar import MessageBar


class ModalityTab(QWidget):
    """One medium's tab, built from its `Medium`: file types, models and samples come from there.

    Composition: `session` (the examples, the current model and predictor, whether a run is going),
    `message` (the bar at the top), and `gather_panel`, `train_panel`, `try_panel`, which follow the session.
    Slow work runs through `jobs`, off the GUI thread; `remembered` keeps the medium's settings.

    A new medium's tab is a subclass named by its `Medium.tab` (the window builds one tab per registered
    medium) that overrides only the hooks below its medium changes; `build_try_input` is the one it must
    supply. The panels call the hooks. A hook may use the session, `message`, `jobs`, `remembered` and the
    panels' public methods: `gather_panel.current_class()`, `.select_class(name)`, `.ask_class_for(count)`,
    `.merge(collected, target_class)`, `try_panel.try_item(item)`, `.clear_prediction()`. The hooks that
    build widgets run while the panels are being built, so their widgets reach a panel only when the user
    acts (connect a lambda), never during the build.

    Class attributes
        offers_augmentation   the settings offer "Vary the examples while training" (the medium's augmentation)
        uses_thumbnails       examples are files shown as thumbnails (made by `render_thumbnail`), not as lines

    Bringing examples in (gather panel)
        file_types()                  the extensions dialogs and drops take (default: the medium's)
        add_files_label()             the text of the "Add files…" button
        describe_item(item)           one example's line in the browser
        render_thumbnail(path, size)  static, OFF THE GUI THREAD: (RGBA bytes, width, height) of a thumbnail
        samples()                     bundled sample sets: translated title -> folder or table (default: the medium's)
        collect(paths)                OFF THE GUI THREAD, no widgets: what dropped paths hold, as a `Collected`
        import_notes(collected)       extra sentences for the message after an import (skipped rows, problems)
        after_import(collected, target_class)   follow-up questions after an import (which table columns)
        build_example_input()         a widget under the class list for another way in (typing), or None
        edit_item(class_name, item)   an example was double-clicked: edit it in place where the medium can

    Training (train panel)
        add_preprocessing_controls(form)   add the medium's rows (image size, longest text) to the settings form
        on_model_chosen(spec)         the model choice changed: enable options only some models have
        preprocessing()               the medium's preprocessing for a run, from those controls
        model_config(spec)            options of the chosen network, e.g. bidirectional when `spec.sequential`
        show_preprocessing(preprocessing)   set the controls to what the current model used
        on_model_changed(bundle)      the current model changed (a run finished, or a saved model was opened);
                                      by default the controls show its preprocessing

    Trying it (try panel)
        build_try_input()             the widget to give the model one example; it calls `try_panel.try_item`
        render_preview(item)          static, OFF THE GUI THREAD: plain data (no Qt) to show the example, or None
        show_try_result(item, prediction, preview)   show the example and what the model adds (a reconstruction)

    The window
        on_libraries_ready()          after the first paint, pyqtgraph is imported: build widgets that need it
    """

    offers_augmentation = False
    uses_thumbnails = False

    def __init__(self, medium: Medium, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.medium = medium
        self.session = Session()
        self.message = MessageBar()
        self.jobs = Jobs(self)
        self.remembered = Remembered(medium.name)
        self.gather_panel = GatherPanel(self.session, self, self.message, self.jobs, self.remembered)
        self.train_panel = TrainPanel(self.session, self, self.message, self.jobs, self.remembered)
        self.try_panel = TryPanel(self.session, self, self.message, self.jobs, self.remembered)
        self.train_panel.examplesRequested.connect(self.gather_panel.show_examples)
        self.session.subscribe("training", lambda training: self.setAcceptDrops(not training))
        self.session.subscribe("model", self.on_model_changed)
        self.setAcceptDrops(True)

        columns = QSplitter(Qt.Orientation.Horizontal)
        columns.setChildrenCollapsible(False)
        for panel in (self.gather_panel, self.train_panel, self.try_panel):
            columns.addWidget(panel)
        columns.setSizes([300, 640, 340])
        columns.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.message)
        layout.addWidget(columns, 1)

    # ------------------------------------------------------------------ hooks: bringing examples in
    def file_types(self) -> frozenset[str]:
        return self.medium.extensions

    def file_dialog_filter(self) -> str:
        patterns = " ".join(f"*{ext}" for ext in sorted(self.file_types()))
        return self.tr("Supported files (%1)").replace("%1", patterns)

    def add_files_label(self) -> str:
        return self.tr("Add files…")

    def describe_item(self, item) -> str:
        return self.medium.describe(item)

    @staticmethod
    def render_thumbnail(path: Path, size: int) -> tuple[bytes, int, int]:
        raise NotImplementedError  # only tabs with `uses_thumbnails` are asked

    def samples(self) -> dict[str, Path]:
        return {core_tr(title): path for title, path in self.medium.samples().items()}

    def collect(self, paths: list[Path]) -> Collected:
        return collect_dropped(paths, self.file_types())

    def import_notes(self, collected: Collected) -> list[str]:
        return []

    def after_import(self, collected: Collected, target_class: str | None) -> None:
        pass

    def build_example_input(self) -> QWidget | None:
        return None

    def edit_item(self, class_name: str | None, item) -> None:
        pass

    # ------------------------------------------------------------------ hooks: training
    def add_preprocessing_controls(self, form: QFormLayout) -> None:
        pass

    def on_model_chosen(self, spec: ModelSpec) -> None:
        pass

    def preprocessing(self) -> dict:
        return {}

    def model_config(self, spec: ModelSpec) -> dict:
        return {}

    def show_preprocessing(self, preprocessing: dict) -> None:
        pass

    def on_model_changed(self, bundle) -> None:
        if bundle is not None:
            self.show_preprocessing(bundle.preprocessing)

    # ------------------------------------------------------------------ hooks: trying it
    def build_try_input(self) -> QWidget:
        raise NotImplementedError

    @staticmethod
    def render_preview(item):
        return None

    def show_try_result(self, item, prediction, preview) -> None:
        pass

    # ------------------------------------------------------------------ the tab itself
    def on_libraries_ready(self) -> None:
        """pyqtgraph has been imported in the background after the first paint: build the widgets that need it
        (the training curves; a medium's own views) now, so the window appeared without waiting for them."""
        self.train_panel.curves  # noqa: B018 (builds them)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        """Files and folders dropped anywhere on the tab are examples (the try-it area takes its own drops)."""
        paths = dropped_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.gather_panel.import_paths(paths)

    def shutdown(self) -> None:
        """Ask every background job to end now (window closing)."""
        self.train_panel.shutdown()
        self.gather_panel.shutdown()
        self.jobs.shutdown()
