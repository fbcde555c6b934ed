"""Networks per medium, built from a model name, the number of classes, the preprocessing and a small config."""

from __future__ import annotations

from torch import nn

from mmstudio.core.errors import DataError
from mmstudio.core.models.base import Classifier


def build_model(modality: str, name: str, num_classes: int, preprocessing: dict, config: dict) -> Classifier:
    if modality == "image":
        from mmstudio.core.models import image

        builders = {"cnn": image.SeedCNN, "autoencoder": image.AutoencoderClassifier}
    elif modality == "text":
        from mmstudio.core.models import text

        builders = {
            "bow": text.BagOfNgrams,
            "rnn": text.ElmanRNN,
            "lstm": text.LSTMClassifier,
            "rrnn": text.StackedRNN,
        }
    else:
        builders = {}
    if name not in builders:
        raise DataError(f"There is no {modality} model called '{name}'.")
    return builders[name](num_classes=num_classes, preprocessing=preprocessing, **config)


def count_parameters(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())
