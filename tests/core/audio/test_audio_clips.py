"""Clips: fitting a recording to the clip length, cutting long ones, windows over a streamed file, clip files."""

from __future__ import annotations

import numpy as np
import pytest
import soundfile

from mmstudio.core.errors import DataError
from mmstudio.core.media.audio.clips import (
    cut_clips,
    cut_file,
    fit_clip,
    stream_windows,
    window_starts,
    write_clip,
    write_clips,
)
from mmstudio.core.media.audio.reading import read_sound
from tests.core.audio.sounds import noise, tone, write


def test_a_short_sound_is_centred_in_silence_and_a_long_one_keeps_its_middle():
    short = fit_clip(np.ones(4, dtype=np.float32), 10)
    assert short.tolist() == [0, 0, 0, 1, 1, 1, 1, 0, 0, 0]
    assert fit_clip(np.arange(10, dtype=np.float32), 4).tolist() == [3, 4, 5, 6]
    assert fit_clip(np.arange(4, dtype=np.float32), 4).tolist() == [0, 1, 2, 3]


@pytest.mark.parametrize(
    ("total", "length", "hop", "starts"),
    [
        (5, 10, 5, [0]),  # shorter than a clip: one (padded) window
        (10, 10, 5, [0]),
        (20, 10, 5, [0, 5, 10]),
        (23, 10, 5, [0, 5, 10, 13]),  # the grid leaves a tail: one more window, ending at the end
        (203, 10, 10, [*range(0, 191, 10), 193]),  # a 20.3 s background take cut into 1 s clips
    ],
)
def test_windows_cover_the_whole_recording(total, length, hop, starts):
    assert window_starts(total, length, hop) == starts
    assert all(start + length <= max(total, length) for start in starts)


def test_cutting_gives_clips_of_the_clip_length_in_order():
    samples = np.arange(23, dtype=np.float32)
    clips = cut_clips(samples, 10, 5)
    assert [clip[0] for clip in clips] == [0, 5, 10, 13]
    assert all(len(clip) == 10 for clip in clips)
    assert len(cut_clips(np.ones(3, dtype=np.float32), 10, 5)) == 1


def test_streamed_windows_are_the_windows_of_the_whole_recording(tmp_path):
    rate = 8000
    samples = noise(7.3, rate, 0.3)
    path = write(tmp_path / "take.wav", samples, rate, "wav-float")
    streamed = list(stream_windows(path, rate, 1.0, 0.5))
    whole = cut_clips(read_sound(path, rate), rate, rate // 2)
    assert len(streamed) == len(whole) == 14
    for (start, end, clip), expected in zip(streamed, whole):
        assert np.array_equal(clip, expected)
        assert end - start == pytest.approx(1.0)
    assert streamed[-1][1] == pytest.approx(7.3)  # the last window ends where the sound ends
    (start, end, clip), = stream_windows(write(tmp_path / "short.wav", samples[:2000], rate, "wav-float"), rate, 1.0, 0.5)
    assert (start, end, len(clip)) == (0.0, 0.25, rate)


def test_streamed_windows_are_resampled(tmp_path):
    path = write(tmp_path / "take.wav", tone(500, 3.0, 44100), 44100)
    windows = list(stream_windows(path, 16000, 1.0, 0.5))
    assert [start for start, _, _ in windows] == [0.0, 0.5, 1.0, 1.5, 2.0]
    assert all(len(clip) == 16000 for _, _, clip in windows)


@pytest.mark.parametrize("suffix", [".wav", ".flac"])
def test_a_clip_file_reads_back_as_written(tmp_path, suffix):
    clip = tone(440, 1.0, 16000)
    path = write_clip(clip, 16000, tmp_path / f"clip{suffix}")
    assert soundfile.info(path).samplerate == 16000
    assert np.allclose(read_sound(path, 16000), clip, atol=1e-4)  # 16-bit samples
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"clip{suffix}"]  # no temporary file left
    loud = write_clip(np.full(100, 3.0, dtype=np.float32), 16000, tmp_path / f"loud{suffix}")
    assert read_sound(loud, 16000).min() > 0.99  # clipped at full scale, not wrapped round


def test_clips_get_new_names_and_never_replace_a_file(tmp_path):
    (tmp_path / "yes_001.flac").write_bytes(b"keep me")
    paths = write_clips([tone(440, 1.0, 16000)] * 2, 16000, tmp_path / ".." / tmp_path.name, "yes")
    assert [p.name for p in paths] == ["yes_002.flac", "yes_003.flac"]
    assert (tmp_path / "yes_001.flac").read_bytes() == b"keep me"
    with pytest.raises(DataError, match=r"\.wav or \.flac"):
        write_clip(tone(440, 1.0, 16000), 16000, tmp_path / "clip.mp3")


def test_a_background_take_is_cut_into_clip_files(tmp_path):
    take = write(tmp_path / "rain.ogg", noise(20.3, 48000, 0.2), 48000, "ogg-vorbis")
    paths = cut_file(take, tmp_path / "background", 16000, 1.0)
    assert len(paths) == 21 and paths[0].name == "rain_001.flac"
    assert all(soundfile.info(p).frames == 16000 and soundfile.info(p).samplerate == 16000 for p in paths)
