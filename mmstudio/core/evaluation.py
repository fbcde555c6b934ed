"""Measure a trained model: on encoded data after training, or on new labelled files for `mmstudio evaluate`."""

from __future__ import annotations

import threading
from collections.abc import Sequence

import torch

from mmstudio.core.checkpoint import ModelBundle
from mmstudio.core.device import pick_device
from mmstudio.core.encoded import TensorData, in_order, to_device
from mmstudio.core.errors import DataError
from mmstudio.core.examples import Item
from mmstudio.core.metrics import classification_report
from mmstudio.core.media import get_modality
from mmstudio.core.messages import message
from mmstudio.core.reading import drain, read_examples
from mmstudio.core.trainer import predict_probabilities

QUANTILES = 101


def predicted_labels(model, data: TensorData, device: torch.device) -> list[int]:
    """The model's class index for each example of `data`."""
    return predict_probabilities(model, data, device).argmax(1).tolist() if len(data) else []


def evaluate_encoded(model, data: TensorData, classes: Sequence[str], device: torch.device) -> dict:
    return classification_report(data.labels.tolist(), predicted_labels(model, data, device), classes)


@torch.no_grad()
def reconstruction_quantiles(model, data: TensorData, device: torch.device) -> dict:
    """For autoencoders: the spread of reconstruction errors on the training set, to judge new inputs against."""
    if not hasattr(model, "reconstruction_errors") or len(data) == 0:
        return {}
    model.eval()
    errors = []
    for inputs, _ in in_order(data):
        errors.append(model.reconstruction_errors(to_device(inputs, device)).cpu())
    quantiles = torch.quantile(torch.cat(errors), torch.linspace(0, 1, QUANTILES))
    return {"reconstruction_error_quantiles": quantiles.tolist()}


def evaluate_examples(
    bundle: ModelBundle,
    labelled: Sequence[tuple[Item, str]],
    device: torch.device | str = "cpu",
    stop: threading.Event | None = None,
) -> tuple[dict, list[tuple[Item, str]]]:
    """(report, skipped) for labelled examples whose class names the model knows."""
    modality = get_modality(bundle.modality).for_model(bundle.model)
    index = {name: k for k, name in enumerate(bundle.classes)}
    unknown = sorted({label for _, label in labelled if label not in index})
    if unknown:
        known = ", ".join(bundle.classes)
        raise DataError(message("The class '{name}' is not one this model knows ({known}).", name=unknown[0], known=known))
    reader = read_examples(modality, [(item, index[label]) for item, label in labelled], bundle.preprocessing, stop)
    read = drain(reader)
    raws, labels, skipped = read.raws, read.labels, read.skipped
    if not raws:
        raise DataError(message("None of the examples could be read."))
    data = modality.encode(raws, labels, bundle.preprocessing)
    device = pick_device(str(device))
    return evaluate_encoded(bundle.build(device), data, bundle.classes, device), skipped
