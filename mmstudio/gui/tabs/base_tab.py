"""The tab every medium shares: a message bar over three panels (gather, train, try) and the session they share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from mmstudio.core.media import Medium
from mmstudio.gui.dropping import dropped_paths
from mmstudio.gui.jobs import Jobs
from mmstudio.gui.session import Session
from mmstudio.gui.tabs.hooks import MediumHooks
from mmstudio.gui.tabs.panels.common import Remembered, VerticalScroller, remember_splitter
from mmstudio.gui.tabs.panels.gather import GatherPanel
from mmstudio.gui.tabs.panels.train import TrainPanel
from mmstudio.gui.tabs.panels.try_panel import TryPanel
from mmstudio.gui.widgets.message_bar import MessageBar


class ModalityTab(MediumHooks, QWidget):
    """One medium's tab, built from its `Medium`: file types, models and samples come from there.

    Composition: `session` (the examples, the current model and predictor, whether a run is going),
    `message` (the bar at the top), and `gather_panel`, `train_panel`, `try_panel`, which follow the session.
    Slow work runs through `jobs`, off the GUI thread; `remembered` keeps the medium's settings.

    The hooks a medium's tab overrides are `MediumHooks`' (tabs/hooks.py).
    """

    def __init__(self, medium: Medium, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.medium = medium
        self.session = Session()
        self.message = MessageBar()
        self.jobs = Jobs(self)
        self.remembered = Remembered(medium.name, _samples_folder(medium))
        self.gather_panel = GatherPanel(self.session, self, self.message, self.jobs, self.remembered)
        self.train_panel = TrainPanel(self.session, self, self.message, self.jobs, self.remembered)
        self.try_panel = TryPanel(self.session, self, self.message, self.jobs, self.remembered)
        self.train_panel.examplesRequested.connect(self.gather_panel.show_examples)
        self.session.subscribe("training", lambda training: self.setAcceptDrops(not training))
        self.session.subscribe("model", self.on_model_changed)
        self.setAcceptDrops(True)
        # Enter trains, as the Train button says; a text box that takes Enter for a new line keeps it
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self, self.train_panel.start_training,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.columns = QSplitter(Qt.Orientation.Horizontal)
        self.columns.setChildrenCollapsible(False)
        for panel in (self.gather_panel, self.train_panel, self.try_panel):
            self.columns.addWidget(VerticalScroller(panel))
        self.columns.setStretchFactor(1, 1)  # a wider window widens the curves and results, not the lists
        remember_splitter(self.columns, self.remembered, "columns", [300, 640, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.message)
        layout.addWidget(self.columns, 1)

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


def _samples_folder(medium: Medium):
    """The folder holding the medium's bundled samples (a sample set may be a folder or a table inside it)."""
    samples = list(medium.samples().values())
    if not samples:
        return None
    first = samples[0]
    return first if first.is_dir() and len(samples) == 1 else first.parent
