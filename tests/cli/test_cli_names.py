"""File names that are not valid UTF-8, and numbers that are not finite, in what the command line prints.

Under a strict UTF-8 terminal (PYTHONIOENCODING=utf-8:strict) no output may raise; every path printed as text
comes out as the very bytes the file system uses, and every path in JSON round-trips (a script opens the file
it names); JSON output is strict JSON (no NaN).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from mmstudio.core.checkpoint import ModelBundle, load_bundle, save_bundle
from mmstudio.core.media.image.samples import write_shapes
from tests.cli.running import COMMAND, ENV

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="Linux file names may be any bytes")

STRICT = {**ENV, "PYTHONIOENCODING": "utf-8:strict", "LC_ALL": "C.UTF-8"}
ODD = os.fsdecode(b"\xff\xfe.png")  # not UTF-8: Python holds the two bytes as surrogate escapes


def strict_run(*args) -> subprocess.CompletedProcess:
    """The real entry point, its output kept as bytes (the test must not choke where the program must not)."""
    result = subprocess.run([*COMMAND, *map(str, args)], env=STRICT, capture_output=True, timeout=180)
    assert b"Traceback" not in result.stderr, result.stderr.decode("utf-8", "replace")
    return result


def strict_json(data: bytes) -> list:
    """Each stdout line parsed as strict JSON (NaN and Infinity refused)."""

    def refuse(constant: str):
        raise AssertionError(f"{constant} in JSON output")

    return [json.loads(line, parse_constant=refuse) for line in data.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def odd_names(tmp_path_factory) -> tuple[Path, Path, Path]:
    """(data folder, a picture called b'\\xff\\xfe.png', an unreadable one with a non-UTF-8 name)."""
    root = write_shapes(tmp_path_factory.mktemp("shapes"), per_class=6, size=28, classes=("circle", "square"))
    picture = root / "circle" / ODD
    (root / "circle" / "circle_000.png").rename(picture)
    broken = root / "square" / os.fsdecode(b"bad\xe9.png")
    broken.write_text("not a picture")
    return root, picture, broken


@pytest.fixture(scope="module")
def trained(odd_names, tmp_path_factory) -> tuple[subprocess.CompletedProcess, Path]:
    out = tmp_path_factory.mktemp("out") / os.fsdecode(b"model\xff.mmstudio")
    result = strict_run("train", "image", odd_names[0], "--epochs", 1, "--threads", 2, "--out", out, "--json")
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    return result, out


def test_train_json_names_the_saved_file_whatever_its_bytes(trained):
    result, out = trained
    report = strict_json(result.stdout)[-1]
    assert report["out"] == str(out)
    assert load_bundle(report["out"]).classes == ["circle", "square"]  # a script can open what the JSON names
    assert os.fsencode("bad\udce9.png") in result.stderr  # the warning names the file by its own bytes


def test_train_text_output_shows_the_file_system_bytes(odd_names, tmp_path):
    out = tmp_path / os.fsdecode(b"plain\xfe")
    result = strict_run("train", "image", odd_names[0], "--epochs", 1, "--threads", 2, "--out", out)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert b"saved " + os.fsencode(out) + b".mmstudio" in result.stdout


def test_predict_prints_odd_names_as_text_and_as_json(trained, odd_names):
    _, model = trained
    _, picture, _ = odd_names
    plain = strict_run("predict", model, picture)
    assert plain.returncode == 0, plain.stderr
    assert plain.stdout.startswith(os.fsencode(picture) + b": ")
    as_json = strict_run("predict", model, picture, "--json")
    assert as_json.returncode == 0, as_json.stderr
    (line,) = strict_json(as_json.stdout)
    assert Path(line["path"]).read_bytes() == picture.read_bytes()


def test_an_unreadable_odd_name_is_one_plain_error(trained, odd_names):
    result = strict_run("predict", trained[1], odd_names[2])
    assert result.returncode == 2
    assert result.stderr.startswith(b"error: ") and os.fsencode(odd_names[2].name) in result.stderr


def test_json_output_has_no_nan(tmp_path, odd_names):
    """Finite but huge weights overflow to infinity inside the network: the probabilities are not numbers."""
    from mmstudio.core.media import build_model

    preprocessing = {"size": 28, "channels": 1}
    network = build_model("image", "cnn", 2, preprocessing, {})
    state = {key: torch.full_like(value, 1e38) for key, value in network.state_dict().items()}
    model = save_bundle(ModelBundle("image", "cnn", ["a", "b"], preprocessing, state), tmp_path / "huge")
    result = strict_run("predict", model, odd_names[1], "--json")
    assert result.returncode == 0, result.stderr
    (line,) = strict_json(result.stdout)
    assert line["probabilities"] == {"a": None, "b": None}
