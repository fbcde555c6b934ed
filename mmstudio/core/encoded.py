"""Examples already turned into tensors, batched by index: no DataLoader, no worker processes, no copies."""

from __future__ import annotations

from collections.abc import Callable

import torch

Augment = Callable[[torch.Tensor, torch.Generator], torch.Tensor]


class TensorData:
    """Fixed-size inputs (images, spectrograms) held in one tensor; subclasses may batch differently (text)."""

    def __init__(self, inputs: torch.Tensor, labels: torch.Tensor, augment: Augment | None = None) -> None:
        self.inputs = inputs
        self.labels = labels
        self.augment = augment

    def __len__(self) -> int:
        return len(self.labels)

    def subset(self, indices: torch.Tensor) -> TensorData:
        return type(self)(self.inputs[indices], self.labels[indices], self.augment)

    def batch(self, indices: torch.Tensor, augment: bool = False, generator: torch.Generator | None = None):
        """(inputs, labels) for these rows; uint8 storage (pixels) becomes float in [0, 1] only per batch."""
        inputs = self.inputs[indices]
        if inputs.dtype == torch.uint8:
            inputs = inputs.float().div_(255.0)
        if augment and self.augment is not None:
            inputs = self.augment(inputs, generator)
        return inputs, self.labels[indices]


EVAL_BATCH = 256


def in_order(data, size: int = EVAL_BATCH):
    """(inputs, labels) batches of `data` in order, without augmentation: for measuring and predicting."""
    for start in range(0, len(data), size):
        yield data.batch(torch.arange(start, min(start + size, len(data))))


def to_device(inputs, device: torch.device):
    """Move a tensor or a tuple of tensors."""
    if isinstance(inputs, tuple):
        return tuple(to_device(part, device) for part in inputs)
    return inputs.to(device, non_blocking=True)
