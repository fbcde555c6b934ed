"""Driving the real window like a user: drops of real files, clicks, waiting for background work."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication


def drop(widget, paths: list[Path], position: QPoint | None = None) -> None:
    """Deliver a real drop of local files onto `widget` (what a file manager's drag ends with)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    target = widget.viewport() if hasattr(widget, "viewport") else widget
    point = QPointF(position if position is not None else target.rect().center())
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # Qt delivers a drop only to the widget that accepted the drag's entry, as in a real drag
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(target, enter)
    move = QDragMoveEvent(point.toPoint(), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(target, move)
    QApplication.sendEvent(target, QDropEvent(point, Qt.DropAction.CopyAction, mime, buttons, modifiers))


def load_folder(qtbot, tab, folder: Path) -> None:
    drop(tab, [folder])
    qtbot.waitUntil(lambda: len(tab.session.examples) > 0, timeout=10_000)


def train(qtbot, tab, epochs: int = 3, timeout: int = 60_000) -> None:
    tab.train_panel.settings_form.epochs.setValue(epochs)
    qtbot.mouseClick(tab.train_panel.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.session.predictor is not None and not tab.session.training, timeout=timeout)
