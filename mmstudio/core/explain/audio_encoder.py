"""Sounds read by the speech embedding (speech): occlusion of time x frequency cells of the sound itself.

The embedding takes raw samples at 16 kHz (its own mel spectrogram is inside its ONNX model), so the cells are
hidden in the sound: its short-time spectrum (the model file's window and hop: 25 ms, 10 ms) is cut into the
same cells as for the other sound models (`audio.cells`: 8 frames x 5 of the display's mel bands, at most 256),
a cell's frequencies are silenced over its frames (each FFT bin belongs to the mel band it weighs most in) and
the spectrum is turned back into samples, which go through the embedding and the head, `BATCH` at a time. A
cell's weight is how much less probable the target becomes; the result is (frames, bands) with every point
carrying its cell's weight, on the same time and pitch axes as the spectrogram the window draws.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import torch

from mmstudio.core.errors import DataError
from mmstudio.core.explain import Explanation
from mmstudio.core.explain.audio import METHOD, cells, explain_file
from mmstudio.core.explain.encoders import occlusion
from mmstudio.core.media.audio.features import FeatureSettings, mel_filterbank
from mmstudio.core.media.audio.modality import feature_settings


def explain(predictor, item: Path, target: str | None) -> Explanation:
    from mmstudio.core.media.audio.embedding import RATE, clip_length

    return explain_file(predictor, item, target, explain_raw, clip_length(predictor.bundle.preprocessing) / RATE)


def explain_raw(predictor, samples: np.ndarray, target: str | None) -> Explanation:
    if np.ndim(samples) != 1:
        raise DataError("This sound model is explained from the sound's samples, not from a spectrogram.")
    settings = feature_settings(predictor.bundle.preprocessing)
    spectrum = Spectrum(samples, settings)
    grid = cells(settings.mels, spectrum.frames)
    result, drops = occlusion(predictor, samples, grid, lambda _, cell: spectrum.without([cell]), target)
    weights = np.zeros((spectrum.frames, settings.mels), dtype=np.float32)
    for (bands, frames), drop in zip(grid, drops):
        weights[frames, bands] = drop
    return Explanation(
        target=result.target,
        label=result.label,
        probabilities=result.probabilities,
        method=METHOD,
        attribution=weights,
        frame_seconds=settings.hop / settings.rate,
    )


class Spectrum:
    """A clip's short-time spectrum, to give the clip back with some (bands, frames) cells silenced."""

    def __init__(self, samples: np.ndarray, settings: FeatureSettings) -> None:
        self.length = len(samples)
        self._stft = {
            "n_fft": settings.n_fft,
            "hop_length": settings.hop,
            "win_length": settings.window,
            "window": torch.hann_window(settings.window),
        }
        self.coefficients = torch.stft(torch.as_tensor(samples, dtype=torch.float32), **self._stft, return_complex=True)
        self.frames = self.coefficients.shape[1]
        self.band_of_bin = _band_of_bin(settings)

    def without(self, chosen: list[tuple[slice, slice]]) -> np.ndarray:
        """The clip's samples (float32) with these (bands, frames) cells silenced."""
        hidden = self.coefficients.clone()
        for bands, frames in chosen:
            in_bands = torch.from_numpy((self.band_of_bin >= bands.start) & (self.band_of_bin < bands.stop))
            hidden[in_bands, frames] = 0
        return torch.istft(hidden, **self._stft, length=self.length).numpy()


def _band_of_bin(settings: FeatureSettings) -> np.ndarray:
    """The mel band each FFT bin weighs most in; bins outside the bands' range go to the nearest band."""
    bank = mel_filterbank(settings.rate, settings.n_fft, settings.mels, settings.fmin, settings.fmax)
    weighted = bank.any(axis=0)
    band = bank.argmax(axis=0)
    outside = np.flatnonzero(~weighted)
    band[outside] = np.where(outside < np.argmax(weighted), 0, settings.mels - 1)
    return band
