"""The command line for text: table columns, the longest text, and reading both directions."""

from __future__ import annotations

import argparse
from pathlib import Path

from mmstudio.cli.kinds import DataKind, Loaded, bidirectional_config, positive_int
from mmstudio.core.media.modality import Modality
from mmstudio.core.media.text import DEFAULT_MAX_LENGTH


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


def _load_text_source(data: Path, options: argparse.Namespace, modality: Modality) -> Loaded:
    from mmstudio.core.media.text.modality import labelled_from_text_source

    return labelled_from_text_source(data, options.text_column, options.label_column)


TEXT = DataKind(
    data_help=(
        "a table (.csv, .tsv, .jsonl) with a text and a label column, "
        "or a folder with one sub-folder of .txt/.md files per class"
    ),
    add_options=_add_text_options,
    add_data_options=_add_text_data_options,
    data_options=("text_column", "label_column"),
    preprocessing=_text_preprocessing,
    model_config=bidirectional_config,
    load=_load_text_source,
)
