"""Step 1 of a tab: bringing examples in (drops, dialogs, samples) and editing classes and examples.

A mixin of ModalityTab: it uses the tab's widgets and its ExampleSet; folder scanning runs as a background job.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
)

from mmstudio.core.checks import (
    data_warnings,
    shared_examples,
)
from mmstudio.core.errors import MMStudioError
from mmstudio.core.folders import Collected
from mmstudio.gui.dropping import dropped_paths

NEW_CLASS = "\u2795"  # marks the "new class" choice in the ask-for-class dialog


class GatheringMixin:
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
        self.examples_title.setText(self.tr("Examples in “%1”").replace("%1", name) if name else self.tr("Examples"))
        self.remove_examples_button.setEnabled(bool(items))

    def _remove_examples(self, items: list) -> None:
        name = self.class_list.current_class()
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
            self._apply(lambda: self.class_list.select_class(self.examples.add_class(name)))

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

    def open_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a folder of class folders"), self._last_folder())
        if folder:
            self._remember_folder(folder)
            self.import_paths([Path(folder)])

    def add_files_dialog(self, class_name: str | None = None) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add examples"), self._last_folder(), self.file_dialog_filter()
        )
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
            on_error=lambda text: self.message.show_message(
                self.tr("The files could not be read: %1").replace("%1", text), "error"
            ),
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
