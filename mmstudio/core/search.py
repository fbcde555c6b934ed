"""Find the best model: train every candidate network of a medium on one split, within a time budget, and keep
the one that did best on the held-back examples.

The examples are read and split once (read again only for a model that reads them its own way), so every
candidate is checked on the very same held-back examples and the accuracies compare. The candidates are built
first (one whose package is missing is left out with a Notice), then trained smallest first, each within its
share of what is left of the budget (one training step of each is timed to order them): time a quick model leaves unused goes to the bigger ones after it. Each
trains exactly as it would alone (same initial weights, same random draws). Only the winner gets the recipe's
final fit on every example, after the budget.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Generator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from mmstudio.core.errors import DataError
from mmstudio.core.events import CandidateFinished, CandidateStarted, Event, Failed, Leaderboard, Notice
from mmstudio.core.examples import Item
from mmstudio.core.media.modality import Modality
from mmstudio.core.messages import joined, message
from mmstudio.core.pipeline import (
    ModelPlan,
    Prepared,
    check_labelled,
    encode_split,
    finish,
    new_model,
    prepare,
    reported,
    train_model,
)
from mmstudio.core.reading import read_examples
from mmstudio.core.settings import TrainSettings

# On a 2-core laptop the bundled samples' models take 2-40 s each with the default recipe (docs/FIND_BEST.md):
# two minutes lets every candidate of a few hundred examples end on its own, and is a wait a person accepts.
DEFAULT_TIME_BUDGET_S = 120.0
MIN_TIME_BUDGET_S = 10.0  # below this, starting each model takes most of its share
MAX_TIME_BUDGET_S = 24 * 3600.0


def check_time_budget(seconds: float) -> None:
    if not MIN_TIME_BUDGET_S <= seconds <= MAX_TIME_BUDGET_S:  # NaN fails too
        raise DataError(
            message(
                "The time budget must be between {least} seconds and {most} hours, such as {usual} seconds.",
                least=f"{MIN_TIME_BUDGET_S:.0f}", most=f"{MAX_TIME_BUDGET_S / 3600:.0f}", usual=f"{DEFAULT_TIME_BUDGET_S:.0f}",
            )
        )


class Deadline:
    """A stop flag for one candidate (the trainer only asks `is_set`): set once Stop is pressed or its share of
    the budget is spent."""

    def __init__(self, stop: threading.Event | None, seconds: float) -> None:
        self.stop, self.ends = stop, time.monotonic() + seconds

    def is_set(self) -> bool:
        return (self.stop is not None and self.stop.is_set()) or time.monotonic() >= self.ends


@dataclass
class Candidate:
    """A network built and its data encoded, ready to train."""

    modality: Modality  # how it reads and encodes
    plan: ModelPlan
    prepared: Prepared
    preprocessing: dict  # fitted on the training split
    train: Any
    val: Any
    model: Any
    random_state: Any  # torch's random state right after building it, as a run of this model alone has it
    step_seconds: float  # one training step here: the order of training, cheapest first
    setup_seconds: float = 0.0  # its own reading and encoding (a pretrained encoder's feature pass), counted in its row


def ranked(rows: Sequence[CandidateFinished]) -> list[CandidateFinished]:
    """Best first: the higher held-back accuracy, then (a tie) the faster model."""
    return sorted(rows, key=lambda row: (-row.val_accuracy, row.seconds))


def reason(rows: Sequence[CandidateFinished]) -> str:
    """Why the first of the ranked `rows` won, in one sentence."""
    best = rows[0]
    took = f"it took {_duration(best.seconds)}"
    if len(rows) == 1:
        return f"{best.model} was the only model tried: {best.val_accuracy:.0%} on the held-back examples; {took}."
    runner = rows[1]
    if best.val_accuracy == runner.val_accuracy:
        return (
            f"{best.model} won: {best.val_accuracy:.0%} on the held-back examples, as good as {runner.model} "
            f"but faster ({_duration(best.seconds)} against {_duration(runner.seconds)})."
        )
    points = round((best.val_accuracy - runner.val_accuracy) * 100)
    above = f"{points} point(s) above" if points else "less than a point above"
    return f"{best.model} won: {best.val_accuracy:.0%} on the held-back examples, {above} {runner.model}; {took}."


def _duration(seconds: float) -> str:
    return f"{seconds:.1f} s" if seconds < 10 else f"{seconds:.0f} s"


def find_best_model(
    modality: Modality,
    labelled: Sequence[tuple[Item, str]],
    classes: Sequence[str],
    settings: TrainSettings,
    preprocessing: dict | None = None,
    model_configs: Mapping[str, dict] | None = None,
    time_budget: float = DEFAULT_TIME_BUDGET_S,
    stop: threading.Event | None = None,
    models: Sequence[str] | None = None,
) -> Generator[Event, None, None]:
    """Train each of `models` (default: all the medium's) and end with the winner's Finished, or with Failed.

    `preprocessing` is what the user chose (every candidate gets it); `model_configs` a model's own options by
    its name. Stop ends the model in training and keeps the best so far.
    """
    yield from reported(
        _search(modality, labelled, classes, settings, preprocessing, model_configs, time_budget, stop, models)
    )


def _search(modality, labelled, classes, settings, preprocessing, model_configs, time_budget, stop, models):
    from mmstudio.core.device import pick_device

    settings.validate()
    check_time_budget(time_budget)
    started = time.monotonic()
    classes = list(classes)
    check_labelled(labelled, classes)
    device = pick_device(settings.device)
    plans = [_plan(modality, name, preprocessing, (model_configs or {}).get(name)) for name in models or modality.models]
    candidates = yield from _candidates(modality, labelled, classes, plans, settings, device, stop)
    if stop is not None and stop.is_set():
        yield Failed(message("The search was stopped before any model was trained."))
        return

    rows: list[CandidateFinished] = []
    best: tuple[CandidateFinished, Candidate, Any] | None = None
    for index, candidate in enumerate(candidates, start=1):
        if stop is not None and stop.is_set():
            break
        left = time_budget - (time.monotonic() - started)
        if left <= 0:
            names = ", ".join(later.plan.name for later in candidates[index - 1 :])
            yield Notice(message("The time budget was spent before these models could be tried: {names}.", names=names))
            break
        yield CandidateStarted(candidate.plan.name, index, len(candidates))
        share = left / (len(candidates) - index + 1)
        row, trained = yield from _train_candidate(candidate, classes, settings, device, Deadline(stop, share))
        rows.append(row)
        yield row
        if best is None or ranked([row, best[0]])[0] is row:
            best = (row, candidate, trained)

    board = ranked(rows)
    why = reason(board)
    yield Leaderboard(tuple(board), board[0].model, why)
    _, winner, trained = best
    user_stopped = stop is not None and stop.is_set()
    # a share of the budget running out is the plan, not a stop: the winner still gets its final fit
    trained = replace(trained, result=replace(trained.result, stopped=user_stopped))
    trained.metrics["leaderboard"] = [row.as_record() for row in board]
    trained.metrics["reason"] = why
    yield from finish(winner.modality, winner.prepared, winner.plan, trained, classes, settings, device, stop)


def _plan(modality: Modality, name: str, preprocessing: dict | None, config: dict | None) -> ModelPlan:
    spec = modality.spec(name)
    return ModelPlan(name, modality.medium.preprocessing_for(spec, preprocessing), {**spec.config, **(config or {})})


def _candidates(modality, labelled, classes, plans, settings, device, stop) -> Generator[Event, None, list[Candidate]]:
    """Every plan that can run here, built and encoded, cheapest first. The examples are read once per different
    way of reading them (a pretrained encoder may have its own) and split once, on the first reading: a problem
    with the examples themselves ends the search there; one with a single model leaves that model out."""
    first: Prepared | None = None
    readings: dict[tuple, Prepared | None] = {}  # by how the examples are read (a model's own `read`)
    encodings: dict[tuple, tuple] = {}
    candidates, left_out = [], []
    for plan in plans:
        own = modality.for_model(plan.name)  # the medium's, or the model's own way of reading and encoding
        settings_key = json.dumps(plan.unfitted, sort_keys=True, default=str)
        read_key, key = (type(own).read, settings_key), (type(own), settings_key)  # reading, then encoding
        if first is None:
            readings[read_key] = first = yield from prepare(own, labelled, classes, plan.unfitted, settings, stop)
        if stop is not None and stop.is_set():
            return []
        began = time.monotonic()  # the examples' first reading is shared by every model: it counts for none
        try:
            yield from own.prepare(plan.unfitted)  # an encoder's weights, downloaded once (Downloading events)
            if read_key not in readings:
                readings[read_key] = yield from _read_again(own, first, plan, stop)
            prepared = readings[read_key]
            if prepared is None:
                continue
            if key not in encodings:
                encodings[key] = encode_split(own, prepared, plan.unfitted)
            built = _built(own, plan, prepared, *encodings[key], classes, settings, device)
            candidates.append(replace(built, setup_seconds=time.monotonic() - began))
        except ImportError as error:
            if (error.name or "").partition(".")[0] == "mmstudio":
                raise  # our own module: a bug, not a missing package
            left_out.append(message("it needs the package '{package}', which is not installed", package=error.name))
            yield Notice(message("The model '{name}' was left out of the search: {reason}.", name=plan.name, reason=left_out[-1]))
        except DataError as error:  # its package or its weights are missing here, or it cannot take this data
            left_out.append(str(error))
            yield Notice(message("The model '{name}' was left out of the search: {reason}", name=plan.name, reason=error))
    if not candidates and left_out:
        raise DataError(message("None of the models can run on this computer. The first one left out: {reason}", reason=left_out[0]))
    return sorted(candidates, key=lambda candidate: candidate.step_seconds)


def _built(modality, plan, prepared, fitted, train, val, classes, settings, device) -> Candidate:
    import torch

    model = new_model(modality, plan, classes, fitted, settings.seed)
    random_state = torch.get_rng_state()
    step = _step_seconds(model, train, settings, device)
    return Candidate(modality, plan, prepared, fitted, train, val, model, random_state, step)


def _step_seconds(model, train, settings, device) -> float:
    """How long one training step of `model` on one batch takes here, the faster of two (the first pays torch's
    warm-up). The weights are put back afterwards; the caller puts back torch's random state."""
    import torch

    from mmstudio.core.encoded import to_device

    saved = {key: value.detach().clone() for key, value in model.state_dict().items()}
    inputs, labels = train.batch(torch.arange(min(settings.batch_size, len(train))))
    inputs, labels = to_device(inputs, device), labels.to(device)
    model.to(device).train()
    times = []
    for _ in range(2):
        began = time.perf_counter()
        loss, _ = model.training_loss(inputs, labels)
        loss.backward()
        if device.type == "cuda":
            torch.cuda.synchronize(device)
        times.append(time.perf_counter() - began)
    model.zero_grad(set_to_none=True)
    model.load_state_dict(saved)
    return min(times)


def _read_again(modality, first: Prepared, plan: ModelPlan, stop):
    """The examples of `first`, read the way `plan` needs, with the same split; None (and a Notice) when one of
    them cannot be read that way, since the model could then not be checked on the same examples."""
    read = first.read
    again = yield from read_examples(modality, list(zip(read.items, read.labels)), plan.unfitted, stop)
    if again.skipped:
        left_out = message("The model '{name}' was left out of the search: it could not read every example.", name=plan.name)
        yield Notice(joined([left_out, again.skipped[0][1]]))
        return None
    return Prepared(again, first.train_idx, first.val_idx)


def _train_candidate(candidate: Candidate, classes, settings, device, deadline: Deadline):
    """Generator: train one candidate until it ends or its deadline; returns (its leaderboard row, Trained)."""
    import torch

    began = time.monotonic()
    torch.set_rng_state(candidate.random_state)
    trained = yield from train_model(
        candidate.model, candidate.preprocessing, candidate.train, candidate.val, classes, settings, device, deadline
    )
    row = CandidateFinished(
        model=candidate.plan.name,
        val_accuracy=trained.metrics["accuracy"],
        seconds=candidate.setup_seconds + time.monotonic() - began,
        epochs=len(trained.result.history),
        stopped=trained.result.stopped,
    )
    return row, trained
