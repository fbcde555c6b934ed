"""torchvision's MobileNetV3 (small), written out layer by layer with the same weight names, so torchvision's
published ImageNet weights load into it as they are.

Why not import torchvision: the torchvision 0.28.0 wheel on PyPI is built against CUDA torch and does not import
with the CPU build of torch 2.13.0 that mmstudio installs ("operator torchvision::nms does not exist"); its CPU
build lives only on PyTorch's own package index. This network is checked against torchvision's own, output for
output, in tests/core/test_pretrained.py wherever torchvision imports.
"""

from __future__ import annotations

import torch
from torch import nn

# (in, kernel, expanded, out, squeeze-excite, hard-swish, stride): torchvision's _mobilenet_v3_conf("mobilenet_v3_small")
BLOCKS = (
    (16, 3, 16, 16, True, False, 2),
    (16, 3, 72, 24, False, False, 2),
    (24, 3, 88, 24, False, False, 1),
    (24, 5, 96, 40, True, True, 2),
    (40, 5, 240, 40, True, True, 1),
    (40, 5, 240, 40, True, True, 1),
    (40, 5, 120, 48, True, True, 1),
    (48, 5, 144, 48, True, True, 1),
    (48, 5, 288, 96, True, True, 2),
    (96, 5, 576, 96, True, True, 1),
    (96, 5, 576, 96, True, True, 1),
)
FEATURES = 576


def _divisible(value: float, divisor: int = 8) -> int:
    rounded = max(divisor, int(value + divisor / 2) // divisor * divisor)
    return rounded + divisor if rounded < 0.9 * value else rounded


def _conv(inputs: int, outputs: int, kernel: int, stride: int = 1, groups: int = 1, activation=None) -> nn.Sequential:
    """Convolution, batch norm, activation: torchvision's Conv2dNormActivation."""
    layers = [
        nn.Conv2d(inputs, outputs, kernel, stride, (kernel - 1) // 2, groups=groups, bias=False),
        nn.BatchNorm2d(outputs, eps=0.001, momentum=0.01),
    ]
    if activation is not None:
        layers.append(activation())
    return nn.Sequential(*layers)


class SqueezeExcitation(nn.Module):
    def __init__(self, channels: int) -> None:
        super().__init__()
        squeezed = _divisible(channels // 4)
        self.avgpool = nn.AdaptiveAvgPool2d(1)
        self.fc1 = nn.Conv2d(channels, squeezed, 1)
        self.fc2 = nn.Conv2d(squeezed, channels, 1)

    def forward(self, inputs: torch.Tensor) -> torch.Tensor:
        scale = nn.functional.hardsigmoid(self.fc2(torch.relu(self.fc1(self.avgpool(inputs)))))
        return inputs * scale


class InvertedResidual(nn.Module):
    def __init__(self, inputs, kernel, expanded, outputs, squeeze, hard_swish, stride) -> None:
        super().__init__()
        activation = nn.Hardswish if hard_swish else nn.ReLU
        layers = [] if expanded == inputs else [_conv(inputs, expanded, 1, activation=activation)]
        layers.append(_conv(expanded, expanded, kernel, stride, groups=expanded, activation=activation))
        if squeeze:
            layers.append(SqueezeExcitation(expanded))
        layers.append(_conv(expanded, outputs, 1))
        self.block = nn.Sequential(*layers)
        self.residual = stride == 1 and inputs == outputs

    def forward(self, inputs: torch.Tensor) -> torch.Tensor:
        result = self.block(inputs)
        return result + inputs if self.residual else result


class MobileNetV3Small(nn.Module):
    """Pictures (N, 3, H, W), normalised as ImageNet's, to class scores; `features` and `avgpool` give the 576
    numbers the pretrained encoder uses. The classifier is kept so the published weights load strictly."""

    def __init__(self, num_classes: int = 1000) -> None:
        super().__init__()
        self.features = nn.Sequential(
            _conv(3, 16, 3, 2, activation=nn.Hardswish),
            *(InvertedResidual(*block) for block in BLOCKS),
            _conv(96, FEATURES, 1, activation=nn.Hardswish),
        )
        self.avgpool = nn.AdaptiveAvgPool2d(1)
        self.classifier = nn.Sequential(
            nn.Linear(FEATURES, 1024), nn.Hardswish(), nn.Dropout(0.2), nn.Linear(1024, num_classes)
        )

    def forward(self, inputs: torch.Tensor) -> torch.Tensor:
        return self.classifier(torch.flatten(self.avgpool(self.features(inputs)), 1))
