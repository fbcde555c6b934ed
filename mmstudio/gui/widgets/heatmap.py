"""How an explanation is drawn: evidence for the explained class in orange, evidence against it in blue.

One colour pair for every medium (picture heat maps, tinted words, highlighted spectrograms), and the same
Okabe-Ito orange and blue as the rest of the app, so it stays readable for the common kinds of colour blindness.
Strength is shown as opacity: the strongest evidence in an explanation is fully coloured, weak evidence fades out.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

TOWARD = (230, 97, 0)  # Okabe-Ito vermillion-orange: pushed toward the class
AWAY = (0, 114, 178)  # Okabe-Ito blue: pushed away from it


def strengths(values: np.ndarray) -> np.ndarray:
    """Values scaled to -1..1 by the largest magnitude (all zeros stay zeros)."""
    values = np.nan_to_num(np.asarray(values, dtype=np.float32))
    top = float(np.abs(values).max()) if values.size else 0.0
    return values / top if top > 0 else np.zeros_like(values)


def heat_rgba(values: np.ndarray, opacity: float = 1.0, show_against: bool = True) -> np.ndarray:
    """(rows, cols) values -> (rows, cols, 4) uint8 colours, alpha growing with strength times `opacity`."""
    scaled = strengths(values)
    if not show_against:
        scaled = np.clip(scaled, 0, None)
    rgba = np.zeros((*scaled.shape, 4), dtype=np.uint8)
    rgba[scaled > 0, :3] = TOWARD
    rgba[scaled < 0, :3] = AWAY
    rgba[..., 3] = np.round(np.abs(scaled) * 255 * float(np.clip(opacity, 0, 1))).astype(np.uint8)
    return rgba


def heat_image(values: np.ndarray, opacity: float = 1.0, show_against: bool = True) -> QImage:
    rgba = np.ascontiguousarray(heat_rgba(values, opacity, show_against))
    rows, cols = rgba.shape[:2]
    return QImage(rgba.data, cols, rows, cols * 4, QImage.Format.Format_RGBA8888).copy()


def overlay(picture: QPixmap, values: np.ndarray, opacity: float) -> QPixmap:
    """`picture` with the heat map of `values` stretched over all of it (the model saw the whole picture)."""
    result = QPixmap(picture)
    heat = heat_image(values, opacity).scaled(
        picture.size(), Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    painter = QPainter(result)
    painter.drawImage(0, 0, heat)
    painter.end()
    return result


def tint(strength: float, strongest_alpha: int = 150) -> QColor:
    """The background of a word whose weight scaled to -1..1 is `strength`."""
    red, green, blue = TOWARD if strength > 0 else AWAY
    return QColor(red, green, blue, int(round(min(abs(strength), 1.0) * strongest_alpha)))
