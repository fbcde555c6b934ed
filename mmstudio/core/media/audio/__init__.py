"""Sound: short clips of any common audio file, heard by the models as log-mel spectrograms.

Files: reading.py (formats, mono mixdown, resampling, streaming), clips.py (fitting, cutting and writing
clips), features.py (log-mel spectrograms), modality.py (reading, fitting, encoding, windows over long files),
augment.py (shifts, gain, background noise, masks), models.py (the spectrogram CNN; the recurrent front end).
None of these but augment.py and models.py imports torch; this module imports neither numpy nor soundfile.
"""

from __future__ import annotations

from mmstudio.core.media.base import Medium, ModelSpec
from mmstudio.core.media.encoders import HEAD_CONFIG, HEAD_CONFIG_SCHEMA, encoder_schema
from mmstudio.core.resources import sample_path
from mmstudio.core.schema import Choice, Flag, ListOf, Maybe, Number, Record, Whole

AUDIO_EXTENSIONS = frozenset({".wav", ".flac", ".ogg", ".opus", ".mp3"})
SAMPLE_RATES = (8000, 11025, 16000, 22050, 32000, 44100, 48000)
WINDOW_HOP = 0.5  # windows over a long file overlap by half a clip, as Create ML and Edge Impulse do
NOISE_WORDS = ("background", "noise", "silence")

# Every parameter the features need travels in the model file; fitting adds each band's mean and std.
_PREPROCESSING = {
    "sample_rate": 16000,
    "clip_seconds": 1.0,
    "window_seconds": 0.025,
    "hop_seconds": 0.010,
    "mels": 40,
    "fmin": 20.0,
    "fmax": None,  # half the sample rate
    "top_db": 80.0,
}
MAX_MELS = 128
# What a model file may declare (see core/media/base.py); features.FeatureSettings checks how the values fit
# together (a frequency range inside the sample rate, one mean and spread per band).
PREPROCESSING_SCHEMA = Record(
    {
        "sample_rate": Whole(4000, 192_000),
        "clip_seconds": Number(0.1, 30),
        "window_seconds": Number(0.002, 0.2),
        "hop_seconds": Number(0.001, 0.2),
        "mels": Whole(8, MAX_MELS),
        "fmin": Number(0, 96_000),
        "fmax": Maybe(Number(1, 96_000)),
        "top_db": Number(10, 300),
        "mean": ListOf(Number(-1000, 1000), 8, MAX_MELS),
        "std": ListOf(Number(1e-6, 1000), 8, MAX_MELS),
        "noise_labels": ListOf(Whole(0, 999), 0, 1000, unique=True),
    },
    required=("sample_rate", "clip_seconds", "window_seconds", "hop_seconds", "mels", "mean", "std"),
    refuse_unknown=True,
)
_DROPOUT = Number(0, 1, below_high=True)
CNN_CONFIG_SCHEMA = Record({"channels": Whole(1, 256), "dropout": _DROPOUT}, refuse_unknown=True)
RECURRENT_CONFIG_SCHEMA = Record(
    {
        "hidden": Whole(1, 1024),
        "layers": Whole(1, 8),
        "dropout": _DROPOUT,
        "bidirectional": Flag(),
        "frames_per_step": Whole(1, 100),
        "pool": Choice("last", "max"),
    },
    refuse_unknown=True,
)
# "max": a word is anywhere in its clip, often with silence after it, which a last hidden state forgets
_RECURRENT = {"hidden": 64, "layers": 1, "dropout": 0.2, "bidirectional": False, "frames_per_step": 8, "pool": "max"}

MODELS = {
    spec.name: spec
    for spec in (
        ModelSpec(
            name="cnn",
            title="Convolutional network on the spectrogram",
            description=(
                "Looks at the sound's picture (how loud each pitch is over time) the way an image network looks "
                "at a photo. Usually the most accurate on short sounds such as spoken words, and fast."
            ),
            builder="mmstudio.core.media.audio.models:SpectrogramCNN",
            preprocessing=dict(_PREPROCESSING),
            config={"channels": 8, "dropout": 0.2},
            config_schema=CNN_CONFIG_SCHEMA,
        ),
        ModelSpec(
            name="rnn",
            title="Recurrent network",
            description=(
                "Listens to the sound 80 ms at a time and keeps a running memory, then decides from the "
                "strongest things it noticed anywhere in the clip. The classic simple (Elman) recurrent network."
            ),
            builder="mmstudio.core.media.audio.models:AudioElmanRNN",
            preprocessing=dict(_PREPROCESSING),
            config=dict(_RECURRENT),
            config_schema=RECURRENT_CONFIG_SCHEMA,
        ),
        ModelSpec(
            name="lstm",
            title="LSTM network",
            description=(
                "A recurrent network with gates that decide what to remember and what to forget, "
                "so the start of a sound still counts at its end."
            ),
            builder="mmstudio.core.media.audio.models:AudioLSTM",
            preprocessing=dict(_PREPROCESSING),
            config={**_RECURRENT, "hidden": 128},
            config_schema=RECURRENT_CONFIG_SCHEMA,
        ),
        ModelSpec(
            name="rrnn",
            title="Stacked recurrent network",
            description=(
                "Two simple recurrent layers, the second listening to what the first wrote: "
                "it can learn more complex patterns, but needs more examples and time."
            ),
            builder="mmstudio.core.media.audio.models:AudioStackedRNN",
            preprocessing=dict(_PREPROCESSING),
            config={**_RECURRENT, "layers": 2},
            config_schema=RECURRENT_CONFIG_SCHEMA,
        ),
        ModelSpec(
            name="speech",
            title="Pretrained speech embedding",
            description=(
                "A network Google trained on a large amount of speech describes every 80 ms of sound; only a small "
                "decision layer learns your classes. Best on spoken words with few examples; always hears at "
                "16 kHz. Installed with mmstudio (2 MB of model, 80 MB of onnxruntime); a few ms per clip."
            ),
            builder="mmstudio.core.media.audio.embedding:SpeechEmbeddingHead",
            preprocessing={**_PREPROCESSING, "encoder": "speech_embedding"},
            config=dict(HEAD_CONFIG),
            config_schema=HEAD_CONFIG_SCHEMA,
            modality="mmstudio.core.media.audio.embedding:SpeechEmbeddingModality",
            preprocessing_schema=encoder_schema(PREPROCESSING_SCHEMA, "speech_embedding"),
        ),
    )
}


def is_noise_class(name: str) -> bool:
    """A class of background sound ('Background noise', '_background_noise_', 'silence'): mixed into the
    other examples when augmentation is on."""
    lowered = name.lower()
    return any(word in lowered for word in NOISE_WORDS)


def noise_labels(classes: list[str]) -> list[int]:
    """The class numbers of the background classes, for the preprocessing key "noise_labels"."""
    return [index for index, name in enumerate(classes) if is_noise_class(name)]


def _samples() -> dict:
    speech = sample_path("speech")
    return {"Spoken words (yes, no, up, down, left, right) and background noise": speech} if speech else {}


MEDIUM = Medium(
    name="audio",
    title="Audio",
    description="Teach the computer to recognise sounds: spoken words, claps, whistles, machines.",
    extensions=AUDIO_EXTENSIONS,
    models=MODELS,
    default_model="cnn",
    modality="mmstudio.core.media.audio.modality:AudioModality",
    tab="mmstudio.gui.tabs.audio_tab:AudioTab",
    cli="mmstudio.cli.kinds.audio:AUDIO",
    samples=_samples,
    preprocessing_schema=PREPROCESSING_SCHEMA,
)
