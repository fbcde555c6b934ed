"""Log-mel spectrograms: what the audio models see, computed with numpy alone.

Every parameter comes from the model's preprocessing (`FeatureSettings.from_preprocessing`), so a saved model
computes the same features again with nothing else. The mel filterbank is the Slaney formula (librosa's
default, `librosa.filters.mel(htk=False, norm="slaney")`): linear below 1 kHz, logarithmic above, each
triangle scaled to unit area. Written out here (about 20 lines) instead of installing librosa, which brings
~480 MB (numba, llvmlite, scipy, scikit-learn) and 4-5 s of import time for one small matrix; the result matches
librosa's to float precision (checked when this was written, and by tests/core/audio/test_features.py on
hand-checked properties).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

AMIN = 1e-10  # power floor before the logarithm (-100 dB), as librosa's power_to_db


@dataclass(frozen=True)
class FeatureSettings:
    """How samples become a (mels, frames) log-mel image; sizes in samples at `rate`."""

    rate: int
    clip_samples: int
    window: int  # analysis window (Hann), in samples
    hop: int  # step between frames, in samples
    n_fft: int  # FFT size: the window rounded up to a power of two
    mels: int
    fmin: float
    fmax: float
    top_db: float  # everything more than this below the clip's loudest point is cut off

    @classmethod
    def from_preprocessing(cls, preprocessing: dict) -> FeatureSettings:
        """The settings a model's preprocessing describes; ValueError (a plain sentence) when they do not fit
        together, so a model file that claims impossible features cannot be built."""
        rate = int(preprocessing["sample_rate"])
        window = max(2, round(float(preprocessing["window_seconds"]) * rate))
        fmax = preprocessing.get("fmax")
        settings = cls(
            rate=rate,
            clip_samples=max(1, round(float(preprocessing["clip_seconds"]) * rate)),
            window=window,
            hop=max(1, round(float(preprocessing["hop_seconds"]) * rate)),
            n_fft=1 << (window - 1).bit_length(),
            mels=int(preprocessing["mels"]),
            fmin=float(preprocessing.get("fmin", 0.0)),
            fmax=min(float(fmax), rate / 2) if fmax else rate / 2,
            top_db=float(preprocessing.get("top_db", 80.0)),
        )
        if not 0 <= settings.fmin < settings.fmax:
            raise ValueError("The lowest frequency of the mel bands must be below half the sample rate.")
        if settings.hop > settings.window:
            raise ValueError("The step between spectrogram frames must not be longer than their window.")
        for key in ("mean", "std"):
            if key in preprocessing and len(preprocessing[key]) != settings.mels:
                raise ValueError("The sound levels learnt in training do not match the number of mel bands.")
        return settings

    def frames(self, samples: int | None = None) -> int:
        """Frames for `samples` (default: one clip): one per hop, the signal padded by half an FFT each side."""
        return 1 + (self.clip_samples if samples is None else samples) // self.hop

    def shape(self) -> tuple[int, int]:
        """(mels, frames) of one clip."""
        return self.mels, self.frames()


def _hz_to_mel(hz: np.ndarray) -> np.ndarray:
    """Slaney's mel scale: 3 mels per 200 Hz up to 1 kHz, then 27 mels per factor of 6.4."""
    hz = np.asarray(hz, dtype=np.float64)
    linear = hz / (200.0 / 3)
    log_part = 15.0 + np.log(np.maximum(hz, 1e-10) / 1000.0) / (math.log(6.4) / 27.0)
    return np.where(hz >= 1000.0, log_part, linear)


def _mel_to_hz(mel: np.ndarray) -> np.ndarray:
    mel = np.asarray(mel, dtype=np.float64)
    linear = mel * (200.0 / 3)
    log_part = 1000.0 * np.exp((math.log(6.4) / 27.0) * (mel - 15.0))
    return np.where(mel >= 15.0, log_part, linear)


@lru_cache(maxsize=16)
def mel_filterbank(rate: int, n_fft: int, mels: int, fmin: float, fmax: float) -> np.ndarray:
    """(mels, n_fft // 2 + 1) triangles, evenly spaced in mels, each of unit area (Slaney normalisation)."""
    if mels < 1:
        raise ValueError("There must be at least one mel band.")
    if not 0 <= fmin < fmax <= rate / 2:
        raise ValueError("The mel bands' frequency range must lie between 0 and half the sample rate.")
    bins = np.fft.rfftfreq(n_fft, 1.0 / rate)
    edges = _mel_to_hz(np.linspace(_hz_to_mel(fmin), _hz_to_mel(fmax), mels + 2))
    widths = np.diff(edges)
    slopes = edges[:, None] - bins[None, :]
    rising = -slopes[:-2] / widths[:-1, None]
    falling = slopes[2:] / widths[1:, None]
    weights = np.maximum(0.0, np.minimum(rising, falling))
    weights *= (2.0 / (edges[2:] - edges[:-2]))[:, None]
    weights.setflags(write=False)  # shared by every caller through the cache
    return weights.astype(np.float32)


@lru_cache(maxsize=16)
def _window(window: int, n_fft: int) -> np.ndarray:
    """A periodic Hann window of `window` samples, centred in `n_fft` zeros."""
    hann = np.zeros(n_fft, dtype=np.float32)
    left = (n_fft - window) // 2
    hann[left : left + window] = 0.5 - 0.5 * np.cos(2 * np.pi * np.arange(window) / window)
    return hann


def power_spectrogram(samples: np.ndarray, settings: FeatureSettings) -> np.ndarray:
    """(n_fft // 2 + 1, frames) |STFT|^2 of mono float samples, frames centred on multiples of the hop."""
    half = settings.n_fft // 2
    padded = np.pad(np.asarray(samples, dtype=np.float32), (half, half))
    frames = np.lib.stride_tricks.sliding_window_view(padded, settings.n_fft)[:: settings.hop]
    spectrum = np.fft.rfft(frames * _window(settings.window, settings.n_fft), axis=1)
    return (spectrum.real**2 + spectrum.imag**2).T.astype(np.float32)


def log_mel(samples: np.ndarray, settings: FeatureSettings) -> np.ndarray:
    """(mels, frames) float32 in dB: mel band powers, floored `top_db` below the loudest point.

    A louder or quieter recording only shifts every value by the same number of dB (until the floor),
    which is what the gain augmentation imitates.
    """
    bank = mel_filterbank(settings.rate, settings.n_fft, settings.mels, settings.fmin, settings.fmax)
    # einsum, not `@`: this product is too small for BLAS threads, which made it 3x slower on a busy machine
    mel_power = np.einsum("mb,bf->mf", bank, power_spectrogram(samples, settings))
    db = 10.0 * np.log10(np.maximum(mel_power, AMIN))
    return np.maximum(db, db.max() - settings.top_db).astype(np.float32)


def fit_normalisation(features: list[np.ndarray]) -> dict:
    """Per-band mean and standard deviation in dB over every frame of the training split."""
    if not features:
        raise ValueError("There are no training examples to learn the sound levels from.")
    stacked = np.concatenate([np.asarray(f, dtype=np.float64) for f in features], axis=1)
    std = np.maximum(stacked.std(axis=1), 1e-3)
    return {"mean": stacked.mean(axis=1).round(5).tolist(), "std": std.round(5).tolist()}
