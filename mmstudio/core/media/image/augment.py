"""Random, label-preserving changes to training images so a small data set goes further."""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F


def augment_images(batch: torch.Tensor, generator: torch.Generator | None = None) -> torch.Tensor:
    """Shifts of up to 10 %, rotations of up to 10 degrees and brightness of +-20 %.

    No mirroring: a mirrored digit, letter or arrow is no longer what its class says, and augmentation is on by
    default, so only changes that keep every kind of picture in its class are made. Works on a float batch
    (N, C, H, W) in [0, 1]; one affine warp per batch keeps it cheap.
    """
    n = batch.shape[0]
    if n == 0:
        return batch

    def uniform(low: float, high: float) -> torch.Tensor:
        return torch.rand(n, generator=generator).mul_(high - low).add_(low)

    angle = uniform(-10.0, 10.0) * (math.pi / 180.0)
    cos, sin = torch.cos(angle), torch.sin(angle)
    theta = torch.zeros(n, 2, 3)
    theta[:, 0, 0] = cos
    theta[:, 0, 1] = -sin
    theta[:, 1, 0] = sin
    theta[:, 1, 1] = cos
    theta[:, 0, 2] = uniform(-0.2, 0.2)  # grid units: 2 = full width, so 0.2 = 10 %
    theta[:, 1, 2] = uniform(-0.2, 0.2)
    theta = theta.to(batch.device)
    grid = F.affine_grid(theta, list(batch.shape), align_corners=False)
    # pad with the border colour so shifted-in areas look like background, not black bars
    warped = F.grid_sample(batch, grid, mode="bilinear", padding_mode="border", align_corners=False)
    brightness = uniform(0.8, 1.2).to(batch.device).view(n, 1, 1, 1)
    return warped.mul_(brightness).clamp_(0.0, 1.0)
