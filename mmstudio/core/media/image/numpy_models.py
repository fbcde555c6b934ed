"""The two image networks of models.py again, in numpy, to predict one picture without torch: `import torch` alone
takes longer than a whole `mmstudio predict` may (docs/PERFORMANCE.md, "Start-up").

Each class takes the state_dict the torch network saves (same names, same shapes: `shapes` says which, computed
without building anything) and gives the same scores to within float rounding; tests/core/test_numpy_models.py
holds both to the torch networks. One picture at a time: (channels, size, size) float32 in [0, 1].
"""

from __future__ import annotations

import numpy as np


def conv2d(pixels: np.ndarray, weight: np.ndarray, bias: np.ndarray, padding: int = 0) -> np.ndarray:
    """torch's Conv2d, stride 1: one matrix product per kernel position, so no unfolded copy 9 times the input."""
    if padding:
        pixels = np.pad(pixels, ((0, 0), (padding, padding), (padding, padding)))
    out_channels, in_channels, kernel, _ = weight.shape
    height, width = pixels.shape[1] - kernel + 1, pixels.shape[2] - kernel + 1
    out = np.repeat(bias[:, None], height * width, axis=1)
    for i in range(kernel):
        for j in range(kernel):
            out += weight[:, :, i, j] @ pixels[:, i : i + height, j : j + width].reshape(in_channels, -1)
    return out.reshape(out_channels, height, width)


def up_conv2d(pixels: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """torch's ConvTranspose2d with a 2x2 kernel and stride 2: each pixel becomes a 2x2 block."""
    height, width = pixels.shape[1:]
    blocks = np.tensordot(weight, pixels, axes=([0], [0]))  # (out, 2, 2, height, width)
    out = blocks.transpose(0, 3, 1, 4, 2).reshape(weight.shape[1], 2 * height, 2 * width)
    return out + bias[:, None, None]


def max_pool2(pixels: np.ndarray) -> np.ndarray:
    """torch's MaxPool2d(2): an odd last row or column is dropped."""
    channels, height, width = pixels.shape
    even = pixels[:, : height // 2 * 2, : width // 2 * 2]
    return even.reshape(channels, height // 2, 2, width // 2, 2).max(axis=(2, 4))


def relu(values: np.ndarray) -> np.ndarray:
    return np.maximum(values, 0)


def sigmoid(values: np.ndarray) -> np.ndarray:
    """Written with tanh, which cannot overflow as exp(-x) does for very negative x."""
    return 0.5 + 0.5 * np.tanh(0.5 * values)


class SeedCNN:
    """models.SeedCNN: conv 3x3 relu, max-pool, conv 3x3 relu, max-pool, flatten, dense relu, dense."""

    @staticmethod
    def shapes(classes: int, preprocessing: dict) -> dict[str, list[int]]:
        size, channels = preprocessing["size"], preprocessing["channels"]
        side = ((size - 2) // 2 - 2) // 2
        if side < 1:
            raise ValueError(f"Images of {size}px are too small for this network.")
        return {
            "features.0.weight": [32, channels, 3, 3],
            "features.0.bias": [32],
            "features.3.weight": [64, 32, 3, 3],
            "features.3.bias": [64],
            "classifier.0.weight": [64, 64 * side * side],
            "classifier.0.bias": [64],
            "classifier.2.weight": [classes, 64],
            "classifier.2.bias": [classes],
        }

    def __init__(self, weights: dict[str, np.ndarray]) -> None:
        self.w = weights

    def __call__(self, pixels: np.ndarray) -> np.ndarray:
        """The class scores (logits)."""
        w = self.w
        grid = max_pool2(relu(conv2d(pixels, w["features.0.weight"], w["features.0.bias"])))
        grid = max_pool2(relu(conv2d(grid, w["features.3.weight"], w["features.3.bias"])))
        hidden = relu(w["classifier.0.weight"] @ grid.reshape(-1) + w["classifier.0.bias"])
        return w["classifier.2.weight"] @ hidden + w["classifier.2.bias"]


class AutoencoderClassifier:
    """models.AutoencoderClassifier: padded convs and max-pools to a code, a head on the code (the scores) and a
    decoder from it (the picture again)."""

    @staticmethod
    def shapes(classes: int, preprocessing: dict, code_size: int, **training) -> dict[str, list[int]]:
        """`training` (reconstruction_weight) changes how it learns, not its shapes."""
        size, channels = preprocessing["size"], preprocessing["channels"]
        if size % 4:
            raise ValueError("The autoencoder needs an image size divisible by 4.")
        grid = 32 * (size // 4) ** 2
        return {
            "encoder.0.weight": [16, channels, 3, 3],
            "encoder.0.bias": [16],
            "encoder.3.weight": [32, 16, 3, 3],
            "encoder.3.bias": [32],
            "encoder.7.weight": [code_size, grid],
            "encoder.7.bias": [code_size],
            "decoder_input.weight": [grid, code_size],
            "decoder_input.bias": [grid],
            "decoder.0.weight": [32, 16, 2, 2],
            "decoder.0.bias": [16],
            "decoder.2.weight": [16, channels, 2, 2],
            "decoder.2.bias": [channels],
            "head.1.weight": [64, code_size],
            "head.1.bias": [64],
            "head.3.weight": [classes, 64],
            "head.3.bias": [classes],
        }

    def __init__(self, weights: dict[str, np.ndarray]) -> None:
        self.w = weights

    def encode(self, pixels: np.ndarray) -> np.ndarray:
        w = self.w
        grid = max_pool2(relu(conv2d(pixels, w["encoder.0.weight"], w["encoder.0.bias"], padding=1)))
        grid = max_pool2(relu(conv2d(grid, w["encoder.3.weight"], w["encoder.3.bias"], padding=1)))
        return w["encoder.7.weight"] @ grid.reshape(-1) + w["encoder.7.bias"]

    def __call__(self, pixels: np.ndarray) -> np.ndarray:
        """The class scores (logits)."""
        w = self.w
        hidden = relu(w["head.1.weight"] @ relu(self.encode(pixels)) + w["head.1.bias"])
        return w["head.3.weight"] @ hidden + w["head.3.bias"]

    def reconstruct(self, pixels: np.ndarray) -> np.ndarray:
        """The picture redrawn from its code, values in [0, 1]."""
        w = self.w
        side = pixels.shape[1] // 4
        grid = (w["decoder_input.weight"] @ self.encode(pixels) + w["decoder_input.bias"]).reshape(32, side, side)
        grid = relu(up_conv2d(relu(grid), w["decoder.0.weight"], w["decoder.0.bias"]))
        return sigmoid(up_conv2d(grid, w["decoder.2.weight"], w["decoder.2.bias"]))
