"""The result widgets follow the data they are fed, stay cheap under a flood of events, and draw something."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QScrollArea

from mmstudio.core.events import DELIVERY_INTERVAL_S, BatchEnded, Batches, EpochEnded
from mmstudio.core.metrics import classification_report
from mmstudio.gui.widgets.confusion import ConfusionMatrixView
from mmstudio.gui.widgets.curves import TrainingCurves
from mmstudio.gui.widgets.palette import class_colour
from mmstudio.gui.widgets.per_class_table import PerClassTable
from mmstudio.gui.widgets.probability_bars import ProbabilityBars

SHOTS = Path("/tmp/widget_shots")
REDRAW_MS = round(DELIVERY_INTERVAL_S * 1000)
CLASSES = ["circle", "square", "triangle"]
MATRIX = [[12, 3, 0], [1, 14, 2], [0, 4, 9]]


def epoch_record(epoch: int) -> dict:
    return {
        "epoch": epoch,
        "loss": 2.0 * math.exp(-epoch / 2),
        "accuracy": 1 - 0.8 * math.exp(-epoch / 2),
        "val_loss": 2.2 * math.exp(-epoch / 2.5),
        "val_accuracy": 1 - 0.8 * math.exp(-epoch / 2.5),
    }


def show(qtbot, widget, width: int, height: int):
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def assert_drawn(widget, tmp_path: Path, name: str) -> None:
    """The widget renders to a non-blank image; a copy goes to /tmp/widget_shots for people to look at."""
    qimage = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    path = tmp_path / f"{name}.png"
    assert qimage.save(str(path))
    pixels = np.frombuffer(qimage.constBits(), dtype=np.uint8, count=qimage.sizeInBytes())
    assert pixels.std() > 5, f"{name} looks blank"
    SHOTS.mkdir(parents=True, exist_ok=True)
    qimage.save(str(SHOTS / f"{name}.png"))


# ----- TrainingCurves -----


def batch_ended(epoch: int, batch: int, batches: int, loss: float, accuracy: float, epochs: int = 1) -> BatchEnded:
    return BatchEnded(epoch, epochs, batch, batches, loss, accuracy, seconds_left=1.0)


def epoch_ended(record: dict, epochs: int) -> EpochEnded:
    return EpochEnded(epochs=epochs, seconds=1.0, **record)


def feed_training(curves: TrainingCurves, epochs: int, batches: int) -> list[dict]:
    """A run as the tab passes it on: each epoch's batches in gathered groups of 8, then the epoch's end."""
    records = []
    for epoch in range(1, epochs + 1):
        events = []
        for batch in range(1, batches + 1):
            t = epoch - 1 + batch / batches
            events.append(batch_ended(epoch, batch, batches, 2.0 * math.exp(-t / 2), 1 - 0.8 * math.exp(-t / 2), epochs))
        for start in range(0, batches, 8):
            curves.add_batches(Batches(tuple(events[start : start + 8])))
        records.append(epoch_record(epoch))
        curves.add_epoch(epoch_ended(records[-1], epochs))
    return records


def test_curves_follow_batches_and_epochs(qtbot, tmp_path):
    curves = show(qtbot, TrainingCurves(), 1100, 420)
    records = feed_training(curves, epochs=3, batches=40)
    curves.flush()

    assert curves.batch_points() == 120
    assert curves.epoch_points() == 3
    expected = {
        ("loss", "train"): "loss",
        ("loss", "validation"): "val_loss",
        ("accuracy", "train"): "accuracy",
        ("accuracy", "validation"): "val_accuracy",
    }
    for (plot, series), key in expected.items():
        x, y = curves.curve(plot, series).getData()
        assert list(x) == [1, 2, 3]
        assert np.allclose(y, [record[key] for record in records])
    x, _ = curves.curve("loss", "batch").getData()
    assert x[0] == pytest.approx(1 / 40) and x[-1] == pytest.approx(3.0)  # fractional epochs
    qtbot.wait(2 * REDRAW_MS)  # let the axes settle before the picture
    assert_drawn(curves, tmp_path, "curves")


def epoch_labels(plot) -> list[tuple[float, float, str]]:
    """(left, right, text) of each epoch number the plot's bottom axis draws, left to right."""
    from PySide6.QtGui import QPainter

    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    _, _, texts = plot.getAxis("bottom").generateDrawSpecs(painter)
    painter.end()
    return sorted((rect.left(), rect.right(), text) for rect, _, text in texts)


@pytest.mark.parametrize("points", [7, 9, 12])
@pytest.mark.parametrize("width, every_epoch", [(560, False), (2400, True)])
def test_epoch_numbers_stay_a_digit_apart_and_each_is_shown_where_there_is_room(qtbot, qapp, width, every_epoch, points):
    import pyqtgraph as pg
    from PySide6.QtGui import QFont

    font = qapp.font()
    qapp.setFont(QFont(font.family(), points))
    try:
        curves = show(qtbot, TrainingCurves(), width, 300)
    finally:
        qapp.setFont(font)
    curves.plan_epochs(12)
    feed_training(curves, epochs=12, batches=4)
    curves.flush()
    qtbot.wait(2 * REDRAW_MS)  # the axes settle
    for plot in curves.findChildren(pg.PlotWidget):
        labels = epoch_labels(plot)
        digit = labels[0][1] - labels[0][0]  # the width of "0"
        gaps = [b[0] - a[1] for a, b in zip(labels, labels[1:])]
        assert len(labels) >= 3 and min(gaps) >= digit, labels  # "10 11 12" ran together on a small font
        if every_epoch:
            assert [text for *_, text in labels] == [str(k) for k in range(13)]


def wait_idle(qtbot, curves) -> None:
    """Until the curves' display timer has stopped: it stops at the first tick that finds nothing new to draw,
    so from then on no redraw can happen without new data (an event to wait for, instead of a pause)."""
    qtbot.waitUntil(lambda: not curves._timer.isActive(), timeout=10_000)


def test_a_flood_of_batches_costs_a_few_redraws_not_one_each(qtbot):
    """Counted in redraws, not timed: what adding and one redraw cost is in benchmarks/bench_timings_from_tests.py."""
    curves = show(qtbot, TrainingCurves(), 900, 360)
    before = curves.redraw_count
    for batch in range(1, 5001):
        curves.add_batches(Batches((batch_ended(1, batch, 5000, 1.0 / batch, batch / 5000),)))
    assert curves.redraw_count == before  # adding only buffers; nothing was drawn yet
    wait_idle(qtbot, curves)
    assert curves.redraw_count - before == 1  # one timer tick drew all 5,000, and the next found nothing new
    assert len(curves.curve("accuracy", "batch").yData) == 5000
    curves.flush()
    assert curves.redraw_count - before == 1  # nothing was left for the flush
    assert curves.batch_points() == 5000

    # Events in 10 bursts with the event loop running between them: one redraw per burst, none while one arrives.
    before = curves.redraw_count
    for burst in range(10):
        for batch in range(20 * burst + 1, 20 * burst + 21):
            curves.add_batches(Batches((batch_ended(2, batch, 200, 0.5, 0.5, epochs=2),)))
        assert curves.redraw_count == before + burst
        wait_idle(qtbot, curves)
        assert curves.redraw_count == before + burst + 1
    curves.flush()
    assert curves.redraw_count - before == 10
    assert curves.batch_points() == 5200


def test_set_history_shows_a_saved_model_and_reset_empties(qtbot, tmp_path):
    curves = show(qtbot, TrainingCurves(), 1100, 420)
    assert_drawn(curves, tmp_path, "curves_empty")
    history = [epoch_record(epoch) for epoch in range(1, 6)]
    curves.set_history(history)

    assert curves.epoch_points() == 5 and curves.batch_points() == 0
    _, accuracy = curves.curve("accuracy", "validation").getData()
    assert np.allclose(accuracy, [record["val_accuracy"] for record in history])

    curves.reset()
    assert curves.epoch_points() == 0 and curves.batch_points() == 0
    for plot in ("loss", "accuracy"):
        for series in ("train", "validation", "batch"):
            assert curves.curve(plot, series).getData() == (None, None)


# ----- ConfusionMatrixView -----


def test_confusion_cells_show_counts_and_clicks_name_the_cell(qtbot, tmp_path):
    view = show(qtbot, ConfusionMatrixView(), 560, 500)
    view.set_matrix(CLASSES, MATRIX)

    for row in range(3):
        for column in range(3):
            assert view.cell_text(row, column) == str(MATRIX[row][column])
    assert view.cell_colour(1, 1) != view.cell_colour(1, 2)
    assert view.cell_colour(0, 0).green() > view.cell_colour(0, 0).red()  # right answers are green
    assert view.cell_colour(0, 1).red() > view.cell_colour(0, 1).blue()  # mix-ups are orange-red
    assert view.cell_tooltip(0, 1).startswith("3 'circle' examples were predicted as 'square'")

    with qtbot.waitSignal(view.cellActivated) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.cell_rect(2, 1).center())
    assert blocker.args == [2, 1]

    view.setFocus()
    with qtbot.waitSignal(view.cellActivated) as blocker:  # usable from the keyboard too
        qtbot.keyClick(view, Qt.Key.Key_Right)
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [2, 2]
    assert_drawn(view, tmp_path, "confusion")


def test_confusion_stays_readable_with_twenty_classes(qtbot, tmp_path):
    view = show(qtbot, ConfusionMatrixView(), 760, 680)
    assert_drawn(view, tmp_path, "confusion_empty")
    names = [f"class number {k}" for k in range(20)]
    matrix = [[30 if row == column else (row * column) % 4 for column in range(20)] for row in range(20)]
    view.set_matrix(names, matrix)

    rects = [view.cell_rect(k, k) for k in range(20)]
    assert all(view.rect().contains(rect) for rect in rects)
    assert min(rect.width() for rect in rects) >= 16
    assert_drawn(view, tmp_path, "confusion_20")

    view.clear()
    with qtbot.assertNotEmitted(view.cellActivated):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.rect().center())


# ----- ProbabilityBars -----


def test_bars_follow_the_probabilities_in_class_order(qtbot, tmp_path):
    bars = show(qtbot, ProbabilityBars(), 640, 260)
    assert bars.winner() is None
    assert_drawn(bars, tmp_path, "bars_empty")

    bars.set_probabilities({"square": 0.08, "circle": 0.87, "triangle": 0.05}, CLASSES)
    assert bars.classes() == CLASSES
    assert bars.winner() == "circle"
    assert bars.value("square") == pytest.approx(0.08)
    assert_drawn(bars, tmp_path, "bars")

    bars.set_probabilities({"a": 0.2, "b": 0.5, "c": 0.3})
    assert bars.classes() == ["a", "b", "c"] and bars.winner() == "b"
    bars.clear()
    assert bars.classes() == [] and bars.winner() is None


def test_bars_scroll_with_twenty_classes(qtbot, tmp_path):
    bars = show(qtbot, ProbabilityBars(), 640, 300)
    names = [f"class {k}" for k in range(20)]
    probabilities = {name: 0.01 for name in names} | {"class 17": 0.81}
    bars.set_probabilities(probabilities, names)
    assert bars.winner() == "class 17"
    assert bars.classes() == names
    scroll_bar = bars.findChild(QScrollArea).verticalScrollBar()
    qtbot.waitUntil(lambda: scroll_bar.value() > 0, timeout=5_000)  # scrolled to the guess, on a later event-loop turn
    assert_drawn(bars, tmp_path, "bars_20")


# ----- PerClassTable -----


def test_per_class_table_shows_a_report_and_sorts_by_number(qtbot, tmp_path):
    truth = [0] * 15 + [1] * 17 + [2] * 13
    guess = [0] * 12 + [1] * 3 + [0] + [1] * 14 + [2] * 2 + [1] * 4 + [2] * 9
    report = classification_report(truth, guess, CLASSES)
    table = show(qtbot, PerClassTable(), 640, 260)
    table.set_report(report)

    assert table.rowCount() == 3
    assert [table.item(row, 0).text() for row in range(3)] == CLASSES  # model order until sorted
    for row, name in enumerate(CLASSES):
        scores = report["per_class"][name]
        assert table.item(row, 1).text() == f"{scores['recall']:.0%}"
        assert table.item(row, 2).text() == f"{scores['precision']:.0%}"
        assert table.item(row, 3).text() == f"{scores['f1']:.0%}"
        assert table.item(row, 4).text() == str(scores["support"])
        assert table.item(row, 0).data(Qt.ItemDataRole.DecorationRole) == class_colour(row)
    for column in range(5):
        assert table.horizontalHeaderItem(column).toolTip()
    assert_drawn(table, tmp_path, "per_class_table")

    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    recalls = [report["per_class"][table.item(row, 0).text()]["recall"] for row in range(3)]
    assert recalls == sorted(recalls)
    table.clear()
    assert table.rowCount() == 0 and table.horizontalHeaderItem(0).text() == "Class"
