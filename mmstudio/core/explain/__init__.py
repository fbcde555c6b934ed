"""Why a model gave its answer: for each part of one example (pixels, time-frequency cells of a sound, words), how
much it pushed the model toward a class. Positive weights are evidence FOR the explained class, negative ones
against it, in every medium.

Each medium has its own module (image.py: integrated gradients; text.py: leaving each word out; audio.py:
occlusion of time x frequency cells), imported only when something is explained: this module imports no torch,
so the window can import it while it starts. See docs/EXPLANATIONS.md for the methods and what they cost.
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
    name = predictor.bundle.modality
    if name not in _EXPLAINERS:
        raise DataError(f"Explanations are not available for {name} models yet.")
    return importlib.import_module(_EXPLAINERS[name])
