"""Texts read by a sentence encoder (minilm): leaving each word out of the text itself.

The encoder cuts a text into its own word pieces, so there are no token numbers to leave out: each word (the same
words, at the same offsets, as for the other text models: `word_spans`) is replaced by a space in the string,
every shortened string is encoded by the sentence encoder, `BATCH` at a time, and the word's weight is how much
less probable the target becomes. Only the words the encoder reads (its first 256 word pieces) are explained,
at most `text.MAX_WORDS` (512).
"""

from __future__ import annotations

from pathlib import Path

from mmstudio.core.explain import Explanation
from mmstudio.core.explain.encoders import occlusion
from mmstudio.core.explain.text import word_spans, words_explained
from mmstudio.core.media.text.tokenize import tokenize_with_spans


def explain(predictor, item: Path | str, target: str | None) -> Explanation:
    return explain_raw(predictor, predictor.modality.read(item, predictor.bundle.preprocessing), target)


def explain_raw(predictor, text: str, target: str | None) -> Explanation:
    end = end_of_reading(text)
    words = word_spans(text, [token for token in tokenize_with_spans(text, 1) if token[1] < end])
    result, drops = occlusion(predictor, text, words, _without, target)
    return words_explained(result, text, words, drops.tolist())


def end_of_reading(text: str) -> int:
    """Where the encoder stops reading `text`: the end of its last word piece within its maximum length."""
    from mmstudio.core.media.text.encoder import sentence_model

    model = sentence_model()
    pieces = model.tokenizer(text, truncation=True, max_length=model.max_seq_length, return_offsets_mapping=True)
    return max((end for _, end in pieces["offset_mapping"]), default=0)


def _without(text: str, word: tuple[int, int]) -> str:
    start, end = word
    return f"{text[:start]} {text[end:]}"
