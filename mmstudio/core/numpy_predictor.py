"""Predicting with a picture model on the CPU without importing torch, which alone takes longer (about 2.5 s on
two cores) than a whole `mmstudio predict` may (1.5 s).

The file is read with every check of core/checkpoint.py, into numpy arrays instead of tensors, and the seed CNN
or the autoencoder runs in numpy (media/image/numpy_models.py): the same answers as `Predictor`. Other models,
and graphics cards, stay with torch.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from mmstudio.core.checkpoint import DTYPES, ModelBundle, Weights, read_model_file
from mmstudio.core.examples import Item
from mmstudio.core.gpu_probe import may_have_cuda
from mmstudio.core.media import get_modality, model_spec
from mmstudio.core.media.image import numpy_models
from mmstudio.core.prediction import Prediction, add_reconstruction, most_probable

NETWORKS = {("image", "cnn"): numpy_models.SeedCNN, ("image", "autoencoder"): numpy_models.AutoencoderClassifier}


class NeedsTorch(Exception):
    """The file's network is not one of NETWORKS."""


def on_the_cpu_for_certain(device: str) -> bool:
    """Whether --device `device` means the CPU, known without torch: 'cpu', or 'auto' without an NVIDIA driver."""
    requested = (device or "auto").lower()
    return requested == "cpu" or (requested == "auto" and not may_have_cuda())


def _layout(medium: str, model: str, classes: int, preprocessing: dict, config: dict) -> dict:
    network = NETWORKS.get((medium, model))
    if network is None:
        raise NeedsTorch
    shapes = network.shapes(classes, preprocessing, **{**model_spec(medium, model).config, **config})
    return {name: ("F32", shape) for name, shape in shapes.items()}


def _empty(dtype: str, shape: list[int]) -> tuple[np.ndarray, np.ndarray]:
    array = np.empty(shape, dtype=np.dtype(DTYPES[dtype][0]).newbyteorder("<"))  # as safetensors stores them
    return array, array.reshape(-1).view(np.uint8)


def _finite(array: np.ndarray) -> bool:
    return not np.issubdtype(array.dtype, np.floating) or bool(np.isfinite(array).all())


NUMPY_WEIGHTS = Weights(layout=_layout, empty=_empty, finite=_finite)


class NumpyPredictor:
    """`Predictor` for the networks of NETWORKS, on the CPU, without torch."""

    def __init__(self, bundle: ModelBundle) -> None:
        self.bundle = bundle
        self.modality = get_modality(bundle.modality).for_model(bundle.model)
        self.network = NETWORKS[bundle.modality, bundle.model](bundle.state_dict)
        self._quantiles = bundle.extras.get("reconstruction_error_quantiles") or []

    @classmethod
    def from_file(cls, path: Path | str) -> NumpyPredictor | None:
        """None for a model numpy cannot run here (a text model, the pretrained one): `Predictor` runs those."""
        try:
            return cls(read_model_file(path, None, NUMPY_WEIGHTS))
        except NeedsTorch:
            return None

    def predict(self, item: Item) -> Prediction:
        """Raises DataError (plain message) when the picture cannot be read."""
        raw = self.modality.read(item, self.bundle.preprocessing)
        inputs = raw.astype(np.float32) / np.float32(255.0)  # as TensorData.batch makes them
        logits = self.network(inputs)
        exponentials = np.exp(logits - logits.max())
        prediction = most_probable(self.bundle.classes, (exponentials / exponentials.sum()).tolist(), raw)
        if hasattr(self.network, "reconstruct"):
            reconstruction = self.network.reconstruct(inputs)
            error = float(np.mean((reconstruction - inputs) ** 2))
            add_reconstruction(prediction, reconstruction, error, self._quantiles)
        return prediction
