"""Images: pictures in any common format, read as small square arrays of pixels, grey or colour.

Files: modality.py (reading, encoding), models.py (the seed CNN, the autoencoder), augment.py (shifts, turns, brightness),
samples.py (the drawn shapes sample).
"""

from __future__ import annotations

from mmstudio.core.media.base import Medium, ModelSpec
from mmstudio.core.media.encoders import HEAD_CONFIG, HEAD_CONFIG_SCHEMA, encoder_schema
from mmstudio.core.messages import message
from mmstudio.core.resources import sample_path
from mmstudio.core.schema import Choice, Number, Record, Whole

IMAGE_SIZES = (28, 32, 48, 64, 96, 128)
MAX_IMAGE_SIZE = 1024  # the largest the command line offers

# What a model file may declare (see core/media/base.py).
PREPROCESSING_SCHEMA = Record(
    {"size": Whole(8, MAX_IMAGE_SIZE), "channels": Choice(1, 3)}, required=("size", "channels"), refuse_unknown=True
)
AUTOENCODER_CONFIG_SCHEMA = Record(
    {"code_size": Whole(1, 4096), "reconstruction_weight": Number(0, 1000)}, refuse_unknown=True
)
# How to get the pretrained model's weights without internet, the command line's way (pretrained.py says it with
# its errors); the window, which imports no torch at launch, reads it here and says its own way instead.
MOBILENET_HOW_TO_GET = message(
    "Train a MobileNetV3 image model once on a computer with internet access (the weights download by themselves), "
    "or train one with --weights FILE, FILE being mobilenet_v3_small-047dcff4.pth from torchvision."
)
IMAGE_EXTENSIONS = frozenset({".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp", ".tif", ".tiff"})

MODELS = {
    spec.name: spec
    for spec in (
        ModelSpec(
            name="cnn",
            title="Convolutional network",
            description=(
                "Two convolution and pooling stages, then a dense layer: the classic small image classifier. "
                "Fast and accurate on simple pictures."
            ),
            builder="mmstudio.core.media.image.models:SeedCNN",
            preprocessing={"size": 28, "channels": 1},
        ),
        ModelSpec(
            name="autoencoder",
            title="Autoencoder + classifier",
            description=(
                "Learns to redraw each picture from a small code and classifies from that code. "
                "Shows the reconstruction and flags inputs that look unlike anything it was trained on."
            ),
            builder="mmstudio.core.media.image.models:AutoencoderClassifier",
            preprocessing={"size": 28, "channels": 1},
            config={"code_size": 32, "reconstruction_weight": 1.0},
            config_schema=AUTOENCODER_CONFIG_SCHEMA,
        ),
        ModelSpec(
            name="mobilenet",
            title="Pretrained MobileNetV3 (features)",
            description=(
                "A network already trained on a million photos (ImageNet) describes each picture; only a small "
                "decision layer learns your classes. Best on photos and with few examples. Its weights (10 MB) "
                "download once; each picture costs about 10 ms on a laptop."
            ),
            builder="mmstudio.core.media.image.pretrained:MobileNetHead",
            preprocessing={"size": 224, "channels": 3, "encoder": "mobilenet_v3_small"},
            config=dict(HEAD_CONFIG),
            config_schema=HEAD_CONFIG_SCHEMA,
            modality="mmstudio.core.media.image.pretrained:MobileNetModality",
            preprocessing_schema=encoder_schema(PREPROCESSING_SCHEMA, "mobilenet_v3_small"),
        ),
    )
}


def _samples() -> dict:
    shapes = sample_path("shapes")
    return {"Shapes (circles, squares, stars, triangles)": shapes} if shapes else {}


MEDIUM = Medium(
    name="image",
    title="Image",
    description="Teach the computer to recognise pictures.",
    extensions=IMAGE_EXTENSIONS,
    models=MODELS,
    default_model="cnn",
    modality="mmstudio.core.media.image.modality:ImageModality",
    tab="mmstudio.gui.tabs.image_tab:ImageTab",
    cli="mmstudio.cli.kinds.image:IMAGE",
    samples=_samples,
    preprocessing_schema=PREPROCESSING_SCHEMA,
)
