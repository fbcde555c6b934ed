"""Networks, built from a medium's model catalogue: a model name, the number of classes, preprocessing, config.

The networks of each medium live with that medium (core/media/<medium>/models.py); shared ones live here
(base.Classifier, sequence.RecurrentClassifier).
"""

from __future__ import annotations

from torch import nn

from mmstudio.core.media import model_spec, resolve
from mmstudio.core.models.base import Classifier


def build_model(medium: str, name: str, num_classes: int, preprocessing: dict, config: dict) -> Classifier:
    """The network the catalogue names; `config` overrides the spec's defaults (a saved model's own config)."""
    spec = model_spec(medium, name)
    return resolve(spec.builder)(num_classes=num_classes, preprocessing=preprocessing, **{**spec.config, **config})


def count_parameters(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())
