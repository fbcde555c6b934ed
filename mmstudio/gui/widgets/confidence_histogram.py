"""How sure the model was on its held-back examples, right answers and mistakes side by side per 10% bin.

It helps to pick a "not sure below X%" threshold: where the right answers crowd and where the mistakes sit.
pyqtgraph is imported here, so the train panel builds this only once a run or a loaded model has results.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from mmstudio.core.events import HeldBack
from mmstudio.core.mistakes import BINS, confidence_histogram, confidence_summary
from mmstudio.gui.widgets.palette import CORRECT_COLOUR, MISTAKE_COLOUR

SIDE_EM = 16  # the legend and caption column, in widths of "M": the plot keeps the tab's whole height
BAR_WIDTH = 4.4  # in percent: two bars fill most of a 10% bin, with a gap between bins
CENTRES = [100 * (k + 0.5) / BINS for k in range(BINS)]


def _percent(value: float) -> str:
    return f"{value:.0%}"


class _CountAxis(pg.AxisItem):
    """Whole-number ticks only: there is no half an example."""

    def tickSpacing(self, minVal, maxVal, size):  # noqa: N802 (pyqtgraph override)
        return [level for level in super().tickSpacing(minVal, maxVal, size) if level[0] >= 1] or [(1.0, 0.0)]


class ConfidenceHistogram(QWidget):
    """Bars of held-back examples per confidence bin (0-10% … 90-100%); beside them the legend and a sentence
    saying what they show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.legend = QLabel(
            "<br>".join(
                f'<span style="color:{QColor(colour).name()}; font-weight:700">■</span>&nbsp;{text}'
                for colour, text in ((CORRECT_COLOUR, self.tr("Right answers")), (MISTAKE_COLOUR, self.tr("Mistakes")))
            )
        )
        self.legend.setToolTip(self.tr("Green bars: examples the model got right. Orange bars: its mistakes."))
        background = self.palette().color(QPalette.ColorRole.Base)
        foreground = self.palette().color(QPalette.ColorRole.Text)
        self.plot_widget = pg.PlotWidget(background=background, axisItems={"left": _CountAxis("left")})
        self.plot_widget.setMinimumSize(0, 0)  # the tab's room decides; a plot never grows the window
        self.plot_widget.setToolTip(
            self.tr(
                "How sure the model was of its answer on each held-back example.\n"
                "Mistakes far to the left could be caught by a “not sure below …” threshold."
            )
        )
        plot = self.plot_widget.getPlotItem()
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.setLabel("bottom", self.tr("How sure the model was"), color=foreground.name())
        plot.setLabel("left", self.tr("Examples"), color=foreground.name())
        plot.getAxis("bottom").setTicks([[(10 * k, f"{10 * k}%") for k in range(0, BINS + 1, 2)]])
        for name in ("left", "bottom"):
            plot.getAxis(name).setPen(foreground)
            plot.getAxis(name).setTextPen(foreground)
        plot.setXRange(0, 100, padding=0.02)
        zeros = [0] * BINS
        self.right_bars = pg.BarGraphItem(
            x=[c - BAR_WIDTH / 2 for c in CENTRES], height=zeros, width=BAR_WIDTH, brush=CORRECT_COLOUR,
            pen=pg.mkPen(background),
        )
        self.wrong_bars = pg.BarGraphItem(
            x=[c + BAR_WIDTH / 2 for c in CENTRES], height=zeros, width=BAR_WIDTH, brush=MISTAKE_COLOUR,
            pen=pg.mkPen(background),
        )
        plot.addItem(self.right_bars)
        plot.addItem(self.wrong_bars)
        words = QWidget()
        column = QVBoxLayout(words)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.legend)
        column.addWidget(self.caption, 1)
        side = QScrollArea()  # a short tab scrolls the sentence rather than cutting it
        side.setFrameShape(QFrame.Shape.NoFrame)
        side.setWidgetResizable(True)
        side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.setWidget(words)
        side.setFixedWidth(SIDE_EM * self.fontMetrics().horizontalAdvance("M"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(side)
        self.clear()

    def clear(self) -> None:
        """Back to the empty state (a run starts, or there is no model)."""
        self.show_note(self.tr("After training, how sure the model was on the held-back examples shows here."))

    def show_note(self, text: str) -> None:
        """No bars, and one sentence saying why."""
        self._set_heights([0] * BINS, [0] * BINS)
        self.caption.setText(text)

    def set_validation(self, validation: Sequence[HeldBack]) -> None:
        """Bars and caption for the last run's held-back examples."""
        right, wrong = confidence_histogram(validation)
        self._set_heights(right, wrong)
        self.caption.setText(self.summary(validation))

    def bar_heights(self) -> tuple[list[int], list[int]]:
        """The heights drawn: right answers and mistakes per bin, lowest confidence first."""
        return list(self.right_bars.opts["height"]), list(self.wrong_bars.opts["height"])

    def summary(self, validation: Sequence[HeldBack]) -> str:
        """One or two plain sentences: where most right answers are, and how many mistakes were less sure."""
        figures = confidence_summary(validation)
        if figures.right == 0:
            return self.tr("The model got none of the %n held-back example(s) right.", "", figures.mistakes)
        right = self.tr("Right answers are mostly above %1 sure").replace("%1", _percent(figures.right_level))
        if figures.mistakes == 0:
            return self.tr("%1, and there were no mistakes.").replace("%1", right)
        if figures.mistakes == 1:
            return (
                self.tr("%1; the one mistake was %2 sure.")
                .replace("%1", right)
                .replace("%2", _percent(figures.lowest_mistake))
            )
        if figures.mistakes_below == 0:
            return (
                self.tr("%1; none of the %2 mistakes was less sure than that.")
                .replace("%1", right)
                .replace("%2", str(figures.mistakes))
            )
        return (
            self.tr("%1; of the %2 mistakes, %n were below %3.", "", figures.mistakes_below)
            .replace("%1", right)
            .replace("%2", str(figures.mistakes))
            .replace("%3", _percent(figures.right_level))
        )

    def _set_heights(self, right: list[int], wrong: list[int]) -> None:
        self.right_bars.setOpts(height=right)
        self.wrong_bars.setOpts(height=wrong)
        self.plot_widget.getPlotItem().setYRange(0, max([*right, *wrong, 1]), padding=0.08)
