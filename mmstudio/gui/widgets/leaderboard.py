"""The live leaderboard of "Find the best model": one row per model tried (its title, held-back accuracy, time),
the model in training marked, the winner highlighted and the reason it won under the table."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

WINNER_COLOUR = QColor("#d8f0d8")
COLUMNS = 3  # model, accuracy, time


class LeaderboardView(QWidget):
    rowFinished = Signal(str)  # a model's figures were just shown: its name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels([self.tr("Model"), self.tr("Held-back accuracy"), self.tr("Time")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setToolTip(self.tr("Each model tried, checked on the same held-back examples."))
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        self.reason_label.setToolTip(self.tr("Why this model was kept."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reason_label)
        self._names: list[str] = []  # the model of each row
        self._winner: str | None = None

    def clear(self) -> None:
        self.table.setRowCount(0)
        self._names, self._winner = [], None
        self.reason_label.clear()

    def show_training(self, name: str, title: str) -> None:
        """A model starts training: its row is added, in bold, with no figures yet."""
        row = self._row(name)
        self.table.setItem(row, 0, QTableWidgetItem(self.tr("▶ %1").replace("%1", title)))
        self.table.setItem(row, 1, QTableWidgetItem(self.tr("training…")))
        self.table.setItem(row, 2, QTableWidgetItem(""))
        self._set_bold(row, True)

    def show_result(self, name: str, title: str, accuracy: float, seconds: float, cut_short: bool) -> None:
        row = self._row(name)
        self.table.setItem(row, 0, QTableWidgetItem(title))
        self.table.setItem(row, 1, QTableWidgetItem(f"{accuracy:.0%}"))
        time_text = self.tr("%1 s").replace("%1", f"{seconds:.1f}")
        time_item = QTableWidgetItem(time_text + (self.tr(" (time up)") if cut_short else ""))
        if cut_short:
            time_item.setToolTip(self.tr("Its share of the time ran out: it was stopped and its best so far kept."))
        self.table.setItem(row, 2, time_item)
        self._set_bold(row, False)
        self.rowFinished.emit(name)

    def show_winner(self, name: str, reason: str) -> None:
        self._winner = name
        row = self._names.index(name)
        for column in range(COLUMNS):
            self.table.item(row, column).setBackground(QBrush(WINNER_COLOUR))
        self.reason_label.setText(reason)

    def models(self) -> list[str]:
        """The models listed, in the order they were tried."""
        return list(self._names)

    def winner(self) -> str | None:
        return self._winner

    def _row(self, name: str) -> int:
        if name not in self._names:
            self._names.append(name)
            self.table.setRowCount(len(self._names))
        return self._names.index(name)

    def _set_bold(self, row: int, bold: bool) -> None:
        for column in range(COLUMNS):
            item = self.table.item(row, column)
            font = QFont(item.font())
            font.setBold(bold)
            item.setFont(font)
