"""Explanations on real trained models: hiding what an explanation ranks highest must hurt the model's answer
clearly more than hiding as much at random (the deletion check, per medium), and the results have the shapes,
offsets and signs the window and the command line rely on."""

from __future__ import annotations

import numpy as np
import pytest

from mmstudio.core.errors import DataError
from mmstudio.core.explain import explain, explain_raw
from mmstudio.core.explain.audio import cells
from mmstudio.core.media import get_modality
from mmstudio.core.media.audio import noise_labels
from mmstudio.core.media.text.samples import chinese_samples, english_samples
from mmstudio.core.pipeline import labelled_from_folder, train_examples
from mmstudio.core.predictor import Predictor
from mmstudio.core.settings import TrainSettings
from tests.core._helpers import assert_plain, cpu_seconds, finished
from tests.core.audio.sounds import noise, tone, tone_classes, write

DRAWS = 8  # random hidings averaged per example
# On average the explained hiding must lower the answer's probability by more than twice what random hiding does,
# and by 0.05 more at least (the models are sure of their answers: hiding 10 % at random barely moves them).
FACTOR, MARGIN = 2.0, 0.05


def answer_probability(predictor, raws: list, label: str) -> np.ndarray:
    """The probability of `label` for each raw example."""
    return np.array([predictor.predict_raw(raw).probabilities[label] for raw in raws])


def drops(predictor, raw, label: str, explained, randoms: list) -> tuple[float, float]:
    """(drop with the explained hiding, mean drop over the random hidings) of the label's probability."""
    full = answer_probability(predictor, [raw], label)[0]
    explained_drop = full - answer_probability(predictor, [explained], label)[0]
    random_drop = full - answer_probability(predictor, randoms, label).mean()
    return float(explained_drop), float(random_drop)


def assert_deletion_check(pairs: list[tuple[float, float]]) -> None:
    explained, random = np.mean(pairs, axis=0)
    assert explained > FACTOR * random + MARGIN, f"explained hiding lowers the answer by {explained:.3f}, random by {random:.3f}"


# images -------------------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def cnn(trained_cnn):
    return Predictor(trained_cnn)


@pytest.fixture(scope="module")
def pictures(labelled_for, image_modality, trained_cnn):
    """Pixels of 10 circles and stars (the data the models learnt; every one of them answered with confidence)."""
    chosen = labelled_for("circle")[:5] + labelled_for("star")[:5]
    return [image_modality.read(path, trained_cnn.preprocessing) for path, _ in chosen]


def hide_pixels(raw: np.ndarray, order: np.ndarray, count: int) -> np.ndarray:
    """The picture with the first `count` pixels of `order` (flat indices) set to its average colour."""
    hidden = raw.copy()
    rows, cols = np.unravel_index(order[:count], raw.shape[1:])
    hidden[:, rows, cols] = raw.reshape(raw.shape[0], -1).mean(axis=1).round().astype(np.uint8)[:, None]
    return hidden


@pytest.mark.parametrize("model", ["cnn", "autoencoder"])
def test_hiding_the_explained_pixels_hurts_the_answer_more_than_hiding_random_ones(
    model, trained_cnn, trained_autoencoder, pictures
):
    predictor = Predictor(trained_cnn if model == "cnn" else trained_autoencoder)
    rng = np.random.default_rng(0)
    count = pictures[0][0].size // 10  # 10 % of the pixels
    pairs = []
    for raw in pictures:
        explanation = explain_raw(predictor, raw)
        order = np.argsort(-explanation.attribution, axis=None)
        randoms = [hide_pixels(raw, rng.permutation(order.size), count) for _ in range(DRAWS)]
        pairs.append(drops(predictor, raw, explanation.label, hide_pixels(raw, order, count), randoms))
    assert_deletion_check(pairs)


def test_a_picture_is_explained_per_pixel_of_the_model_input(cnn, labelled_for):
    path = labelled_for("star")[0][0]
    explanation = explain(cnn, path)
    assert explanation.method == "integrated gradients"
    assert explanation.attribution.shape == (28, 28) and explanation.attribution.dtype == np.float32
    assert explanation.label == explanation.target == cnn.predict(path).label
    assert explanation.probabilities == pytest.approx(cnn.predict(path).probabilities)
    assert explanation.tokens is None and explanation.reconstruction_error is None


def test_explaining_the_other_class_turns_the_evidence_around(cnn, pictures):
    for raw in pictures[:4]:
        own = explain_raw(cnn, raw)
        other = explain_raw(cnn, raw, target=next(c for c in cnn.bundle.classes if c != own.label))
        assert other.label == own.label and other.target != own.target
        assert own.attribution.sum() > 0 > other.attribution.sum()
        assert np.corrcoef(own.attribution.ravel(), other.attribution.ravel())[0, 1] < -0.5


def test_the_autoencoder_also_gives_its_reconstruction_error_per_pixel(trained_autoencoder, pictures):
    predictor = Predictor(trained_autoencoder)
    explanation = explain_raw(predictor, pictures[0])
    error = explanation.reconstruction_error
    assert error.shape == (28, 28) and error.dtype == np.float32 and (error >= 0).all()
    scaled = pictures[0].astype(np.float32) / 255
    reconstruction = predictor.predict_raw(pictures[0]).reconstruction.astype(np.float32) / 255
    assert error.mean() == pytest.approx(((reconstruction - scaled) ** 2).mean(), abs=1e-3)


def test_an_unknown_class_is_refused_in_one_plain_sentence(cnn, pictures):
    with pytest.raises(DataError) as refused:
        explain_raw(cnn, pictures[0], target="triangle")
    assert_plain(str(refused.value), "triangle", "circle", "star")
    assert str(refused.value).count(".") == 1


def test_an_unreadable_file_is_a_plain_data_error(cnn, tmp_path):
    broken = tmp_path / "broken.png"
    broken.write_text("not a picture")
    with pytest.raises(DataError) as refused:
        explain(cnn, broken)
    assert_plain(str(refused.value), "broken.png")


# texts --------------------------------------------------------------------------------------------------------------
def train_text(rows, model: str, epochs: int):
    modality = get_modality("text")
    classes = sorted({label for _, label in rows})
    settings = TrainSettings(epochs=epochs, batch_size=16, learning_rate=0.01, seed=1)
    return Predictor(finished(list(train_examples(modality, rows, classes, model, settings))).bundle)


@pytest.fixture(scope="module")
def english_bow():
    return train_text(english_samples(per_class=30, seed=3), "bow", epochs=15)


@pytest.fixture(scope="module")
def english_lstm():
    return train_text(english_samples(per_class=30, seed=3), "lstm", epochs=12)


@pytest.fixture(scope="module")
def chinese_bow():
    return train_text(chinese_samples(per_class=30, seed=3), "bow", epochs=15)


def without_words(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with these (start, end) stretches blanked out (spaces keep the other words apart)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


@pytest.mark.parametrize("model", ["english_bow", "english_lstm", "chinese_bow"])
def test_leaving_out_the_explained_words_hurts_the_answer_more_than_leaving_out_random_ones(model, request):
    predictor = request.getfixturevalue(model)
    samples = chinese_samples if model.startswith("chinese") else english_samples
    texts = [text for text, _ in samples(per_class=3, seed=99)]  # texts the model never saw
    assert_leaving_out_the_explained_words_hurts_more_than_leaving_out_random_ones(predictor, texts)


def assert_leaving_out_the_explained_words_hurts_more_than_leaving_out_random_ones(predictor, texts) -> None:
    """The deletion check for texts (the encoder models' tests use it too): 20 % of the words, top-ranked or
    drawn at random, left out."""
    rng = np.random.default_rng(0)
    pairs = []
    for text in texts:
        explanation = explain_raw(predictor, text)
        words = [(t.start, t.end) for t in explanation.tokens]
        count = max(1, len(words) // 5)  # 20 % of the words
        ranked = sorted(range(len(words)), key=lambda k: -explanation.tokens[k].weight)
        explained = without_words(text, [words[k] for k in ranked[:count]])
        randoms = [without_words(text, [words[k] for k in rng.permutation(len(words))[:count]]) for _ in range(DRAWS)]
        pairs.append(drops(predictor, text, explanation.label, explained, randoms))
    assert_deletion_check(pairs)


@pytest.mark.parametrize(
    "text",
    [
        "  The team WON the final, 3.5 goals 😀👍🏽!  ",
        "我爱 machine learning，今天下雨了。",
        "ﬁne ½ İstanbul ΟΔΟΣ café",
        "\t明天 🇫🇷 天气很好",
    ],
)
def test_each_word_is_given_at_its_place_in_the_text_as_written(english_bow, text):
    tokens = explain_raw(english_bow, text).tokens
    assert tokens, text
    for token in tokens:
        assert text[token.start : token.end] == token.token and token.token.strip() == token.token
    assert [t.start for t in tokens] == sorted(t.start for t in tokens)
    assert all(a.end <= b.start for a, b in zip(tokens, tokens[1:]))  # one weight per word, none overlapping


def test_chinese_is_explained_per_character(chinese_bow):
    text = "今天下雨了"
    tokens = explain_raw(chinese_bow, text).tokens
    assert [t.token for t in tokens] == list(text)
    assert [(t.start, t.end) for t in tokens] == [(k, k + 1) for k in range(len(text))]


def test_a_text_is_cut_at_the_models_maximum_length(english_bow):
    limit = english_bow.bundle.preprocessing["max_length"]
    tokens = explain_raw(english_bow, "rain " * (limit + 50)).tokens
    assert len(tokens) == limit


def test_for_two_classes_the_other_class_gets_the_opposite_weights(tmp_path):
    rows = [(text, label) for text, label in english_samples(per_class=20, seed=4) if label in ("sports", "weather")]
    predictor = train_text(rows, "bow", epochs=10)
    own = explain_raw(predictor, "The team won the match in the rain.")
    other = explain_raw(predictor, "The team won the match in the rain.", target=next(
        c for c in predictor.bundle.classes if c != own.label
    ))
    assert [t.weight for t in other.tokens] == pytest.approx([-t.weight for t in own.tokens], abs=1e-5)
    assert sum(t.weight for t in own.tokens) != pytest.approx(sum(t.weight for t in other.tokens))


def test_a_sentence_is_explained_fast_enough_to_follow_typing(english_lstm):
    text = "Honestly, the striker scored twice in the final and the fans were singing all night."
    explain_raw(english_lstm, text)  # warm-up
    assert cpu_seconds(lambda: explain_raw(english_lstm, text)) < 0.1


# sounds -------------------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def tones(tmp_path_factory):
    root = tone_classes(tmp_path_factory.mktemp("tones"), per_class=12)
    labelled, classes, _ = labelled_from_folder(root, get_modality("audio"))
    return labelled, classes


@pytest.fixture(scope="module")
def sound_cnn(tones):
    labelled, classes = tones
    settings = TrainSettings(epochs=6, batch_size=8, seed=0)
    events = train_examples(get_modality("audio"), labelled, classes, "cnn", settings, {"noise_labels": noise_labels(classes)})
    return Predictor(finished(list(events)).bundle)


def hide_cells(raw: np.ndarray, chosen: list, mean: np.ndarray) -> np.ndarray:
    """The log-mel image with these (bands, frames) cells set to each band's training mean."""
    hidden = raw.copy()
    for bands, frames in chosen:
        hidden[bands, frames] = mean[bands, None]
    return hidden


def test_hiding_the_explained_cells_hurts_the_answer_more_than_hiding_random_ones(sound_cnn, tones):
    labelled, _ = tones
    modality, preprocessing = sound_cnn.modality, sound_cnn.bundle.preprocessing
    mean = np.array(preprocessing["mean"], dtype=np.float32)
    rng = np.random.default_rng(0)
    pairs = []
    for path, name in labelled[::4]:
        raw = modality.read(path, preprocessing)
        explanation = explain_raw(sound_cnn, raw)
        grid = cells(*raw.shape)
        weights = [explanation.attribution[frames.start, bands.start] for bands, frames in grid]
        count = max(1, len(grid) // 10)  # 10 % of the cells
        ranked = [grid[k] for k in np.argsort(weights)[::-1][:count]]
        randoms = [hide_cells(raw, [grid[k] for k in rng.permutation(len(grid))[:count]], mean) for _ in range(DRAWS)]
        pairs.append(drops(sound_cnn, raw, explanation.label, hide_cells(raw, ranked, mean), randoms))
    assert_deletion_check(pairs)


def test_a_clip_is_explained_per_frame_and_band(sound_cnn, tones):
    path = tones[0][0][0]
    explanation = explain(sound_cnn, path)
    mels, frames = sound_cnn.modality.read(path, sound_cnn.bundle.preprocessing).shape
    assert explanation.attribution.shape == (frames, mels) and explanation.attribution.dtype == np.float32
    assert explanation.method == "occlusion (time x frequency)"
    assert explanation.frame_seconds == pytest.approx(sound_cnn.bundle.preprocessing["hop_seconds"])
    assert explanation.start_seconds == 0.0
    assert explanation.label == sound_cnn.predict(path).label


def test_a_short_sound_is_explained_where_it_lies_in_its_centred_clip(sound_cnn, tmp_path):
    """A 0.5 s sound is centred in the 1 s clip the model hears: the clip starts 0.25 s before the file does."""
    path = write(tmp_path / "short.wav", tone(2500, 0.5, 16000), 16000)
    assert explain(sound_cnn, path).start_seconds == pytest.approx(-0.25, abs=1e-3)


def test_a_long_recording_is_explained_where_the_class_is_strongest(sound_cnn, tmp_path):
    rate = 16000
    sound = np.concatenate([noise(2.0, rate, 0.05), tone(2500, 1.0, rate), noise(1.5, rate, 0.05)])
    path = write(tmp_path / "long.wav", sound, rate)
    prediction = sound_cnn.predict(path)
    explanation = explain(sound_cnn, path, target="high")
    assert explanation.label == prediction.label
    assert explanation.probabilities == pytest.approx(prediction.probabilities)
    strongest = max(prediction.segments, key=lambda segment: segment.probabilities["high"])
    assert explanation.start_seconds == pytest.approx(strongest.start)
    assert 1.0 <= explanation.start_seconds <= 2.5  # the window holding the tone


@pytest.mark.parametrize("ngrams", [1, 2, 3, 4])
def test_the_tokens_with_spans_are_exactly_the_tokenizers(ngrams):
    from mmstudio.core.media.text.tokenize import tokenize, tokenize_with_spans

    for text, _ in chinese_samples(per_class=2, seed=5) + english_samples(per_class=2, seed=5):
        text = f" ﬁ {text} ½😀 "
        for limit in (None, 7):
            spanned = tokenize_with_spans(text, ngrams, limit)
            assert [token for token, _, _ in spanned] == tokenize(text, ngrams, limit)
            assert all(0 <= start < end <= len(text) for _, start, end in spanned)


@pytest.mark.parametrize("ngrams", [1, 2, 3])
def test_the_words_explained_are_the_tokens_the_model_reads_where_the_limit_cuts_a_chinese_run(chinese_bow, ngrams):
    import dataclasses

    from mmstudio.core.explain.text import token_spans

    bundle = chinese_bow.bundle
    preprocessing = {**bundle.preprocessing, "cjk_ngrams": ngrams, "max_length": 5}
    predictor = Predictor(dataclasses.replace(bundle, preprocessing=preprocessing))
    text = "今天下午我们去公园散步"
    read = predictor.modality.tokens(text, preprocessing)
    assert len(read) == {1: 5, 2: 9, 3: 12}[ngrams]  # 5 characters, with the pairs (and triples) inside them
    assert [token for token, _, _ in token_spans(predictor, text)] == read
