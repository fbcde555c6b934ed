"""Clips: the fixed-length pieces of sound a model hears, cut from recordings of any length, and written as files.

A model hears `clip_seconds` at a time. A shorter recording is centred in silence and a longer one's middle is
kept (`fit_clip`); a long recording is cut into windows every `hop` (`window_starts`, `cut_clips`,
`stream_windows`): the background-noise class recorded as one 20 s take, a long file dropped on a class, or
prediction window by window over a long file. Windows lie on the hop grid, plus one ending at the very end
when the grid leaves a tail, so every part of a recording is heard and no window but a too-short
recording's is padded. `write_clip` / `write_clips` / `cut_file` store clips as WAV or FLAC files, atomically.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np
import soundfile

from mmstudio.core.atomic import write_atomic
from mmstudio.core.errors import DataError
from mmstudio.core.media.audio.reading import stream_sound

CLIP_FORMATS = {".wav": ("WAV", "PCM_16"), ".flac": ("FLAC", "PCM_16")}


def fit_clip(samples: np.ndarray, length: int) -> np.ndarray:
    """Exactly `length` samples: a shorter sound centred in silence, a longer one's middle."""
    samples = np.asarray(samples, dtype=np.float32)
    if len(samples) == length:
        return samples
    if len(samples) > length:
        start = (len(samples) - length) // 2
        return samples[start : start + length]
    clip = np.zeros(length, dtype=np.float32)
    start = (length - len(samples)) // 2
    clip[start : start + len(samples)] = samples
    return clip


def window_starts(total: int, length: int, hop: int) -> list[int]:
    """Where windows of `length` samples start, every `hop`, to cover `total` samples (see the module doc)."""
    if length < 1 or hop < 1:
        raise ValueError("Clip length and hop must be at least one sample.")
    if total <= length:
        return [0]
    starts = list(range(0, total - length + 1, hop))
    if starts[-1] + length < total:
        starts.append(total - length)
    return starts


def cut_clips(samples: np.ndarray, length: int, hop: int) -> list[np.ndarray]:
    """A recording in memory cut into windows (a too-short one becomes one centred clip)."""
    samples = np.asarray(samples, dtype=np.float32)
    return [fit_clip(samples[start : start + length], length) for start in window_starts(len(samples), length, hop)]


def stream_windows(
    path: Path | str, rate: int, clip_seconds: float, hop_seconds: float
) -> Iterator[tuple[float, float, np.ndarray]]:
    """(start s, end s, clip) for each window of a file of any length, decoded block by block.

    The same windows as `cut_clips` on the whole recording, but memory holds only about a clip and a block.
    `end` is where the sound ends for a recording shorter than one clip.
    """
    length, hop = max(1, round(clip_seconds * rate)), max(1, round(hop_seconds * rate))
    buffer = np.zeros(0, dtype=np.float32)
    offset = 0  # the recording's sample number of buffer[0]
    next_start, last_end = 0, 0
    for block in stream_sound(path, rate):
        buffer = np.concatenate([buffer, block])
        while next_start + length <= offset + len(buffer):
            at = next_start - offset
            yield next_start / rate, (next_start + length) / rate, buffer[at : at + length].copy()
            last_end, next_start = next_start + length, next_start + hop
        keep_from = max(0, min(next_start - offset, len(buffer) - length))
        buffer, offset = buffer[keep_from:], offset + keep_from
    total = offset + len(buffer)
    if last_end == 0:
        yield 0.0, total / rate, fit_clip(buffer, length)
    elif last_end < total:
        yield (total - length) / rate, total / rate, buffer[-length:].copy()


def clip_bytes(samples: np.ndarray, rate: int, suffix: str = ".flac") -> bytes:
    """The clip encoded as a 16-bit WAV or FLAC file (libsndfile clips samples beyond +-1, it does not wrap them)."""
    try:
        container, subtype = CLIP_FORMATS[suffix.lower()]
    except KeyError:
        raise DataError(f"Clips are saved as .wav or .flac files, not '{suffix}'.") from None
    buffer = io.BytesIO()
    soundfile.write(buffer, samples, rate, format=container, subtype=subtype)
    return buffer.getvalue()


def write_clip(samples: np.ndarray, rate: int, path: Path | str) -> Path:
    """Save one clip, its format from the suffix (.wav or .flac); a crash leaves no half-written file."""
    path = Path(path)
    write_atomic(path, clip_bytes(samples, rate, path.suffix))
    return path


def _free_names(folder: Path, stem: str, suffix: str) -> Iterator[Path]:
    """stem_001.flac, stem_002.flac, ... skipping names already taken in `folder`."""
    number = 1
    while True:
        path = folder / f"{stem}_{number:03d}{suffix}"
        if not path.exists():
            yield path
        number += 1


def write_clips(clips: Iterable[np.ndarray], rate: int, folder: Path | str, stem: str, suffix: str = ".flac") -> list[Path]:
    """Save clips as new files `stem_NNN.flac` in `folder` (created if missing), never over an existing file."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    names = _free_names(folder, stem, suffix)
    return [write_clip(clip, rate, next(names)) for clip in clips]


def cut_file(
    path: Path | str,
    folder: Path | str,
    rate: int,
    clip_seconds: float,
    hop_seconds: float | None = None,
    suffix: str = ".flac",
) -> list[Path]:
    """Cut a recording of any length into clip files in `folder`, named after it (`rain_001.flac`, ...).

    `hop_seconds` defaults to the clip length: pieces side by side, as for a 20 s background-noise take.
    """
    path = Path(path)
    hop = clip_seconds if hop_seconds is None else hop_seconds
    clips = (clip for _, _, clip in stream_windows(path, rate, clip_seconds, hop))
    return write_clips(clips, rate, folder, path.stem, suffix)
