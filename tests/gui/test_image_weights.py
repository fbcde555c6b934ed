"""The Image tab's pretrained model (mobilenet) in the real window: its weights row says what it will use, a weights
file chosen there is checked off the GUI thread and then trains without internet, a damaged or wrong file is
refused in one plain sentence, training offline without one points to the button, and the first download shows
in the progress bar (served from a real local HTTP server), then training finishes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import torch
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from mmstudio.core.media.features import tensors_digest
from mmstudio.core.media.image import pretrained
from mmstudio.core.media.image.samples import write_shapes
# each test: an empty data folder (no weights kept yet), the published address; weights saved as torchvision's
from tests.core.test_pretrained import _serve, data_folder, weights_file  # noqa: F401 (fixtures)
from tests.gui.driving import load_folder, train
from tests.gui.test_chinese import chinese  # noqa: F401 (a fixture)
from tests.gui.test_language_switch import asked, switch, windows  # noqa: F401 (fixtures)

OFFLINE = "http://127.0.0.1:9/mobilenet_v3_small-00000000.pth"  # the discard port: nothing answers there


@pytest.fixture
def offline(monkeypatch):
    monkeypatch.setenv(pretrained.URL_VARIABLE, OFFLINE)


@pytest.fixture(scope="module")
def pictures(tmp_path_factory) -> Path:
    return write_shapes(tmp_path_factory.mktemp("pictures"), per_class=8, size=28, classes=("circle", "square"))


def checksum(path: Path) -> str:
    """What a model names these weights by, computed here from the file itself."""
    return tensors_digest(pretrained.read_weights_file(path))


def choose_model(tab, name: str) -> None:
    panel = tab.train_panel
    panel.model_combo.setCurrentIndex(panel.model_combo.findData(name))
    if not panel.settings_toggle.isChecked():
        panel.settings_toggle.click()


def answer_dialog(monkeypatch, path: Path) -> list[tuple]:
    """The file dialog answers `path`, as a user picking it would; returns what the dialog was asked."""
    questions = []

    def pick(parent, title, folder, patterns):
        questions.append((title, folder, patterns))
        return str(path), patterns

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    return questions


def give_weights(qtbot, tab, monkeypatch, path: Path) -> list[tuple]:
    """Press "Choose weights file…", pick `path`, and wait until it has been checked."""
    questions = answer_dialog(monkeypatch, path)
    qtbot.mouseClick(tab.weights_button, Qt.MouseButton.LeftButton)
    assert tab.weights_label.text() == f"Checking “{path.name}”…" and not tab.weights_button.isEnabled()
    qtbot.waitUntil(tab.weights_button.isEnabled, timeout=30_000)
    return questions


def no_dialog_open() -> bool:
    return not any(isinstance(widget, QDialog) and widget.isVisible() for widget in QApplication.topLevelWidgets())


def test_the_weights_row_shows_for_the_pretrained_model_and_says_what_it_will_use(qtbot, tab, weights_file, monkeypatch):
    form, row = tab.train_panel.settings_form.form, tab.weights_row
    assert not form.isRowVisible(row)  # the default model (cnn) takes no weights
    choose_model(tab, "mobilenet")
    assert form.isRowVisible(row)
    downloaded = "Downloaded automatically on first use from torchvision's address"
    qtbot.waitUntil(lambda: tab.weights_label.text() == downloaded, timeout=30_000)
    for widget in (tab.weights_label, tab.weights_button, row, form.labelForField(row)):
        assert widget.toolTip()
    assert "encoder_sha256" not in tab.preprocessing()

    first_folder = tab.remembered.last_folder()
    questions = give_weights(qtbot, tab, monkeypatch, weights_file)
    assert questions == [("Choose MobileNetV3 weights", first_folder, "Weights files (*.pth *.safetensors)")]
    assert tab.weights_label.text() == f"The file you chose: {weights_file.name}"
    assert tab.remembered.last_folder() == str(weights_file.parent)  # the next dialog starts where this one ended
    assert tab.message.kind == "info" and weights_file.name in tab.message.text()
    choose_model(tab, "cnn")
    assert not form.isRowVisible(row)
    choose_model(tab, "mobilenet")
    assert tab.weights_label.text() == f"The file you chose: {weights_file.name}"


def test_a_weights_file_chosen_in_the_window_trains_without_internet(qtbot, tab, pictures, weights_file, offline, monkeypatch):
    load_folder(qtbot, tab, pictures)
    choose_model(tab, "mobilenet")
    give_weights(qtbot, tab, monkeypatch, weights_file)
    assert tab.preprocessing()["encoder_sha256"] == checksum(weights_file)
    train(qtbot, tab, epochs=1)
    bundle = tab.session.bundle
    assert bundle.model == "mobilenet"
    assert bundle.preprocessing["encoder_sha256"] == checksum(weights_file)
    assert tab.message.kind != "error", tab.message.text()
    assert tab.train_panel.progress.format() == "Training finished."
    assert tab.weights_label.text() == f"The file you chose: {weights_file.name}"

    choose_model(tab, "cnn")  # the other models leave the weights out, even with a file chosen
    train(qtbot, tab, epochs=1)
    assert tab.session.bundle.model == "cnn" and "encoder_sha256" not in tab.session.bundle.preprocessing


@pytest.mark.parametrize(
    "name, write, sentence",
    [
        ("broken.pth", lambda path, good: path.write_bytes(good.read_bytes()[:5000]),
         "'broken.pth' is not a weights file mmstudio can read safely (.pth or .safetensors)."),
        ("notes.pth", lambda path, good: path.write_text("not weights at all"),
         "'notes.pth' is not a weights file mmstudio can read safely (.pth or .safetensors)."),
        ("other.pth", lambda path, good: torch.save({"conv.weight": torch.zeros(3, 3)}, path),
         "'other.pth' does not hold MobileNetV3 (small) weights."),
    ],
)
def test_a_bad_weights_file_is_refused_in_one_plain_sentence_and_the_choice_stays(
    qtbot, tab, weights_file, tmp_path, monkeypatch, name, write, sentence
):
    choose_model(tab, "mobilenet")
    give_weights(qtbot, tab, monkeypatch, weights_file)
    before = tab.preprocessing()
    bad = tmp_path / name
    write(bad, weights_file)
    give_weights(qtbot, tab, monkeypatch, bad)
    assert tab.message.kind == "error" and tab.message.text() == sentence
    assert no_dialog_open()
    assert tab.weights_label.text() == f"The file you chose: {weights_file.name}"
    assert tab.preprocessing() == before


def train_offline(qtbot, tab, pictures) -> str:
    """Train the pretrained model with no weights here and no internet; the message it ends with."""
    load_folder(qtbot, tab, pictures)
    choose_model(tab, "mobilenet")
    tab.train_panel.settings_form.epochs.setValue(1)
    qtbot.mouseClick(tab.train_panel.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.session.training and tab.message.kind == "error", timeout=60_000)
    return tab.message.text()


def test_training_offline_without_weights_points_to_the_button(qtbot, tab, pictures, offline):
    text = train_offline(qtbot, tab, pictures)
    assert text.startswith("The MobileNetV3 (small) weights could not be downloaded from " + OFFLINE)
    assert "press “Choose weights file…”" in text and "--weights" not in text
    assert tab.session.bundle is None and no_dialog_open()


def test_the_offline_advice_is_in_chinese_in_the_chinese_window(chinese, qtbot, tab, pictures, offline):  # noqa: F811
    text = train_offline(qtbot, tab, pictures)
    assert text.startswith("无法从 " + OFFLINE) and "“选择权重文件…”" in text and "--weights" not in text


@pytest.fixture
def server(weights_file, monkeypatch):  # noqa: F811
    """The weights served over a real socket (as the core's tests serve them), and the app pointed at them."""
    httpd, address = _serve(weights_file.parent)
    monkeypatch.setenv(pretrained.URL_VARIABLE, f"{address}/{weights_file.name}")
    yield
    httpd.shutdown()
    httpd.server_close()


def test_the_first_download_shows_in_the_progress_bar_then_training_finishes(
    qtbot, tab, pictures, weights_file, server, monkeypatch
):
    load_folder(qtbot, tab, pictures)
    choose_model(tab, "mobilenet")
    progress = tab.train_panel.progress
    seen = []  # what the bar shows each time its text is set: the text, its value and its maximum
    set_format = progress.setFormat

    def shown_as(text: str) -> None:
        set_format(text)
        seen.append((progress.format(), progress.value(), progress.maximum()))

    monkeypatch.setattr(progress, "setFormat", shown_as)
    train(qtbot, tab, epochs=1)
    size = weights_file.stat().st_size
    total_mb = f"{size / 1e6:.1f}"
    shown = [(text, value, most) for text, value, most in seen if text.startswith("Downloading")]
    assert shown, seen[:5]
    pattern = re.compile(r"Downloading MobileNetV3 \(small\) weights… (\d+\.\d) of " + re.escape(total_mb) + " MB")
    for text, value, most in shown:
        assert pattern.fullmatch(text), text
        assert most == size and 0 <= value <= size
    megabytes = [float(pattern.fullmatch(text).group(1)) for text, _, _ in shown]
    assert megabytes == sorted(megabytes) and len(set(megabytes)) > 3  # it moved, never back
    assert shown[0][1] == 0 and shown[-1][1] == size  # from nothing to the whole file
    assert shown[-1][0] == f"Downloading MobileNetV3 (small) weights… {total_mb} of {total_mb} MB"
    assert progress.format() == "Training finished."
    assert tab.session.bundle.preprocessing["encoder_sha256"] == checksum(weights_file)
    qtbot.waitUntil(lambda: tab.weights_label.text() == "torchvision's ImageNet weights, already on this computer",
                    timeout=30_000)


def test_find_the_best_model_takes_the_chosen_file_offline_whichever_model_is_chosen(
    qtbot, tab, pictures, weights_file, offline, monkeypatch
):
    load_folder(qtbot, tab, pictures)
    choose_model(tab, "mobilenet")
    give_weights(qtbot, tab, monkeypatch, weights_file)
    choose_model(tab, "cnn")  # the row is hidden; the file is still the pretrained model's
    panel, search = tab.train_panel, tab.train_panel.search
    panel.settings_form.epochs.setValue(1)
    qtbot.mouseClick(search.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.session.predictor is not None and not tab.session.training, timeout=180_000)
    assert sorted(search.leaderboard.models()) == sorted(tab.medium.models)  # none left out, mobilenet included
    assert "left out" not in tab.message.text() and tab.message.kind != "error", tab.message.text()
    bundle = tab.session.bundle
    assert ("encoder_sha256" in bundle.preprocessing) == (bundle.model == "mobilenet")


def test_a_switch_of_language_keeps_the_chosen_file(qtbot, windows, weights_file, monkeypatch, asked):  # noqa: F811
    english = windows[0].tab_for("image")
    choose_model(english, "mobilenet")
    give_weights(qtbot, english, monkeypatch, weights_file)
    chinese = switch(qtbot, windows, "简体中文").tab_for("image")
    qtbot.waitUntil(lambda: chinese.weights_label.text() == f"你选择的文件：{weights_file.name}", timeout=30_000)
    assert chinese.train_panel.settings_form.form.isRowVisible(chinese.weights_row)
    assert chinese.preprocessing()["encoder_sha256"] == checksum(weights_file)
    assert asked == []


def test_use_torchvision_s_weights_goes_back_from_a_chosen_file(qtbot, tab, weights_file, monkeypatch):
    choose_model(tab, "mobilenet")
    back = tab.official_weights_button
    assert back.isHidden()  # nothing to go back from yet
    give_weights(qtbot, tab, monkeypatch, weights_file)
    assert not back.isHidden() and back.toolTip()
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert "encoder_sha256" not in tab.preprocessing()
    assert back.isHidden()
    qtbot.waitUntil(
        lambda: tab.weights_label.text() == "Downloaded automatically on first use from torchvision's address",
        timeout=30_000,
    )
    give_weights(qtbot, tab, monkeypatch, weights_file)  # and the file again: it was kept
    assert tab.preprocessing()["encoder_sha256"] == checksum(weights_file)
