"""A microphone level meter: a bar that follows the loudest recent sample, on a decibel scale as ears hear it."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QProgressBar, QWidget

FLOOR_DB = -60.0  # quieter than this shows as an empty bar


def level_to_percent(level: float) -> int:
    """0..1 full-scale amplitude -> 0..100 on a -60..0 dB scale (a whisper still moves the bar)."""
    if level <= 0:
        return 0
    db = 20 * math.log10(min(level, 1.0))
    return round(max(0.0, (db - FLOOR_DB) / -FLOOR_DB) * 100)


class LevelMeter(QProgressBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 100)
        self.setTextVisible(False)
        self.setFixedHeight(12)
        self.setToolTip(self.tr("How loud the microphone hears the room right now."))
        self._colour = ""
        self.set_level(0.0)

    def set_level(self, level: float) -> None:
        percent = level_to_percent(level)
        self.setValue(percent)
        colour = "#D55E00" if percent >= 97 else "#009E73"  # red when the sound is too loud and clips
        if colour != self._colour:  # a style sheet change re-polishes the widget: only when it changes
            self._colour = colour
            self.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
