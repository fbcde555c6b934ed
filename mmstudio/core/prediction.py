"""What a prediction says, whichever way it was made: torch (core/predictor.py) or numpy for pictures on the CPU
(core/numpy_predictor.py). No torch here, so the numpy way starts without it."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import numpy as np


@dataclass
class Prediction:
    label: str
    probabilities: dict[str, float]
    shown: np.ndarray | None = None  # the input as the model saw it (pixels), for display
    reconstruction: np.ndarray | None = None
    unusual: float | None = None  # share of training examples reconstructed better than this one, 0..1
    extra: dict = field(default_factory=dict)
    segments: list[Segment] = field(default_factory=list)  # one per window of a long example, in order


@dataclass(frozen=True)
class Segment:
    """One window of a long example: where it lies (seconds, for sound) and what the model heard there."""

    start: float
    end: float
    label: str
    probabilities: dict[str, float]


def most_probable(classes: list[str], probabilities: list[float], raw=None) -> Prediction:
    """The prediction of one example from its probabilities, one per class; `raw` is shown when it is pixels."""
    return Prediction(
        label=classes[int(np.argmax(probabilities))],
        probabilities=dict(zip(classes, probabilities)),
        shown=raw if isinstance(raw, np.ndarray) else None,
    )


def add_reconstruction(prediction: Prediction, pixels: np.ndarray, error: float, quantiles: list[float]) -> None:
    """An autoencoder's reconstruction (values in [0, 1], shown as bytes), and how unusual its error is among the
    training examples' (`quantiles`, in increasing order; none in a file saved without them)."""
    prediction.reconstruction = (np.clip(pixels, 0, 1) * 255).round().astype(np.uint8)
    if quantiles:
        prediction.unusual = bisect.bisect_left(quantiles, error) / len(quantiles)
