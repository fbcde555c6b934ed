"""Try it explains every answer: a heat map over the picture, tinted words, coloured spectrogram cells; the user
can ask about another class, turn it off, and set a "not sure" threshold. Real windows, real training."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from mmstudio.gui.widgets.heatmap import AWAY, TOWARD
from tests.gui.driving import drop, load_folder, train
from tests.gui.test_audio_tab import tones  # noqa: F401  (the module's drawn tone classes)
from tests.gui.test_text_tab import text_folder, text_tab  # noqa: F401


def pixels(pixmap) -> np.ndarray:
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_RGBA8888)
    return np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.width(), 4)[..., :3].astype(int)


def click_class(qtbot, bars, name: str) -> None:
    qtbot.mouseClick(bars.canvas, Qt.MouseButton.LeftButton, pos=QPoint(40, bars.canvas.row_centre(name)))


def test_a_tried_picture_gets_a_heat_map_where_the_evidence_is(qtbot, tab, shapes):
    load_folder(qtbot, tab, shapes)
    train(qtbot, tab, epochs=4)
    panel = tab.try_panel
    picture = sorted((shapes / "star").glob("*.png"))[0]
    with qtbot.waitSignal(panel.explanationShown, timeout=20_000) as shown:
        drop(tab.try_area, [picture])
    explanation = shown.args[0]
    assert explanation.target == panel.bars.winner() == explanation.label
    assert explanation.attribution.shape == (28, 28)
    assert "“%s”" % explanation.target in panel.why_caption.text()
    # the heat map lies over the picture where the explanation is strongest, and not where it is nothing
    plain, shown_now = pixels(tab._try_picture), pixels(tab.try_area._pixmap)
    change = np.abs(shown_now - plain).sum(axis=2)
    rows, cols = explanation.attribution.shape
    scale_y, scale_x = plain.shape[0] / rows, plain.shape[1] / cols
    strongest = np.unravel_index(np.abs(explanation.attribution).argmax(), explanation.attribution.shape)
    weakest = np.unravel_index(np.abs(explanation.attribution).argmin(), explanation.attribution.shape)

    def change_at(cell):
        return change[int((cell[0] + 0.5) * scale_y), int((cell[1] + 0.5) * scale_x)]

    assert change_at(strongest) > 40 > change_at(weakest)
    # opacity 0: the plain picture again
    tab.opacity_slider.setValue(0)
    assert (pixels(tab.try_area._pixmap) == plain).all()
    tab.opacity_slider.setValue(60)
    # clicking another class in the bars explains that class instead
    other = next(name for name in panel.bars.classes() if name != explanation.label)
    with qtbot.waitSignal(panel.explanationShown, timeout=20_000) as shown:
        click_class(qtbot, panel.bars, other)
    assert shown.args[0].target == other
    assert "“%s”" % other in panel.why_caption.text()
    # turned off: the picture is plain and the caption gone
    with qtbot.waitSignal(panel.explanationShown, timeout=5_000) as shown:
        panel.why_check.setChecked(False)
    assert shown.args[0] is None
    assert (pixels(tab.try_area._pixmap) == plain).all()
    assert panel.why_caption.text() == ""


def test_not_sure_below_the_threshold_and_a_cannot_read_message_goes_with_its_cause(qtbot, tab, shapes, tmp_path):
    load_folder(qtbot, tab, shapes)
    train(qtbot, tab, epochs=2)
    panel = tab.try_panel
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a picture")
    with qtbot.waitSignal(panel.predictionShown, timeout=10_000, raising=False):
        drop(tab.try_area, [broken])
    qtbot.waitUntil(lambda: panel.prediction_label.text() == "Cannot read this example", timeout=10_000)
    assert "broken.png" in tab.message.text()
    with qtbot.waitSignal(panel.predictionShown, timeout=10_000) as shown:
        drop(tab.try_area, [sorted((shapes / "circle").glob("*.png"))[0]])
    assert tab.message.text() == ""  # the picture that could not be read is no longer the one shown
    label, best = shown.args[0], max(panel.bars.value(name) for name in panel.bars.classes())
    assert panel.prediction_label.text() == label
    panel.unsure_spin.setValue(int(best * 100) + 1)
    assert panel.prediction_label.text() == f"Not sure (maybe “{label}”)"
    panel.unsure_spin.setValue(max(int(best * 100) - 1, 0))
    assert panel.prediction_label.text() == label


def test_typed_words_are_tinted_by_how_they_pushed_the_answer(qtbot, text_tab, text_folder):  # noqa: F811
    drop(text_tab, [text_folder])
    qtbot.waitUntil(lambda: len(text_tab.session.examples) > 0, timeout=10_000)
    text_tab.train_panel.model_combo.setCurrentIndex(text_tab.train_panel.model_combo.findData("bow"))
    train(qtbot, text_tab, epochs=15)
    panel = text_tab.try_panel
    typed = "  heavy rain 🌧 and wind"
    with qtbot.waitSignal(panel.explanationShown, timeout=20_000) as shown:
        text_tab.try_box.setPlainText(typed)  # pasted: QTest cannot type an emoji
    explanation = shown.args[0]
    weighted = [token for token in explanation.tokens if token.weight != 0]
    selections = text_tab.try_box.extraSelections()
    assert len(selections) == len(weighted) > 0
    for token, selection in zip(weighted, selections):
        assert selection.cursor.selectedText() == typed.strip()[token.start : token.end]
        colour = selection.format.background().color()
        assert (colour.red(), colour.green(), colour.blue()) == (TOWARD if token.weight > 0 else AWAY)
    # typing on: the old tint goes, the new text's comes
    with qtbot.waitSignal(panel.explanationShown, timeout=20_000) as shown:
        qtbot.keyClicks(text_tab.try_box, " tonight")
    assert any(token.token == "tonight" for token in shown.args[0].tokens)
    assert selections_cover(text_tab.try_box, "tonight", shown.args[0])


def selections_cover(box, word: str, explanation) -> bool:
    """Whether `word` is tinted exactly when the explanation gives it a weight."""
    tinted = {selection.cursor.selectedText() for selection in box.extraSelections()}
    weight = next(token.weight for token in explanation.tokens if token.token == word)
    return (word in tinted) == (weight != 0)


@pytest.fixture
def trained_audio(qtbot, window, tones):  # noqa: F811
    tab = window.tab_for("audio")
    window.tabs.setCurrentWidget(tab)
    load_folder(qtbot, tab, tones)
    train(qtbot, tab, epochs=6)
    return tab


def test_a_tried_sound_shows_what_mattered_on_its_spectrogram(qtbot, trained_audio, tones):  # noqa: F811
    tab = trained_audio
    clip = sorted((tones / "high").iterdir())[0]
    with qtbot.waitSignal(tab.try_panel.explanationShown, timeout=20_000) as shown:
        drop(tab.try_area, [clip])
    explanation = shown.args[0]
    assert explanation.attribution.ndim == 2 and explanation.frame_seconds > 0
    assert tab.try_view.has_attribution()
    with qtbot.waitSignal(tab.try_panel.explanationShown, timeout=5_000):
        tab.try_panel.why_check.setChecked(False)
    assert not tab.try_view.has_attribution()


def test_listening_explains_each_window_heard(qtbot, sound_device, trained_audio):
    import sounddevice

    from tests.core.audio.sounds import tone

    tab = trained_audio
    sound_device.listen_to_playback()
    qtbot.waitUntil(lambda: tab.listen_button.isEnabled(), timeout=20_000)
    qtbot.mouseClick(tab.listen_button, Qt.MouseButton.LeftButton)
    sounddevice.play(tone(2600, 3.0, 16000), 16000)
    with qtbot.waitSignal(
        tab.try_panel.explanationShown, timeout=10_000, check_params_cb=lambda explanation: explanation is not None
    ) as shown:
        pass
    assert shown.args[0].attribution is not None
    assert tab.try_view.has_attribution()
    tab.stop_listening()
    qtbot.waitUntil(lambda: not tab.is_listening(), timeout=5_000)
    sounddevice.stop()
