"""The media mmstudio understands; each says how its examples become tensors."""

from __future__ import annotations

from mmstudio.core.errors import MMStudioError
from mmstudio.core.modalities.base import Modality


def get_modality(name: str) -> Modality:
    """The modality called `name` ('image', 'text', ...), imported on first use."""
    if name == "image":
        from mmstudio.core.modalities.image import ImageModality

        return ImageModality()
    if name == "text":
        from mmstudio.core.modalities.text import TextModality

        return TextModality()
    raise MMStudioError(f"Unknown kind of data '{name}'.")


MODALITY_NAMES = ("image", "text")
