"""`mmstudio train image --model mobilenet --weights FILE`: the offline way in, through the real entry point."""

from __future__ import annotations

from pathlib import Path

import torch

from mmstudio.core.media.image.mobilenet import MobileNetV3Small
from tests.cli.running import ENV, finish, last_json

SHAPES = Path(__file__).resolve().parents[2] / "resources" / "samples" / "shapes"


def _subset(root: Path, per_class: int) -> Path:
    for folder in sorted(SHAPES.iterdir())[:2]:
        (root / folder.name).mkdir(parents=True)
        for path in sorted(folder.iterdir())[:per_class]:
            (root / folder.name / path.name).write_bytes(path.read_bytes())
    return root


def _run(tmp_path: Path, *args):
    import subprocess
    import sys

    env = {**ENV, "MMSTUDIO_DATA_DIR": str(tmp_path / "data"), "MMSTUDIO_IMAGE_WEIGHTS_URL": "http://127.0.0.1:9/x-00000000.pth"}
    process = subprocess.Popen(
        [sys.executable, "-m", "mmstudio", *map(str, args)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    return finish(process)


def test_train_with_a_weights_file_then_predict(tmp_path):
    torch.save(MobileNetV3Small().state_dict(), tmp_path / "weights.pth")
    data, out = _subset(tmp_path / "shapes", 3), tmp_path / "model.mmstudio"
    common = ("train", "image", data, "--model", "mobilenet", "--epochs", "1", "--no-fit-on-all", "--out", out, "--json")
    offline = _run(tmp_path, *common)
    assert offline.returncode != 0 and "could not be downloaded" in offline.stderr and "--weights FILE" in offline.stderr
    trained = _run(tmp_path, *common, "--weights", tmp_path / "weights.pth")
    assert trained.returncode == 0, trained.stderr
    assert last_json(trained)["model"] == "mobilenet"
    predicted = _run(tmp_path, "predict", out, next((data / "circle").iterdir()), "--json")
    assert predicted.returncode == 0, predicted.stderr
    refused = _run(tmp_path, "train", "image", data, "--model", "cnn", "--out", out, "--weights", tmp_path / "weights.pth")
    assert refused.returncode != 0 and "--weights is for the pretrained model" in refused.stderr
    searched = _run(tmp_path, "train", "image", data, "--model", "auto", "--epochs", "1", "--no-fit-on-all", "--out", out,
                    "--weights", tmp_path / "weights.pth", "--json")
    assert searched.returncode == 0, searched.stderr
    assert "mobilenet" in [row["model"] for row in last_json(searched)["leaderboard"]]  # offline, not left out
