"""The core's messages reach the Chinese window in Chinese, file names filled in: a damaged picture tried, a
damaged picture in a dropped folder, a check warning before training, a damaged model file loaded (the reason
inside the sentence too: what the file's check refused), a download that failed (the system's reason too); the
English window keeps the core's words."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from mmstudio.core.checkpoint import save_bundle
from mmstudio.core.downloads import DATA_DIR_VARIABLE
from mmstudio.core.media import get_modality
from mmstudio.core.media.image import pretrained
from mmstudio.core.media.image.samples import write_shapes
from mmstudio.core.pipeline import labelled_from_folder
from tests.core._helpers import finished, run
from tests.core._model_files import description_of, with_description
from tests.gui.driving import drop, load_folder, train
from tests.gui.test_chinese import chinese, english_words, zh_window  # noqa: F401 (fixtures)
from tests.gui.test_image_weights import OFFLINE, choose_model


def damaged_picture(path: Path) -> Path:
    Image.new("RGB", (28, 28), "red").save(path)
    path.write_bytes(path.read_bytes()[:60])  # the header, then cut short
    return path


@pytest.fixture
def folder(tmp_path) -> Path:
    """Two classes of six pictures each (too few: a warning), one of them damaged."""
    root = write_shapes(tmp_path / "shapes", per_class=6, size=28, classes=("circle", "square"))
    damaged_picture(root / "circle" / "broken.png")
    return root


def tried(qtbot, tab, path: Path) -> str:
    drop(tab.try_area, [path])
    qtbot.waitUntil(lambda: "broken.png" in tab.message.text(), timeout=10_000)
    return tab.message.text()


def trained_on(qtbot, tab, folder: Path) -> tuple[str, str]:
    """(the warning before training, the message bar once a one-epoch run on `folder` ended)."""
    load_folder(qtbot, tab, folder)
    warning = tab.train_panel.warnings_label.text()
    train(qtbot, tab, epochs=1)
    return warning, tab.message.text()


def test_the_chinese_window_says_the_core_s_messages_in_chinese(zh_window, qtbot, folder, tmp_path):
    tab = zh_window.tab_for("image")
    assert tried(qtbot, tab, damaged_picture(tmp_path / "broken.png")) == "图片“broken.png”已损坏或不完整。"
    warning, message = trained_on(qtbot, tab, folder)
    assert "'circle', 'square' 中的示例太少：每个类别少于 10 个时，结果大多靠运气。" in warning
    assert message == "有 1 个示例无法读取，已被略过。 图片“broken.png”已损坏或不完整。"


def test_the_english_window_keeps_the_core_s_sentences(window, qtbot, folder, tmp_path):
    tab = window.tab_for("image")
    assert tried(qtbot, tab, damaged_picture(tmp_path / "broken.png")) == "The image 'broken.png' is damaged or incomplete."
    warning, message = trained_on(qtbot, tab, folder)
    assert "Few examples in 'circle', 'square': with fewer than 10 per class, results are mostly luck." in warning
    assert message == (
        "1 example(s) could not be read and were left out. The image 'broken.png' is damaged or incomplete."
    )


@pytest.fixture(scope="module")
def model_file(tmp_path_factory) -> Path:
    """A real model file, saved by the core: a small picture network trained one epoch."""
    root = tmp_path_factory.mktemp("model")
    pictures = write_shapes(root / "shapes", per_class=4, size=28, classes=("circle", "star"))
    modality = get_modality("image")
    labelled, classes, _ = labelled_from_folder(pictures, modality)
    bundle = finished(run(modality, labelled, classes, "cnn", epochs=1)).bundle
    return save_bundle(bundle, root / "good")


def loaded(qtbot, tab, path: Path) -> str:
    """The message bar once the model file `path` was loaded (refused)."""
    tab.try_panel.load_model(path)
    qtbot.waitUntil(lambda: tab.message.kind == "error", timeout=10_000)
    return tab.message.text()


DAMAGED = "“edited.mmstudio”不是 mmstudio 模型文件，或者已损坏："


def test_a_damaged_model_file_is_refused_in_chinese_with_its_reason(zh_window, qtbot, model_file, tmp_path):
    """The reason comes from the file's check (core/schema.py), raised inside the core and put in the sentence."""
    data = model_file.read_bytes()
    description = description_of(data)
    description["preprocessing"]["size"] = 1500
    edited = tmp_path / "edited.mmstudio"
    edited.write_bytes(with_description(data, description))
    text = loaded(qtbot, zh_window.tab_for("image"), edited)
    assert text == DAMAGED + "“preprocessing.size”必须是 8 到 1024 之间的整数。"
    assert english_words(text.replace("edited.mmstudio", "").replace("preprocessing.size", "")) == []


def test_a_model_file_with_bytes_added_is_refused_in_chinese_with_its_reason(zh_window, qtbot, model_file, tmp_path):
    """The reason comes from the reader's own checks of the weights (core/checkpoint.py)."""
    edited = tmp_path / "edited.mmstudio"
    edited.write_bytes(model_file.read_bytes() + bytes(4))
    text = loaded(qtbot, zh_window.tab_for("image"), edited)
    assert text == DAMAGED + "其大小与文件头不符。"


def test_a_failed_download_gives_the_system_s_reason_in_chinese(zh_window, qtbot, tmp_path, monkeypatch):
    """Training the pretrained model with nothing listening at the weights' address: the connection is refused."""
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(tmp_path / "data"))  # no weights kept from another test
    monkeypatch.setenv(pretrained.URL_VARIABLE, OFFLINE)
    tab = zh_window.tab_for("image")
    load_folder(qtbot, tab, write_shapes(tmp_path / "pictures", per_class=4, size=28, classes=("circle", "star")))
    choose_model(tab, "mobilenet")
    tab.train_panel.settings_form.epochs.setValue(1)
    qtbot.mouseClick(tab.train_panel.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.session.training and tab.message.kind == "error", timeout=60_000)
    failed = tab.message.text().split("。 ", 1)[0]  # then how to get the weights (test_image_weights.py)
    assert failed == f"无法从 {OFFLINE} 下载MobileNetV3（小型）权重（服务器拒绝了连接）"


def test_an_empty_text_file_is_skipped_and_refused_in_chinese(zh_window, qtbot, tmp_path):
    """A real folder of texts with one empty file, dropped and trained on, then the empty file tried: its reason
    (core/media/text/modality.py) is Chinese both times."""
    root = tmp_path / "texts"
    for name, words in (("weather", "rain and wind today"), ("sport", "the team won the match")):
        (root / name).mkdir(parents=True)
        for k in range(4):
            (root / name / f"{k}.txt").write_text(f"{words} {k}", encoding="utf-8")
    blank = root / "sport" / "blank.txt"
    blank.write_text("   \n  ", encoding="utf-8")
    tab = zh_window.tab_for("text")
    zh_window.tabs.setCurrentWidget(tab)
    load_folder(qtbot, tab, root)
    train(qtbot, tab, epochs=1)
    said = "文本文件“blank.txt”是空的。"
    assert tab.message.text() == "有 1 个示例无法读取，已被略过。 " + said
    tab.try_panel.try_item(blank)
    qtbot.waitUntil(lambda: tab.message.text() == said, timeout=10_000)
    assert english_words(tab.message.text().replace("blank.txt", "")) == []


def test_a_class_renamed_to_another_s_name_is_refused_in_chinese(zh_window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    tab = zh_window.tab_for("text")
    for name in ("cat", "dog"):
        tab.session.examples.add_class(name)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("dog", True))
    tab.gather_panel.rename_class_dialog("cat")
    assert tab.message.text() == "已经有一个名为“dog”的类别。"
    assert tab.session.examples.class_names == ["cat", "dog"]
