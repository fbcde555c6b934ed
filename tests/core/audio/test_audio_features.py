"""Log-mel features: shapes and parameters from the preprocessing, the mel filterbank, levels in dB."""

from __future__ import annotations

import numpy as np
import pytest

from mmstudio.core.media.audio import MODELS
from mmstudio.core.media.audio.features import FeatureSettings, fit_normalisation, log_mel, mel_filterbank
from tests.core.audio.sounds import noise, tone

DEFAULTS = MODELS["cnn"].preprocessing


@pytest.mark.parametrize(
    ("changes", "shape"),
    [({}, (40, 101)), ({"mels": 64}, (64, 101)), ({"clip_seconds": 0.5}, (40, 51)), ({"sample_rate": 8000}, (40, 101))],
)
def test_the_shape_follows_the_preprocessing(changes, shape):
    settings = FeatureSettings.from_preprocessing({**DEFAULTS, **changes})
    assert settings.shape() == shape
    assert log_mel(noise(settings.clip_samples / settings.rate, settings.rate), settings).shape == shape


def test_sizes_in_samples_follow_the_rate():
    settings = FeatureSettings.from_preprocessing({**DEFAULTS, "sample_rate": 8000})
    assert (settings.window, settings.hop, settings.n_fft, settings.fmax) == (200, 80, 256, 4000.0)
    assert FeatureSettings.from_preprocessing(DEFAULTS).n_fft == 512


def test_the_filterbank_matches_librosas_slaney_filters():
    """Values of librosa.filters.mel(sr=16000, n_fft=512, n_mels=40, fmin=20, fmax=8000), librosa 0.11."""
    bank = mel_filterbank(16000, 512, 40, 20.0, 8000.0)
    assert bank.shape == (40, 257) and (bank >= 0).all()
    assert bank.sum(axis=1)[[0, 10, 20, 39]] == pytest.approx([0.03318538, 0.03132905, 0.03195641, 0.03198337], rel=1e-5)
    assert bank.argmax(axis=1)[[0, 10, 20, 39]].tolist() == [3, 26, 57, 237]
    assert bank[10][bank[10] > 0] == pytest.approx([0.00569676, 0.0115477, 0.00996776, 0.00411683], rel=1e-5)
    assert (np.diff(bank.argmax(axis=1)) >= 0).all()  # centres rise with the band number


def test_a_tone_lights_the_band_of_its_pitch():
    settings = FeatureSettings.from_preprocessing(DEFAULTS)
    bank = mel_filterbank(settings.rate, settings.n_fft, settings.mels, settings.fmin, settings.fmax)
    centres = bank.argmax(axis=1) * settings.rate / settings.n_fft
    for hz in (300, 1000, 4000):
        loudest = log_mel(tone(hz, 1.0, settings.rate), settings).mean(axis=1).argmax()
        assert centres[loudest] == pytest.approx(hz, rel=0.12)


def test_louder_is_a_shift_in_db_down_to_the_floor():
    settings = FeatureSettings.from_preprocessing(DEFAULTS)
    quiet = noise(1.0, 16000, 0.05)
    assert log_mel(quiet * 2, settings) - log_mel(quiet, settings) == pytest.approx(20 * np.log10(2), abs=1e-3)
    silence_then_sound = np.concatenate([np.zeros(8000, np.float32), quiet[:8000]])
    features = log_mel(silence_then_sound, settings)
    assert features.min() == pytest.approx(features.max() - settings.top_db)


def test_normalisation_statistics_are_per_band():
    features = [np.array([[1.0, 3.0], [10.0, 10.0]]), np.array([[5.0, 7.0], [10.0, 10.0]])]
    fitted = fit_normalisation(features)
    assert fitted["mean"] == [4.0, 10.0]
    assert fitted["std"][0] == pytest.approx(np.std([1, 3, 5, 7]))
    assert fitted["std"][1] > 0  # a constant band is not divided by zero


@pytest.mark.parametrize(
    "changes", [{"fmin": 9000.0}, {"hop_seconds": 0.05}, {"mean": [0.0] * 3, "std": [1.0] * 3}]
)
def test_settings_that_do_not_fit_together_are_refused(changes):
    with pytest.raises(ValueError):
        FeatureSettings.from_preprocessing({**DEFAULTS, **changes})
