"""Text: files, table rows or typed lines, read as token numbers through a vocabulary learnt from training.

Files: decoding.py (encodings), tables.py (CSV/TSV/JSONL), tokenize.py (words, CJK characters),
vocabulary.py, modality.py (reading, encoding), models.py (bag of n-grams; the recurrent front end),
samples.py (the English and Chinese sample tables). None of these but models.py imports torch.
"""

from __future__ import annotations

from mmstudio.core.media.base import Medium, ModelSpec
from mmstudio.core.media.encoders import HEAD_CONFIG, HEAD_CONFIG_SCHEMA, encoder_schema
from mmstudio.core.media.text.tokenize import MAX_CJK_NGRAMS
from mmstudio.core.media.text.vocabulary import PAD, UNK
from mmstudio.core.messages import message
from mmstudio.core.resources import resources_dir
from mmstudio.core.schema import Choice, Flag, ListOf, Number, Record, SchemaError, Text, Whole

TEXT_EXTENSIONS = frozenset({".txt", ".md"})
DEFAULT_MAX_LENGTH = 200
MAX_LENGTH = 100_000  # words (or tokens) read of one text: a word is at most MAX_CJK_NGRAMS tokens
MAX_VOCABULARY = 200_000

# "length_in": "words": max_length counts a Chinese character as one word, not as its character and the pair that
# starts there (two tokens), so the default reads 200 characters, not 100. On the long texts of
# benchmarks/bench_quality.py --quick: `bow` 59.8 % -> 63.7 %, `lstm` 55.3 % -> 72.5 % (at twice the time).
# Files without it counted tokens.
_PREPROCESSING = {
    "max_length": DEFAULT_MAX_LENGTH, "length_in": "words", "min_count": 1, "max_vocab": 20000, "cjk_ngrams": 2
}
# "max": what each hidden unit noticed anywhere in the text, not only what it still remembers at the end (a long
# text's early words fade): 55 % against 51 % for the LSTM on the long texts of benchmarks/bench_quality.py --quick
_RECURRENT = {"embedding": 64, "hidden": 64, "layers": 1, "dropout": 0.2, "bidirectional": False, "pool": "max"}
_BEFORE_POOL = {"pool": "last"}  # recurrent text models saved before the setting existed read the end state


class _Vocabulary(ListOf):
    """Different tokens, the first two being the padding and unknown-word markers."""

    def __call__(self, value, name):
        tokens = super().__call__(value, name)
        if tokens[:2] != [PAD, UNK]:
            raise SchemaError(message("'{name}' must start with {pad} and {unk}", name=name, pad=PAD, unk=UNK))
        return tokens


# What a model file may declare (see core/media/base.py). A token may be long (a web address); the file's header
# size bounds the vocabulary as a whole.
PREPROCESSING_SCHEMA = Record(
    {
        "max_length": Whole(1, MAX_LENGTH),
        "length_in": Choice("tokens", "words"),
        "min_count": Whole(1, 2**31),
        "max_vocab": Whole(2, MAX_VOCABULARY),
        "cjk_ngrams": Whole(1, MAX_CJK_NGRAMS),
        "vocabulary": _Vocabulary(Text(1, 2**20), 2, MAX_VOCABULARY, unique=True),
    },
    required=("vocabulary",),
    refuse_unknown=True,
)
_SIZE = Whole(1, 1024)
_DROPOUT = Number(0, 1, below_high=True)
BAG_CONFIG_SCHEMA = Record(
    {"embedding": _SIZE, "dropout": _DROPOUT, "bigram_buckets": Whole(0, 2**20)}, refuse_unknown=True
)
RECURRENT_CONFIG_SCHEMA = Record(
    {
        "embedding": _SIZE, "hidden": _SIZE, "layers": Whole(1, 8), "dropout": _DROPOUT, "bidirectional": Flag(),
        "pool": Choice("last", "max"),
    },
    refuse_unknown=True,
)

def _sentence_encoder(name: str, title: str, description: str, encoder: str, modality: str) -> ModelSpec:
    """A pretrained sentence encoder's model (encoder.py, e5.py): its own reading, 384 numbers a text, the head."""
    return ModelSpec(
        name=name,
        title=title,
        description=description,
        builder="mmstudio.core.media.text.encoder:SentenceHead",
        preprocessing={"encoder": encoder},
        config=dict(HEAD_CONFIG),
        config_schema=HEAD_CONFIG_SCHEMA,
        modality=modality,
        preprocessing_schema=encoder_schema(PREPROCESSING_SCHEMA, encoder),
    )


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
            config_schema=BAG_CONFIG_SCHEMA,
        ),
        ModelSpec(
            name="rnn",
            title="Recurrent network",
            description=(
                "Reads the text word by word and keeps a running memory, then decides from the strongest things "
                "it noticed along the way. The classic simple (Elman) recurrent network."
            ),
            builder="mmstudio.core.media.text.models:TextElmanRNN",
            preprocessing=dict(_PREPROCESSING),
            config=dict(_RECURRENT),
            config_schema=RECURRENT_CONFIG_SCHEMA,
            added_later=_BEFORE_POOL,
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
            config_schema=RECURRENT_CONFIG_SCHEMA,
            added_later=_BEFORE_POOL,
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
            config_schema=RECURRENT_CONFIG_SCHEMA,
            added_later=_BEFORE_POOL,
        ),
        _sentence_encoder(
            name="minilm",
            title="Pretrained sentence encoder (MiniLM, English)",
            description=(
                "A network already trained on a billion English sentence pairs turns each text into numbers that "
                "capture its meaning, so different words for the same thing count alike; only a small decision "
                "layer learns your classes. Best on English with few examples; weak on Chinese. Installed with "
                "mmstudio (90 MB); about 4 s to load, then a few ms per text."
            ),
            encoder="all-MiniLM-L6-v2",
            modality="mmstudio.core.media.text.encoder:SentenceModality",
        ),
        _sentence_encoder(
            name="e5",
            title="Pretrained multilingual sentence encoder (E5, 100 languages)",
            description=(
                "A network already trained on a billion text pairs in about 100 languages, Chinese among them, "
                "turns each text into numbers that capture its meaning; only a small decision layer learns your "
                "classes. Best for Chinese and other languages, and with few examples. Installed with mmstudio "
                "(95 MB); loads in under a second, then about 50 ms per sentence."
            ),
            encoder="multilingual-e5-small",
            modality="mmstudio.core.media.text.e5:E5Modality",
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
    preprocessing_schema=PREPROCESSING_SCHEMA,
)
