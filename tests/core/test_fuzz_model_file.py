"""Fuzzing the model-file reader with real files the app made, mutated by hypothesis: the description's values
and keys, the safetensors header, the weights' bytes, and the file cut short. Every mutant either loads (and then
predicts, or refuses its input plainly) or is refused with a CheckpointError, in bounded memory and within a CPU-time
budget (wall-clock times of damaged files: benchmarks/bench_timings_from_tests.py).

Hypothesis is used because it shrinks a failing mutant to the smallest one, and its strategies reach the
awkward values (huge or negative numbers, wrong types, NaN, deep nesting) that hand-written cases miss.
"""

from __future__ import annotations

import copy
import functools
import json
import math
import struct
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mmstudio.core.checkpoint import load_bundle
from mmstudio.core.errors import CheckpointError, DataError
from mmstudio.core.predictor import Predictor

from ._helpers import cpu_seconds
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

KINDS = ("image/cnn", "image/autoencoder", "text/bow", "text/lstm")
CPU_SECONDS = 5  # per mutant, of this thread's CPU time (a good load takes milliseconds)
FUZZ = settings(
    max_examples=300,
    deadline=None,  # no wall-clock limit: a CPU-time budget below
    derandomize=True,  # the same mutants on every run, so CI cannot fail by chance
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)

CLAIMS = st.sampled_from([0, -1, 1, 2, 3, 5, 28, 1500, 4097, 65537, 600_000, 10**7, 2**31, 2**63, -(2**63), 10**400])
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    CLAIMS,
    st.integers(-1000, 1000),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
)
JSON = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12
)


def mutate(data, value):
    """`value` with one change somewhere inside it, the place chosen by walking down from the top."""
    if isinstance(value, (dict, list)) and value and data.draw(st.integers(0, 3)) > 0:
        key = data.draw(st.sampled_from(list(value) if isinstance(value, dict) else range(len(value))))
        value[key] = mutate(data, value[key])
        return value
    action = data.draw(st.sampled_from(["replace", "drop", "add"] if isinstance(value, (dict, list)) else ["replace"]))
    if action == "replace":
        return data.draw(JSON)
    if not value:
        return value
    if action == "drop":
        del value[data.draw(st.sampled_from(list(value) if isinstance(value, dict) else range(len(value))))]
    elif isinstance(value, dict):
        value[data.draw(st.text(max_size=10))] = data.draw(JSON)
    else:
        value.append(data.draw(JSON))
    return value


@functools.cache
def original(kind: str) -> bytes:
    """The bytes of the real file (not a fixture: hypothesis would print all of them with a failing mutant)."""
    return model_files()[kind].read_bytes()


def check_mutant(data: bytes, kind: str, folder: Path) -> None:
    """Loads (and predicts, or refuses its input plainly) or is refused plainly, within time and memory."""
    path = folder / "mutant.mmstudio"
    path.write_bytes(data)

    def use() -> None:
        try:
            bundle = load_bundle(path)
        except CheckpointError:
            return
        try:
            Predictor(bundle).predict(example_for(kind.split("/")[0]))
        except DataError:
            pass

    spent = []
    grown = peak_growth_mb(lambda: spent.append(cpu_seconds(use))) if can_measure_memory() else 0.0
    assert (spent[0] if spent else cpu_seconds(use)) < CPU_SECONDS
    assert grown < 64 + 20 * len(data) / 2**20, f"{grown:.0f} MB for a {len(data) / 2**20:.1f} MB file"


@FUZZ
@given(kind=st.sampled_from(KINDS), data=st.data())
def test_mutated_descriptions(tmp_path_factory, kind, data):
    description = mutate(data, copy.deepcopy(description_of(original(kind))))
    if not isinstance(description, dict):
        description = {"format_version": 1, "everything": description}
    check_mutant(with_description(original(kind), description), kind, tmp_path_factory.mktemp("d"))


SECTIONS = st.sampled_from(["preprocessing", "model_config", "extras", "metrics", "settings", "history", "classes"])


@FUZZ
@given(kind=st.sampled_from(KINDS), section=SECTIONS, data=st.data())
def test_mutated_settings(tmp_path_factory, kind, section, data):
    """The values that decide how a network is built and inputs are read: each one replaced, or one added."""
    description = copy.deepcopy(description_of(original(kind)))
    part = description.setdefault(section, {})
    if isinstance(part, list):
        index = data.draw(st.integers(0, max(len(part) - 1, 0)))
        part[index : index + 1] = [data.draw(SCALARS | JSON)]
    else:
        names = st.text(max_size=8)
        part[data.draw(st.sampled_from(sorted(part)) | names if part else names)] = data.draw(SCALARS | JSON)
    check_mutant(with_description(original(kind), description), kind, tmp_path_factory.mktemp("s"))


ENTRY_CHANGES = st.sampled_from(["dtype", "shape", "data_offsets", "drop", "add"])


@FUZZ
@given(kind=st.sampled_from(KINDS), change=ENTRY_CHANGES, data=st.data())
def test_mutated_headers(tmp_path_factory, kind, change, data):
    header, weights = split_file(original(kind))
    name = data.draw(st.sampled_from(sorted(k for k in header if k != "__metadata__")))
    if change == "dtype":
        header[name]["dtype"] = data.draw(st.sampled_from(["F16", "BF16", "F64", "I64", "U8", "BOOL", "F8_E5M2", "?"]))
    elif change == "shape":
        header[name]["shape"] = data.draw(st.lists(CLAIMS | st.integers(0, 64), max_size=5))
    elif change == "data_offsets":
        header[name]["data_offsets"] = data.draw(st.lists(CLAIMS | st.integers(0, len(weights)), max_size=3))
    elif change == "drop":
        del header[name]
    else:
        header[data.draw(st.text(min_size=1, max_size=8))] = data.draw(JSON)
    check_mutant(join_file(header, weights), kind, tmp_path_factory.mktemp("h"))


NAN_BYTES = struct.pack("<f", math.nan)


@FUZZ
@given(
    kind=st.sampled_from(KINDS),
    change=st.sampled_from(["truncate", "flip", "length", "nan", "append"]),
    where=st.floats(0, 1, exclude_max=True),
    byte=st.integers(0, 255),
    length=CLAIMS | st.integers(0, 2**16),
)
def test_mutated_bytes(tmp_path_factory, kind, change, where, byte, length):
    data = bytearray(original(kind))
    at = int(where * len(data))
    if change == "truncate":
        data = data[:at]
    elif change == "flip":
        data[at] ^= byte or 1
    elif change == "length":
        data[:8] = struct.pack("<Q", length % 2**64)
    elif change == "nan":
        start = len(data) - len(split_file(bytes(data))[1])
        at = start + (at % max(1, (len(data) - start) // 4)) * 4
        data[at : at + 4] = NAN_BYTES
    else:
        data += bytes([byte]) * (length % 4096 + 1)
    check_mutant(bytes(data), kind, tmp_path_factory.mktemp("b"))


def test_the_originals_load_and_predict(tmp_path):
    """The mutants start from good files (so a refusal is about the mutation)."""
    for kind in KINDS:
        data = original(kind)
        path = tmp_path / f"{kind.replace('/', '-')}.mmstudio"
        path.write_bytes(data)
        assert Predictor(load_bundle(path)).predict(example_for(kind.split("/")[0])).label
        assert json.loads(json.dumps(description_of(data)))["model"] == kind.split("/")[1]
