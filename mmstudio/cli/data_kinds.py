"""What differs between kinds of data on the command line: extra options, preprocessing, how DATA is read."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mmstudio.core.errors import DataError
from mmstudio.core.examples import Item
from mmstudio.core.modalities.base import Modality

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
    typed: bool = False  # examples can also be typed in (`predict --text`)


def _image_size(text: str) -> int:
    size = int(text)
    if not 8 <= size <= 1024:
        raise argparse.ArgumentTypeError("choose a size between 8 and 1024 pixels")
    return size


def _add_image_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--image-size", type=_image_size, metavar="PX", help="pictures are resized to PX x PX (default: the model's)"
    )
    parser.add_argument("--channels", type=int, choices=(1, 3), help="1 = grey, 3 = colour (default: the model's)")


def _image_preprocessing(options: argparse.Namespace) -> dict:
    chosen = {"size": options.image_size, "channels": options.channels}
    return {key: value for key, value in chosen.items() if value is not None}


def _column(text: str) -> str:
    """A column by name or 0-based number; the table reader resolves it (a column may be called '2')."""
    if not text.strip():
        raise argparse.ArgumentTypeError("give a column name or number")
    return text


def _add_text_data_options(parser) -> None:
    """A parser or an argument group."""
    for role in ("text", "label"):
        parser.add_argument(
            f"--{role}-column",
            type=_column,
            metavar="C",
            help=f"the table's column of {role}s: its name or its number, from 0 (default: guessed)",
        )


def _add_text_options(parser: argparse.ArgumentParser) -> None:
    from mmstudio.core.modalities.text import DEFAULT_MAX_LENGTH

    _add_text_data_options(parser)
    parser.add_argument(
        "--max-length",
        type=positive_int,
        metavar="N",
        help=f"read only the first N words (or characters, for Chinese) of each text (default: {DEFAULT_MAX_LENGTH})",
    )
    parser.add_argument(
        "--bidirectional", action="store_true", help="recurrent models also read each text backwards (slower)"
    )


def _text_preprocessing(options: argparse.Namespace) -> dict:
    return {} if options.max_length is None else {"max_length": options.max_length}


def _text_model_config(options: argparse.Namespace, modality: Modality) -> dict:
    if not options.bidirectional:
        return {}
    recurrent = [name for name, spec in modality.models.items() if "bidirectional" in spec.config]
    if options.model not in recurrent:
        raise DataError(
            f"--bidirectional is for the recurrent models ({', '.join(recurrent)}), not for '{options.model}'."
        )
    return {"bidirectional": True}


def _load_text_source(data: Path, options: argparse.Namespace, modality: Modality) -> Loaded:
    from mmstudio.core.modalities.text import labelled_from_text_source

    return labelled_from_text_source(data, options.text_column, options.label_column)


DATA_KINDS: dict[str, DataKind] = {
    "image": DataKind(
        data_help="a folder with one sub-folder of pictures per class",
        add_options=_add_image_options,
        preprocessing=_image_preprocessing,
    ),
    "text": DataKind(
        data_help=(
            "a table (.csv, .tsv, .jsonl) with a text and a label column, "
            "or a folder with one sub-folder of .txt/.md files per class"
        ),
        add_options=_add_text_options,
        add_data_options=_add_text_data_options,
        data_options=("text_column", "label_column"),
        preprocessing=_text_preprocessing,
        model_config=_text_model_config,
        load=_load_text_source,
        typed=True,
    ),
}


def kind_of(modality: str) -> DataKind:
    return DATA_KINDS.get(modality, DataKind())
