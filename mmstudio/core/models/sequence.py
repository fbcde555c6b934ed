"""Recurrent classifiers shared by every medium that reads a sequence: Elman RNN, LSTM, GRU, stacked.

A network reads `(padded, lengths)` from `SequenceData`. A medium's subclass supplies the front end that turns
each step into a vector (`front`): a token embedding for text, the spectrogram frame itself for sound, and picks
the cell (`cell`: "rnn" is the seed's Elman network, "lstm", "gru") and the fewest layers (`min_layers`). The batch
is packed (`pack_padded_sequence(..., enforce_sorted=False)`), so padding costs no time and does not change the
result. The summary of a sequence is the last hidden state of the top layer (both directions when bidirectional).
"""

from __future__ import annotations

import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

from mmstudio.core.models.base import Classifier

CELLS = {"rnn": nn.RNN, "lstm": nn.LSTM, "gru": nn.GRU}
# How a sequence is summed up: the top layer's last hidden state (what it remembers at the end), or the largest
# value each hidden unit took at any step (what it noticed anywhere: a word in a clip with silence after it).
POOLS = ("last", "max")


class RecurrentClassifier(Classifier):
    """front end -> dropout -> recurrent layers (packed) -> last hidden state(s) -> dropout -> dense classes."""

    cell = "rnn"
    min_layers = 1

    def __init__(
        self,
        num_classes: int,
        input_size: int,
        hidden: int = 64,
        layers: int = 1,
        dropout: float = 0.2,
        bidirectional: bool = False,
        pool: str = "last",
    ) -> None:
        super().__init__()
        if pool not in POOLS:
            raise ValueError(f"A recurrent network sums a sequence up as one of {', '.join(POOLS)}, not '{pool}'.")
        self.pool = pool
        layers = int(layers)
        if layers < self.min_layers:
            raise ValueError(f"This network needs at least {self.min_layers} recurrent layers.")
        if int(input_size) < 1 or int(hidden) < 1:
            raise ValueError("The embedding and hidden sizes must be at least 1.")
        if not 0.0 <= float(dropout) < 1.0:
            raise ValueError("Dropout must be between 0 and 1.")
        self.rnn = CELLS[self.cell](
            int(input_size),
            int(hidden),
            num_layers=layers,
            batch_first=True,
            dropout=float(dropout) if layers > 1 else 0.0,
            bidirectional=bool(bidirectional),
        )
        self.directions = 2 if bidirectional else 1
        self.layers = layers
        self.dropout = nn.Dropout(float(dropout))
        self.head = nn.Linear(int(hidden) * self.directions, num_classes)

    def front(self, padded: torch.Tensor) -> torch.Tensor:
        """(batch, time, input_size) vectors for the padded steps; the medium's own front end."""
        return padded

    def summary(self, inputs) -> torch.Tensor:
        """(batch, hidden x directions): the sequence summed up (`pool`: at its end, or its strongest moments)."""
        padded, lengths = inputs
        vectors = self.dropout(self.front(padded))
        lengths = lengths.detach().to("cpu", torch.int64).clamp(min=1)
        packed = pack_padded_sequence(vectors, lengths, batch_first=True, enforce_sorted=False)
        outputs, state = self.rnn(packed)
        if self.pool == "max":
            steps, _ = pad_packed_sequence(outputs, batch_first=True, padding_value=float("-inf"))
            return steps.max(dim=1).values
        hidden = state[0] if isinstance(state, tuple) else state  # LSTM gives (h, c)
        # (layers x directions, batch, hidden) -> the top layer's directions side by side
        top = hidden.view(self.layers, self.directions, hidden.shape[1], hidden.shape[2])[-1]
        return torch.cat(list(top), dim=1)

    def forward(self, inputs) -> torch.Tensor:
        return self.head(self.dropout(self.summary(inputs)))
