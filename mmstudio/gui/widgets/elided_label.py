"""A one-line label that never widens its column: long text (a folder path) is cut with "…" to fit, and the
whole text is in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """`description`, when given, follows the whole text in the tooltip (what the label is for)."""

    def __init__(self, text: str = "", mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle,
                 parent: QWidget | None = None, description: str = "") -> None:
        super().__init__(text, parent)
        self._mode = mode
        self._description = description
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._set_tooltip()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt API)
        super().setText(text)
        self._set_tooltip()

    def _set_tooltip(self) -> None:
        self.setToolTip("\n".join(part for part in (self.text(), self._description) if part))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(0, super().minimumSizeHint().height())

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        rect = self.contentsRect()
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(self.alignment()), self.fontMetrics().elidedText(self.text(), self._mode, rect.width()))
