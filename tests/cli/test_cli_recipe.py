"""`mmstudio train`'s recipe options reach the run and the model file; bad values are one plain error line."""

from __future__ import annotations

import pytest

from mmstudio.core.checkpoint import load_bundle
from mmstudio.core.media.image.samples import write_shapes
from tests.cli.running import assert_user_error, last_json, mmstudio


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    return write_shapes(tmp_path_factory.mktemp("shapes"), per_class=10, size=28, classes=("circle", "star"))


def test_recipe_options_reach_the_model_file(data, tmp_path):
    out = tmp_path / "m.mmstudio"
    result = mmstudio(
        "train", "image", data, "--out", out, "--epochs", "2", "--json", "--schedule", "constant",
        "--weight-decay", "0.05", "--patience", "3", "--no-fit-on-all", "--no-augment",
    )
    assert result.returncode == 0, result.stderr
    assert last_json(result)["final_fit"] is None
    settings = load_bundle(out).settings
    assert settings["schedule"] == "constant" and settings["weight_decay"] == 0.05 and settings["patience"] == 3
    assert settings["fit_on_all"] is False and settings["augment"] is False


def test_by_default_the_final_model_is_trained_on_all_examples(data, tmp_path):
    result = mmstudio("train", "image", data, "--out", tmp_path / "m.mmstudio", "--epochs", "2", "--json")
    assert result.returncode == 0, result.stderr
    final = last_json(result)["final_fit"]
    assert final["examples"] == 20 and final["epochs"] == last_json(result)["best_epoch"]
    epochs = final["epochs"]
    said = f"training the final model on all 20 examples for {epochs} epoch{'' if epochs == 1 else 's'}"
    assert said in result.stderr and f"warning: {said}" not in result.stderr.lower()  # progress, not a warning


@pytest.mark.parametrize(
    "option, words", [(["--weight-decay", "5"], "weight decay"), (["--patience", "-2"], "patience")]
)
def test_bad_recipe_values_are_one_plain_error(data, tmp_path, option, words):
    line = assert_user_error(mmstudio("train", "image", data, "--out", tmp_path / "m.mmstudio", *option))
    assert words in line


def test_an_unknown_schedule_is_a_usage_error(data, tmp_path):
    result = mmstudio("train", "image", data, "--out", tmp_path / "m.mmstudio", "--schedule", "zigzag")
    assert result.returncode == 2 and "Traceback" not in result.stderr and "cosine" in result.stderr
