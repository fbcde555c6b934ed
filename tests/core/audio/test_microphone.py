"""The microphone against a real, clocked device (PulseAudio: a 440 Hz sine source and a null sink)."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from tests.core.audio.sounds import peak_hz, tone
from tests.sound_device import SINE_HZ


@pytest.fixture
def microphone(sound_device):
    from mmstudio.core.media.audio import microphone

    sound_device.listen_to_sine()
    return microphone


def test_the_device_is_listed_and_nothing_is_missing(microphone):
    devices = microphone.input_devices()
    assert devices and all(device.default_rate > 0 for device in devices)
    assert microphone.unavailable_reason() is None


@pytest.mark.parametrize(("rate", "device_rate"), [(16000, None), (8000, None), (16000, 44100), (8000, 48000)])
def test_a_take_holds_the_sine_at_the_asked_rate_and_length(microphone, rate, device_rate):
    """Also when the device records at its own rate and the take is resampled."""
    with microphone.Recorder(rate=rate, device_rate=device_rate) as recorder:
        assert recorder.device_rate == (device_rate or rate)
        take = recorder.take(1.0)
    assert take.dtype == np.float32
    assert len(take) == pytest.approx(rate, abs=rate * 0.01)
    assert peak_hz(take, rate) == pytest.approx(SINE_HZ, abs=5)
    assert 0.2 < np.abs(take).max() <= 1.0


def test_the_meter_follows_the_sound_and_a_take_reports_progress(microphone):
    levels = []
    with microphone.Recorder(rate=16000) as recorder:
        recorder.take(0.5, on_level=lambda level, done: levels.append((level, done)))
        assert recorder.level() > 0.2
    assert levels, "the take reported no progress"
    assert all(level > 0.2 for level, _ in levels[2:])
    assert [done for _, done in levels] == sorted(done for _, done in levels)


def test_a_stopped_take_gives_nothing(microphone):
    stop = threading.Event()
    stop.set()
    with microphone.Recorder(rate=16000) as recorder:
        assert recorder.take(5.0, stop=stop) is None


def test_the_live_window_hears_what_is_played(sound_device, microphone):
    """A tone played into the null sink comes back through its monitor in the sliding windows."""
    import sounddevice

    sound_device.listen_to_playback()
    rate, tone_hz = 16000, 1000
    stop = threading.Event()
    heard = []
    with microphone.Recorder(rate=rate) as recorder:
        windows = recorder.windows(0.5, 0.1, stop)
        quiet = next(windows)
        sounddevice.play(tone(tone_hz, 1.0, rate), rate)
        for window in windows:
            heard.append(window)
            if np.abs(window).max() > 0.2 and peak_hz(window, rate) == pytest.approx(tone_hz, abs=10):
                break
            assert len(heard) < 40, "the played tone never reached the microphone"
        stop.set()
        sounddevice.stop()
    assert np.abs(quiet).max() < 0.05  # before playing, the null sink's monitor is silent
    assert len(heard[-1]) == rate // 2
