"""The one contract the trainer relies on: a module that maps inputs to class scores and says its loss."""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn


class Classifier(nn.Module):
    """forward(inputs) -> logits; `training_loss` may add terms (the autoencoder adds reconstruction)."""

    def training_loss(self, inputs, labels: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """(loss, logits) for one batch: sparse categorical cross-entropy, as in the seed design."""
        logits = self(inputs)
        return F.cross_entropy(logits, labels), logits
