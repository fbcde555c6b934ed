"""The picture networks train in the channels-last layout (oneDNN's own, faster on the CPU), while their files
keep the usual layout: a file reads back to the same weights and the same answers as the model just trained."""

from __future__ import annotations

import pytest
import torch
from safetensors import safe_open

from mmstudio.core.checkpoint import save_bundle
from mmstudio.core.media import get_modality
from mmstudio.core.media.image.samples import write_shapes
from mmstudio.core.pipeline import labelled_from_folder, train_examples
from mmstudio.core.predictor import Predictor
from mmstudio.core.settings import TrainSettings

from ._helpers import finished

# the second convolution of each: the first one's single input channel makes both layouts the same
CONVOLUTIONS = {"cnn": ("features.3.weight",), "autoencoder": ("encoder.3.weight", "decoder.0.weight")}


@pytest.mark.parametrize("model", sorted(CONVOLUTIONS))
def test_a_trained_picture_network_runs_channels_last_and_its_file_holds_the_usual_layout(tmp_path, model):
    modality = get_modality("image")
    labelled, classes, _ = labelled_from_folder(write_shapes(tmp_path / "shapes", 4, 40), modality)
    settings = TrainSettings(epochs=1, batch_size=8, seed=0, patience=0, fit_on_all=False)
    bundle = finished(list(train_examples(modality, labelled, classes, model, settings, {"size": 28, "channels": 1}))).bundle
    in_memory = Predictor(bundle)
    path = save_bundle(bundle, tmp_path / model)
    from_file = Predictor.from_file(path)
    for name in CONVOLUTIONS[model]:
        for predictor in (in_memory, from_file):
            weight = predictor.model.get_parameter(name)
            assert weight.is_contiguous(memory_format=torch.channels_last) and not weight.is_contiguous()
        with safe_open(path, "pt") as stored:
            assert torch.equal(stored.get_tensor(name), bundle.state_dict[name])
            assert stored.get_tensor(name).is_contiguous()
    for picture in sorted((tmp_path / "shapes").glob("*/*.png"))[::7]:
        assert from_file.predict(picture).probabilities == in_memory.predict(picture).probabilities
