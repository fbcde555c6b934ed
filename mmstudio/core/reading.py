"""Reading a list of labelled examples through a medium, collecting the unreadable ones instead of stopping."""

from __future__ import annotations

import threading
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field

from mmstudio.core.errors import DataError
from mmstudio.core.events import LoadProgress
from mmstudio.core.examples import Item
from mmstudio.core.media.modality import Modality

PROGRESS_EVERY = 25


def drain(generator: Generator):
    """Run a generator to its end, ignoring what it yields, and give back what it returns."""
    while True:
        try:
            next(generator)
        except StopIteration as done:
            return done.value


@dataclass
class ReadExamples:
    """What reading produced: the readable examples (raw form, class index, the item itself) and the rest."""

    raws: list = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    skipped: list[tuple[Item, str]] = field(default_factory=list)  # (item, plain reason)


def read_examples(
    modality: Modality,
    labelled: Sequence[tuple[Item, int]],
    preprocessing: dict,
    stop: threading.Event | None = None,
) -> Generator[LoadProgress, None, ReadExamples]:
    """Read every example; unreadable ones are collected with their reason instead of stopping the run."""
    read = ReadExamples()
    total = len(labelled)
    for done, (item, label) in enumerate(labelled, start=1):
        if stop is not None and stop.is_set():
            break
        try:
            read.raws.append(modality.read(item, preprocessing))
            read.labels.append(label)
            read.items.append(item)
        except DataError as error:
            read.skipped.append((item, str(error)))
        if done % PROGRESS_EVERY == 0 or done == total:
            yield LoadProgress(done, total)
    return read
