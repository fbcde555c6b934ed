"""What differs between media on the command line: extra options, preprocessing, how DATA is read.

Each medium's `DataKind` lives in a module here named by its registered `Medium.cli`; `kind_of` finds it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mmstudio.core.errors import DataError
from mmstudio.core.examples import Item
from mmstudio.core.media import MEDIA, get_medium, resolve
from mmstudio.core.media.modality import Modality

Labelled = list[tuple[Item, str]]
Loaded = tuple[Labelled, list[str], list[str]]  # (labelled examples, class names, warnings)


def positive_int(text: str) -> int:
    number = int(text)
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def _no_options(parser: argparse.ArgumentParser) -> None:
    """Most kinds of data need no `train` options beyond the shared ones."""


def _no_preprocessing(options: argparse.Namespace) -> dict:
    return {}


def _no_config(options: argparse.Namespace, modality: Modality) -> dict:
    return {}


def _load_class_folders(data: Path, options: argparse.Namespace, modality: Modality) -> Loaded:
    from mmstudio.core.pipeline import labelled_from_folder

    return labelled_from_folder(data, modality)


@dataclass(frozen=True)
class DataKind:
    """How the command line treats one modality: what DATA is, its own `train` options, how DATA is read."""

    data_help: str = "a folder with one sub-folder of examples per class"
    add_options: Callable[[argparse.ArgumentParser], None] = _no_options  # `train` only
    # how DATA is read (table columns): offered by `train` and by `evaluate`, whose model decides the kind
    add_data_options: Callable[[argparse.ArgumentParser], None] = _no_options
    data_options: tuple[str, ...] = ()  # the `dest` of each data option, refused by `evaluate` for other kinds
    preprocessing: Callable[[argparse.Namespace], dict] = _no_preprocessing  # only what the user chose
    model_config: Callable[[argparse.Namespace, Modality], dict] = _no_config  # only what the user chose
    load: Callable[[Path, argparse.Namespace, Modality], Loaded] = _load_class_folders


def bidirectional_config(options: argparse.Namespace, modality: Modality) -> dict:
    """`--bidirectional`, which only the recurrent models (`ModelSpec.sequential`) take."""
    if not options.bidirectional:
        return {}
    recurrent = [name for name, spec in modality.models.items() if spec.sequential]
    if options.model not in recurrent:
        raise DataError(
            f"--bidirectional is for the recurrent models ({', '.join(recurrent)}), not for '{options.model}'."
        )
    return {"bidirectional": True}


def kind_of(medium: str) -> DataKind:
    return resolve(get_medium(medium).cli)


def all_kinds() -> dict[str, DataKind]:
    """Every registered medium's DataKind, in registry order."""
    return {name: kind_of(name) for name in MEDIA}
