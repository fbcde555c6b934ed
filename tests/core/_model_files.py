"""Real model files made by the app (tiny image and text models, trained once per session), ways to rewrite
them, and a measure of how much memory a call takes at its peak. Shared by the model-file and fuzz tests."""

from __future__ import annotations

import functools
import json
import re
import struct
import tempfile
from collections.abc import Callable
from pathlib import Path

from mmstudio.core.checkpoint import METADATA_KEY, save_bundle
from mmstudio.core.media import get_modality
from mmstudio.core.media.image.samples import write_shapes
from mmstudio.core.pipeline import labelled_from_folder

from ._helpers import finished, run

MODELS = (("image", "cnn"), ("image", "autoencoder"), ("text", "bow"), ("text", "lstm"))
TEXTS = {
    "weather": ["rain and wind today", "sunny and warm", "天气很好", "snow tomorrow morning", "cold fog", "雨很大"],
    "food": ["noodles with soup", "我爱吃饺子", "fresh bread and cheese", "spicy curry", "apple pie", "米饭和菜"],
}
_folder = tempfile.TemporaryDirectory(prefix="mmstudio-model-files-")


@functools.cache
def model_files() -> dict[str, Path]:
    """{'image/cnn': path, ...}: one real, tiny, trained model file per kind of network."""
    root = Path(_folder.name)
    shapes = write_shapes(root / "shapes", per_class=4, size=28, classes=("circle", "star"))
    files = {}
    for medium, model in MODELS:
        modality = get_modality(medium)
        if medium == "image":
            labelled, classes, _ = labelled_from_folder(shapes, modality)
        else:
            labelled = [(text, label) for label, texts in TEXTS.items() for text in texts]
            classes = list(TEXTS)
        bundle = finished(run(modality, labelled, classes, model, epochs=1)).bundle
        files[f"{medium}/{model}"] = save_bundle(bundle, root / f"{medium}-{model}")
    files["example.png"] = next((shapes / "circle").iterdir())
    return files


def example_for(medium: str):
    """Something to predict on with a model of `medium`."""
    return model_files()["example.png"] if medium == "image" else "天气 rain 很好"


def split_file(data: bytes) -> tuple[dict, bytes]:
    """(the safetensors header as JSON, the weights' bytes) of a model file's bytes."""
    (length,) = struct.unpack("<Q", data[:8])
    return json.loads(data[8 : 8 + length]), data[8 + length :]


def join_file(header: dict, weights: bytes) -> bytes:
    encoded = json.dumps(header).encode()
    return struct.pack("<Q", len(encoded)) + encoded + weights


def description_of(data: bytes) -> dict:
    return json.loads(split_file(data)[0]["__metadata__"][METADATA_KEY])


def with_description(data: bytes, description: dict) -> bytes:
    """The same file with another JSON description (NaN and infinity written as Python's json writes them)."""
    header, weights = split_file(data)
    header["__metadata__"][METADATA_KEY] = json.dumps(description)
    return join_file(header, weights)


def _status_kb(field: str) -> int:
    return int(re.search(rf"^{field}:\s+(\d+) kB", Path("/proc/self/status").read_text(), re.M).group(1))


def can_measure_memory() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def peak_growth_mb(action: Callable[[], object]) -> float:
    """How much resident memory `action()` added at its peak, in MB (Linux: the peak is reset first, so this
    sees torch's allocations too, which tracemalloc does not)."""
    before = _status_kb("VmRSS")
    Path("/proc/self/clear_refs").write_text("5")  # resets the high-water mark to the current size
    action()
    return (_status_kb("VmHWM") - before) / 1024
