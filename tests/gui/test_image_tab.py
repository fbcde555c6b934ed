"""The Image tab driven like a user would: drop folders and files, train, watch curves, try, save and reload."""

from __future__ import annotations

import shutil
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QThreadPool, Qt

from mmstudio.core.checkpoint import load_bundle
from mmstudio.gui.widgets.class_list import THUMBNAILS_PER_ROW

from tests.gui.driving import drop, load_folder, train


def test_dropping_a_folder_of_class_folders_fills_the_class_list(qtbot, tab, shapes):
    assert not tab.train_panel.train_button.isEnabled()
    load_folder(qtbot, tab, shapes)
    gather = tab.gather_panel
    assert tab.session.examples.counts() == {"circle": 24, "square": 24, "star": 24}
    assert gather.class_list.count() == 3
    row = gather.class_list.row_widget("square")
    assert row.count_label.text() == "24 examples"
    # thumbnails are made in the background and then shown in the row
    qtbot.waitUntil(lambda: all(label.pixmap() and not label.pixmap().isNull() for label in _thumb_labels(row)), timeout=10_000)
    assert len(_thumb_labels(row)) == 5
    gather.class_list.select_class("star")
    assert gather.browser.model().rowCount() == 24
    assert tab.train_panel.train_button.isEnabled()  # the train panel follows the examples through the session


def _thumb_labels(row):
    return [row.thumbs.itemAt(i).widget() for i in range(row.thumbs.count()) if row.thumbs.itemAt(i).widget()]


def test_dropping_several_plain_folders_makes_one_class_each(qtbot, tab, shapes):
    drop(tab, [shapes / "circle", shapes / "star"])
    qtbot.waitUntil(lambda: len(tab.session.examples.class_names) == 2, timeout=10_000)
    assert tab.session.examples.counts() == {"circle": 24, "star": 24}


def test_files_dropped_on_a_class_row_join_that_class(qtbot, tab, shapes):
    load_folder(qtbot, tab, shapes)
    extra = sorted((shapes / "circle").glob("*.png"))[:3]
    class_list = tab.gather_panel.class_list
    class_list.select_class("square")
    drop(class_list, extra, class_list.visualItemRect(class_list.currentItem()).center())
    qtbot.waitUntil(lambda: tab.session.examples.counts()["square"] == 27, timeout=10_000)
    assert set(extra) <= set(tab.session.examples.items("square"))
    assert "is in both 'circle' and 'square'" in tab.train_panel.warnings_label.text()


def test_loose_files_dropped_on_the_tab_ask_for_a_class(qtbot, tab, shapes, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    asked = []

    def answer(parent, title, label, items, current, editable):
        asked.append(label)
        return "my stars", True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(answer))
    files = sorted((shapes / "star").glob("*.png"))[:4]
    drop(tab, files)
    qtbot.waitUntil(lambda: "my stars" in tab.session.examples.class_names, timeout=10_000)
    assert asked and "4 files" in asked[0]
    assert tab.session.examples.items("my stars") == files


def test_classes_can_be_renamed_and_removed_and_examples_removed(qtbot, tab, shapes):
    load_folder(qtbot, tab, shapes)
    gather, examples = tab.gather_panel, tab.session.examples
    examples.rename_class("star", "stars")
    assert gather.class_list.row_widget("stars") is not None
    gather.class_list.select_class("stars")
    gather.browser.selectAll()
    qtbot.mouseClick(gather.remove_examples_button, Qt.MouseButton.LeftButton)
    assert examples.counts()["stars"] == 0
    assert gather.class_list.row_widget("stars").count_label.text() == "0 examples"
    assert not gather.remove_examples_button.isEnabled()  # nothing left to remove
    gather.remove_class("stars")
    assert examples.class_names == ["circle", "square"]
    assert gather.class_list.count() == 2


def test_train_shows_live_curves_results_and_try_it(qtbot, tab, shapes):
    load_folder(qtbot, tab, shapes)
    train(qtbot, tab, epochs=4)
    gather, results, trying = tab.gather_panel, tab.train_panel, tab.try_panel
    results.curves.flush()
    assert results.curves.epoch_points() == 4
    assert results.curves.batch_points() > 4
    assert results.progress.format() == "Training finished."
    report = tab.session.bundle.metrics
    assert sum(map(sum, report["confusion_matrix"])) == report["n"] > 0
    assert results.per_class_table.rowCount() == 3
    assert "held-back" in results.accuracy_label.text()
    assert trying.model_summary.text() == "Model: Convolutional network · 3 classes · trained 4 epochs"
    # clicking a confusion-matrix cell lists exactly the held-back examples behind it, in the gather panel
    matrix = report["confusion_matrix"]
    for truth, guess in ((0, 0), (1, 2)):
        results.confusion.cellActivated.emit(truth, guess)
        assert gather.browser.model().rowCount() == matrix[truth][guess]
    assert gather.examples_title.text() == f"Held-back “square” examples the model called “star”: {matrix[1][2]}"
    shown = [gather.browser.example_model.item(row) for row in range(gather.browser.model().rowCount())]
    assert all(path.parent.name == "square" for path in shown)
    assert not gather.remove_examples_button.isEnabled()  # they are not the selected class's to remove
    gather.class_list.select_class("star")
    assert gather.browser.model().rowCount() == 24
    # try it: drop a picture on the try-it area
    picture = sorted((shapes / "circle").glob("*.png"))[0]
    with qtbot.waitSignal(trying.predictionShown, timeout=10_000) as shown:
        drop(tab.try_area, [picture])
    label = shown.args[0]
    assert label in ("circle", "square", "star")
    assert trying.prediction_label.text() == label
    assert trying.bars.winner() == label
    assert abs(sum(trying.bars.value(name) for name in ("circle", "square", "star")) - 1.0) < 1e-3
    assert tab.try_area.has_picture()


def test_save_and_reload_a_model_in_a_new_window(qtbot, tab, shapes, tmp_path):
    from mmstudio.gui.main_window import MainWindow

    load_folder(qtbot, tab, shapes)
    train(qtbot, tab, epochs=2)
    path = tmp_path / "shapes.mmstudio"
    tab.try_panel.save_model(path)
    qtbot.waitUntil(lambda: "Saved the model" in tab.message.text(), timeout=10_000)
    assert load_bundle(path).classes == ["circle", "square", "star"]
    picture = sorted((shapes / "star").glob("*.png"))[1]
    with qtbot.waitSignal(tab.try_panel.predictionShown, timeout=10_000) as first:
        tab.try_panel.try_item(picture)

    other = MainWindow(load_sample_on_first_launch=False)
    qtbot.addWidget(other)
    fresh = other.tab_for("image")
    fresh.try_panel.load_model(path)
    qtbot.waitUntil(lambda: fresh.session.predictor is not None, timeout=10_000)
    assert fresh.session.examples.class_names == ["circle", "square", "star"]
    assert fresh.train_panel.curves.epoch_points() == 2
    assert fresh.train_panel.continue_check.isChecked()
    with qtbot.waitSignal(fresh.try_panel.predictionShown, timeout=10_000) as second:
        fresh.try_panel.try_item(picture)
    assert second.args == first.args


def test_a_loaded_model_can_be_trained_further(qtbot, tab, shapes, tmp_path):
    load_folder(qtbot, tab, shapes)
    train(qtbot, tab, epochs=2)
    path = tmp_path / "m.mmstudio"
    tab.try_panel.save_model(path)
    qtbot.waitUntil(lambda: path.exists(), timeout=10_000)
    tab.try_panel.load_model(path)
    qtbot.waitUntil(lambda: tab.train_panel.continue_check.isChecked(), timeout=10_000)
    before = tab.session.bundle
    tab.session.predictor = None
    train(qtbot, tab, epochs=1)
    assert tab.session.bundle is not before
    assert [record["epoch"] for record in tab.session.bundle.history] == [1, 2, 3]
    assert tab.train_panel.curves.epoch_points() == 3


def test_damaged_or_foreign_model_files_get_a_plain_message(qtbot, tab, tmp_path):
    damaged = tmp_path / "broken.mmstudio"
    damaged.write_bytes(b"\x00\x01 not a model at all")
    tab.try_panel.load_model(damaged)
    qtbot.waitUntil(lambda: tab.message.isVisible() and tab.message.kind == "error", timeout=10_000)
    assert "broken.mmstudio" in tab.message.text()
    assert "Traceback" not in tab.message.text()
    assert tab.session.bundle is None


def test_escape_stops_training_early_and_keeps_a_model(qtbot, tab, shapes):
    """How soon the run ends after Escape is a timing: benchmarks/bench_timings_from_tests.py measures it."""
    load_folder(qtbot, tab, shapes)
    panel = tab.train_panel
    panel.settings_form.epochs.setValue(500)
    panel.start_training()
    qtbot.waitUntil(lambda: panel.curves.batch_points() > 0 or panel.progress.value() > 3, timeout=20_000)
    qtbot.waitUntil(lambda: tab.session.bundle is None and tab.session.training, timeout=1000)
    # while it runs, every panel holds back what would change the run's data or model
    locked = (panel.train_button, panel.model_combo, tab.gather_panel.open_folder_button, tab.try_panel.load_button)
    assert not any(widget.isEnabled() for widget in locked) and panel.stop_button.isEnabled()
    assert not tab.acceptDrops()
    qtbot.keyClick(tab, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not tab.session.training, timeout=30_000)  # a safety net, not a speed claim
    assert tab.session.bundle is not None
    assert len(tab.session.bundle.history) < 500  # it ended before its 500 epochs
    assert "stopped early" in panel.progress.format()
    assert all(widget.isEnabled() for widget in locked) and not panel.stop_button.isEnabled()
    assert tab.acceptDrops() and tab.try_panel.save_button.isEnabled()


def test_closing_the_window_during_training_ends_the_worker(qtbot, window, shapes):
    tab = window.tab_for("image")
    load_folder(qtbot, tab, shapes)
    panel = tab.train_panel
    panel.settings_form.epochs.setValue(500)
    panel.start_training()
    qtbot.waitUntil(lambda: panel.progress.maximum() > 0 and panel.progress.value() > 2, timeout=20_000)
    window.close()
    assert QThreadPool.globalInstance().waitForDone(2000)
    assert not window.isVisible()


def test_bad_files_are_skipped_with_a_plain_message_and_training_goes_on(qtbot, tab, shapes, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(shapes, data)
    (data / "circle" / "fake.png").write_text("this is not a picture")
    (data / "square" / "empty.png").write_bytes(b"")
    good = Image.open(next((data / "star").glob("*.png")))
    good.save(data / "star" / "cut.png")
    raw = (data / "star" / "cut.png").read_bytes()
    (data / "star" / "cut.png").write_bytes(raw[: len(raw) // 2])
    load_folder(qtbot, tab, data)
    train(qtbot, tab, epochs=1)
    assert "3 example(s) could not be read" in tab.message.text()
    assert tab.session.bundle is not None


class CountingRender:
    """The tab's own thumbnail renderer, wrapped to record every path it is asked for (from the cache's worker
    thread: `list.append` is atomic)."""

    def __init__(self, render) -> None:
        self.render = render
        self.paths: list[Path] = []

    def __call__(self, path: Path, size: int):
        self.paths.append(path)
        return self.render(path, size)


def _on_screen(browser) -> set[Path]:
    """The items whose cells intersect the browser's viewport: what a user sees (and what it must ask for)."""
    area, model = browser.viewport().rect(), browser.model()
    return {model.item(row) for row in range(model.rowCount()) if browser.visualRect(model.index(row)).intersects(area)}


def _wait_laid_out(qtbot, browser) -> None:
    """The browser lays its cells out in batches, over several event-loop turns: wait for the last one."""
    model = browser.model()
    qtbot.waitUntil(lambda: browser.visualRect(model.index(model.rowCount() - 1)).isValid(), timeout=20_000)


def _thumbnails_settled(cache) -> bool:
    """No request waits and no job runs: every thumbnail asked for so far is made, and nothing more will be
    made until something asks."""
    return not cache._wanted and not cache._jobs.busy()


def test_ten_thousand_images_load_making_only_the_thumbnails_on_screen(qtbot, tab, tmp_path):
    one = tmp_path / "one.png"
    Image.new("L", (8, 8), 128).save(one)
    for name in ("a", "b"):
        folder = tmp_path / "big" / name
        folder.mkdir(parents=True)
        for k in range(5000):
            shutil.copyfile(one, folder / f"{k:05d}.png")
    cache, browser = tab.gather_panel.thumbnails, tab.gather_panel.browser
    cache.render = rendered = CountingRender(cache.render)
    ready: set[Path] = set()
    cache.ready.connect(ready.add)

    load_folder(qtbot, tab, tmp_path / "big")
    assert tab.session.examples.counts() == {"a": 5000, "b": 5000}
    tab.gather_panel.class_list.select_class("b")
    assert browser.model().rowCount() == 5000
    _wait_laid_out(qtbot, browser)
    on_screen = _on_screen(browser)
    assert 10 <= len(on_screen) <= 400, len(on_screen)
    qtbot.waitUntil(lambda: on_screen <= ready, timeout=20_000)  # what is on screen gets its thumbnail
    qtbot.waitUntil(lambda: _thumbnails_settled(cache), timeout=20_000)
    # Only what was on screen was made: class "a"'s first screenful (shown first), class "b"'s, and the five
    # previews in each class row; never one of the 10,000 off screen.
    previews = {path for name in ("a", "b") for path in tab.session.examples.items(name)[:THUMBNAILS_PER_ROW]}
    made = len(rendered.paths)
    before = set(rendered.paths)
    assert made == len(before)  # and none twice
    assert made <= 2 * len(on_screen) + len(previews), f"{made} thumbnails made for {len(on_screen)} on screen"
    assert on_screen | previews <= before

    # Scrolling to the end asks for the cells that come into view, and only for them.
    browser.scrollToBottom()
    bottom = _on_screen(browser)
    assert bottom and not bottom & before and browser.model().item(4999) in bottom
    qtbot.waitUntil(lambda: bottom <= ready, timeout=20_000)
    qtbot.waitUntil(lambda: _thumbnails_settled(cache), timeout=20_000)
    made = len(rendered.paths)
    assert made <= len(before) + len(bottom), f"{made} thumbnails made after scrolling"
    assert set(rendered.paths) == before | bottom


def test_training_needs_two_classes_with_examples(qtbot, tab, shapes):
    drop(tab, [shapes / "circle"])
    qtbot.waitUntil(lambda: len(tab.session.examples) > 0, timeout=10_000)
    assert not tab.train_panel.train_button.isEnabled()
    tab.session.examples.add_class("empty")
    tab.train_panel.start_training()
    assert "no examples" in tab.message.text()
    assert not tab.session.training
