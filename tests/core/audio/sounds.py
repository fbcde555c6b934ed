"""Sounds made with numpy and written as real files with soundfile, for the audio tests."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import soundfile

# (soundfile format, subtype, suffix) of every container and sample type mmstudio reads.
FORMATS = {
    "wav-u8": ("WAV", "PCM_U8", ".wav"),
    "wav-16": ("WAV", "PCM_16", ".wav"),
    "wav-24": ("WAV", "PCM_24", ".wav"),
    "wav-32": ("WAV", "PCM_32", ".wav"),
    "wav-float": ("WAV", "FLOAT", ".wav"),
    "wav-ulaw": ("WAV", "ULAW", ".wav"),
    "flac": ("FLAC", "PCM_16", ".flac"),
    "ogg-vorbis": ("OGG", "VORBIS", ".ogg"),
    "opus": ("OGG", "OPUS", ".opus"),
    "mp3": ("MP3", "MPEG_LAYER_III", ".mp3"),
}


def tone(hz: float, seconds: float, rate: int, level: float = 0.5) -> np.ndarray:
    return (level * np.sin(2 * np.pi * hz * np.arange(round(seconds * rate)) / rate)).astype(np.float32)


def noise(seconds: float, rate: int, level: float = 0.1, seed: int = 0) -> np.ndarray:
    return (level * np.random.default_rng(seed).standard_normal(round(seconds * rate))).astype(np.float32)


def write(path: Path, samples: np.ndarray, rate: int, kind: str = "wav-16") -> Path:
    container, subtype, _ = FORMATS[kind]
    soundfile.write(str(path), samples, rate, format=container, subtype=subtype)
    return path


def peak_hz(samples: np.ndarray, rate: int) -> float:
    """The frequency of the strongest component."""
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    return float(np.argmax(spectrum) * rate / len(samples))


def tone_classes(root: Path, per_class: int = 10, rate: int = 16000, with_noise: bool = True) -> Path:
    """low/ (300-400 Hz) and high/ (2-3 kHz) one-second tones at varied levels and lengths, half WAV and half
    FLAC, and (with_noise) a background/ class of noise."""
    rng = np.random.default_rng(3)
    for name, (low, high) in {"low": (300, 400), "high": (2000, 3000)}.items():
        folder = root / name
        folder.mkdir(parents=True, exist_ok=True)
        for k in range(per_class):
            samples = tone(rng.uniform(low, high), rng.uniform(0.5, 1.0), rate, rng.uniform(0.1, 0.8))
            samples = samples + noise(len(samples) / rate, rate, 0.01, seed=k)
            write(folder / f"{name}_{k:02d}{'.wav' if k % 2 else '.flac'}", samples, rate, "wav-16" if k % 2 else "flac")
    if with_noise:
        folder = root / "background"
        folder.mkdir(parents=True, exist_ok=True)
        for k in range(per_class):
            write(folder / f"noise_{k:02d}.wav", noise(1.0, rate, rng.uniform(0.01, 0.2), seed=100 + k), rate)
    return root
