"""Recording sessions against a real device: clips after a count-in, clips in a row, a background take."""

from __future__ import annotations

import threading

import numpy as np
import pytest
import soundfile

from tests.core.audio.sounds import peak_hz
from tests.sound_device import SINE_HZ

RATE = 16000


@pytest.fixture
def recording(sound_device):
    from mmstudio.core.media.audio import recording

    sound_device.listen_to_sine()
    return recording


def run(session):
    """(events, returned files) of a recording generator."""
    events = []
    while True:
        try:
            events.append(next(session))
        except StopIteration as done:
            return events, done.value


def test_clips_in_a_row_are_saved_as_real_files_holding_the_sound(recording, tmp_path):
    events, files = run(recording.record_clips(tmp_path / "yes", "yes", 3, 0.5, RATE, count_in=0.2))
    assert [path.name for path in files] == ["yes_001.flac", "yes_002.flac", "yes_003.flac"]
    for path in files:
        samples, rate = soundfile.read(path, dtype="float32")
        assert rate == RATE and len(samples) == RATE // 2
        assert peak_hz(samples, rate) == pytest.approx(SINE_HZ, abs=8)
    phases = [event.phase for event in events]
    assert phases[0] == "count-in" and "pause" in phases
    assert {event.clip for event in events if event.phase == "recording"} == {1, 2, 3}
    recorded = [event for event in events if event.phase == "recording"]
    assert max(event.level for event in recorded) > 0.2
    assert recorded[-1].seconds == pytest.approx(0.5, abs=0.01)


def test_new_clips_never_replace_earlier_ones(recording, tmp_path):
    run(recording.record_clips(tmp_path, "no", 1, 0.25, RATE, count_in=0))
    _, files = run(recording.record_clips(tmp_path, "no", 1, 0.25, RATE, count_in=0))
    assert [path.name for path in files] == ["no_002.flac"]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["no_001.flac", "no_002.flac"]


def test_a_background_take_of_20_seconds_is_cut_into_clips(recording, tmp_path):
    _, files = run(recording.record_background(tmp_path, "background", 20, 1.0, 1.0, RATE, count_in=0))
    assert len(files) == 20
    samples, rate = soundfile.read(files[-1], dtype="float32")
    assert len(samples) == RATE and peak_hz(samples, rate) == pytest.approx(SINE_HZ, abs=5)


def test_a_stopped_background_take_keeps_what_was_recorded(recording, tmp_path):
    stop = threading.Event()
    session = recording.record_background(tmp_path, "noise", 60, 1.0, 0.5, RATE, count_in=0, stop=stop)
    events = []
    for event in session:
        events.append(event)
        if event.phase == "recording" and event.seconds >= 2.6:
            stop.set()
    files = sorted(tmp_path.iterdir())
    # 2.6 s and more (what arrived until the stop was seen) in 1 s clips every 0.5 s; never the whole minute
    assert 4 <= len(files) <= 10
    assert all(len(soundfile.read(path)[0]) == RATE for path in files)


def test_stopping_during_the_count_in_records_nothing(recording, tmp_path):
    stop = threading.Event()
    stop.set()
    events, files = run(recording.record_clips(tmp_path, "up", 5, 1.0, RATE, count_in=3, stop=stop))
    assert files == [] and not list(tmp_path.iterdir())
