"""Reading examples on worker threads (core/reading.py): the result is in the order given, unreadable files are
collected in order with their reason, the work really is spread over threads, and Stop ends it early."""

from __future__ import annotations

import os
import threading

import numpy as np
from PIL import Image

from mmstudio.core.events import LoadProgress
from mmstudio.core.media.image.modality import ImageModality
from mmstudio.core.reading import drain, read_examples

PREPROCESSING = {"size": 28, "channels": 1}


class RecordingImages(ImageModality):
    """The real picture reader, noting which thread read each file."""

    def __init__(self) -> None:
        self.threads: set[str] = set()

    def read(self, item, preprocessing):
        self.threads.add(threading.current_thread().name)
        return super().read(item, preprocessing)


def pictures(folder, count: int, broken_every: int = 0) -> list:
    """(path, label) pairs: PNGs whose brightness is their number (so each raw says which file it came from),
    with every `broken_every`-th file not a picture at all."""
    folder.mkdir(exist_ok=True)
    labelled = []
    for number in range(count):
        path = folder / f"{number:03d}.png"
        if broken_every and number % broken_every == broken_every - 1:
            path.write_bytes(b"not a picture")
        else:
            Image.fromarray(np.full((28, 28), number % 256, dtype=np.uint8)).save(path)
        labelled.append((path, number % 3))
    return labelled


def test_examples_come_back_in_their_order_with_the_unreadable_ones_named(tmp_path):
    labelled = pictures(tmp_path, 120, broken_every=7)
    modality = RecordingImages()
    reader = read_examples(modality, labelled, PREPROCESSING)
    progress = []
    while True:
        try:
            progress.append(next(reader))
        except StopIteration as done:
            read = done.value
            break

    readable = [(path, label) for number, (path, label) in enumerate(labelled) if number % 7 != 6]
    assert read.items == [path for path, _ in readable]
    assert read.labels == [label for _, label in readable]
    assert [int(raw.mean()) for raw in read.raws] == [int(path.stem) % 256 for path, _ in readable]
    assert [item for item, _ in read.skipped] == [path for number, (path, _) in enumerate(labelled) if number % 7 == 6]
    assert all(reason == f"'{item.name}' is not an image mmstudio can read." for item, reason in read.skipped)
    assert progress == [LoadProgress(done, 120) for done in (25, 50, 75, 100, 120)]
    if (os.cpu_count() or 1) > 1:
        assert len(modality.threads) > 1, "read on more than one thread"


def test_stop_ends_reading_early(tmp_path):
    labelled = pictures(tmp_path, 200)
    stop = threading.Event()
    reader = read_examples(ImageModality(), labelled, PREPROCESSING, stop)
    next(reader)  # the first 25 are in
    stop.set()
    read = drain(reader)
    assert 25 <= len(read.raws) < 200
    assert read.items == [path for path, _ in labelled[: len(read.items)]]  # a beginning, in order, no gaps
