"""The class list: one row per class with its colour, name, number of examples and a few thumbnails.

Files dropped on a row go to that class; the tab decides what a drop elsewhere means.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from mmstudio.gui.dropping import dropped_paths
from mmstudio.gui.thumbnails import ThumbnailCache
from mmstudio.gui.widgets.palette import class_colour

THUMBNAILS_PER_ROW = 5
THUMB_PX = 40


class ClassRow(QWidget):
    def __init__(self, index: int, name: str, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        swatch = QLabel()
        swatch.setFixedSize(14, 40)
        swatch.setStyleSheet(f"background: {class_colour(index).name()}; border-radius: 3px;")
        title = QLabel(f"<b>{_escape(name)}</b>")
        title.setTextFormat(Qt.TextFormat.RichText)
        self.count_label = QLabel(self.tr("%n example(s)", "", count))
        self.count_label.setStyleSheet("color: palette(mid);" if count else "color: #b00020;")
        self.thumbs = QHBoxLayout()
        self.thumbs.setSpacing(2)
        self.thumbs.addStretch(1)
        text = QVBoxLayout()
        text.setSpacing(0)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.count_label)
        text.addLayout(heading)
        text.addLayout(self.thumbs)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(swatch)
        layout.addLayout(text, 1)

    def set_thumbnails(self, pixmaps: list[QPixmap | None]) -> None:
        while self.thumbs.count() > 1:
            item = self.thumbs.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for k, pixmap in enumerate(pixmaps):
            label = QLabel()
            label.setFixedSize(THUMB_PX, THUMB_PX)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("background: palette(base); border: 1px solid palette(midlight);")
            if pixmap is not None:
                label.setPixmap(
                    pixmap.scaled(THUMB_PX, THUMB_PX, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
                )
            self.thumbs.insertWidget(k, label)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ClassList(QListWidget):
    """Signals carry class names; the list never edits the examples itself."""

    filesDropped = Signal(str, list)  # class name ('' = dropped beside the rows), paths
    renameRequested = Signal(str)
    removeRequested = Signal(str)
    addFilesRequested = Signal(str)
    classSelected = Signal(str)

    def __init__(self, thumbnails: ThumbnailCache | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._thumbnails = thumbnails
        self._samples: dict[str, list[Path]] = {}
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.itemDoubleClicked.connect(lambda item: self.renameRequested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.currentItemChanged.connect(self._current_changed)
        self.setToolTip(
            self.tr("Your classes. Drop files or folders on a class to add them to it; right-click to rename or remove.")
        )
        if thumbnails is not None:
            thumbnails.ready.connect(self._thumbnail_ready)

    # content -----------------------------------------------------------------
    def set_classes(self, counts: dict[str, int], samples: dict[str, list[Path]]) -> None:
        current = self.current_class()
        self._samples = samples
        self.blockSignals(True)
        self.clear()
        for index, (name, count) in enumerate(counts.items()):
            item = QListWidgetItem(self)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(self.tr("'%1': %n example(s). Drop files here to add more.", "", count).replace("%1", name))
            row = ClassRow(index, name, count)
            item.setSizeHint(QSize(200, 72 if self._thumbnails is not None else 44))
            self.setItemWidget(item, row)
            if name == current:
                self.setCurrentItem(item)
        self.blockSignals(False)
        if self.currentItem() is None and self.count():
            self.setCurrentRow(0)
        elif self.currentItem() is not None and self.current_class() != current:
            self.classSelected.emit(self.current_class())
        self._refresh_thumbnails()

    def current_class(self) -> str | None:
        item = self.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select_class(self, name: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.setCurrentRow(row)
                return

    def row_widget(self, name: str) -> ClassRow | None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                return self.itemWidget(item)
        return None

    def _current_changed(self, current: QListWidgetItem | None, _previous) -> None:
        if current is not None:
            self.classSelected.emit(current.data(Qt.ItemDataRole.UserRole))

    # thumbnails --------------------------------------------------------------
    def _refresh_thumbnails(self, only: Path | None = None) -> None:
        if self._thumbnails is None:
            return
        for name, paths in self._samples.items():
            shown = paths[:THUMBNAILS_PER_ROW]
            if only is not None and only not in shown:
                continue
            row = self.row_widget(name)
            if row is not None:
                row.set_thumbnails([self._thumbnails.get(path) for path in shown])

    def _thumbnail_ready(self, path: Path) -> None:
        self._refresh_thumbnails(only=path)

    # menus and drops ---------------------------------------------------------
    def _menu(self, position) -> None:
        item = self.itemAt(position)
        if item is None:
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        menu = QMenu(self)
        menu.addAction(self.tr("Add files to '%1'…").replace("%1", name), lambda: self.addFilesRequested.emit(name))
        menu.addAction(self.tr("Rename…"), lambda: self.renameRequested.emit(name))
        menu.addAction(self.tr("Remove class"), lambda: self.removeRequested.emit(name))
        menu.exec(self.viewport().mapToGlobal(position))

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            item = self.itemAt(event.position().toPoint())
            if item is not None:
                self.setCurrentItem(item)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        paths = dropped_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        item = self.itemAt(event.position().toPoint())
        self.filesDropped.emit(item.data(Qt.ItemDataRole.UserRole) if item is not None else "", paths)
        event.acceptProposedAction()
