"""Text: files (.txt, .md) or typed examples become token numbers through a vocabulary learnt from training.

An example's raw form is its text (a str). `fit` builds the vocabulary from the training split only, and it is
kept in the preprocessing dict, so it travels inside the model file. `encode` gives a `TextData`, which pads
each batch only to that batch's longest text.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from mmstudio.core.catalog import TEXT_EXTENSIONS, TEXT_MODELS
from mmstudio.core.errors import DataError
from mmstudio.core.examples import Item
from mmstudio.core.modalities.base import Modality
from mmstudio.core.text.decoding import read_text_file
from mmstudio.core.text.tokenize import fingerprint_text, tokenize
from mmstudio.core.text.vocabulary import PAD_ID, UNK_ID, Vocabulary

DEFAULT_MAX_LENGTH = 200
WORD_DROPOUT = 0.1  # share of tokens hidden as <unk> per training batch when augmentation is on


class TextData:
    """Token sequences of different lengths, kept end to end in one tensor; same interface as TensorData.

    `batch` returns `((token_ids, lengths), labels)`: ids padded with 0 to the longest text of that batch.
    """

    def __init__(self, tokens, lengths, labels, word_dropout: float = WORD_DROPOUT) -> None:
        import torch

        self.tokens = tokens  # (total,) LongTensor: all examples' token numbers one after the other
        self.lengths = lengths  # (N,) LongTensor, each at least 1
        self.labels = labels  # (N,) LongTensor
        self.word_dropout = word_dropout
        self.offsets = torch.cumsum(lengths, 0) - lengths if len(lengths) else lengths

    @classmethod
    def from_sequences(cls, sequences: list[list[int]], labels: list[int], word_dropout: float = WORD_DROPOUT):
        import torch

        sequences = [sequence or [UNK_ID] for sequence in sequences]  # an all-symbol text still counts as one
        flat = [token for sequence in sequences for token in sequence]
        return cls(
            torch.tensor(flat, dtype=torch.long),
            torch.tensor([len(sequence) for sequence in sequences], dtype=torch.long),
            torch.as_tensor(labels, dtype=torch.long),
            word_dropout,
        )

    @property
    def inputs(self):
        """Every example padded to the longest (for inspection; training batches use `batch`)."""
        import torch

        return self._gather(torch.arange(len(self)))

    def __len__(self) -> int:
        return len(self.labels)

    def _gather(self, indices):
        import torch

        lengths = self.lengths[indices]
        width = int(lengths.max()) if len(lengths) else 1
        steps = torch.arange(width)
        mask = steps.unsqueeze(0) < lengths.unsqueeze(1)
        if len(self.tokens) == 0:
            return torch.zeros((len(lengths), width), dtype=torch.long), lengths
        positions = (self.offsets[indices].unsqueeze(1) + steps).clamp_(max=len(self.tokens) - 1)
        ids = torch.where(mask, self.tokens[positions], torch.full_like(positions, PAD_ID))
        return ids, lengths

    def subset(self, indices) -> TextData:
        import torch

        indices = torch.as_tensor(indices, dtype=torch.long)
        ids, lengths = self._gather(indices)
        mask = torch.arange(ids.shape[1]).unsqueeze(0) < lengths.unsqueeze(1)
        return type(self)(ids[mask], lengths.clone(), self.labels[indices], self.word_dropout)

    def batch(self, indices, augment: bool = False, generator=None):
        import torch

        indices = torch.as_tensor(indices, dtype=torch.long)
        ids, lengths = self._gather(indices)
        if augment and self.word_dropout > 0 and ids.numel():
            hide = (torch.rand(ids.shape, generator=generator) < self.word_dropout) & (ids != PAD_ID)
            ids = ids.masked_fill(hide, UNK_ID)
        return (ids, lengths), self.labels[indices]


class TextModality(Modality):
    name = "text"
    title = "Text"
    extensions = TEXT_EXTENSIONS
    models = TEXT_MODELS
    default_model = "bow"

    def __init__(self) -> None:
        self._vocabulary: tuple[list, int, Vocabulary] | None = None  # cache: the list it was made from

    def read(self, item: Item, preprocessing: dict) -> str:
        if isinstance(item, Path):
            text = read_text_file(item)
            if not text.strip():
                raise DataError(f"The text file '{item.name}' is empty.")
            return text
        text = str(item)
        if not text.strip():
            raise DataError("An example is empty: type some text.")
        return text

    def tokens(self, text: str, preprocessing: dict) -> list[str]:
        """The tokens a model sees for `text` (cut to the maximum length)."""
        return tokenize(text, int(preprocessing.get("cjk_ngrams", 2)), limit=_max_length(preprocessing))

    def fit(self, raws: list[str], preprocessing: dict) -> dict:
        vocabulary = Vocabulary.build(
            (self.tokens(text, preprocessing) for text in raws),
            min_count=int(preprocessing.get("min_count", 1)),
            max_size=int(preprocessing.get("max_vocab", 20000)),
        )
        return {**preprocessing, "vocabulary": vocabulary.to_json()}

    def vocabulary(self, preprocessing: dict) -> Vocabulary:
        tokens = preprocessing.get("vocabulary")
        if tokens is None:
            raise DataError("This text model has no vocabulary yet: it must be trained first.")
        cached = self._vocabulary
        if cached is not None and cached[0] is tokens and cached[1] == len(tokens):
            return cached[2]
        vocabulary = Vocabulary.from_json(tokens)
        self._vocabulary = (tokens, len(tokens), vocabulary)
        return vocabulary

    def encode(self, raws: list[str], labels: list[int], preprocessing: dict) -> TextData:
        vocabulary = self.vocabulary(preprocessing)
        max_length = _max_length(preprocessing)
        sequences = [vocabulary.encode(self.tokens(text, preprocessing), max_length) for text in raws]
        return TextData.from_sequences(sequences, labels)

    def fingerprint(self, raw: str) -> bytes:
        return hashlib.blake2b(fingerprint_text(str(raw)).encode("utf-8"), digest_size=16).digest()

    def describe(self, item: Item) -> str:
        if isinstance(item, Path):
            return item.name
        line = " ".join(str(item).split())
        return line if len(line) <= 40 else line[:39] + "…"


def _max_length(preprocessing: dict) -> int | None:
    value = int(preprocessing.get("max_length", DEFAULT_MAX_LENGTH) or 0)
    return value if value > 0 else None


def labelled_from_text_source(
    source: Path | str,
    text_column: str | int | None = None,
    label_column: str | int | None = None,
) -> tuple[list[tuple[Item, str]], list[str], list[str]]:
    """(labelled examples, class names, plain warnings) from a folder of class folders of .txt/.md files, or
    from one table (.csv, .tsv, .jsonl) with a text and a label column (guessed unless given)."""
    from mmstudio.core.folders import scan_class_folders
    from mmstudio.core.text.tables import is_table, read_labelled_table

    source = Path(source)
    if source.is_file() and is_table(source):
        table = read_labelled_table(source, text_column=text_column, label_column=label_column)
        warnings = []
        if not table.confident:
            warnings.append(
                f"Guessed the columns of '{source.name}': texts from '{table.text_column}', labels from "
                f"'{table.label_column}'. Choose the columns yourself if this is wrong."
            )
        if table.skipped_missing_label:
            warnings.append(f"{table.skipped_missing_label} row(s) without a label were left out.")
        if table.skipped_empty_text:
            warnings.append(f"{table.skipped_empty_text} row(s) without text were left out.")
        if table.skipped_bad_rows:
            warnings.append(f"{table.skipped_bad_rows} line(s) that are not JSON objects were left out.")
        if not table.pairs:
            raise DataError(f"'{source.name}' holds no rows with both a text and a label.")
        return [(text, label) for text, label in table.pairs], table.classes, warnings
    if source.is_file():
        raise DataError(
            f"'{source.name}' is not a table. Give a .csv, .tsv or .jsonl file, or a folder with one sub-folder "
            "of .txt files per class."
        )
    if text_column is not None or label_column is not None:
        raise DataError("Text and label columns can only be chosen for a table (.csv, .tsv, .jsonl), not a folder.")
    scan = scan_class_folders(source, TEXT_EXTENSIONS)
    warnings = []
    if scan.loose_files:
        tables = [path for path in scan.loose_files if is_table(path)]
        hint = f" To use '{tables[0].name}', give that file instead of the folder." if tables else ""
        warnings.append(
            f"{len(scan.loose_files)} file(s) at the top of '{source}' belong to no class and were ignored.{hint}"
        )
    if scan.other_files:
        warnings.append(f"{len(scan.other_files)} file(s) that are not .txt or .md were ignored.")
    labelled = [(path, name) for name, paths in scan.classes.items() for path in paths]
    return labelled, list(scan.classes), warnings
