"""Random, label-preserving changes to training sounds, made on their log-mel images so they cost microseconds.

In dB a change of loudness is a shift of every value, and two sounds heard together add their powers, so
gain, time shift and mixing in background noise are exact (up to the phases of the two sounds) without going
back to the samples. SpecAugment-style masks then hide a band range and a stretch of time.
"""

from __future__ import annotations

import math

import torch

GAIN_DB = 6.0  # louder or quieter by up to this much
SHIFT = 0.1  # moved earlier or later by up to this share of the clip
NOISE_CHANCE = 0.5  # share of examples that get a background-noise example mixed in
NOISE_DB = (-15.0, 0.0)  # the noise's loudness change before mixing
MASK = 0.15  # the widest band range and stretch of time hidden, as shares of the image
_DB_TO_LN = math.log(10.0) / 10.0  # dB -> natural log of power


def _uniform(n: int, low: float, high: float, generator) -> torch.Tensor:
    return torch.rand(n, generator=generator).mul_(high - low).add_(low)


def _mix(db: torch.Tensor, noise_db: torch.Tensor) -> torch.Tensor:
    """The dB image of two sounds heard together: their powers add."""
    return torch.logaddexp(db * _DB_TO_LN, noise_db * _DB_TO_LN) / _DB_TO_LN


def _shift(db: torch.Tensor, frames: torch.Tensor) -> torch.Tensor:
    """Each example moved by its number of frames; what moves in is that example's quietest level."""
    n, _, mels, width = db.shape
    source = torch.arange(width).unsqueeze(0) - frames.unsqueeze(1)  # (n, width)
    inside = (source >= 0) & (source < width)
    index = source.clamp(0, width - 1).view(n, 1, 1, width).expand(n, 1, mels, width)
    quietest = db.amin(dim=(2, 3), keepdim=True)
    return torch.where(inside.view(n, 1, 1, width), db.gather(3, index), quietest)


def vary_sounds(
    db: torch.Tensor, generator: torch.Generator | None, noise_db: torch.Tensor, floor_db: float
) -> torch.Tensor:
    """Background noise mixed into some examples, then a random gain and time shift for each.

    `db` is (N, 1, mels, frames) in dB; `noise_db` holds the background-noise examples (may be empty). The
    result is floored `floor_db` below each example's loudest point, as the features themselves are.
    """
    n = db.shape[0]
    if len(noise_db):
        picks = torch.randint(len(noise_db), (n,), generator=generator)
        level = _uniform(n, *NOISE_DB, generator).view(n, 1, 1, 1)
        mixed = torch.rand(n, generator=generator) < NOISE_CHANCE
        db = torch.where(mixed.view(n, 1, 1, 1), _mix(db, noise_db[picks] + level), db)
    db = db + _uniform(n, -GAIN_DB, GAIN_DB, generator).view(n, 1, 1, 1)
    most = round(SHIFT * db.shape[3])
    if most:
        db = _shift(db, torch.randint(-most, most + 1, (n,), generator=generator))
    return torch.maximum(db, db.amax(dim=(2, 3), keepdim=True) - floor_db)


def _spans(n: int, size: int, generator) -> torch.Tensor:
    """(n, size) True over one random stretch per example of up to MASK x size steps."""
    widths = torch.randint(0, max(1, round(MASK * size)) + 1, (n,), generator=generator)
    starts = (torch.rand(n, generator=generator) * (size - widths + 1)).long()
    steps = torch.arange(size).unsqueeze(0)
    return (steps >= starts.unsqueeze(1)) & (steps < (starts + widths).unsqueeze(1))


def mask_bands_and_frames(normalised: torch.Tensor, generator: torch.Generator | None) -> torch.Tensor:
    """One range of mel bands and one stretch of frames per example set to 0, the training split's mean."""
    n, _, mels, frames = normalised.shape
    hidden = _spans(n, mels, generator).view(n, 1, mels, 1) | _spans(n, frames, generator).view(n, 1, 1, frames)
    return normalised.masked_fill(hidden, 0.0)
