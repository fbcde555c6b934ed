"""The registry of media: every medium mmstudio knows is registered here, on one line.

A medium is a package under mmstudio/core/media/ whose `__init__` defines `MEDIUM` (a `Medium`); its files
(reading, preprocessing, networks, sample data) sit beside it. The CLI's choices, the window's tabs, model
building and model-file checks all come from this registry (see docs/ARCHITECTURE.md, "Add a medium").
"""

from __future__ import annotations

import importlib

from mmstudio.core.errors import MMStudioError
from mmstudio.core.messages import message
from mmstudio.core.media.base import Medium, ModelSpec, resolve

REGISTERED = (
    "mmstudio.core.media.image",
    "mmstudio.core.media.text",
    "mmstudio.core.media.audio",
)

MEDIA: dict[str, Medium] = {
    medium.name: medium for medium in (importlib.import_module(package).MEDIUM for package in REGISTERED)
}
MODALITY_NAMES = tuple(MEDIA)

__all__ = [
    "MEDIA",
    "MODALITY_NAMES",
    "Medium",
    "ModelSpec",
    "build_model",
    "get_medium",
    "get_modality",
    "model_spec",
    "resolve",
]


def get_medium(name: str) -> Medium:
    try:
        return MEDIA[name]
    except (KeyError, TypeError):
        raise MMStudioError(message("Unknown kind of data '{name}'.", name=name)) from None


def get_modality(name: str):
    """A Modality object for the medium called `name` ('image', 'text', ...), imported on first use."""
    return get_medium(name).make_modality()


def model_spec(medium: str, model: str) -> ModelSpec:
    return get_medium(medium).spec(model)


def build_model(medium: str, name: str, num_classes: int, preprocessing: dict, config: dict):
    """The network (a core.models.base.Classifier) the catalogue names; `config` overrides the spec's defaults
    (a saved model's own config)."""
    spec = model_spec(medium, name)
    return resolve(spec.builder)(num_classes=num_classes, preprocessing=preprocessing, **{**spec.config, **config})
