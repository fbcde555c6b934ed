"""`mmstudio explain` end to end: the real entry point in a child process, on models trained here for real (in
this process, one torch thread, then saved) and real files of the three media.

The deletion check from outside: the pixels the JSON attribution ranks highest are hidden in new PNG files, and
`mmstudio predict --json` on them must lose more of its answer than on copies hidden at random.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile
from PIL import Image

from mmstudio.core.checkpoint import save_bundle
from mmstudio.core.media import get_modality
from mmstudio.core.media.audio import noise_labels
from mmstudio.core.media.image.samples import write_shapes
from mmstudio.core.media.text.samples import english_samples
from mmstudio.core.pipeline import labelled_from_folder, train_examples
from mmstudio.core.settings import TrainSettings
from tests.cli.running import COMMAND, ENV, assert_user_error, json_lines, mmstudio, warnings_in
from tests.core.audio.sounds import noise, tone, tone_classes, write

SHAPES = ("circle", "star")
DRAWS = 6  # random hidings per picture


def strict_json(data: str) -> list[dict]:
    """Each stdout line parsed as strict JSON (NaN and Infinity refused)."""

    def refuse(constant: str):
        raise AssertionError(f"{constant} in JSON output")

    return [json.loads(line, parse_constant=refuse) for line in data.splitlines() if line.strip()]


def trained(modality_name: str, labelled, classes, model: str, out: Path, epochs: int, preprocessing=None) -> Path:
    import torch

    torch.set_num_threads(1)
    settings = TrainSettings(epochs=epochs, batch_size=8, learning_rate=0.01 if modality_name == "text" else 0.001, seed=0)
    events = list(train_examples(get_modality(modality_name), labelled, classes, model, settings, preprocessing))
    return save_bundle(events[-1].bundle, out)


@pytest.fixture(scope="module")
def shapes(tmp_path_factory) -> Path:
    return write_shapes(tmp_path_factory.mktemp("shapes"), per_class=30, size=28, classes=SHAPES)


@pytest.fixture(scope="module")
def image_model(shapes, tmp_path_factory) -> Path:
    labelled, classes, _ = labelled_from_folder(shapes, get_modality("image"))
    return trained("image", labelled, classes, "cnn", tmp_path_factory.mktemp("models") / "shapes.mmstudio", 6)


@pytest.fixture(scope="module")
def text_model(tmp_path_factory) -> Path:
    rows = english_samples(per_class=30, seed=3)
    classes = sorted({label for _, label in rows})
    return trained("text", rows, classes, "bow", tmp_path_factory.mktemp("models") / "texts.mmstudio", 15)


@pytest.fixture(scope="module")
def tones(tmp_path_factory) -> Path:
    return tone_classes(tmp_path_factory.mktemp("tones"), per_class=10)


@pytest.fixture(scope="module")
def sound_model(tones, tmp_path_factory) -> Path:
    labelled, classes, _ = labelled_from_folder(tones, get_modality("audio"))
    out = tmp_path_factory.mktemp("models") / "tones.mmstudio"
    return trained("audio", labelled, classes, "cnn", out, 6, {"noise_labels": noise_labels(classes)})


def pictures(shapes: Path) -> list[Path]:
    return [shapes / name / f"{name}_{k:03d}.png" for name in SHAPES for k in range(3)]


# pictures -----------------------------------------------------------------------------------------------------------
def test_a_picture_gets_its_label_and_one_weight_per_pixel(image_model, shapes):
    files = pictures(shapes)
    result = mmstudio("explain", image_model, *files, "--json")
    assert result.returncode == 0, result.stderr
    lines = strict_json(result.stdout)
    predicted = json_lines(mmstudio("predict", image_model, *files, "--json"))
    assert [line["path"] for line in lines] == [str(path) for path in files]
    for line, prediction in zip(lines, predicted):
        assert set(line) == {"path", "label", "probabilities", "target", "method", "attribution"}
        assert line["label"] == line["target"] == prediction["label"]
        assert line["probabilities"] == pytest.approx(prediction["probabilities"], abs=1e-6)
        assert line["method"] == "integrated gradients"
        attribution = np.array(line["attribution"])
        assert attribution.shape == (28, 28) and np.isfinite(attribution).all()


def hide(picture: Path, order: np.ndarray, count: int, out: Path) -> Path:
    """A copy of the grey picture with the first `count` pixels of `order` set to its average grey."""
    pixels = np.asarray(Image.open(picture).convert("L")).copy()
    rows, cols = np.unravel_index(order[:count], pixels.shape)
    pixels[rows, cols] = round(float(pixels.mean()))
    Image.fromarray(pixels).save(out)
    return out


def test_hiding_the_pixels_the_cli_ranks_highest_hurts_predict_more_than_random_hiding(image_model, shapes, tmp_path):
    files = pictures(shapes)
    lines = strict_json(mmstudio("explain", image_model, *files, "--json").stdout)
    rng = np.random.default_rng(0)
    explained, randoms = [], []
    for k, (path, line) in enumerate(zip(files, lines)):
        order = np.argsort(-np.array(line["attribution"]), axis=None)
        count = order.size // 10
        explained.append(hide(path, order, count, tmp_path / f"explained_{k}.png"))
        randoms += [hide(path, rng.permutation(order.size), count, tmp_path / f"random_{k}_{d}.png") for d in range(DRAWS)]
    predicted = json_lines(mmstudio("predict", image_model, *explained, *randoms, "--json"))
    answer = [line["probabilities"][line["label"]] for line in lines]
    by_path = {line["path"]: line["probabilities"] for line in predicted}
    explained_drop = np.mean([p - by_path[str(f)][line["label"]] for p, f, line in zip(answer, explained, lines)])
    random_drop = np.mean(
        [answer[k] - by_path[str(f)][lines[k]["label"]] for k in range(len(files)) for f in randoms[k * DRAWS : (k + 1) * DRAWS]]
    )
    assert explained_drop > 2 * random_drop + 0.05, (explained_drop, random_drop)


def test_a_broken_file_among_good_ones_is_skipped_as_predict_skips_it(image_model, shapes, tmp_path):
    broken = tmp_path / "broken.png"
    broken.write_text("not a picture")
    good = pictures(shapes)[:2]
    result = mmstudio("explain", image_model, good[0], broken, good[1], "--json")
    predicted = mmstudio("predict", image_model, good[0], broken, good[1], "--json")
    assert result.returncode == predicted.returncode == 0, result.stderr
    assert [line["path"] for line in strict_json(result.stdout)] == [str(good[0]), str(good[1])]
    assert warnings_in(result) == warnings_in(predicted)
    assert any("broken.png" in warning for warning in warnings_in(result))


def test_only_a_broken_file_is_one_plain_error(image_model, tmp_path):
    broken = tmp_path / "broken.png"
    broken.write_text("not a picture")
    assert "broken.png" in assert_user_error(mmstudio("explain", image_model, broken))


def test_an_unknown_class_is_one_plain_error_naming_the_classes(image_model, shapes):
    error = assert_user_error(mmstudio("explain", image_model, pictures(shapes)[0], "--class", "triangle"))
    assert "triangle" in error and "circle, star" in error


def test_another_class_can_be_explained(image_model, shapes):
    path = pictures(shapes)[0]
    (own,) = strict_json(mmstudio("explain", image_model, path, "--json").stdout)
    (other,) = strict_json(mmstudio("explain", image_model, path, "--json", "--class", "star").stdout)
    assert own["target"] == own["label"] == "circle" and other["target"] == "star" and other["label"] == "circle"
    assert np.sum(own["attribution"]) > 0 > np.sum(other["attribution"])


def test_the_text_summary_says_where_the_evidence_is(image_model, shapes):
    result = mmstudio("explain", image_model, pictures(shapes)[0])
    assert result.returncode == 0, result.stderr
    first, second = result.stdout.splitlines()
    assert first.startswith(f"{pictures(shapes)[0]}: circle (") and "integrated gradients" in first
    assert second.strip().startswith("strongest evidence for circle: row ")


@pytest.mark.skipif(sys.platform != "linux", reason="Linux file names may be any bytes")
def test_a_file_name_that_is_not_utf8_comes_back_as_its_bytes(image_model, shapes, tmp_path):
    odd = tmp_path / os.fsdecode(b"\xff\xfe.png")
    odd.write_bytes(pictures(shapes)[0].read_bytes())
    env = {**ENV, "PYTHONIOENCODING": "utf-8:strict", "LC_ALL": "C.UTF-8"}
    result = subprocess.run([*COMMAND, "explain", str(image_model), str(odd), "--json"], env=env, capture_output=True)
    assert result.returncode == 0 and b"Traceback" not in result.stderr, result.stderr
    (line,) = strict_json(result.stdout.decode("ascii"))
    assert Path(line["path"]).read_bytes() == odd.read_bytes()


# texts --------------------------------------------------------------------------------------------------------------
def test_a_typed_text_gets_a_weight_per_word_at_its_place(text_model):
    text = "  Our striker scored twice in the final 😀, then it rained!"
    result = mmstudio("explain", text_model, "--text", text, "--json")
    assert result.returncode == 0, result.stderr
    (line,) = strict_json(result.stdout)
    assert set(line) == {"text", "label", "probabilities", "target", "method", "tokens"}
    assert line["text"] == text and line["method"] == "leaving each word out" and line["target"] == line["label"]
    assert [token["token"] for token in line["tokens"]][:3] == ["Our", "striker", "scored"]
    for token in line["tokens"]:
        assert text[token["start"] : token["end"]] == token["token"]
        assert isinstance(token["weight"], float)


def test_a_text_file_and_the_summary_of_words_for_and_against(text_model, tmp_path):
    path = tmp_path / "match.txt"
    path.write_text("The striker scored twice and the team won the final.", encoding="utf-8")
    result = mmstudio("explain", text_model, path)
    assert result.returncode == 0, result.stderr
    first, for_line, against_line = result.stdout.splitlines()
    assert first.startswith(f"{path}: sports (") and "leaving each word out" in first
    assert for_line.startswith("  for: ") and against_line.startswith("  against: ")


def test_text_for_a_picture_model_is_refused(image_model):
    assert "text models only" in assert_user_error(mmstudio("explain", image_model, "--text", "hello"))


# sounds -------------------------------------------------------------------------------------------------------------
def test_a_sound_gets_a_weight_per_frame_and_band(sound_model, tones, tmp_path):
    rate = 16000
    clip = tones / "high" / "high_01.wav"
    long = write(tmp_path / "long.wav", np.concatenate([noise(2.0, rate, 0.05), tone(2500, 1.0, rate)]), rate)
    result = mmstudio("explain", sound_model, clip, long, "--json", "--class", "high")
    assert result.returncode == 0, result.stderr
    short_line, long_line = strict_json(result.stdout)
    for line in (short_line, long_line):
        assert set(line) == {"path", "label", "probabilities", "target", "method", "attribution", "frame_seconds",
                             "start_seconds"}
        assert line["method"] == "occlusion (time x frequency)" and line["target"] == "high"
        assert np.array(line["attribution"]).shape == (101, 40)  # 1 s at 10 ms frames x 40 mel bands
        assert line["frame_seconds"] == pytest.approx(0.01)
    centred_at = (soundfile.info(clip).duration - 1.0) / 2  # a short clip is centred in the model's 1 s
    assert short_line["label"] == "high" and short_line["start_seconds"] == pytest.approx(centred_at, abs=1e-3)
    assert 1.0 <= long_line["start_seconds"] <= 2.0  # the window holding the tone


def test_the_sound_summary_names_a_time_and_a_pitch(sound_model, tones):
    result = mmstudio("explain", sound_model, tones / "low" / "low_01.wav")
    assert result.returncode == 0, result.stderr
    assert "strongest evidence for low: at " in result.stdout and " Hz" in result.stdout
