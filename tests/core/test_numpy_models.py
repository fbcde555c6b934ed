"""The numpy twins of the two image networks (media/image/numpy_models.py) and NumpyPredictor answer as torch does:
the same weight shapes for any size, colour and number of classes, the same scores layer by layer, and the same
predictions from real trained models, grey and colour, as `Predictor`."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import numpy as np
import pytest
import torch

from mmstudio.core import numpy_predictor
from mmstudio.core.checkpoint import save_bundle
from mmstudio.core.media import build_model, get_modality
from mmstudio.core.media.image import numpy_models
from mmstudio.core.media.image.samples import write_shapes
from mmstudio.core.numpy_predictor import NumpyPredictor, on_the_cpu_for_certain
from mmstudio.core.pipeline import labelled_from_folder, train_examples
from mmstudio.core.predictor import Predictor
from mmstudio.core.resources import sample_path
from mmstudio.core.settings import TrainSettings

from ._helpers import finished

NETWORKS = {"cnn": numpy_models.SeedCNN, "autoencoder": numpy_models.AutoencoderClassifier}
# (model, size, channels, classes, config)
SHAPES = [
    ("cnn", 10, 1, 2, {}),
    ("cnn", 28, 1, 4, {}),
    ("cnn", 33, 3, 5, {}),
    ("cnn", 64, 3, 1000, {}),
    ("autoencoder", 8, 1, 2, {}),
    ("autoencoder", 28, 3, 3, {"code_size": 7}),
    ("autoencoder", 36, 1, 10, {"code_size": 100, "reconstruction_weight": 0.5}),
]


def expected_shapes(model: str, size: int, channels: int, classes: int, config: dict) -> dict:
    preprocessing = {"size": size, "channels": channels}
    return numpy_predictor._layout("image", model, classes, preprocessing, config)


def torch_network(model: str, size: int, channels: int, classes: int, config: dict, seed: int = 0):
    torch.manual_seed(seed)
    return build_model("image", model, classes, {"size": size, "channels": channels}, config).eval()


@pytest.mark.parametrize(("model", "size", "channels", "classes", "config"), SHAPES)
def test_the_shapes_are_the_torch_network_s(model, size, channels, classes, config):
    with torch.device("meta"):
        network = torch_network(model, size, channels, classes, config)
    torch_shapes = {name: ("F32", list(tensor.shape)) for name, tensor in network.state_dict().items()}
    assert expected_shapes(model, size, channels, classes, config) == torch_shapes


@pytest.mark.parametrize(("model", "size"), [("cnn", 8), ("cnn", 9), ("autoencoder", 30), ("autoencoder", 10)])
def test_sizes_the_torch_network_refuses_are_refused(model, size):
    with pytest.raises(ValueError):
        build_model("image", model, 2, {"size": size, "channels": 1}, {})
    with pytest.raises(ValueError):
        expected_shapes(model, size, 1, 2, {})


@pytest.mark.parametrize(("model", "size", "channels", "classes", "config"), SHAPES[:-1])
def test_the_scores_are_the_torch_network_s(model, size, channels, classes, config):
    network = torch_network(model, size, channels, classes, config, seed=size)
    pixels = torch.rand(1, channels, size, size, generator=torch.Generator().manual_seed(1))
    twin = NETWORKS[model]({name: tensor.numpy() for name, tensor in network.state_dict().items()})
    with torch.no_grad():
        np.testing.assert_allclose(twin(pixels[0].numpy()), network(pixels)[0].numpy(), rtol=1e-4, atol=1e-5)
        if model == "autoencoder":
            redrawn = twin.reconstruct(pixels[0].numpy())
            np.testing.assert_allclose(redrawn, network.reconstruct(pixels)[0].numpy(), rtol=1e-4, atol=1e-6)


def test_each_layer_is_torch_s():
    generator = torch.Generator().manual_seed(3)
    pixels = torch.randn(1, 5, 9, 11, generator=generator)
    conv = torch.nn.Conv2d(5, 4, 3, padding=1)
    up = torch.nn.ConvTranspose2d(5, 3, 2, stride=2)
    big = torch.tensor([[[-200.0, -20.0, 0.0, 20.0, 200.0]]])
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("error")  # no overflow on the way either
        pairs = [
            (numpy_models.conv2d(pixels[0].numpy(), conv.weight.numpy(), conv.bias.numpy(), padding=1), conv(pixels)),
            (numpy_models.up_conv2d(pixels[0].numpy(), up.weight.numpy(), up.bias.numpy()), up(pixels)),
            (numpy_models.max_pool2(pixels[0].numpy()), torch.nn.functional.max_pool2d(pixels, 2)),
            (numpy_models.sigmoid(big[0].numpy()), torch.sigmoid(big)),
        ]
    for ours, theirs in pairs:
        np.testing.assert_allclose(ours, theirs[0].numpy(), rtol=1e-5, atol=1e-6)


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """({(model, size, channels): model file}, pictures): real models, one epoch on drawn shapes; pictures it
    never saw (a training picture's reconstruction error can sit on a quantile, where a rounding tips `unusual`)."""
    root = tmp_path_factory.mktemp("numpy")
    classes = ("circle", "star", "square")
    modality = get_modality("image")
    labelled, classes, _ = labelled_from_folder(write_shapes(root / "shapes", 5, 40, classes=classes), modality)
    files = {}
    for model, size, channels in (("cnn", 28, 1), ("cnn", 37, 3), ("autoencoder", 28, 1), ("autoencoder", 32, 3)):
        preprocessing = {"size": size, "channels": channels}
        settings = TrainSettings(epochs=1, batch_size=8, seed=0, patience=0, fit_on_all=False)
        bundle = finished(list(train_examples(modality, labelled, classes, model, settings, preprocessing))).bundle
        assert bundle.preprocessing == preprocessing
        files[model, size, channels] = save_bundle(bundle, root / f"{model}-{size}-{channels}")
    new = write_shapes(root / "new", 2, 50, seed=99, classes=classes)
    return files, sorted(new.glob("*/*.png"))


def test_real_models_predict_as_the_torch_predictor(trained):
    files, pictures = trained
    for key, path in files.items():
        ours, theirs = NumpyPredictor.from_file(path), Predictor.from_file(path)
        for picture in pictures:
            mine, expected = ours.predict(picture), theirs.predict(picture)
            assert mine.label == expected.label, (key, picture)
            assert mine.probabilities == pytest.approx(expected.probabilities, abs=1e-5)
            assert list(mine.probabilities) == list(expected.probabilities)
            np.testing.assert_array_equal(mine.shown, expected.shown)
            if key[0] == "autoencoder":
                assert mine.unusual == expected.unusual is not None
                assert np.abs(mine.reconstruction.astype(int) - expected.reconstruction).max() <= 1
            else:
                assert mine.unusual is expected.unusual is None and mine.reconstruction is None


@pytest.mark.parametrize("name", ["img", "ae"])
def test_files_of_mmstudio_0_1_answer_as_they_did(name):
    """tests/data/format1 (see test_old_model_files.py): what mmstudio 0.1.0's own predict said."""
    folder = Path(__file__).resolve().parents[1] / "data" / "format1"
    expected = json.loads((folder / f"{name}.expected.json").read_text())
    predictor = NumpyPredictor.from_file(folder / f"{name}.mmstudio")
    prediction = predictor.predict(sample_path("shapes") / "star" / "star_003.png")
    assert prediction.label == expected["label"]
    assert prediction.probabilities == pytest.approx(expected["probabilities"], abs=1e-5)
    assert prediction.unusual == expected.get("unusual")


def test_other_models_are_left_to_torch():
    from ._model_files import model_files

    for kind in ("text/bow", "text/lstm"):
        assert NumpyPredictor.from_file(model_files()[kind]) is None


def test_the_cpu_is_certain_only_when_asked_for_or_without_a_driver(monkeypatch):
    monkeypatch.setattr(numpy_predictor, "may_have_cuda", lambda: False)
    assert [on_the_cpu_for_certain(device) for device in ("auto", "cpu", "CPU", "cuda", "cuda:0")] == [
        True, True, True, False, False
    ]
    monkeypatch.setattr(numpy_predictor, "may_have_cuda", lambda: True)
    assert [on_the_cpu_for_certain(device) for device in ("auto", "cpu", "cuda")] == [False, True, False]
