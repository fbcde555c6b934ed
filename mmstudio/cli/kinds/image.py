"""The command line for images: the picture size and colour options."""

from __future__ import annotations

import argparse
from pathlib import Path

from mmstudio.cli.kinds import DataKind
from mmstudio.core.errors import DataError


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
    parser.add_argument(
        "--weights",
        type=Path,
        metavar="FILE",
        help="--model mobilenet (or auto): its pretrained weights from this .pth or .safetensors file, for a computer "
        "without internet (default: downloaded once from torchvision's address)",
    )


def _image_preprocessing(options: argparse.Namespace) -> dict:
    chosen = {"size": options.image_size, "channels": options.channels}
    chosen = {key: value for key, value in chosen.items() if value is not None}
    weights = getattr(options, "weights", None)  # a `train` option only
    if weights is None:
        return chosen
    if options.model not in ("mobilenet", "auto"):  # auto: the search gives them to mobilenet only
        raise DataError(f"--weights is for the pretrained model (mobilenet) or --model auto, not for '{options.model}'.")
    from mmstudio.core.media.image.pretrained import import_weights

    return {**chosen, "encoder_sha256": import_weights(weights)}


IMAGE = DataKind(
    data_help="a folder with one sub-folder of pictures per class",
    add_options=_add_image_options,
    preprocessing=_image_preprocessing,
)
