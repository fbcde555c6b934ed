"""What every explainer shares: a raw example as model input, and the model's answer with the class explained."""

from __future__ import annotations

from dataclasses import dataclass

import torch

from mmstudio.core.encoded import to_device

BATCH = 64  # altered copies of one example scored together: memory stays bounded however many there are


@dataclass(frozen=True)
class Answer:
    label: str
    probabilities: dict[str, float]
    target: str
    target_index: int


def model_inputs(predictor, raws: list):
    """The model's input for these raw examples, on the predictor's device, exactly as predicting makes it."""
    data = predictor.modality.encode(raws, [0] * len(raws), predictor.bundle.preprocessing)
    inputs, _ = data.batch(torch.arange(len(raws)))
    return to_device(inputs, predictor.device)


@torch.no_grad()
def probabilities(predictor, inputs) -> torch.Tensor:
    """(N, classes) softmax probabilities on the CPU."""
    return torch.softmax(predictor.model(inputs), dim=1).cpu()


def answer(predictor, row, target: str | None) -> Answer:
    """The predicted class and probabilities from one row of probabilities; the target defaults to the label."""
    classes = predictor.bundle.classes
    row = [float(p) for p in row]
    label = classes[max(range(len(row)), key=row.__getitem__)]
    target = label if target is None else target
    return Answer(label, dict(zip(classes, row)), target, classes.index(target))
