"""Text networks over token numbers: recurrent ones (Elman RNN, LSTM, stacked RNN) and a bag of n-grams.

Every model takes `(token_ids, lengths)`: a (batch, time) LongTensor padded with 0 and the true length of each
row. The recurrent ones are the shared sequence models (core/models/sequence.py) with a token embedding in front.
"""

from __future__ import annotations

import torch
from torch import nn

from mmstudio.core.models.base import Classifier
from mmstudio.core.models.sequence import RecurrentClassifier
from mmstudio.core.media.text.vocabulary import PAD_ID

BIGRAM_PRIME = 1_000_003
BAG_INIT = 0.1  # start values of the bag's embeddings: uniform in +-0.1


def vocabulary_size(preprocessing: dict) -> int:
    vocabulary = preprocessing.get("vocabulary")
    if not isinstance(vocabulary, list) or len(vocabulary) < 2:
        raise ValueError("This text model has no vocabulary yet: it must be trained first.")
    return len(vocabulary)


def embedding_weights(rows: int, size: int, fill) -> torch.Tensor:
    """A (rows, size) table filled in place by `fill`, its padding row zero; left unfilled on the "meta" device,
    where a model file's shapes are checked (checkpoint.py): filling there takes torch's Python reference
    implementation, whose first call imports torch._dynamo (2.5 s), and there is nothing to fill anyway."""
    weight = torch.empty(rows, size)
    if not weight.is_meta:
        with torch.no_grad():
            fill(weight)
            weight[PAD_ID] = 0.0
    return weight


class TextRecurrent(RecurrentClassifier):
    """A token embedding in front of the shared recurrent layers."""

    def __init__(self, num_classes: int, preprocessing: dict, embedding: int = 64, **config) -> None:
        super().__init__(num_classes, input_size=int(embedding), **config)
        rows = vocabulary_size(preprocessing)
        weight = embedding_weights(rows, int(embedding), nn.init.normal_)  # nn.Embedding's own start values
        self.embedding = nn.Embedding(rows, int(embedding), padding_idx=PAD_ID, _weight=weight)

    def front(self, padded: torch.Tensor) -> torch.Tensor:
        return self.embedding(padded)


class TextElmanRNN(TextRecurrent):
    """The seed design: one simple (Elman, tanh) recurrent layer over word embeddings."""

    cell = "rnn"


class TextLSTM(TextRecurrent):
    """Long short-term memory: gates let it remember words from early in a long text."""

    cell = "lstm"


class TextStackedRNN(TextRecurrent):
    """The seed's 'recurrent recurrent' network: two or more simple recurrent layers on top of each other."""

    cell = "rnn"
    min_layers = 2


class BagOfNgrams(Classifier):
    """fastText-style baseline: the mean embedding of every word and every (hashed) pair of neighbouring words,
    then one dense layer. Word order beyond neighbours is ignored; it trains in seconds and is hard to beat on
    short texts. `bigram_buckets` = 0 sizes the pair table from the vocabulary (2 x, between 1,024 and 65,536)."""

    def __init__(
        self,
        num_classes: int,
        preprocessing: dict,
        embedding: int = 64,
        dropout: float = 0.2,
        bigram_buckets: int = 0,
    ) -> None:
        super().__init__()
        if int(embedding) < 1:
            raise ValueError("The embedding size must be at least 1.")
        if not 0.0 <= float(dropout) < 1.0:
            raise ValueError("Dropout must be between 0 and 1.")
        self.vocabulary = vocabulary_size(preprocessing)
        buckets = int(bigram_buckets) or min(max(2 * self.vocabulary, 1024), 65536)
        self.buckets = max(buckets, 1)
        # small start values: what training adds soon outweighs the random start
        weight = embedding_weights(self.vocabulary + self.buckets, int(embedding), lambda w: w.uniform_(-BAG_INIT, BAG_INIT))
        self.bag = nn.EmbeddingBag(*weight.shape, mode="mean", padding_idx=PAD_ID, _weight=weight)
        self.dropout = nn.Dropout(float(dropout))
        self.head = nn.Linear(int(embedding), num_classes)

    def ngrams(self, inputs) -> torch.Tensor:
        """(batch, 2 x time - 1): the word numbers, then a number for each pair of neighbours; 0 = nothing."""
        ids, lengths = inputs
        if ids.shape[1] < 2:
            return ids
        left, right = ids[:, :-1], ids[:, 1:]
        positions = torch.arange(1, ids.shape[1], device=ids.device)
        valid = positions.unsqueeze(0) < lengths.to(ids.device).unsqueeze(1)
        pairs = (left * BIGRAM_PRIME + right) % self.buckets + self.vocabulary
        return torch.cat([ids, torch.where(valid, pairs, torch.zeros_like(pairs))], dim=1)

    def forward(self, inputs) -> torch.Tensor:
        return self.head(self.dropout(self.bag(self.ngrams(inputs))))
