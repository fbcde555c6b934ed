"""Text: files (.txt, .md) or typed examples become token numbers through a vocabulary learnt from training.

An example's raw form is its text (a str). `fit` builds the vocabulary from the training split only, and it is
kept in the preprocessing dict, so it travels inside the model file. `encode` gives a `TextData`, which pads
each batch only to that batch's longest text.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import torch

from mmstudio.core.media.text import DEFAULT_MAX_LENGTH, MEDIUM, TEXT_EXTENSIONS
from mmstudio.core.errors import DataError
from mmstudio.core.examples import Item
from mmstudio.core.media.modality import Modality
from mmstudio.core.messages import message
from mmstudio.core.sequences import SequenceData
from mmstudio.core.media.text.decoding import read_text_file
from mmstudio.core.media.text.tokenize import fingerprint_text, tokenize, tokenize_with_spans
from mmstudio.core.media.text.vocabulary import PAD_ID, UNK_ID, Vocabulary

WORD_DROPOUT = 0.1  # share of tokens hidden as <unk> per training batch when augmentation is on


class TextData(SequenceData):
    """Token sequences (see SequenceData); augmentation hides a share of the words as <unk> (word dropout)."""

    def __init__(self, tokens, lengths, labels, word_dropout: float = WORD_DROPOUT) -> None:
        super().__init__(tokens, lengths, labels)
        self.word_dropout = word_dropout

    @classmethod
    def from_sequences(cls, sequences: list[list[int]], labels: list[int], word_dropout: float = WORD_DROPOUT):
        sequences = [sequence or [UNK_ID] for sequence in sequences]  # an all-symbol text still counts as one
        return super().from_sequences(
            [torch.tensor(sequence, dtype=torch.long) for sequence in sequences], labels, word_dropout=word_dropout
        )

    def _options(self) -> dict:
        return {"word_dropout": self.word_dropout}

    def augment_padded(self, ids, lengths, generator):
        if self.word_dropout <= 0:
            return ids
        hide = (torch.rand(ids.shape, generator=generator) < self.word_dropout) & (ids != PAD_ID)
        return ids.masked_fill(hide, UNK_ID)


class TextModality(Modality):
    medium = MEDIUM

    def __init__(self) -> None:
        self._vocabulary: tuple[list, int, Vocabulary] | None = None  # cache: the list it was made from

    def read(self, item: Item, preprocessing: dict) -> str:
        if isinstance(item, Path):
            text = read_text_file(item)
            if not text.strip():
                raise DataError(message("The text file '{name}' is empty.", name=item.name))
            return text
        text = str(item)
        if not text.strip():
            raise DataError(message("An example is empty: type some text."))
        return text

    def tokens(self, text: str, preprocessing: dict) -> list[str]:
        """The tokens a model sees for `text` (cut to the maximum length)."""
        return tokenize(text, *_tokenizing(preprocessing))

    def token_spans(self, text: str, preprocessing: dict) -> list[tuple[str, int, int]]:
        """(token, start, end) in `text` of exactly the tokens `tokens` gives: what an explanation marks."""
        return tokenize_with_spans(text, *_tokenizing(preprocessing))

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
            raise DataError(message("This text model has no vocabulary yet: it must be trained first."))
        cached = self._vocabulary
        if cached is not None and cached[0] is tokens and cached[1] == len(tokens):
            return cached[2]
        vocabulary = Vocabulary.from_json(tokens)
        self._vocabulary = (tokens, len(tokens), vocabulary)
        return vocabulary

    def encode(self, raws: list[str], labels: list[int], preprocessing: dict) -> TextData:
        vocabulary = self.vocabulary(preprocessing)
        sequences = [vocabulary.encode(self.tokens(text, preprocessing)) for text in raws]
        return TextData.from_sequences(sequences, labels)

    def fingerprint(self, raw: str) -> bytes:
        # surrogatepass: a text may hold lone surrogates (bytes that were not UTF-8 on the command line, escaped)
        return hashlib.blake2b(fingerprint_text(str(raw)).encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _tokenizing(preprocessing: dict) -> tuple[int, int | None, bool]:
    """(character n-grams, the maximum length, whether it counts words): how a model cuts its texts. Files
    saved before "length_in" existed counted the length in tokens."""
    value = int(preprocessing.get("max_length", DEFAULT_MAX_LENGTH) or 0)
    in_words = preprocessing.get("length_in", "tokens") == "words"
    return int(preprocessing.get("cjk_ngrams", 2)), value if value > 0 else None, in_words


def labelled_from_text_source(
    source: Path | str,
    text_column: str | int | None = None,
    label_column: str | int | None = None,
) -> tuple[list[tuple[Item, str]], list[str], list[str]]:
    """(labelled examples, class names, plain warnings) from a folder of class folders of .txt/.md files, or
    from one table (.csv, .tsv, .jsonl) with a text and a label column (guessed unless given)."""
    from mmstudio.core.folders import scan_class_folders
    from mmstudio.core.media.text.tables import is_table, read_labelled_table

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
            raise DataError(message("'{name}' holds no rows with both a text and a label.", name=source.name))
        return [(text, label) for text, label in table.pairs], table.classes, warnings
    if source.is_file():
        raise DataError(
            message(
                "'{name}' is not a table. Give a .csv, .tsv or .jsonl file, or a folder with one sub-folder "
                "of .txt files per class.",
                name=source.name,
            )
        )
    if text_column is not None or label_column is not None:
        raise DataError(
            message("Text and label columns can only be chosen for a table (.csv, .tsv, .jsonl), not a folder.")
        )
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
