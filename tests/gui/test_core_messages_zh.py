"""The core's messages reach the Chinese window in Chinese, file names filled in: a damaged picture tried, a
damaged picture in a dropped folder, a check warning before training; the English window keeps the core's words."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from mmstudio.core.media.image.samples import write_shapes
from tests.gui.driving import drop, load_folder, train
from tests.gui.test_chinese import chinese, zh_window  # noqa: F401 (fixtures)


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
