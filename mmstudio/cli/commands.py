"""The three commands, each turning parsed options into core calls; they raise MMStudioError for user errors."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from mmstudio.cli.kinds import Labelled, all_kinds, kind_of
from mmstudio.cli.output import (
    ProgressLine,
    batch_text,
    download_text,
    epoch_text,
    print_json,
    print_prediction,
    print_report,
    print_training,
    warn,
    with_article,
)
from mmstudio.core.settings import TrainSettings
from mmstudio.core.checks import chance_note, data_warnings, require_trainable
from mmstudio.core.errors import DataError, MMStudioError
from mmstudio.core.events import (
    Batches,
    CandidateFinished,
    CandidateStarted,
    Downloading,
    EpochEnded,
    Failed,
    FinalFit,
    Finished,
    Leaderboard,
    LoadProgress,
    Notice,
    gathered,
)
from mmstudio.core.examples import Item
from mmstudio.core.media import get_medium, get_modality
from mmstudio.core.media.modality import Modality

INTERRUPTED = 130
AUTO = "auto"  # --model auto: find the best model (core/search.py)


def _start_torch(options: argparse.Namespace) -> None:
    """Import torch at the last moment, and honour --threads (otherwise torch picks its own number)."""
    import torch

    if options.threads:
        torch.set_num_threads(options.threads)


def _device(options: argparse.Namespace):
    from mmstudio.core.device import pick_device

    return pick_device(options.device)


@contextmanager
def _stop_on_interrupt(stop: threading.Event) -> Iterator[None]:
    """The first Ctrl+C asks the pipeline to stop after this batch, so the best weights so far are still saved;
    a second one quits at once."""
    if threading.current_thread() is not threading.main_thread():  # signals reach the main thread only
        yield
        return

    def interrupted(signum, frame) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()

    previous = signal.signal(signal.SIGINT, interrupted)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _follow(events, progress: ProgressLine) -> tuple[Finished, Leaderboard | None]:
    """Show the pipeline's events as they come; its last event is the outcome, after a search's leaderboard."""
    outcome = board = None
    for event in gathered(events):
        match event:
            case CandidateStarted(model=model, index=index, count=count):
                progress.line(f"model {index}/{count}: {model}")
            case CandidateFinished():
                progress.line(_row_text(event))
            case Leaderboard(reason=reason):
                board = event
                progress.line(reason)
            case LoadProgress(done=done, total=total):
                progress.show(f"reading examples {done}/{total}")
            case Downloading(done=0):
                progress.line(download_text(event))  # stays in a log too: a first use waits for it
            case Downloading():
                progress.show(download_text(event))
            case Batches():
                progress.show(batch_text(event.last))
            case EpochEnded():
                progress.line(epoch_text(event))
            case Notice(message=message):
                progress.line(f"warning: {message}")
            case FinalFit(examples=examples, epochs=epochs):
                progress.line(
                    f"training the final model on all {examples} examples for {epochs} "
                    f"epoch{'' if epochs == 1 else 's'} (the accuracy reported is the first model's, on the "
                    "held-back examples)"
                )
            case Finished() | Failed():
                outcome = event
    progress.clear()
    if isinstance(outcome, Failed):
        raise MMStudioError(outcome.message)
    return outcome, board


def _row_text(row: CandidateFinished) -> str:
    ended = ", its share of the time ran out" if row.stopped else ""
    return f"{row.model}: {row.val_accuracy:.1%} on the held-back examples, {row.epochs} epoch(s), {row.seconds:.1f} s{ended}"


def _check_out(out: Path) -> None:
    """Refuse an unusable --out before training, not after it."""
    if out.is_dir():
        raise DataError(f"--out '{out}' is a folder; give a file name such as model.mmstudio.")
    if not out.parent.is_dir():
        raise DataError(f"The folder '{out.parent}' for --out does not exist.")


def _settings(options: argparse.Namespace) -> TrainSettings:
    settings = TrainSettings(
        epochs=options.epochs,
        batch_size=options.batch_size,
        learning_rate=options.lr,
        val_split=options.val_split,
        seed=options.seed,
        augment=options.augment,
        device=options.device,
        schedule=options.schedule,
        weight_decay=options.weight_decay,
        patience=options.patience,
        fit_on_all=options.fit_on_all,
    )
    settings.validate()
    return settings


def _training_data(options: argparse.Namespace, modality: Modality) -> tuple[Labelled, list[str]]:
    """(labelled examples, class names) from DATA, refused here already if training could not even start."""
    labelled, classes, notes = kind_of(modality.name).load(options.data, options, modality)
    for note in notes:  # first: what was ignored often explains an error below
        warn(note)
    if not labelled:
        raise DataError(f"No {modality.name} examples were found in '{options.data}'.")
    counts = {name: 0 for name in classes}
    for _, label in labelled:
        counts[label] += 1
    require_trainable(counts)  # the pipeline checks again, but this fails fast, before importing torch
    for note in data_warnings(counts):
        warn(note)
    return labelled, classes


def _check_time_budget(options: argparse.Namespace) -> None:
    from mmstudio.core.search import DEFAULT_TIME_BUDGET_S, check_time_budget

    if options.model != AUTO:
        if options.time_budget is not None:
            raise DataError(f"--time-budget is for --model {AUTO}, which tries every model within it.")
        return
    if options.time_budget is None:
        options.time_budget = DEFAULT_TIME_BUDGET_S
    check_time_budget(options.time_budget)


def _model_configs(options: argparse.Namespace, modality: Modality, kind) -> dict[str, dict]:
    """Each model's own options for a search: one that does not apply to a model (--bidirectional for a
    non-recurrent one) is left out for that model."""
    configs = {}
    for name in modality.models:
        try:
            configs[name] = kind.model_config(argparse.Namespace(**{**vars(options), "model": name}), modality)
        except DataError:
            configs[name] = {}
    return configs


def _training_events(options, modality, kind, labelled, classes, settings, model_config, stop):
    """The core's run: one model, or the search for the best with --model auto."""
    preprocessing = kind.preprocessing(options)
    if options.model == AUTO:
        from mmstudio.core.search import find_best_model

        configs = _model_configs(options, modality, kind)
        return find_best_model(
            modality, labelled, classes, settings, preprocessing, configs, options.time_budget, stop=stop
        )
    from mmstudio.core.pipeline import train_examples

    return train_examples(
        modality, labelled, classes, options.model, settings, preprocessing, model_config=model_config, stop=stop
    )


def train(options: argparse.Namespace) -> int:
    modality = get_modality(options.modality)
    settings = _settings(options)
    kind = kind_of(modality.name)
    _check_time_budget(options)
    model_config = kind.model_config(options, modality) if options.model != AUTO else None
    _check_out(options.out)
    labelled, classes = _training_data(options, modality)

    _start_torch(options)
    from mmstudio.core.checkpoint import save_bundle

    device = _device(options)
    stop = threading.Event()
    events = _training_events(options, modality, kind, labelled, classes, settings, model_config, stop)
    with _stop_on_interrupt(stop):
        finished, board = _follow(events, ProgressLine(sys.stderr))
        saved = save_bundle(finished.bundle, options.out)

    if finished.stopped:
        warn("Training was stopped early; the best weights so far were saved.")
    bundle = finished.bundle
    note = chance_note(bundle.metrics["accuracy"], len(bundle.classes))
    if note:
        warn(note)
    result = {
        "modality": bundle.modality,
        "model": bundle.model,
        "classes": bundle.classes,
        "epochs_run": len(finished.history),
        "best_epoch": bundle.metrics.get("best_epoch"),
        "history": finished.history,
        "val_accuracy": bundle.metrics["accuracy"],
        "final_fit": bundle.metrics.get("final_fit"),
        "stopped": finished.stopped,
        "device": str(device),
        "skipped": finished.skipped,
        "out": str(saved),
    }
    if board is not None:
        result["leaderboard"] = [row.as_record() for row in board.rows]
        result["reason"] = board.reason
    if options.json:
        print_json(result)
    else:
        print_training(result)
        if board is not None:
            print(f"why: {board.reason}")
            for row in board.rows:
                print(f"  {_row_text(row)}")
    return 0


def evaluate(options: argparse.Namespace) -> int:
    _start_torch(options)
    from mmstudio.core.checkpoint import load_bundle
    from mmstudio.core.evaluation import evaluate_examples

    bundle = load_bundle(options.model_file)
    _refuse_other_data_options(options, bundle.modality)
    device = _device(options)
    modality = get_modality(bundle.modality)
    labelled, _, notes = kind_of(bundle.modality).load(options.data, options, modality)
    for note in notes:
        warn(note)
    if not labelled:
        raise DataError(f"No {modality.name} examples were found in '{options.data}'.")
    report, skipped = evaluate_examples(bundle, labelled, device)
    for _, reason in skipped:
        warn(reason)
    report["skipped"] = len(skipped)
    if options.json:
        print_json(report)
    else:
        print_report(report)
    return 0


def _refuse_other_data_options(options: argparse.Namespace, modality: str) -> None:
    """`evaluate` offers every kind's data options; the model file says which kind applies."""
    for name, kind in all_kinds().items():
        if name == modality:
            continue
        for dest in kind.data_options:
            if getattr(options, dest, None) is not None:
                option = "--" + dest.replace("_", "-")
                raise DataError(
                    f"{option} is for {name} models; '{options.model_file.name}' is {with_article(modality)} model."
                )


def _predict_inputs(options: argparse.Namespace) -> list[Item]:
    """What to predict on: the files (Path), then the typed-in texts (str), each in the order given."""
    inputs: list[Item] = [Path(name) for name in options.files] + list(options.text)
    if not inputs:
        raise DataError("Give at least one file to classify, or a text with --text.")
    return inputs


def predict(options: argparse.Namespace) -> int:
    """A picture model on the CPU predicts without torch (core/numpy_predictor.py): its import alone takes longer
    than the whole command may. Every other model, or a graphics card, imports it."""
    inputs = _predict_inputs(options)
    from mmstudio.core.numpy_predictor import NumpyPredictor, on_the_cpu_for_certain

    predictor = NumpyPredictor.from_file(options.model_file) if on_the_cpu_for_certain(options.device) else None
    if predictor is None:
        _start_torch(options)
        from mmstudio.core.predictor import Predictor

        predictor = Predictor.from_file(options.model_file, options.device)
    if options.text and not get_medium(predictor.bundle.modality).typed:
        raise DataError(
            f"--text works with text models only; '{options.model_file.name}' is {with_article(predictor.bundle.modality)} "
            "model: give files instead."
        )
    unreadable = 0
    for item in inputs:
        try:
            prediction = predictor.predict(item)
        except DataError as error:
            if len(inputs) == 1:
                raise  # the reason is the error itself
            warn(str(error))
            unreadable += 1
            continue
        print_prediction(item, prediction, options.json, predictor.modality)
    if unreadable == len(inputs):
        raise DataError("None of the inputs could be read.")
    if unreadable:
        warn(f"{unreadable} of {len(inputs)} input(s) could not be read and were skipped.")
    return 0
