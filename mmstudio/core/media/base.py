"""How a medium describes itself to the rest of mmstudio: once, as plain data, without importing torch.

Everything heavy (reading files, networks, the tab, the CLI options) is named by a dotted path
"package.module:Name" and imported on first use, so the window and the CLI can list media and models at once.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mmstudio.core.errors import DataError
from mmstudio.core.messages import message
from mmstudio.core.schema import Record

NOTHING = Record({}, refuse_unknown=True)  # the schema of a dict that must be empty


def resolve(dotted: str) -> Any:
    """The object a "package.module:Name" path names, importing its module."""
    module, _, name = dotted.partition(":")
    return getattr(importlib.import_module(module), name)


@dataclass(frozen=True)
class ModelSpec:
    """One model family a user can pick: its CLI name, a plain title, what it is good for, and its network."""

    name: str
    title: str
    description: str
    builder: str  # "package.module:Class" of the Classifier
    preprocessing: dict = field(default_factory=dict)
    config: dict = field(default_factory=dict)
    # What a model file may say for each setting in `config` (types and bounds: what the app can really run), as
    # a `Record(..., refuse_unknown=True)`: an unknown key is refused, since the network would be built with it.
    config_schema: Record = NOTHING
    # A pretrained encoder reads and encodes examples its own way: "module:Class" of its Modality (empty: the
    # medium's), and what its model files may declare as preprocessing (None: the medium's schema).
    modality: str = ""
    preprocessing_schema: Record | None = None
    # Settings added to `config` after model files of this kind were first saved, each with the value a file
    # that lacks it was trained with (its network's behaviour then), where the new default differs.
    added_later: dict = field(default_factory=dict)

    @property
    def sequential(self) -> bool:
        """A recurrent model, which can also read its sequence backwards (the `bidirectional` option)."""
        return "bidirectional" in self.config


@dataclass(frozen=True)
class Medium:
    """A kind of data (image, text, audio), described once; the registry, CLI and window derive from this."""

    name: str  # 'image': the CLI's word and the key in model files
    title: str  # the tab's label
    description: str  # the tab's tooltip
    extensions: frozenset[str]  # the example files it reads, lower case with the dot
    models: dict[str, ModelSpec]  # in menu order
    default_model: str
    modality: str  # "module:Class" of its Modality: reading, preprocessing, encoding
    tab: str  # "module:Class" of its tab in mmstudio.gui (a name, so the core never imports Qt)
    cli: str  # "module:NAME" of its DataKind in mmstudio.cli: its own options and how DATA is read
    samples: Callable[[], dict[str, Path]] = dict  # bundled sample sets: a title -> a folder or table
    typed: bool = False  # examples can also be typed in (text)
    # What a model file may say in its preprocessing (the dict `Modality.read`/`fit`/`encode` get, including
    # what `fit` adds): each key's type and bounds, and which ones must be there. Training checks the same.
    # A `Record(..., required=..., refuse_unknown=True)`; see image/__init__.py and text/__init__.py.
    preprocessing_schema: Record = NOTHING

    def spec(self, model_name: str) -> ModelSpec:
        try:
            return self.models[model_name]
        except KeyError:
            choices = ", ".join(self.models)
            raise DataError(
                message(
                    "There is no {medium} model called '{model}'. Choose one of: {choices}.",
                    medium=self.name, model=model_name, choices=choices,
                )
            ) from None

    def describe(self, item: Path | str, limit: int | None = None) -> str:
        """One line naming an example: a file's name, or a typed text on one line (cut to `limit` characters)."""
        if isinstance(item, Path):
            return item.name
        line = " ".join(str(item).split())
        return line if limit is None or len(line) <= limit else line[: limit - 1] + "…"

    def make_modality(self, model_name: str | None = None):
        """A new Modality object for this medium, or for one of its models that encodes in its own way (each
        keeps its own caches, so threads do not share one)."""
        spec_modality = self.spec(model_name).modality if model_name is not None else ""
        return resolve(spec_modality or self.modality)()

    def schema_for(self, spec: ModelSpec) -> Record:
        """What a `spec` model's file may declare as preprocessing."""
        return self.preprocessing_schema if spec.preprocessing_schema is None else spec.preprocessing_schema

    def preprocessing_for(self, spec: ModelSpec, chosen: dict | None) -> dict:
        """A `spec` model's preprocessing before fitting: its own defaults, then what the user chose that this
        model takes. A choice only some models have (the pretrained encoder's weights, `encoder_sha256`) is left
        out for the others, so a window's settings serve every model of "Find the best model"."""
        known = self.schema_for(spec).fields
        return {**spec.preprocessing, **{key: value for key, value in (chosen or {}).items() if key in known}}
