"""The window fits a 1280x720 laptop screen and does not jump: whatever the user opens, trains or tries, the
minimum size stays within the screen, the window keeps the size it was given, the three columns keep their
widths, the curves have their room from the first paint, and the confusion matrix stays readable.

150% scale: headless, QT_SCALE_FACTOR=1.5 works with the offscreen platform (devicePixelRatio 1.5, sizes in
logical pixels), so that is what test_the_minimum_fits_at_150_percent_scale_or_a_larger_font runs in a fresh
process; the same test with the system font 1.5 times larger (a common setting for tired eyes or a projector).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from PySide6.QtCore import QEvent, QPointF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QSplitter

from tests.gui.driving import load_folder, train

LAPTOP = QSize(1280, 720)
SMALL = QSize(1024, 640)


def columns(tab) -> QSplitter:
    return tab.columns


def check_fits(window, what: str, size: QSize = LAPTOP) -> QSize:
    QApplication.processEvents()
    hint, minimum = window.minimumSizeHint(), window.minimumSize()
    for name, value in (("minimumSizeHint", hint), ("minimumSize", minimum)):
        assert value.width() <= size.width() and value.height() <= size.height(), (what, name, value)
    assert window.size() == size, (what, window.size())
    return hint


def test_the_window_fits_1280x720_and_keeps_its_size(qtbot, window, tab, shapes, tmp_path):
    window.resize(LAPTOP)
    qtbot.waitUntil(lambda: window.size() == LAPTOP)
    tabs = window.modality_tabs()
    for each in tabs:
        window.tabs.setCurrentWidget(each)
        check_fits(window, f"{each.medium.name} at start")
        each.train_panel.settings_toggle.click()
        check_fits(window, f"{each.medium.name} with Settings open")
    for each in tabs:
        each.train_panel.settings_toggle.click()
    check_fits(window, "Settings closed again")

    window.tabs.setCurrentWidget(tab)
    check_fits(window, "back on the Image tab")
    widths, least_width = columns(tab).sizes(), columns(tab).minimumSizeHint().width()
    load_folder(qtbot, tab, shapes)
    check_fits(window, "examples loaded")
    panel = tab.train_panel
    panel.settings_form.epochs.setValue(3)
    qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.progress.format().startswith("Epoch"), timeout=60_000)
    check_fits(window, "training")
    qtbot.waitUntil(lambda: tab.session.predictor is not None and not tab.session.training, timeout=60_000)
    for k in range(panel.results_tabs.count()):
        panel.results_tabs.setCurrentIndex(k)
        check_fits(window, f"results: {panel.results_tabs.tabText(k)}")

    tab.message.show_message("This message goes on and on about the examples, the model and the run. " * 12, "warning")
    check_fits(window, "a long message")
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a picture at all")
    tab.try_panel.try_item(broken)
    qtbot.waitUntil(lambda: tab.try_panel.prediction_label.text() == "Cannot read this example", timeout=20_000)
    check_fits(window, "a picture that cannot be read")
    tab.try_panel.unsure_spin.setValue(99)
    tab.try_panel.try_item(sorted((shapes / "star").glob("*.png"))[0])
    qtbot.waitUntil(lambda: tab.try_panel.prediction_label.text().startswith("Not sure"), timeout=20_000)
    check_fits(window, "not sure")
    assert columns(tab).minimumSizeHint().width() == least_width  # no text widened a column's minimum
    assert columns(tab).sizes() == widths


def test_clicking_a_confusion_cell_keeps_the_column_widths(qtbot, window, tab, shapes, tmp_path):
    window.resize(SMALL)  # the columns at their least widths: any growth shows
    for shape in ("circle", "square", "star"):  # long class names make long listing titles
        shutil.copytree(shapes / shape, tmp_path / "long" / f"{shape}s drawn with a thick dark line")
    load_folder(qtbot, tab, tmp_path / "long")
    train(qtbot, tab, epochs=2)
    panel = tab.train_panel
    panel.results_tabs.setCurrentIndex(1)
    QApplication.processEvents()
    widths = columns(tab).sizes()
    for cell in ((0, 0), (1, 2), (2, 1)):
        qtbot.mouseClick(panel.confusion, Qt.MouseButton.LeftButton, pos=panel.confusion.cell_rect(*cell).center())
        QApplication.processEvents()
        title = tab.gather_panel.examples_title
        assert title.text().startswith("Held-back")
        assert title.minimumSizeHint().width() <= title.width()  # a long title is elided, not clipped
        assert columns(tab).sizes() == widths, cell
        for panel_ in (tab.gather_panel, panel, tab.try_panel):  # and nothing in a column is cut sideways
            assert panel_.width() <= panel_.parentWidget().width(), (cell, type(panel_).__name__)
    assert window.size() == SMALL


def test_the_curves_have_their_room_before_pyqtgraph_arrives(qtbot, monkeypatch):
    from PySide6.QtCore import QSettings

    from mmstudio.gui.main_window import MainWindow
    from mmstudio.gui.tabs.base_tab import ModalityTab

    monkeypatch.setattr(ModalityTab, "on_libraries_ready", lambda self: None)  # the curves wait for this test
    QSettings().clear()
    window = MainWindow(load_sample_on_first_launch=False)
    qtbot.addWidget(window)
    window.resize(SMALL)  # the smallest window: least room for them
    window.show()
    qtbot.waitExposed(window)
    panel = window.tab_for("image").train_panel
    assert panel._curves is None
    qtbot.wait(100)  # the first layout passes (a column's scroll bar showing) are over
    slot = panel._curves_slot
    before = slot.size()
    assert before.height() >= 180, before  # the room the curves will have, not an empty gap
    panel.curves  # noqa: B018 (builds them, as on_libraries_ready does)
    QApplication.processEvents()
    assert slot.size() == before
    assert window.size() == SMALL


def test_a_20_class_confusion_matrix_is_readable(qtbot, window, tab):
    window.resize(LAPTOP)
    panel = tab.train_panel
    panel.results_tabs.setCurrentIndex(1)
    classes = [f"a rather long class name number {k}" for k in range(20)]
    matrix = [[(120 if row == column else row + column) for column in range(20)] for row in range(20)]
    view = panel.confusion
    view.set_matrix(classes, matrix)
    QApplication.processEvents()
    assert window.size() == LAPTOP
    for row in range(20):
        for column in range(20):
            cell = view.cell_rect(row, column)
            number = QFontMetrics(view.count_font()).horizontalAdvance(view.cell_text(row, column))
            assert cell.width() >= number + 4, (row, column, cell, number)
            assert cell.height() >= QFontMetrics(view.count_font()).height()
    for k in (0, 19):
        assert view.name_at(view.row_name_rect(k).center()) == classes[k]
        assert view.name_at(view.column_name_rect(k).center()) == classes[k]
    title = view.title_rect()
    assert title.width() >= QFontMetrics(view.title_font()).horizontalAdvance("Predicted class")
    assert view.rect().contains(title)
    area = panel.results_tabs.currentWidget()
    assert isinstance(area, QScrollArea)  # a matrix bigger than its tab scrolls rather than shrinking


@pytest.mark.parametrize("scale, font", [("1.5", 1.0), ("1", 1.5)], ids=["150% scale", "1.5x font"])
def test_the_minimum_fits_at_150_percent_scale_or_a_larger_font(tmp_path, scale, font):
    script = tmp_path / "scaled.py"
    script.write_text(
        "import json, os\n"
        "from PySide6.QtCore import QSettings, QStandardPaths\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from mmstudio.gui.app import configure\n"
        "from mmstudio.gui.main_window import MainWindow\n"
        "QStandardPaths.setTestModeEnabled(True)\n"
        "app = QApplication([]); configure(app); QSettings().clear()\n"
        f"font = app.font(); font.setPointSizeF(font.pointSizeF() * {font}); app.setFont(font)\n"
        "window = MainWindow(load_sample_on_first_launch=False); window.resize(1280, 720); window.show()\n"
        "hints = []\n"
        "for tab in window.modality_tabs():\n"
        "    window.tabs.setCurrentWidget(tab); tab.train_panel.curves; tab.train_panel.settings_toggle.click()\n"
        "    app.processEvents(); hint = window.minimumSizeHint(); hints.append([hint.width(), hint.height()])\n"
        "print(json.dumps({'ratio': window.devicePixelRatioF(), 'hints': hints}))\n"
        "os._exit(0)\n"
    )
    environment = dict(os.environ, QT_SCALE_FACTOR=scale, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=environment, timeout=120)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["ratio"] == float(scale)
    assert all(width <= 1280 and height <= 720 for width, height in result["hints"]), result


def test_at_1024x640_every_panel_is_usable(qtbot, window, tab, shapes):
    load_folder(qtbot, tab, shapes)
    train(qtbot, tab, epochs=2)
    for each in window.modality_tabs():
        each.train_panel.settings_toggle.click()
    window.resize(SMALL)
    qtbot.waitUntil(lambda: window.size() == SMALL)
    for each in window.modality_tabs():
        window.tabs.setCurrentWidget(each)
        check_fits(window, each.medium.name, SMALL)
        clipped = [
            button.text()
            for button in each.findChildren(QAbstractButton)
            if button.isVisibleTo(window) and button.text() and button.width() < button.sizeHint().width()
        ]
        assert not clipped, (each.medium.name, clipped)
        panel = each.train_panel
        assert panel._curves_slot.height() >= 150 and panel.results_tabs.height() >= 120, each.medium.name
        for widget in (each.gather_panel, panel, each.try_panel):  # a panel too tall for the window scrolls
            area = widget.parentWidget().parentWidget()
            assert isinstance(area, QScrollArea) and widget.height() >= widget.minimumSizeHint().height()


def drag(handle, by: int) -> None:
    """Drag a splitter handle `by` pixels to the right, with real mouse events."""
    start = QPointF(handle.rect().center())
    for kind, point, buttons in (
        (QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton),
        (QEvent.Type.MouseMove, start + QPointF(by, 0), Qt.MouseButton.LeftButton),
        (QEvent.Type.MouseButtonRelease, start + QPointF(by, 0), Qt.MouseButton.NoButton),
    ):
        event = QMouseEvent(kind, point, handle.mapToGlobal(point), Qt.MouseButton.LeftButton, buttons,
                            Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(handle, event)


def test_the_columns_are_where_the_user_left_them_in_the_next_window(qtbot, window, tab):
    from mmstudio.gui.main_window import MainWindow

    window.resize(LAPTOP)
    QApplication.processEvents()
    before = columns(tab).sizes()
    drag(columns(tab).handle(1), 60)
    moved = columns(tab).sizes()
    assert moved[0] == before[0] + 60, (before, moved)
    window.discard_unsaved_models()
    window.close()

    again = MainWindow(load_sample_on_first_launch=False)
    qtbot.addWidget(again)
    again.resize(LAPTOP)
    again.show()
    qtbot.waitExposed(again)
    assert columns(again.tab_for("image")).sizes() == moved


def test_a_long_prediction_is_cut_not_widening_the_try_column(qtbot, window, tab):
    window.resize(LAPTOP)
    QApplication.processEvents()
    widths = columns(tab).sizes()
    label = tab.try_panel.prediction_label
    for text in ("Cannot read this example", "Not sure (maybe “a very long class name that goes on and on”)"):
        label.setText(text)
        QApplication.processEvents()
        assert columns(tab).sizes() == widths, text
        assert text in label.toolTip()  # the whole text on hover
    assert window.size() == LAPTOP
