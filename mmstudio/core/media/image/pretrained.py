"""Pictures through MobileNetV3 (small), pretrained on ImageNet by torchvision, as frozen features for a small head.

The weights come, once per computer, from torchvision's own address (or the address in MMSTUDIO_IMAGE_WEIGHTS_URL,
a mirror), checked against the SHA-256 prefix in their published name, or from a file the user gives (.pth or
.safetensors). Either way they are read with the restricted loader (`torch.load(weights_only=True)`, never plain
unpickling) or safetensors, checked against the network (names, shapes, finite numbers) and kept as
safetensors in the data folder's "encoders" folder, named by their checksum; a model file names them by it.
The network is torchvision's, written out in mobilenet.py (torchvision's PyPI wheel needs CUDA torch).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Generator
from pathlib import Path

import numpy as np
import torch

from mmstudio.core.downloads import data_dir, download
from mmstudio.core.errors import DataError
from mmstudio.core.events import Downloading
from mmstudio.core.media.features import FeatureEncoding, FeatureHead, tensors_digest, trained_digest
from mmstudio.core.media.image import MOBILENET_HOW_TO_GET
from mmstudio.core.media.image.mobilenet import FEATURES, MobileNetV3Small
from mmstudio.core.media.image.modality import ImageModality
from mmstudio.core.messages import message

ENCODER = "mobilenet_v3_small"
TITLE = "MobileNetV3 (small)"
WHAT = message("MobileNetV3 (small) weights")  # a Message: the window says it in the user's language
OFFICIAL_URL = "https://download.pytorch.org/models/mobilenet_v3_small-047dcff4.pth"  # MobileNet_V3_Small_Weights.DEFAULT
URL_VARIABLE = "MMSTUDIO_IMAGE_WEIGHTS_URL"
MAX_BYTES = 50 * 2**20  # the published file is 9.8 MB
INPUT_SIZE = 224  # what the network was trained on; pictures are read at this size in colour
# ImageNet's, as torchvision's transforms use; on the CPU even when this module is first imported while a model
# file's network is built on the "meta" device
MEAN = torch.tensor([0.485, 0.456, 0.406], device="cpu").view(1, 3, 1, 1)
STD = torch.tensor([0.229, 0.224, 0.225], device="cpu").view(1, 3, 1, 1)
HOW_TO_GET = MOBILENET_HOW_TO_GET  # the window says its own way instead (a button in Settings)


def weights_url() -> str:
    return os.environ.get(URL_VARIABLE) or OFFICIAL_URL


def cache_dir() -> Path:
    return data_dir() / "encoders"


def _network() -> MobileNetV3Small:
    return MobileNetV3Small()


def check_weights(tensors, source: str) -> dict[str, torch.Tensor]:
    """The weights as a state dict, or DataError: exactly the network's names and shapes, finite numbers."""
    wrong = DataError(message("'{name}' does not hold {what}.", name=source, what=WHAT))
    if not isinstance(tensors, dict) or not all(isinstance(value, torch.Tensor) for value in tensors.values()):
        raise wrong
    with torch.device("meta"):
        expected = {name: (tensor.dtype, tensor.shape) for name, tensor in _network().state_dict().items()}
    if tensors.keys() != expected.keys():
        raise wrong
    for name, tensor in tensors.items():
        dtype, shape = expected[name]
        if tensor.shape != shape or tensor.dtype.is_floating_point != dtype.is_floating_point:
            raise wrong
        if tensor.is_floating_point() and not bool(torch.isfinite(tensor).all()):
            raise DataError(message("'{name}' holds weights that are not numbers (NaN or infinity).", name=source))
    return {name: tensor.to(expected[name][0]).contiguous() for name, tensor in tensors.items()}


def read_weights_file(path: Path) -> dict[str, torch.Tensor]:
    """A .safetensors file, or a .pth/.pt file through the restricted loader (tensors only, nothing run)."""
    path = Path(path)
    if not path.is_file():
        raise DataError(message("The weights file '{path}' does not exist.", path=str(path)))
    try:
        if path.suffix == ".safetensors":
            from safetensors.torch import load_file

            tensors = load_file(path)
        else:
            tensors = torch.load(path, map_location="cpu", weights_only=True)
    except Exception:  # a damaged or hostile file: the restricted loader refuses anything but tensors
        raise DataError(
            message("'{name}' is not a weights file mmstudio can read safely (.pth or .safetensors).", name=path.name)
        ) from None
    return check_weights(tensors, path.name)


def _store(tensors: dict[str, torch.Tensor], name: str, source: str) -> str:
    """Keep checked weights in the cache as safetensors, under `name`; returns their checksum."""
    from safetensors.torch import save_file

    digest = tensors_digest(tensors)
    target = cache_dir() / name
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(target.name + ".new")
    save_file(tensors, staging, metadata={"sha256": digest, "source": source})
    staging.replace(target)  # whole or not at all
    return digest


def import_weights(path: Path | str) -> str:
    """Check a weights file the user gives and keep it in the cache; returns the checksum a model names it by."""
    tensors = read_weights_file(Path(path))
    digest = tensors_digest(tensors)
    _store(tensors, f"{ENCODER}-file-{digest[:16]}.safetensors", Path(path).name)
    return digest


def _recorded(name: str) -> dict[str, str]:
    """What a cached weights file records (its checksum, where it came from), or {} when absent or damaged."""
    from safetensors import safe_open

    try:
        with safe_open(cache_dir() / name, framework="pt") as handle:
            return handle.metadata() or {}
    except Exception:  # absent or damaged: fetched again
        return {}


def _cached(name: str) -> str | None:
    """The checksum recorded in a cached weights file, or None."""
    return _recorded(name).get("sha256")


def _cache_names() -> list[str]:
    folder = cache_dir()
    return [path.name for path in sorted(folder.glob(f"{ENCODER}-*.safetensors"))] if folder.is_dir() else []


def cached_source(digest: str) -> str | None:
    """Where the cached weights with this checksum came from: the address they were downloaded from, or the name
    of the file they were imported from; None when they are not on this computer. Reads only the files' headers."""
    for name in _cache_names():
        recorded = _recorded(name)
        if recorded.get("sha256") == digest:
            return recorded.get("source") or name
    return None


def _official() -> tuple[str, str, str, str]:
    """The published weights: their address, file name, the checksum prefix in that name, and their cached name."""
    url = weights_url()
    published = url.rsplit("/", 1)[-1]  # mobilenet_v3_small-047dcff4.pth
    stem, _, prefix = published.rpartition(".")[0].rpartition("-")
    return url, published, prefix, f"{stem}-{prefix}.safetensors"


def official_cached() -> bool:
    """Whether the published weights are on this computer already, so nothing needs downloading (a quick look)."""
    return _cached(_official()[3]) is not None


def official_weights() -> Generator[Downloading, None, str]:
    """The checksum of the published weights, downloading them first if this computer has none."""
    url, published, prefix, name = _official()
    digest = _cached(name)
    if digest is not None:
        return digest
    if not prefix:
        raise DataError(
            message("The weights address {url} does not end in a name with a checksum (name-1234abcd.pth).", url=url)
        )
    try:
        downloaded = yield from download(url, cache_dir() / published, prefix, MAX_BYTES, WHAT)
    except DataError as error:
        raise DataError(message("{problem} {how_to_get}", problem=str(error), how_to_get=HOW_TO_GET)) from None
    try:
        return _store(read_weights_file(downloaded), name, url)
    finally:
        downloaded.unlink(missing_ok=True)


def cached_weights(digest: str) -> dict[str, torch.Tensor]:
    """The cached weights with this checksum, checked again, or DataError saying how to get them."""
    from safetensors.torch import load_file

    for name in _cache_names():
        if _cached(name) == digest:
            tensors = check_weights(load_file(cache_dir() / name), name)
            if tensors_digest(tensors) == digest:
                return tensors
    raise DataError(
        message(
            "This model needs the {what} it was trained with, which are not on this computer. {how_to_get}",
            what=WHAT,
            how_to_get=HOW_TO_GET,
        )
    )


@functools.lru_cache(maxsize=2)
def backbone(digest: str) -> torch.nn.Module:
    """The pretrained network without its ImageNet classifier: a picture in, 576 numbers out."""
    network = _network()
    network.load_state_dict(cached_weights(digest))
    return torch.nn.Sequential(network.features, network.avgpool, torch.nn.Flatten()).eval()


class MobileNetModality(FeatureEncoding, ImageModality):
    """Pictures read at 224 px in colour, whatever the size and colour settings say, and encoded once."""

    feature_size = FEATURES

    def __init__(self) -> None:
        self._digest: str | None = None

    def read(self, item, preprocessing):
        return super().read(item, {"size": INPUT_SIZE, "channels": 3})

    def prepare(self, preprocessing: dict):
        wanted = preprocessing.get("encoder_sha256")
        if wanted is not None:
            cached_weights(wanted)
            self._digest = wanted
        else:
            self._digest = yield from official_weights()

    def fit(self, raws, preprocessing):
        if self._digest is None:
            raise DataError(message("The {what} must be prepared before training.", what=WHAT))
        return {**preprocessing, "size": INPUT_SIZE, "channels": 3, "encoder_sha256": self._digest}

    def features_of(self, raws, preprocessing):
        digest = trained_digest(preprocessing, TITLE)
        pixels = torch.from_numpy(np.stack(raws)).float().div_(255.0)
        return backbone(digest)((pixels - MEAN) / STD)


class MobileNetHead(FeatureHead):
    features = FEATURES
