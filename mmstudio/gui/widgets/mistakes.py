"""Where the model goes wrong: a gallery of its held-back mistakes, and the class pairs it mixes up most.

Both take the core's HeldBack records and the model's class names, so every medium's tab shows them alike;
what an example looks like (a thumbnail, a line of text) comes from the tab's own `describe` and thumbnails.
Rows have a fixed height and the lists scroll, so a long list never grows the window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from mmstudio.core.events import HeldBack
from mmstudio.core.mistakes import confused_pairs, mistakes
from mmstudio.gui.thumbnails import ThumbnailCache

THUMBNAIL_PX = 48  # smaller than the browser's: more mistakes fit in the few rows the results have
VERDICT_ROLE = Qt.ItemDataRole.UserRole  # "is circle · model said square · 93% sure"
PADDING = 4


def _small_list(view: QAbstractItemView) -> None:
    """Scrolling, never sideways, and a small minimum (three lines): a long list never makes the window taller."""
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setMinimumHeight(3 * view.fontMetrics().height())


def _stack(owner: QWidget, caption: QLabel, view: QAbstractItemView) -> None:
    """The caption over its list, the list taking the room: both views are laid out so."""
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.addWidget(caption)
    layout.addWidget(view, 1)


def _caption() -> QLabel:
    """A wrapped sentence over a list; it may shrink to nothing in width, so it never widens its column."""
    label = QLabel()
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


class MistakeModel(QAbstractListModel):
    """One row per mistake: the example's line (its name or text), the verdict, and its thumbnail when it has one."""

    def __init__(self, describe: Callable[[object], str], thumbnails: ThumbnailCache | None, parent=None) -> None:
        super().__init__(parent)
        self._describe = describe
        self._thumbnails = thumbnails
        self._rows: list[tuple[HeldBack, str]] = []  # (mistake, verdict)
        if thumbnails is not None:
            thumbnails.ready.connect(self._thumbnail_ready)

    def set_rows(self, rows: list[tuple[HeldBack, str]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def mistake(self, row: int) -> HeldBack:
        return self._rows[row][0]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        held, verdict = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._describe(held.item)
        if role == VERDICT_ROLE:
            return verdict
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole name or text, which the row may cut
            return f"{held.item}\n{verdict}"
        if role == Qt.ItemDataRole.DecorationRole and self._thumbnails is not None and isinstance(held.item, Path):
            return self._thumbnails.get(held.item)
        return None

    def _thumbnail_ready(self, path: Path) -> None:
        for row, (held, _verdict) in enumerate(self._rows):
            if held.item == path:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class MistakeDelegate(QStyledItemDelegate):
    """Draws a row as [thumbnail] name / verdict, each line cut at its end with "…" to fit the width."""

    def __init__(self, thumbnail_px: int | None, parent=None) -> None:
        super().__init__(parent)
        self.thumbnail_px = thumbnail_px

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 (Qt API)
        text_height = 2 * option.fontMetrics.height()
        return QSize(0, max(text_height, self.thumbnail_px or 0) + 2 * PADDING)

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        rect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        if self.thumbnail_px:
            pixmap = index.data(Qt.ItemDataRole.DecorationRole)
            if pixmap is not None and not pixmap.isNull():
                shown = pixmap.scaled(
                    self.thumbnail_px, self.thumbnail_px, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
                painter.drawPixmap(rect.left(), rect.top() + (self.thumbnail_px - shown.height()) // 2, shown)
            rect.setLeft(rect.left() + self.thumbnail_px + 2 * PADDING)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        metrics = option.fontMetrics
        line = metrics.height()
        top = rect.top() + (rect.height() - 2 * line) // 2
        painter.save()
        painter.setPen(option.palette.color(role))
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        name = painter.fontMetrics().elidedText(str(index.data()), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), top, rect.width(), line), Qt.AlignmentFlag.AlignVCenter, name)
        painter.setFont(option.font)
        verdict = metrics.elidedText(str(index.data(VERDICT_ROLE)), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), top + line, rect.width(), line), Qt.AlignmentFlag.AlignVCenter, verdict)
        painter.restore()


class _MistakeList(QListView):
    """A list that also answers Enter on the current row, as a click would (keyboard users)."""

    chosen = Signal(QModelIndex)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.chosen.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class MistakesView(QWidget):
    """The held-back examples the model got wrong, the most confident mistakes first; click one to look at it."""

    mistakeChosen = Signal(object)  # noqa: N815 (Qt naming): the HeldBack record of the clicked mistake

    def __init__(
        self, describe: Callable[[object], str], thumbnails: ThumbnailCache | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.caption = _caption()
        self.model = MistakeModel(describe, thumbnails, self)
        self.list = _MistakeList()
        self.list.setModel(self.model)
        self.list.setItemDelegate(MistakeDelegate(thumbnails.size if thumbnails is not None else None, self.list))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        _small_list(self.list)
        self.list.setToolTip(self.tr("The model's mistakes on held-back examples, the most sure first. Click one to look at it."))
        self.list.clicked.connect(self._chosen)
        self.list.chosen.connect(self._chosen)
        _stack(self, self.caption, self.list)
        self.clear()

    def clear(self) -> None:
        """Back to the empty state (a run starts, or there is no model)."""
        self.show_note(self.tr("After training, the held-back examples the model got wrong are listed here."))

    def show_note(self, text: str) -> None:
        """No mistakes to list, and why, in one sentence."""
        self.model.set_rows([])
        self.caption.setText(text)

    def set_validation(self, validation: Sequence[HeldBack], classes: Sequence[str]) -> None:
        """List the mistakes among `validation` (the last run's held-back examples) for a model of `classes`."""
        wrong = mistakes(validation)
        self.model.set_rows([(held, self.verdict(held, classes)) for held in wrong])
        if wrong:
            self.caption.setText(
                self.tr("%n mistake(s) on %1 held-back examples, the most sure first. Click one to look at it.", "", len(wrong))
                .replace("%1", str(len(validation)))
            )
        else:
            self.caption.setText(self.tr("No mistakes on the %n held-back example(s).", "", len(validation)))

    def verdict(self, held: HeldBack, classes: Sequence[str]) -> str:
        """"is circle · model said square · 93% sure"."""
        return (
            self.tr("is %1 · model said %2 · %3 sure")
            .replace("%1", classes[held.truth])
            .replace("%2", classes[held.guess])
            .replace("%3", f"{held.confidence:.0%}")
        )

    def shown(self) -> list[HeldBack]:
        """The mistakes listed, in their order."""
        return [self.model.mistake(row) for row in range(self.model.rowCount())]

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.mistakeChosen.emit(self.model.mistake(index.row()))


class ConfusedPairsView(QWidget):
    """The few class pairs the model mixes up most: "circle taken for square: 4 times"; click one to list them."""

    pairChosen = Signal(int, int)  # noqa: N815 (Qt naming): the real class index and the guessed one

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = _caption()
        self.list = QListWidget()
        self.list.setUniformItemSizes(True)
        _small_list(self.list)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setToolTip(self.tr("The classes the model mixes up most often. Click one to list those examples."))
        self.list.setCursor(Qt.CursorShape.PointingHandCursor)
        self.list.itemClicked.connect(self._chosen)
        self.list.itemActivated.connect(self._chosen)
        _stack(self, self.caption, self.list)
        self.clear()

    def clear(self) -> None:
        """Back to the empty state (a run starts, or there is no model)."""
        self.show_note(self.tr("After training, the classes the model mixes up most are listed here."))

    def show_note(self, text: str) -> None:
        self.list.clear()
        self.caption.setText(text)

    def set_validation(self, validation: Sequence[HeldBack], classes: Sequence[str]) -> None:
        """The top mix-ups among `validation`, with how often each happened."""
        self.list.clear()
        pairs = confused_pairs(validation)
        for pair in pairs:
            text = (
                self.tr("“%1” taken for “%2”: %n time(s)", "", pair.count)
                .replace("%1", classes[pair.truth])
                .replace("%2", classes[pair.guess])
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (pair.truth, pair.guess))
            item.setToolTip(text + "\n" + self.tr("Click to list these examples in step 1."))
            self.list.addItem(item)
        if pairs:
            self.caption.setText(self.tr("The classes the model mixes up most, on the held-back examples:"))
        else:
            self.caption.setText(self.tr("No mix-ups on the %n held-back example(s).", "", len(validation)))

    def rows(self) -> list[str]:
        """The lines shown, in order."""
        return [self.list.item(row).text() for row in range(self.list.count())]

    def _chosen(self, item: QListWidgetItem) -> None:
        self.pairChosen.emit(*item.data(Qt.ItemDataRole.UserRole))
