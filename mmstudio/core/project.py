"""The project file: a whole session (every medium's classes, examples, settings and model) kept on disk.

`NAME.mmproject` is one JSON file. Beside it, `NAME.models/` holds each medium's trained model as an ordinary
`.mmstudio` file (core/checkpoint.py: safetensors and JSON, never pickle); the model's training history is the
curves. Example files are referenced, not copied: relative to the project's folder when they are inside it (the
folder can then be moved whole), else by their full path. `copy_files=True` copies them into `NAME.files/` first.
Typed texts are stored as text.

Reading trusts nothing, as for model files: the size before reading, then every value against a strict schema
(types, counts, lengths), an unknown medium refused, a model file's name that leaves the project's folder
refused. Every refusal is a `DataError` of one plain sentence. Example files that have moved or gone are left
out and listed in `Opened.missing`; the rest loads.

Saving is atomic: model files get new names, the JSON is renamed over the old one last, and only then are the
old model files removed, so a save that fails leaves the previous project whole.
"""

from __future__ import annotations

import json
import math
import os
import re
import secrets
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from typing import Any

from mmstudio import __version__
from mmstudio.core.atomic import write_atomic
from mmstudio.core.errors import DataError, MMStudioError
from mmstudio.core.examples import Item
from mmstudio.core.media import MEDIA
from mmstudio.core.messages import Message, message
from mmstudio.core.os_reasons import os_reason
from mmstudio.core.schema import Check, Choice, ListOf, MapOf, Maybe, Record, SchemaError, Text, Whole

FORMAT_VERSION = 1
SUFFIX = ".mmproject"
FORMAT_NAME = "mmstudio project"
MAX_PROJECT_BYTES = 64 * 2**20  # 100,000 example paths take about 10 MB
MAX_CLASSES = 1000
MAX_EXAMPLES_PER_CLASS = 500_000
MAX_PATH_LENGTH = 4096
MAX_TYPED_LENGTH = 100_000
MAX_SETTINGS = 100
MODEL_FILE = re.compile(r"^(?P<medium>[a-z0-9_]+)-[0-9a-f]{8}\.mmstudio$")  # the names saving gives model files


@dataclass
class TabState:
    """One medium's part of a session: what its tab shows and needs to go on where it stopped."""

    classes: dict[str, list[Item]] = field(default_factory=dict)  # class name -> files (Path) or typed texts (str)
    settings: dict[str, Any] = field(default_factory=dict)  # the training form's values
    model_name: str | None = None  # the network chosen in the tab
    preprocessing: dict[str, Any] = field(default_factory=dict)  # the tab's preprocessing controls
    bundle: Any = None  # the trained ModelBundle, or None


@dataclass
class Opened:
    """A project as read: every medium's state, the example files that are no longer where they were, and plain
    sentences about parts that could not be used (a damaged model file)."""

    tabs: dict[str, TabState]
    source: Path | None = None  # for an autosave: the project file the work belonged to
    missing: dict[str, list[Path]] = field(default_factory=dict)
    problems: dict[str, list[str]] = field(default_factory=dict)


def models_folder(path: Path) -> Path:
    return path.with_name(path.stem + ".models")


def files_folder(path: Path) -> Path:
    return path.with_name(path.stem + ".files")


def with_suffix(path: Path | str) -> Path:
    path = Path(path)
    return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)


# ---------------------------------------------------------------------------------------------------- saving
def save_project(
    path: Path | str, tabs: dict[str, TabState], copy_files: bool = False, source: Path | None = None
) -> dict[str, dict[str, list[Item]]]:
    """Write the project to `path` (".mmproject" is added when missing); returns each medium's classes as the
    project now references them (with `copy_files`, the copies), so the window can point at them too."""
    from mmstudio.core.checkpoint import save_bundle  # torch: only when a project is saved

    path = with_suffix(path).absolute()
    written: list[Path] = []
    try:
        classes = {name: _copied(path, name, tab.classes) if copy_files else tab.classes for name, tab in tabs.items()}
        media = {}
        for name, tab in tabs.items():
            model_file = None
            if tab.bundle is not None:
                models = models_folder(path)
                models.mkdir(exist_ok=True)
                target = save_bundle(tab.bundle, models / f"{name}-{secrets.token_hex(4)}.mmstudio")
                written.append(target)
                model_file = PurePosixPath(models.name, target.name).as_posix()
            media[name] = _medium_json(path.parent, classes[name], tab, model_file)
        document = {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "app_version": __version__,
            "saved": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "media": media,
        }
        if source is not None:
            document["source"] = str(source)
        write_atomic(path, json.dumps(document, ensure_ascii=False, allow_nan=False, indent=1).encode("utf-8"))
    except (OSError, MMStudioError) as error:
        for target in written:  # the previous project still references its own model files
            target.unlink(missing_ok=True)
        if isinstance(error, MMStudioError):
            raise
        raise DataError(
            message("The project could not be saved to '{path}': {reason}.", path=path, reason=os_reason(error))
        ) from None
    _remove_old_models(models_folder(path), keep={target.name for target in written})
    return classes


def _medium_json(folder: Path, classes: dict[str, list[Item]], tab: TabState, model_file: str | None) -> dict:
    return {
        "classes": [{"name": name, "examples": [_example_json(folder, item) for item in items]}
                    for name, items in classes.items()],
        "settings": _plain_values(tab.settings),
        "model": tab.model_name,
        "preprocessing": _plain_values(tab.preprocessing),
        "model_file": model_file,
    }


def _plain_values(values: dict) -> dict:
    """The JSON-ready part of a form's values (numbers that are not finite dropped: strict JSON has none)."""
    return {key: value for key, value in values.items() if PLAIN.fits(value)}


def _example_json(folder: Path, item: Item) -> dict:
    if isinstance(item, str):
        return {"text": item}
    item = Path(item).absolute()
    if item.is_relative_to(folder):
        return {"file": item.relative_to(folder).as_posix()}
    return {"file": str(item)}


def _copied(path: Path, medium: str, classes: dict[str, list[Item]]) -> dict[str, list[Item]]:
    """Each example file copied into NAME.files/<medium>/<class>/ under a name not taken yet; files already in
    NAME.files stay as they are, typed texts too."""
    root = files_folder(path)
    result: dict[str, list[Item]] = {}
    for name, items in classes.items():
        folder = root / _safe_name(medium) / _safe_name(name)
        result[name] = []
        for item in items:
            if isinstance(item, str) or Path(item).absolute().is_relative_to(root):
                result[name].append(item)
                continue
            folder.mkdir(parents=True, exist_ok=True)
            target = _free_name(folder, Path(item).name)
            shutil.copy2(item, target)
            result[name].append(target)
    return result


def _safe_name(name: str) -> str:
    """A folder name made from a class name: letters, digits, spaces and -_. kept, anything else '_'."""
    cleaned = re.sub(r"[^\w .-]", "_", name).strip(" .") or "_"
    return cleaned[:100]


def _free_name(folder: Path, name: str) -> Path:
    target, stem, suffix, n = folder / name, Path(name).stem, Path(name).suffix, 2
    while target.exists():
        target, n = folder / f"{stem}-{n}{suffix}", n + 1
    return target


def _remove_old_models(folder: Path, keep: set[str]) -> None:
    """Model files of earlier saves (named by saving, so never a file of the user's), once the JSON no longer
    references them."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if MODEL_FILE.match(entry.name) and entry.name not in keep:
            try:
                os.unlink(entry.path)
            except OSError:
                continue


# ---------------------------------------------------------------------------------------------------- reading
class _Plain(Check):
    """A form value: true/false, a finite number, a short text, null, or a short list of those (audio's
    noise labels)."""

    def fits(self, value, depth: int = 0) -> bool:
        if value is None or isinstance(value, bool):
            return True
        if isinstance(value, int):
            return abs(value) <= 2**63
        if isinstance(value, float):
            return math.isfinite(value)
        if isinstance(value, str):
            return len(value) <= 1000
        if isinstance(value, (list, tuple)) and depth == 0:
            return len(value) <= 1000 and all(self.fits(entry, 1) for entry in value)
        return False

    def __call__(self, value, name):
        if not self.fits(value):
            raise SchemaError(
                message("'{name}' must be true or false, a number, a short text or a short list of them", name=name)
            )
        return value


PLAIN = _Plain()
VALUES = MapOf(Text(1, 100), PLAIN, MAX_SETTINGS)


class _Example(Check):
    """{"file": path} or, where the medium takes typed examples, {"text": what was typed}."""

    def __init__(self, typed: bool) -> None:
        self.typed = typed

    def __call__(self, value, name):
        kinds = ("file", "text") if self.typed else ("file",)
        if not isinstance(value, dict) or len(value) != 1 or next(iter(value)) not in kinds:
            if self.typed:
                raise SchemaError(message("'{name}' must be a file or a typed text", name=name))
            raise SchemaError(message("'{name}' must be a file", name=name))
        kind, entry = next(iter(value.items()))
        return kind, Text(1, MAX_PATH_LENGTH if kind == "file" else MAX_TYPED_LENGTH)(entry, f"{name}.{kind}")


def _medium_schema(medium) -> Record:
    example_class = Record(
        {"name": Text(1, 1000), "examples": ListOf(_Example(medium.typed), 0, MAX_EXAMPLES_PER_CLASS)},
        required=("name", "examples"),
    )
    return Record(
        {
            "classes": ListOf(example_class, 0, MAX_CLASSES),
            "settings": VALUES,
            "model": Maybe(Choice(*medium.models)),
            "preprocessing": VALUES,
            "model_file": Maybe(Text(1, 1000)),
        },
        required=("classes",),
    )


def project_schema() -> Record:
    return Record(
        {
            "format": Choice(FORMAT_NAME),
            "format_version": Whole(1, 2**31),
            "app_version": Text(0, 100),
            "saved": Text(0, 100),
            "source": Text(1, MAX_PATH_LENGTH),
            "media": Record({name: _medium_schema(medium) for name, medium in MEDIA.items()}, refuse_unknown=True,
                            max_items=len(MEDIA)),
        },
        required=("format", "format_version", "media"),
    )


def read_project(path: Path | str) -> Opened:
    """Read and check a project, load its models; example files that are gone are listed, not fatal."""
    path = Path(path).absolute()
    document = check_project_file(path)
    try:
        opened = Opened(tabs={}, source=Path(document["source"]) if "source" in document else None)
        for name, data in document["media"].items():
            opened.tabs[name] = _tab_state(path, name, data, opened)
    except SchemaError as reason:
        raise DataError(_damaged_project(path, reason)) from None
    return opened


def check_project_file(path: Path | str) -> dict:
    """The project's JSON, checked against the schema; quick (no model is loaded, no example looked for), so
    `mmstudio FILE` can refuse a bad file before the window opens."""
    path = Path(path).absolute()
    document = _read_document(path)
    try:
        version = Whole(1, 2**31)(document.get("format_version"), "format_version")
        if version > FORMAT_VERSION:
            raise DataError(message("'{name}' was saved by a newer version of mmstudio. Please update mmstudio.", name=path.name))
        media = document.get("media")
        unknown = [name for name in media if name not in MEDIA] if isinstance(media, dict) else []
        if unknown:
            raise DataError(
                message(
                    "'{name}' holds {medium} data, which this version of mmstudio does not know.",
                    name=path.name, medium=unknown[0],
                )
            )
        return project_schema()(document, "")
    except SchemaError as reason:
        raise DataError(_damaged_project(path, reason)) from None


def _damaged_project(path: Path, reason: SchemaError) -> Message:
    return message(  # the reason's Message (str(reason)), translated in its turn
        "'{name}' is not an mmstudio project, or it is damaged: {reason}.", name=path.name, reason=str(reason)
    )


def _read_document(path: Path) -> dict:
    try:
        with path.open("rb") as handle:
            if os.fstat(handle.fileno()).st_size > MAX_PROJECT_BYTES:
                raise DataError(_too_large_project(path))
            data = handle.read(MAX_PROJECT_BYTES + 1)
    except FileNotFoundError:
        raise DataError(message("The project file '{path}' does not exist.", path=path)) from None
    except OSError as error:
        raise DataError(
            message("The project file '{name}' could not be read: {reason}.", name=path.name, reason=os_reason(error))
        ) from None
    if len(data) > MAX_PROJECT_BYTES:
        raise DataError(_too_large_project(path))
    try:
        document = json.loads(data, parse_constant=lambda constant: None)
    except (ValueError, RecursionError):
        raise DataError(message("'{name}' is not an mmstudio project: it is not valid JSON.", name=path.name)) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise DataError(message("'{name}' is not an mmstudio project.", name=path.name))
    return document


def _too_large_project(path: Path) -> Message:
    return message("'{name}' is too large to be an mmstudio project.", name=path.name)


def _tab_state(path: Path, medium: str, data: dict, opened: Opened) -> TabState:
    classes: dict[str, list[Item]] = {}
    for index, entry in enumerate(data["classes"]):
        if entry["name"].strip() != entry["name"] or entry["name"] in classes:
            raise SchemaError(
                message("'{name}' is empty, padded, or there twice", name=f"media.{medium}.classes[{index}].name")
            )
        classes[entry["name"]] = []
        for kind, value in entry["examples"]:
            if kind == "text":
                classes[entry["name"]].append(value)
                continue
            file = Path(value) if Path(value).is_absolute() else path.parent / value
            if file.is_file():
                classes[entry["name"]].append(file)
            else:
                opened.missing.setdefault(medium, []).append(file)
    state = TabState(classes, data.get("settings", {}), data.get("model"), data.get("preprocessing", {}))
    if data.get("model_file"):
        state.bundle = _model(path, medium, data["model_file"], opened)
    return state


def _model(path: Path, medium: str, name: str, opened: Opened):
    """The medium's model, or None with a plain problem noted when its file is gone or damaged."""
    from mmstudio.core.checkpoint import load_bundle  # torch: only when a project has a model

    relative = PurePosixPath(name)
    if relative.is_absolute() or ".." in relative.parts or "\\" in name or relative.suffix != ".mmstudio":
        raise SchemaError(
            message("'{name}' must name a model file inside the project's folder", name=f"media.{medium}.model_file")
        )
    try:
        return load_bundle(path.parent / relative, modality=medium)
    except MMStudioError as error:
        opened.problems.setdefault(medium, []).append(message("{reason} The examples and settings were kept.", reason=str(error)))
        return None
