"""Use a trained model on new examples: the class, a probability per class, and for autoencoders
the reconstruction and how unusual the input is compared with the training set.

A medium whose examples can be longer than what its model takes in at once (a recording longer than one clip)
offers `windows(item, preprocessing)` on its Modality: None for an example that fits, otherwise an iterator of
(start, end, raw) pieces. The prediction is then made piece by piece, a batch at a time, and reports each piece
as a `Segment` besides the overall result."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import torch

from mmstudio.core.checkpoint import ModelBundle
from mmstudio.core.device import pick_device
from mmstudio.core.encoded import to_device
from mmstudio.core.examples import Item
from mmstudio.core.media import get_modality
from mmstudio.core.prediction import Prediction, Segment, add_reconstruction, most_probable


WINDOW_BATCH = 64  # windows predicted together: memory stays bounded however long the example


class Predictor:
    def __init__(self, bundle: ModelBundle, device: str = "cpu") -> None:
        self.bundle = bundle
        self.modality = get_modality(bundle.modality).for_model(bundle.model)
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
        windows = getattr(self.modality, "windows", None)
        pieces = windows(item, self.bundle.preprocessing) if windows is not None else None
        if pieces is not None:
            return self._predict_windows(pieces)
        return self.predict_raw(self.modality.read(item, self.bundle.preprocessing))

    @torch.no_grad()
    def predict_raw(self, raw) -> Prediction:
        """The prediction for one example already in its raw form (what `Modality.read` gives): a live
        microphone window's log-mel image, say."""
        data = self.modality.encode([raw], [0], self.bundle.preprocessing)
        inputs, _ = data.batch(torch.arange(1))
        inputs = to_device(inputs, self.device)
        probabilities = torch.softmax(self.model(inputs), dim=1)[0].cpu().tolist()
        prediction = most_probable(self.bundle.classes, probabilities, raw)
        if hasattr(self.model, "reconstruct"):
            reconstruction = self.model.reconstruct(inputs)
            error = (reconstruction - inputs).pow(2).mean().item()
            add_reconstruction(prediction, reconstruction[0].cpu().numpy(), error, self._quantiles)
        return prediction

    def _probabilities(self, raws: list) -> torch.Tensor:
        data = self.modality.encode(raws, [0] * len(raws), self.bundle.preprocessing)
        inputs, _ = data.batch(torch.arange(len(raws)))
        return torch.softmax(self.model(to_device(inputs, self.device)), dim=1).cpu()

    def _predict_windows(self, pieces) -> Prediction:
        """The overall class is the one most probable on average over the windows."""
        classes = self.bundle.classes
        segments: list[Segment] = []
        total = torch.zeros(len(classes))
        for batch in in_batches(pieces, WINDOW_BATCH):
            rows = self._probabilities([raw for _, _, raw in batch])
            total += rows.sum(0)
            for (start, end, _), row in zip(batch, rows.tolist()):
                segments.append(Segment(start, end, classes[int(np.argmax(row))], dict(zip(classes, row))))
        mean = (total / max(len(segments), 1)).tolist()
        return Prediction(
            label=classes[int(np.argmax(mean))], probabilities=dict(zip(classes, mean)), segments=segments
        )


def in_batches(pieces, size: int):
    """Lists of up to `size` consecutive pieces (itertools.batched, which Python 3.11 lacks)."""
    batch = []
    for piece in pieces:
        batch.append(piece)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
