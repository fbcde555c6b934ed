"""Small helpers shared by the core tests (not fixtures)."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from mmstudio.core.settings import TrainSettings
from mmstudio.core.events import Failed, Finished
from mmstudio.core.pipeline import train_examples

# Words that would betray a programmer's message (exception class names, tracebacks) in a user-facing one.
TECHNICAL = re.compile(r"\b[A-Z]\w*(Error|Exception|Warning)\b|Traceback|\[Errno|<\w+[. ]|0x[0-9a-f]{6,}")


def assert_plain(message: str, *must_contain: str) -> None:
    """A message meant for a person: no exception class names, and it names what it is about."""
    assert message.strip(), "empty message"
    assert not TECHNICAL.search(message), f"technical wording in user message: {message!r}"
    for part in must_contain:
        assert part in message, f"{part!r} not in {message!r}"


def cpu_seconds(action: Callable[[], object]) -> float:
    """The CPU time the calling thread spends in `action()`: the work it did, however busy the machine is
    (waiting for a core counts in wall-clock time, not here). A budget on it catches a runaway loop without
    failing because other processes ran; how long things take in wall-clock time is for benchmarks/."""
    started = time.thread_time()
    action()
    return time.thread_time() - started


def run(modality, labelled, classes, model="cnn", stop=None, start_from=None, **settings) -> list:
    """Every event of one real training run: the epochs asked for, all of them, and no final fit on all
    examples unless asked (test_recipe.py tests those parts of the recipe)."""
    options = {"epochs": 3, "batch_size": 8, "seed": 0, "patience": 0, "fit_on_all": False, **settings}
    return list(
        train_examples(modality, labelled, list(classes), model, TrainSettings(**options), start_from=start_from, stop=stop)
    )


def finished(events: list) -> Finished:
    failures = [e.message for e in events if isinstance(e, Failed)]
    assert not failures, failures
    assert isinstance(events[-1], Finished), events[-1]
    return events[-1]
