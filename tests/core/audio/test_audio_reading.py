"""Reading sound files: every format, any rate and channel count, bounded reads, streams, and plain errors."""

from __future__ import annotations

import struct
import tracemalloc

import numpy as np
import pytest
import soundfile

from mmstudio.core.errors import DataError
from mmstudio.core.media.audio import reading
from mmstudio.core.media.audio.reading import read_middle, read_sound, sound_info, stream_sound
from tests.core._helpers import assert_plain
from tests.core.audio.sounds import FORMATS, noise, peak_hz, tone, write


@pytest.mark.parametrize("kind", sorted(FORMATS))
def test_every_format_reads_as_mono_float_at_the_model_rate(tmp_path, kind):
    rate = 48000 if kind == "opus" else 22050  # Opus knows 8/12/16/24/48 kHz only
    path = write(tmp_path / f"tone{FORMATS[kind][2]}", tone(440, 1.0, rate), rate, kind)
    samples = read_sound(path, 16000)
    assert samples.dtype == np.float32 and samples.ndim == 1
    assert len(samples) == pytest.approx(16000, abs=1200)  # MP3 and Opus add a little encoder padding
    assert peak_hz(samples, 16000) == pytest.approx(440, abs=3)
    assert 0.3 < np.abs(samples).max() < 0.7


@pytest.mark.parametrize(("source", "target", "hz"), [(44100, 16000, 1000), (8000, 16000, 1500), (48000, 8000, 700)])
def test_resampling_keeps_the_frequency_and_the_duration(tmp_path, source, target, hz):
    path = write(tmp_path / "tone.wav", tone(hz, 2.0, source), source, "wav-float")
    samples = read_sound(path, target)
    assert len(samples) == pytest.approx(2 * target, abs=2)
    assert peak_hz(samples, target) == pytest.approx(hz, abs=2)


def test_channels_are_mixed_down_to_mono(tmp_path):
    left, right = tone(300, 1.0, 16000), tone(2000, 1.0, 16000)
    path = tmp_path / "stereo.wav"
    soundfile.write(path, np.stack([left, right], axis=1), 16000, subtype="FLOAT")
    mixed = read_sound(path, 16000)
    assert np.allclose(mixed, (left + right) / 2, atol=1e-6)
    six = tmp_path / "surround.flac"
    soundfile.write(six, np.stack([left] * 6, axis=1), 16000)
    assert np.allclose(read_sound(six, 16000), left, atol=1e-3)


def test_a_span_and_the_middle_are_read_without_the_rest(tmp_path):
    steps = np.concatenate([np.full(16000, level, dtype=np.float32) for level in (0.1, 0.2, 0.3, 0.4, 0.5)])
    path = write(tmp_path / "steps.wav", steps, 16000, "wav-float")
    assert np.allclose(read_sound(path, 16000, start=2.0, seconds=1.0), 0.3)
    middle = read_middle(path, 16000, 1.0)
    assert len(middle) == 16000 and np.allclose(middle, 0.3)
    assert len(read_middle(path, 16000, 10.0)) == 5 * 16000  # shorter than asked: all of it


def test_a_long_file_is_streamed_in_blocks_with_bounded_memory(tmp_path):
    """Ten minutes at 8 kHz: 19 MB as float samples; the stream never holds more than a few blocks."""
    rate, minutes = 8000, 10
    path = tmp_path / "long.wav"
    with soundfile.SoundFile(path, "w", rate, 1, subtype="PCM_16") as handle:
        for minute in range(minutes):
            handle.write(tone(200 + 100 * minute, 60.0, rate))
    whole_bytes = minutes * 60 * rate * 4
    tracemalloc.start()
    try:
        total, peaks = 0, []
        for block in stream_sound(path, 16000):
            total += len(block)
            if len(peaks) < minutes and total >= (len(peaks) + 0.5) * 60 * 16000:
                peaks.append(round(peak_hz(block, 16000), -1))
        _, peak_memory = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert total == pytest.approx(minutes * 60 * 16000, abs=100)
    assert peaks == [200 + 100 * minute for minute in range(minutes)]  # the blocks come in order
    assert peak_memory < whole_bytes / 8
    with pytest.raises(DataError, match="read in clips, not whole"):
        read_sound(path, 16000)


def test_the_header_is_checked_before_anything_is_decoded(tmp_path, monkeypatch):
    good = write(tmp_path / "good.wav", tone(440, 1.0, 16000), 16000)
    header = bytearray(good.read_bytes())
    rate_at = header.find(b"fmt ") + 12
    header[rate_at : rate_at + 4] = struct.pack("<I", 1_000_000_000)
    (tmp_path / "rate.wav").write_bytes(bytes(header))
    with pytest.raises(DataError) as error:
        read_sound(tmp_path / "rate.wav", 16000)
    assert_plain(str(error.value), "rate.wav", "1,000,000,000")

    monkeypatch.setattr(reading, "MAX_SECONDS", 0.5)
    with pytest.raises(DataError) as error:
        sound_info(good)
    assert_plain(str(error.value), "good.wav", "not read")
    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 1000)
    with pytest.raises(DataError) as error:
        sound_info(good)
    assert_plain(str(error.value), "good.wav", "are not read")


def _bad_files(folder) -> dict[str, bytes]:
    good = write(folder / "source.wav", tone(440, 1.0, 16000), 16000).read_bytes()
    flac = write(folder / "source.flac", tone(440, 1.0, 16000), 16000, "flac").read_bytes()
    nan = tone(440, 1.0, 16000)
    nan[100] = np.nan
    channels = bytearray(good)
    channels[channels.find(b"fmt ") + 10 : channels.find(b"fmt ") + 12] = struct.pack("<H", 60000)
    return {
        "empty.wav": b"",
        "header_only.wav": good[:30],
        "words.wav": b"this is a text file, not a recording\n" * 20,
        "notes.m4a": b"\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00M4A mp42isom" + bytes(500),
        "half.flac": flac[: len(flac) // 2],
        "channels.wav": bytes(channels),
        "nan.wav": write(folder / "nan_source.wav", nan, 16000, "wav-float").read_bytes(),
    }


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("empty.wav", "empty"),
        ("header_only.wav", "damaged"),
        ("words.wav", "not a sound file"),
        ("notes.m4a", "convert it"),
        ("half.flac", "damaged"),
        ("channels.wav", "damaged"),
        ("nan.wav", "not numbers"),
    ],
)
def test_bad_files_give_one_plain_sentence_naming_the_file(tmp_path, name, words):
    path = tmp_path / name
    path.write_bytes(_bad_files(tmp_path)[name])
    with pytest.raises(DataError) as error:
        read_middle(path, 16000, 1.0)
    assert_plain(str(error.value), name, words)
    assert str(error.value).count(".") <= 3  # one sentence (the dots of file names aside)


def test_bad_files_are_left_out_and_the_others_still_load(tmp_path):
    from mmstudio.core.media import get_modality
    from mmstudio.core.reading import drain, read_examples

    modality = get_modality("audio")
    preprocessing = dict(modality.spec("cnn").preprocessing)
    for name, data in _bad_files(tmp_path).items():
        (tmp_path / name).write_bytes(data)
    bad = sorted(_bad_files(tmp_path))
    good = [write(tmp_path / f"good_{k}.wav", noise(0.8, 16000, seed=k), 16000) for k in range(3)]
    labelled = [(tmp_path / name, 0) for name in bad] + [(path, 1) for path in good]
    read = drain(read_examples(modality, labelled, preprocessing))
    assert read.items == good
    assert sorted(item.name for item, _ in read.skipped) == bad
    assert all(raw.shape == (40, 101) for raw in read.raws)
