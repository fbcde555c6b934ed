"""A whole training run from labelled examples to a ModelBundle: read, check, split, encode, fit, evaluate.

`train_examples` is a generator of events (see events.py) that never raises for bad data: problems end it with
a `Failed` event carrying a plain message. The CLI iterates it and prints; the GUI runs it on a worker thread.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Generator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from mmstudio.core.settings import TrainSettings
from mmstudio.core.checks import require_trainable
from mmstudio.core.errors import DataError, MMStudioError
from mmstudio.core.events import Event, Failed, FinalFit, Finished, HeldBack, Notice
from mmstudio.core.examples import Item
from mmstudio.core.media.modality import Modality
from mmstudio.core.messages import joined, message
from mmstudio.core.reading import ReadExamples, read_examples
from mmstudio.core.schema import SchemaError


def skipped_notice(skipped: list[tuple[Item, str]]) -> str:
    """One message naming each reason (up to three of them), so a user can find and fix those files."""
    left_out = message("{count} example(s) could not be read and were left out.", count=len(skipped))
    more = [message("And {count} more.", count=len(skipped) - 3)] if len(skipped) > 3 else []
    return joined([left_out, *(reason for _, reason in skipped[:3]), *more])


def same_as(modality: Modality, raws: list) -> list[int]:
    """For each example, the index of the first one with the same content: itself, unless it is a copy (another
    file with the same pixels or text, or a link to the same file)."""
    first: dict[bytes, int] = {}
    return [first.setdefault(modality.fingerprint(raw), index) for index, raw in enumerate(raws)]


def duplicate_notice(same: list[int], labels: list[int], classes: Sequence[str]) -> str | None:
    """Say how many examples are copies, and when copies sit in different classes (a contradiction)."""
    copies = sum(1 for index, first in enumerate(same) if first != index)
    if not copies:
        return None
    labels_of: dict[int, set[int]] = defaultdict(set)
    for first, label in zip(same, labels):
        labels_of[first].add(label)
    notice = message(
        "{count} example(s) have the same content as another one (a copy, or a link to the same file). "
        "Each is counted once when the model is checked on held-back examples.",
        count=copies,
    )
    clashes = [sorted(found) for found in labels_of.values() if len(found) > 1]
    if clashes:
        clash = message(
            "{count} example(s) appear in more than one class (for example in '{first}' and '{second}'). "
            "The same example with two labels confuses the model.",
            count=len(clashes), first=classes[clashes[0][0]], second=classes[clashes[0][1]],
        )
        notice = joined([notice, clash])
    return notice


def stratified_split(
    labels: Sequence[int], share: float, seed: int, same: Sequence[int] | None = None
) -> tuple[list[int], list[int]]:
    """(train, validation) indices: about `share` of each class held out, at least one where a class has 2+.

    `same[i]` is the first example with the same content as example i (see `same_as`). Copies stay on one side:
    all in training, or one of them held back (checked once; the others are left out). A class counts its
    different examples only, and a content found in several classes belongs to the class it was first found in.
    """
    import torch

    generator = torch.Generator().manual_seed(seed)
    copies: dict[int, list[int]] = defaultdict(list)
    for index, first in enumerate(same if same is not None else range(len(labels))):
        copies[first].append(index)
    by_class: dict[int, list[int]] = defaultdict(list)
    for first in copies:
        by_class[labels[first]].append(first)
    train, val = [], []
    for label in sorted(by_class):
        members = by_class[label]
        order = torch.randperm(len(members), generator=generator).tolist()
        held = 0 if len(members) < 2 else max(1, round(len(members) * share))
        val += [members[i] for i in order[:held]]
        train += [index for i in order[held:] for index in copies[members[i]]]
    return sorted(train), sorted(val)


def train_examples(
    modality: Modality,
    labelled: Sequence[tuple[Item, str]],
    classes: Sequence[str],
    model_name: str,
    settings: TrainSettings,
    preprocessing: dict | None = None,
    model_config: dict | None = None,
    start_from=None,
    stop: threading.Event | None = None,
) -> Generator[Event, None, None]:
    """Train a model on `labelled` (item, class name) pairs; ends with Finished or Failed."""
    yield from reported(_train(modality, labelled, classes, model_name, settings, preprocessing, model_config, start_from, stop))


def reported(run: Generator[Event, None, None]) -> Generator[Event, None, None]:
    """The events of `run`, a problem the user can fix ending it with Failed and a plain message instead."""
    try:
        yield from run
    except MMStudioError as error:
        yield Failed(str(error))
    except MemoryError:
        yield Failed(message("The computer ran out of memory. Try a smaller image size, batch size or fewer examples."))
    except RuntimeError as error:
        if "out of memory" in str(error).lower():
            yield Failed(message("The graphics card ran out of memory. Try a smaller batch size or image size."))
        else:
            raise


def _train(modality, labelled, classes, model_name, settings, preprocessing, model_config, start_from, stop):
    from mmstudio.core.device import pick_device

    settings.validate()
    classes = list(classes)
    spec = modality.spec(model_name)
    modality = modality.for_model(model_name)  # a pretrained encoder reads and encodes in its own way
    if start_from is not None:
        _check_can_continue(start_from, modality, model_name, classes)
        preprocessing, model_config = dict(start_from.preprocessing), dict(start_from.model_config)
    else:
        preprocessing = modality.medium.preprocessing_for(spec, preprocessing)
        model_config = {**spec.config, **(model_config or {})}
    check_labelled(labelled, classes)
    _check_settings(modality, spec, classes, preprocessing, model_config, fitted=False)
    device = pick_device(settings.device)
    yield from modality.prepare(preprocessing)  # an encoder's weights, downloaded once (Downloading events)

    prepared = yield from prepare(modality, labelled, classes, preprocessing, settings, stop)
    if prepared is None:
        yield Failed(message("Training was stopped before it began."))
        return
    plan = ModelPlan(model_name, preprocessing, model_config)
    fitted, train, val = encode_split(modality, prepared, preprocessing, fit=start_from is None)
    model = new_model(modality, plan, classes, fitted, settings.seed)
    if start_from is not None:
        model.load_state_dict(start_from.state_dict)
    trained = yield from train_model(model, fitted, train, val, classes, settings, device, stop, start_from)
    yield from finish(modality, prepared, plan, trained, classes, settings, device, stop, start_from)


def check_labelled(labelled: Sequence[tuple[Item, str]], classes: list[str]) -> None:
    """Refuse labels outside `classes` and classes too small to train, before anything is read."""
    unknown = {label for _, label in labelled} - set(classes)
    if unknown:
        raise DataError(message("The class '{name}' is not in the list of classes.", name=sorted(unknown)[0]))
    require_trainable({name: sum(1 for _, label in labelled if label == name) for name in classes})


@dataclass(frozen=True)
class ModelPlan:
    """Which network to train and with what: its preprocessing before fitting, and its settings."""

    name: str
    unfitted: dict
    config: dict


@dataclass
class Prepared:
    """The examples read once and split once: every model trained on them is checked on the same held-back ones."""

    read: ReadExamples
    train_idx: list[int]
    val_idx: list[int]


def prepare(modality, labelled, classes, preprocessing, settings, stop) -> Generator[Event, None, Prepared | None]:
    """Read every example, say what was left out or copied, and split per class; None when stopped while reading."""
    index = {name: k for k, name in enumerate(classes)}
    read = yield from read_examples(modality, [(item, index[label]) for item, label in labelled], preprocessing, stop)
    if stop is not None and stop.is_set():
        return None
    if read.skipped:
        yield Notice(skipped_notice(read.skipped))
    same = same_as(modality, read.raws)
    duplicates = duplicate_notice(same, read.labels, classes)
    if duplicates:
        yield Notice(duplicates)
    require_trainable({name: read.labels.count(k) for k, name in enumerate(classes)})
    train_idx, val_idx = stratified_split(read.labels, settings.val_split, settings.seed, same)
    if not val_idx:
        raise DataError(
            message(
                "There are too few different examples to hold some back for checking. Add at least 2 per class "
                "(copies count once)."
            )
        )
    return Prepared(read, train_idx, val_idx)


def encode_split(modality: Modality, prepared: Prepared, preprocessing: dict, fit: bool = True):
    """(preprocessing, training data, held-back data); `fit` learns preprocessing from the training split only."""
    import torch

    raws, labels = prepared.read.raws, prepared.read.labels
    if fit:
        preprocessing = modality.fit([raws[i] for i in prepared.train_idx], preprocessing)
    data = modality.encode(raws, labels, preprocessing)
    return preprocessing, data.subset(torch.tensor(prepared.train_idx)), data.subset(torch.tensor(prepared.val_idx))


def new_model(modality: Modality, plan: ModelPlan, classes: list[str], preprocessing: dict, seed: int):
    """The network with its seeded initial weights, once its settings are checked as a model file would be."""
    import torch

    from mmstudio.core.media import build_model

    _check_settings(modality, modality.spec(plan.name), classes, preprocessing, plan.config)
    torch.manual_seed(seed)
    try:
        return build_model(modality.name, plan.name, len(classes), preprocessing, plan.config)
    except ValueError as error:
        raise DataError(str(error)) from None


@dataclass
class Trained:
    """A model trained on a Prepared split, with its answers on the held-back examples."""

    model: Any
    preprocessing: dict  # fitted on the training split
    result: Any  # trainer.FitResult
    train: Any  # the encoded training split
    probabilities: Any  # (held-back examples, classes)
    metrics: dict


def train_model(model, preprocessing, train, val, classes, settings, device, stop, start_from=None):
    """Generator: fit `model` (yielding the trainer's events), then measure its best weights on `val`; returns
    Trained."""
    from mmstudio.core.metrics import classification_report
    from mmstudio.core.trainer import fit, predict_probabilities

    epochs_before = len(start_from.history) if start_from is not None else 0
    result = yield from fit(model, train, val, settings, device, stop, epochs_before)
    probabilities = predict_probabilities(model, val, device)
    metrics = classification_report(val.labels.tolist(), probabilities.argmax(1).tolist(), classes)
    metrics["best_epoch"] = result.best_epoch
    return Trained(model, preprocessing, result, train, probabilities, metrics)


def finish(modality, prepared, plan, trained, classes, settings, device, stop, start_from=None):
    """Generator: the final fit on every example where the recipe asks for it, then the bundle in a Finished."""
    from mmstudio.core.checkpoint import ModelBundle
    from mmstudio.core.evaluation import reconstruction_quantiles

    raws, labels = prepared.read.raws, prepared.read.labels
    result, model, measured_on, metrics = trained.result, trained.model, trained.train, dict(trained.metrics)
    preprocessing, stopped = trained.preprocessing, result.stopped
    if settings.fit_on_all and start_from is None and not stopped and result.best_epoch:
        final = yield from _fit_on_all(modality, raws, labels, plan, classes, settings, result.best_epoch, device, stop)
        stopped = final is None
        if final is not None:
            model, preprocessing, measured_on = final
            metrics["final_fit"] = final_fit_record(len(raws), result.best_epoch)
    history = (list(start_from.history) if start_from is not None else []) + result.history
    bundle = ModelBundle(
        modality=modality.name,
        model=plan.name,
        classes=classes,
        preprocessing=preprocessing,
        state_dict={key: value.detach().cpu() for key, value in model.state_dict().items()},
        model_config=plan.config,
        history=history,
        metrics=metrics,
        extras=reconstruction_quantiles(model, measured_on, device),
        settings=asdict(settings),
    )
    predicted = trained.probabilities.argmax(1).tolist()
    validation = [
        HeldBack(prepared.read.items[i], labels[i], guess, tuple(row))
        for i, guess, row in zip(prepared.val_idx, predicted, trained.probabilities.tolist())
    ]
    yield Finished(bundle, stopped, result.history, len(prepared.read.skipped), validation)


def final_fit_record(examples: int, epochs: int) -> dict:
    """What the saved metrics say about a final model trained on every example: the figures beside it are not
    its own, since nothing was left to check it on."""
    return {
        "examples": examples,
        "epochs": epochs,
        "note": (
            f"The accuracy and confusion matrix are those of the first model, checked on the held-back examples. "
            f"The saved model was then trained again from scratch on all {examples} examples for {epochs} epoch(s)."
        ),
    }


def _fit_on_all(modality, raws, labels, plan, classes, settings, epochs, device, stop):
    """(model, preprocessing, data) of a fresh model trained on every example for `epochs`, preprocessing fitted
    on every example too (a text's vocabulary learns the held-back words); None when stopped, so the first
    model is kept."""
    from mmstudio.core.trainer import fit_all

    yield FinalFit(len(raws), epochs)
    preprocessing = modality.fit(raws, plan.unfitted)
    data = modality.encode(raws, labels, preprocessing)
    model = new_model(modality, plan, classes, preprocessing, settings.seed)
    done = yield from fit_all(model, data, settings, epochs, device, stop)
    return None if done.stopped else (model, preprocessing, data)


def _check_settings(modality: Modality, spec, classes, preprocessing, model_config, fitted: bool = True) -> None:
    """What a model file could not hold is refused before training (and checked again once `fit` added to it)."""
    from mmstudio.core.checkpoint import check_model_settings

    try:
        check_model_settings(modality.medium, spec, classes, preprocessing, model_config, fitted)
    except SchemaError as error:
        raise DataError(message("A model cannot be made with these settings: {reason}.", reason=str(error))) from None


def _check_can_continue(bundle, modality: Modality, model_name: str, classes: list[str]) -> None:
    if bundle.modality != modality.name or bundle.model != model_name:
        raise DataError(message("To train a loaded model further, keep its kind of model."))
    if list(bundle.classes) != list(classes):
        raise DataError(message("To train a loaded model further, keep its classes (same names, same order)."))


def labelled_from_folder(root: Path, modality: Modality) -> tuple[list[tuple[Item, str]], list[str], list[str]]:
    """(labelled examples, class names, plain warnings) from a folder of class folders, for the CLI."""
    from mmstudio.core.folders import scan_class_folders

    scan = scan_class_folders(root, modality.extensions)
    warnings = []
    if scan.loose_files:
        warnings.append(f"{len(scan.loose_files)} file(s) at the top of '{root}' belong to no class and were ignored.")
    if scan.other_files:
        warnings.append(f"{len(scan.other_files)} file(s) of an unsupported type were ignored.")
    labelled = [(path, name) for name, paths in scan.classes.items() for path in paths]
    return labelled, list(scan.classes), warnings
