"""How an explanation is drawn: evidence for the explained class in orange, evidence against it in blue.

One colour pair for every medium (picture heat maps, tinted words, highlighted spectrograms), and the same
Okabe-Ito orange and blue as the rest of the app, so it stays readable for the common kinds of colour blindness.
Strength is shown as opacity: the strongest evidence in an explanation is fully coloured, weak evidence fades out.
A picture's or a sound's evidence is scaled to its top percent rather than its single strongest point, since a
few extreme pixels would otherwise leave the rest of the map invisible.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

TOWARD = (230, 97, 0)  # Okabe-Ito vermillion-orange: pushed toward the class
AWAY = (0, 114, 178)  # Okabe-Ito blue: pushed away from it


TOP_PERCENTILE = 99.0  # a grid's evidence at or above this percentile of its magnitudes is fully coloured


def strengths(values: np.ndarray, percentile: float = 100.0) -> np.ndarray:
    """Values scaled to -1..1 by the magnitude at `percentile` (100: the largest), clipped; zeros stay zeros."""
    values = np.nan_to_num(np.asarray(values, dtype=np.float32))
    magnitudes = np.abs(values)
    top = float(np.percentile(magnitudes, percentile)) if values.size else 0.0
    if top <= 0:
        top = float(magnitudes.max()) if values.size else 0.0
    return np.clip(values / top, -1.0, 1.0) if top > 0 else np.zeros_like(values)


def smoothed(values: np.ndarray) -> np.ndarray:
    """A light 3x3 blur ([1, 2, 1] each way): pixel-level evidence reads as regions, not as salt and pepper."""
    padded = np.pad(np.asarray(values, dtype=np.float32), 1, mode="edge")
    rows = padded[:-2] + 2 * padded[1:-1] + padded[2:]
    return (rows[:, :-2] + 2 * rows[:, 1:-1] + rows[:, 2:]) / 16


def heat_rgba(values: np.ndarray, opacity: float = 1.0, show_against: bool = True) -> np.ndarray:
    """(rows, cols) values -> (rows, cols, 4) uint8 colours, alpha growing with strength times `opacity`."""
    scaled = strengths(values, TOP_PERCENTILE)
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
    heat = heat_image(smoothed(values), opacity).scaled(
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
