"""`mmstudio predict` with a picture model on the CPU never imports torch (its import alone is over the 1.5 s the
command may take) and prints what the torch `Predictor` would; a text model still predicts through torch."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from mmstudio.cli.output import print_prediction
from mmstudio.core.gpu_probe import may_have_cuda
from mmstudio.core.predictor import Predictor
from tests.cli.running import ENV, assert_user_error
from tests.core._model_files import example_for, model_files

IMAGE_KINDS = ("image/cnn", "image/autoencoder")
# --device auto means the CPU without torch only where no NVIDIA driver is installed
CPU_DEVICES = ["cpu", "CPU"] + ([] if may_have_cuda() else ["auto"])


def predict(*args) -> tuple[subprocess.CompletedProcess, set[str]]:
    """A fresh `python -X importtime -m mmstudio predict ARGS`, and the modules it imported (top-level packages
    and their submodules: "torch", "torch._dynamo")."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "mmstudio", "predict", *map(str, args)],
        env=ENV,
        capture_output=True,
        text=True,
        timeout=180,
    )
    timings = [line for line in result.stderr.splitlines() if line.startswith("import time:")]
    result.stderr = "\n".join(line for line in result.stderr.splitlines() if line not in timings)
    names = {line.rsplit("|", 1)[1].strip() for line in timings}
    return result, names | {name.split(".")[0] for name in names}


@pytest.mark.parametrize("device", CPU_DEVICES)
@pytest.mark.parametrize("kind", IMAGE_KINDS)
def test_a_picture_model_predicts_on_the_cpu_without_torch(kind, device):
    picture = example_for("image")
    result, imported = predict(model_files()[kind], picture, "--device", device, "--json")
    assert result.returncode == 0, result.stderr
    assert "numpy" in imported and "torch" not in imported
    line = json.loads(result.stdout)
    expected = Predictor.from_file(model_files()[kind]).predict(picture)
    assert (line["path"], line["label"], line.get("unusual")) == (str(picture), expected.label, expected.unusual)
    assert list(line["probabilities"]) == list(expected.probabilities)
    assert line["probabilities"] == pytest.approx(expected.probabilities, abs=1e-5)


@pytest.mark.parametrize("kind", IMAGE_KINDS)
def test_the_text_it_prints_is_the_torch_predictor_s(kind, capsys):
    picture = example_for("image")
    result, imported = predict(model_files()[kind], picture, "--device", "cpu")
    assert result.returncode == 0 and "torch" not in imported, result.stderr
    predictor = Predictor.from_file(model_files()[kind])
    print_prediction(picture, predictor.predict(picture), False, predictor.modality)
    assert result.stdout == capsys.readouterr().out


@pytest.mark.parametrize("kind", ["text/bow", "text/lstm"])
def test_a_text_model_still_predicts_through_torch(kind):
    result, imported = predict(model_files()[kind], "--text", example_for("text"), "--device", "cpu", "--json")
    assert result.returncode == 0, result.stderr
    assert "torch" in imported  # and so the check above can see torch
    # building the network on the meta device to check the file's shapes fills no embedding: that would import
    # torch._dynamo, 2.5 s (text/models.py embedding_weights)
    assert "torch._dynamo" not in imported
    expected = Predictor.from_file(model_files()[kind]).predict(example_for("text"))
    line = json.loads(result.stdout)
    assert line["label"] == expected.label
    assert line["probabilities"] == pytest.approx(expected.probabilities, abs=1e-5)


def test_a_damaged_picture_model_is_refused_without_torch(tmp_path):
    damaged = tmp_path / "damaged.mmstudio"
    damaged.write_bytes(model_files()["image/cnn"].read_bytes()[:-100])
    result, imported = predict(damaged, example_for("image"), "--device", "cpu")
    assert "damaged" in assert_user_error(result) and "torch" not in imported


def test_text_given_to_a_picture_model_is_refused_as_before():
    result, _ = predict(model_files()["image/cnn"], "--text", "hello", "--device", "cpu")
    assert "--text works with text models only" in assert_user_error(result)
