"""Listening: a trained model classifies what the microphone hears, a known clip played into the null sink."""

from __future__ import annotations

import threading

import pytest

from mmstudio.core.media import get_modality
from mmstudio.core.media.audio import noise_labels
from mmstudio.core.media.audio.features import FeatureSettings
from mmstudio.core.pipeline import labelled_from_folder, train_examples
from mmstudio.core.predictor import Predictor
from mmstudio.core.settings import TrainSettings
from tests.core._helpers import finished
from tests.core.audio.sounds import noise, tone, tone_classes


@pytest.fixture(scope="module")
def predictor(tmp_path_factory):
    modality = get_modality("audio")
    labelled, classes, _ = labelled_from_folder(tone_classes(tmp_path_factory.mktemp("tones"), per_class=16), modality)
    settings = TrainSettings(epochs=8, batch_size=8, seed=0, augment=True)
    events = train_examples(modality, labelled, classes, "cnn", settings, {"noise_labels": noise_labels(classes)})
    return Predictor(finished(list(events)).bundle)


def heard_until(session, wanted: str, stop: threading.Event, limit: int = 50) -> list:
    """The windows heard until the model is sure it hears `wanted` (at most `limit` windows)."""
    heard = []
    for window in session:
        heard.append(window)
        if window.prediction.label == wanted and window.prediction.probabilities[wanted] > 0.7:
            break
        assert len(heard) < limit, f"never heard '{wanted}': {[w.prediction.label for w in heard]}"
    return heard


def test_listening_hears_a_played_tone_as_its_class(sound_device, predictor):
    import sounddevice

    from mmstudio.core.media.audio.listening import listen

    sound_device.listen_to_playback()
    rate = predictor.modality.medium.models["cnn"].preprocessing["sample_rate"]
    stop = threading.Event()
    session = listen(predictor, stop)
    first = next(session)
    assert first.spectrogram.shape == FeatureSettings.from_preprocessing(predictor.bundle.preprocessing).shape()
    sounddevice.play(tone(2500, 2.0, rate) + noise(2.0, rate, 0.01), rate)
    heard_high = heard_until(session, "high", stop)
    sounddevice.play(tone(350, 2.0, rate) + noise(2.0, rate, 0.01), rate)
    heard_low = heard_until(session, "low", stop)
    stop.set()
    assert list(session) == []  # stopping ends the session at its next window
    sounddevice.stop()
    seconds = [window.seconds for window in [first, *heard_high, *heard_low]]
    assert seconds == sorted(seconds)
    gaps = [later - earlier for earlier, later in zip(seconds, seconds[1:])]
    assert max(gaps) < 0.35  # a new window every 0.1 s of sound (a slow moment may skip a few)


def test_listening_ends_when_stopped(sound_device, predictor):
    from mmstudio.core.media.audio.listening import listen

    stop = threading.Event()
    session = listen(predictor, stop)
    next(session)
    stop.set()
    assert list(session) == []


def test_a_speech_embedding_model_listens_to_16_khz_samples_and_shows_a_spectrogram(sound_device, tmp_path):
    """That model reads raw samples, not log-mels: each window is heard as samples, drawn as a spectrogram.
    (The speech embedding is poor at telling tones apart, so only the path is checked here.)"""
    import sounddevice

    from mmstudio.core.media.audio.listening import listen

    pytest.importorskip("onnxruntime", reason="the speech embedding runs on onnxruntime")
    modality = get_modality("audio")
    labelled, classes, _ = labelled_from_folder(tone_classes(tmp_path / "tones", per_class=10), modality)
    settings = TrainSettings(epochs=6, batch_size=8, seed=0, fit_on_all=False, patience=0)
    speech = Predictor(finished(list(train_examples(modality, labelled, classes, "speech", settings))).bundle)
    sound_device.listen_to_playback()
    stop = threading.Event()
    session = listen(speech, stop)
    first = next(session)
    sounddevice.play(tone(2500, 2.0, 16000) + noise(2.0, 16000, 0.01), 16000)
    windows = [next(session) for _ in range(5)]
    stop.set()
    sounddevice.stop()
    for window in (first, *windows):
        assert window.raw.shape == (16000,) and window.spectrogram.ndim == 2
        assert window.prediction.probabilities == speech.predict_raw(window.raw).probabilities
