"""What a medium must provide; everything else (splitting, training, evaluation, saving) is shared."""

from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from mmstudio.core.media.base import Medium, ModelSpec


class Modality(ABC):
    """How a medium's examples become tensors. Subclasses say how to read one example and encode a list.

    What the medium *is* (name, file types, models) comes from its registered `Medium`.
    """

    medium: Medium

    @property
    def name(self) -> str:
        return self.medium.name

    @property
    def extensions(self) -> frozenset[str]:
        return self.medium.extensions

    @property
    def models(self) -> dict[str, ModelSpec]:
        return self.medium.models

    def spec(self, model_name: str) -> ModelSpec:
        return self.medium.spec(model_name)

    def for_model(self, model_name: str) -> Modality:
        """This object, or a new one of the kind the model reads and encodes with (a pretrained encoder's)."""
        wanted = self.medium.make_modality(model_name)
        return self if type(wanted) is type(self) else wanted

    def prepare(self, preprocessing: dict) -> Iterator:
        """Get what encoding needs before any example is read (a pretrained encoder's weights, downloaded once),
        yielding events (`Downloading`) on the way; most media need nothing."""
        return iter(())

    @abstractmethod
    def read(self, item: Path | str, preprocessing: dict) -> Any:
        """One example in its raw form (pixels, text). Raises DataError with a plain message."""

    def fit(self, raws: list[Any], preprocessing: dict) -> dict:
        """Learn what preprocessing needs from the training split (a text vocabulary); images need nothing."""
        return preprocessing

    @abstractmethod
    def encode(self, raws: list[Any], labels: list[int], preprocessing: dict):
        """The examples as an EncodedData the trainer can batch."""

    def fingerprint(self, raw: Any) -> bytes:
        """Identifies identical examples, to warn when the same one sits in two classes."""
        data = raw.tobytes() if isinstance(raw, np.ndarray) else str(raw).encode("utf-8")
        return hashlib.blake2b(data, digest_size=16).digest()
