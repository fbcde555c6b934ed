"""The autoencoder's extra views, settings remembered between runs, and keyboard shortcuts."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import QSettings, Qt

from tests.gui.driving import drop, load_folder, train


def test_autoencoder_shows_reconstruction_and_unusual_score(qtbot, tab, shapes, tmp_path):
    load_folder(qtbot, tab, shapes)
    tab.train_panel.model_combo.setCurrentIndex(tab.train_panel.model_combo.findData("autoencoder"))
    assert "redraw" in tab.train_panel.model_description.text()
    train(qtbot, tab, epochs=3)
    assert tab.session.bundle.model == "autoencoder"
    picture = sorted((shapes / "square").glob("*.png"))[0]
    with qtbot.waitSignal(tab.try_panel.predictionShown, timeout=10_000):
        drop(tab.try_area, [picture])
    assert tab.reconstruction_box.isVisible()
    assert tab.model_input_view.has_picture() and tab.reconstruction_view.has_picture()
    assert tab.unusual_label.text().startswith("Unusual-input score:")
    # a picture of pure noise is judged more unusual than a training picture
    familiar = int(tab.unusual_label.text().split(": ")[1].split("%")[0])
    noise = tmp_path / "noise.png"
    Image.effect_noise((28, 28), 120).save(noise)
    with qtbot.waitSignal(tab.try_panel.predictionShown, timeout=10_000):
        tab.try_panel.try_item(noise)
    odd = int(tab.unusual_label.text().split(": ")[1].split("%")[0])
    assert odd > familiar


def test_the_cnn_hides_the_reconstruction_panel(qtbot, tab, shapes):
    load_folder(qtbot, tab, shapes)
    train(qtbot, tab, epochs=1)
    with qtbot.waitSignal(tab.try_panel.predictionShown, timeout=10_000):
        tab.try_panel.try_item(sorted((shapes / "star").glob("*.png"))[0])
    assert not tab.reconstruction_box.isVisible()


def test_training_settings_and_model_choice_are_remembered(qtbot, shapes):
    from mmstudio.gui.main_window import MainWindow

    QSettings().clear()
    first = MainWindow(load_sample_on_first_launch=False)
    qtbot.addWidget(first)
    tab = first.tab_for("image")
    load_folder(qtbot, tab, shapes)
    tab.train_panel.model_combo.setCurrentIndex(tab.train_panel.model_combo.findData("autoencoder"))
    tab.train_panel.settings_form.learning_rate.setValue(0.002)
    tab.train_panel.settings_form.augment.setChecked(True)
    train(qtbot, tab, epochs=1)
    first.discard_unsaved_models()
    first.close()

    second = MainWindow(load_sample_on_first_launch=False)
    qtbot.addWidget(second)
    again = second.tab_for("image")
    assert again.train_panel.model_name() == "autoencoder"
    assert again.train_panel.settings_form.epochs.value() == 1
    assert abs(again.train_panel.settings_form.learning_rate.value() - 0.002) < 1e-9
    assert again.train_panel.settings_form.augment.isChecked()


def test_image_size_and_colour_choices_reach_the_model(qtbot, tab, shapes):
    load_folder(qtbot, tab, shapes)
    tab.size_combo.setCurrentIndex(tab.size_combo.findData(32))
    tab.colour_combo.setCurrentIndex(tab.colour_combo.findData(3))
    train(qtbot, tab, epochs=1)
    assert tab.session.bundle.preprocessing == {"size": 32, "channels": 3}


def test_first_launch_loads_the_sample_and_later_launches_do_not(qtbot):
    from mmstudio.gui.main_window import MainWindow

    QSettings().clear()
    first = MainWindow()
    qtbot.addWidget(first)
    qtbot.waitUntil(lambda: len(first.tab_for("image").session.examples) > 0, timeout=15_000)
    assert set(first.tab_for("image").session.examples.class_names) == {"circle", "square", "star", "triangle"}
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    qtbot.wait(500)
    assert len(second.tab_for("image").session.examples) == 0
    qtbot.mouseClick(second.tab_for("image").gather_panel.sample_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(second.tab_for("image").session.examples) == 800, timeout=15_000)


def test_device_is_shown_in_the_status_bar(qtbot, window):
    qtbot.waitUntil(lambda: window.libraries_ready, timeout=60_000)
    assert window.device_label.text() in ("Device: CPU",) or window.device_label.text().startswith("Device: GPU")


DEVICE_BEFORE_TORCH = """
import sys
from PySide6.QtWidgets import QApplication
from mmstudio.gui.app import configure
from mmstudio.gui.main_window import MainWindow
app = QApplication([])
configure(app)
window = MainWindow(load_sample_on_first_launch=False)
window.show()
first = window.device_label.text()
while window.device_label.text() == first:
    app.processEvents()
print(window.device_label.text(), window.libraries_ready)
window.close()
"""


def test_the_device_is_named_before_torch_has_loaded_when_there_is_no_graphics_card_driver(tmp_path):
    """A fresh process: the first change of the device label comes before the slow libraries are in."""
    import os
    import subprocess
    import sys

    from mmstudio.core.gpu_probe import may_have_cuda

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", DEVICE_BEFORE_TORCH], env=env, capture_output=True, text=True,
                          timeout=120)
    early = "Device: looking for a graphics card…" if may_have_cuda() else "Device: CPU"
    assert done.stdout.strip() == f"{early} False", done.stderr


def test_every_control_has_a_tooltip(window):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QListView

    missing = [
        f"{type(w).__name__} '{getattr(w, 'text', lambda: '')()}'"
        for kind in (QAbstractButton, QAbstractSpinBox, QComboBox, QListView)
        for w in window.findChildren(kind)
        if not w.toolTip() and w.isVisibleTo(window) and not w.objectName().startswith("qt_")
    ]
    assert not missing, missing
