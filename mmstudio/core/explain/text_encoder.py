"""Texts read by a sentence encoder (minilm, e5): leaving each word out of the text itself.

The encoder cuts a text into its own word pieces, so there are no token numbers to leave out: each word (the same
words, at the same offsets, as for the other text models: `word_spans`) is replaced by a space in the string,
every shortened string is encoded by the sentence encoder, `BATCH` at a time, and the word's weight is how much
less probable the target becomes. Only the words the encoder reads (minilm: its first 256 word pieces; e5: its
first 512; the modality's `reading_end`) are explained, at most `text.MAX_WORDS` (512).

Each copy costs an encoder pass over the whole text, so a text of n words costs n passes of n words. For e5 that
is about 4 ms per word piece on one thread: a 100-character Chinese text (each character a word) would take
about 35 s, one of 512 word pieces over half an hour. A text of more words than its encoder's `most_parts`
(e5: 32) is cut into that many runs of neighbouring words instead; each run is left out at once (each word
replaced by a space, as above) and all its words carry its weight (`METHOD`).
"""

from __future__ import annotations

from pathlib import Path

from mmstudio.core.explain import Explanation
from mmstudio.core.explain.encoders import occlusion
from mmstudio.core.explain.text import word_spans, words_explained
from mmstudio.core.media.text.tokenize import tokenize_with_spans


def explain(predictor, item: Path | str, target: str | None) -> Explanation:
    return explain_raw(predictor, predictor.modality.read(item, predictor.bundle.preprocessing), target)


METHOD = "leaving out runs of neighbouring words"  # a text of more words than its encoder's `most_parts`


def explain_raw(predictor, text: str, target: str | None) -> Explanation:
    end = predictor.modality.reading_end(text)
    words = word_spans(text, [token for token in tokenize_with_spans(text, 1) if token[1] < end])
    parts = runs(words, predictor.modality.most_parts)
    result, drops = occlusion(predictor, text, parts, _without, target)
    weights = [float(drop) for part, drop in zip(parts, drops) for _ in part]
    return words_explained(result, text, words, weights, *([METHOD] if len(parts) < len(words) else []))


def runs(words: list[tuple[int, int]], most: int) -> list[list[tuple[int, int]]]:
    """The words in at most `most` runs of neighbouring words, as even as can be (one word a run when they fit)."""
    count = min(len(words), most)
    return [words[round(k * len(words) / count) : round((k + 1) * len(words) / count)] for k in range(count)]


def _without(text: str, part: list[tuple[int, int]]) -> str:
    for start, end in reversed(part):
        text = f"{text[:start]} {text[end:]}"
    return text
