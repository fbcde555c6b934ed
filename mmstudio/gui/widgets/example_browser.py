"""The examples of one class, as a grid of thumbnails (images) or a list of lines (text).

A QListView over a small model: only visible rows are painted, and thumbnails are requested lazily, so a class
of 10,000 images opens at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from mmstudio.gui.thumbnails import ThumbnailCache


class ExampleModel(QAbstractListModel):
    def __init__(self, describe: Callable[[object], str], thumbnails: ThumbnailCache | None, parent=None) -> None:
        super().__init__(parent)
        self._items: list = []
        self._rows: dict = {}
        self._describe = describe
        self._thumbnails = thumbnails
        if thumbnails is not None:
            thumbnails.ready.connect(self._thumbnail_ready)

    def set_items(self, items: list) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._rows = {item: row for row, item in enumerate(self._items)}
        self.endResetModel()

    def item(self, row: int):
        return self._items[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._describe(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(item)
        if self._thumbnails is not None:
            if role == Qt.ItemDataRole.DecorationRole and isinstance(item, Path):
                return self._thumbnails.get(item)
            if role == Qt.ItemDataRole.SizeHintRole:  # fixed, so rows whose thumbnail is still coming keep their room
                return QSize(self._thumbnails.size + 24, self._thumbnails.size + 26)
        return None

    def _thumbnail_ready(self, path: Path) -> None:
        row = self._rows.get(path)
        if row is not None:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class ExampleBrowser(QListView):
    removeRequested = Signal(list)  # the selected items

    def __init__(
        self, describe: Callable[[object], str], thumbnails: ThumbnailCache | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.example_model = ExampleModel(describe, thumbnails, self)
        self.setModel(self.example_model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(200)
        if thumbnails is not None:
            self.setViewMode(QListView.ViewMode.IconMode)
            self.setIconSize(QSize(thumbnails.size, thumbnails.size))
            self.setGridSize(QSize(thumbnails.size + 28, thumbnails.size + 30))
            self.setResizeMode(QListView.ResizeMode.Adjust)
            self.setMovement(QListView.Movement.Static)
            self.setTextElideMode(Qt.TextElideMode.ElideRight)  # the full name is in the tooltip
        else:
            self.setWordWrap(False)
            self.setTextElideMode(Qt.TextElideMode.ElideRight)  # the whole text is in the tooltip
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setToolTip(self.tr("The examples of the selected class. Select some and press Delete to remove them."))
        QShortcut(QKeySequence.StandardKey.Delete, self, self._remove_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Backspace), self, self._remove_selected)

    def set_items(self, items: list) -> None:
        self.example_model.set_items(items)

    def selected_items(self) -> list:
        return [self.example_model.item(index.row()) for index in self.selectionModel().selectedIndexes()]

    def _remove_selected(self) -> None:
        items = self.selected_items()
        if items:
            self.removeRequested.emit(items)
