"""The main window: one tab per medium, a menu with the shortcuts people expect, and the device in the status bar."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget

from mmstudio import __version__
from mmstudio.gui import background
from mmstudio.gui.jobs import Jobs
from mmstudio.gui.tabs.base_tab import ModalityTab
from mmstudio.gui.tabs.image_tab import ImageTab
from mmstudio.gui.tabs.text_tab import TextTab

SHUTDOWN_WAIT_MS = 1000
log = logging.getLogger("mmstudio")


class MainWindow(QMainWindow):
    def __init__(self, load_sample_on_first_launch: bool = True) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("mmstudio — train and try your own classifiers"))
        self.jobs = Jobs(self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.image_tab = ImageTab()
        self.tabs.addTab(self.image_tab, self.tr("Image"))
        self.tabs.setTabToolTip(0, self.tr("Teach the computer to recognise pictures."))
        self.text_tab = TextTab()
        self.tabs.addTab(self.text_tab, self.tr("Text"))
        self.tabs.setTabToolTip(1, self.tr("Teach the computer to sort texts: messages, reviews, sentences in any language."))
        self.setCentralWidget(self.tabs)
        self.device_label = QLabel(self.tr("Device: starting…"))
        self.device_label.setToolTip(self.tr("Where training runs: a graphics card (GPU) when there is one, else the processor."))
        self.statusBar().addPermanentWidget(self.device_label)
        self._build_menus()
        self._restore_geometry()
        self._load_sample = load_sample_on_first_launch
        self._started = False
        QTimer.singleShot(1000, self._after_first_paint)  # in case no paint event ever comes (no screen)

    def paintEvent(self, event) -> None:
        """The first paint schedules the slow start-up work for right after it, so the window appears first."""
        super().paintEvent(event)
        if not self._started:
            QTimer.singleShot(0, self._after_first_paint)

    def modality_tabs(self) -> list[ModalityTab]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def current_tab(self) -> ModalityTab:
        return self.tabs.currentWidget()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        actions = [
            (self.tr("&Open folder of classes…"), QKeySequence.StandardKey.Open, lambda: self.current_tab().open_folder_dialog()),
            (self.tr("Open &sample data"), None, lambda: self.current_tab().open_sample()),
            (self.tr("&Save model…"), QKeySequence.StandardKey.Save, lambda: self.current_tab().save_model_dialog()),
            (self.tr("&Load model…"), QKeySequence("Ctrl+L"), lambda: self.current_tab().load_model_dialog()),
        ]
        for text, shortcut, slot in actions:
            action = QAction(text, self)
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.triggered.connect(slot)
            file_menu.addAction(action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About mmstudio"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About mmstudio"),
            self.tr(
                "<b>mmstudio %1</b><p>Train and try image and text classifiers on your own examples, without programming."
                " Everything runs on this computer; nothing is sent anywhere.</p>"
                "<p>1. Bring in examples: drop a folder whose sub-folders are the classes.<br>"
                "2. Press Train and watch the curves.<br>3. Drop a new example on “Try it”.</p>"
            ).replace("%1", __version__),
        )

    def _after_first_paint(self) -> None:
        """Slow start-up work waits until the window is on screen: torch loads in the background."""
        if self._started:
            return
        self._started = True
        self.jobs.start(background.warm_up, on_result=self._show_device, on_error=self._show_device_problem)
        settings = QSettings()
        if self._load_sample and not settings.value("sample_loaded_once", False, type=bool):
            settings.setValue("sample_loaded_once", True)
            self.image_tab.open_sample()

    def _show_device(self, description: str) -> None:
        self.device_label.setText(self.tr("Device: %1").replace("%1", description))
        for tab in self.modality_tabs():
            tab.curves  # noqa: B018  (builds them, now that their library was imported in the background)

    def _show_device_problem(self, text: str) -> None:
        self.device_label.setText(self.tr("Device: unavailable (%1)").replace("%1", text))

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def closeEvent(self, event) -> None:
        """Stop training and background jobs, wait for them briefly, remember the window, then close."""
        for tab in self.modality_tabs():
            tab.shutdown()
        if not Jobs.wait_for_all(SHUTDOWN_WAIT_MS):
            log.warning("A background job was still running when the window closed.")
        QSettings().setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
