"""Pictures read by MobileNetV3 (mobilenet): occlusion of patches of the picture itself.

The model's input (224 x 224 px in colour) is cut into `GRID` x `GRID` patches; each in turn is filled with the
picture's average colour (what "hidden" means for the other picture models too), every altered picture goes
through the frozen network and the head, `BATCH` at a time (one batch: 64 patches), and a patch's weight is how
much less probable the target becomes. The result is (rows, cols) of the model's input, every pixel carrying
its patch's weight.

Why not integrated gradients through the network, which is torch too: on one CPU thread 32 points of the path
with a backward pass cost what the 64 patches cost (0.8-1.1 s each, measured), so speed does not decide; a
patch asks the model about a part of the picture a person can see, through exactly the reading path it
predicts with (no gradient hook into the encoder), as the other pretrained-encoder explainers do.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from mmstudio.core.explain import Explanation
from mmstudio.core.explain.encoders import occlusion

METHOD = "occlusion (patches)"
GRID = 8  # 8 x 8 patches of 28 px at 224 px: one batch


def explain(predictor, item: Path, target: str | None) -> Explanation:
    return explain_raw(predictor, predictor.modality.read(item, predictor.bundle.preprocessing), target)


def explain_raw(predictor, raw: np.ndarray, target: str | None) -> Explanation:
    patches = patch_grid(*raw.shape[1:])
    result, drops = occlusion(predictor, raw, patches, hide_patch, target)
    weights = np.zeros(raw.shape[1:], dtype=np.float32)
    for (rows, cols), drop in zip(patches, drops):
        weights[rows, cols] = drop
    return Explanation(
        target=result.target, label=result.label, probabilities=result.probabilities, method=METHOD, attribution=weights
    )


def patch_grid(height: int, width: int) -> list[tuple[slice, slice]]:
    """(rows, cols) slices of the `GRID` x `GRID` patches covering the picture, row by row."""
    rows = np.linspace(0, height, GRID + 1).round().astype(int)
    cols = np.linspace(0, width, GRID + 1).round().astype(int)
    return [(slice(rows[r], rows[r + 1]), slice(cols[c], cols[c + 1])) for r in range(GRID) for c in range(GRID)]


def hide_patch(raw: np.ndarray, patch: tuple[slice, slice]) -> np.ndarray:
    """The picture (channels, rows, cols) with this patch filled with its average colour."""
    hidden = raw.copy()
    rows, cols = patch
    hidden[:, rows, cols] = raw.reshape(raw.shape[0], -1).mean(axis=1).round().astype(raw.dtype)[:, None, None]
    return hidden
