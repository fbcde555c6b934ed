"""The command line with sound: `train audio`, `evaluate` and `predict` (with segments over a long file) in a
child process, on real WAV/FLAC/OGG files of tones and noise, plus an unreadable one that must be skipped.

One CNN and one LSTM train side by side when the first test needs them, and every test that needs a model
shares theirs.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest

from tests.cli.running import assert_user_error, finish, json_lines, last_json, mmstudio, start, warnings_in
from tests.core.audio.sounds import noise, tone, tone_classes, write

RATE = 16000


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    """low/, high/ and background/ clips, a text file named .wav in low/ and an .m4a that is ignored."""
    root = tone_classes(tmp_path_factory.mktemp("sounds"), per_class=10)
    (root / "low" / "broken.wav").write_text("not a recording")
    (root / "high" / "voice-memo.m4a").write_bytes(b"\x00\x00\x00\x20ftypM4A ")
    return root


@pytest.fixture(scope="module")
def trained(data, tmp_path_factory) -> dict[str, tuple[subprocess.CompletedProcess, Path]]:
    folder = tmp_path_factory.mktemp("models")
    runs = {
        "cnn": ["--epochs", 6, "--augment"],
        "lstm": ["--model", "lstm", "--bidirectional", "--epochs", 2, "--clip-seconds", 0.5, "--sample-rate", 8000],
    }
    started = {
        name: (start("train", "audio", data, "--out", folder / name, "--json", *extra), folder / f"{name}.mmstudio")
        for name, extra in runs.items()
    }
    return {name: (finish(process), out) for name, (process, out) in started.items()}


@pytest.fixture
def cnn(trained) -> Path:
    result, out = trained["cnn"]
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def long_file(tmp_path_factory) -> Path:
    sound = np.concatenate([tone(350, 2.0, 44100), tone(2500, 2.0, 44100), noise(1.2, 44100, 0.1)])
    return write(tmp_path_factory.mktemp("long") / "long.ogg", sound, 44100, "ogg-vorbis")


def test_train_reports_the_model_and_skips_the_unreadable_file(trained, cnn):
    result = last_json(trained["cnn"][0])
    assert result["modality"] == "audio" and result["model"] == "cnn"
    assert result["classes"] == ["background", "high", "low"]
    assert result["skipped"] == 1 and result["val_accuracy"] >= 0.9
    warnings = " ".join(warnings_in(trained["cnn"][0]))
    assert "broken.wav" in warnings and "1 file(s) of an unsupported type were ignored" in warnings


def test_recurrent_options_and_audio_settings_reach_the_model(trained):
    result, out = trained["lstm"]
    assert result.returncode == 0, result.stderr
    from mmstudio.core.checkpoint import load_bundle

    bundle = load_bundle(out)
    assert bundle.model == "lstm" and bundle.model_config["bidirectional"] is True
    assert bundle.preprocessing["sample_rate"] == 8000 and bundle.preprocessing["clip_seconds"] == 0.5
    assert bundle.preprocessing["noise_labels"] == [0]  # background/ is mixed in when augmenting


def test_evaluate_measures_the_saved_model_on_labelled_files(cnn, data):
    result = mmstudio("evaluate", cnn, data, "--json")
    assert result.returncode == 0, result.stderr
    report = last_json(result)
    assert report["n"] == 30 and report["skipped"] == 1 and report["accuracy"] >= 0.9


def test_predict_gives_segments_over_a_long_file(cnn, long_file, data):
    clip = data / "high" / "high_01.wav"
    result = mmstudio("predict", cnn, long_file, clip, "--json")
    assert result.returncode == 0, result.stderr
    long, short = json_lines(result)
    segments = long["segments"]
    assert [s["start"] for s in segments] == [0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.2]
    assert segments[-1]["end"] == pytest.approx(5.2)
    assert all(set(s) == {"start", "end", "label", "probabilities"} for s in segments)
    assert [s["label"] for s in segments[:3]] == ["low"] * 3 and [s["label"] for s in segments[4:7]] == ["high"] * 3
    assert long["label"] in long["probabilities"]
    assert short["label"] == "high" and "segments" not in short

    text = mmstudio("predict", cnn, long_file)
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[0].startswith(f"{long_file}: ") and len(lines) == 11
    assert lines[1].startswith("  0.00-1.00 s: low (")


@pytest.mark.parametrize(
    ("contents", "name", "words"),
    [("not a recording", "words.wav", "not a sound file"), ("", "empty.flac", "empty")],
)
def test_an_unreadable_file_to_predict_is_one_plain_error(cnn, tmp_path, contents, name, words):
    path = tmp_path / name
    path.write_text(contents)
    line = assert_user_error(mmstudio("predict", cnn, path))
    assert name in line and words in line


def test_bad_training_input_is_one_plain_error(data, tmp_path):
    line = assert_user_error(mmstudio("train", "audio", data, "--bidirectional", "--out", tmp_path / "m"))
    assert "--bidirectional is for the recurrent models" in line
    line = assert_user_error(mmstudio("train", "audio", tmp_path / "nowhere", "--out", tmp_path / "m"))
    assert "does not exist" in line
    empty = tmp_path / "empty"
    (empty / "a").mkdir(parents=True)
    line = assert_user_error(mmstudio("train", "audio", empty, "--out", tmp_path / "m"))
    assert "No audio examples were found" in line
    usage = mmstudio("train", "audio", data, "--sample-rate", "12345", "--out", tmp_path / "m")
    assert usage.returncode == 2 and "choose one of 8000" in usage.stderr and "Traceback" not in usage.stderr
