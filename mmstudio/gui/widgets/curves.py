"""Live loss and accuracy curves, cheap enough to take every batch event of a fast training run.

They take the core's own events (`Batches`, `EpochEnded`). Events only append to growing numpy buffers and
mark the view dirty; a timer on the GUI thread redraws at most once per `DELIVERY_INTERVAL_S` (the core's
one display rate), however many events arrive. Call the add_* methods from the GUI thread (the worker's
queued signals already arrive there).
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from mmstudio.core.events import DELIVERY_INTERVAL_S, Batches, EpochEnded
from mmstudio.gui.widgets.palette import BATCH_COLOUR, TRAIN_COLOUR, VALIDATION_COLOUR, scaled_font


class _Buffer:
    """x/y samples in arrays that double when full, so appending stays O(1) and drawing needs no copy."""

    def __init__(self) -> None:
        self._x = np.empty(256)
        self._y = np.empty(256)
        self.size = 0

    def append(self, x: float, y: float) -> None:
        if self.size == len(self._x):
            self._x = np.concatenate([self._x, np.empty_like(self._x)])
            self._y = np.concatenate([self._y, np.empty_like(self._y)])
        self._x[self.size] = x
        self._y[self.size] = y
        self.size += 1

    def clear(self) -> None:
        self.size = 0

    def data(self) -> tuple[np.ndarray, np.ndarray]:
        # Views are safe: written samples never change, and reset() clears the curves at once.
        return self._x[: self.size], self._y[: self.size]


class _Smoother:
    """Exponential moving average started at the first value, so the curve does not creep up from zero."""

    def __init__(self) -> None:
        self.value: float | None = None

    def update(self, sample: float, weight: float) -> float:
        self.value = sample if self.value is None else self.value + weight * (sample - self.value)
        return self.value


EPOCH_LABEL_ROOM = 3.5  # tick labels' least spacing, in widths of a digit: "10 11 12" ran together at 12 epochs


class _EpochAxis(pg.AxisItem):
    """Whole-epoch ticks only ("1.5 epochs" means nothing to a learner), each level of them only where its
    labels stay apart."""

    def tickSpacing(self, minVal, maxVal, size):  # noqa: N802 (pyqtgraph override)
        levels = [level for level in super().tickSpacing(minVal, maxVal, size) if level[0] >= 1] or [(1.0, 0.0)]
        least = QFontMetrics(self.style.get("tickFont") or self.font()).horizontalAdvance("0") * EPOCH_LABEL_ROOM
        pixels_per_epoch = size / max(maxVal - minVal, 1e-9)
        return [levels[0]] + [level for level in levels[1:] if level[0] * pixels_per_epoch >= least]


class _PercentAxis(pg.AxisItem):
    """Accuracy ticks as percentages (0.8 -> 80%), the form people read at a glance."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph override)
        decimals = max(0, -math.floor(math.log10(spacing * 100))) if spacing > 0 else 0
        return [f"{value * 100:.{decimals}f}%" for value in values]


def _css_size(font: QFont) -> str:
    """The font's size in the CSS form pyqtgraph's labels take."""
    return f"{font.pointSizeF():.0f}pt" if font.pointSizeF() > 0 else f"{font.pixelSize()}px"


class TrainingCurves(QWidget):
    """Loss and accuracy per epoch (training and validation) plus a faint smoothed per-batch training curve."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._redraws = 0
        self._dirty = False
        self._changed: set[tuple[str, str]] = set()
        self._epochs_planned = 0
        self._buffers = {
            (plot, series): _Buffer() for plot in ("loss", "accuracy") for series in ("train", "validation", "batch")
        }
        self._smoothers = {"loss": _Smoother(), "accuracy": _Smoother()}
        self._curves: dict[tuple[str, str], pg.PlotDataItem] = {}

        # A steady tick while data arrives (a single-shot timer re-armed by the next event would add the
        # wait for that event to every cycle); it stops itself once a tick finds nothing new.
        self._timer = QTimer(self)
        self._timer.setInterval(round(DELIVERY_INTERVAL_S * 1000))
        self._timer.timeout.connect(self._tick)

        self._plots = {
            "loss": self._make_plot("loss", self.tr("Loss ↓"), pg.AxisItem("left")),
            "accuracy": self._make_plot("accuracy", self.tr("Accuracy ↑"), _PercentAxis("left")),
        }
        self._plots["accuracy"].getPlotItem().setLimits(yMin=-0.1, yMax=1.1)
        self._reset_view()

        plots = QWidget(self)
        row = QHBoxLayout(plots)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addWidget(self._plots["loss"])
        row.addWidget(self._plots["accuracy"])

        self._hint = QLabel(self.tr("Curves appear here while the model trains"), self)
        self._hint.setFont(scaled_font(self.font(), 1.2))
        self._hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._hint.setStyleSheet("QLabel { color: palette(placeholder-text); }")

        self._legend = QLabel(self._legend_html(), self)
        self._legend.setAlignment(Qt.AlignmentFlag.AlignCenter)
        policy = self._legend.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # hiding it must not resize the plots (a costly re-layout)
        self._legend.setSizePolicy(policy)
        self._legend.setToolTip(
            self.tr("Training: examples the model learns from. Validation: examples held back to check it honestly.")
        )
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._legend, 0, 0)  # one legend above both plots, never covering a curve
        layout.addWidget(self._hint, 0, 0)  # in the legend's place while there is nothing: it covers no axis
        layout.addWidget(plots, 1, 0)
        self._show_hint_when_empty()
        self.setMinimumSize(320, 160)  # within the room the train panel keeps for the curves

    def _make_plot(self, key: str, title: str, left_axis: pg.AxisItem) -> pg.PlotWidget:
        """One plot with large labels, default mouse zoom, and its three curves created once."""
        background = self.palette().color(QPalette.ColorRole.Base)
        foreground = self.palette().color(QPalette.ColorRole.Text)
        widget = pg.PlotWidget(background=background, axisItems={"left": left_axis, "bottom": _EpochAxis("bottom")})
        widget.setToolTip(
            self.tr(
                "Loss measures how wrong the model is (lower is better); accuracy is how often it is right.\n"
                "An epoch is one pass over all the training examples.\n"
                "Scroll to zoom, drag to move; click the small 'A' in the corner to see everything again."
            )
        )
        plot = widget.getPlotItem()
        plot.setMenuEnabled(False)
        plot.setTitle(title, color=foreground.name(), size=_css_size(scaled_font(self.font(), 1.5)))
        label_style = {"color": foreground.name(), "font-size": _css_size(scaled_font(self.font(), 1.2))}
        plot.setLabel("bottom", self.tr("Epoch"), **label_style)
        plot.setLimits(xMin=0)
        tick_font = scaled_font(self.font(), 1.15)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setStyle(tickFont=tick_font)
            axis.setPen(foreground)
            axis.setTextPen(foreground)
        # The last epoch's label sits on the right edge: pyqtgraph hides a label that passes its axis's end, so
        # one plot showed "20" and the other stopped at "15". Half a label may pass, into a margin kept for it.
        overhang = QFontMetrics(tick_font).horizontalAdvance("000") // 2 + 2
        plot.getAxis("bottom").setStyle(hideOverlappingLabels=overhang)
        plot.setContentsMargins(0, 0, overhang, 0)
        if isinstance(left_axis, _PercentAxis):  # its labels are short and known: no re-layout on first paint
            left_axis.setWidth(QFontMetrics(tick_font).horizontalAdvance("100.0%") + 16)
        # Must precede curve creation so every curve inherits clipping and peak-preserving downsampling.
        plot.setClipToView(True)
        plot.setDownsampling(auto=True, mode="peak")
        self._curves[(key, "batch")] = plot.plot(
            pen=pg.mkPen(BATCH_COLOUR, width=2), name=self.tr("Training, each batch (smoothed)"), antialias=True
        )
        epoch_curve = dict(symbolSize=10, symbolPen=pg.mkPen(background, width=1.5), antialias=True)
        self._curves[(key, "train")] = plot.plot(
            pen=pg.mkPen(TRAIN_COLOUR, width=3), symbol="o", symbolBrush=TRAIN_COLOUR, name=self.tr("Training"), **epoch_curve
        )
        self._curves[(key, "validation")] = plot.plot(
            pen=pg.mkPen(VALIDATION_COLOUR, width=3, style=Qt.PenStyle.DashLine),
            symbol="s",
            symbolBrush=VALIDATION_COLOUR,
            name=self.tr("Validation"),
            **epoch_curve,
        )
        return widget

    # ----- data in -----

    def reset(self) -> None:
        """Forget everything (a new run starts) and show the empty-state hint."""
        self._timer.stop()
        for buffer in self._buffers.values():
            buffer.clear()
        for smoother in self._smoothers.values():
            smoother.value = None
        self._epochs_planned = 0
        self._reset_view()
        self._changed.update(self._buffers)
        self._dirty = True
        self.flush()

    def plan_epochs(self, last_epoch: int) -> None:
        """Fix the x axis to the run's length: no re-ranging while it grows, and the finish line is visible."""
        self._epochs_planned = last_epoch
        for plot in self._plots.values():
            plot.getPlotItem().disableAutoRange(axis="x")
            plot.setXRange(0, max(1, last_epoch), padding=0.02)
        self._plots["loss"].getPlotItem().disableAutoRange(axis="y")
        self._loss_top = 0.0

    def add_batches(self, batches: Batches) -> None:
        """Training batches ended (a gathered group); drawn on the next timer tick."""
        losses, accuracies = self._buffers[("loss", "batch")], self._buffers[("accuracy", "batch")]
        for event in batches.events:
            x = event.epoch - 1 + event.batch / event.batches  # epoch and batch are 1-based
            # Average over about a fifth of an epoch: smooth with many batches, still responsive with few.
            weight = min(0.5, max(0.05, 5.0 / event.batches))
            losses.append(x, self._smoothers["loss"].update(event.loss, weight))
            accuracies.append(x, self._smoothers["accuracy"].update(event.accuracy, weight))
        self._changed.update({("loss", "batch"), ("accuracy", "batch")})
        self._mark_dirty()

    def add_epoch(self, event: EpochEnded) -> None:
        """One epoch ended: its training and validation points; drawn on the next timer tick."""
        self._add_record(event.as_record())

    def _add_record(self, record: dict) -> None:
        """Epoch points from a record with epoch, loss, accuracy, val_loss, val_accuracy (as in the history)."""
        epoch = record["epoch"]
        self._changed.update(key for key in self._buffers if key[1] != "batch")
        self._buffers[("loss", "train")].append(epoch, record["loss"])
        self._buffers[("loss", "validation")].append(epoch, record["val_loss"])
        self._buffers[("accuracy", "train")].append(epoch, record["accuracy"])
        self._buffers[("accuracy", "validation")].append(epoch, record["val_accuracy"])
        self._mark_dirty()

    def set_history(self, records: list[dict]) -> None:
        """Show a saved model's per-epoch history (it has no per-batch detail)."""
        self.reset()
        for record in records:
            self._add_record(record)
        self.flush()

    def take_over(self, other: TrainingCurves) -> None:
        """Show what `other` shows, per-batch curve and planned epochs too (the curves of a window built anew in
        another language take over the old window's)."""
        self.reset()
        for key, buffer in other._buffers.items():
            for x, y in zip(*buffer.data()):
                self._buffers[key].append(float(x), float(y))
        for key, smoother in other._smoothers.items():
            self._smoothers[key].value = smoother.value
        if other._epochs_planned:
            self.plan_epochs(other._epochs_planned)
        self._changed.update(self._buffers)
        self._dirty = True
        self.flush()

    def flush(self) -> None:
        """Redraw now if anything changed: at the end of a run, or in tests."""
        self._timer.stop()
        if self._dirty:
            self._redraw()

    # ----- read-only helpers -----

    def epoch_points(self) -> int:
        return self._buffers[("loss", "train")].size

    def batch_points(self) -> int:
        return self._buffers[("loss", "batch")].size

    @property
    def redraw_count(self) -> int:
        """How many times the curves were redrawn; shows that redraws follow the timer, not the events."""
        return self._redraws

    def curve(self, plot: str, series: str) -> pg.PlotDataItem:
        """The curve for `plot` ("loss" or "accuracy") and `series` ("train", "validation" or "batch")."""
        return self._curves[(plot, series)]

    # ----- drawing -----

    def _mark_dirty(self) -> None:
        self._dirty = True
        if not self._timer.isActive():  # restarting an active timer would postpone the redraw
            self._timer.start()

    def _tick(self) -> None:
        if self._dirty:
            self._redraw()
        else:
            self._timer.stop()

    def _redraw(self) -> None:
        """setData only on the curves that changed: the epoch curves change once an epoch."""
        self._dirty = False
        self._redraws += 1
        for key in self._changed:
            self._curves[key].setData(*self._buffers[key].data())
        if self._epochs_planned:
            self._grow_loss_range()
        self._changed.clear()
        self._show_hint_when_empty()

    def _grow_loss_range(self) -> None:
        """During a run the loss axis only ever grows: re-ranging on every redraw re-lays out its ticks."""
        top = max(
            (
                float(self._buffers[key].data()[1].max())
                for key in self._changed
                if key[0] == "loss" and self._buffers[key].size
            ),
            default=0.0,
        )
        if top > self._loss_top:
            self._loss_top = top * 1.15
            self._plots["loss"].setYRange(0.0, self._loss_top, padding=0.0)

    def _show_hint_when_empty(self) -> None:
        empty = self.epoch_points() == 0 and self.batch_points() == 0
        self._hint.setVisible(empty)
        self._legend.setVisible(not empty)  # a legend of nothing only adds clutter

    def _legend_html(self) -> str:
        entries = [
            (QColor(TRAIN_COLOUR).name(), "━●", self.tr("Training")),
            (QColor(VALIDATION_COLOUR).name(), "╍■", self.tr("Validation")),
            (QColor(BATCH_COLOUR).name(), "━", self.tr("Training, each batch (smoothed)")),
        ]
        return "&nbsp;&nbsp;&nbsp;".join(
            f'<span style="color:{colour}; font-weight:700">{glyph}</span>&nbsp;{text}'
            for colour, glyph, text in entries
        )

    def _reset_view(self) -> None:
        """Undo any zoom: loss fits its data, accuracy always shows 0-100%."""
        self._plots["loss"].enableAutoRange()
        self._plots["accuracy"].enableAutoRange(x=True)
        self._plots["accuracy"].setYRange(0.0, 1.0, padding=0.03)
