"""What the pretrained encoders share: a frozen encoder turns each example into one feature vector, once, and a
small head is all that trains.

On a laptop's CPU, running a pretrained network every epoch costs far more than the head learns from it, so
`FeatureEncoding.encode` runs the encoder once per different example (a bounded cache keyed by the example's
fingerprint serves the final fit on all examples and repeated predictions), and training sees plain vectors.
A model file holds the head's weights; the encoder is referenced by name and the SHA-256 of its weights
("encoder", "encoder_sha256" in the preprocessing), and must be found on the computer that uses the model.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict

import torch
from torch import nn

from mmstudio.core.encoded import TensorData
from mmstudio.core.errors import DataError
from mmstudio.core.models.base import Classifier

CACHE_ROWS = 20_000  # feature vectors kept per modality object: 20,000 x 576 floats is 46 MB
ENCODE_BATCH = 32


def tensors_digest(tensors: dict[str, torch.Tensor]) -> str:
    """SHA-256 over the weights' names, types, shapes and values: the same weights give the same digest whether
    they came as a .pth or a .safetensors file."""
    digest = hashlib.sha256()
    for name in sorted(tensors):
        tensor = tensors[name].detach().cpu().contiguous()
        digest.update(f"{name}|{tensor.dtype}|{list(tensor.shape)}|".encode())
        digest.update(tensor.view(-1).view(torch.uint8).numpy().tobytes())
    return digest.hexdigest()


def trained_digest(preprocessing: dict, title: str) -> str:
    """The checksum of the encoder weights a model was trained with, or DataError before it is trained."""
    digest = preprocessing.get("encoder_sha256")
    if digest is None:
        raise DataError(f"This {title} model has not been trained yet.")
    return digest


def require_encoder(preprocessing: dict, available: str, title: str, how_to_get: str) -> None:
    """DataError unless the model was trained with the weights at hand (checksum `available`)."""
    wanted = trained_digest(preprocessing, title)
    if wanted != available:
        raise DataError(
            f"This model was trained on other {title} weights (checksum {wanted[:12]}…) than the ones on this "
            f"computer ({available[:12]}…). {how_to_get}"
        )


class FeatureEncoding:
    """Mixed into a medium's Modality: `encode` gives (N, features) vectors from `features_of`, computed once."""

    feature_size: int = 0

    def _feature_cache(self) -> OrderedDict:
        if not hasattr(self, "_features"):
            self._features: OrderedDict[bytes, torch.Tensor] = OrderedDict()
        return self._features

    def features_of(self, raws: list, preprocessing: dict) -> torch.Tensor:
        """(len(raws), features) float32 for a batch of raw examples; subclasses run their encoder here."""
        raise NotImplementedError

    def encode(self, raws, labels, preprocessing):
        cache = self._feature_cache()
        keys = [self.fingerprint(raw) for raw in raws]
        missing = list({key: raw for key, raw in zip(keys, raws) if key not in cache}.items())
        for start in range(0, len(missing), ENCODE_BATCH):
            part = missing[start : start + ENCODE_BATCH]
            with torch.no_grad():
                rows = self.features_of([raw for _, raw in part], preprocessing)
            for (key, _), row in zip(part, rows):
                cache[key] = row.clone()
                if len(cache) > CACHE_ROWS:
                    cache.popitem(last=False)
        inputs = torch.stack([cache[key] for key in keys]) if keys else torch.zeros((0, self.feature_size))
        return TensorData(inputs, torch.as_tensor(labels, dtype=torch.long))


class InstalledEncoding(FeatureEncoding):
    """An encoder that comes inside an installed package (minilm, e5, speech): nothing to choose or download, its
    weights are the installed ones, and a model file must name those by their checksum."""

    title = ""  # the encoder's name in messages
    how_to_get = ""  # the advice when a model file names other weights

    def weights_digest(self) -> str:
        """SHA-256 of the installed weights (DataError when the package is missing)."""
        raise NotImplementedError

    def load(self) -> None:
        """Load the encoder before the first batch (DataError when it cannot be used here)."""

    def vectors(self, raws: list) -> torch.Tensor:
        """(len(raws), features) float32 from the loaded encoder."""
        raise NotImplementedError

    def prepare(self, preprocessing: dict):
        if "encoder_sha256" in preprocessing:
            require_encoder(preprocessing, self.weights_digest(), self.title, self.how_to_get)
        self.load()
        yield from ()

    def fit(self, raws, preprocessing):
        return {**preprocessing, "encoder_sha256": self.weights_digest()}

    def features_of(self, raws, preprocessing):
        require_encoder(preprocessing, self.weights_digest(), self.title, self.how_to_get)
        return self.vectors(list(raws))


class FeatureHead(Classifier):
    """LayerNorm (features of any scale) -> dense `hidden` ReLU -> dropout -> dense classes."""

    features = 0  # each encoder's head says its vector size

    def __init__(self, num_classes: int, preprocessing: dict, hidden: int = 128, dropout: float = 0.2) -> None:
        super().__init__()
        self.layers = nn.Sequential(
            nn.LayerNorm(self.features),
            nn.Linear(self.features, hidden),
            nn.ReLU(),
            nn.Dropout(dropout),
            nn.Linear(hidden, num_classes),
        )

    def forward(self, inputs: torch.Tensor) -> torch.Tensor:
        return self.layers(inputs)

