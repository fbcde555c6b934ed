"""Sounds through Google's speech embedding, as shipped (ONNX) inside openwakeword 0.4.0 and run by onnxruntime.

A clip at 16 kHz becomes 32-band mel frames (melspectrogram.onnx, scaled as openwakeword does: x / 10 + 2); every
76 frames (0.775 s), moved on 8 frames (80 ms) at a time, become 96 numbers (embedding_model.onnx). A clip's
vector is the mean and the maximum of its windows' (192 numbers): a word anywhere in the clip counts. The model
was trained on speech; claps, whistles and machines get general sound features from it. Only the two .onnx files
are used; openwakeword's own code (and its wake-word models) is not. A model file names them by their SHA-256.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

import numpy as np
import torch

from mmstudio.core.downloads import sha256_of
from mmstudio.core.errors import DataError
from mmstudio.core.media.audio import WINDOW_HOP
from mmstudio.core.media.audio.clips import fit_clip, stream_windows
from mmstudio.core.media.audio.modality import AudioModality
from mmstudio.core.media.audio.reading import read_middle, sound_info
from mmstudio.core.media.features import FeatureHead, InstalledEncoding

ENCODER = "speech_embedding"
TITLE = "speech embedding"
RATE = 16000
WINDOW_FRAMES, STEP_FRAMES, BANDS, EMBEDDING = 76, 8, 32, 96
MIN_SAMPLES = 12_800  # 0.8 s: enough for one window of 76 frames
FEATURES = 2 * EMBEDDING
FILES = ("melspectrogram.onnx", "embedding_model.onnx")
HOW_TO_GET = "Install the version of mmstudio the model was made with (it brings openwakeword 0.4.0)."
MISSING = (
    "The speech embedding needs the packages openwakeword 0.4.0 and onnxruntime, which are not installed: "
    "reinstall mmstudio (pip install .) or run: pip install openwakeword==0.4.0."
)


def model_files() -> list[Path]:
    import importlib.util

    found = importlib.util.find_spec("openwakeword")  # found, not imported: its own code is not used
    if found is None or not found.submodule_search_locations:
        raise DataError(MISSING)
    folder = Path(found.submodule_search_locations[0]) / "resources" / "models"
    paths = [folder / name for name in FILES]
    if not all(path.is_file() for path in paths):
        raise DataError(MISSING)
    return paths


@functools.lru_cache(maxsize=1)
def weights_digest() -> str:
    """SHA-256 over the two model files' own checksums."""
    return hashlib.sha256("".join(sha256_of(path) for path in model_files()).encode()).hexdigest()


@functools.lru_cache(maxsize=1)
def sessions():
    """(mel spectrogram, embedding) onnxruntime sessions on the CPU."""
    try:
        import onnxruntime
    except ImportError:
        raise DataError(MISSING) from None
    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3  # no warnings on the console
    return tuple(
        onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"]) for path in model_files()
    )


def clip_length(preprocessing: dict) -> int:
    return max(MIN_SAMPLES, round(float(preprocessing.get("clip_seconds", 1.0)) * RATE))


def embed(clips: list[np.ndarray]) -> torch.Tensor:
    """(clips, 192): the mean and maximum of each clip's 96-number embeddings."""
    mel, embedding = sessions()
    samples = np.stack(clips).astype(np.float32) * 32767.0  # the models take 16-bit sample values
    frames = mel.run(None, {mel.get_inputs()[0].name: samples})[0][:, 0] / 10.0 + 2.0  # (clips, frames, 32)
    starts = range(0, frames.shape[1] - WINDOW_FRAMES + 1, STEP_FRAMES)
    windows = np.stack([frames[:, start : start + WINDOW_FRAMES] for start in starts], axis=1)
    flat = windows.reshape(-1, WINDOW_FRAMES, BANDS, 1).astype(np.float32)
    vectors = embedding.run(None, {embedding.get_inputs()[0].name: flat})[0].reshape(len(clips), len(starts), EMBEDDING)
    return torch.from_numpy(np.concatenate([vectors.mean(axis=1), vectors.max(axis=1)], axis=1).astype(np.float32))


class SpeechEmbeddingModality(InstalledEncoding, AudioModality):
    """A sound's raw form is its clip of samples at 16 kHz, whatever the sample-rate setting says."""

    feature_size = FEATURES
    title = TITLE
    how_to_get = HOW_TO_GET

    def read(self, item, preprocessing):
        if not isinstance(item, Path):
            raise DataError("Sound examples must be files.")
        length = clip_length(preprocessing)
        return fit_clip(read_middle(item, RATE, length / RATE), length)

    def windows(self, item, preprocessing):
        """Windows of a file longer than one clip, as for the other sound models, but as samples."""
        if not isinstance(item, Path):
            return None
        length = clip_length(preprocessing)
        info = sound_info(item)
        if info.frames <= round(length / RATE * info.rate):
            return None
        seconds = length / RATE
        return (
            (start, end, fit_clip(clip, length))
            for start, end, clip in stream_windows(item, RATE, seconds, seconds * WINDOW_HOP)
        )

    def listening_format(self, preprocessing):
        return RATE, clip_length(preprocessing) / RATE

    def raw_from_clip(self, samples, preprocessing):
        return fit_clip(samples, clip_length(preprocessing))

    def weights_digest(self) -> str:
        return weights_digest()

    def load(self) -> None:
        sessions()

    def vectors(self, raws: list) -> torch.Tensor:
        return embed(raws)

    def fit(self, raws, preprocessing):
        return {**super().fit(raws, preprocessing), "sample_rate": RATE}


class SpeechEmbeddingHead(FeatureHead):
    features = FEATURES
