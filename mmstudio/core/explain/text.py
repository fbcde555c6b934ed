"""Texts: leaving each word out.

The text is cut into words as the user sees them: words, numbers, punctuation marks and emoji, and each single
character of Chinese, Japanese, Korean or Thai (the tokenizer with n-grams of 1, spans in the text as written).
A word's weight is how much less probable the target becomes when every token touching it is left out: the
word itself, and for Chinese the character pairs it belongs to (so a character's weight includes what its
pairs carried; a pair's evidence goes to both of its characters). All the shortened texts are scored in
batches of `BATCH`; the text is cut at the model's maximum length, and at most `MAX_WORDS` words are
explained (the model still reads the whole cut text).
"""

from __future__ import annotations

from pathlib import Path

import torch

from mmstudio.core.explain import Explanation, TokenWeight
from mmstudio.core.explain.scoring import BATCH, Answer, answer, probabilities
from mmstudio.core.encoded import to_device
from mmstudio.core.media.text.modality import TextData
from mmstudio.core.media.text.tokenize import tokenize_with_spans

METHOD = "leaving each word out"
MAX_WORDS = 512


def explain(predictor, item: Path | str, target: str | None) -> Explanation:
    return explain_raw(predictor, predictor.modality.read(item, predictor.bundle.preprocessing), target)


def explain_raw(predictor, text: str, target: str | None) -> Explanation:
    vocabulary = predictor.modality.vocabulary(predictor.bundle.preprocessing)
    tokens = token_spans(predictor, text)
    words = word_spans(text, tokens)
    ids = vocabulary.encode([token for token, _, _ in tokens])
    variants = [ids] + [[i for i, t in zip(ids, tokens) if not _touches(t, word)] for word in words]
    scores = score(predictor, variants)
    result = answer(predictor, scores[0], target)
    drops = scores[0, result.target_index] - scores[1:, result.target_index]
    return words_explained(result, text, words, drops.tolist())


def words_explained(
    result: Answer, text: str, words: list[tuple[int, int]], drops: list[float], method: str = METHOD
) -> Explanation:
    """The explanation of a text: each word's (start, end) with the drop of the target's probability without it."""
    return Explanation(
        target=result.target,
        label=result.label,
        probabilities=result.probabilities,
        method=method,
        tokens=[TokenWeight(text[a:b], a, b, float(w)) for (a, b), w in zip(words, drops)],
    )


def token_spans(predictor, text: str) -> list[tuple[str, int, int]]:
    """(token, start, end) of exactly the tokens the model reads (cut at its maximum length)."""
    return predictor.modality.token_spans(text, predictor.bundle.preprocessing)


def word_spans(text: str, tokens: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each word the model reads, in order; words whose written spans overlap (the "1", "⁄"
    and "2" that "½" becomes) are one."""
    end_of_tokens = max((end for _, _, end in tokens), default=0)
    words: list[list[int]] = []
    for _, start, end in tokenize_with_spans(text, 1, limit=len(tokens)):
        if start >= end_of_tokens or len(words) == MAX_WORDS:
            break
        if words and start < words[-1][1]:
            words[-1][1] = max(words[-1][1], end)
        else:
            words.append([start, end])
    return [(start, end) for start, end in words]


def _touches(token: tuple[str, int, int], word: tuple[int, int]) -> bool:
    return token[1] < word[1] and word[0] < token[2]


def score(predictor, sequences: list[list[int]]) -> torch.Tensor:
    """(N, classes) probabilities of token-number sequences, `BATCH` at a time."""
    rows = []
    for first in range(0, len(sequences), BATCH):
        part = sequences[first : first + BATCH]
        inputs, _ = TextData.from_sequences(part, [0] * len(part)).batch(torch.arange(len(part)))
        rows.append(probabilities(predictor, to_device(inputs, predictor.device)))
    return torch.cat(rows)
