"""Variable-length sequences (a text's token numbers, a sound's spectrogram frames), batched padded.

Every example's steps are kept end to end in one tensor. A batch is padded with zeros only to its own longest
example and comes with the true lengths, so recurrent models can pack it and padding costs no time. A medium
may add its own augmentation of a padded batch (`augment_padded`): text hides words, sound masks frames.
"""

from __future__ import annotations

import torch


class SequenceData:
    """Same interface as TensorData; `batch` returns `((padded, lengths), labels)`.

    `steps` is (total,) for token numbers or (total, features) for vectors; `lengths` (N,) are each at least 1.
    """

    def __init__(self, steps: torch.Tensor, lengths: torch.Tensor, labels: torch.Tensor) -> None:
        self.steps = steps
        self.lengths = lengths
        self.labels = labels
        self.offsets = torch.cumsum(lengths, 0) - lengths if len(lengths) else lengths

    @classmethod
    def from_sequences(cls, sequences: list, labels: list[int], **options):
        """From a list of per-example tensors (or lists of ints); extra options go to the subclass."""
        parts = [torch.as_tensor(sequence) for sequence in sequences]
        if parts:
            steps = torch.cat(parts)
        else:
            steps = torch.zeros((0,), dtype=torch.long)
        lengths = torch.tensor([len(part) for part in parts], dtype=torch.long)
        return cls(steps, lengths, torch.as_tensor(labels, dtype=torch.long), **options)

    def _options(self) -> dict:
        """Keyword arguments a subset is made with (a subclass's own settings)."""
        return {}

    def __len__(self) -> int:
        return len(self.labels)

    @property
    def inputs(self):
        """Every example padded to the longest (for inspection; training batches use `batch`)."""
        return self._gather(torch.arange(len(self)))

    def _gather(self, indices: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        lengths = self.lengths[indices]
        width = int(lengths.max()) if len(lengths) else 1
        feature_shape = tuple(self.steps.shape[1:])
        if len(self.steps) == 0:
            return torch.zeros((len(lengths), width, *feature_shape), dtype=self.steps.dtype), lengths
        steps = torch.arange(width)
        mask = steps.unsqueeze(0) < lengths.unsqueeze(1)
        positions = (self.offsets[indices].unsqueeze(1) + steps).clamp_(max=len(self.steps) - 1)
        gathered = self.steps[positions]
        if feature_shape:
            gathered = gathered * mask.view(*mask.shape, *([1] * len(feature_shape))).to(gathered.dtype)
        else:
            gathered = torch.where(mask, gathered, torch.zeros_like(gathered))
        return gathered, lengths

    def subset(self, indices):
        indices = torch.as_tensor(indices, dtype=torch.long)
        padded, lengths = self._gather(indices)
        mask = torch.arange(padded.shape[1]).unsqueeze(0) < lengths.unsqueeze(1)
        return type(self)(padded[mask], lengths.clone(), self.labels[indices], **self._options())

    def augment_padded(self, padded: torch.Tensor, lengths: torch.Tensor, generator) -> torch.Tensor:
        """A medium's random, label-preserving change to a padded training batch; none by default."""
        return padded

    def batch(self, indices, augment: bool = False, generator: torch.Generator | None = None):
        indices = torch.as_tensor(indices, dtype=torch.long)
        padded, lengths = self._gather(indices)
        if augment and padded.numel():
            padded = self.augment_padded(padded, lengths, generator)
        return (padded, lengths), self.labels[indices]
