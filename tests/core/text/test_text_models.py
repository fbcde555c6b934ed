import json

import pytest
import torch

from mmstudio.core.media.text import MODELS as TEXT_MODELS
from mmstudio.core.settings import TrainSettings
from mmstudio.core.checkpoint import load_bundle, save_bundle
from mmstudio.core.errors import DataError
from mmstudio.core.events import Failed, Finished
from mmstudio.core.media import get_modality
from mmstudio.core.media import build_model
from mmstudio.core.media.text.modality import TextData
from mmstudio.core.pipeline import train_examples
from mmstudio.core.predictor import Predictor




WEATHER = ["sunny and warm today", "heavy rain tomorrow", "cold wind and snow", "cloudy with showers", "a hot dry day"]
SPORTS = ["the team won the match", "a late goal in the final", "our striker scored twice", "the coach cheered"]
FOOD = ["spicy noodles for dinner", "a sweet apple pie", "fresh bread and cheese", "the soup was too salty"]


BIDIRECTIONAL = {"bidirectional": True}
MODELS = [("bow", {}), ("rnn", {}), ("lstm", {}), ("rrnn", {}), ("lstm", BIDIRECTIONAL), ("rrnn", BIDIRECTIONAL)]
MODEL_IDS = ["bow", "rnn", "lstm", "rrnn", "lstm-bidirectional", "rrnn-bidirectional"]


def tiny_set(repeat: int = 4):
    labelled = []
    for name, texts in (("weather", WEATHER), ("sports", SPORTS), ("food", FOOD)):
        for k in range(repeat):
            labelled += [(f"{text} {'!' * k}", name) for text in texts]
    return labelled, ["weather", "sports", "food"]


def train(model_name: str, labelled, classes, epochs: int = 15, **config):
    settings = TrainSettings(epochs=epochs, batch_size=8, learning_rate=0.01, seed=1)
    modality = get_modality("text")
    events = list(train_examples(modality, labelled, classes, model_name, settings, model_config=config))
    failed = [e.message for e in events if isinstance(e, Failed)]
    assert not failed, failed
    return next(e for e in events if isinstance(e, Finished)).bundle


def fitted(texts, model_name="rnn"):
    modality = get_modality("text")
    preprocessing = modality.fit(texts, dict(TEXT_MODELS[model_name].preprocessing))
    return modality, preprocessing


@pytest.mark.parametrize(("model_name", "config"), MODELS, ids=MODEL_IDS)
def test_padding_does_not_change_the_scores(model_name, config):
    short = "a hot dry day"
    long = " ".join(["heavy rain tomorrow and cold wind"] * 12)
    modality, preprocessing = fitted([short, long], model_name)
    torch.manual_seed(0)
    model = build_model("text", model_name, 3, preprocessing, {**TEXT_MODELS[model_name].config, **config}).eval()
    alone = modality.encode([short], [0], preprocessing)
    together = modality.encode([short, long], [0, 1], preprocessing)
    (alone_ids, _), _ = alone.batch(torch.arange(1))
    (ids, lengths), _ = together.batch(torch.arange(2))
    assert ids.shape[1] > 5 * alone_ids.shape[1]  # the short text is padded a lot in the batch
    with torch.no_grad():
        by_itself = model(alone.batch(torch.arange(1))[0])
        batched = model((ids, lengths))
    torch.testing.assert_close(by_itself[0], batched[0], rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize(("model_name", "config"), MODELS, ids=MODEL_IDS)
def test_each_model_learns_a_tiny_set(model_name, config):
    labelled, classes = tiny_set()
    bundle = train(model_name, labelled, classes, **config)
    assert bundle.metrics["accuracy"] >= 0.9, bundle.history
    assert bundle.history[-1]["loss"] < bundle.history[0]["loss"]
    predictor = Predictor(bundle)
    assert predictor.predict("heavy rain and snow tomorrow").label == "weather"
    assert predictor.predict("the team scored a goal").label == "sports"


def test_a_saved_bundle_predicts_the_same_with_its_vocabulary(tmp_path):
    labelled, classes = tiny_set()
    labelled += [("今天天气很好，阳光明媚", "weather"), ("主队赢了比赛", "sports"), ("红烧肉很好吃", "food")] * 3
    bundle = train("lstm", labelled, classes, epochs=5)
    path = save_bundle(bundle, tmp_path / "words")
    loaded = load_bundle(path, modality="text")
    assert loaded.preprocessing == json.loads(json.dumps(bundle.preprocessing))
    assert loaded.preprocessing["vocabulary"][:2] == ["<pad>", "<unk>"]
    before, after = Predictor(bundle), Predictor(loaded)
    for text in ("sunny but cold", "阳光明媚的一天", "a goal! 😀", "words it never saw"):
        first, second = before.predict(text), after.predict(text)
        assert first.label == second.label
        for name in classes:
            assert first.probabilities[name] == pytest.approx(second.probabilities[name], abs=1e-6)


def test_predict_accepts_text_files(tmp_path):
    labelled, classes = tiny_set()
    bundle = train("bow", labelled, classes, epochs=10)
    path = tmp_path / "note.txt"
    path.write_text("Heavy rain and cold wind tomorrow.", encoding="utf-16")
    assert Predictor(bundle).predict(path).label == "weather"
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    with pytest.raises(DataError, match="'empty.txt' is empty"):
        Predictor(bundle).predict(empty)
    with pytest.raises(DataError, match="empty"):
        Predictor(bundle).predict("   ")


def test_unreadable_and_empty_examples_are_skipped_and_counted(tmp_path):
    from mmstudio.core.events import Notice

    labelled, classes = tiny_set()
    (tmp_path / "blank.txt").write_text("   ", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    labelled += [(tmp_path / "blank.txt", "weather"), (tmp_path / "binary.txt", "food"), ("  ", "sports")]
    settings = TrainSettings(epochs=1, seed=1)
    events = list(train_examples(get_modality("text"), labelled, classes, "bow", settings))
    notices = [e.message for e in events if isinstance(e, Notice)]
    assert any(n.startswith("3 example(s) could not be read") for n in notices), notices
    assert any(isinstance(e, Finished) for e in events)


def test_a_thousand_characters_are_predicted_the_same_every_time():
    """How long it takes is measured in benchmarks/bench_text_predict.py (goal: p95 <= 20 ms)."""
    labelled, classes = tiny_set()
    text = ("The weather today is sunny and warm, and the team plays football after lunch. " * 13)[:1000]
    for name in ("bow", "lstm"):
        predictor = Predictor(train(name, labelled, classes, epochs=1))
        first = predictor.predict(text)
        assert first.label in classes and set(first.probabilities) == set(classes)
        assert sum(first.probabilities.values()) == pytest.approx(1.0)
        again = predictor.predict(text)
        assert (again.label, again.probabilities) == (first.label, first.probabilities), name


def test_text_data_batches_pad_to_the_batch_maximum():
    data = TextData.from_sequences([[2, 3, 4], [5], [6, 7]], [0, 1, 0])
    (ids, lengths), labels = data.batch(torch.tensor([1, 2]))
    assert ids.tolist() == [[5, 0], [6, 7]]
    assert lengths.tolist() == [1, 2] and labels.tolist() == [1, 0]
    part = data.subset(torch.tensor([2, 0]))
    assert len(part) == 2
    (ids, lengths), labels = part.batch(torch.arange(2))
    assert ids.tolist() == [[6, 7, 0], [2, 3, 4]] and labels.tolist() == [0, 0]


def test_word_dropout_hides_tokens_only_when_augmenting():
    data = TextData.from_sequences([[2] * 50, [3] * 50], [0, 1])
    plain, _ = data.batch(torch.arange(2))
    assert (plain[0] == 1).sum() == 0
    generator = torch.Generator().manual_seed(0)
    hidden, _ = data.batch(torch.arange(2), augment=True, generator=generator)
    assert 0 < (hidden[0] == 1).sum() < 30


def test_models_refuse_bad_settings():
    _, preprocessing = fitted(["a b c"])
    with pytest.raises(ValueError, match="at least 2"):
        build_model("text", "rrnn", 2, preprocessing, {**TEXT_MODELS["rrnn"].config, "layers": 1})
    with pytest.raises(ValueError, match="trained first"):
        build_model("text", "bow", 2, {"max_length": 10}, {})
