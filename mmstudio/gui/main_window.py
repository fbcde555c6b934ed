"""The main window: one tab per medium, a menu with the shortcuts people expect, and the device in the status bar."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget

from mmstudio import __version__
from mmstudio.core.media import MEDIA, resolve
from mmstudio.gui import background
from mmstudio.gui.translation import core_tr
from mmstudio.gui.jobs import Jobs
from mmstudio.gui.language import add_language_menu, copy_view_state
from mmstudio.gui.project import Projects
from mmstudio.gui.tabs.base_tab import ModalityTab

SHUTDOWN_WAIT_MS = 1000
log = logging.getLogger("mmstudio")


class MainWindow(QMainWindow):
    def __init__(
        self, load_sample_on_first_launch: bool = True, offer_recovery: bool = False, project: Path | None = None
    ) -> None:
        """`offer_recovery`: after the first paint, offer to recover the work of a session that ended without
        closing (the app does; tests call `projects.offer_recovery()` themselves). `project`: a project file to
        open after the first paint."""
        super().__init__()
        # Qt adds the application's display name ("— mmstudio") itself: the title must not repeat it. This title
        # stays while no project is open (gui/project.py shows the project's name instead).
        self.setWindowTitle(self.tr("Train and try your own classifiers"))
        self.jobs = Jobs(self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for medium in MEDIA.values():  # one tab per registered medium, in the registry's order
            index = self.tabs.addTab(resolve(medium.tab)(medium), core_tr(medium.title))
            self.tabs.setTabToolTip(index, core_tr(medium.description))
        self.setCentralWidget(self.tabs)
        self.device_label = QLabel(self.tr("Device: starting…"))
        self.device_label.setToolTip(self.tr("Where training runs: a graphics card (GPU) when there is one, else the processor."))
        self.statusBar().addPermanentWidget(self.device_label)
        self.projects = Projects(self)
        self._build_menus()
        add_language_menu(self)
        self._restore_geometry()
        self._load_sample = load_sample_on_first_launch
        self._offer_recovery, self._project = offer_recovery, project
        self._started = False
        self._handed_over = False  # rebuilt in another language: closing asks nothing and keeps the autosave
        self.libraries_ready = False  # torch and pyqtgraph have loaded and named the device; the plots exist
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

    def tab_for(self, name: str) -> ModalityTab:
        """The tab of the medium called `name` ('image', 'text', ...)."""
        return next(tab for tab in self.modality_tabs() if tab.medium.name == name)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._add_project_actions(file_menu)
        file_menu.addSeparator()
        tab = self.current_tab
        actions = [
            (self.tr("&Open folder of classes…"), QKeySequence.StandardKey.Open, lambda: tab().gather_panel.open_folder_dialog()),
            (self.tr("Open &sample data"), None, lambda: tab().gather_panel.open_sample()),
            (self.tr("&Save model…"), QKeySequence.StandardKey.Save, lambda: tab().try_panel.save_model_dialog()),
            (self.tr("&Load model…"), QKeySequence("Ctrl+L"), lambda: tab().try_panel.load_model_dialog()),
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
        for text, shortcut, slot in (
            (self.tr("&Getting started"), QKeySequence.StandardKey.HelpContents, self.show_guide),
            (self.tr("&Keyboard shortcuts"), None, self.show_shortcuts),
            (self.tr("&About mmstudio"), None, self._about),
        ):
            action = QAction(text, self)
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.triggered.connect(slot)
            help_menu.addAction(action)

    def _add_project_actions(self, file_menu) -> None:
        """New / Open / Open recent / Save / Save as, and whether saving copies the example files in."""
        projects = self.projects
        for text, shortcut, tip, slot in (
            (self.tr("&New project"), QKeySequence.StandardKey.New,
             self.tr("Start again with no examples and no model (asks to save unsaved work first)."),
             projects.new_project),
            (self.tr("Open &project…"), QKeySequence("Ctrl+Shift+O"),
             self.tr("Open a project: every tab's examples, settings, models and curves."), projects.open_dialog),
        ):
            file_menu.addAction(self._action(text, shortcut, tip, slot))
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.setToolTipsVisible(True)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        for text, shortcut, tip, slot in (
            (self.tr("Sa&ve project"), QKeySequence("Ctrl+Shift+S"),
             self.tr("Save every tab's examples, settings, models and curves in the project file."),
             lambda: projects.save()),
            (self.tr("Save project &as…"), None, self.tr("Save the project under a new name or in another folder."),
             lambda: projects.save_as_dialog()),
        ):
            file_menu.addAction(self._action(text, shortcut, tip, slot))
        self.copy_files_action = self._action(
            self.tr("&Copy example files into the project folder"), None,
            self.tr("When saving a project, copy its example files into a folder beside it, so it can be moved "
                    "or shared whole."),
            projects.set_copy_files,
        )
        self.copy_files_action.setCheckable(True)
        self.copy_files_action.setChecked(projects.copy_files())
        file_menu.addAction(self.copy_files_action)

    def _action(self, text: str, shortcut, tip: str, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _fill_recent_menu(self) -> None:
        """The last projects, newest first; rebuilt each time it opens, so it follows other windows too."""
        self.recent_menu.clear()
        for path in self.projects.recent():
            action = self.recent_menu.addAction(path.stem)
            action.setToolTip(str(path))
            action.setStatusTip(self.tr("Open the project %1").replace("%1", str(path)))
            action.triggered.connect(lambda _checked=False, path=path: self.projects.open_recent(path))
        if not self.recent_menu.actions():
            self.recent_menu.addAction(self.tr("No recent projects")).setEnabled(False)

    def guide_text(self) -> str:
        return self.tr(
            "<h3>Three steps</h3>"
            "<p><b>1 · Examples.</b> Drop a folder whose sub-folders are the classes (one folder of pictures per "
            "kind of thing), or add files, record sounds or type texts into a class. <i>File › Open sample data</i> "
            "gives you a ready-made set.</p>"
            "<p><b>2 · Train.</b> Press <b>Train</b> (or Enter) and watch the curves: the orange line is how often the "
            "model is right on examples it never trained on. <b>Stop</b> (or Esc) keeps the best model so far. "
            "Afterwards, the Mistakes and Confidence tabs show where it goes wrong.</p>"
            "<p><b>3 · Try it.</b> Drop a new example on “Try it” (or type, or press Listen). The bars show how sure "
            "the model is; the colours show why: orange parts spoke for the answer, blue ones against it. "
            "Click a class to see its evidence. Save the model to use it again, here or with "
            "<code>mmstudio predict</code>.</p>"
        )

    def show_guide(self) -> None:
        QMessageBox.information(self, self.tr("Getting started"), self.guide_text())

    def shortcuts_text(self) -> str:
        rows = [
            (QKeySequence(QKeySequence.StandardKey.Open), self.tr("Open a folder of classes")),
            (QKeySequence(QKeySequence.StandardKey.Save), self.tr("Save the model")),
            (QKeySequence("Ctrl+L"), self.tr("Load a model")),
            (QKeySequence("Ctrl+Shift+O"), self.tr("Open a project")),
            (QKeySequence("Ctrl+Shift+S"), self.tr("Save the project")),
            (QKeySequence("Return"), self.tr("Train")),
            (QKeySequence("Esc"), self.tr("Stop training")),
            (QKeySequence("Delete"), self.tr("Remove the selected examples")),
            (QKeySequence(QKeySequence.StandardKey.HelpContents), self.tr("This guide")),
            (QKeySequence(QKeySequence.StandardKey.Quit), self.tr("Quit")),
        ]
        cells = "".join(
            f"<tr><td><b>{keys.toString(QKeySequence.SequenceFormat.NativeText)}</b></td><td>{what}</td></tr>"
            for keys, what in rows
        )
        return f"<table cellspacing='6'>{cells}</table>"

    def show_shortcuts(self) -> None:
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), self.shortcuts_text())

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About mmstudio"),
            self.tr(
                "<b>mmstudio %1</b><p>Train and try classifiers of pictures, sounds and texts on your own examples, "
                "without programming. Everything runs on this computer; nothing is sent anywhere.</p>"
            ).replace("%1", __version__)
            + self.guide_text(),
        )

    def _after_first_paint(self) -> None:
        """Slow start-up work waits until the window is on screen: torch loads in the background."""
        if self._started:
            return
        self._started = True
        self.jobs.start(background.device_before_torch, on_result=self._show_early_device)
        self.jobs.start(background.warm_up, on_result=self._show_device, on_error=self._show_device_problem)
        if self._offer_recovery and self.projects.offer_recovery():
            return
        if self._project is not None:
            self.projects.open(self._project)
            return
        settings = QSettings()
        if self._load_sample and not settings.value("sample_loaded_once", False, type=bool):
            settings.setValue("sample_loaded_once", True)
            self.modality_tabs()[0].gather_panel.open_sample()  # the first medium's sample

    def _show_early_device(self, description: str | None) -> None:
        """Name the device before torch has loaded when that is certain (no graphics card driver: the CPU)."""
        if self.libraries_ready:
            return
        self.device_label.setText(
            self.tr("Device: %1").replace("%1", description) if description else self.tr("Device: looking for a graphics card…")
        )

    def _show_device(self, description: str) -> None:
        self.device_label.setText(self.tr("Device: %1").replace("%1", description))
        for tab in self.modality_tabs():
            tab.on_libraries_ready()
        self.libraries_ready = True

    def _show_device_problem(self, text: str) -> None:
        self.device_label.setText(self.tr("Device: unavailable (%1)").replace("%1", text))

    def discard_unsaved_models(self) -> None:
        """Closing will not ask about the models trained here (the user chose Discard; scripts that are done)."""
        for tab in self.modality_tabs():
            tab.session.saved_bundle = tab.session.bundle

    def _save_then_close(self, tabs: list) -> None:
        """Save each tab's model (the user picks where); the window closes once every save has been written."""
        waiting = set()

        def done(tab, saved: bool) -> None:
            waiting.discard(tab)
            if saved and not waiting:
                self.close()

        for tab in tabs:
            self.tabs.setCurrentWidget(tab)
            waiting.add(tab)
            if not tab.try_panel.save_model_dialog(lambda saved, tab=tab: done(tab, saved)):
                return  # the user cancelled a file dialog: the window stays open

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def closeEvent(self, event) -> None:
        """Offer to save models trained and not saved yet; then stop training and background jobs, wait for
        them briefly, remember the window, remove the autosave (a clean close), and close. A window handed over
        to its rebuilt self (`rebuilt`) asks nothing and keeps the autosave: its work goes on in the new one."""
        if not self._handed_over and not self._work_may_go():
            event.ignore()
            return
        for tab in self.modality_tabs():
            tab.shutdown()
        # a window handed over is idle, and waiting would stop the new window's first jobs (it stops them all)
        if not self._handed_over and not Jobs.wait_for_all(SHUTDOWN_WAIT_MS):
            log.warning("A background job was still running when the window closed.")
        QSettings().setValue("window/geometry", self.saveGeometry())
        self.projects.autosave_timer.stop()
        if not self._handed_over:
            self.projects.remove_autosave()
        super().closeEvent(event)

    def _work_may_go(self) -> bool:
        """The project's changes and the models not saved: Save (the window closes once they are written),
        Discard, or Cancel. False keeps the window open."""
        if self.projects.path is not None and self.isWindowModified():
            if not self._project_may_close():
                return False
        unsaved = [tab for tab in self.modality_tabs() if tab.session.has_unsaved_model()]
        if unsaved:
            names = ", ".join(core_tr(tab.medium.title) for tab in unsaved)
            choice = QMessageBox.question(
                self,
                self.tr("Save the trained model?"),
                self.tr("The model trained in the %1 tab has not been saved. Save it before closing?").replace(
                    "%1", names
                ),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if choice == QMessageBox.StandardButton.Cancel:
                return False
            if choice == QMessageBox.StandardButton.Save:
                self._save_then_close(unsaved)
                return False
            self.discard_unsaved_models()
        return True

    # ------------------------------------------------------------------ another language, the same session
    def work_under_way(self) -> str | None:
        """What a rebuild waits for: "training" while a run trains or searches for the best model, "work" while
        another background job runs (reading examples, a recording, saving, a prediction), else None."""
        if any(tab.session.training for tab in self.modality_tabs()):
            return "training"
        if any(jobs.busy() for jobs in self.findChildren(Jobs)):
            return "work"
        return None

    def rebuilt(self) -> MainWindow:
        """This window built again in the language installed now, holding its whole session (project.py
        `take_over`: examples, settings, models as they are in memory, project; `copy_view_state`: the tab on
        show, splitters, open settings, typed text; the curves as drawn), at its place and size; then this one
        closes, asking nothing. Call it while `work_under_way()` is None. The try-it predictions and the explained mistake are
        made again, in the new language."""
        new = type(self)(load_sample_on_first_launch=False)
        new.projects.take_over(self.projects)
        new.setGeometry(self.normalGeometry())
        new.setWindowState(self.windowState())  # maximized, full screen
        new.show()
        with new.projects.restoring():  # after show: the splitters have their room
            copy_view_state(self, new)
        again = []  # what is asked of the model again once this window has closed
        for old, tab in zip(self.modality_tabs(), new.modality_tabs()):
            if self.libraries_ready:  # the curves are built (pyqtgraph is in)
                tab.train_panel.curves.take_over(old.train_panel.curves)
            tab.session.notify("training", False)  # as after a run: the progress bar full where there is a model
            again.append((tab, old.try_panel.shown_item(), old.train_panel.explained_mistake))
        self._handed_over = True
        self._started = True  # its start-up work, should it still be to come, is the new window's now
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.close()
        for tab, tried, mistake in again:
            if tried is not None:
                tab.try_panel.try_item(tried)
            if mistake is not None:
                tab.train_panel.explain_mistake(mistake)
        new.activateWindow()
        return new

    def _project_may_close(self) -> bool:
        """The open project has changes: Save (the window closes once it is written), Discard, or Cancel."""
        choice = QMessageBox.question(
            self,
            self.tr("Save the project?"),
            self.tr("The project “%1” has changes that are not saved. Save them before closing?").replace(
                "%1", self.projects.path.stem
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if choice == QMessageBox.StandardButton.Save:
            self.projects.save(on_saved=self.close)
            return False
        if choice == QMessageBox.StandardButton.Discard:
            self.discard_unsaved_models()
            self.setWindowModified(False)
            return True
        return False
