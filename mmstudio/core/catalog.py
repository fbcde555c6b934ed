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

_TEXT_PREPROCESSING = {"max_length": 200, "min_count": 1, "max_vocab": 20000, "cjk_ngrams": 2}
_RECURRENT = {"embedding": 64, "hidden": 64, "layers": 1, "dropout": 0.2, "bidirectional": False}

TEXT_MODELS: dict[str, ModelSpec] = {
    spec.name: spec
    for spec in (
        ModelSpec(
            name="bow",
            title="Bag of words and word pairs",
            description=(
                "Averages what each word and each pair of neighbouring words means, then decides. "
                "Ignores longer word order; trains in seconds and is hard to beat on short texts."
            ),
            preprocessing=dict(_TEXT_PREPROCESSING),
            config={"embedding": 64, "dropout": 0.2, "bigram_buckets": 0},
        ),
        ModelSpec(
            name="rnn",
            title="Recurrent network",
            description=(
                "Reads the text word by word and keeps a running memory, then decides from what it remembers "
                "at the end. The classic simple (Elman) recurrent network."
            ),
            preprocessing=dict(_TEXT_PREPROCESSING),
            config=dict(_RECURRENT),
        ),
        ModelSpec(
            name="lstm",
            title="LSTM network",
            description=(
                "A recurrent network with gates that decide what to remember and what to forget, "
                "so words from early in a long text still count."
            ),
            preprocessing=dict(_TEXT_PREPROCESSING),
            config={**_RECURRENT, "hidden": 128},
        ),
        ModelSpec(
            name="rrnn",
            title="Stacked recurrent network",
            description=(
                "Two simple recurrent layers, the second reading what the first wrote: "
                "it can learn more complex patterns, but needs more examples and time."
            ),
            preprocessing=dict(_TEXT_PREPROCESSING),
            config={**_RECURRENT, "layers": 2},
        ),
    )
}

MODELS_BY_MODALITY: dict[str, dict[str, ModelSpec]] = {"image": IMAGE_MODELS, "text": TEXT_MODELS}

IMAGE_SIZES = (28, 32, 48, 64, 96, 128)
IMAGE_EXTENSIONS = frozenset({".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp", ".tif", ".tiff"})
TEXT_EXTENSIONS = frozenset({".txt", ".md"})
