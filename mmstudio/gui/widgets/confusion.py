"""The confusion matrix: which classes the model gets right, and which it mixes up with which.

Custom painted rather than a QTableWidget so that square cells, rotated column names and both axis titles
lay out predictably from 2 to 20 classes and stay readable on a projector.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from mmstudio.gui.widgets.palette import CORRECT_COLOUR, MISTAKE_COLOUR, blend, readable_text_colour, scaled_font

ALIGN = Qt.AlignmentFlag
MARGIN = 10
GAP = 8  # between a label area and the grid
LEAST_COUNT_PX = 11  # the counts' smallest font: below it a cell's number is hard to read
NAME_CHARS = 18  # class names get room for this many characters; a longer one is cut, and whole on hover


class ConfusionMatrixView(QWidget):
    """Rows are the true class, columns the predicted class; clicking a cell asks to show those examples."""

    cellActivated = Signal(int, int, arguments=["true_index", "predicted_index"])  # noqa: N815 (Qt naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._classes: list[str] = []
        self._matrix: list[list[int]] = []
        self._hover: tuple[int, int] | None = None
        self._current = (0, 0)  # the keyboard's cell
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(
            self.tr(
                "Each row is the real class, each column what the model guessed.\n"
                "Squares on the diagonal are right answers; the others are mix-ups.\n"
                "Click a square to see those examples."
            )
        )

    # ----- data in -----

    def set_matrix(self, classes: list[str], matrix: list[list[int]]) -> None:
        """Show `matrix` (matrix[true][predicted] = count) for the class names in `classes`."""
        if len(matrix) != len(classes) or any(len(row) != len(classes) for row in matrix):
            raise ValueError(f"a {len(classes)}-class matrix needs {len(classes)} rows of {len(classes)} counts")
        self._classes = list(classes)
        self._matrix = [list(row) for row in matrix]
        self._hover = None
        self._current = (0, 0)
        self.setMinimumSize(self._least_size())  # past this the results tab scrolls: names and counts stay whole
        self.update()

    def clear(self) -> None:
        """Show the empty-state hint again."""
        self.set_matrix([], [])

    # ----- read-only helpers (tests, and the tab's own captions) -----

    def cell_text(self, true_index: int, predicted_index: int) -> str:
        return str(self._matrix[true_index][predicted_index])

    def cell_colour(self, true_index: int, predicted_index: int) -> QColor:
        """The background shade of a cell: stronger when more of that class's examples land there."""
        count = self._matrix[true_index][predicted_index]
        # The square root lifts small shares: a 10% mix-up must still catch the eye from the back of a room.
        strength = math.sqrt(count / max(sum(self._matrix[true_index]), 1))
        base = self.palette().color(QPalette.ColorRole.Base)
        if true_index == predicted_index:  # a faint tint even at zero keeps the diagonal visible
            return blend(base, CORRECT_COLOUR, 0.12 + 0.88 * strength)
        return blend(base, MISTAKE_COLOUR, 0.15 + 0.85 * strength) if count else base

    def cell_rect(self, true_index: int, predicted_index: int) -> QRect:
        """Where a cell is drawn, in widget coordinates."""
        return self._geometry()["cell"](true_index, predicted_index).toAlignedRect()

    def cell_tooltip(self, true_index: int, predicted_index: int) -> str:
        """One plain sentence about a cell."""
        count = self._matrix[true_index][predicted_index]
        total = sum(self._matrix[true_index])
        truth, guess = self._classes[true_index], self._classes[predicted_index]
        if total == 0:
            return self.tr("There were no '{truth}' examples to check.").format(truth=truth)
        share = f"{count / total:.0%}"
        if true_index == predicted_index:
            text = (
                self.tr("1 '{truth}' example was recognised correctly")
                if count == 1
                else self.tr("{count} '{truth}' examples were recognised correctly")
            )
        else:
            text = (
                self.tr("1 '{truth}' example was predicted as '{guess}'")
                if count == 1
                else self.tr("{count} '{truth}' examples were predicted as '{guess}'")
            )
        detail = self.tr("({share} of all {total} '{truth}' examples).")
        return (
            text.format(count=count, truth=truth, guess=guess)
            + " "
            + detail.format(share=share, total=total, truth=truth)
        )

    # ----- geometry -----

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(560, 500).expandedTo(self.minimumSize())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(280, 240)

    def _fonts(self):
        return (
            scaled_font(self.font(), 1.2, bold=True),  # axis titles
            scaled_font(self.font(), 1.15),  # class names
        )

    def title_font(self):
        return self._fonts()[0]

    def count_font(self, size: float | None = None) -> QFont:
        """The counts' font for cells of `size` (the current size if None): large on big cells, and never wider
        than its cell, so the biggest count always fits."""
        size = self._geometry()["size"] if size is None else size
        font = scaled_font(self.font(), 1.0, bold=True)
        font.setPixelSize(max(LEAST_COUNT_PX, min(int(size * 0.32), 40)))
        widest = str(max((max(row) for row in self._matrix), default=0))
        while font.pixelSize() > LEAST_COUNT_PX and QFontMetrics(font).horizontalAdvance(widest) > size - 6:
            font.setPixelSize(font.pixelSize() - 1)
        return font

    def _least_cell(self) -> int:
        """Cells shrink no further than their biggest count in the smallest count font, with a margin."""
        font = scaled_font(self.font(), 1.0, bold=True)
        font.setPixelSize(LEAST_COUNT_PX)
        widest = str(max((max(row) for row in self._matrix), default=0))
        names = QFontMetrics(self._fonts()[1])
        return max(round(names.height() * 1.6), QFontMetrics(font).horizontalAdvance(widest) + 10)

    def _name_room(self) -> float:
        """The room for class names: the longest one, up to NAME_CHARS characters (the rest is on hover)."""
        names = QFontMetrics(self._fonts()[1])
        longest = max((names.horizontalAdvance(name) for name in self._classes), default=0) + 12  # + padding
        return min(longest, names.averageCharWidth() * NAME_CHARS + 12)

    def _least_size(self) -> QSize:
        """Room for every name, title and count at the least cell size: a smaller view scrolls (train panel)."""
        if not self._classes:
            return QSize(0, 0)
        title_height = QFontMetrics(self._fonts()[0]).height() + 4
        names = QFontMetrics(self._fonts()[1])
        grid = len(self._classes) * self._least_cell()
        column_labels = self._name_room() if self._name_room() > self._least_cell() else names.height() + 6
        return QSize(
            round(2 * MARGIN + title_height + 2 * GAP + self._name_room() + grid),
            round(2 * MARGIN + title_height + column_labels + GAP + grid),
        )

    def _geometry(self) -> dict:
        """Title, label and grid areas for the current size; cells stay square and centred."""
        title_font, label_font = self._fonts()
        title_height = QFontMetrics(title_font).height() + 4
        names = QFontMetrics(label_font)
        room = self._name_room()
        n = max(len(self._classes), 1)

        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        left = area.left() + title_height + GAP + room + GAP
        width = area.right() - left

        def cell_size(column_label_height: float) -> float:
            height = area.bottom() - (area.top() + title_height + column_label_height + GAP)
            return max(min(width / n, height / n, 9 * names.height()), 1.0)

        column_label_height = names.height() + 6
        rotated = room > cell_size(column_label_height)
        if rotated:  # names too wide for their column: stand them on end
            column_label_height = room
        size = cell_size(column_label_height)
        grid = QRectF(left, area.top() + title_height + column_label_height + GAP, size * n, size * n)
        grid.moveLeft(left + (width - grid.width()) / 2)  # centre the whole block: titles follow the grid
        title_width = min(max(grid.width(), QFontMetrics(title_font).horizontalAdvance(self.tr("Predicted class")) + 8),
                          area.width())
        title = QRectF(0, area.top(), title_width, title_height)
        title.moveCenter(QPointF(min(max(grid.center().x(), area.left() + title_width / 2), area.right() - title_width / 2),
                                 title.center().y()))
        return {
            "grid": grid,
            "size": size,
            "rotated": rotated,
            "title": title,
            "title_height": title_height,
            "row_label_width": room,
            "column_label_height": column_label_height,
            "cell": lambda row, column: QRectF(grid.left() + column * size, grid.top() + row * size, size, size),
            "row_name": lambda k: QRectF(grid.left() - GAP - room, grid.top() + k * size, room, size),
            "column_name": lambda k: QRectF(grid.left() + k * size, grid.top() - GAP - column_label_height, size,
                                            column_label_height),
        }

    def title_rect(self) -> QRect:
        """Where "Predicted class" is drawn: as wide as the grid, or as the words when the grid is narrower."""
        return self._geometry()["title"].toAlignedRect()

    def row_name_rect(self, k: int) -> QRect:
        return self._geometry()["row_name"](k).toAlignedRect()

    def column_name_rect(self, k: int) -> QRect:
        return self._geometry()["column_name"](k).toAlignedRect()

    def name_at(self, point: QPoint) -> str | None:
        """The full class name under `point` on a row or column label (shown on hover: long names are cut)."""
        geometry = self._geometry()
        for k, name in enumerate(self._classes):
            if geometry["row_name"](k).contains(QPointF(point)) or geometry["column_name"](k).contains(QPointF(point)):
                return name
        return None

    def _cell_at(self, point: QPoint) -> tuple[int, int] | None:
        if not self._classes:
            return None
        geometry = self._geometry()
        grid, size = geometry["grid"], geometry["size"]
        if not grid.contains(point.toPointF()):
            return None
        n = len(self._classes)
        row = min(int((point.y() - grid.top()) / size), n - 1)
        column = min(int((point.x() - grid.left()) / size), n - 1)
        return row, column

    # ----- painting -----

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        if not self._classes:
            painter.setFont(scaled_font(self.font(), 1.4))
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            hint = QRect(0, 0, min(self.width() - 2 * MARGIN, 360), self.height() - 2 * MARGIN)
            hint.moveCenter(self.rect().center())  # a narrow column breaks the sentence evenly
            painter.drawText(
                hint,
                ALIGN.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("After training, this grid shows which classes the model mixes up"),
            )
            return
        geometry = self._geometry()
        self._paint_titles(painter, geometry)
        self._paint_names(painter, geometry)
        self._paint_cells(painter, geometry)

    def _paint_titles(self, painter: QPainter, geometry: dict) -> None:
        title_font, _ = self._fonts()
        grid, title_height = geometry["grid"], geometry["title_height"]
        painter.setFont(title_font)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.drawText(geometry["title"], ALIGN.AlignCenter, self.tr("Predicted class"))
        painter.save()  # "True class" reads bottom-to-top along the left edge
        painter.translate(grid.left() - GAP - geometry["row_label_width"] - GAP - title_height, grid.bottom())
        painter.rotate(-90)
        painter.drawText(QRectF(0, 0, grid.height(), title_height), ALIGN.AlignCenter, self.tr("True class"))
        painter.restore()

    def _paint_names(self, painter: QPainter, geometry: dict) -> None:
        _, label_font = self._fonts()
        metrics = QFontMetrics(label_font)
        painter.setFont(label_font)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        grid, size = geometry["grid"], geometry["size"]
        row_width, column_height = geometry["row_label_width"], geometry["column_label_height"]
        for k, name in enumerate(self._classes):
            row = geometry["row_name"](k)
            elided = metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(row_width))
            painter.drawText(row, ALIGN.AlignRight | ALIGN.AlignVCenter, elided)
            if geometry["rotated"]:  # bottom-to-top, starting just above its column
                elided = metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(column_height))
                painter.save()
                painter.translate(grid.left() + k * size, grid.top() - GAP)
                painter.rotate(-90)
                painter.drawText(QRectF(0, 0, column_height, size), ALIGN.AlignLeft | ALIGN.AlignVCenter, elided)
                painter.restore()
            else:
                painter.drawText(geometry["column_name"](k), ALIGN.AlignHCenter | ALIGN.AlignBottom, name)

    def _paint_cells(self, painter: QPainter, geometry: dict) -> None:
        palette = self.palette()
        size = geometry["size"]
        count_font = self.count_font(size)
        share_font = scaled_font(self.font(), 1.0)
        share_font.setPixelSize(max(9, int(count_font.pixelSize() * 0.55)))
        show_share = size >= 3.2 * QFontMetrics(share_font).height()  # room for a "40%" line under the count
        grid_pen = QPen(palette.color(QPalette.ColorRole.Mid), 1)
        n = len(self._classes)
        for row in range(n):
            total = sum(self._matrix[row])
            for column in range(n):
                cell = geometry["cell"](row, column)
                background = self.cell_colour(row, column)
                painter.fillRect(cell, background)
                painter.setPen(grid_pen)
                painter.drawRect(cell)
                count = self._matrix[row][column]
                ink = readable_text_colour(background)
                if count == 0 and row != column:
                    ink = palette.color(QPalette.ColorRole.PlaceholderText)  # zeros recede
                painter.setPen(ink)
                painter.setFont(count_font)
                if show_share and total:
                    upper = cell.adjusted(0, 0, 0, -cell.height() * 0.42)
                    lower = cell.adjusted(0, cell.height() * 0.58, 0, 0)
                    painter.drawText(upper, ALIGN.AlignHCenter | ALIGN.AlignBottom, str(count))
                    painter.setFont(share_font)
                    painter.drawText(lower, ALIGN.AlignHCenter | ALIGN.AlignTop, f"{count / total:.0%}")
                else:
                    painter.drawText(cell, ALIGN.AlignCenter, str(count))
        highlight, text = palette.color(QPalette.ColorRole.Highlight), palette.color(QPalette.ColorRole.Text)
        self._paint_marker(painter, geometry, self._hover, highlight, Qt.PenStyle.SolidLine)
        if self.hasFocus():
            self._paint_marker(painter, geometry, self._current, text, Qt.PenStyle.DotLine)

    @staticmethod
    def _paint_marker(painter: QPainter, geometry: dict, cell: tuple[int, int] | None, colour: QColor, style) -> None:
        if cell is None:
            return
        width = min(3.0, geometry["size"] / 12)  # thin on small cells so the count stays readable
        painter.setPen(QPen(colour, width, style))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(geometry["cell"](*cell).adjusted(width / 2, width / 2, -width / 2, -width / 2))

    # ----- interaction -----

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            cell, name = self._cell_at(event.pos()), self.name_at(event.pos())
            if cell is not None or name is not None:
                QToolTip.showText(event.globalPos(), self.cell_tooltip(*cell) if cell is not None else name, self)
                return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        cell = self._cell_at(event.position().toPoint())
        if cell != self._hover:
            self._hover = cell
            self.setCursor(Qt.CursorShape.PointingHandCursor if cell else Qt.CursorShape.ArrowCursor)
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        cell = self._cell_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and cell is not None:
            self._current = cell
            self.update()
            self.cellActivated.emit(*cell)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Arrow keys move between cells, Enter or Space opens one: usable without a mouse."""
        n = len(self._classes)
        steps = {
            Qt.Key.Key_Up: (-1, 0),
            Qt.Key.Key_Down: (1, 0),
            Qt.Key.Key_Left: (0, -1),
            Qt.Key.Key_Right: (0, 1),
        }
        if n and event.key() in steps:
            row, column = self._current
            step_row, step_column = steps[event.key()]
            self._current = (min(max(row + step_row, 0), n - 1), min(max(column + step_column, 0), n - 1))
            self.update()
        elif n and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.cellActivated.emit(*self._current)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.update()
        super().focusOutEvent(event)
