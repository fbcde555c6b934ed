"""The command line with text: `train text`, `evaluate` and `predict` (files and `--text`) in a child process, on
real tables and folders of real (also GBK, UTF-16, binary and empty) files.

The three training runs start together, as child processes, when the first test needs one of them (the
bag-of-words model trains in about a second), and every test that needs a model shares theirs. Torch uses one
thread in the children (OMP_NUM_THREADS=1), which keeps timings steady on a loaded machine. Error cases that fail before torch is
imported take a fraction of a second each.
"""

from __future__ import annotations

import codecs
import csv
import json
import subprocess
from pathlib import Path

import pytest

from mmstudio.cli import run_cli
from tests.cli.running import assert_user_error, finish, json_lines, last_json, mmstudio, start, warnings_in
from mmstudio.core.resources import sample_path
from mmstudio.core.media.text.samples import english_samples

HISTORY_KEYS = {"epoch", "loss", "accuracy", "val_loss", "val_accuracy"}

GBK_TEXT = "北京今天下大雨，气温很低，出门记得带伞。"
UTF16_TEXT = "球队昨晚在决赛中以三比一赢了冠军。"
SAMPLE_ZH = sample_path("text_zh.csv")
















def write_table(path: Path, header: list[str], rows: list[list[str]], delimiter: str = ",") -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def sample_rows() -> list[tuple[str, str]]:
    """(text, label) of the bundled Chinese sample."""
    with SAMPLE_ZH.open(encoding="utf-8", newline="") as handle:
        return [(row["text"], row["label"]) for row in csv.DictReader(handle)]


# the shared training runs -------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """Two classes of .txt files; weather/ also holds a GBK file and a UTF-16 file (with a byte-order mark) that
    must be read, and a binary and an empty .txt that must be skipped; a picture and a loose file are ignored."""
    root = tmp_path_factory.mktemp("texts")
    for text, label in english_samples(per_class=10, seed=5):
        if label in ("sports", "weather"):
            (root / label).mkdir(exist_ok=True)
            (root / label / f"{len(list((root / label).iterdir())):02d}.txt").write_text(text, encoding="utf-8")
    (root / "weather" / "gbk.txt").write_bytes(GBK_TEXT.encode("gbk"))
    (root / "weather" / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + UTF16_TEXT.encode("utf-16-le"))
    (root / "sports" / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (root / "sports" / "empty.txt").write_bytes(b"")
    (root / "sports" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / "README.txt").write_text("no class", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def messy_csv(tmp_path_factory) -> Path:
    """Columns named a, b, c (so they are guessed), 2 rows without a label and 1 without text."""
    rows = [[str(k), text, label] for k, (text, label) in enumerate(english_samples(per_class=8, seed=3))]
    rows += [["90", "a row nobody labelled", ""], ["91", "another one", " "], ["92", "", "food"]]
    return write_table(tmp_path_factory.mktemp("messy") / "messy.csv", ["a", "b", "c"], rows)


class Runs:
    """Training runs started together (the machine has more than one core; each run uses one thread)."""

    def __init__(self, out: Path, plans: dict[str, tuple]) -> None:
        self.outs = {name: out / f"{name}.mmstudio" for name in plans}
        self.processes = {name: start(*args, "--out", self.outs[name]) for name, args in plans.items()}
        self.results: dict[str, subprocess.CompletedProcess] = {}

    def get(self, name: str) -> tuple[subprocess.CompletedProcess, Path]:
        if name not in self.results:
            self.results[name] = finish(self.processes[name])
        result = self.results[name]
        assert result.returncode == 0, result.stderr
        return result, self.outs[name]


@pytest.fixture(scope="module")
def runs(folder, messy_csv, tmp_path_factory) -> Runs:
    plans = {
        "zh": ("train", "text", SAMPLE_ZH, "--json"),
        "folder": ("train", "text", folder, "--model", "lstm", "--bidirectional", "--max-length", 50,
                   "--epochs", 2, "--json"),  # fmt: skip
        "messy": ("train", "text", messy_csv, "--epochs", 1),
    }
    runs = Runs(tmp_path_factory.mktemp("models"), plans)
    yield runs
    for process in runs.processes.values():
        process.kill()
        process.communicate()


@pytest.fixture(scope="module")
def zh(runs):
    """The bundled Chinese sample (a CSV), the default model and settings."""
    return runs.get("zh")


@pytest.fixture(scope="module")
def from_folder(runs):
    return runs.get("folder")


@pytest.fixture(scope="module")
def messy(runs):
    return runs.get("messy")


@pytest.fixture(scope="module")
def image_model(tmp_path_factory) -> Path:
    """An untrained image model file (for the cases that mix the kinds up)."""
    import torch

    from mmstudio.core.checkpoint import ModelBundle, save_bundle
    from mmstudio.core.media.image.models import SeedCNN

    preprocessing = {"size": 28, "channels": 1}
    torch.manual_seed(0)
    network = SeedCNN(2, preprocessing)
    bundle = ModelBundle("image", "cnn", ["a", "b"], preprocessing, network.state_dict())
    return save_bundle(bundle, tmp_path_factory.mktemp("image") / "shapes.mmstudio")


# train --------------------------------------------------------------------------------------------------------------
def test_the_chinese_sample_trains_well_with_the_default_model(zh):
    from mmstudio.core.checkpoint import load_bundle
    from mmstudio.core.media import get_medium

    result, out = zh
    report = last_json(result)
    assert set(report) >= {"modality", "model", "classes", "epochs_run", "history", "val_accuracy", "out"}
    assert report["modality"] == "text"
    assert report["model"] == get_medium("text").default_model
    assert report["classes"] == sorted({label for _, label in sample_rows()})
    assert report["epochs_run"] == 20 == len(report["history"])
    assert [record["epoch"] for record in report["history"]] == list(range(1, 21))
    assert all(set(record) >= HISTORY_KEYS for record in report["history"])
    assert report["val_accuracy"] >= 0.9
    assert report["skipped"] == 0
    assert report["out"] == str(out)
    bundle = load_bundle(out)
    assert bundle.modality == "text" and bundle.classes == report["classes"]
    assert report["val_accuracy"] == pytest.approx(bundle.metrics["accuracy"])
    assert len(bundle.preprocessing["vocabulary"]) > 100
    assert not warnings_in(result)  # clear column names, healthy classes
    assert len(result.stdout.strip().splitlines()) == 1


def test_a_class_folder_tree_reads_every_encoding_and_skips_binary_and_empty_files(from_folder, folder):
    from mmstudio.core.checkpoint import load_bundle

    result, out = from_folder
    report = last_json(result)
    assert report["modality"] == "text"
    assert report["model"] == "lstm"
    assert report["classes"] == ["sports", "weather"]
    assert report["epochs_run"] == 2
    assert report["skipped"] == 2  # binary.txt and empty.txt; gbk.txt and utf16.txt were read
    warnings = "\n".join(warnings_in(result))
    assert "2 example(s) could not be read" in warnings
    assert "binary" in warnings or "empty" in warnings
    assert "belong to no class" in warnings  # README.txt
    assert "not .txt or .md" in warnings  # photo.png
    bundle = load_bundle(out)
    assert bundle.model_config["bidirectional"] is True
    assert bundle.preprocessing["max_length"] == 50


def test_a_table_with_unclear_columns_and_unlabelled_rows_says_so(messy):
    result, out = messy
    warnings = warnings_in(result)
    guessed = [line for line in warnings if "Guessed the columns" in line]
    assert len(guessed) == 1 and "'b'" in guessed[0] and "'c'" in guessed[0]
    assert "warning: 2 row(s) without a label were left out." in warnings
    assert "warning: 1 row(s) without text were left out." in warnings
    assert f"saved {out}: text model 'bow'" in result.stdout  # the human summary
    assert "classes: food, sports, tech, weather" in result.stdout


# predict ------------------------------------------------------------------------------------------------------------
def test_typed_texts_and_files_predict_alike_and_as_in_process(zh, folder):
    from mmstudio.core.predictor import Predictor

    _, model = zh
    files = [folder / "weather" / "gbk.txt", folder / "weather" / "utf16.txt"]
    typed = [GBK_TEXT, UTF16_TEXT, "天气预报说明天有雪"]
    result = mmstudio("predict", model, *files, *[arg for text in typed for arg in ("--text", text)], "--json")
    assert result.returncode == 0, result.stderr
    lines = json_lines(result)
    assert [line.get("path") for line in lines[:2]] == [str(path) for path in files]
    assert [line.get("text") for line in lines[2:]] == typed
    assert all("text" not in line for line in lines[:2]) and all("path" not in line for line in lines[2:])
    for from_file, from_text in zip(lines[:2], lines[2:4]):  # the decoded file is exactly the typed text
        assert from_file["label"] == from_text["label"]
        assert from_file["probabilities"] == pytest.approx(from_text["probabilities"], abs=1e-6)
    assert [line["label"] for line in lines[2:]] == ["天气", "体育", "天气"]
    predictor = Predictor.from_file(model)
    for line, text in zip(lines[2:], typed):
        expected = predictor.predict(text)
        assert line["label"] == expected.label
        assert line["probabilities"] == pytest.approx(expected.probabilities, abs=1e-5)
        assert sum(line["probabilities"].values()) == pytest.approx(1.0, abs=1e-5)


def test_predict_prints_typed_texts_readably(zh, capsys):
    """In this process (`run_cli` is what `python -m mmstudio` calls)."""
    assert run_cli(["predict", str(zh[1]), "--text", "今天  下雪了\n很冷", "--text", "x" * 60]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith('"今天 下雪了 很冷": ')
    assert lines[1].startswith('"' + "x" * 39 + '…": ')


# evaluate -----------------------------------------------------------------------------------------------------------
def test_evaluate_on_a_tsv(zh, tmp_path):
    rows = sample_rows()[::8]  # 40 rows
    table = write_table(tmp_path / "check.tsv", ["label", "sentence"], [[label, text] for text, label in rows], "\t")
    result = mmstudio("evaluate", zh[1], table, "--json")
    assert result.returncode == 0, result.stderr
    report = last_json(result)
    assert report["n"] == 40
    assert report["classes"] == last_json(zh[0])["classes"]
    per_class = [sum(1 for _, label in rows if label == name) for name in report["classes"]]
    assert [sum(row) for row in report["confusion_matrix"]] == per_class  # rows are the true class
    assert report["accuracy"] >= 0.9
    assert report["skipped"] == 0


def test_evaluate_on_jsonl_with_chosen_columns(zh, tmp_path, capsys):
    rows = sample_rows()[1::8]
    table = tmp_path / "check.jsonl"
    records = [{"id": k, "words": text, "topic": label} for k, (text, label) in enumerate(rows)]
    lines = [json.dumps(record, ensure_ascii=False) for record in records]
    table.write_text("\n".join(lines + ["not json"]) + "\n", encoding="utf-8")
    assert run_cli(["evaluate", str(zh[1]), str(table), "--text-column", "words", "--label-column", "2"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("accuracy: ")
    assert "on 40 example(s)" in captured.out
    assert "1 line(s) that are not JSON objects were left out." in captured.err


def test_evaluate_on_the_folder_reads_what_training_read(from_folder, folder, capsys):
    assert run_cli(["evaluate", str(from_folder[1]), str(folder), "--json"]) == 0
    captured = capsys.readouterr()
    report = json.loads(captured.out.splitlines()[-1])
    assert report["n"] == 22  # 10 + 10 + gbk.txt + utf16.txt
    assert report["skipped"] == 2
    assert "binary.txt" in captured.err and "empty.txt" in captured.err


# user errors --------------------------------------------------------------------------------------------------------
def test_a_table_without_usable_rows_is_refused(tmp_path):
    table = write_table(tmp_path / "t.csv", ["text", "label"], [["hello there", ""], ["", "spam"]])
    line = assert_user_error(mmstudio("train", "text", table, "--out", tmp_path / "m"))
    assert "no rows with both a text and a label" in line


def test_one_class_is_refused(tmp_path):
    table = write_table(tmp_path / "t.csv", ["text", "label"], [[f"text number {k}", "spam"] for k in range(5)])
    assert "two classes" in assert_user_error(mmstudio("train", "text", table, "--out", tmp_path / "m"))


def test_an_unknown_column_is_named_with_the_ones_there_are(tmp_path):
    table = write_table(tmp_path / "t.csv", ["review", "stars"], [["good", "5"], ["bad", "1"]])
    line = assert_user_error(mmstudio("train", "text", table, "--label-column", "rating", "--out", tmp_path / "m"))
    assert "'rating'" in line and "'review'" in line and "'stars'" in line
    line = assert_user_error(mmstudio("train", "text", table, "--text-column", "5", "--out", tmp_path / "m"))
    assert "'5'" in line and "'review'" in line


def test_an_undecodable_table_is_refused(tmp_path):
    table = tmp_path / "t.csv"
    table.write_bytes(codecs.BOM_UTF8 + b"text,label\n\xc3\x28\xff,a\n")
    line = assert_user_error(mmstudio("train", "text", table, "--out", tmp_path / "m"))
    assert "'t.csv'" in line and "damaged" in line


def test_a_table_over_the_size_limit_is_refused_with_its_size(tmp_path):
    table = tmp_path / "huge.csv"
    with table.open("wb") as handle:
        handle.truncate(201 * 2**20)  # sparse: the size is refused before anything is read
    line = assert_user_error(mmstudio("train", "text", table, "--out", tmp_path / "m"))
    assert "'huge.csv' is 201 MB" in line


def test_bidirectional_is_only_for_recurrent_models(tmp_path):
    line = assert_user_error(mmstudio("train", "text", SAMPLE_ZH, "--bidirectional", "--out", tmp_path / "m"))
    assert "--bidirectional" in line and "lstm" in line


def test_pictures_are_not_text(tmp_path, folder):
    for name in ("cat", "dog"):
        (tmp_path / "pets" / name).mkdir(parents=True)
        (tmp_path / "pets" / name / "1.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    result = mmstudio("train", "text", tmp_path / "pets", "--out", tmp_path / "m")
    assert "No text examples were found" in assert_user_error(result)
    assert any("not .txt or .md" in line for line in warnings_in(result))
    line = assert_user_error(mmstudio("train", "text", folder, "--text-column", "0", "--out", tmp_path / "m"))
    assert "only be chosen for a table" in line
    assert "not a folder" in assert_user_error(mmstudio("train", "image", SAMPLE_ZH, "--out", tmp_path / "m"))
    assert "at least one file" in assert_user_error(mmstudio("predict", tmp_path / "m.mmstudio"))


def test_typed_text_is_refused_by_an_image_model(image_model):
    line = assert_user_error(mmstudio("predict", image_model, "--text", "a circle"))
    assert "--text" in line and "image model" in line


def test_one_unreadable_file_gives_its_reason(zh, tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(6 * 2**20)
    line = assert_user_error(mmstudio("predict", zh[1], big))
    assert "'big.txt' is 6 MB; text files over 5 MB are not read." in line


def test_mixed_up_kinds_in_process(zh, image_model, tmp_path, capsys):
    """Cases that need torch anyway run in this process (`run_cli` is the CLI minus the interpreter)."""
    (tmp_path / "circle").mkdir()
    (tmp_path / "circle" / "1.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    assert run_cli(["evaluate", str(zh[1]), str(tmp_path)]) == 2
    assert run_cli(["evaluate", str(image_model), str(tmp_path), "--text-column", "text"]) == 2
    assert run_cli(["predict", str(zh[1]), str(tmp_path / "circle" / "1.png")]) == 2
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    assert "No text examples were found" in errors[0]
    assert "--text-column is for text models" in errors[1] and "an image model" in errors[1]
    assert "binary" in errors[2]
