"""Desktop conventions: Enter trains (a text box keeps its Enter), the Help menu has a guide and the shortcuts,
and the title does not repeat the application's name."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.driving import load_folder
from tests.gui.test_text_tab import text_tab  # noqa: F401


def test_enter_starts_training_and_escape_stops_it(qtbot, tab, shapes):
    load_folder(qtbot, tab, shapes)
    tab.train_panel.settings_form.epochs.setValue(50)
    tab.gather_panel.class_list.setFocus()
    with qtbot.waitSignal(tab.train_panel.progress.valueChanged, timeout=20_000):
        qtbot.keyClick(tab.gather_panel.class_list, Qt.Key.Key_Return)
    assert tab.session.training
    qtbot.keyClick(tab.gather_panel.class_list, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not tab.session.training, timeout=10_000)
    assert len(tab.session.bundle.history) < 50


def test_enter_in_the_try_it_box_is_a_new_line_not_training(qtbot, text_tab):  # noqa: F811
    text_tab.session.examples.add_class("a")
    text_tab.try_box.setFocus()
    qtbot.keyClicks(text_tab.try_box, "first line")
    qtbot.keyClick(text_tab.try_box, Qt.Key.Key_Return)
    qtbot.keyClicks(text_tab.try_box, "second")
    assert text_tab.try_box.toPlainText() == "first line\nsecond"
    assert not text_tab.session.training
    assert text_tab.message.text() == ""  # not even "add examples first": Enter was the box's


def test_help_has_a_three_step_guide_and_the_shortcuts(window):
    titles = [action.text() for action in window.menuBar().actions()[-1].menu().actions()]
    assert titles == ["&Getting started", "&Keyboard shortcuts", "&About mmstudio"]
    guide = window.guide_text()
    for step in ("1 · Examples", "2 · Train", "3 · Try it"):
        assert step in guide
    shortcuts = window.shortcuts_text()
    for keys, what in (("Ctrl+S", "Save the model"), ("Return", "Train"), ("Esc", "Stop training")):
        assert f"<b>{keys}</b></td><td>{what}</td>" in shortcuts
    assert "mmstudio" not in window.windowTitle()  # Qt adds "— mmstudio" to what the title bar shows


def test_a_new_run_takes_away_the_last_runs_held_back_list(qtbot, tab, shapes):
    from tests.gui.driving import train

    load_folder(qtbot, tab, shapes)
    tab.gather_panel.select_class("square")
    train(qtbot, tab, epochs=1)
    tab.train_panel.confusion.cellActivated.emit(0, 0)
    assert tab.gather_panel.examples_title.text().startswith("Held-back")
    with qtbot.waitSignal(tab.train_panel.progress.valueChanged, timeout=20_000):
        tab.train_panel.start_training()
    assert tab.gather_panel.examples_title.text() == "Examples in “square”"
    assert tab.gather_panel.browser.model().rowCount() == 24
    qtbot.waitUntil(lambda: not tab.session.training, timeout=60_000)


def test_example_names_are_cut_at_the_end_with_the_full_path_on_hover(qtbot, tab, shapes):
    load_folder(qtbot, tab, shapes)
    tab.gather_panel.select_class("circle")
    browser = tab.gather_panel.browser
    assert browser.textElideMode() == Qt.TextElideMode.ElideRight
    first = browser.model().index(0, 0)
    path = browser.example_model.item(0)
    assert browser.model().data(first, Qt.ItemDataRole.ToolTipRole) == str(path)
    assert browser.model().data(first) == path.name


def test_a_pretrained_image_network_fixes_the_picture_size_and_colour(tab):
    combo = tab.train_panel.model_combo
    combo.setCurrentIndex(combo.findData("mobilenet"))
    assert not tab.size_combo.isEnabled() and not tab.colour_combo.isEnabled()
    assert "224" in tab.size_combo.toolTip()
    combo.setCurrentIndex(combo.findData("cnn"))
    assert tab.size_combo.isEnabled() and tab.colour_combo.isEnabled()


def test_the_final_fit_on_all_examples_is_progress_not_more_curve(qtbot, tab, shapes):
    """The final model's training is told in the progress bar; the curves keep the checked run's batches only."""
    import numpy as np

    from tests.gui.driving import train

    load_folder(qtbot, tab, shapes)
    assert tab.train_panel.settings_form.fit_on_all.isChecked()  # the default recipe
    said = []
    tab.train_panel.progress.valueChanged.connect(lambda _value: said.append(tab.train_panel.progress.format()))
    train(qtbot, tab, epochs=3)
    assert any(text.startswith("Training the final model on all 72 examples · epoch") for text in said), said[-5:]
    assert tab.message.kind != "warning"  # not announced as a problem
    curves = tab.train_panel.curves
    curves.flush()
    epochs, _ = curves.curve("loss", "batch").getData()
    assert len(epochs) > 0 and (np.diff(epochs) >= 0).all()  # no line drawn back to the first epoch


def test_file_dialogs_start_in_the_samples_then_in_the_last_folder_used(window, tmp_path):
    from mmstudio.core.resources import sample_path

    image, audio = window.tab_for("image"), window.tab_for("audio")
    assert image.remembered.last_folder() == str(sample_path("shapes"))
    assert audio.remembered.last_folder() == str(sample_path("speech"))
    image.remembered.remember_folder(str(tmp_path))
    assert image.remembered.last_folder() == str(tmp_path)
