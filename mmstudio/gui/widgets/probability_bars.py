"""How sure the model is about each class, as big bars that can be read from the back of a classroom."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QFrame, QScrollArea, QToolTip, QVBoxLayout, QWidget

from mmstudio.gui.widgets.palette import class_colour, scaled_font

PADDING = 12
CHECK = "\u2713"  # check mark next to the winning class


def _percent(value: float) -> str:
    """Whole percents; a tiny non-zero chance shows as "<1%" rather than a misleading "0%"."""
    return "<1%" if 0 < value < 0.005 else f"{value:.0%}"


class _BarsCanvas(QWidget):
    """Paints one row per class; a plain widget so it can sit in a scroll area when there are many classes."""

    rowClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, float, QColor]] = []  # (name, probability, colour) in display order
        self.winner: str | None = None
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt override)
        index = self._row_at(int(event.position().y()))
        if index is not None and event.button() == Qt.MouseButton.LeftButton:
            self.rowClicked.emit(self.rows[index][0])
        super().mouseReleaseEvent(event)

    def row_centre(self, name: str) -> int:
        """The y of the middle of `name`'s row (for clicking it in tests and scrolling to it)."""
        index = [row[0] for row in self.rows].index(name)
        return PADDING + index * self.row_height() + self.row_height() // 2

    def _fonts(self):
        return scaled_font(self.font(), 1.6), scaled_font(self.font(), 1.6, bold=True)

    def row_height(self) -> int:
        return int(QFontMetrics(self._fonts()[1]).height() * 1.9)

    def set_rows(self, rows: list[tuple[str, float, QColor]], winner: str | None) -> None:
        self.rows, self.winner = rows, winner
        # Never squeeze rows: past the visible height the scroll area scrolls instead.
        self.setMinimumHeight(len(rows) * self.row_height() + 2 * PADDING if rows else 0)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(480, max(len(self.rows), 3) * self.row_height() + 2 * PADDING)

    def _row_at(self, y: int) -> int | None:
        index = (y - PADDING) // self.row_height()
        return index if 0 <= index < len(self.rows) and y >= PADDING else None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            index = self._row_at(event.pos().y())
            if index is not None:
                name, probability, _ = self.rows[index]
                text = self.tr("The model is {percent} sure this is '{name}'. Click to see what speaks for it.").format(
                    percent=_percent(probability), name=name
                )
                QToolTip.showText(event.globalPos(), text, self)
                return True
        return super().event(event)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        plain, bold = self._fonts()
        if not self.rows:
            painter.setFont(scaled_font(self.font(), 1.4))
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            hint = QRect(0, 0, min(self.width() - 2 * PADDING, 380), self.height() - 2 * PADDING)
            hint.moveCenter(self.rect().center())
            painter.drawText(
                hint,
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("Try an example: how sure the model is about each class appears here"),
            )
            return

        metrics = QFontMetrics(bold)
        row_height = self.row_height()
        check_width = metrics.horizontalAdvance(CHECK + " ")
        longest = max(metrics.horizontalAdvance(name) for name, _, _ in self.rows)
        name_width = min(longest + 4, int(self.width() * 0.35))  # slack: eliding at the exact advance cuts
        percent_width = metrics.horizontalAdvance("100%")
        bar_left = PADDING + check_width + name_width + PADDING
        bar_width = max(self.width() - bar_left - PADDING - percent_width - PADDING, 10)
        bar_height = row_height * 0.62
        track = palette.color(QPalette.ColorRole.Midlight)
        text = palette.color(QPalette.ColorRole.Text)
        highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
        highlight.setAlpha(40)

        for index, (name, probability, colour) in enumerate(self.rows):
            top = PADDING + index * row_height
            row = QRectF(0, top, self.width(), row_height)
            winning = name == self.winner
            if winning:
                painter.fillRect(row.adjusted(4, 2, -4, -2), highlight)
            painter.setFont(bold if winning else plain)
            painter.setPen(text)
            if winning:
                painter.drawText(
                    QRectF(PADDING, top, check_width, row_height), Qt.AlignmentFlag.AlignVCenter, CHECK
                )
            painter.drawText(
                QRectF(PADDING + check_width, top, name_width, row_height),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                QFontMetrics(painter.font()).elidedText(name, Qt.TextElideMode.ElideRight, name_width),
            )
            bar = QRectF(bar_left, top + (row_height - bar_height) / 2, bar_width, bar_height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(bar, 6, 6)
            if probability > 0:
                painter.setBrush(colour)
                filled = QRectF(bar.left(), bar.top(), max(bar.width() * min(probability, 1.0), 3), bar.height())
                painter.drawRoundedRect(filled, 6, 6)
            painter.setPen(text)
            painter.drawText(
                QRectF(bar.right() + PADDING, top, percent_width, row_height),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                _percent(probability),
            )


class ProbabilityBars(QWidget):
    """One row per class: name, a bar in the class colour and the percentage; the model's guess is ticked.
    Clicking a row emits `classClicked(name)`."""

    classClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._probabilities: dict[str, float] = {}
        self._canvas = _BarsCanvas()
        self._canvas.rowClicked.connect(self.classClicked)
        self._scroll = QScrollArea(self)
        self._scroll.setWidget(self._canvas)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroll)
        # two and a half rows at least: a crowded try column scrolls rather than squash the bars to a sliver,
        # and the half row shows there are more below
        self.setMinimumHeight(round(2.5 * self._canvas.row_height()) + 2 * PADDING)

    def set_probabilities(self, probabilities: dict[str, float], classes_order: list[str] | None = None) -> None:
        """Show `probabilities` (class name -> 0..1) in `classes_order`, the model's class list, when given.

        The order also picks the colours, so pass the model's full class list to match the other views;
        a class missing from `probabilities` shows as 0%.
        """
        order = list(classes_order) if classes_order is not None else list(probabilities)
        order += [name for name in probabilities if name not in order]
        self._probabilities = {name: float(probabilities.get(name, 0.0)) for name in order}
        rows = [(name, value, class_colour(index)) for index, (name, value) in enumerate(self._probabilities.items())]
        self._canvas.set_rows(rows, self.winner())
        # With many classes the guess may sit below the fold: scroll to it once the canvas has its new height.
        QTimer.singleShot(0, self, self._show_winner)

    def _show_winner(self) -> None:
        winner = self.winner()
        if winner is not None:
            margin = max(self._scroll.viewport().height() // 2, self._canvas.row_height())  # bring it to the middle
            self._scroll.ensureVisible(0, self._canvas.row_centre(winner), 0, margin)

    def clear(self) -> None:
        """Show the empty-state hint again."""
        self._probabilities = {}
        self._canvas.set_rows([], None)

    def winner(self) -> str | None:
        """The class with the highest probability (the first one on a tie); None when nothing is above 0%."""
        best = max(self._probabilities, key=self._probabilities.__getitem__, default=None)
        return best if best is not None and self._probabilities[best] > 0 else None

    def value(self, name: str) -> float:
        """The probability shown for `name`; KeyError for a class that is not shown."""
        return self._probabilities[name]

    @property
    def canvas(self) -> QWidget:
        """The painted rows (what a click lands on)."""
        return self._canvas

    def classes(self) -> list[str]:
        """The class names in the order they are shown, top to bottom."""
        return list(self._probabilities)
