"""The Audio tab driven like a user: drop class folders of sound files, train, try a clip and a long file, cut a
long recording, and, against a real sound device (PulseAudio), record clips, a background take, and listen."""

from __future__ import annotations

import numpy as np
import pytest
import soundfile
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.core.audio.sounds import noise, peak_hz, tone, tone_classes, write
from tests.gui.driving import drop, load_folder, train
from tests.sound_device import SINE_HZ

RATE = 16000


@pytest.fixture(scope="module")
def tones(tmp_path_factory):
    return tone_classes(tmp_path_factory.mktemp("tones"), per_class=14)


@pytest.fixture
def audio(window):
    tab = window.tab_for("audio")
    window.tabs.setCurrentWidget(tab)
    return tab


def wait_for_sound_check(qtbot, tab) -> None:
    qtbot.waitUntil(lambda: tab.sound_status.text() != tab.tr("Looking for a microphone…"), timeout=20_000)


@pytest.fixture
def trained(qtbot, audio, tones):
    load_folder(qtbot, audio, tones)
    audio.train_panel.settings_form.augment.setChecked(True)
    train(qtbot, audio, epochs=8)
    return audio


def test_a_dropped_folder_trains_and_a_clip_is_recognised(qtbot, trained, tmp_path):
    tab = trained
    assert tab.session.examples.class_names == ["background", "high", "low"]
    assert tab.session.bundle.metrics["accuracy"] >= 0.75  # 9 held-back clips; the tones are easy to tell apart
    clip = write(tmp_path / "whistle.wav", tone(2600, 1.0, RATE) + noise(1.0, RATE, 0.01), RATE)
    with qtbot.waitSignal(tab.try_panel.predictionShown, timeout=20_000) as shown:
        drop(tab.try_area, [clip])
    assert shown.args == ["high"]
    assert tab.try_view.segment_count == 0  # one clip: one answer, no timeline
    assert tab.try_view.image.image is not None  # its spectrogram is drawn


def test_a_long_file_is_heard_window_by_window_as_a_timeline(qtbot, trained, tmp_path):
    tab = trained
    sound = np.concatenate([tone(2600, 3.0, RATE), tone(330, 3.0, RATE)]) + noise(6.0, RATE, 0.01)
    long_file = write(tmp_path / "both.flac", sound, RATE, "flac")
    with qtbot.waitSignal(tab.try_panel.predictionShown, timeout=20_000):
        tab.try_panel.try_item(long_file)
    regions = tab.try_view._segments
    assert len(regions) >= 9  # 6 s in 1 s windows every 0.5 s
    labels = [region.toolTip().rsplit(": ", 1)[1] for region in regions]
    assert labels[0] == "high" and labels[-1] == "low"
    starts = [region.getRegion()[0] for region in regions]
    assert starts == sorted(starts) and starts[-1] == pytest.approx(5.0, abs=0.01)


def test_saving_and_loading_keeps_the_model(qtbot, trained, tmp_path):
    tab = trained
    path = tmp_path / "tones.mmstudio"
    tab.try_panel.save_model(path)
    qtbot.waitUntil(path.exists, timeout=10_000)
    tab.session.predictor = None
    tab.try_panel.load_model(path)
    qtbot.waitUntil(lambda: tab.session.predictor is not None, timeout=20_000)
    assert tab.session.bundle.classes == ["background", "high", "low"]


def test_a_long_file_dropped_on_a_class_is_cut_into_clips(qtbot, audio, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    audio.session.examples.add_class("rain")
    long_file = write(tmp_path / "rain.wav", noise(5.0, RATE, 0.2), RATE)
    audio.gather_panel.import_paths([long_file], "rain")
    qtbot.waitUntil(lambda: len(audio.session.examples.items("rain")) == 5, timeout=20_000)
    clips = audio.session.examples.items("rain")
    assert long_file not in clips
    assert all(clip.parent == audio.recordings_folder() / "rain" for clip in clips)
    assert [len(soundfile.read(clip)[0]) for clip in clips] == [RATE] * 5


def test_without_a_sound_device_files_still_work_and_recording_says_why(qtbot, window, monkeypatch):
    import sounddevice

    monkeypatch.setenv("PULSE_SERVER", "unix:/nonexistent/pulse")
    sounddevice._terminate()
    sounddevice._initialize()
    try:
        from mmstudio.gui.main_window import MainWindow

        other = MainWindow(load_sample_on_first_launch=False)
        qtbot.addWidget(other)
        tab = other.tab_for("audio")
        wait_for_sound_check(qtbot, tab)
        assert "No microphone was found" in tab.sound_status.text()
        assert not tab.record_button.isEnabled() and not tab.background_button.isEnabled()
        assert not tab.listen_button.isEnabled()
        assert tab.gather_panel.open_folder_button.isEnabled()
        other.close()
    finally:
        monkeypatch.undo()
        sounddevice._terminate()
        sounddevice._initialize()


# ---------------------------------------------------------------- with a real sound device


@pytest.fixture
def with_microphone(sound_device, qtbot, audio):
    sound_device.listen_to_sine()
    wait_for_sound_check(qtbot, audio)
    assert audio.sound_input_available(), audio.sound_status.text()
    return audio


def test_recording_clips_saves_real_files_into_the_class(qtbot, with_microphone):
    tab = with_microphone
    tab.session.examples.add_class("hum")
    tab.gather_panel.select_class("hum")
    tab.clip_count.setValue(2)
    assert not tab.recording_label.isVisibleTo(tab)  # no empty row before recording
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Get ready" in tab.recording_label.text(), timeout=5_000)  # the count-down shows
    assert tab.recording_label.isVisibleTo(tab)
    qtbot.waitUntil(lambda: len(tab.session.examples.items("hum")) == 2, timeout=20_000)
    qtbot.waitUntil(lambda: not tab.recording_label.isVisibleTo(tab), timeout=5_000)
    clips = tab.session.examples.items("hum")
    assert all(clip.parent == tab.recordings_folder() / "hum" and clip.exists() for clip in clips)
    for clip in clips:
        samples, rate = soundfile.read(clip, dtype="float32")
        assert len(samples) == rate * 1 and peak_hz(samples, rate) == pytest.approx(SINE_HZ, abs=8)
    assert tab.record_button.isEnabled() and not tab.stop_recording_button.isEnabled()


def test_a_stopped_background_take_keeps_its_clips(qtbot, with_microphone):
    tab = with_microphone
    qtbot.mouseClick(tab.background_button, Qt.MouseButton.LeftButton)
    name = tab.gather_panel.current_class()
    assert name == tab.tr("background noise")
    qtbot.waitUntil(lambda: "2 s" in tab.recording_label.text() or "3 s" in tab.recording_label.text(),
                    timeout=15_000)
    assert tab.level_meter.value() > 50  # the sine is loud
    qtbot.mouseClick(tab.stop_recording_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(tab.session.examples.items(name)) >= 2, timeout=10_000)
    assert all(len(soundfile.read(clip)[0]) == RATE for clip in tab.session.examples.items(name))


def test_listening_follows_what_is_played_and_stops_with_the_tab(qtbot, sound_device, trained):
    import sounddevice

    tab = trained
    sound_device.listen_to_playback()
    wait_for_sound_check(qtbot, tab)
    qtbot.mouseClick(tab.listen_button, Qt.MouseButton.LeftButton)
    assert tab.is_listening()
    sounddevice.play(tone(2600, 3.0, RATE), RATE)
    qtbot.waitUntil(lambda: tab.try_panel.prediction_label.text() == "high", timeout=10_000)
    sounddevice.play(tone(330, 3.0, RATE), RATE)
    qtbot.waitUntil(lambda: tab.try_panel.prediction_label.text() == "low", timeout=10_000)
    assert not tab.record_button.isEnabled()  # the microphone is busy listening
    window = tab.window()
    window.tabs.setCurrentIndex(0)  # another tab: listening stops
    qtbot.waitUntil(lambda: not tab.is_listening(), timeout=5_000)
    sounddevice.stop()
    assert not tab.listen_button.isChecked()


def test_closing_the_window_while_listening_ends_the_listening_job(qtbot, sound_device, trained):
    tab = trained
    wait_for_sound_check(qtbot, tab)
    tab.start_listening()
    stop = tab._listen_stop
    tab.window().discard_unsaved_models()
    tab.window().close()
    assert stop.is_set()
    from mmstudio.gui.jobs import Jobs

    assert Jobs.wait_for_all(2000)



def test_class_rows_get_spectrogram_thumbnails_and_a_selected_example_is_drawn(qtbot, audio, tones):
    load_folder(qtbot, audio, tones)
    thumbnails = audio.gather_panel.thumbnails
    path = audio.session.examples.items("high")[0]
    qtbot.waitUntil(lambda: thumbnails.get(path) is not None, timeout=20_000)  # made in the background
    pixmap = thumbnails.get(path)
    assert (pixmap.width(), pixmap.height()) == (thumbnails.size, thumbnails.size)
    colours = {pixmap.toImage().pixelColor(x, y).name() for x in range(0, 64, 8) for y in range(0, 64, 8)}
    assert len(colours) > 4  # a picture of the sound, not a blank square
    audio.gather_panel.select_class("high")
    assert audio.play_button.isHidden()  # nothing to play again yet: no lone button on an empty row
    browser = audio.gather_panel.browser
    browser.setCurrentIndex(browser.example_model.index(0))
    qtbot.waitUntil(lambda: audio.example_view.image.image is not None, timeout=10_000)
    assert audio.example_view.image.image.shape[0] == 40  # the mel bands
    assert not audio.play_button.isHidden()  # beside the drawing of the example it plays


def test_a_confusion_matrix_cell_lists_its_clips_and_a_click_plays_one(qtbot, sound_device, trained):
    from mmstudio.core.media.audio.microphone import Recorder

    tab = trained
    sound_device.listen_to_playback()
    wait_for_sound_check(qtbot, tab)
    high = tab.session.bundle.classes.index("high")
    tab.train_panel.confusion.cellActivated.emit(high, high)
    browser = tab.gather_panel.browser
    listed = [browser.example_model.item(row) for row in range(browser.example_model.rowCount())]
    assert listed and all(path.parent.name == "high" for path in listed)
    with Recorder(rate=RATE) as speaker_monitor:
        quiet = speaker_monitor.take(0.3)
        rect = browser.visualRect(browser.example_model.index(0))
        qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        heard = speaker_monitor.take(1.5)
    assert np.abs(quiet).max() < 0.05
    assert np.abs(heard).max() > 0.05  # the clip came out of the speakers
    assert peak_hz(heard, RATE) > 1500  # and it is one of the high tones


def test_stop_keeps_the_best_model_and_bad_files_are_named_not_fatal(qtbot, audio, tones, tmp_path):
    import shutil

    data = tmp_path / "data"
    shutil.copytree(tones, data)
    (data / "high" / "notes.wav").write_text("this is text, not sound")
    (data / "low" / "empty.flac").write_bytes(b"")
    (data / "low" / "song.m4a").write_bytes(b"\x00\x00\x00\x20ftypM4A ")
    load_folder(qtbot, audio, data)
    assert "1 file of another type was skipped" in audio.message.text()  # the .m4a
    panel = audio.train_panel
    panel.settings_form.epochs.setValue(500)
    panel.start_training()
    qtbot.waitUntil(lambda: "could not be read" in audio.message.text(), timeout=30_000)
    assert "2 example(s) could not be read" in audio.message.text()
    assert "notes.wav" in audio.message.text()
    qtbot.waitUntil(lambda: panel.curves.batch_points() > 0, timeout=30_000)
    qtbot.keyClick(audio, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not audio.session.training, timeout=10_000)
    assert audio.session.bundle is not None and "stopped early" in panel.progress.format()
