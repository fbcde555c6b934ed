"""The training loop: a generator of events, stopped by a flag between batches, keeping the best weights.

AdamW (core/adamw.py) with the learning rate set before every step by the settings' schedule, the model's own
loss (cross-entropy, plus reconstruction for the autoencoder), and early stopping on the held-back examples.
`fit_all` trains a fresh model on every example for a given number of epochs, with nothing held back to check.
The loop knows nothing of files, classes or UI; `pipeline.py` prepares data and packages the result.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Generator
from dataclasses import dataclass

import torch

from mmstudio.core.adamw import AdamW
from mmstudio.core.settings import WARMUP_SHARE, TrainSettings
from mmstudio.core.encoded import TensorData, in_order, to_device
from mmstudio.core.events import BatchEnded, EpochEnded
from mmstudio.core.models.base import Classifier


@dataclass
class FitResult:
    history: list[dict]
    stopped: bool  # by the stop flag
    best_epoch: int | None  # None when stopped before the first epoch ended
    stopped_early: bool = False  # by early stopping: `patience` epochs went by without a better held-back score


def _snapshot(model: torch.nn.Module) -> dict[str, torch.Tensor]:
    return {key: value.detach().to("cpu", copy=True) for key, value in model.state_dict().items()}


def _stopping(stop: threading.Event | None) -> bool:
    return stop is not None and stop.is_set()


@torch.no_grad()
def measure(
    model: Classifier, data: TensorData, device: torch.device, stop: threading.Event | None = None
) -> tuple[float, float]:
    """(mean loss, accuracy) over `data`, in evaluation mode."""
    model.eval()
    total_loss, correct = 0.0, 0
    for batch in in_order(data):
        if _stopping(stop):
            break
        inputs, labels = to_device(batch, device)
        loss, logits = model.training_loss(inputs, labels)
        total_loss += loss.item() * len(labels)
        correct += (logits.argmax(1) == labels).sum().item()
    return total_loss / max(len(data), 1), correct / max(len(data), 1)


@torch.no_grad()
def predict_probabilities(model: Classifier, data: TensorData, device: torch.device) -> torch.Tensor:
    """Class probabilities (N, classes) on the CPU."""
    model.eval()
    parts = []
    for inputs, _ in in_order(data):
        parts.append(torch.softmax(model(to_device(inputs, device)), dim=1).cpu())
    return torch.cat(parts) if parts else torch.zeros((0, 0))


def learning_rate_at(settings: TrainSettings, step: int, total_steps: int) -> float:
    """The rate for step `step` (0-based) of a run planned for `total_steps` (see settings.SCHEDULES): a warm-up
    keeps the first, large corrections of a random network from throwing it far off; the fall at the end lets it
    settle into a minimum instead of jumping around it."""
    if settings.schedule == "constant":
        return settings.learning_rate
    warmup = max(1, round(WARMUP_SHARE * total_steps))
    if step < warmup:
        return settings.learning_rate * (step + 1) / warmup
    progress = (step - warmup) / max(1, total_steps - warmup)
    return settings.learning_rate * 0.5 * (1 + math.cos(math.pi * progress))


class _Steps:
    """Counts a run's optimizer steps: for the schedule and for the time left."""

    def __init__(self, settings: TrainSettings, total: int, planned: int) -> None:
        self.settings, self.total, self.planned, self.done = settings, total, planned, 0
        self.started = time.perf_counter()

    def rate(self) -> float:
        return learning_rate_at(self.settings, self.done, self.planned)

    def seconds_left(self) -> float:
        return (time.perf_counter() - self.started) / max(self.done, 1) * (self.total - self.done)


@dataclass
class _EpochTotals:
    loss_sum: float = 0.0
    correct: float = 0.0
    seen: int = 0
    stopped: bool = False


def _train_epoch(model, optimizer, data, settings, device, stop, generator, steps, epoch, last_epoch):
    """One pass over `data` in a random order; yields BatchEnded, returns the epoch's _EpochTotals."""
    model.train()
    batch_size = settings.batch_size
    batches = math.ceil(len(data) / batch_size)
    order = torch.randperm(len(data), generator=generator)
    totals = _EpochTotals()
    for batch in range(batches):
        if _stopping(stop):
            totals.stopped = True
            break
        inputs, labels = data.batch(order[batch * batch_size : (batch + 1) * batch_size], settings.augment, generator)
        inputs, labels = to_device(inputs, device), labels.to(device)
        optimizer.lr = steps.rate()
        optimizer.zero_grad()
        loss, logits = model.training_loss(inputs, labels)
        loss.backward()
        optimizer.step()
        batch_loss, batch_correct = torch.stack(
            [loss.detach(), (logits.detach().argmax(1) == labels).sum().float()]
        ).tolist()
        n = len(labels)
        totals.loss_sum += batch_loss * n
        totals.correct += batch_correct
        totals.seen += n
        steps.done += 1
        yield BatchEnded(
            epoch=epoch,
            epochs=last_epoch,
            batch=batch + 1,
            batches=batches,
            loss=batch_loss,
            accuracy=batch_correct / n,
            seconds_left=steps.seconds_left(),
        )
    return totals


def _start(model: Classifier, settings: TrainSettings, device: torch.device, examples: int, epochs: int, planned: int):
    """The optimizer, the shuffling's generator and the step counter of a run of `epochs`, its schedule planned
    over `planned` epochs."""
    model.to(device)
    optimizer = AdamW(model.parameters(), lr=settings.learning_rate, weight_decay=settings.weight_decay)
    generator = torch.Generator().manual_seed(settings.seed)
    batches = math.ceil(examples / settings.batch_size)
    steps = _Steps(settings, epochs * batches, planned * batches)
    return optimizer, generator, steps


def fit(
    model: Classifier,
    train: TensorData,
    val: TensorData,
    settings: TrainSettings,
    device: torch.device,
    stop: threading.Event | None = None,
    epochs_before: int = 0,
) -> Generator[BatchEnded | EpochEnded, None, FitResult]:
    """Train `model` in place; on return it holds the weights with the best validation accuracy seen.

    The run ends after `settings.epochs`, or earlier once `settings.patience` epochs in a row brought no better
    held-back score (accuracy, then loss). `epochs_before` numbers the epochs on from an earlier run when a saved
    model is trained further.
    """
    optimizer, generator, steps = _start(model, settings, device, len(train), settings.epochs, settings.epochs)
    history: list[dict] = []
    best: tuple[float, float] | None = None
    best_state, best_epoch = None, None
    stopped = stopped_early = False

    last_epoch = epochs_before + settings.epochs
    for epoch in range(epochs_before + 1, last_epoch + 1):
        totals = yield from _train_epoch(model, optimizer, train, settings, device, stop, generator, steps, epoch, last_epoch)
        if totals.stopped:
            stopped = True
            break
        val_loss, val_accuracy = measure(model, val, device, stop)
        if _stopping(stop):
            stopped = True
            break
        ended = EpochEnded(
            epoch=epoch,
            epochs=last_epoch,
            loss=totals.loss_sum / max(totals.seen, 1),
            accuracy=totals.correct / max(totals.seen, 1),
            val_loss=val_loss,
            val_accuracy=val_accuracy,
            seconds=time.perf_counter() - steps.started,
        )
        history.append(ended.as_record())
        score = (val_accuracy, -val_loss)
        if best is None or score > best:
            best, best_state, best_epoch = score, _snapshot(model), epoch
        yield ended
        if settings.patience and epoch - best_epoch >= settings.patience and epoch < last_epoch:
            stopped_early = True
            break

    if best_state is not None:
        model.load_state_dict(best_state)
    model.eval()
    return FitResult(history=history, stopped=stopped, best_epoch=best_epoch, stopped_early=stopped_early)


@dataclass
class AllFitResult:
    stopped: bool
    examples_seen: int  # every example of every epoch, counted as the batches were made


def fit_all(
    model: Classifier,
    data: TensorData,
    settings: TrainSettings,
    epochs: int,
    device: torch.device,
    stop: threading.Event | None = None,
) -> Generator[BatchEnded, None, AllFitResult]:
    """Train `model` in place on every example of `data` for `epochs`, keeping the last weights, since nothing is
    held back to pick better ones. The schedule is the first run's, planned over `settings.epochs`: the final model
    takes steps of the sizes the first one took up to its best epoch. (Squeezing a whole warm-up and decay into
    those few epochs trains far less: 53 % against 62 % on the long texts of benchmarks/bench_quality.py.)"""
    optimizer, generator, steps = _start(model, settings, device, len(data), epochs, max(epochs, settings.epochs))
    seen = 0
    for epoch in range(1, epochs + 1):
        totals = yield from _train_epoch(model, optimizer, data, settings, device, stop, generator, steps, epoch, epochs)
        seen += totals.seen
        if totals.stopped:
            model.eval()
            return AllFitResult(stopped=True, examples_seen=seen)
    model.eval()
    return AllFitResult(stopped=False, examples_seen=seen)
