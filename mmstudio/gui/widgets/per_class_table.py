"""How well the model does on each class, one row per class, from the core's classification report."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from mmstudio.gui.widgets.palette import class_colour, scaled_font

SORT_ROLE = Qt.ItemDataRole.UserRole


class _Item(QTableWidgetItem):
    """A read-only cell that sorts by its number (or name), not by its displayed text ("9%" < "10%")."""

    def __init__(self, text: str, sort_key: float | str) -> None:
        super().__init__(text)
        self.setData(SORT_ROLE, sort_key)
        self.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return self.data(SORT_ROLE) < other.data(SORT_ROLE)


class PerClassTable(QTableWidget):
    """Columns: Class, Accuracy (recall), Precision, F1, Examples; click a column title to sort by it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setFont(scaled_font(self.font(), 1.3))
        self.horizontalHeader().setFont(scaled_font(self.font(), 1.0, bold=True))
        headers = [
            (self.tr("Class"), self.tr("The class name, with its colour.")),
            (
                self.tr("Accuracy"),
                self.tr("Of the examples that really are this class, how many the model got right."),
            ),
            (
                self.tr("Precision"),
                self.tr("When the model says this class, how often it is right."),
            ),
            (
                self.tr("F1"),
                self.tr("Accuracy and precision combined into one score: high only when both are high."),
            ),
            (self.tr("Examples"), self.tr("How many examples of this class were used to check the model.")),
        ]
        for column, (title, explanation) in enumerate(headers):
            item = QTableWidgetItem(title)
            item.setToolTip(explanation + "\n" + self.tr("Click to sort by this column."))
            self.setHorizontalHeaderItem(column, item)
        header = self.horizontalHeader()
        widest_title = max(header.fontMetrics().horizontalAdvance(title) for title, _ in headers)
        header.setMinimumSectionSize(widest_title + 16)
        header.setMinimumHeight(int(header.fontMetrics().height() * 1.7))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # fill the width, never scroll sideways
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.7))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setIconSize(QSize(18, 18))
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # start in the model's class order
        self.setSortingEnabled(True)
        self.setToolTip(self.tr("How well the model does on each class. Click a column title to sort."))

    def set_report(self, report: dict) -> None:
        """Fill the table from a classification report: {"classes", "per_class": {name: {...}}, ...}."""
        self.setSortingEnabled(False)  # rows would jump while they are being filled
        classes = report["classes"]
        self.setRowCount(len(classes))
        for row, name in enumerate(classes):
            scores = report["per_class"][name]
            name_item = _Item(name, name.casefold())
            name_item.setData(Qt.ItemDataRole.DecorationRole, class_colour(row))  # Qt draws a colour swatch
            self.setItem(row, 0, name_item)
            for column, key in enumerate(("recall", "precision", "f1"), start=1):
                self.setItem(row, column, self._number(f"{scores[key]:.0%}", scores[key]))
            self.setItem(row, 4, self._number(str(scores["support"]), scores["support"]))
        self.setSortingEnabled(True)

    def clear(self) -> None:
        """Remove every row but keep the column titles (QTableWidget.clear would drop them too)."""
        self.setRowCount(0)

    @staticmethod
    def _number(text: str, value: float) -> _Item:
        item = _Item(text, float(value))
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        return item
