"""Sound: a file becomes the log-mel spectrogram of one clip; a long file, one spectrogram per window.

An example's raw form is its clip's log-mel image in dB, (mels, frames) float32: the middle `clip_seconds` of
the recording (a shorter one centred in silence). `fit` learns each band's mean and spread on the training
split; they are kept in the preprocessing dict with every feature parameter, so they travel in the model file.
`encode` gives `AudioData`, which normalises per batch and, when augmentation is on, varies the sound first.
`windows` lets the predictor hear a recording longer than one clip window by window.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import torch

from mmstudio.core.encoded import TensorData
from mmstudio.core.errors import DataError
from mmstudio.core.messages import message
from mmstudio.core.examples import Item
from mmstudio.core.media.audio import MEDIUM, WINDOW_HOP
from mmstudio.core.media.audio.augment import mask_bands_and_frames, vary_sounds
from mmstudio.core.media.audio.clips import fit_clip, stream_windows
from mmstudio.core.media.audio.features import FeatureSettings, fit_normalisation, log_mel
from mmstudio.core.media.audio.reading import read_middle, sound_info
from mmstudio.core.media.modality import Modality


class AudioData(TensorData):
    """Log-mel images in dB, (N, 1, mels, frames); a batch is normalised with the training split's band
    statistics. Augmentation changes the dB values first (gain, shift, background noise: see augment.py), then
    hides a band range and a stretch of time in the normalised batch."""

    def __init__(self, inputs, labels, mean, std, noise_labels=(), floor_db: float = 80.0) -> None:
        super().__init__(inputs, labels)
        self.mean, self.std = mean, std  # (1, 1, mels, 1)
        self.noise_labels = tuple(noise_labels)
        self.floor_db = floor_db
        self._noise = None

    def subset(self, indices) -> AudioData:
        return type(self)(
            self.inputs[indices], self.labels[indices], self.mean, self.std, self.noise_labels, self.floor_db
        )

    def noise(self) -> torch.Tensor:
        """The background-noise examples among these (the training split's, once it is a subset)."""
        if self._noise is None:
            rows = torch.isin(self.labels, torch.tensor(self.noise_labels, dtype=torch.long))
            self._noise = self.inputs[rows]
        return self._noise

    def batch(self, indices, augment: bool = False, generator: torch.Generator | None = None):
        inputs = self.inputs[indices]
        if augment and len(inputs):
            inputs = vary_sounds(inputs, generator, self.noise(), self.floor_db)
        inputs = (inputs - self.mean) / self.std
        if augment and len(inputs):
            inputs = mask_bands_and_frames(inputs, generator)
        return inputs, self.labels[indices]


def feature_settings(preprocessing: dict) -> FeatureSettings:
    """The feature settings, or DataError when the chosen ones do not fit together."""
    try:
        return FeatureSettings.from_preprocessing(preprocessing)
    except ValueError as error:
        raise DataError(str(error)) from None


def _band_statistics(preprocessing: dict, mels: int) -> tuple[torch.Tensor, torch.Tensor]:
    mean, std = preprocessing.get("mean"), preprocessing.get("std")
    if not isinstance(mean, list) or not isinstance(std, list):
        raise DataError(message("This sound model has not learnt its sound levels yet: it must be trained first."))
    shape = (1, 1, mels, 1)
    return torch.tensor(mean, dtype=torch.float32).view(shape), torch.tensor(std, dtype=torch.float32).view(shape)


class AudioModality(Modality):
    medium = MEDIUM

    def read(self, item: Item, preprocessing: dict) -> np.ndarray:
        if not isinstance(item, Path):
            raise DataError(message("Sound examples must be files."))
        settings = feature_settings(preprocessing)
        samples = read_middle(item, settings.rate, settings.clip_samples / settings.rate)
        return log_mel(fit_clip(samples, settings.clip_samples), settings)

    def fit(self, raws: list[np.ndarray], preprocessing: dict) -> dict:
        return {**preprocessing, **fit_normalisation(raws)}

    def encode(self, raws: list[np.ndarray], labels: list[int], preprocessing: dict) -> AudioData:
        settings = feature_settings(preprocessing)
        if raws:
            inputs = torch.from_numpy(np.stack(raws)).unsqueeze(1)
        else:
            inputs = torch.zeros((0, 1, *settings.shape()), dtype=torch.float32)
        mean, std = _band_statistics(preprocessing, settings.mels)
        return AudioData(
            inputs,
            torch.as_tensor(labels, dtype=torch.long),
            mean,
            std,
            noise_labels=preprocessing.get("noise_labels", ()),
            floor_db=settings.top_db,
        )

    def listening_format(self, preprocessing: dict) -> tuple[int, float]:
        """(sample rate, clip seconds) the microphone is heard in, window by window."""
        settings = feature_settings(preprocessing)
        return settings.rate, settings.clip_samples / settings.rate

    def raw_from_clip(self, samples: np.ndarray, preprocessing: dict) -> np.ndarray:
        """A clip of samples heard live in its raw form, as `read` gives it for a file."""
        settings = feature_settings(preprocessing)
        return log_mel(fit_clip(samples, settings.clip_samples), settings)

    def windows(self, item: Item, preprocessing: dict) -> Iterator[tuple[float, float, np.ndarray]] | None:
        """(start s, end s, raw) for each half-overlapping window of a file longer than one clip; None for a
        shorter one (then `read` gives its one example). Decoded block by block: memory stays bounded."""
        if not isinstance(item, Path):
            return None
        settings = feature_settings(preprocessing)
        clip_seconds = settings.clip_samples / settings.rate
        info = sound_info(item)
        if info.frames <= round(clip_seconds * info.rate):
            return None
        windows = stream_windows(item, settings.rate, clip_seconds, clip_seconds * WINDOW_HOP)
        return ((start, end, log_mel(clip, settings)) for start, end, clip in windows)
