"""The command line for sound: the sample rate, the clip length, the mel bands, and reading both directions."""

from __future__ import annotations

import argparse
from pathlib import Path

from mmstudio.cli.kinds import DataKind, Loaded, bidirectional_config
from mmstudio.core.media.audio import MODELS, SAMPLE_RATES, noise_labels
from mmstudio.core.media.modality import Modality

_DEFAULTS = MODELS["cnn"].preprocessing


def _sample_rate(text: str) -> int:
    rate = int(text)
    if rate not in SAMPLE_RATES:
        raise argparse.ArgumentTypeError(f"choose one of {', '.join(map(str, SAMPLE_RATES))}")
    return rate


def _clip_seconds(text: str) -> float:
    seconds = float(text)
    if not 0.25 <= seconds <= 10:
        raise argparse.ArgumentTypeError("choose a clip length between 0.25 and 10 seconds")
    return seconds


def _mels(text: str) -> int:
    bands = int(text)
    if not 8 <= bands <= 128:
        raise argparse.ArgumentTypeError("choose between 8 and 128 mel bands")
    return bands


def _add_audio_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--sample-rate",
        type=_sample_rate,
        metavar="HZ",
        help=f"sound is resampled to HZ samples a second (default: {_DEFAULTS['sample_rate']})",
    )
    parser.add_argument(
        "--clip-seconds",
        type=_clip_seconds,
        metavar="S",
        help=f"the model hears S seconds at a time; longer files are windowed when predicting (default: {_DEFAULTS['clip_seconds']:g})",
    )
    parser.add_argument(
        "--mels", type=_mels, metavar="N", help=f"mel bands of the spectrogram (default: {_DEFAULTS['mels']})"
    )
    parser.add_argument(
        "--bidirectional", action="store_true", help="recurrent models also listen to each clip backwards (slower)"
    )


def _audio_preprocessing(options: argparse.Namespace) -> dict:
    chosen = {"sample_rate": options.sample_rate, "clip_seconds": options.clip_seconds, "mels": options.mels}
    chosen = {key: value for key, value in chosen.items() if value is not None}
    # set by _load_class_folders, which runs first and is where the class names are known
    return {**chosen, "noise_labels": getattr(options, "noise_labels", [])}


def _load_class_folders(data: Path, options: argparse.Namespace, modality: Modality) -> Loaded:
    """Class folders, as for every medium; background-noise classes are remembered for augmentation."""
    from mmstudio.core.pipeline import labelled_from_folder

    labelled, classes, warnings = labelled_from_folder(data, modality)
    options.noise_labels = noise_labels(classes)
    return labelled, classes, warnings


AUDIO = DataKind(
    data_help=(
        "a folder with one sub-folder of sound files (.wav, .flac, .ogg, .opus, .mp3) per class; a class named "
        "like 'background' or 'noise' is mixed into the others with --augment"
    ),
    add_options=_add_audio_options,
    preprocessing=_audio_preprocessing,
    model_config=bidirectional_config,
    load=_load_class_folders,
)
