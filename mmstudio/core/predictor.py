"""Use a trained model on new examples: the class, a probability per class, and for autoencoders
the reconstruction and how unusual the input is compared with the training set."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import torch

from mmstudio.core.checkpoint import ModelBundle
from mmstudio.core.device import pick_device
from mmstudio.core.encoded import to_device
from mmstudio.core.examples import Item
from mmstudio.core.media import get_modality


@dataclass
class Prediction:
    label: str
    probabilities: dict[str, float]
    shown: np.ndarray | None = None  # the input as the model saw it (pixels), for display
    reconstruction: np.ndarray | None = None
    unusual: float | None = None  # share of training examples reconstructed better than this one, 0..1
    extra: dict = field(default_factory=dict)


class Predictor:
    def __init__(self, bundle: ModelBundle, device: str = "cpu") -> None:
        self.bundle = bundle
        self.modality = get_modality(bundle.modality)
        self.device = pick_device(device)
        self.model = bundle.build(self.device)
        self._quantiles = bundle.extras.get("reconstruction_error_quantiles") or []

    @classmethod
    def from_file(cls, path: Path | str, device: str = "cpu") -> Predictor:
        from mmstudio.core.checkpoint import load_bundle

        return cls(load_bundle(path), device)

    @torch.no_grad()
    def predict(self, item: Item) -> Prediction:
        """Raises DataError (plain message) when the example cannot be read."""
        raw = self.modality.read(item, self.bundle.preprocessing)
        data = self.modality.encode([raw], [0], self.bundle.preprocessing)
        inputs, _ = data.batch(torch.arange(1))
        inputs = to_device(inputs, self.device)
        probabilities = torch.softmax(self.model(inputs), dim=1)[0].cpu().tolist()
        classes = self.bundle.classes
        prediction = Prediction(
            label=classes[int(np.argmax(probabilities))],
            probabilities=dict(zip(classes, probabilities)),
            shown=raw if isinstance(raw, np.ndarray) else None,
        )
        if hasattr(self.model, "reconstruct"):
            reconstruction = self.model.reconstruct(inputs)
            error = (reconstruction - inputs).pow(2).mean().item()
            prediction.reconstruction = (reconstruction[0].clamp(0, 1) * 255).round().byte().cpu().numpy()
            if self._quantiles:
                prediction.unusual = bisect.bisect_left(self._quantiles, error) / len(self._quantiles)
        return prediction
