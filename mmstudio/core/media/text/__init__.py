"""Text: files, table rows or typed lines, read as token numbers through a vocabulary learnt from training.

Files: decoding.py (encodings), tables.py (CSV/TSV/JSONL), tokenize.py (words, CJK characters),
vocabulary.py, modality.py (reading, encoding), models.py (bag of n-grams; the recurrent front end),
samples.py (the English and Chinese sample tables). None of these but models.py imports torch.
"""

from __future__ import annotations

from mmstudio.core.media.base import Medium, ModelSpec
from mmstudio.core.resources import resources_dir

TEXT_EXTENSIONS = frozenset({".txt", ".md"})
DEFAULT_MAX_LENGTH = 200

_PREPROCESSING = {"max_length": DEFAULT_MAX_LENGTH, "min_count": 1, "max_vocab": 20000, "cjk_ngrams": 2}
_RECURRENT = {"embedding": 64, "hidden": 64, "layers": 1, "dropout": 0.2, "bidirectional": False}

MODELS = {
    spec.name: spec
    for spec in (
        ModelSpec(
            name="bow",
            title="Bag of words and word pairs",
            description=(
                "Averages what each word and each pair of neighbouring words means, then decides. "
                "Ignores longer word order; trains in seconds and is hard to beat on short texts."
            ),
            builder="mmstudio.core.media.text.models:BagOfNgrams",
            preprocessing=dict(_PREPROCESSING),
            config={"embedding": 64, "dropout": 0.2, "bigram_buckets": 0},
        ),
        ModelSpec(
            name="rnn",
            title="Recurrent network",
            description=(
                "Reads the text word by word and keeps a running memory, then decides from what it remembers "
                "at the end. The classic simple (Elman) recurrent network."
            ),
            builder="mmstudio.core.media.text.models:TextElmanRNN",
            preprocessing=dict(_PREPROCESSING),
            config=dict(_RECURRENT),
        ),
        ModelSpec(
            name="lstm",
            title="LSTM network",
            description=(
                "A recurrent network with gates that decide what to remember and what to forget, "
                "so words from early in a long text still count."
            ),
            builder="mmstudio.core.media.text.models:TextLSTM",
            preprocessing=dict(_PREPROCESSING),
            config={**_RECURRENT, "hidden": 128},
        ),
        ModelSpec(
            name="rrnn",
            title="Stacked recurrent network",
            description=(
                "Two simple recurrent layers, the second reading what the first wrote: "
                "it can learn more complex patterns, but needs more examples and time."
            ),
            builder="mmstudio.core.media.text.models:TextStackedRNN",
            preprocessing=dict(_PREPROCESSING),
            config={**_RECURRENT, "layers": 2},
        ),
    )
}


def _samples() -> dict:
    folder = resources_dir() / "samples"
    return {
        "English: sports, weather, food, tech": folder / "text_en.csv",
        "Chinese (中文): 体育, 天气, 美食, 科技": folder / "text_zh.csv",
    }


MEDIUM = Medium(
    name="text",
    title="Text",
    description="Teach the computer to sort texts: messages, reviews, sentences in any language.",
    extensions=TEXT_EXTENSIONS,
    models=MODELS,
    default_model="bow",
    modality="mmstudio.core.media.text.modality:TextModality",
    tab="mmstudio.gui.tabs.text_tab:TextTab",
    cli="mmstudio.cli.kinds.text:TEXT",
    samples=_samples,
    typed=True,
)
