"""Image networks: the seed CNN and a convolutional autoencoder with a classifier head."""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from mmstudio.core.models.base import Classifier


def _channels_last(network: nn.Module) -> nn.Module:
    """The convolution weights (and so the pictures flowing between them) in oneDNN's own channels-last layout:
    a training step of the seed CNN on 28x28 digits takes about 20 % less time on the CPU (benchmarks/
    bench_train_process.py). Model files keep the usual layout; loading copies into this one."""
    return network.to(memory_format=torch.channels_last)


def _after_valid_conv_and_pool(size: int) -> int:
    """Side length after a 3x3 'valid' convolution and a 2x2 max-pool."""
    return (size - 2) // 2


class SeedCNN(Classifier):
    """conv 32 3x3 relu -> max-pool 2 -> conv 64 3x3 relu -> max-pool 2 -> dense 64 relu -> dense classes."""

    def __init__(self, num_classes: int, preprocessing: dict) -> None:
        super().__init__()
        size, channels = int(preprocessing["size"]), int(preprocessing["channels"])
        side = _after_valid_conv_and_pool(_after_valid_conv_and_pool(size))
        if side < 1:
            raise ValueError(f"Images of {size}px are too small for this network.")
        self.features = nn.Sequential(
            nn.Conv2d(channels, 32, 3),
            nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 3),
            nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Flatten(),
        )
        self.classifier = nn.Sequential(nn.Linear(64 * side * side, 64), nn.ReLU(), nn.Linear(64, num_classes))
        _channels_last(self)

    def forward(self, inputs: torch.Tensor) -> torch.Tensor:
        return self.classifier(self.features(inputs))


class AutoencoderClassifier(Classifier):
    """Encoder -> code -> (decoder: the picture again, head: class scores).

    Trained on cross-entropy plus `reconstruction_weight` x mean squared reconstruction error, so the code keeps
    what the picture looks like; a high reconstruction error later marks an unusual input.
    """

    def __init__(
        self, num_classes: int, preprocessing: dict, code_size: int = 32, reconstruction_weight: float = 1.0
    ) -> None:
        super().__init__()
        size, channels = int(preprocessing["size"]), int(preprocessing["channels"])
        if size % 4:
            raise ValueError("The autoencoder needs an image size divisible by 4.")
        self.reconstruction_weight = float(reconstruction_weight)
        self._grid = size // 4
        self.encoder = nn.Sequential(
            nn.Conv2d(channels, 16, 3, padding=1),
            nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Conv2d(16, 32, 3, padding=1),
            nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Flatten(),
            nn.Linear(32 * self._grid * self._grid, code_size),
        )
        self.decoder_input = nn.Linear(code_size, 32 * self._grid * self._grid)
        self.decoder = nn.Sequential(
            nn.ConvTranspose2d(32, 16, 2, stride=2),
            nn.ReLU(),
            nn.ConvTranspose2d(16, channels, 2, stride=2),
            nn.Sigmoid(),
        )
        self.head = nn.Sequential(nn.ReLU(), nn.Linear(code_size, 64), nn.ReLU(), nn.Linear(64, num_classes))
        _channels_last(self)

    def encode(self, inputs: torch.Tensor) -> torch.Tensor:
        return self.encoder(inputs)

    def decode(self, code: torch.Tensor) -> torch.Tensor:
        grid = self.decoder_input(code).view(-1, 32, self._grid, self._grid)
        return self.decoder(F.relu(grid))

    def forward(self, inputs: torch.Tensor) -> torch.Tensor:
        return self.head(self.encode(inputs))

    def reconstruct(self, inputs: torch.Tensor) -> torch.Tensor:
        return self.decode(self.encode(inputs))

    def training_loss(self, inputs, labels):
        code = self.encode(inputs)
        logits = self.head(code)
        reconstruction = F.mse_loss(self.decode(code), inputs)
        return F.cross_entropy(logits, labels) + self.reconstruction_weight * reconstruction, logits

    @torch.no_grad()
    def reconstruction_errors(self, inputs: torch.Tensor) -> torch.Tensor:
        """Mean squared error per example."""
        return (self.reconstruct(inputs) - inputs).pow(2).flatten(1).mean(1)
