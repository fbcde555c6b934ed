"""The microphone, through sounddevice (PortAudio): input devices, a level meter, takes and a live window.

No Qt here: the window runs these on worker threads, tests run them against a real (PulseAudio null) device.
Sound is captured by PortAudio's own thread into a bounded ring buffer; readers take copies of it, so a slow
reader can miss old sound but can never make memory grow.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass

import numpy as np

from mmstudio.core.errors import DataError
from mmstudio.core.messages import message

BLOCK_SECONDS = 0.02  # PortAudio delivers sound in blocks this long: the meter and the live window follow fast
LEVEL_SECONDS = 0.05  # the meter shows the loudest sample of the last this-many seconds
BUFFER_SECONDS = 90.0  # the most sound held in memory at once (a long background take is 20-60 s)


@dataclass(frozen=True)
class InputDevice:
    index: int
    name: str
    default_rate: int


def _sounddevice():
    """The sounddevice module, or DataError saying plainly why sound input cannot work here."""
    try:
        import sounddevice
    except OSError:  # the PortAudio library itself is missing
        raise DataError(
            message(
                "Recording needs the PortAudio sound library, which is not installed on this computer "
                "(on Debian or Ubuntu: apt-get install libportaudio2)."
            )
        ) from None
    return sounddevice


def input_devices() -> list[InputDevice]:
    """Every device that can record, default first; DataError when sound input cannot work at all."""
    sd = _sounddevice()
    try:
        devices = sd.query_devices()
        default = sd.default.device[0]
    except Exception:  # PortAudio's errors for a broken sound system come in several types
        raise DataError(message("The computer's sound system could not be opened.")) from None
    found = [
        InputDevice(index, str(info["name"]), int(info["default_samplerate"]))
        for index, info in enumerate(devices)
        if info["max_input_channels"] > 0
    ]
    if not found:
        raise DataError(message("No microphone was found on this computer."))
    return sorted(found, key=lambda device: device.index != default)


def unavailable_reason() -> str | None:
    """None when something can record; otherwise one plain sentence saying why not."""
    try:
        input_devices()
    except DataError as error:
        return str(error)
    return None


class Recorder:
    """An open input stream filling a ring buffer; use as a context manager or call `close()`.

    `rate` is the rate the caller wants. The device records at `device_rate` when given, else at `rate` when it
    can, else at its own default rate; the sound is resampled with soxr when read, so callers always get `rate`.
    """

    def __init__(
        self,
        device: int | None = None,
        rate: int = 16000,
        device_rate: int | None = None,
        buffer_seconds: float = BUFFER_SECONDS,
    ) -> None:
        sd = _sounddevice()
        self.rate = int(rate)
        self.device_rate = int(device_rate or rate)
        try:
            sd.check_input_settings(device=device, samplerate=self.device_rate, channels=1, dtype="float32")
        except Exception:
            info = sd.query_devices(device if device is not None else sd.default.device[0])
            self.device_rate = int(info["default_samplerate"])
        self._buffer = np.zeros(int(buffer_seconds * self.device_rate), dtype=np.float32)
        self._written = 0  # frames captured since the stream opened
        self._lock = threading.Lock()
        self._arrived = threading.Condition(self._lock)
        try:
            self._stream = sd.InputStream(
                device=device,
                samplerate=self.device_rate,
                channels=1,
                dtype="float32",
                blocksize=max(1, int(self.device_rate * BLOCK_SECONDS)),
                callback=self._captured,
            )
            self._stream.start()
        except Exception as error:
            raise DataError(message("The microphone could not be opened ({reason}).", reason=error)) from None

    def _captured(self, block, frames, time_info, status) -> None:  # PortAudio's thread
        samples = block[:, 0]
        with self._arrived:
            size = len(self._buffer)
            start = self._written % size
            first = min(frames, size - start)
            self._buffer[start : start + first] = samples[:first]
            if first < frames:
                self._buffer[: frames - first] = samples[first:]
            self._written += frames
            self._arrived.notify_all()

    @property
    def frames_captured(self) -> int:
        """Frames at the device's rate since the stream opened."""
        with self._lock:
            return self._written

    @property
    def seconds_captured(self) -> float:
        with self._lock:
            return self._written / self.device_rate

    def _copy(self, start: int, stop: int) -> np.ndarray:
        """Frames [start, stop) of the stream (device rate); the caller holds the lock."""
        size = len(self._buffer)
        start = max(start, stop - size, 0)
        indices = np.arange(start, stop) % size
        return self._buffer[indices].copy()

    def _to_rate(self, samples: np.ndarray, seconds: float) -> np.ndarray:
        """At `rate` and exactly `seconds` long: resampled with soxr when the device's rate differs, and
        padded with silence in front when less sound than that has been captured so far."""
        if self.device_rate != self.rate and len(samples):
            import soxr

            samples = soxr.resample(samples, self.device_rate, self.rate).astype(np.float32)
        wanted = int(round(seconds * self.rate))
        if len(samples) >= wanted:
            return samples[len(samples) - wanted :]
        return np.concatenate([np.zeros(wanted - len(samples), dtype=np.float32), samples])

    def latest(self, seconds: float) -> np.ndarray:
        """The newest `seconds` of sound at `rate`, silence in front while less has been captured."""
        with self._lock:
            samples = self._copy(self._written - int(seconds * self.device_rate), self._written)
        return self._to_rate(samples, seconds)

    def level(self) -> float:
        """The loudest sample of the last moment, 0 (silence) to 1 (full scale), for a level meter."""
        with self._lock:
            recent = self._copy(self._written - int(LEVEL_SECONDS * self.device_rate), self._written)
        return float(np.abs(recent).max()) if len(recent) else 0.0

    def wait_for(self, frames_at_device_rate: int, timeout: float) -> bool:
        """Block until the stream has captured this many frames in all, or `timeout` seconds pass."""
        with self._arrived:
            return self._arrived.wait_for(lambda: self._written >= frames_at_device_rate, timeout)

    def recording(self, seconds: float, stop: threading.Event | None = None) -> Generator[tuple[float, float], None, np.ndarray | None]:
        """Record the next `seconds` of sound: yields (level, seconds done) as blocks arrive, for a meter and a
        progress bar, and returns the sound at `rate`, or None when `stop` was set first."""
        with self._lock:
            begin = self._written
        end = begin + int(seconds * self.device_rate)
        while True:
            with self._lock:
                done = self._written
            yield self.level(), min(done - begin, end - begin) / self.device_rate
            if done >= end:
                break
            if stop is not None and stop.is_set():
                return None
            self.wait_for(done + 1, BLOCK_SECONDS * 2)  # the next block, or a moment to look at `stop`
        with self._lock:
            samples = self._copy(begin, end)
        return self._to_rate(samples, seconds)

    def take(
        self, seconds: float, stop: threading.Event | None = None, on_level: Callable[[float, float], None] | None = None
    ) -> np.ndarray | None:
        """`recording` run to its end; `on_level(level, seconds done)` is called for every block."""
        steps = self.recording(seconds, stop)
        while True:
            try:
                level, done = next(steps)
            except StopIteration as finished:
                return finished.value
            if on_level is not None:
                on_level(level, done)

    def windows(self, seconds: float, hop: float, stop: threading.Event) -> Iterator[np.ndarray]:
        """The newest `seconds` of sound every `hop` seconds of captured sound, until `stop` is set.

        Paced by the sound itself (not a clock): each window ends `hop` later in the stream than the last.
        """
        step = max(1, int(hop * self.device_rate))
        with self._lock:
            due = self._written + step
        while not stop.is_set():
            if not self.wait_for(due, 0.1):
                continue
            due += step
            with self._lock:
                if self._written - due > 2 * step:  # fell behind (a slow model): skip to the newest sound
                    due = self._written + step
            yield self.latest(seconds)

    def close(self) -> None:
        try:
            self._stream.stop()
            self._stream.close()
        except Exception:  # a device that vanished mid-way cannot be closed twice; nothing is lost
            pass

    def __enter__(self) -> Recorder:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
