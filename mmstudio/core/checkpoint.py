"""The `.mmstudio` model file: one safetensors file whose metadata holds the JSON description. No pickle.

Everything needed to use the model again travels inside: modality, model name and config, class names,
preprocessing (image size, colour; a text vocabulary), training history and metrics.

Reading trusts nothing in the file, and checks it in an order that keeps the cost in proportion to the file's
real size: the header's length against the file's size; the whole description against a schema (types, ranges,
sizes; each medium declares its preprocessing and each model its settings, see core/media/base.py); the weights'
names, types, shapes and places in the file against the network the description declares, built on torch's
"meta" device, which allocates nothing; and only then the weights themselves, which must be finite numbers.
Every refusal is a `CheckpointError` of one plain sentence.

torch is imported only where tensors are made: `read_model_file` with other `Weights` reads the same file, with the
same checks, into numpy arrays (core/numpy_predictor.py predicts with them, because `import torch` alone takes
longer than a whole `mmstudio predict` may).
"""


from __future__ import annotations

import json
import math
import os
import struct
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Callable

from mmstudio import __version__
from mmstudio.core.atomic import write_atomic
from mmstudio.core.errors import CheckpointError
from mmstudio.core.media import MEDIA, Medium, ModelSpec, build_model
from mmstudio.core.messages import message
from mmstudio.core.os_reasons import os_reason
from mmstudio.core.schema import (
    Choice,
    Flag,
    ListOf,
    MapOf,
    Maybe,
    Number,
    Record,
    SchemaError,
    Text,
    Whole,
    without_nan,
)

if TYPE_CHECKING:
    import numpy as np
    import torch

FORMAT_VERSION = 1
SUFFIX = ".mmstudio"
METADATA_KEY = "mmstudio"

# What a file may declare: what the app can train and run (each medium adds its own, see core/media/base.py).
MAX_HEADER_BYTES = 64 * 2**20  # the JSON before the weights: a 200,000-word vocabulary takes about 6 MB
MAX_TENSORS = 1000
MAX_CLASSES = 1000
MAX_EPOCHS = 1_000_000
MAX_COUNT = 10**12  # examples in a confusion-matrix cell or a class

CLASS_NAME = Text(1, 1000)
CLASSES = ListOf(CLASS_NAME, 2, MAX_CLASSES, unique=True)
SHARE = Number(0, 1)
LOSS = Maybe(Number(0))  # null where training produced no number (it diverged)

HISTORY = ListOf(
    Record(
        {"epoch": Whole(1, MAX_EPOCHS), "loss": LOSS, "accuracy": SHARE, "val_loss": LOSS, "val_accuracy": SHARE},
        required=("epoch", "loss", "accuracy", "val_loss", "val_accuracy"),
    ),
    max_items=MAX_EPOCHS,
)
LEADERBOARD = ListOf(
    Record(
        {"model": Text(1, 100), "val_accuracy": SHARE, "seconds": Number(0), "epochs": Whole(0, MAX_EPOCHS), "stopped": Flag()},
        required=("model", "val_accuracy", "seconds"),
    ),
    1,
    100,
)
METRICS = Record(
    {
        "accuracy": SHARE,
        "classes": CLASSES,
        "confusion_matrix": ListOf(ListOf(Whole(0, MAX_COUNT), 2, MAX_CLASSES), 2, MAX_CLASSES),
        "per_class": MapOf(
            CLASS_NAME,
            Record(
                {"precision": SHARE, "recall": SHARE, "f1": SHARE, "support": Whole(0, MAX_COUNT)},
                required=("precision", "recall", "f1", "support"),
            ),
            MAX_CLASSES,
        ),
        "n": Whole(0, MAX_COUNT),
        "best_epoch": Maybe(Whole(1, MAX_EPOCHS)),
        "final_fit": Record(
            {"examples": Whole(1, MAX_COUNT), "epochs": Whole(1, MAX_EPOCHS), "note": Text(0, 1000)},
            required=("examples", "epochs"),
        ),
        "leaderboard": LEADERBOARD,  # where "Find the best model" chose it: every model tried, best first
        "reason": Text(0, 2000),
    },
    required=("accuracy", "classes", "confusion_matrix", "per_class"),
    or_empty=True,  # a model saved without an evaluation
)
EXTRAS = Record({"reconstruction_error_quantiles": ListOf(Number(0), 1, 10_001)})
SETTINGS = Record(
    {
        "epochs": Whole(1, MAX_EPOCHS),
        "batch_size": Whole(1, 2**31),
        "learning_rate": Number(0, 10),
        "val_split": SHARE,
        "seed": Whole(-(2**63), 2**64),
        "augment": Flag(),
        "device": Text(0, 100),
        "schedule": Text(0, 100),  # a later version's schedule is only shown, never run from a file
        "weight_decay": Number(0, 1),
        "patience": Whole(0, MAX_EPOCHS),
        "fit_on_all": Flag(),
    }
)
HEADER_ENTRY = Record(
    {"dtype": Text(1, 10), "shape": ListOf(Whole(0, 2**40), 0, 8), "data_offsets": ListOf(Whole(0, 2**63), 2, 2)},
    required=("dtype", "shape", "data_offsets"),
)
# The types a network's weights may have: safetensors' name -> (torch's and numpy's name, bytes per value).
DTYPES = {
    "F32": ("float32", 4),
    "F64": ("float64", 8),
    "F16": ("float16", 2),
    "BF16": ("bfloat16", 2),  # torch only
    "I64": ("int64", 8),  # counters such as a batch norm's
    "I32": ("int32", 4),
    "U8": ("uint8", 1),
    "BOOL": ("bool", 1),
}
SAFETENSORS_NAMES = {f"torch.{name}": code for code, (name, _) in DTYPES.items()}


def description_schema(medium: Medium, spec: ModelSpec) -> Record:
    """What the JSON description of a `spec` model of `medium` may hold; unknown top-level keys are ignored."""
    return Record(
        {
            "format_version": Whole(1, FORMAT_VERSION),
            "modality": Choice(medium.name),
            "model": Choice(spec.name),
            "classes": CLASSES,
            "preprocessing": medium.schema_for(spec),
            "model_config": spec.config_schema,
            "history": HISTORY,
            "metrics": METRICS,
            "extras": EXTRAS,
            "settings": SETTINGS,
            "created": Text(0, 100),
            "app_version": Text(0, 100),
        },
        required=("format_version", "modality", "model", "classes", "preprocessing"),
    )


def check_model_settings(
    medium: Medium, spec: ModelSpec, classes, preprocessing: dict, config: dict, fitted: bool = True
) -> None:
    """Raise SchemaError for settings that `load_bundle` would refuse, so training refuses them up front; before
    `Modality.fit` (not `fitted`), what fitting adds may still be missing."""
    CLASSES(list(classes), "classes")
    schema = medium.schema_for(spec)
    (schema if fitted else replace(schema, required=()))(preprocessing, "preprocessing")
    spec.config_schema(config, "model_config")


@dataclass
class ModelBundle:
    modality: str
    model: str
    classes: list[str]
    preprocessing: dict
    state_dict: dict[str, torch.Tensor]  # numpy arrays where read with NUMPY_WEIGHTS (core/numpy_predictor.py)
    model_config: dict = field(default_factory=dict)
    history: list[dict] = field(default_factory=list)
    metrics: dict = field(default_factory=dict)
    extras: dict = field(default_factory=dict)  # e.g. the autoencoder's reconstruction-error quantiles
    settings: dict = field(default_factory=dict)
    created: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))
    app_version: str = __version__

    def description(self) -> dict:
        """Everything but the weights, as JSON-ready data (numbers that are not finite become None)."""
        data = asdict(self)
        data.pop("state_dict")
        return without_nan({"format_version": FORMAT_VERSION, **data})

    def build(self, device: torch.device | str = "cpu"):
        """The network with these weights (torch tensors), ready to predict."""
        model = build_model(self.modality, self.model, len(self.classes), self.preprocessing, self.model_config)
        model.load_state_dict(self.state_dict)
        return model.to(device).eval()


def save_bundle(bundle: ModelBundle, path: Path | str) -> Path:
    from safetensors.torch import save as safetensors_bytes

    path = Path(path)
    if path.suffix != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    tensors = {key: value.detach().cpu().contiguous() for key, value in bundle.state_dict.items()}
    if not all(_finite(tensor) for tensor in tensors.values()):
        raise CheckpointError(
            message(
                "The model was not saved: training went wrong and some of its weights are not numbers. "
                "Train again with a smaller learning rate."
            )
        )
    description = json.dumps(bundle.description(), allow_nan=False)
    data = safetensors_bytes(tensors, metadata={METADATA_KEY: description})
    try:
        write_atomic(path, data)
    except OSError as error:
        raise CheckpointError(
            message("The model could not be saved to '{path}': {reason}.", path=path, reason=os_reason(error))
        ) from None
    return path


def _finite(tensor: torch.Tensor) -> bool:
    import torch

    return not tensor.is_floating_point() or bool(torch.isfinite(tensor).all())


@dataclass(frozen=True)
class Weights:
    """What a reader makes of a file's weights once they are checked: torch tensors, or numpy arrays.

    `layout(medium, model, classes, preprocessing, config)` is {name: (safetensors dtype, shape)} of the network
    the description declares (ValueError for settings no such network can have); `empty(dtype, shape)` is an
    array to fill and its bytes as a writable view; `finite(array)` says whether it holds numbers only.
    """

    layout: Callable[[str, str, int, dict, dict], dict]
    empty: Callable[[str, list[int]], tuple[Any, np.ndarray]]
    finite: Callable[[Any], bool]


class _Damaged(Exception):
    """Why a file is refused, as a clause (a `message(...)`, so the window translates it); `load_bundle` names the
    file and makes it a sentence."""


def load_bundle(path: Path | str, modality: str | None = None) -> ModelBundle:
    """Read and fully validate a model file; never executes anything stored in it."""
    return read_model_file(path, modality, TORCH_WEIGHTS)


def read_model_file(path: Path | str, modality: str | None, weights: Weights) -> ModelBundle:
    """`load_bundle` with the weights made by `weights` (the bundle's state_dict holds what it makes)."""
    path = Path(path)
    if not path.is_file():
        raise CheckpointError(message("The model file '{path}' does not exist.", path=path))
    try:
        with path.open("rb") as handle:  # one open file throughout, so it cannot be swapped between the checks
            return _load(handle, path.name, modality, weights)
    except (_Damaged, SchemaError) as reason:
        raise CheckpointError(
            message(
                "'{name}' is not an mmstudio model file, or it is damaged: {reason}.",
                name=path.name, reason=str(reason),  # the reason's Message, translated in its turn
            )
        ) from None
    except OSError as error:
        raise CheckpointError(
            message("The model file '{name}' could not be read: {reason}.", name=path.name, reason=os_reason(error))
        ) from None


def _load(handle: BinaryIO, name: str, modality: str | None, weights: Weights) -> ModelBundle:
    entries, metadata, data_start = _read_header(handle)
    if METADATA_KEY not in metadata:
        raise _Damaged(message("it has no mmstudio description"))
    description = _parse_json(metadata[METADATA_KEY])
    if not isinstance(description, dict):
        raise _Damaged(message("its description is not a JSON object"))
    version = Whole(1, 2**31)(description.get("format_version"), "format_version")
    if version > FORMAT_VERSION:
        raise CheckpointError(
            message(
                "'{name}' was saved by a newer version of mmstudio (format {version}). Please update mmstudio.",
                name=name, version=version,
            )
        )
    medium = MEDIA[Choice(*MEDIA)(description.get("modality"), "modality")]
    if modality is not None and medium.name != modality:
        raise CheckpointError(
            message("'{name}' is a model for {medium} data, not for {wanted} data.", name=name, medium=medium.name, wanted=modality)
        )
    spec = medium.models[Choice(*medium.models)(description.get("model"), "model")]
    description = description_schema(medium, spec)(description, "")
    classes = description["classes"]
    _check_metrics(description.get("metrics", {}), classes)
    quantiles = description.get("extras", {}).get("reconstruction_error_quantiles", [])
    if quantiles != sorted(quantiles):
        raise _Damaged(message("'extras.reconstruction_error_quantiles' must be in increasing order"))
    preprocessing, config = description["preprocessing"], {**spec.added_later, **description.get("model_config", {})}
    try:
        expected = weights.layout(medium.name, spec.name, len(classes), preprocessing, config)
    except ValueError:  # the network refuses a combination, such as an autoencoder size not divisible by 4
        raise _Damaged(message("its settings do not describe a network mmstudio can build")) from None
    _check_layout(entries, os.fstat(handle.fileno()).st_size - data_start, expected)
    return ModelBundle(
        modality=medium.name,
        model=spec.name,
        classes=classes,
        preprocessing=preprocessing,
        state_dict=_read_tensors(handle, data_start, entries, expected, weights),
        model_config=config,
        history=description.get("history", []),
        metrics=description.get("metrics", {}),
        extras=description.get("extras", {}),
        settings=description.get("settings", {}),
        created=description.get("created", ""),
        app_version=description.get("app_version", ""),
    )


def _parse_json(text: str | bytes):
    try:
        return json.loads(text, parse_constant=lambda constant: None)  # NaN and Infinity are not JSON
    except (ValueError, RecursionError):  # a decoding error, bad UTF-8, or nesting too deep
        raise _Damaged(message("its header is not valid JSON")) from None


def _read_header(handle: BinaryIO) -> tuple[dict, dict, int]:
    """(tensor entries, metadata, where the weights start) from the safetensors header, after checking its length
    against the file's real size, so a header that lies about its size costs nothing."""
    size = os.fstat(handle.fileno()).st_size
    start = handle.read(8)
    if len(start) < 8:
        raise _Damaged(message("it is too short"))
    (length,) = struct.unpack("<Q", start)
    if length > min(size - 8, MAX_HEADER_BYTES):
        raise _Damaged(message("its header is larger than the file, or too large"))
    header = _parse_json(handle.read(length))
    if not isinstance(header, dict):
        raise _Damaged(message("its header is not a JSON object"))
    metadata = MapOf(Text(1, 100), Text(0, MAX_HEADER_BYTES), 100)(header.pop("__metadata__", {}), "metadata")
    entries = MapOf(Text(1, 1000), HEADER_ENTRY, MAX_TENSORS)(header, "weights")
    return entries, metadata, 8 + length


def _network_tensors(medium: str, model: str, classes: int, preprocessing: dict, config: dict) -> dict:
    """{name: (dtype, shape)} of the weights the described network has; building it on the meta device costs
    no memory, whatever sizes the description claims (those are bounded by the schema already)."""
    import torch

    with torch.device("meta"):
        network = build_model(medium, model, classes, preprocessing, config)
    tensors = network.state_dict().items()
    return {name: (SAFETENSORS_NAMES[str(tensor.dtype)], list(tensor.shape)) for name, tensor in tensors}


def _empty_tensor(dtype: str, shape: list[int]):
    import torch

    tensor = torch.empty(shape, dtype=getattr(torch, DTYPES[dtype][0]))
    return tensor, tensor.view(-1).view(torch.uint8).numpy()


TORCH_WEIGHTS = Weights(layout=_network_tensors, empty=_empty_tensor, finite=_finite)


def _check_layout(entries: dict, data_bytes: int, expected: dict) -> None:
    """The header's weights are exactly the network's (names, types, shapes), laid end to end in the file."""
    mismatch = _Damaged(message("its weights do not match the network it describes"))
    if entries.keys() != expected.keys():
        raise mismatch
    position = 0
    for name, entry in sorted(entries.items(), key=lambda item: item[1]["data_offsets"]):
        dtype, shape = expected[name]
        if entry["dtype"] != dtype or entry["shape"] != shape:
            raise mismatch
        begin, end = entry["data_offsets"]
        if begin != position or end - begin != math.prod(shape) * DTYPES[dtype][1]:
            raise _Damaged(message("its weights are not where its header says"))
        position = end
    if position != data_bytes:
        raise _Damaged(message("its size does not match its header"))


def _read_tensors(handle: BinaryIO, data_start: int, entries: dict, expected: dict, weights: Weights) -> dict:
    """The weights, read straight into arrays of the sizes checked above (safetensors stores them little-endian,
    as every machine torch runs on does): memory as large as the file, no more. Finite numbers only."""
    tensors = {}
    for name, entry in entries.items():
        tensor, buffer = weights.empty(*expected[name])
        handle.seek(data_start + entry["data_offsets"][0])
        if handle.readinto(buffer) != len(buffer):
            raise _Damaged(message("it ends before its last weights"))
        if not weights.finite(tensor):
            raise _Damaged(message("some of its weights are not numbers (NaN or infinity)"))
        tensors[name] = tensor
    return tensors


def _check_metrics(metrics: dict, classes: list[str]) -> None:
    """The evaluation saved with a model is about that model's classes (the window shows it as a table)."""
    if not metrics:
        return
    n = len(classes)
    matrix = metrics["confusion_matrix"]
    if metrics["classes"] != classes or set(metrics["per_class"]) != set(classes):
        raise _Damaged(message("its evaluation is about other classes than the model's"))
    if len(matrix) != n or any(len(row) != n for row in matrix):
        raise _Damaged(message("its confusion matrix is not {n} by {n}", n=n))
