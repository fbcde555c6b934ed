"""The training loop: a generator of events, stopped by a flag between batches, keeping the best weights.

Adam, the model's own loss (cross-entropy, plus reconstruction for the autoencoder) and accuracy, as in the seed
design. The loop knows nothing of files, classes or UI; `pipeline.py` prepares data and packages the result.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Generator
from dataclasses import dataclass

import torch

from mmstudio.core.settings import TrainSettings
from mmstudio.core.encoded import TensorData, in_order, to_device
from mmstudio.core.events import BatchEnded, EpochEnded
from mmstudio.core.models.base import Classifier

@dataclass
class FitResult:
    history: list[dict]
    stopped: bool
    best_epoch: int | None  # None when stopped before the first epoch ended


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

    `epochs_before` numbers the epochs on from an earlier run when a saved model is trained further.
    """
    model.to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=settings.learning_rate)
    generator = torch.Generator().manual_seed(settings.seed)
    batch_size = settings.batch_size
    batches = math.ceil(len(train) / batch_size)
    total_steps, steps_done = settings.epochs * batches, 0
    history: list[dict] = []
    best: tuple[float, float] | None = None
    best_state, best_epoch = None, None
    stopped = False
    started = time.perf_counter()

    last_epoch = epochs_before + settings.epochs
    for epoch in range(epochs_before + 1, last_epoch + 1):
        model.train()
        order = torch.randperm(len(train), generator=generator)
        loss_sum = correct = seen = 0
        for batch in range(batches):
            if _stopping(stop):
                stopped = True
                break
            inputs, labels = train.batch(order[batch * batch_size : (batch + 1) * batch_size], settings.augment, generator)
            inputs, labels = to_device(inputs, device), labels.to(device)
            optimizer.zero_grad(set_to_none=True)
            loss, logits = model.training_loss(inputs, labels)
            loss.backward()
            optimizer.step()
            batch_loss, batch_correct = torch.stack(
                [loss.detach(), (logits.detach().argmax(1) == labels).sum().float()]
            ).tolist()
            n = len(labels)
            loss_sum += batch_loss * n
            correct += batch_correct
            seen += n
            steps_done += 1
            elapsed = time.perf_counter() - started
            yield BatchEnded(
                epoch=epoch,
                epochs=last_epoch,
                batch=batch + 1,
                batches=batches,
                loss=batch_loss,
                accuracy=batch_correct / n,
                seconds_left=elapsed / steps_done * (total_steps - steps_done),
            )
        if stopped:
            break
        val_loss, val_accuracy = measure(model, val, device, stop)
        if _stopping(stop):
            stopped = True
            break
        ended = EpochEnded(
            epoch=epoch,
            epochs=last_epoch,
            loss=loss_sum / max(seen, 1),
            accuracy=correct / max(seen, 1),
            val_loss=val_loss,
            val_accuracy=val_accuracy,
            seconds=time.perf_counter() - started,
        )
        history.append(ended.as_record())
        score = (val_accuracy, -val_loss)
        if best is None or score > best:
            best, best_state, best_epoch = score, _snapshot(model), epoch
        yield ended

    if best_state is not None:
        model.load_state_dict(best_state)
    model.eval()
    return FitResult(history=history, stopped=stopped, best_epoch=best_epoch)
