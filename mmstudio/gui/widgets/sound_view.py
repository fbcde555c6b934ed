"""A sound shown as people read it: its waveform over time and its log-mel spectrogram below, sharing one time
axis, and for a long file a timeline of segments coloured by the class the model gave each of them.

All the numbers (samples, spectrogram) are made off the GUI thread; this widget only draws them.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from mmstudio.gui.widgets.heatmap import heat_rgba
from mmstudio.gui.widgets.palette import class_colour

WAVEFORM_POINTS = 4000  # a long file is drawn from its peaks: enough for any screen, cheap to draw
SEGMENT_ALPHA = 70


def envelope(samples: np.ndarray, points: int = WAVEFORM_POINTS) -> tuple[np.ndarray, np.ndarray]:
    """(index, value) pairs tracing the minimum and maximum of each stretch: a faithful outline of any length."""
    if len(samples) <= points:
        return np.arange(len(samples), dtype=np.float64), samples.astype(np.float64)
    stretch = len(samples) // (points // 2)
    usable = samples[: stretch * (len(samples) // stretch)].reshape(-1, stretch)
    lows, highs = usable.min(axis=1), usable.max(axis=1)
    values = np.empty(2 * len(lows))
    values[0::2], values[1::2] = lows, highs
    starts = np.arange(len(lows)) * stretch
    index = np.empty(2 * len(lows))
    index[0::2], index[1::2] = starts, starts + stretch / 2
    return index, values


class SoundView(QWidget):
    """Waveform (top) and log-mel spectrogram (bottom) of one sound, with optional class segments."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        background = self.palette().color(QPalette.ColorRole.Base)
        foreground = self.palette().color(QPalette.ColorRole.Text)
        self.waveform_plot = pg.PlotWidget(background=background)
        self.spectrogram_plot = pg.PlotWidget(background=background)
        for plot, label in ((self.waveform_plot, self.tr("Sound")), (self.spectrogram_plot, self.tr("Pitch bands"))):
            item = plot.getPlotItem()
            item.setMenuEnabled(False)
            item.hideButtons()
            item.setMouseEnabled(x=True, y=False)
            item.setLabel("left", label, color=foreground.name())
            for name in ("left", "bottom"):
                item.getAxis(name).setPen(foreground)
                item.getAxis(name).setTextPen(foreground)
                item.getAxis(name).enableAutoSIPrefix(False)
        self.waveform_plot.getPlotItem().getAxis("left").setTicks([[]])
        self.spectrogram_plot.getPlotItem().getAxis("left").setTicks([[]])
        self.spectrogram_plot.getPlotItem().setLabel("bottom", self.tr("Seconds"), color=foreground.name())
        self.spectrogram_plot.setXLink(self.waveform_plot)
        self.waveform_plot.setToolTip(self.tr("The sound's loudness over time. Coloured stretches show what the "
                                              "model heard in each part of a long recording."))
        self.spectrogram_plot.setToolTip(
            self.tr("The spectrogram: low pitches at the bottom, high at the top, bright where the sound is loud. "
                    "This picture is what the model reads.")
        )
        self.curve = self.waveform_plot.plot(pen=pg.mkPen(foreground, width=1))
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(pg.colormap.get("viridis"))
        self.spectrogram_plot.addItem(self.image)
        self.heat = pg.ImageItem(axisOrder="row-major")  # what mattered to the model, over the spectrogram
        self.heat.setZValue(5)
        self.spectrogram_plot.addItem(self.heat)
        self._bands = 1
        self._segments: list[pg.LinearRegionItem] = []
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.waveform_plot, 1)
        layout.addWidget(self.spectrogram_plot, 1)
        layout.addWidget(self.caption)
        self.setMinimumHeight(110)
        self.clear()

    def clear(self, caption: str = "") -> None:
        self.curve.setData([], [])
        self.image.clear()
        self.heat.clear()
        self.set_segments([], [])
        self.caption.setText(caption)
        self.caption.setVisible(bool(caption))

    def show_sound(self, samples: np.ndarray, rate: int, spectrogram: np.ndarray, frame_seconds: float) -> None:
        """`spectrogram` is (bands, frames) with the lowest band first; `frame_seconds` the hop between frames."""
        index, values = envelope(np.asarray(samples, dtype=np.float32))
        self.curve.setData(index / rate, values)
        self.waveform_plot.setYRange(-1.0, 1.0, padding=0.05)
        bands, frames = spectrogram.shape
        self._bands = bands
        self.image.setImage(spectrogram, autoLevels=True)
        self.image.setRect(0.0, 0.0, frames * frame_seconds, float(bands))
        duration = max(len(samples) / rate, frames * frame_seconds, 1e-3)
        self.waveform_plot.setXRange(0.0, duration, padding=0)
        self.spectrogram_plot.setYRange(0, bands, padding=0)
        self.caption.setVisible(False)

    def set_segments(self, segments: list[tuple[float, float, str]], classes: list[str]) -> None:
        """Colour each (start, end, label) stretch of the waveform by its class (as in every other view)."""
        for region in self._segments:
            self.waveform_plot.removeItem(region)
        self._segments = []
        for start, end, label in segments:
            colour = QColor(class_colour(classes.index(label) if label in classes else 0))
            colour.setAlpha(SEGMENT_ALPHA)
            region = pg.LinearRegionItem((start, end), movable=False, brush=pg.mkBrush(colour), pen=pg.mkPen(None))
            region.setToolTip(self.tr("%1 s to %2 s: %3").replace("%1", f"{start:.1f}").replace("%2", f"{end:.1f}")
                              .replace("%3", label))
            region.setZValue(-10)
            self.waveform_plot.addItem(region)
            self._segments.append(region)

    def set_attribution(self, attribution: np.ndarray | None, frame_seconds: float = 0.0, start: float = 0.0) -> None:
        """Colour the parts of the spectrogram that mattered: `attribution` is (frames, bands) of the model's
        input, lowest band first, its first frame at `start` seconds; None takes the colouring away."""
        if attribution is None:
            self.heat.clear()
            return
        rgba = heat_rgba(np.asarray(attribution).T, opacity=0.8)  # (bands, frames, 4), as the spectrogram
        self.heat.setImage(rgba, autoLevels=False)
        frames = rgba.shape[1]
        self.heat.setRect(start, 0.0, frames * frame_seconds, float(self._bands))

    def has_attribution(self) -> bool:
        return self.heat.image is not None

    @property
    def segment_count(self) -> int:
        return len(self._segments)


class SoundWhyView(SoundView):
    """A sound with the parts that mattered to the model coloured over its spectrogram (the mistakes gallery)."""

    def show_explanation(self, item, preview, explanation) -> None:
        if preview is None:
            self.clear(self.tr("This file could not be shown"))
            return
        self.show_sound(preview.samples, preview.rate, preview.spectrogram, preview.frame_seconds)
        if explanation is not None and explanation.attribution is not None:
            self.set_attribution(explanation.attribution, explanation.frame_seconds, explanation.start_seconds)
