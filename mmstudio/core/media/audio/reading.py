"""Reading sound files: WAV (8/16/24/32-bit, float, u-law), FLAC, OGG/Vorbis, Opus and MP3 through soundfile
(libsndfile), mixed down to mono and resampled with soxr to the rate a model works at.

Reading is bounded: the file's size and what its header declares (rate, channels, length) are checked before
any sample is decoded, a clip is read by seeking to it, and a long file is read as a stream of blocks
(`stream_sound`), so a 10-minute recording never sits in memory whole. Every problem is a DataError that names
the file in one plain sentence.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile
import soxr

from mmstudio.core.errors import DataError
from mmstudio.core.files import checked_size
from mmstudio.core.messages import message

MAX_FILE_BYTES = 1024 * 1024 * 1024
MAX_CHANNELS = 64
LOWEST_RATE, HIGHEST_RATE = 1_000, 768_000
MAX_SECONDS = 2 * 3600  # longer recordings are refused: predicting on them would take minutes
MAX_WHOLE_SECONDS = 60.0  # `read_sound` without a length reads at most this much; longer files are streamed
BLOCK_SECONDS = 2.0  # how much a stream decodes at a time
# Containers libsndfile cannot open, named so the message can say what the file is and what to do.
FOREIGN = {".m4a": "M4A (AAC)", ".aac": "AAC", ".mp4": "MP4", ".wma": "WMA", ".webm": "WebM", ".amr": "AMR"}
FORMATS = message("WAV, FLAC, OGG, Opus or MP3")


@dataclass(frozen=True)
class SoundInfo:
    """What a sound file's header says, already checked for sense."""

    path: Path
    rate: int
    channels: int
    frames: int
    format: str  # libsndfile's name, e.g. "WAV", "FLAC", "OGG", "MP3"

    @property
    def seconds(self) -> float:
        return self.frames / self.rate


def _duration(seconds: float) -> str:
    minutes, seconds = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min {seconds:02d} s"


def _open(path: Path) -> soundfile.SoundFile:
    """The open file, or a DataError saying in plain words why it cannot be read."""
    size = checked_size(path, message("sound file"), MAX_FILE_BYTES)
    if size == 0:
        raise DataError(message("The sound file '{name}' is empty (0 bytes).", name=path.name))
    try:
        return soundfile.SoundFile(str(path))
    except soundfile.LibsndfileError as error:
        foreign = FOREIGN.get(path.suffix.lower())
        if foreign:
            raise DataError(
                message(
                    "'{name}' is {format}, which mmstudio cannot read: convert it to {formats} first.",
                    name=path.name, format=foreign, formats=FORMATS,
                )
            ) from None
        if "not recognised" in str(error).lower():
            raise DataError(message("'{name}' is not a sound file mmstudio can read ({formats}).", name=path.name, formats=FORMATS)) from None
        raise DataError(message("The sound file '{name}' is damaged or incomplete.", name=path.name)) from None
    except (OSError, RuntimeError, ValueError):
        raise DataError(message("The sound file '{name}' could not be opened.", name=path.name)) from None


def _check(handle: soundfile.SoundFile, path: Path) -> SoundInfo:
    name = path.name
    rate, channels, frames = int(handle.samplerate), int(handle.channels), int(handle.frames)
    if not LOWEST_RATE <= rate <= HIGHEST_RATE:
        raise DataError(
            message(
                "The sound file '{name}' claims {rate} samples a second, which cannot be right: it is damaged.",
                name=name, rate=f"{rate:,}",
            )
        )
    if not 1 <= channels <= MAX_CHANNELS:
        raise DataError(
            message(
                "The sound file '{name}' claims {channels} channels; mmstudio reads up to {most}.",
                name=name, channels=channels, most=MAX_CHANNELS,
            )
        )
    if frames <= 0:
        raise DataError(message("The sound file '{name}' holds no sound.", name=name))
    if frames > MAX_SECONDS * rate:
        raise DataError(
            message("'{name}' lasts {duration}; recordings over 2 hours are not read.", name=name, duration=_duration(frames / rate))
        )
    return SoundInfo(path, rate, channels, frames, str(handle.format))


def sound_info(path: Path | str) -> SoundInfo:
    """The checked header of a sound file; decodes no samples."""
    path = Path(path)
    with _open(path) as handle:
        return _check(handle, path)


def _mono_block(handle: soundfile.SoundFile, frames: int, path: Path) -> np.ndarray:
    """Up to `frames` frames from where the file stands, as float32 mono; DataError when they are damaged."""
    try:
        block = handle.read(frames, dtype="float32", always_2d=True)
    except (soundfile.LibsndfileError, RuntimeError, ValueError):
        raise DataError(message("The sound file '{name}' is damaged or incomplete.", name=path.name)) from None
    mono = block.mean(axis=1, dtype=np.float32) if block.shape[1] > 1 else block[:, 0]
    if not np.isfinite(mono).all():
        raise DataError(message("The sound file '{name}' holds invalid samples (not numbers).", name=path.name))
    return mono


def resample(samples: np.ndarray, from_rate: int, to_rate: int) -> np.ndarray:
    """Mono float32 samples at another rate (soxr, high quality); unchanged when the rates agree."""
    if from_rate == to_rate or len(samples) == 0:
        return np.ascontiguousarray(samples, dtype=np.float32)
    return soxr.resample(samples, from_rate, to_rate, quality="HQ").astype(np.float32, copy=False)


def _read(path: Path, rate: int, span) -> np.ndarray:
    """Decode only the frames `span(info)` -> (first, count) names, then resample them to `rate`."""
    with _open(path) as handle:
        info = _check(handle, path)
        first, count = span(info)
        if first:
            try:
                handle.seek(first)
            except (soundfile.LibsndfileError, RuntimeError):
                raise DataError(message("The sound file '{name}' is damaged or incomplete.", name=path.name)) from None
        samples = _mono_block(handle, count, path)
    if len(samples) == 0:
        raise DataError(message("The sound file '{name}' holds no sound.", name=path.name))
    return resample(samples, info.rate, rate)


def read_sound(path: Path | str, rate: int, start: float = 0.0, seconds: float | None = None) -> np.ndarray:
    """Mono float32 samples at `rate`: `seconds` from `start` (seconds), or the whole file when it is short.

    Only the frames asked for are decoded (the file is seeked to `start`). Without `seconds`, a file longer
    than MAX_WHOLE_SECONDS is refused: read it with `stream_sound`, or cut it with `clips.stream_windows`.
    """
    path = Path(path)

    def span(info: SoundInfo) -> tuple[int, int]:
        if seconds is None:
            if info.seconds > MAX_WHOLE_SECONDS:
                raise DataError(
                    message("'{name}' lasts {duration}; it is read in clips, not whole.", name=path.name, duration=_duration(info.seconds))
                )
            return 0, info.frames
        first = min(max(0, round(start * info.rate)), info.frames - 1)
        return first, max(1, min(round(seconds * info.rate), info.frames - first))

    return _read(path, rate, span)


def read_middle(path: Path | str, rate: int, seconds: float) -> np.ndarray:
    """At most `seconds` of mono float32 samples at `rate`: the whole sound, or the middle of a longer one."""

    def span(info: SoundInfo) -> tuple[int, int]:
        count = min(info.frames, max(1, round(seconds * info.rate)))
        return (info.frames - count) // 2, count

    return _read(Path(path), rate, span)


def stream_sound(path: Path | str, rate: int, block_seconds: float = BLOCK_SECONDS) -> Iterator[np.ndarray]:
    """The whole file as consecutive blocks of mono float32 samples at `rate`, a block decoded at a time.

    Memory stays at a few blocks whatever the file's length; the header is checked before the first block.
    """
    path = Path(path)
    with _open(path) as handle:
        info = _check(handle, path)
        resampler = None if info.rate == rate else soxr.ResampleStream(info.rate, rate, 1, dtype="float32")
        block = max(1, round(block_seconds * info.rate))
        produced = False
        while True:
            samples = _mono_block(handle, block, path)
            last = len(samples) < block
            if resampler is not None:
                samples = resampler.resample_chunk(samples, last=last)
            if len(samples):
                produced = True
                yield samples
            if last:
                break
    if not produced:
        raise DataError(message("The sound file '{name}' holds no sound.", name=path.name))
