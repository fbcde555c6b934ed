"""Fuzzing the image and text readers with random bytes and with real files cut short or changed here and there:
each read gives the example (pixels of the asked size, a text, a table) or a plain DataError, within a CPU-time
budget (wall-clock times of damaged reads: benchmarks/bench_timings_from_tests.py)."""

from __future__ import annotations

import io
import itertools
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from mmstudio.core.errors import DataError
from mmstudio.core.media import get_modality
from mmstudio.core.media.text.tables import read_labelled_table

from ._helpers import cpu_seconds

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning:PIL")  # Pillow's own notes on the damaged files

CPU_SECONDS = 5  # per read, of this thread's CPU time (a good read takes milliseconds)
FUZZ = settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
_names = itertools.count()  # a new file each time: the image reader keeps the last picture by name and mtime


def _picture(form: str) -> bytes:
    pixels = (np.arange(24 * 20 * 3) % 251).astype(np.uint8).reshape(20, 24, 3)
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, format=form)
    return buffer.getvalue()


PICTURES = {form: _picture(form) for form in ("PNG", "JPEG", "GIF", "BMP", "TIFF", "WEBP")}
TEXTS = {
    ".txt": "Plain words, 中文的句子 and ünïcödé.\n".encode("utf-8") * 20,
    ".csv": "text,label\n" + "".join(f"sentence number {i},{'ab'[i % 2]}\n" for i in range(30)),
    ".jsonl": "".join(f'{{"text": "line {i}", "label": "{"xy"[i % 2]}"}}\n' for i in range(30)),
}
TEXTS = {suffix: data if isinstance(data, bytes) else data.encode() for suffix, data in TEXTS.items()}


def damaged(data: bytes, how: str, where: float, byte: int, noise: bytes) -> bytes:
    at = int(where * len(data))
    if how == "truncate":
        return data[:at]
    if how == "flip":
        return data[:at] + bytes([data[at] ^ (byte or 1)]) + data[at + 1 :]
    if how == "noise":
        return data[:at] + noise + data[at + len(noise) :]
    return noise  # nothing of the original


DAMAGE = dict(
    how=st.sampled_from(["truncate", "flip", "noise", "random"]),
    where=st.floats(0, 1, exclude_max=True),
    byte=st.integers(0, 255),
    noise=st.binary(max_size=600),
)


def timed(read) -> None:
    def attempt() -> None:
        try:
            read()
        except DataError:
            pass

    assert cpu_seconds(attempt) < CPU_SECONDS


@FUZZ
@given(form=st.sampled_from(sorted(PICTURES)), size=st.sampled_from([8, 28]), channels=st.sampled_from([1, 3]), **DAMAGE)
def test_image_reader(tmp_path_factory, form, size, channels, how, where, byte, noise):
    path = tmp_path_factory.getbasetemp() / f"fuzz{next(_names)}.png"
    path.write_bytes(damaged(PICTURES[form], how, where, byte, noise))
    modality = get_modality("image")

    def read():
        pixels = modality.read(path, {"size": size, "channels": channels})
        assert pixels.shape == (channels, size, size) and pixels.dtype == np.uint8

    timed(read)


@FUZZ
@given(suffix=st.sampled_from(sorted(TEXTS)), **DAMAGE)
def test_text_readers(tmp_path_factory, suffix, how, where, byte, noise):
    path = tmp_path_factory.getbasetemp() / f"fuzz{next(_names)}{suffix}"
    path.write_bytes(damaged(TEXTS[suffix], how, where, byte, noise))

    def read():
        if suffix == ".txt":
            assert isinstance(get_modality("text").read(path, {}), str)
        else:
            table = read_labelled_table(path)
            assert all(isinstance(text, str) and isinstance(label, str) for text, label in table.pairs)

    timed(read)


@pytest.mark.parametrize("form", sorted(PICTURES))
def test_the_undamaged_pictures_read(tmp_path: Path, form):
    path = tmp_path / f"good.{form.lower()}"
    path.write_bytes(PICTURES[form])
    assert get_modality("image").read(path, {"size": 28, "channels": 3}).shape == (3, 28, 28)
