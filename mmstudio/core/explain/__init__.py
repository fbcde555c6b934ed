"""Why a model gave its answer: for each part of one example (pixels, time-frequency cells of a sound, words), how
much it pushed the model toward a class. Positive weights are evidence FOR the explained class, negative ones
against it, in every medium.

Each medium has its own module (image.py: integrated gradients; text.py: leaving each word out; audio.py:
occlusion of time x frequency cells), and so has each medium's pretrained-encoder model (image_encoder.py,
text_encoder.py, audio_encoder.py: hiding parts of the raw example, see encoders.py), imported only when
something is explained: this module imports no torch, so the window can import it while it starts. See docs/EXPLANATIONS.md for the methods and what they cost.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from mmstudio.core.errors import DataError

__all__ = ["Explanation", "TokenWeight", "explain", "explain_raw"]

_EXPLAINERS = {
    "image": "mmstudio.core.explain.image",
    "text": "mmstudio.core.explain.text",
    "audio": "mmstudio.core.explain.audio",
}
# Models that read examples their own way, through a pretrained encoder (their Modality, from `for_model`, has
# `features_of`): explained by hiding parts of the raw example and going through that encoder (encoders.py).
_ENCODER_EXPLAINERS = {
    "image": "mmstudio.core.explain.image_encoder",
    "text": "mmstudio.core.explain.text_encoder",
    "audio": "mmstudio.core.explain.audio_encoder",
}


@dataclass(frozen=True)
class TokenWeight:
    token: str  # the text as the user wrote it, input[start:end]
    start: int  # character offsets into the input text
    end: int
    weight: float  # > 0 pushed toward the explained class, < 0 away from it


@dataclass
class Explanation:
    target: str  # the class explained (the predicted one unless asked for another)
    label: str  # the class the model predicted
    probabilities: dict[str, float]
    method: str  # in plain words: "integrated gradients", "leaving each word out", ...
    attribution: np.ndarray | None = None  # image: (rows, cols) of the model's input; audio: (frames, bands), float32
    tokens: list[TokenWeight] | None = None  # text
    frame_seconds: float | None = None  # audio: seconds per attribution row
    start_seconds: float = 0.0  # audio: where the explained stretch starts in the file
    reconstruction_error: np.ndarray | None = None  # image autoencoder: squared error per pixel (rows, cols)


def explain(predictor, item: Path | str, target: str | None = None) -> Explanation:
    """Explain the model's answer for a file (Path) or a typed text (str). Raises DataError (plain message) when
    the example cannot be read or `target` is not one of the model's classes."""
    check_target(predictor, target)
    return _explainer(predictor).explain(predictor, item, target)


def explain_raw(predictor, raw, target: str | None = None) -> Explanation:
    """Explain the answer for an example already in its raw form (what `Modality.read` gives: pixels, the log-mel
    image of a live microphone window, a text)."""
    check_target(predictor, target)
    return _explainer(predictor).explain_raw(predictor, raw, target)


def check_target(predictor, target: str | None) -> None:
    classes = predictor.bundle.classes
    if target is not None and target not in classes:
        raise DataError(f"'{target}' is not a class of this model; its classes are {', '.join(classes)}.")


def _explainer(predictor):
    """The explainer of the predictor's model: its medium's, or for a pretrained encoder's model its own."""
    name = predictor.bundle.modality
    explainers = _ENCODER_EXPLAINERS if hasattr(predictor.modality, "features_of") else _EXPLAINERS
    if name not in explainers:
        raise DataError(f"Explanations are not available for {name} models yet.")
    return importlib.import_module(explainers[name])
