"""Listening: the microphone classified continuously, a sliding window of one clip.

A new window is heard every `hop` seconds of captured sound (at most a tenth of a second, and at most half a
clip, so windows overlap by half or more and the bars move ten times a second). Each is turned into
the model's raw form (its log-mel image, or the samples for a speech-embedding model) and predicted at once, on
the listening thread; a slow model skips to the newest sound rather than falling behind.
"""

from __future__ import annotations

import threading
from collections.abc import Generator
from dataclasses import dataclass

import numpy as np

from mmstudio.core.media.audio import MODELS, WINDOW_HOP
from mmstudio.core.media.audio.features import FeatureSettings, log_mel
from mmstudio.core.media.audio.microphone import Recorder

DISPLAY_FEATURES = MODELS["cnn"].preprocessing  # how a window is drawn when the model reads raw samples
LONGEST_HOP = 0.1  # seconds between two windows, at most: a sound waits at most this long for its window


@dataclass(frozen=True)
class Heard:
    """What the model made of the newest window: `seconds` is where it ends in the listening session."""

    seconds: float
    prediction: object  # mmstudio.core.predictor.Prediction
    spectrogram: np.ndarray  # the window's log-mel image (mels, frames), to show
    level: float  # 0..1, the loudest sample of the last moment
    raw: object = None  # the window as the model read it (to explain it); the spectrogram for most models


def listen(
    predictor, stop: threading.Event, device: int | None = None, hop: float | None = None
) -> Generator[Heard, None, None]:
    """Yield a `Heard` for every window until `stop` is set (raises DataError when no microphone opens)."""
    preprocessing = predictor.bundle.preprocessing
    rate, clip_seconds = predictor.modality.listening_format(preprocessing)
    shown = FeatureSettings.from_preprocessing({**DISPLAY_FEATURES, "sample_rate": rate, "clip_seconds": clip_seconds})
    hop = hop if hop is not None else min(LONGEST_HOP, clip_seconds * WINDOW_HOP)
    with Recorder(device, rate) as recorder:
        for window in recorder.windows(clip_seconds, hop, stop):
            raw = predictor.modality.raw_from_clip(window, preprocessing)
            spectrogram = raw if _is_spectrogram(raw) else log_mel(window, shown)
            yield Heard(recorder.seconds_captured, predictor.predict_raw(raw), spectrogram, recorder.level(), raw)


def _is_spectrogram(raw) -> bool:
    return isinstance(raw, np.ndarray) and raw.ndim == 2
