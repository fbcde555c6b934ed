"""The `.mmstudio` model file: one safetensors file whose metadata holds the JSON description. No pickle.

Everything needed to use the model again travels inside: modality, model name and config, class names,
preprocessing (image size, colour; a text vocabulary), training history and metrics.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import torch
from safetensors import safe_open
from safetensors.torch import save as safetensors_bytes

from mmstudio import __version__
from mmstudio.core.atomic import write_atomic
from mmstudio.core.media import MEDIA
from mmstudio.core.errors import CheckpointError

FORMAT_VERSION = 1
SUFFIX = ".mmstudio"
METADATA_KEY = "mmstudio"


@dataclass
class ModelBundle:
    modality: str
    model: str
    classes: list[str]
    preprocessing: dict
    state_dict: dict[str, torch.Tensor]
    model_config: dict = field(default_factory=dict)
    history: list[dict] = field(default_factory=list)
    metrics: dict = field(default_factory=dict)
    extras: dict = field(default_factory=dict)  # e.g. the autoencoder's reconstruction-error quantiles
    settings: dict = field(default_factory=dict)
    created: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))
    app_version: str = __version__

    def description(self) -> dict:
        """Everything but the weights, as JSON-ready data."""
        data = asdict(self)
        data.pop("state_dict")
        return {"format_version": FORMAT_VERSION, **data}

    def build(self, device: torch.device | str = "cpu"):
        """The network with these weights, ready to predict."""
        from mmstudio.core.media import build_model

        model = build_model(self.modality, self.model, len(self.classes), self.preprocessing, self.model_config)
        model.load_state_dict(self.state_dict)
        return model.to(device).eval()


def save_bundle(bundle: ModelBundle, path: Path | str) -> Path:
    path = Path(path)
    if path.suffix != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    tensors = {key: value.detach().cpu().contiguous() for key, value in bundle.state_dict.items()}
    data = safetensors_bytes(tensors, metadata={METADATA_KEY: json.dumps(bundle.description())})
    try:
        write_atomic(path, data)
    except OSError as error:
        raise CheckpointError(f"The model could not be saved to '{path}': {error.strerror or error}.") from None
    return path


def _damaged(path: Path) -> CheckpointError:
    return CheckpointError(f"'{path.name}' is not an mmstudio model file, or it is damaged.")


def load_bundle(path: Path | str, modality: str | None = None) -> ModelBundle:
    """Read and fully validate a model file; never executes anything stored in it."""
    path = Path(path)
    if not path.is_file():
        raise CheckpointError(f"The model file '{path}' does not exist.")
    try:
        with safe_open(str(path), framework="pt") as handle:
            metadata = handle.metadata() or {}
            tensors = {key: handle.get_tensor(key) for key in handle.keys()}
        description = json.loads(metadata[METADATA_KEY])
    except Exception:  # safetensors raises several error types for damaged headers and payloads
        raise _damaged(path) from None
    if not isinstance(description, dict):
        raise _damaged(path)
    version = description.get("format_version")
    if not isinstance(version, int):
        raise _damaged(path)
    if version > FORMAT_VERSION:
        raise CheckpointError(
            f"'{path.name}' was saved by a newer version of mmstudio (format {version}). Please update mmstudio."
        )
    kind = description.get("modality")
    if not isinstance(kind, str) or kind not in MEDIA:
        raise _damaged(path)
    if modality is not None and kind != modality:
        raise CheckpointError(f"'{path.name}' is a model for {kind} data, not for {modality} data.")
    try:
        bundle = ModelBundle(
            modality=kind,
            model=str(description["model"]),
            classes=[str(name) for name in description["classes"]],
            preprocessing=dict(description["preprocessing"]),
            state_dict=tensors,
            model_config=dict(description.get("model_config", {})),
            history=list(description.get("history", [])),
            metrics=dict(description.get("metrics", {})),
            extras=dict(description.get("extras", {})),
            settings=dict(description.get("settings", {})),
            created=str(description.get("created", "")),
            app_version=str(description.get("app_version", "")),
        )
    except (KeyError, TypeError, ValueError):
        raise _damaged(path) from None
    if bundle.model not in MEDIA[kind].models or len(bundle.classes) < 2:
        raise _damaged(path)
    try:
        bundle.build()  # proves the weights match the described network
    except Exception:
        raise _damaged(path) from None
    return bundle
