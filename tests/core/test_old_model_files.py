"""Model files written by mmstudio 0.1.0 before the registry of media (format 1, commit f234c0c) still load and
give the same answers: the image CNN and autoencoder, the text bag of words and a bidirectional LSTM.

tests/data/format1/NAME.mmstudio were trained by that version (one epoch on the bundled samples) and
NAME.expected.json is what its own `mmstudio predict --json` said for the same input.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mmstudio.core.predictor import Predictor
from mmstudio.core.resources import sample_path

DATA = Path(__file__).resolve().parents[1] / "data" / "format1"
INPUTS = {
    "img": sample_path("shapes") / "star" / "star_003.png",
    "ae": sample_path("shapes") / "star" / "star_003.png",
    "bow": "the match ended in a draw",
    "lstm": "the match ended in a draw",
}


@pytest.mark.parametrize("name", sorted(INPUTS))
def test_an_old_model_file_loads_and_answers_as_it_did(name):
    expected = json.loads((DATA / f"{name}.expected.json").read_text())
    prediction = Predictor.from_file(DATA / f"{name}.mmstudio").predict(INPUTS[name])
    assert prediction.label == expected["label"]
    assert prediction.probabilities == pytest.approx(expected["probabilities"], abs=1e-5)
    if "unusual" in expected:
        assert prediction.unusual == pytest.approx(expected["unusual"], abs=1e-6)


def test_an_old_text_model_keeps_counting_its_longest_text_in_tokens():
    predictor = Predictor.from_file(DATA / "bow.mmstudio")
    limit = predictor.bundle.preprocessing["max_length"]
    assert "length_in" not in predictor.bundle.preprocessing
    assert len(predictor.modality.tokens("我爱机器学习" * limit, predictor.bundle.preprocessing)) == limit
