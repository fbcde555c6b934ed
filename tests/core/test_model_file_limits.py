"""What a model file may declare, and the plain refusal of everything else: before any network is built, in
bounded memory and CPU time, whatever sizes the file claims (wall-clock times: benchmarks/bench_timings_from_tests.py)."""

from __future__ import annotations

import copy
import json
import math
import struct

import pytest
import torch

from mmstudio.core.checkpoint import ModelBundle, load_bundle, save_bundle
from mmstudio.core.errors import CheckpointError
from mmstudio.core.events import Failed
from mmstudio.core.media import MEDIA
from mmstudio.core.pipeline import train_examples
from mmstudio.core.predictor import Predictor
from mmstudio.core.settings import TrainSettings

from ._helpers import assert_plain, cpu_seconds
from ._model_files import (
    can_measure_memory,
    description_of,
    example_for,
    join_file,
    model_files,
    peak_growth_mb,
    split_file,
    with_description,
)


def refusal(tmp_path, data: bytes) -> str:
    path = tmp_path / "edited.mmstudio"
    path.write_bytes(data)
    with pytest.raises(CheckpointError) as caught:
        load_bundle(path)
    message = str(caught.value)
    assert_plain(message, "edited.mmstudio")
    assert message.count(". ") == 0 and message.endswith("."), message  # one sentence
    return message


def edited(kind: str, change) -> bytes:
    data = model_files()[kind].read_bytes()
    description = copy.deepcopy(description_of(data))
    change(description)
    return with_description(data, description)


# Claims a small file may make that would cost gigabytes if the network were built from them.
HUGE_CLAIMS = [
    pytest.param("image/cnn", lambda d: d["preprocessing"].update(size=1500), "preprocessing.size", id="image 1500"),
    pytest.param(
        "image/autoencoder", lambda d: d["model_config"].update(code_size=200_000), "code_size", id="code 2e5"
    ),
    pytest.param(
        "text/bow", lambda d: d["model_config"].update(bigram_buckets=10**7), "bigram_buckets", id="buckets 1e7"
    ),
    pytest.param("text/lstm", lambda d: d["model_config"].update(embedding=600_000), "embedding", id="embed 6e5"),
    pytest.param("text/lstm", lambda d: d["model_config"].update(hidden=10**6), "hidden", id="hidden 1e6"),
    pytest.param(
        "text/bow",
        lambda d: d["preprocessing"]["vocabulary"].extend(f"t{i}" for i in range(10**6)),
        "vocabulary",
        id="vocabulary 1e6",
    ),
    pytest.param("image/cnn", lambda d: d.update(classes=[f"c{i}" for i in range(100_000)]), "classes", id="1e5 classes"),
]


@pytest.mark.skipif(not can_measure_memory(), reason="needs Linux's /proc/self/clear_refs")
@pytest.mark.parametrize(("kind", "change", "named"), HUGE_CLAIMS)
def test_huge_claims_are_refused_without_building_anything(tmp_path, kind, change, named):
    path = tmp_path / "edited.mmstudio"
    path.write_bytes(edited(kind, change))
    caught = []

    def load():
        try:
            load_bundle(path)
        except CheckpointError as error:
            caught.append(str(error))

    spent = []
    grown = peak_growth_mb(lambda: spent.append(cpu_seconds(load)))
    assert spent[0] < 5  # seconds of this thread's CPU time; the wall-clock time is in benchmarks/
    assert grown < 64 + 20 * path.stat().st_size / 2**20, f"{grown:.0f} MB"
    assert caught, "loaded"
    assert_plain(caught[0], "edited.mmstudio", "damaged", named)


@pytest.mark.parametrize(
    ("kind", "change", "named"),
    [
        pytest.param("image/cnn", lambda d: d.update(modality=["image"]), "modality", id="modality a list"),
        pytest.param("image/cnn", lambda d: d.update(modality={"image": 1}), "modality", id="modality a dict"),
        pytest.param("image/cnn", lambda d: d.update(model=["cnn"]), "model", id="model a list"),
        pytest.param("image/cnn", lambda d: d.update(classes="ab"), "classes", id="classes a string"),
        pytest.param("image/cnn", lambda d: d.update(classes=[1, 2]), "classes[0]", id="class names ints"),
        pytest.param("image/cnn", lambda d: d.update(classes=["a", "a"]), "twice", id="duplicate class names"),
        pytest.param("image/cnn", lambda d: d.update(classes=["a", ""]), "classes[1]", id="empty class name"),
        pytest.param("image/cnn", lambda d: d["preprocessing"].update(size="28"), "size", id="size a string"),
        pytest.param("image/cnn", lambda d: d["preprocessing"].update(size=True), "size", id="size true"),
        pytest.param("image/cnn", lambda d: d["preprocessing"].update(channels=2), "channels", id="2 channels"),
        pytest.param("image/cnn", lambda d: d["preprocessing"].pop("channels"), "channels", id="no channels"),
        pytest.param("image/cnn", lambda d: d["preprocessing"].update(mean=0.5), "mean", id="unknown setting"),
        pytest.param("text/bow", lambda d: d["preprocessing"].update(max_length="200"), "max_length", id="max_length str"),
        pytest.param("text/bow", lambda d: d["preprocessing"].update(cjk_ngrams="2"), "cjk_ngrams", id="cjk_ngrams str"),
        pytest.param("text/bow", lambda d: d["preprocessing"].update(cjk_ngrams=10**9), "cjk_ngrams", id="cjk 1e9"),
        pytest.param("text/bow", lambda d: d["preprocessing"].pop("vocabulary"), "vocabulary", id="no vocabulary"),
        pytest.param(
            "text/bow", lambda d: d["preprocessing"]["vocabulary"].reverse(), "vocabulary", id="vocabulary order"
        ),
        pytest.param("text/lstm", lambda d: d["model_config"].update(dropout=1.5), "dropout", id="dropout 1.5"),
        pytest.param("text/lstm", lambda d: d["model_config"].update(dropout=10**400), "dropout", id="dropout 1e400"),
        pytest.param("text/lstm", lambda d: d["model_config"].update(bidirectional=1), "bidirectional", id="bidi 1"),
        pytest.param(
            "image/autoencoder",
            lambda d: d["extras"].update(reconstruction_error_quantiles="abc"),
            "quantiles",
            id="quantiles a string",
        ),
        pytest.param(
            "image/autoencoder",
            lambda d: d["extras"].update(reconstruction_error_quantiles=[0.3, 0.1]),
            "quantiles",
            id="quantiles unordered",
        ),
        pytest.param("image/cnn", lambda d: d.update(history={"epoch": 1}), "history", id="history a dict"),
        pytest.param("image/cnn", lambda d: d["history"][0].pop("loss"), "history[0].loss", id="history no loss"),
        pytest.param("image/cnn", lambda d: d["history"][0].update(accuracy="high"), "accuracy", id="history text"),
        pytest.param("image/cnn", lambda d: d.update(metrics=[]), "metrics", id="metrics a list"),
        pytest.param("image/cnn", lambda d: d["metrics"].pop("per_class"), "per_class", id="metrics incomplete"),
        pytest.param(
            "image/cnn", lambda d: d["metrics"].update(confusion_matrix=[[1, 2], [3]]), "confusion", id="ragged matrix"
        ),
        pytest.param(
            "image/cnn", lambda d: d["metrics"].update(classes=["x", "y"]), "other classes", id="metrics other classes"
        ),
        pytest.param("image/cnn", lambda d: d["settings"].update(epochs="6"), "epochs", id="settings epochs text"),
        pytest.param("image/cnn", lambda d: d.update(format_version=0), "format_version", id="version 0"),
        pytest.param("image/cnn", lambda d: d.update(created=["2026"]), "created", id="created a list"),
    ],
)
def test_each_malformed_value_is_one_plain_sentence_naming_it(tmp_path, kind, change, named):
    message = refusal(tmp_path, edited(kind, change))
    assert "damaged" in message and named in message, message


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
@pytest.mark.parametrize("kind", ["image/cnn", "text/lstm"])
def test_weights_that_are_not_numbers_are_refused(tmp_path, kind, bad):
    bundle = load_bundle(model_files()[kind])
    name = next(iter(bundle.state_dict))
    bundle.state_dict[name].view(-1)[0] = bad
    header, weights = split_file(model_files()[kind].read_bytes())
    begin = header[name]["data_offsets"][0]
    poisoned = weights[:begin] + struct.pack("<f", bad) + weights[begin + 4 :]
    assert "not numbers" in refusal(tmp_path, join_file(header, poisoned))
    with pytest.raises(CheckpointError) as caught:  # and the app never writes such a file either
        save_bundle(bundle, tmp_path / "diverged")
    assert_plain(str(caught.value), "not numbers")
    assert not (tmp_path / "diverged.mmstudio").exists()


def first_weight(data: bytes) -> tuple[dict, bytes, str]:
    header, weights = split_file(data)
    return header, weights, min((k for k in header if k != "__metadata__"), key=lambda k: header[k]["data_offsets"])


@pytest.mark.parametrize(
    ("lie", "named"),
    [
        pytest.param(lambda h, n: h[n].update(dtype="F8_E4M3"), "match", id="unknown dtype"),
        pytest.param(lambda h, n: h[n].update(dtype="F16"), "match", id="other dtype"),
        pytest.param(lambda h, n: h[n].update(shape=[10**6, 10**6]), "match", id="huge shape"),
        pytest.param(lambda h, n: h[n].update(shape="big"), "shape", id="shape a string"),
        pytest.param(lambda h, n: h[n].update(data_offsets=[0, 2**62]), "where", id="offsets past the end"),
        pytest.param(lambda h, n: h[n].update(data_offsets=[4, 4 + h[n]["data_offsets"][1]]), "where", id="overlap"),
        pytest.param(lambda h, n: h.pop(n), "match", id="a weight missing"),
        pytest.param(lambda h, n: h.update(extra={"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}), "match", id="a weight more"),
        pytest.param(lambda h, n: h.update(__metadata__={"format": "pt"}), "description", id="no description"),
        pytest.param(lambda h, n: h.update(__metadata__={"mmstudio": "[" * 100_000}), "JSON", id="deep nesting"),
        pytest.param(lambda h, n: h.update(__metadata__={"mmstudio": 5}), "metadata", id="description a number"),
    ],
)
def test_header_lies_are_refused(tmp_path, lie, named):
    header, weights, name = first_weight(model_files()["image/cnn"].read_bytes())
    lie(header, name)
    message = refusal(tmp_path, join_file(header, weights))
    assert named in message, message


@pytest.mark.parametrize(
    "length", [0, 7, 2**20, 2**63, 2**64 - 1], ids=["zero", "tiny", "past the end", "2^63", "2^64-1"]
)
def test_a_header_length_that_lies_costs_nothing(tmp_path, length):
    data = model_files()["image/cnn"].read_bytes()
    refusal(tmp_path, struct.pack("<Q", length) + data[8:])


def test_extra_bytes_after_the_weights_are_refused(tmp_path):
    assert "size" in refusal(tmp_path, model_files()["image/cnn"].read_bytes() + b"\0" * 64)


def test_unknown_top_level_keys_are_ignored_and_nan_in_the_history_is_kept_as_nothing(tmp_path):
    def change(d):
        d["from_the_future"] = {"anything": [1, 2]}
        d["history"][0]["loss"] = math.nan  # Python's json writes NaN; strict JSON has no such thing

    path = tmp_path / "m.mmstudio"
    path.write_bytes(edited("image/cnn", change))
    bundle = load_bundle(path)
    assert bundle.history[0]["loss"] is None
    assert "NaN" not in json.dumps(bundle.description())


def test_a_loaded_autoencoder_predicts_with_its_quantiles():
    prediction = Predictor.from_file(model_files()["image/autoencoder"]).predict(example_for("image"))
    assert 0 <= prediction.unusual <= 1


def test_tokenizer_refuses_an_unbounded_ngram_length():
    from mmstudio.core.media.text.tokenize import MAX_CJK_NGRAMS, tokenize

    text = "我爱机器学习" * 2000
    assert len(tokenize(text, MAX_CJK_NGRAMS)) < MAX_CJK_NGRAMS * len(text)  # its time: benchmarks/
    for bad in (0, MAX_CJK_NGRAMS + 1, 10**9, "2", 2.0, True):
        with pytest.raises(ValueError):
            tokenize(text, bad)


def test_training_refuses_settings_a_model_file_could_not_hold():
    """The app never writes a file it would refuse: training checks the same schema."""
    modality = MEDIA["text"].make_modality()
    labelled = [(f"text number {i}", "a" if i % 2 else "b") for i in range(8)]
    for preprocessing, config, named in (
        ({"max_length": 10**7}, {}, "max_length"),
        ({}, {"bigram_buckets": 10**8}, "bigram_buckets"),
        ({}, {"dropout": 2}, "dropout"),
        ({"cjk_ngrams": 9}, {}, "cjk_ngrams"),
    ):
        events = list(
            train_examples(modality, labelled, ["a", "b"], "bow", TrainSettings(epochs=1), preprocessing, config)
        )
        assert isinstance(events[-1], Failed), events[-1]
        assert_plain(events[-1].message, named)


def test_every_model_of_every_medium_declares_its_settings():
    """A model's default settings pass its own schema (an undeclared setting would make its files unreadable)."""
    for medium in MEDIA.values():
        for spec in medium.models.values():
            assert spec.config_schema(dict(spec.config), "model_config") == spec.config, (medium.name, spec.name)


def test_the_app_reads_every_file_it_writes(tmp_path):
    for kind in ("image/cnn", "image/autoencoder", "text/bow", "text/lstm"):
        bundle = load_bundle(model_files()[kind])
        again = load_bundle(save_bundle(bundle, tmp_path / kind.replace("/", "-")))
        assert again.description() == bundle.description()
        assert all(torch.equal(again.state_dict[k], v) for k, v in bundle.state_dict.items())
        assert isinstance(again, ModelBundle)
