"""Sounds: occlusion of time x frequency cells.

The clip's log-mel image is cut into cells of `CELL_FRAMES` frames x `CELL_BANDS` mel bands; each cell in turn
is set to the training set's average level of its bands (0 once normalised, what the models see as "nothing
special here"), and the cell's weight is how much less probable the target becomes. All the altered clips are
scored in batches of `BATCH`; a long clip gets wider cells so that at most `MAX_CELLS` are tried. The result is
given per frame and band, (frames, bands), every frame and band of a cell carrying the cell's weight.

A file longer than one clip is heard window by window (as predicting does); the window explained is the one
where the explained class is most probable, and `start_seconds` says where it starts. The label and the
probabilities are the whole file's, as `predict` reports them.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import torch

from mmstudio.core.explain import Explanation
from mmstudio.core.explain.scoring import BATCH, answer, model_inputs, probabilities
from mmstudio.core.media.audio.modality import feature_settings
from mmstudio.core.predictor import in_batches

METHOD = "occlusion (time x frequency)"
CELL_FRAMES = 8  # 80 ms at the default 10 ms hop: about a syllable
CELL_BANDS = 5  # 8 rows of cells over the default 40 mel bands
MAX_CELLS = 256


def explain(predictor, item: Path, target: str | None) -> Explanation:
    settings = feature_settings(predictor.bundle.preprocessing)
    return explain_file(predictor, item, target, explain_raw, settings.clip_samples / settings.rate)


def explain_file(predictor, item: Path, target: str | None, explain_clip, clip_seconds: float) -> Explanation:
    """A file explained by `explain_clip(predictor, raw, target)`: its one clip, or its strongest window (above)."""
    preprocessing = predictor.bundle.preprocessing
    windows = predictor.modality.windows(item, preprocessing)
    if windows is None:
        explanation = explain_clip(predictor, predictor.modality.read(item, preprocessing), target)
        explanation.start_seconds = _clip_start(item, clip_seconds)
        return explanation
    total, count, best = None, 0, {}  # best[class] = (its probability, window start, raw)
    for batch in in_batches(windows, BATCH):
        rows = probabilities(predictor, model_inputs(predictor, [raw for _, _, raw in batch]))
        total = rows.sum(0) if total is None else total + rows.sum(0)
        count += len(batch)
        for (start, _, raw), row in zip(batch, rows.tolist()):
            for k, p in enumerate(row):
                if k not in best or p > best[k][0]:
                    best[k] = (p, start, raw)
    overall = answer(predictor, (total / count).tolist(), target)
    _, start, raw = best[overall.target_index]
    explanation = explain_clip(predictor, raw, overall.target)
    explanation.label, explanation.probabilities = overall.label, overall.probabilities
    explanation.start_seconds = float(start)
    return explanation


def _clip_start(item: Path, clip_seconds: float) -> float:
    """Where the model's clip starts in a file no longer than one clip: before 0 when it was centred in silence
    (see `fit_clip`), so the colours land on the sound they are about."""
    from mmstudio.core.media.audio.reading import sound_info

    return (sound_info(item).seconds - clip_seconds) / 2


def explain_raw(predictor, raw: np.ndarray, target: str | None) -> Explanation:
    settings = feature_settings(predictor.bundle.preprocessing)
    inputs = model_inputs(predictor, [raw])  # (1, 1, mels, frames), normalised
    result = answer(predictor, probabilities(predictor, inputs)[0], target)
    weights = occlusion(predictor, inputs, result.target_index)
    return Explanation(
        target=result.target,
        label=result.label,
        probabilities=result.probabilities,
        method=METHOD,
        attribution=weights.T.copy(),
        frame_seconds=settings.hop / settings.rate,
    )


def cells(mels: int, frames: int) -> list[tuple[slice, slice]]:
    """(bands, frames) slices of every cell, widened in time when a long clip would need too many."""
    width = CELL_FRAMES
    rows = math.ceil(mels / CELL_BANDS)
    while rows * math.ceil(frames / width) > MAX_CELLS:
        width *= 2
    return [
        (slice(b, b + CELL_BANDS), slice(f, f + width)) for b in range(0, mels, CELL_BANDS) for f in range(0, frames, width)
    ]


@torch.no_grad()
def occlusion(predictor, inputs: torch.Tensor, target_index: int) -> np.ndarray:
    """(mels, frames) float32: the drop in the target's probability when the cell holding each point is hidden."""
    _, _, mels, frames = inputs.shape
    full = probabilities(predictor, inputs)[0, target_index]
    weights = torch.zeros((mels, frames))
    all_cells = cells(mels, frames)
    for first in range(0, len(all_cells), BATCH):
        part = all_cells[first : first + BATCH]
        hidden = inputs.repeat(len(part), 1, 1, 1)
        for k, (bands, times) in enumerate(part):
            hidden[k, 0, bands, times] = 0.0
        drops = full - probabilities(predictor, hidden)[:, target_index]
        for (bands, times), drop in zip(part, drops.tolist()):
            weights[bands, times] = drop
    return weights.numpy().astype(np.float32)
