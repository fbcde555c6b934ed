"""The torch-free reader (NumpyPredictor.from_file, for `mmstudio predict` on the CPU) refuses every file
`load_bundle` refuses, with the same sentence, before allocating anything a file merely claims: cut-short files,
lying headers, wrong shapes, weights that are not numbers, huge claims; and the hypothesis mutants of
test_fuzz_model_file.py get the same verdict from both readers, and the same prediction where they load."""

from __future__ import annotations

import copy
import math
import re
import struct

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mmstudio.core.checkpoint import load_bundle
from mmstudio.core.errors import CheckpointError, DataError
from mmstudio.core.numpy_predictor import NumpyPredictor
from mmstudio.core.predictor import Predictor

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
from .test_fuzz_model_file import CLAIMS, FUZZ, JSON, mutate, original
from .test_model_file_limits import HUGE_CLAIMS, edited, first_weight

IMAGE_KINDS = ("image/cnn", "image/autoencoder")
FEWER = settings(FUZZ, max_examples=100)


def refused(read, path) -> str | None:
    """The sentence `read(path)` refuses the file with, or None where it reads it."""
    try:
        read(path)
    except CheckpointError as error:
        return str(error)
    return None


def same_verdict(tmp_path, data: bytes) -> str | None:
    """Both readers refuse `data` with the same sentence, or both read it and predict the same; the sentence."""
    path = tmp_path / "edited.mmstudio"
    path.write_bytes(data)
    sentence = refused(NumpyPredictor.from_file, path)
    assert sentence == refused(load_bundle, path)
    if sentence is None:
        ours, theirs = NumpyPredictor.from_file(path), Predictor.from_file(path)
        try:
            expected = theirs.predict(example_for("image"))
        except DataError as error:
            with pytest.raises(DataError, match=re.escape(str(error))):
                ours.predict(example_for("image"))
            return None
        mine = ours.predict(example_for("image"))
        assert (mine.label, mine.unusual) == (expected.label, expected.unusual)
        assert mine.probabilities == pytest.approx(expected.probabilities, abs=1e-5)
    return sentence


def one_sentence(sentence: str | None) -> str:
    assert sentence is not None, "read"
    assert_plain(sentence, "edited.mmstudio")
    assert sentence.count(". ") == 0 and sentence.endswith("."), sentence
    return sentence


@pytest.mark.parametrize("kind", IMAGE_KINDS)
@pytest.mark.parametrize("keep", [0, 5, 8, 100, 0.5, 0.99])
def test_a_cut_short_file_is_refused(tmp_path, kind, keep):
    data = original(kind)
    one_sentence(same_verdict(tmp_path, data[: keep if isinstance(keep, int) else int(len(data) * keep)]))


@pytest.mark.parametrize("length", [0, 7, 2**20, 2**63, 2**64 - 1])
def test_a_header_length_that_lies_is_refused(tmp_path, length):
    one_sentence(same_verdict(tmp_path, struct.pack("<Q", length) + original("image/cnn")[8:]))


@pytest.mark.parametrize("kind", IMAGE_KINDS)
@pytest.mark.parametrize(
    ("lie", "named"),
    [
        pytest.param(lambda h, n: h[n].update(shape=[h[n]["shape"][0] + 1, *h[n]["shape"][1:]]), "match", id="wider"),
        pytest.param(lambda h, n: h[n].update(shape=[10**6, 10**6]), "match", id="huge shape"),
        pytest.param(lambda h, n: h[n].update(dtype="F64"), "match", id="other dtype"),
        pytest.param(lambda h, n: h[n].update(data_offsets=[0, 2**62]), "where", id="offsets past the end"),
        pytest.param(lambda h, n: h.pop(n), "match", id="a weight missing"),
        pytest.param(
            lambda h, n: h.update(extra={"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}), "match", id="one more"
        ),
        pytest.param(lambda h, n: h.update(__metadata__={"format": "pt"}), "description", id="no description"),
    ],
)
def test_header_lies_are_refused(tmp_path, kind, lie, named):
    header, weights, name = first_weight(original(kind))
    lie(header, name)
    assert named in one_sentence(same_verdict(tmp_path, join_file(header, weights)))


@pytest.mark.parametrize("kind", IMAGE_KINDS)
@pytest.mark.parametrize(
    ("change", "named"),
    [
        pytest.param(lambda d: d["preprocessing"].update(size=64), "match", id="other size"),
        pytest.param(lambda d: d["preprocessing"].update(channels=3), "match", id="colour"),
        pytest.param(lambda d: [d.update(classes=["a", "b", "c"]), d.pop("metrics")], "match", id="more classes"),
        pytest.param(lambda d: d["preprocessing"].update(size=9), "build", id="too small"),
    ],
)
def test_a_description_the_weights_do_not_fit_is_refused(tmp_path, kind, change, named):
    assert named in one_sentence(same_verdict(tmp_path, edited(kind, change)))


@pytest.mark.parametrize("kind", IMAGE_KINDS)
@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_weights_that_are_not_numbers_are_refused(tmp_path, kind, bad):
    header, weights = split_file(original(kind))
    name = max((k for k in header if k != "__metadata__"), key=lambda k: header[k]["data_offsets"])  # the last
    at = header[name]["data_offsets"][1] - 4
    poisoned = weights[:at] + struct.pack("<f", bad) + weights[at + 4 :]
    assert "not numbers" in one_sentence(same_verdict(tmp_path, join_file(header, poisoned)))


def test_the_weights_read_are_the_torch_reader_s():
    for kind in IMAGE_KINDS:
        ours, theirs = NumpyPredictor.from_file(model_files()[kind]).bundle, load_bundle(model_files()[kind])
        assert ours.description() == theirs.description()
        assert ours.state_dict.keys() == theirs.state_dict.keys()
        for name, array in ours.state_dict.items():
            assert array.dtype == np.float32 and array.flags.writeable
            np.testing.assert_array_equal(array, theirs.state_dict[name].numpy())


# Beyond the schema (refused by it), and within it: a gigabyte of weights claimed, which the file has not.
IMAGE_CLAIMS = [claim for claim in HUGE_CLAIMS if claim.values[0].startswith("image")] + [
    pytest.param("image/cnn", lambda d: d["preprocessing"].update(size=1024), "match", id="1 GB cnn"),
    pytest.param(
        "image/autoencoder",
        lambda d: [d["preprocessing"].update(size=128), d["model_config"].update(code_size=4096)],
        "match",
        id="1 GB autoencoder",
    ),
]


@pytest.mark.skipif(not can_measure_memory(), reason="needs Linux's /proc/self/clear_refs")
@pytest.mark.parametrize(("kind", "change", "named"), IMAGE_CLAIMS)
def test_huge_claims_are_refused_without_allocating(tmp_path, kind, change, named):
    path = tmp_path / "edited.mmstudio"
    path.write_bytes(edited(kind, change))
    sentences, spent = [], []

    def read() -> None:
        sentences.append(refused(NumpyPredictor.from_file, path))

    grown = peak_growth_mb(lambda: spent.append(cpu_seconds(read)))
    assert spent[0] < 5 and grown < 64 + 20 * path.stat().st_size / 2**20, (spent, grown)
    assert sentences[0] == refused(load_bundle, path)
    assert_plain(sentences[0], "edited.mmstudio", "damaged", named)


@FEWER
@given(kind=st.sampled_from(IMAGE_KINDS), data=st.data())
def test_mutated_descriptions_get_the_same_verdict(tmp_path_factory, kind, data):
    description = mutate(data, copy.deepcopy(description_of(original(kind))))
    if not isinstance(description, dict):
        description = {"format_version": 1, "everything": description}
    same_verdict(tmp_path_factory.mktemp("d"), with_description(original(kind), description))


@FEWER
@given(kind=st.sampled_from(IMAGE_KINDS), change=st.sampled_from(["dtype", "shape", "data_offsets"]), data=st.data())
def test_mutated_headers_get_the_same_verdict(tmp_path_factory, kind, change, data):
    header, weights = split_file(original(kind))
    name = data.draw(st.sampled_from(sorted(k for k in header if k != "__metadata__")))
    header[name][change] = data.draw(st.lists(CLAIMS | st.integers(0, len(weights)), max_size=4) | JSON)
    same_verdict(tmp_path_factory.mktemp("h"), join_file(header, weights))


@FEWER
@given(kind=st.sampled_from(IMAGE_KINDS), where=st.floats(0, 1, exclude_max=True), byte=st.integers(1, 255))
def test_flipped_bytes_get_the_same_verdict(tmp_path_factory, kind, where, byte):
    data = bytearray(original(kind))
    data[int(where * len(data))] ^= byte
    same_verdict(tmp_path_factory.mktemp("b"), bytes(data))
