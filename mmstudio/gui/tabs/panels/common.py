"""What the panels of a tab share besides the session: their heading style, the settings they remember, and
the scroll area that keeps a tall panel from making the window taller."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, QSize, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSplitter, QWidget


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-size: 15pt; font-weight: 600; padding: 2px 0 4px 0;")
    return label


class Remembered:
    """What a tab keeps between launches, in its medium's own settings group: the last folder, model and knobs."""

    def __init__(self, group: str, first_folder: Path | None = None) -> None:
        self.group = group
        self.first_folder = first_folder  # where dialogs open before any folder was used (the samples)

    def settings(self) -> QSettings:
        settings = QSettings()
        settings.beginGroup(self.group)
        return settings

    def last_folder(self) -> str:
        """The folder a file dialog opens in: the last one used, else the bundled samples, else home."""
        first = self.first_folder if self.first_folder is not None and self.first_folder.is_dir() else Path.home()
        return str(self.settings().value("last_folder", str(first)))

    def remember_folder(self, folder: str) -> None:
        self.settings().setValue("last_folder", folder)


class VerticalScroller(QScrollArea):
    """`content` scrolled up and down, never sideways: a panel (or form) taller than the room it gets scrolls
    instead of making the window taller, and its width is still the content's own, so nothing is cut.

    The content is sized here, not by QScrollArea's widgetResizable: that gives content with wrapping labels
    its preferred height, so a panel with room enough for its minimum scrolled all the same."""

    def __init__(self, content: QWidget, least_height: int = 0) -> None:
        super().__init__()
        self._least_height = least_height
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)
        content.installEventFilter(self)

    def _content_height(self, width: int) -> int:
        """The least height the content needs at `width` (wrapped labels taller when narrow)."""
        layout = self.widget().layout()
        if layout is not None and layout.hasHeightForWidth():
            return layout.totalMinimumHeightForWidth(width)
        return self.widget().minimumSizeHint().height()

    def _fit(self) -> None:
        width = self.viewport().width()
        self.widget().resize(width, max(self.viewport().height(), self._content_height(width)))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        width = self.widget().minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(width, min(self._least_height, self.widget().minimumSizeHint().height()))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        hint = self.widget().sizeHint()
        return QSize(hint.width() + self.verticalScrollBar().sizeHint().width(), hint.height())


def remember_splitter(splitter: QSplitter, remembered: Remembered, key: str, sizes: list[int]) -> None:
    """Put `splitter` where the user last left it (else at `sizes`) and remember each move, for the next window."""
    state = remembered.settings().value(f"splitters/{key}")
    if state is None or not splitter.restoreState(state):
        splitter.setSizes(sizes)
    splitter.splitterMoved.connect(lambda: remembered.settings().setValue(f"splitters/{key}", splitter.saveState()))
