"""Step 1 of a tab: bringing examples in (drops, dialogs, samples) and editing classes and examples.

The panel edits the session's ExampleSet and follows its changes; folder scanning runs as a background job.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QGridLayout, QInputDialog, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from mmstudio.core.errors import MMStudioError
from mmstudio.core.folders import Collected
from mmstudio.gui.jobs import Jobs
from mmstudio.gui.session import Session
from mmstudio.gui.tabs.panels.common import Remembered, heading
from mmstudio.gui.thumbnails import ThumbnailCache
from mmstudio.gui.translation import core_message
from mmstudio.gui.widgets.class_list import ClassList
from mmstudio.gui.widgets.elided_label import ElidedLabel
from mmstudio.gui.widgets.example_browser import ExampleBrowser
from mmstudio.gui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    from mmstudio.gui.tabs.hooks import MediumHooks

NEW_CLASS = "\u2795"  # marks the "new class" choice in the ask-for-class dialog


class GatherPanel(QWidget):
    """The class list, the browser of one class's examples, and the ways to bring examples in."""

    def __init__(
        self, session: Session, hooks: MediumHooks, message: MessageBar, jobs: Jobs, remembered: Remembered
    ) -> None:
        super().__init__()
        self.session = session
        self.examples = session.examples
        self.hooks = hooks
        self.message = message
        self.jobs = jobs
        self.remembered = remembered
        self.thumbnails = ThumbnailCache(hooks.render_thumbnail, parent=self) if hooks.uses_thumbnails else None
        self._listing_class = False  # the browser shows the selected class's examples (not a confusion cell's)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(heading(self.tr("1 · Examples")))
        buttons = QGridLayout()
        self.open_folder_button = QPushButton(self.tr("Open folder…"))
        self.open_folder_button.setToolTip(
            self.tr("Bring in a folder whose sub-folders are the classes (Ctrl+O). You can also drop folders here.")
        )
        self.open_folder_button.clicked.connect(self.open_folder_dialog)
        self.add_files_button = QPushButton(hooks.add_files_label())
        self.add_files_button.setToolTip(self.tr("Add files to the selected class, or to a new one."))
        self.add_files_button.clicked.connect(lambda: self.add_files_dialog(self.current_class()))
        self.new_class_button = QPushButton(self.tr("New class"))
        self.new_class_button.setToolTip(self.tr("Add an empty class, then drop examples on it."))
        self.new_class_button.clicked.connect(self.new_class_dialog)
        layout.addLayout(buttons)
        self.sample_button = QPushButton(self.tr("Open sample data"))
        self.sample_button.setToolTip(self.tr("Load a small example data set that comes with mmstudio."))
        samples = hooks.samples()
        if len(samples) > 1:
            menu = QMenu(self.sample_button)
            for title, path in samples.items():
                menu.addAction(title, lambda path=path: self.open_sample(path))
            self.sample_button.setMenu(menu)
        else:
            self.sample_button.clicked.connect(lambda: self.open_sample())
        self.sample_button.setVisible(bool(samples))
        # two buttons a row: the column stays narrow enough for a 1024-pixel-wide window
        for k, button in enumerate((self.open_folder_button, self.add_files_button, self.new_class_button,
                                    self.sample_button)):
            buttons.addWidget(button, k // 2, k % 2)

        self.class_list = ClassList(self.thumbnails)
        self.class_list.filesDropped.connect(lambda name, paths: self.import_paths(paths, name or None))
        self.class_list.renameRequested.connect(self.rename_class_dialog)
        self.class_list.removeRequested.connect(self.remove_class)
        self.class_list.addFilesRequested.connect(self.add_files_dialog)
        self.class_list.classSelected.connect(self._show_class)
        self.empty_hint = QLabel(
            self.tr("Drop a folder here whose sub-folders are your classes, or click “Open sample data”.")
        )
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("color: palette(mid); border: 2px dashed palette(mid); padding: 24px;")
        self.examples_title = ElidedLabel()  # a confusion cell's long title must not widen the column
        self.browser = ExampleBrowser(hooks.describe_item, self.thumbnails)
        self.browser.removeRequested.connect(self._remove_examples)
        self.browser.doubleClicked.connect(
            lambda index: hooks.edit_item(self.current_class(), self.browser.example_model.item(index.row()))
        )
        self.remove_examples_button = QPushButton(self.tr("Remove selected examples"))
        self.remove_examples_button.setToolTip(self.tr("Take the selected examples out of this class (Delete key)."))
        self.remove_examples_button.clicked.connect(lambda: self._remove_examples(self.browser.selected_items()))
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.class_list, 2)
        example_input = hooks.build_example_input()
        if example_input is not None:
            layout.addWidget(example_input)
        layout.addWidget(self.examples_title)
        layout.addWidget(self.browser, 3)
        layout.addWidget(self.remove_examples_button)

        session.subscribe("examples", lambda _examples: self._examples_changed())
        session.subscribe("training", self._training_changed)
        self._class_before_listing: str | None = None  # set while the examples behind a result are listed
        self._examples_changed()

    # ------------------------------------------------------------------ what the panel shows
    def current_class(self) -> str | None:
        return self.class_list.current_class()

    def select_class(self, name: str) -> None:
        self.class_list.select_class(name)

    def _examples_changed(self) -> None:
        counts = self.examples.counts()
        self.class_list.set_classes(counts, {name: self.examples.items(name)[:8] for name in counts})
        self.empty_hint.setVisible(not counts)
        self.class_list.setVisible(bool(counts))
        self._show_class(self.current_class())

    def _show_class(self, name: str | None) -> None:
        items = self.examples.items(name) if name in self.examples.class_names else []
        self.browser.set_items(items)
        self.examples_title.setText(self.tr("Examples in “%1”").replace("%1", name) if name else self.tr("Examples"))
        self._listing_class = bool(items)
        self._class_before_listing = None
        self._update_enabled()

    def show_examples(self, title: str, items: list) -> None:
        """List examples that are not one class's (those behind a confusion-matrix cell) under `title`."""
        if self._class_before_listing is None:
            self._class_before_listing = self.current_class() or ""
        self.class_list.setCurrentRow(-1)  # so that clicking any class shows its own examples again
        self.browser.set_items(items)
        self.examples_title.setText(title)
        self._listing_class = False  # these belong to several classes, not to a selected one
        self._update_enabled()

    def _training_changed(self, training: bool) -> None:
        """A new run makes the last run's lists out of date: back to the class shown before them."""
        if training and self._class_before_listing is not None:
            name, self._class_before_listing = self._class_before_listing, None
            if name in self.examples.class_names:
                self.select_class(name)
            self._show_class(self.current_class())
        self._update_enabled()

    def _update_enabled(self) -> None:
        idle = not self.session.training
        for widget in (
            self.open_folder_button,
            self.add_files_button,
            self.new_class_button,
            self.sample_button,
            self.class_list,
        ):
            widget.setEnabled(idle)
        self.remove_examples_button.setEnabled(idle and self._listing_class)

    # ------------------------------------------------------------------ editing classes and examples
    def _remove_examples(self, items: list) -> None:
        name = self.current_class()
        if name and items:
            self.examples.remove(name, items)
            self.message.show_message(self.tr("Removed %n example(s) from “%1”.", "", len(items)).replace("%1", name))

    def new_class_dialog(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("New class"),
            self.tr("Name of the new class:"),
            text=self.examples.unique_name(self.tr("Class")),
        )
        if ok:
            self._apply(lambda: self.select_class(self.examples.add_class(name)))

    def rename_class_dialog(self, old: str) -> None:
        new, ok = QInputDialog.getText(
            self, self.tr("Rename class"), self.tr("New name for “%1”:").replace("%1", old), text=old
        )
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

    def ask_class_for(self, count: int) -> str | None:
        """Which class `count` new examples belong to: an existing one, or a new one typed in."""
        names = self.examples.class_names
        current = self.current_class()
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

    # ------------------------------------------------------------------ bringing examples in
    def open_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Open a folder of class folders"), self.remembered.last_folder()
        )
        if folder:
            self.remembered.remember_folder(folder)
            self.import_paths([Path(folder)])

    def add_files_dialog(self, class_name: str | None = None) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add examples"), self.remembered.last_folder(), self.hooks.file_dialog_filter()
        )
        if files:
            self.remembered.remember_folder(str(Path(files[0]).parent))
            self.import_paths([Path(f) for f in files], class_name or None)

    def open_sample(self, path: Path | None = None) -> None:
        """Replace the examples with a bundled sample (the first one when none is named)."""
        path = path or next(iter(self.hooks.samples().values()), None)
        if path is not None:
            self.import_paths([path], replace=True)

    def import_paths(self, paths: list[Path], target_class: str | None = None, replace: bool = False) -> None:
        """Bring in files and folders: the tab's `collect` runs off the GUI thread, the merge on it."""
        self.message.show_message(self.tr("Looking through the files…"))
        self.jobs.start(
            self.hooks.collect,
            list(paths),
            on_result=lambda collected: self.merge(collected, target_class, replace),
            on_error=lambda text: self.message.show_message(
                self.tr("The files could not be read: %1").replace("%1", core_message(text)), "error"
            ),
        )

    def merge(self, collected: Collected, target_class: str | None = None, replace: bool = False) -> None:
        """Add what `collect` found (into `target_class`, when given), say what came in, then let the tab follow up."""
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
                self.select_class(name)
        parts = [self.tr("Added %n example(s).", "", added)]
        if collected.ignored:
            parts.append(self.tr("%n file(s) of another type were skipped.", "", len(collected.ignored)))
        notes = self.hooks.import_notes(collected)
        warn = bool(collected.ignored or not added or notes)
        self.message.show_message(" ".join(map(core_message, parts + notes)), "warning" if warn else "info")
        self.hooks.after_import(collected, target_class)

    def shutdown(self) -> None:
        if self.thumbnails is not None:
            self.thumbnails.shutdown()
