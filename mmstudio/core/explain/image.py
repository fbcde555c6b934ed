"""Pictures: integrated gradients with plain autograd.

The path runs from a flat picture of the example's own average colour (what "hiding" a pixel means here: it
keeps no shape and no contrast, on a dark or a light background alike) to the picture, in `STEPS` points scored
in one batch. The gradient of the target's log-probability, averaged along the path and times the difference
from the flat picture, is each pixel's share of the evidence; the channels are summed to (rows, cols). The
log-probability (not a raw score) makes "for the target" mean "for it against the other classes", and the
shares add up to how much more probable the target is on the picture than on the flat one.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import torch

from mmstudio.core.explain import Explanation
from mmstudio.core.explain.scoring import answer, model_inputs, probabilities

METHOD = "integrated gradients"
STEPS = 32  # points along the path, one batch: the shares' sum is then within a few % of the exact difference


def explain(predictor, item: Path, target: str | None) -> Explanation:
    return explain_raw(predictor, predictor.modality.read(item, predictor.bundle.preprocessing), target)


def explain_raw(predictor, raw: np.ndarray, target: str | None) -> Explanation:
    inputs = model_inputs(predictor, [raw])  # (1, C, H, W) in [0, 1]
    result = answer(predictor, probabilities(predictor, inputs)[0], target)
    explanation = Explanation(
        target=result.target,
        label=result.label,
        probabilities=result.probabilities,
        method=METHOD,
        attribution=integrated_gradients(predictor.model, inputs, result.target_index),
    )
    if hasattr(predictor.model, "reconstruct"):
        with torch.no_grad():
            error = (predictor.model.reconstruct(inputs) - inputs).pow(2).mean(dim=1)[0]
        explanation.reconstruction_error = error.cpu().numpy().astype(np.float32)
    return explanation


def baseline(inputs: torch.Tensor) -> torch.Tensor:
    """The flat picture of each example's average colour."""
    return inputs.mean(dim=(2, 3), keepdim=True).expand_as(inputs)


def integrated_gradients(model, inputs: torch.Tensor, target_index: int) -> np.ndarray:
    """(rows, cols) float32 shares of the target's log-probability for one picture (1, C, H, W)."""
    start = baseline(inputs)
    alphas = ((torch.arange(STEPS, dtype=inputs.dtype, device=inputs.device) + 0.5) / STEPS).view(-1, 1, 1, 1)
    with torch.enable_grad():
        path = (start + alphas * (inputs - start)).requires_grad_(True)
        scores = torch.log_softmax(model(path), dim=1)[:, target_index].sum()
        (gradients,) = torch.autograd.grad(scores, path)
    shares = (gradients.mean(dim=0, keepdim=True) * (inputs - start)).sum(dim=1)[0]
    return shares.detach().cpu().numpy().astype(np.float32)
