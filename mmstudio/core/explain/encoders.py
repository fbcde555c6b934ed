"""What the explainers of the pretrained-encoder models share (image_encoder.py, text_encoder.py,
audio_encoder.py): such a model reads an example its own way (its Modality's `features_of`: a frozen network
turns the raw example into one vector) and only a small head was trained on the vectors. Hiding a part of the
raw example and encoding the altered copy through that same reading path asks the whole model, encoder
included, what the part was worth, whatever the encoder is (ONNX, a sentence model, a CNN).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import torch

from mmstudio.core.explain.scoring import BATCH, Answer, answer, probabilities


@torch.no_grad()
def encoder_probabilities(predictor, raws: list) -> torch.Tensor:
    """(N, classes) probabilities of raw examples through the model's encoder and head, `BATCH` at a time. The
    encoder is called directly, not through `encode`: altered copies are seen once and must not fill the
    modality's feature cache."""
    rows = []
    for first in range(0, len(raws), BATCH):
        features = predictor.modality.features_of(raws[first : first + BATCH], predictor.bundle.preprocessing)
        rows.append(probabilities(predictor, features.to(predictor.device)))
    return torch.cat(rows)


def occlusion(predictor, raw, parts: Sequence, hide: Callable, target: str | None) -> tuple[Answer, np.ndarray]:
    """The model's answer on `raw`, and per part how much less probable the target is on `hide(raw, part)`
    (float32, one per part); the altered copies are made and scored `BATCH` at a time, so memory stays bounded."""
    result = answer(predictor, encoder_probabilities(predictor, [raw])[0], target)
    drops = []
    for first in range(0, len(parts), BATCH):
        copies = [hide(raw, part) for part in parts[first : first + BATCH]]
        drops.append(encoder_probabilities(predictor, copies)[:, result.target_index])
    hidden = torch.cat(drops).numpy() if drops else np.zeros(0, dtype=np.float32)
    return result, (result.probabilities[result.target] - hidden).astype(np.float32)
