"""What each modality offers, importable without torch so the window can show its choices at once."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ModelSpec:
    """One model family a user can pick: its CLI name, a plain title and what it is good for."""

    name: str
    title: str
    description: str
    preprocessing: dict = field(default_factory=dict)
    config: dict = field(default_factory=dict)


@dataclass
class TrainSettings:
    """The knobs of one training run; defaults are safe for a first try on a laptop CPU."""

    epochs: int = 20
    batch_size: int = 16
    learning_rate: float = 1e-3
    val_split: float = 0.2
    seed: int = 0
    augment: bool = False
    device: str = "auto"

    def validate(self) -> None:
        from mmstudio.core.errors import DataError

        if self.epochs < 1:
            raise DataError("The number of epochs must be at least 1.")
        if self.batch_size < 1:
            raise DataError("The batch size must be at least 1.")
        if not 0 < self.learning_rate < 10:
            raise DataError("The learning rate must be a small positive number, such as 0.001.")
        if not 0.05 <= self.val_split <= 0.5:
            raise DataError("The validation share must be between 0.05 and 0.5.")


IMAGE_MODELS: dict[str, ModelSpec] = {
    spec.name: spec
    for spec in (
        ModelSpec(
            name="cnn",
            title="Convolutional network",
            description=(
                "Two convolution and pooling stages, then a dense layer: the classic small image classifier. "
                "Fast and accurate on simple pictures."
            ),
            preprocessing={"size": 28, "channels": 1},
        ),
        ModelSpec(
            name="autoencoder",
            title="Autoencoder + classifier",
            description=(
                "Learns to redraw each picture from a small code and classifies from that code. "
                "Shows the reconstruction and flags inputs that look unlike anything it was trained on."
            ),
            preprocessing={"size": 28, "channels": 1},
            config={"code_size": 32, "reconstruction_weight": 1.0},
        ),
    )
}

MODELS_BY_MODALITY: dict[str, dict[str, ModelSpec]] = {"image": IMAGE_MODELS}

IMAGE_SIZES = (28, 32, 48, 64, 96, 128)
IMAGE_EXTENSIONS = frozenset({".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp", ".tif", ".tiff"})
