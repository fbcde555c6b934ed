"""The window's project: New / Open / Save, whether anything changed, the recent list, autosave and recovery.

A project holds every tab's session (core/project.py). This module gathers it from the tabs through their public
API and puts an opened one back the same way; reading, loading models, building predictors and writing all run
off the GUI thread (`window.jobs`). The window title shows the project's name and Qt's `[*]` for unsaved work.
The same gathering carries a whole session, in memory, into the window rebuilt in another language (`take_over`).

Autosave: a change starts a one-minute timer; when it fires (and no run is training, because the model changes
then) the session is written to the app's data folder. A clean close, a save and New remove that file, so
finding it at the next start means the last session ended without closing: the window offers to recover it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QFileDialog, QMessageBox, QSpinBox

from mmstudio.core.errors import MMStudioError
from mmstudio.core.project import SUFFIX, Opened, TabState, read_project, save_project, with_suffix
from mmstudio.gui.translation import core_message

AUTOSAVE_DELAY_MS = 60_000
RECENT_KEY = "projects/recent"
COPY_KEY = "projects/copy_files"
MAX_RECENT = 8
MISSING_NAMED = 3  # how many missing files a message names


def autosave_path() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / "autosave" / ("autosave" + SUFFIX)


def open_job(path: Path):
    """Off the GUI thread: (the opened project, a predictor per medium with a model), or a plain message."""
    try:
        opened = read_project(path)
        from mmstudio.core.predictor import Predictor

        predictors = {name: Predictor(tab.bundle) for name, tab in opened.tabs.items() if tab.bundle is not None}
    except MMStudioError as error:
        return str(error)
    return opened, predictors


def save_job(path: Path, tabs: dict[str, TabState], copy_files: bool, source: Path | None):
    """Off the GUI thread: the classes as saved (see save_project), or a plain message."""
    try:
        return save_project(path, tabs, copy_files=copy_files, source=source)
    except MMStudioError as error:
        return str(error)


class Projects(QObject):
    """Owned by the main window; the File menu's project actions call it."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.path: Path | None = None
        self._untitled = window.windowTitle()  # the window's own title, shown while no project is open
        self._restoring = False
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_DELAY_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        for tab in window.modality_tabs():
            self._watch(tab)
        self._show_title()

    # ------------------------------------------------------------------ changes
    def _watch(self, tab) -> None:
        """Any edit of the examples, a new model, a setting or the model choice is unsaved work."""
        tab.session.subscribe("examples", lambda _value: self.mark_changed())
        tab.session.subscribe("model", lambda _value: self.mark_changed())
        tab.train_panel.model_combo.currentIndexChanged.connect(self.mark_changed)
        form = tab.train_panel.settings_form  # the medium's preprocessing controls are rows of this form too
        for box in [*form.findChildren(QSpinBox), *form.findChildren(QDoubleSpinBox)]:
            box.valueChanged.connect(self.mark_changed)
        for box in form.findChildren(QCheckBox):
            box.toggled.connect(self.mark_changed)
        for box in form.findChildren(QComboBox):
            box.currentIndexChanged.connect(self.mark_changed)

    @contextmanager
    def restoring(self) -> Iterator[None]:
        """The tabs' edits made inside are a session being put back, not unsaved work."""
        self._restoring = True
        try:
            yield
        finally:
            self._restoring = False

    def mark_changed(self, *_args) -> None:
        if self._restoring:
            return
        self.window.setWindowModified(True)
        if not self.autosave_timer.isActive():
            self.autosave_timer.start()

    def _mark_saved(self) -> None:
        self.window.setWindowModified(False)
        self.autosave_timer.stop()
        self.remove_autosave()

    def _show_title(self) -> None:
        name = self.path.stem if self.path is not None else self._untitled
        # Qt shows "*" in place of [*] while the window is modified, and adds "— mmstudio" itself: not repeated
        self.window.setWindowTitle(name + "[*]")

    def has_unsaved_work(self) -> bool:
        return self.window.isWindowModified() or any(t.session.has_unsaved_model() for t in self.window.modality_tabs())

    # ------------------------------------------------------------------ what the tabs hold
    def snapshot(self) -> dict[str, TabState]:
        """Every tab's state, gathered on the GUI thread (quick: lists and references, no file is read)."""
        return {
            tab.medium.name: TabState(
                classes={name: tab.session.examples.items(name) for name in tab.session.examples.class_names},
                settings=tab.train_panel.settings_form.values(),
                model_name=tab.train_panel.model_name(),
                preprocessing=tab.preprocessing(),
                bundle=tab.session.bundle,
            )
            for tab in self.window.modality_tabs()
        }

    def _training(self) -> bool:
        return any(tab.session.training for tab in self.window.modality_tabs())

    def _restore_tab(self, tab, state: TabState, predictor) -> None:
        examples, session, panel = tab.session.examples, tab.session, tab.train_panel
        examples.clear()
        examples.merge(state.classes)
        panel.settings_form.restore(state.settings)
        if state.bundle is not None:
            session.open_model(state.bundle, predictor)
            session.saved_bundle = state.bundle  # the project holds it: closing need not ask to save it
        elif session.bundle is not None:
            session.validation = []
            session.predictor = session.bundle = session.saved_bundle = None
            panel.curves.set_history([])
        index = panel.model_combo.findData(state.model_name)
        if index >= 0:
            panel.model_combo.setCurrentIndex(index)
        tab.show_preprocessing(state.preprocessing)  # after the model, whose own preprocessing it shows

    # ------------------------------------------------------------------ New
    def new_project(self) -> None:
        self.keep_work_then(self._clear)

    def _clear(self) -> None:
        with self.restoring():
            for tab in self.window.modality_tabs():
                self._restore_tab(tab, TabState(settings=tab.train_panel.settings_form.values(),
                                                model_name=tab.train_panel.model_name(),
                                                preprocessing=tab.preprocessing()), None)
                tab.message.hide()
        self.path = None
        self._show_title()
        self._mark_saved()

    def keep_work_then(self, action: Callable[[], None]) -> None:
        """Run `action` once the unsaved work is saved or the user chose to discard it; Cancel runs nothing.
        Not while a run trains: the tabs it would empty are in use."""
        if self._training():
            self.window.current_tab().message.show_message(
                self.tr("Stop the training or wait for it to end, then open or start a project."), "warning"
            )
            return
        if not self.has_unsaved_work():
            action()
            return
        choice = QMessageBox.question(
            self.window,
            self.tr("Save the project?"),
            self.tr("This session has changes that are not saved in a project. Save them first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if choice == QMessageBox.StandardButton.Save:
            self.save(on_saved=action)
        elif choice == QMessageBox.StandardButton.Discard:
            self.window.discard_unsaved_models()
            action()

    # ------------------------------------------------------------------ Open
    def open_dialog(self) -> None:
        def ask() -> None:
            path, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Open project"), self._folder(), self.tr("mmstudio projects (*%1)").replace("%1", SUFFIX)
            )
            if path:
                self.open(Path(path))

        self.keep_work_then(ask)

    def open(self, path: Path, on_done: Callable[[bool], None] | None = None, recovered: bool = False) -> None:
        """Read the project off the GUI thread, then put it into the tabs; `on_done(opened)` follows."""
        self.window.statusBar().showMessage(self.tr("Opening the project…"))

        def done(result) -> None:
            self.window.statusBar().clearMessage()
            if isinstance(result, str):
                if recovered:
                    self.remove_autosave()  # it cannot be used: it should not be offered at every start
                else:
                    self._forget_recent(path)  # it cannot be opened: it should not be offered again
                QMessageBox.warning(self.window, self.tr("The project could not be opened"), result)
            else:
                self._apply(path, *result, recovered=recovered)
            if on_done is not None:
                on_done(not isinstance(result, str))

        self.window.jobs.start(open_job, path, on_result=done, on_error=lambda text: done(text))

    def _apply(self, path: Path, opened: Opened, predictors: dict, recovered: bool) -> None:
        with self.restoring():
            for tab in self.window.modality_tabs():
                name = tab.medium.name
                tab.message.hide()
                self._restore_tab(tab, opened.tabs.get(name, TabState()), predictors.get(name))
                notes = [*opened.problems.get(name, [])]
                if opened.missing.get(name):
                    notes.insert(0, self.missing_message(opened.missing[name]))
                if notes:
                    tab.message.show_message(" ".join(map(core_message, notes)), "warning")
        if recovered:
            self.path = opened.source
            self._show_title()
            self.mark_changed()  # the recovered work is still not saved in a project
            return
        self.path = path
        self._show_title()
        self._mark_saved()
        self.add_recent(path)

    # ------------------------------------------------------------------ the window rebuilt in another language
    def take_over(self, other: Projects) -> None:
        """Carry over the session of `other`, the projects of the window this one replaces: every tab's state
        (`snapshot`, put back as an opened project's is) with its model as it is in memory, trained here and
        never saved too (no file is written), with its predictor, its held-back examples (the mistakes, the
        confusion matrix's examples) and whether it was saved; then the project, whether it has changes, and
        the autosave waiting to be written. The old window's autosave file stays."""
        states = other.snapshot()
        with self.restoring():
            for tab in self.window.modality_tabs():
                state, old = states[tab.medium.name], other.window.tab_for(tab.medium.name).session
                self._restore_tab(tab, state, old.predictor)
                tab.session.saved_bundle = old.saved_bundle
                if old.validation:
                    tab.session.validation = old.validation
                    tab.session.notify("model", tab.session.bundle)  # its results again, with where it went wrong
                    tab.show_preprocessing(state.preprocessing)
        self.path = other.path
        self._show_title()
        self.window.setWindowModified(other.window.isWindowModified())
        if other.autosave_timer.isActive():
            self.autosave_timer.start()

    def missing_message(self, missing: list[Path]) -> str:
        names = ", ".join(f"“{path.name}”" for path in missing[:MISSING_NAMED])
        more = ", …" if len(missing) > MISSING_NAMED else ""
        return self.tr(
            "%n example file(s) could not be found where the project says (moved or deleted) and were left out "
            "(%1). The other examples are here.", "", len(missing)
        ).replace("%1", names + more)

    # ------------------------------------------------------------------ Save
    def copy_files(self) -> bool:
        return QSettings().value(COPY_KEY, False, type=bool)

    def set_copy_files(self, copy: bool) -> None:
        QSettings().setValue(COPY_KEY, copy)

    def save(self, on_saved: Callable[[], None] | None = None) -> None:
        if self.path is None:
            self.save_as_dialog(on_saved)
        else:
            self.save_to(self.path, on_saved)

    def save_as_dialog(self, on_saved: Callable[[], None] | None = None) -> None:
        suggested = str(self.path or Path(self._folder()) / (self.tr("project") + SUFFIX))
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save project"), suggested, self.tr("mmstudio projects (*%1)").replace("%1", SUFFIX)
        )
        if path:
            self.save_to(with_suffix(path), on_saved)

    def save_to(self, path: Path, on_saved: Callable[[], None] | None = None) -> None:
        """Write the project off the GUI thread; `on_saved()` follows a successful write."""
        if self._training():
            self.window.current_tab().message.show_message(
                self.tr("Stop the training or wait for it to end, then save the project."), "warning"
            )
            return
        tabs, copy = self.snapshot(), self.copy_files()
        self.window.statusBar().showMessage(self.tr("Saving the project…"))

        def done(result) -> None:
            self.window.statusBar().clearMessage()
            if isinstance(result, str):
                QMessageBox.warning(self.window, self.tr("The project was not saved"), result)
                return
            if copy:
                self._point_at_copies(tabs, result)
            for tab in self.window.modality_tabs():
                if tab.session.bundle is tabs[tab.medium.name].bundle:
                    tab.session.saved_bundle = tab.session.bundle  # closing need not ask to save it on its own
            self.path = path
            self._show_title()
            self._mark_saved()
            self.add_recent(path)
            self.window.statusBar().showMessage(self.tr("Saved the project “%1”.").replace("%1", path.stem), 5000)
            if on_saved is not None:
                on_saved()

        self.window.jobs.start(save_job, path, tabs, copy, None, on_result=done, on_error=lambda text: done(text))

    def _point_at_copies(self, saved: dict[str, TabState], classes: dict) -> None:
        """The tabs' examples become the copies in the project's folder (unless they were edited meanwhile)."""
        with self.restoring():
            for tab in self.window.modality_tabs():
                examples, name = tab.session.examples, tab.medium.name
                now = {n: examples.items(n) for n in examples.class_names}
                if now == saved[name].classes and classes[name] != now:
                    examples.clear()
                    examples.merge(classes[name])

    # ------------------------------------------------------------------ recent projects
    def recent(self) -> list[Path]:
        return [Path(p) for p in QSettings().value(RECENT_KEY, [], type=list)]

    def add_recent(self, path: Path) -> None:
        paths = [path.absolute(), *(p for p in self.recent() if p != path.absolute())][:MAX_RECENT]
        QSettings().setValue(RECENT_KEY, [str(p) for p in paths])

    def _forget_recent(self, path: Path) -> None:
        QSettings().setValue(RECENT_KEY, [str(p) for p in self.recent() if p != path.absolute()])

    def open_recent(self, path: Path) -> None:
        if not path.is_file():
            self._forget_recent(path)
            QMessageBox.information(
                self.window,
                self.tr("Project not found"),
                self.tr("The project “%1” is no longer at %2, so it was taken off the recent list.")
                .replace("%1", path.stem).replace("%2", str(path.parent)),
            )
            return
        self.keep_work_then(lambda: self.open(path))

    def _folder(self) -> str:
        recent = self.recent()
        return str(recent[0].parent) if recent else QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)

    # ------------------------------------------------------------------ autosave and recovery
    def autosave(self) -> None:
        """Write the session to the autosave project (off the GUI thread); while a run trains, try again later."""
        if not self.window.isWindowModified():
            return
        if self._training():
            self.autosave_timer.start()
            return
        target = autosave_path()
        target.parent.mkdir(parents=True, exist_ok=True)
        self.window.jobs.start(save_job, target, self.snapshot(), False, self.path)

    def remove_autosave(self) -> None:
        target = autosave_path()
        target.unlink(missing_ok=True)
        models = target.with_name(target.stem + ".models")
        for model in models.glob("*.mmstudio") if models.is_dir() else ():
            model.unlink(missing_ok=True)

    def offer_recovery(self, on_done: Callable[[bool], None] | None = None) -> bool:
        """The last session ended without closing and left an autosave: offer to bring it back. True when the
        work is being recovered (`on_done(opened)` follows); False when there was none or the user discarded it."""
        target = autosave_path()
        if not target.is_file():
            return False
        when = datetime.fromtimestamp(target.stat().st_mtime).strftime("%H:%M, %d %b %Y")
        choice = QMessageBox.question(
            self.window,
            self.tr("Recover unsaved work?"),
            self.tr("mmstudio did not close properly last time. Recover the unsaved work from %1?").replace("%1", when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Yes,
        )
        if choice != QMessageBox.StandardButton.Yes:
            self.remove_autosave()
            return False
        self.open(target, on_done, recovered=True)
        return True
