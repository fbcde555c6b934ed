"""Recording examples from the microphone, as Teachable Machine users know it: one clip after a short count-in,
several clips in a row, or one long background-noise take cut into clips.

A session is a generator of small `Recording` events (for a level meter, a count-down and progress) that
returns the files it wrote. Every clip is saved at once as a real file in the given folder, so nothing
recorded lives only in memory. Setting `stop` ends a session after the clip being recorded is dropped.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path

from mmstudio.core.media.audio.clips import cut_clips, fit_clip, write_clips
from mmstudio.core.media.audio.microphone import Recorder

COUNT_IN_SECONDS = 3  # "3, 2, 1" before the first clip, time to get ready
PAUSE_SECONDS = 0.5  # between clips in a row, a breath (and a visible gap) before the next
MIN_BACKGROUND_SECONDS = 20.0  # a background-noise class needs about 20 s, cut into clips


@dataclass(frozen=True)
class Recording:
    """Where a session is: `phase` is "count-in", "recording" or "pause"; `clip` counts from 1."""

    phase: str
    clip: int
    clips: int
    seconds: float  # done of this phase
    phase_seconds: float  # its whole length
    level: float  # 0..1, the loudest sample of the last moment


def _wait(recorder: Recorder, phase: str, clip: int, clips: int, seconds: float, stop) -> Generator:
    """Count-in or pause: wall time, but the meter keeps moving so the user sees the microphone works."""
    started = time.monotonic()
    while (done := time.monotonic() - started) < seconds:
        if stop is not None and stop.is_set():
            return False
        yield Recording(phase, clip, clips, done, seconds, recorder.level())
        recorder.wait_for(recorder.frames_captured + 1, 0.1)  # the next block of sound: the meter moves
    return True


def _take(recorder: Recorder, clip: int, clips: int, seconds: float, stop) -> Generator:
    """One stretch of sound, reporting the meter as it fills; None when stopped."""
    steps = recorder.recording(seconds, stop)
    while True:
        try:
            level, done = next(steps)
        except StopIteration as finished:
            return finished.value
        yield Recording("recording", clip, clips, done, seconds, level)


def record_clips(
    folder: Path | str,
    stem: str,
    clips: int,
    clip_seconds: float,
    rate: int,
    device: int | None = None,
    count_in: float = COUNT_IN_SECONDS,
    stop: threading.Event | None = None,
) -> Generator[Recording, None, list[Path]]:
    """Record `clips` clips one after another (after a count-in), each saved as `folder/stem_NNN.flac`."""
    written: list[Path] = []
    with Recorder(device, rate) as recorder:
        if not (yield from _wait(recorder, "count-in", 1, clips, count_in, stop)):
            return written
        for clip in range(1, clips + 1):
            if clip > 1 and not (yield from _wait(recorder, "pause", clip, clips, PAUSE_SECONDS, stop)):
                break
            samples = yield from _take(recorder, clip, clips, clip_seconds, stop)
            if samples is None:
                break
            written += write_clips([fit_clip(samples, round(clip_seconds * rate))], rate, folder, stem)
    return written


def record_background(
    folder: Path | str,
    stem: str,
    seconds: float,
    clip_seconds: float,
    hop_seconds: float,
    rate: int,
    device: int | None = None,
    count_in: float = COUNT_IN_SECONDS,
    stop: threading.Event | None = None,
) -> Generator[Recording, None, list[Path]]:
    """One long take (at least 20 s) of the room's sound, cut into clips every `hop_seconds` and saved.

    Stopped early, what was recorded so far is still cut and kept.
    """
    seconds = max(float(seconds), MIN_BACKGROUND_SECONDS)
    with Recorder(device, rate) as recorder:
        if not (yield from _wait(recorder, "count-in", 1, 1, count_in, stop)):
            return []
        started = recorder.seconds_captured
        take = yield from _take(recorder, 1, 1, seconds, stop)
        if take is None:  # stopped: keep what is there (the ring buffer holds the take so far)
            take = recorder.latest(min(recorder.seconds_captured - started, seconds))
    length, hop = round(clip_seconds * rate), max(1, round(hop_seconds * rate))
    if len(take) < length:
        return []
    return write_clips(cut_clips(take, length, hop), rate, folder, stem)
