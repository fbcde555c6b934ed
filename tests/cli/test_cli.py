"""The command line end to end: the real entry point in a child process, on real files, with real (tiny) training.

One model is trained per module and shared; each other process costs mostly the torch import (~2 s).
"""

from __future__ import annotations

import io
import json
import os
import pickle
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from mmstudio.cli import ProgressLine, batch_text, epoch_text, run_cli
from mmstudio.core.events import BatchEnded, EpochEnded
from mmstudio.core.media.image.samples import write_shapes
from tests.cli.running import assert_user_error, last_json, mmstudio, warnings_in

CLASSES = ("circle", "square")
EPOCHS = 3
HISTORY_KEYS = {"epoch", "loss", "accuracy", "val_loss", "val_accuracy"}










def write_text_as_png(path: Path) -> Path:
    path.write_text("this is not a picture")
    return path


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    """Two classes of 12 pictures, plus a loose file at the top and one unreadable 'picture' in a class."""
    root = write_shapes(tmp_path_factory.mktemp("shapes"), per_class=12, size=28, classes=CLASSES)
    (root / "notes.txt").write_text("no class")
    write_text_as_png(root / "circle" / "broken.png")
    return root


@pytest.fixture(scope="module")
def trained(data, tmp_path_factory) -> tuple[subprocess.CompletedProcess, Path]:
    out = tmp_path_factory.mktemp("model") / "shapes.mmstudio"
    result = mmstudio("train", "image", data, "--epochs", EPOCHS, "--threads", 2, "--out", out, "--json")
    assert result.returncode == 0, result.stderr
    return result, out


@pytest.fixture
def model(trained) -> Path:
    return trained[1]


def good_files(data: Path) -> list[Path]:
    return [data / name / f"{name}_{k:03d}.png" for name in CLASSES for k in range(2)]


# train ------------------------------------------------------------------------------------------------------------
def test_train_json_describes_the_saved_model(trained):
    from mmstudio.core.checkpoint import load_bundle

    result, out = trained
    report = last_json(result)
    assert report["modality"] == "image"
    assert report["model"] == "cnn"
    assert report["classes"] == list(CLASSES)
    assert report["epochs_run"] == EPOCHS
    assert [record["epoch"] for record in report["history"]] == list(range(1, EPOCHS + 1))
    assert all(set(record) >= HISTORY_KEYS for record in report["history"])
    assert report["stopped"] is False
    assert report["device"] == "cpu"
    assert report["skipped"] == 1  # broken.png
    assert report["out"] == str(out)
    bundle = load_bundle(out)
    assert bundle.classes == list(CLASSES)
    assert report["val_accuracy"] == pytest.approx(bundle.metrics["accuracy"])
    assert 0.0 <= report["val_accuracy"] <= 1.0


def test_train_reports_progress_and_warnings_on_stderr(trained):
    result, _ = trained
    epoch_lines = [line for line in result.stderr.splitlines() if line.startswith("epoch ")]
    assert len(epoch_lines) == EPOCHS  # not a terminal: one line per epoch, no redrawn bar
    assert "\r" not in result.stderr
    warnings = "\n".join(warnings_in(result))
    assert "belong to no class" in warnings  # notes.txt at the top
    assert "broken.png" in warnings
    assert len(result.stdout.strip().splitlines()) == 1


@pytest.fixture(scope="module")
def interrupted(data, tmp_path_factory) -> tuple[str, str, Path]:
    """An autoencoder run told to go on for ever, stopped by Ctrl+C (SIGINT) once an epoch has ended."""
    out = tmp_path_factory.mktemp("stopped") / "auto"  # the suffix is added
    command = ["train", "image", str(data), "--model", "autoencoder", "--epochs", "100000", "--out", str(out)]
    process = subprocess.Popen(
        [sys.executable, "-m", "mmstudio", *command], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        for line in process.stderr:
            if line.startswith("epoch "):
                break
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 0, stderr
    return stdout, stderr, out.with_suffix(".mmstudio")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_stops_training_and_keeps_the_best_weights(interrupted):
    from mmstudio.core.checkpoint import load_bundle

    stdout, stderr, saved = interrupted
    assert "stopped early" in stderr
    assert f"saved {saved}" in stdout  # the human summary
    assert "stopped early after" in stdout
    assert "validation accuracy" in stdout
    bundle = load_bundle(saved)
    assert bundle.model == "autoencoder"
    assert 1 <= len(bundle.history) < 100000


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_predict_with_an_autoencoder_says_how_unusual_inputs_are(interrupted, data):
    result = mmstudio("predict", interrupted[2], *good_files(data)[:2], "--json")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 2
    assert all(0.0 <= line["unusual"] <= 1.0 for line in lines)


def test_progress_line_redraws_in_place_on_a_terminal():
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    progress = ProgressLine(screen)
    batch = BatchEnded(epoch=1, epochs=2, batch=3, batches=4, loss=0.5, accuracy=0.75, seconds_left=65)
    progress.show(batch_text(batch))
    progress.line(epoch_text(EpochEnded(1, 2, 0.5, 0.75, 0.6, 0.5, 3.0)))
    text = screen.getvalue()
    assert text.startswith("\repoch 1/2 [########------------] batch 3/4  loss 0.5000  acc 75%  1m 05s left")
    assert text.endswith("epoch 1/2  loss 0.5000  acc 75.0%  val_loss 0.6000  val_acc 50.0%  (3s so far)\n")


# evaluate ---------------------------------------------------------------------------------------------------------
def test_evaluate_json_gives_a_consistent_report(model, data):
    result = mmstudio("evaluate", model, data, "--json")
    assert result.returncode == 0, result.stderr
    report = last_json(result)
    assert report["classes"] == list(CLASSES)
    assert report["n"] == 24
    assert report["skipped"] == 1
    matrix = report["confusion_matrix"]
    assert sum(map(sum, matrix)) == report["n"]
    assert [sum(row) for row in matrix] == [12, 12]  # rows are the true class
    assert report["accuracy"] == pytest.approx(sum(matrix[k][k] for k in range(2)) / report["n"])
    for name in CLASSES:
        assert set(report["per_class"][name]) == {"precision", "recall", "f1", "support"}
        assert report["per_class"][name]["support"] == 12
    assert any("broken.png" in line for line in warnings_in(result))


def test_evaluate_prints_a_table(model, data, capsys):
    """In this process (torch is already imported here): `run_cli` is what `python -m mmstudio` calls."""
    assert run_cli(["evaluate", str(model), str(data)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("accuracy: ")
    assert "precision" in printed
    assert "confusion matrix (rows: true class, columns: predicted class)" in printed
    assert len(printed.splitlines()) == 10  # accuracy, blank, header + 2 classes, blank, title, header + 2 rows


# predict ----------------------------------------------------------------------------------------------------------
def test_predict_json_matches_the_in_process_predictor(model, data):
    from mmstudio.core.predictor import Predictor

    files = good_files(data)
    result = mmstudio("predict", model, *files, "--json")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["path"] for line in lines] == [str(path) for path in files]
    predictor = Predictor.from_file(model)
    for line, path in zip(lines, files):
        assert sum(line["probabilities"].values()) == pytest.approx(1.0, abs=1e-5)
        assert "unusual" not in line  # only autoencoders judge that
        expected = predictor.predict(path)
        assert line["label"] == expected.label
        assert line["probabilities"] == pytest.approx(expected.probabilities, abs=1e-5)


def test_predict_skips_unreadable_files_and_goes_on(model, data, tmp_path):
    fake = write_text_as_png(tmp_path / "fake.png")
    result = mmstudio("predict", model, fake, good_files(data)[0], "--json")
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1
    warnings = warnings_in(result)
    assert any("fake.png" in line for line in warnings)
    assert "1 of 2" in warnings[-1]


def test_predict_fails_when_nothing_can_be_read(model, tmp_path):
    fake = write_text_as_png(tmp_path / "fake.png")
    assert_user_error(mmstudio("predict", model, fake, tmp_path / "missing.png", "--json"))


# user errors ------------------------------------------------------------------------------------------------------
def test_one_class_is_refused(tmp_path):
    write_shapes(tmp_path, per_class=3, size=28, classes=("circle",))
    assert "two classes" in assert_user_error(mmstudio("train", "image", tmp_path, "--out", tmp_path / "m.mmstudio"))


def test_an_empty_class_is_refused(tmp_path):
    write_shapes(tmp_path, per_class=3, size=28, classes=CLASSES)
    (tmp_path / "triangle").mkdir()
    assert "triangle" in assert_user_error(mmstudio("train", "image", tmp_path, "--out", tmp_path / "m.mmstudio"))


def test_missing_data_is_refused(tmp_path):
    assert "does not exist" in assert_user_error(mmstudio("train", "image", tmp_path / "nope", "--out", tmp_path / "m"))


def test_an_out_folder_that_does_not_exist_is_refused_before_training(data, tmp_path):
    assert_user_error(mmstudio("train", "image", data, "--out", tmp_path / "no" / "m.mmstudio"))


def test_a_missing_model_file_is_refused(data, tmp_path):
    assert "does not exist" in assert_user_error(mmstudio("evaluate", tmp_path / "none.mmstudio", data))


def test_a_damaged_model_file_is_refused(data, tmp_path):
    damaged = tmp_path / "damaged.mmstudio"
    damaged.write_bytes(os.urandom(4096))
    assert "damaged" in assert_user_error(mmstudio("predict", damaged, good_files(data)[0]))


class _Payload:
    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def test_a_pickle_is_never_unpickled(data, tmp_path):
    marker = tmp_path / "pwned"
    model = tmp_path / "evil.mmstudio"
    model.write_bytes(pickle.dumps(_Payload(marker)))
    assert_user_error(mmstudio("evaluate", model, data))
    assert not marker.exists()


def test_usage_errors_and_version():
    assert mmstudio("train", "sound", "x").returncode == 2
    assert mmstudio("train", "image", "x").returncode == 2  # --out is required
    version = mmstudio("--version")
    assert version.returncode == 0
    assert version.stdout.startswith("mmstudio ")
