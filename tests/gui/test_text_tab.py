"""The Text tab driven like a user would: folders, tables, typing, training, predicting as you type."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from mmstudio.core.checkpoint import load_bundle
from mmstudio.gui.tabs.text_tab import ColumnDialog
from tests.gui.driving import drop

WEATHER = ["rain and wind all day", "sunny and warm this morning", "snow falling tonight", "cloudy with light rain",
           "a cold windy evening", "storm clouds and thunder", "clear sky and sunshine", "fog in the morning"]
SPORT = ["the team won the match", "a great goal in the final", "the runner broke the record",
         "our club lost the game", "the coach picked the players", "a close tennis match", "the striker scored twice",
         "fans cheered the winning team"]


@pytest.fixture
def text_tab(window):
    tab = window.tab_for("text")
    window.tabs.setCurrentWidget(tab)
    return tab


@pytest.fixture
def text_folder(tmp_path) -> Path:
    root = tmp_path / "texts"
    for name, lines in (("weather", WEATHER), ("sport", SPORT)):
        (root / name).mkdir(parents=True)
        for k, line in enumerate(lines):
            (root / name / f"{k}.txt").write_text(line, encoding="utf-8")
    (root / "weather" / "gbk.txt").write_bytes("今天下午有雷阵雨，气温下降，请注意防范。".encode("gbk"))
    (root / "sport" / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (root / "sport" / "blank.txt").write_text("   \n  ", encoding="utf-8")
    return root


class RecordingPredictor:
    """The real predictor the tab trained, wrapped to record what it is asked (in order) and what it answered.

    With `hold_first`, the first prediction waits until `release()`: the test then knows one is running while
    it queues more requests. It runs on the panel's worker thread; `list.append` is atomic."""

    def __init__(self, predictor, hold_first: bool = False) -> None:
        self.predictor = predictor
        self.asked: list = []
        self.answers: dict = {}
        self._gate = threading.Event()
        if not hold_first:
            self._gate.set()

    def predict(self, item):
        self.asked.append(item)
        if len(self.asked) == 1:
            assert self._gate.wait(30), "the test never released the first prediction"  # a safety net
        prediction = self.predictor.predict(item)
        self.answers[item] = prediction
        return prediction

    def release(self) -> None:
        self._gate.set()

    def __getattr__(self, name):  # everything else (bundle, modality, ...) is the real predictor's
        return getattr(self.predictor, name)


def assert_shows(panel, prediction) -> None:
    """The panel shows exactly this prediction: its class and every class's probability."""
    assert panel.prediction_label.text() == prediction.label
    assert panel.bars.winner() == prediction.label
    assert {name: panel.bars.value(name) for name in panel.bars.classes()} == pytest.approx(prediction.probabilities)


def wait_trained(qtbot, tab, epochs=5):
    tab.train_panel.settings_form.epochs.setValue(epochs)
    qtbot.mouseClick(tab.train_panel.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.session.predictor is not None and not tab.session.training, timeout=60_000)


def test_a_folder_of_text_files_trains_skipping_binary_and_blank_files(qtbot, text_tab, text_folder):
    drop(text_tab, [text_folder])
    qtbot.waitUntil(lambda: len(text_tab.session.examples) == 19, timeout=10_000)
    assert text_tab.session.examples.class_names == ["sport", "weather"]
    text_tab.gather_panel.class_list.select_class("weather")
    browser = text_tab.gather_panel.browser
    shown = [browser.model().index(r).data() for r in range(browser.model().rowCount())]
    assert "gbk.txt" in shown
    wait_trained(qtbot, text_tab)
    assert "2 example(s) could not be read" in text_tab.message.text()
    assert text_tab.session.bundle.modality == "text"
    assert text_tab.train_panel.curves.epoch_points() == 5


def test_a_csv_table_becomes_classes_and_typing_predicts(qtbot, text_tab, tmp_path):
    table = tmp_path / "news.csv"
    rows = ["text,label"] + [f'"{line}",weather' for line in WEATHER] + [f'"{line}",sport' for line in SPORT]
    rows.append('"a line\nwith a newline inside quotes",weather')
    rows.append('"no label here",')
    table.write_text("\n".join(rows) + "\n", encoding="utf-8")
    drop(text_tab, [table])
    qtbot.waitUntil(lambda: len(text_tab.session.examples) == 17, timeout=10_000)
    assert text_tab.session.examples.counts() == {"weather": 9, "sport": 8}
    # the Text tab's import notes join the shared import message
    assert text_tab.message.text() == "Added 17 examples. 1 row without a label or text was skipped."
    assert text_tab.message.kind == "warning"
    text_tab.train_panel.model_combo.setCurrentIndex(text_tab.train_panel.model_combo.findData("bow"))
    wait_trained(qtbot, text_tab, epochs=15)
    predictor = text_tab.session.predictor = RecordingPredictor(text_tab.session.predictor)
    panel = text_tab.try_panel
    with qtbot.waitSignal(panel.predictionShown, timeout=10_000) as shown:
        qtbot.keyClicks(text_tab.try_box, "heavy rain and wind")
    assert shown.args[0] in ("weather", "sport")
    assert predictor.asked == ["heavy rain and wind"]  # the whole text typed, once: not its first letters
    assert_shows(panel, predictor.answers["heavy rain and wind"])
    # as the user keeps typing, the prediction follows: the text as it now reads is predicted and shown
    whole = "heavy rain and wind before the match"
    with qtbot.waitSignal(panel.predictionShown, timeout=10_000):
        qtbot.keyClicks(text_tab.try_box, " before the match")
    assert predictor.asked == ["heavy rain and wind", whole]
    assert_shows(panel, predictor.answers[whole])


def test_while_one_prediction_runs_only_the_latest_request_waits(qtbot, text_tab, text_folder):
    drop(text_tab, [text_folder])
    qtbot.waitUntil(lambda: len(text_tab.session.examples) == 19, timeout=10_000)
    text_tab.train_panel.model_combo.setCurrentIndex(text_tab.train_panel.model_combo.findData("bow"))
    wait_trained(qtbot, text_tab, epochs=10)
    panel = text_tab.try_panel
    predictor = text_tab.session.predictor = RecordingPredictor(text_tab.session.predictor, hold_first=True)
    shown: list[str] = []
    panel.predictionShown.connect(shown.append)

    first, stale, newer, latest = "rain and wind all day", "snow falling tonight", "our club lost", "the team won the match"
    panel.try_item(first)
    qtbot.waitUntil(lambda: predictor.asked == [first], timeout=10_000)  # it runs, held until released
    for text in (stale, newer, latest):  # typed on while it runs
        panel.try_item(text)
    predictor.release()
    qtbot.waitUntil(lambda: len(shown) >= 2, timeout=10_000)
    assert predictor.asked == [first, latest]  # the requests in between were skipped, never predicted
    assert shown == [predictor.answers[first].label, predictor.answers[latest].label]
    assert_shows(panel, predictor.answers[latest])  # what stays on screen is the latest text's prediction
    assert predictor.answers[first].probabilities != pytest.approx(predictor.answers[latest].probabilities)

    # Nothing stale is still on its way: the next request is the next prediction made, and it is shown.
    with qtbot.waitSignal(panel.predictionShown, timeout=10_000):
        panel.try_item(stale)
    assert predictor.asked == [first, latest, stale]
    assert_shows(panel, predictor.answers[stale])


def when_shown(kind, answer) -> None:
    """Call `answer(dialog)` once a dialog of this kind is on screen (the drop opens it modally, so the answer
    must come from the event loop the dialog runs), however long it takes to come up."""
    timer = QTimer(QApplication.instance(), interval=10)

    def look() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None)
        if dialog is not None:
            timer.stop()
            timer.deleteLater()
            answer(dialog)

    timer.timeout.connect(look)
    timer.start()


def test_unsure_columns_are_asked_and_the_chosen_ones_used(qtbot, text_tab, tmp_path):
    table = tmp_path / "plain.csv"
    lines = [f"{k},{text},{'w' if k % 2 else 's'}" for k, text in enumerate(WEATHER + SPORT)]
    table.write_text("a,b,c\n" + "\n".join(lines) + "\n", encoding="utf-8")

    def choose(dialog):
        dialog.text_column.setCurrentText("b")
        dialog.label_column.setCurrentText("c")
        dialog.accept()

    when_shown(ColumnDialog, choose)
    drop(text_tab, [table])
    qtbot.waitUntil(lambda: len(text_tab.session.examples) == 16, timeout=10_000)
    assert sorted(text_tab.session.examples.class_names) == ["s", "w"]
    assert WEATHER[1] in text_tab.session.examples.items("w")


def test_typed_examples_are_added_edited_and_removed(qtbot, text_tab, monkeypatch):
    text_tab.session.examples.add_class("greetings")
    text_tab.gather_panel.class_list.select_class("greetings")
    text_tab.typing_box.setPlainText("hello there\n\n  good morning  \nhi")
    qtbot.mouseClick(text_tab.add_typed_button, Qt.MouseButton.LeftButton)
    assert text_tab.session.examples.items("greetings") == ["hello there", "good morning", "hi"]
    assert text_tab.typing_box.toPlainText() == ""
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: ("hi   friend", True)))
    index = text_tab.gather_panel.browser.model().index(2)
    text_tab.gather_panel.browser.doubleClicked.emit(index)
    assert text_tab.session.examples.items("greetings") == ["hello there", "good morning", "hi friend"]
    browser = text_tab.gather_panel.browser
    browser.selectionModel().select(browser.model().index(0), browser.selectionModel().SelectionFlag.Select)
    qtbot.mouseClick(text_tab.gather_panel.remove_examples_button, Qt.MouseButton.LeftButton)
    assert text_tab.session.examples.items("greetings") == ["good morning", "hi friend"]


def test_chinese_sample_trains_saves_reloads_and_predicts_the_same(qtbot, text_tab, window, tmp_path):
    from mmstudio.gui.main_window import MainWindow

    text_tab.gather_panel.open_sample(list(text_tab.samples().values())[1])
    qtbot.waitUntil(lambda: len(text_tab.session.examples) == 320, timeout=10_000)
    wait_trained(qtbot, text_tab, epochs=10)
    assert text_tab.session.bundle.metrics["accuracy"] >= 0.9
    path = tmp_path / "zh.mmstudio"
    text_tab.try_panel.save_model(path)
    qtbot.waitUntil(path.exists, timeout=10_000)
    assert load_bundle(path).preprocessing["vocabulary"]
    sentence = "今天下午有大雨，出门记得带伞"
    with qtbot.waitSignal(text_tab.try_panel.predictionShown, timeout=10_000) as first:
        text_tab.try_box.setPlainText(sentence)
    assert first.args[0] == "天气"

    other = MainWindow(load_sample_on_first_launch=False)
    qtbot.addWidget(other)
    other.tab_for("text").try_panel.load_model(path)
    qtbot.waitUntil(lambda: other.tab_for("text").session.predictor is not None, timeout=10_000)
    with qtbot.waitSignal(other.tab_for("text").try_panel.predictionShown, timeout=10_000) as second:
        other.tab_for("text").try_box.setPlainText(sentence)
    assert second.args == first.args


def test_a_dropped_text_file_is_shown_and_predicted(qtbot, text_tab, tmp_path):
    text_tab.gather_panel.open_sample(list(text_tab.samples().values())[0])
    qtbot.waitUntil(lambda: len(text_tab.session.examples) == 320, timeout=10_000)
    wait_trained(qtbot, text_tab, epochs=5)
    note = tmp_path / "note.txt"
    note.write_text("The match ended in a draw after extra time.", encoding="utf-16")
    with qtbot.waitSignal(text_tab.try_panel.predictionShown, timeout=10_000):
        drop(text_tab.try_box, [note])
    assert text_tab.try_box.toPlainText() == "The match ended in a draw after extra time."


def test_an_image_model_is_refused_in_the_text_tab(qtbot, window, shapes, tmp_path):
    from tests.gui.driving import load_folder, train

    load_folder(qtbot, window.tab_for("image"), shapes)
    train(qtbot, window.tab_for("image"), epochs=1)
    path = tmp_path / "image.mmstudio"
    window.tab_for("image").try_panel.save_model(path)
    qtbot.waitUntil(path.exists, timeout=10_000)
    window.tab_for("text").try_panel.load_model(path)
    qtbot.waitUntil(lambda: window.tab_for("text").message.kind == "error", timeout=10_000)
    assert "is a model for image data, not for text data" in window.tab_for("text").message.text()


def test_column_dialog_controls_have_tooltips(qtbot, tmp_path):
    from mmstudio.gui.tabs.text_tab import TableReport

    dialog = ColumnDialog(TableReport(tmp_path / "t.csv", "a", "b", ["a", "b"], False, 0))
    qtbot.addWidget(dialog)
    assert dialog.columns() == ("a", "b")
    assert dialog.text_column.toolTip() and dialog.label_column.toolTip()


def test_the_both_directions_option_follows_the_kind_of_model_chosen(text_tab):
    combo, models = text_tab.train_panel.model_combo, text_tab.medium.models
    for name, spec in models.items():
        combo.setCurrentIndex(combo.findData(name))
        assert text_tab.bidirectional.isEnabled() == spec.sequential, name
    text_tab.bidirectional.setChecked(True)
    assert text_tab.model_config(models["lstm"]) == {"bidirectional": True}
    assert text_tab.model_config(models["bow"]) == {}
