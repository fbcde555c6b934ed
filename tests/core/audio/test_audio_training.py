"""Training on real sound files: every model, augmentation, the model file, and prediction over long files."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from mmstudio.core.checkpoint import load_bundle, save_bundle
from mmstudio.core.media import get_modality
from mmstudio.core.media.audio import MEDIUM, MODELS, noise_labels
from mmstudio.core.media.audio.augment import mask_bands_and_frames, vary_sounds
from mmstudio.core.pipeline import labelled_from_folder
from mmstudio.core.predictor import Predictor
from tests.core._helpers import finished, run
from tests.core.audio.sounds import noise, tone, tone_classes, write


@pytest.fixture(scope="module")
def modality():
    return get_modality("audio")


@pytest.fixture(scope="module")
def tones(tmp_path_factory, modality):
    root = tone_classes(tmp_path_factory.mktemp("tones"), per_class=12)
    labelled, classes, warnings = labelled_from_folder(root, modality)
    assert warnings == [] and classes == ["background", "high", "low"]
    return labelled, classes


def train(modality, tones, model, **settings):
    labelled, classes = tones
    from mmstudio.core.pipeline import train_examples
    from mmstudio.core.settings import TrainSettings

    options = {"epochs": 4, "batch_size": 8, "seed": 0, **settings}
    preprocessing = {"noise_labels": noise_labels(classes)}
    return list(train_examples(modality, labelled, classes, model, TrainSettings(**options), preprocessing))


@pytest.fixture(scope="module")
def cnn_bundle(modality, tones):
    return finished(train(modality, tones, "cnn", epochs=6)).bundle


@pytest.mark.parametrize("model", sorted(MODELS))
def test_every_model_trains_saves_and_loads(modality, tones, tmp_path, model):
    done = finished(train(modality, tones, model, epochs=2))
    assert len(done.history) == 2
    assert all(np.isfinite(record["loss"]) for record in done.history)
    loaded = load_bundle(save_bundle(done.bundle, tmp_path / model))
    assert loaded.model == model and loaded.preprocessing == done.bundle.preprocessing


def test_recurrent_models_can_listen_both_ways(modality, tones, tmp_path):
    labelled, classes = tones
    events = run(modality, labelled, classes, "lstm", epochs=1)
    one_way = finished(events).bundle
    from mmstudio.core.pipeline import train_examples
    from mmstudio.core.settings import TrainSettings

    both = finished(
        list(train_examples(modality, labelled, classes, "lstm", TrainSettings(epochs=1), model_config={"bidirectional": True}))
    ).bundle
    assert MODELS["lstm"].sequential and not MODELS["cnn"].sequential
    assert both.state_dict["head.weight"].shape[1] == 2 * one_way.state_dict["head.weight"].shape[1]
    assert load_bundle(save_bundle(both, tmp_path / "both")).model_config["bidirectional"] is True


def test_the_cnn_learns_low_from_high_tones(cnn_bundle):
    assert cnn_bundle.metrics["accuracy"] >= 0.9


def test_the_model_file_holds_every_feature_parameter(cnn_bundle):
    stored = cnn_bundle.preprocessing
    for key in ("sample_rate", "clip_seconds", "window_seconds", "hop_seconds", "mels", "fmin", "top_db"):
        assert stored[key] == MODELS["cnn"].preprocessing[key]
    assert len(stored["mean"]) == len(stored["std"]) == 40
    assert stored["noise_labels"] == [0]


def test_augmentation_keeps_shapes_and_labels_and_is_seeded(modality, tones):
    labelled, classes = tones
    preprocessing = {**MODELS["cnn"].preprocessing, "noise_labels": noise_labels(classes)}
    raws = [modality.read(path, preprocessing) for path, _ in labelled]
    labels = [classes.index(name) for _, name in labelled]
    data = modality.encode(raws, labels, modality.fit(raws, preprocessing))
    rows = torch.arange(len(data))
    plain, plain_labels = data.batch(rows)
    varied, varied_labels = data.batch(rows, augment=True, generator=torch.Generator().manual_seed(1))
    again, _ = data.batch(rows, augment=True, generator=torch.Generator().manual_seed(1))
    assert varied.shape == plain.shape == (len(raws), 1, 40, 101) and varied.dtype == torch.float32
    assert torch.equal(varied_labels, plain_labels)
    assert torch.equal(varied, again) and not torch.equal(varied, plain)
    assert torch.isfinite(varied).all()
    assert (varied == 0).any() and not (plain == 0).any()  # masked bands and frames hold the mean
    assert len(data.noise()) == labels.count(0)
    assert len(data.subset(torch.tensor([0, 12, 30])).noise()) == 1  # the subset's own noise only (the first 12)


def test_each_change_does_what_it_says():
    generator = torch.Generator().manual_seed(0)
    db = torch.full((4, 1, 8, 20), -50.0)
    db[:, :, :, 8:12] = 0.0  # a sound in the middle of the clip
    varied = vary_sounds(db, generator, torch.zeros(0, 1, 8, 20), floor_db=80.0)
    loud = varied.amax(dim=(1, 2, 3)) - varied.amin(dim=(1, 2, 3))
    assert loud.tolist() == pytest.approx([50.0] * 4)  # gain and shift move the sound, not its contrast
    noise_db = torch.full((1, 1, 8, 20), 0.0)
    mixed = vary_sounds(db.clone(), torch.Generator().manual_seed(3), noise_db, floor_db=80.0)
    assert (mixed.amin(dim=(1, 2, 3)) > -40).any()  # some got the noise: the quiet parts are no longer quiet
    masked = mask_bands_and_frames(torch.ones(64, 1, 40, 101), torch.Generator().manual_seed(0))
    hidden = masked == 0
    assert hidden.any() and not hidden.all()
    assert (hidden.flatten(1).sum(1) <= 40 * 101 - 34 * 86).all()  # at most 15 % of the bands and of the frames


def test_a_long_file_is_predicted_window_by_window(cnn_bundle, tmp_path):
    rate = 16000
    sound = np.concatenate([tone(350, 2.0, rate), tone(2500, 2.0, rate), noise(1.1, rate, 0.1)])
    path = write(tmp_path / "long.flac", sound, rate, "flac")
    prediction = Predictor(cnn_bundle).predict(path)
    starts = [segment.start for segment in prediction.segments]
    assert starts == [0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.1]
    assert prediction.segments[-1].end == pytest.approx(5.1)
    labels = [segment.label for segment in prediction.segments]
    assert labels[:3] == ["low"] * 3 and labels[4:7] == ["high"] * 3
    for segment in prediction.segments:
        assert sum(segment.probabilities.values()) == pytest.approx(1.0, abs=1e-5)
    overall = np.mean([[s.probabilities[name] for name in cnn_bundle.classes] for s in prediction.segments], axis=0)
    assert list(prediction.probabilities.values()) == pytest.approx(overall.tolist(), abs=1e-6)
    assert prediction.label == cnn_bundle.classes[int(np.argmax(overall))]


def test_a_clip_gives_one_prediction_and_no_segments(cnn_bundle, tmp_path):
    path = write(tmp_path / "high.wav", tone(2500, 1.0, 44100), 44100)
    prediction = Predictor(cnn_bundle).predict(path)
    assert prediction.label == "high" and prediction.segments == []
    assert prediction.shown.shape == (40, 101)  # the log-mel image the model heard, for display


def test_the_speech_sample_is_registered():
    (title, folder), = MEDIUM.samples().items()
    assert "yes" in title
    classes = sorted(p.name for p in folder.iterdir() if p.is_dir())
    assert classes == ["background", "down", "left", "no", "right", "up", "yes"]
    assert all(len(list((folder / name).glob("*.ogg"))) == 60 for name in classes)
