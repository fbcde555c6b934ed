"""Showing pictures that arrive as plain pixel data from background jobs, and a drop target for trying images."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from mmstudio.gui.dropping import dropped_paths

if TYPE_CHECKING:
    import numpy as np


def pixmap_from_rgba(data: bytes, width: int, height: int) -> QPixmap:
    image = QImage(data, width, height, width * 4, QImage.Format.Format_RGBA8888)
    return QPixmap.fromImage(image.copy())


def pixmap_from_pixels(pixels: np.ndarray) -> QPixmap:
    """A (channels, h, w) uint8 array (what the model saw, or its reconstruction) as a pixmap."""
    import numpy as np

    channels, height, width = pixels.shape
    if channels == 1:
        data = np.ascontiguousarray(pixels[0])
        image = QImage(data.data, width, height, width, QImage.Format.Format_Grayscale8)
    else:
        data = np.ascontiguousarray(pixels.transpose(1, 2, 0))
        image = QImage(data.data, width, height, width * 3, QImage.Format.Format_RGB888)
    return QPixmap.fromImage(image.copy())


class ScaledImage(QLabel):
    """A picture that keeps its aspect ratio and scales pixel art up without blurring it."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(placeholder, parent)
        self._pixmap: QPixmap | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setMinimumSize(96, 96)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_picture(self, pixmap: QPixmap | None) -> None:
        self._pixmap = pixmap
        self._rescale()

    def has_picture(self) -> bool:
        return self._pixmap is not None

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self._pixmap is None or self._pixmap.isNull():
            self.setPixmap(QPixmap())
            return
        small = self._pixmap.width() < 96
        mode = Qt.TransformationMode.FastTransformation if small else Qt.TransformationMode.SmoothTransformation
        self.setPixmap(self._pixmap.scaled(self.contentsRect().size(), Qt.AspectRatioMode.KeepAspectRatio, mode))


class ImageDropArea(ScaledImage):
    """Drop an image here (or click) to see what the model predicts."""

    fileDropped = Signal(object)  # Path
    clicked = Signal()

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(placeholder, parent)
        self.setAcceptDrops(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet("ImageDropArea { border: 2px dashed palette(mid); border-radius: 8px; color: palette(mid); }")

    def dragEnterEvent(self, event) -> None:
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [p for p in dropped_paths(event.mimeData()) if p.is_file()]
        if paths:
            event.acceptProposedAction()
            self.fileDropped.emit(paths[0])

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)
