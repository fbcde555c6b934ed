"""The token -> number table a text model reads through; built from the training examples only.

Stored in the model file's preprocessing as a plain JSON list of tokens (position = number), so a saved model
reads new text exactly as it read its training set. 0 is padding, 1 stands for every token not in the list.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from mmstudio.core.errors import DataError
from mmstudio.core.messages import message

PAD, UNK = "<pad>", "<unk>"
PAD_ID, UNK_ID = 0, 1


class Vocabulary:
    def __init__(self, tokens: Sequence[str]) -> None:
        tokens = list(tokens)
        if len(tokens) < 2 or tokens[0] != PAD or tokens[1] != UNK:
            raise DataError(message("The model's vocabulary is damaged (it must start with <pad> and <unk>)."))
        self.tokens = tokens
        self._index = {token: i for i, token in enumerate(tokens)}
        if len(self._index) != len(tokens):
            raise DataError(message("The model's vocabulary is damaged (a word appears twice)."))

    @classmethod
    def build(cls, token_lists: Iterable[Sequence[str]], min_count: int = 1, max_size: int = 20000) -> Vocabulary:
        """The most frequent tokens seen at least `min_count` times; `max_size` counts <pad> and <unk> too.

        Ties keep the order in which tokens were first seen, so the same data always gives the same numbers.
        """
        counts: Counter[str] = Counter()
        for tokens in token_lists:
            counts.update(tokens)
        counts.pop(PAD, None)
        counts.pop(UNK, None)
        room = max(int(max_size) - 2, 0)
        kept = [token for token, n in counts.most_common() if n >= max(int(min_count), 1)][:room]
        return cls([PAD, UNK, *kept])

    def __len__(self) -> int:
        return len(self.tokens)

    def __contains__(self, token: str) -> bool:
        return token in self._index

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Vocabulary) and other.tokens == self.tokens

    def index(self, token: str) -> int:
        return self._index.get(token, UNK_ID)

    def encode(self, tokens: Sequence[str]) -> list[int]:
        """Token numbers (unknown tokens as <unk>)."""
        get = self._index.get
        return [get(token, UNK_ID) for token in tokens]

    def decode(self, ids: Iterable[int]) -> list[str]:
        return [self.tokens[i] if 0 <= i < len(self.tokens) else UNK for i in ids]

    def to_json(self) -> list[str]:
        return list(self.tokens)

    @classmethod
    def from_json(cls, data) -> Vocabulary:
        if not isinstance(data, list) or not all(isinstance(token, str) for token in data):
            raise DataError(message("The model's vocabulary is damaged."))
        return cls(data)
