"""`mmstudio train | evaluate | predict`: the window's core for scripts, servers and batch jobs.

Results go to stdout (with --json, JSON objects, the last line being the result); progress, warnings and errors
go to stderr, so stdout can be piped straight into a JSON reader. A user error prints one `error: ...` line and
exits with code 2, never a traceback. torch is imported only once a command needs it: it takes seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from mmstudio import __version__
from mmstudio.core.catalog import TrainSettings
from mmstudio.core.checks import chance_note, data_warnings, require_trainable
from mmstudio.core.errors import DataError, MMStudioError
from mmstudio.core.events import BatchEnded, EpochEnded, Failed, Finished, LoadProgress, Notice
from mmstudio.core.examples import Item
from mmstudio.core.modalities import MODALITY_NAMES, get_modality
from mmstudio.core.modalities.base import Modality

USER_ERROR = 2
INTERRUPTED = 130
BAR_WIDTH = 20
DEFAULT = "default: %(default)s"

Labelled = list[tuple[Item, str]]
Loaded = tuple[Labelled, list[str], list[str]]  # (labelled examples, class names, warnings)


# what differs between kinds of data -------------------------------------------------------------------------------
def _no_options(parser: argparse.ArgumentParser) -> None:
    """Most kinds of data need no `train` options beyond the shared ones."""


def _no_preprocessing(options: argparse.Namespace) -> dict:
    return {}


def _no_config(options: argparse.Namespace, modality: Modality) -> dict:
    return {}


def _load_class_folders(data: Path, options: argparse.Namespace, modality: Modality) -> Loaded:
    from mmstudio.core.pipeline import labelled_from_folder

    return labelled_from_folder(data, modality)


@dataclass(frozen=True)
class DataKind:
    """How the command line treats one modality: what DATA is, its own `train` options, how DATA is read."""

    data_help: str = "a folder with one sub-folder of examples per class"
    add_options: Callable[[argparse.ArgumentParser], None] = _no_options  # `train` only
    # how DATA is read (table columns): offered by `train` and by `evaluate`, whose model decides the kind
    add_data_options: Callable[[argparse.ArgumentParser], None] = _no_options
    data_options: tuple[str, ...] = ()  # the `dest` of each data option, refused by `evaluate` for other kinds
    preprocessing: Callable[[argparse.Namespace], dict] = _no_preprocessing  # only what the user chose
    model_config: Callable[[argparse.Namespace, Modality], dict] = _no_config  # only what the user chose
    load: Callable[[Path, argparse.Namespace, Modality], Loaded] = _load_class_folders
    typed: bool = False  # examples can also be typed in (`predict --text`)


def _image_size(text: str) -> int:
    size = int(text)
    if not 8 <= size <= 1024:
        raise argparse.ArgumentTypeError("choose a size between 8 and 1024 pixels")
    return size


def _add_image_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--image-size", type=_image_size, metavar="PX", help="pictures are resized to PX x PX (default: the model's)"
    )
    parser.add_argument("--channels", type=int, choices=(1, 3), help="1 = grey, 3 = colour (default: the model's)")


def _image_preprocessing(options: argparse.Namespace) -> dict:
    chosen = {"size": options.image_size, "channels": options.channels}
    return {key: value for key, value in chosen.items() if value is not None}


def _column(text: str) -> str:
    """A column by name or 0-based number; the table reader resolves it (a column may be called '2')."""
    if not text.strip():
        raise argparse.ArgumentTypeError("give a column name or number")
    return text


def _add_text_data_options(parser) -> None:
    """A parser or an argument group."""
    for role in ("text", "label"):
        parser.add_argument(
            f"--{role}-column",
            type=_column,
            metavar="C",
            help=f"the table's column of {role}s: its name or its number, from 0 (default: guessed)",
        )


def _add_text_options(parser: argparse.ArgumentParser) -> None:
    from mmstudio.core.modalities.text import DEFAULT_MAX_LENGTH

    _add_text_data_options(parser)
    parser.add_argument(
        "--max-length",
        type=_positive_int,
        metavar="N",
        help=f"read only the first N words (or characters, for Chinese) of each text (default: {DEFAULT_MAX_LENGTH})",
    )
    parser.add_argument(
        "--bidirectional", action="store_true", help="recurrent models also read each text backwards (slower)"
    )


def _text_preprocessing(options: argparse.Namespace) -> dict:
    return {} if options.max_length is None else {"max_length": options.max_length}


def _text_model_config(options: argparse.Namespace, modality: Modality) -> dict:
    if not options.bidirectional:
        return {}
    recurrent = [name for name, spec in modality.models.items() if "bidirectional" in spec.config]
    if options.model not in recurrent:
        raise DataError(
            f"--bidirectional is for the recurrent models ({', '.join(recurrent)}), not for '{options.model}'."
        )
    return {"bidirectional": True}


def _load_text_source(data: Path, options: argparse.Namespace, modality: Modality) -> Loaded:
    from mmstudio.core.modalities.text import labelled_from_text_source

    return labelled_from_text_source(data, options.text_column, options.label_column)


DATA_KINDS: dict[str, DataKind] = {
    "image": DataKind(
        data_help="a folder with one sub-folder of pictures per class",
        add_options=_add_image_options,
        preprocessing=_image_preprocessing,
    ),
    "text": DataKind(
        data_help=(
            "a table (.csv, .tsv, .jsonl) with a text and a label column, "
            "or a folder with one sub-folder of .txt/.md files per class"
        ),
        add_options=_add_text_options,
        add_data_options=_add_text_data_options,
        data_options=("text_column", "label_column"),
        preprocessing=_text_preprocessing,
        model_config=_text_model_config,
        load=_load_text_source,
        typed=True,
    ),
}


def _kind(modality: str) -> DataKind:
    return DATA_KINDS.get(modality, DataKind())


# small output helpers ---------------------------------------------------------------------------------------------
def _warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr, flush=True)


def _a(word: str) -> str:
    return f"{'an' if word[:1] in 'aeiou' else 'a'} {word}"


def _print_json(data: dict) -> None:
    print(json.dumps(data), flush=True)


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds}s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m {seconds:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h {minutes:02d}m"


def _table(rows: list[list[str]]) -> str:
    """Columns padded to line up: the first (names) to the left, the numbers to the right."""
    widths = [max(len(row[k]) for row in rows) for k in range(len(rows[0]))]

    def line(row: list[str]) -> str:
        cells = [row[0].ljust(widths[0])] + [cell.rjust(width) for cell, width in zip(row[1:], widths[1:])]
        return "  ".join(cells)

    return "\n".join(line(row) for row in rows)


def _start_torch(options: argparse.Namespace) -> None:
    """Import torch at the last moment, and honour --threads (otherwise torch picks its own number)."""
    import torch

    if options.threads:
        torch.set_num_threads(options.threads)


def _device(options: argparse.Namespace):
    from mmstudio.core.device import pick_device

    return pick_device(options.device)


# train ------------------------------------------------------------------------------------------------------------
class ProgressLine:
    """Progress on stderr: one line redrawn in place on a terminal; in a log file or pipe, only the lasting lines."""

    REDRAW_EVERY = 0.1  # seconds: a fast loop must not spend its time drawing

    def __init__(self, stream) -> None:
        self.stream = stream
        self.live = stream.isatty()
        self._shown = 0  # length of the passing line now on screen
        self._drawn_at = float("-inf")

    def show(self, text: str) -> None:
        """Replace the passing line (terminals only)."""
        now = time.monotonic()
        if not self.live or now - self._drawn_at < self.REDRAW_EVERY:
            return
        self._drawn_at = now
        text = text[: self._columns() - 1]
        self.stream.write("\r" + text.ljust(self._shown))
        self.stream.flush()
        self._shown = len(text)

    def clear(self) -> None:
        if self._shown:
            self.stream.write("\r" + " " * self._shown + "\r")
            self._shown = 0

    def line(self, text: str) -> None:
        """A line that stays: a warning, or the summary of an epoch."""
        self.clear()
        print(text, file=self.stream, flush=True)

    def _columns(self) -> int:
        try:
            return os.get_terminal_size(self.stream.fileno()).columns or 80  # a new pseudo-terminal says 0
        except (OSError, ValueError, AttributeError):
            return 80


def batch_text(event: BatchEnded) -> str:
    done = ((event.epoch - 1) * event.batches + event.batch) / (event.epochs * event.batches)
    filled = round(done * BAR_WIDTH)
    bar = "#" * filled + "-" * (BAR_WIDTH - filled)
    return (
        f"epoch {event.epoch}/{event.epochs} [{bar}] batch {event.batch}/{event.batches}  "
        f"loss {event.loss:.4f}  acc {event.accuracy:.0%}  {_duration(event.seconds_left)} left"
    )


def epoch_text(event: EpochEnded) -> str:
    return (
        f"epoch {event.epoch}/{event.epochs}  loss {event.loss:.4f}  acc {event.accuracy:.1%}  "
        f"val_loss {event.val_loss:.4f}  val_acc {event.val_accuracy:.1%}  ({_duration(event.seconds)} so far)"
    )


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


def _follow(events, progress: ProgressLine) -> Finished:
    """Show the pipeline's events as they come; its last event is the outcome."""
    outcome = None
    for event in events:
        match event:
            case LoadProgress(done=done, total=total):
                progress.show(f"reading examples {done}/{total}")
            case BatchEnded():
                progress.show(batch_text(event))
            case EpochEnded():
                progress.line(epoch_text(event))
            case Notice(message=message):
                progress.line(f"warning: {message}")
            case Finished() | Failed():
                outcome = event
    progress.clear()
    if isinstance(outcome, Failed):
        raise MMStudioError(outcome.message)
    return outcome


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
    )
    settings.validate()
    return settings


def _training_data(options: argparse.Namespace, modality: Modality) -> tuple[Labelled, list[str]]:
    """(labelled examples, class names) from DATA, refused here already if training could not even start."""
    labelled, classes, notes = _kind(modality.name).load(options.data, options, modality)
    for note in notes:  # first: what was ignored often explains an error below
        _warn(note)
    if not labelled:
        raise DataError(f"No {modality.name} examples were found in '{options.data}'.")
    counts = {name: 0 for name in classes}
    for _, label in labelled:
        counts[label] += 1
    require_trainable(counts)  # the pipeline checks again, but this fails fast, before importing torch
    for note in data_warnings(counts):
        _warn(note)
    return labelled, classes


def _train(options: argparse.Namespace) -> int:
    modality = get_modality(options.modality)
    settings = _settings(options)
    kind = _kind(modality.name)
    model_config = kind.model_config(options, modality)
    _check_out(options.out)
    labelled, classes = _training_data(options, modality)

    _start_torch(options)
    from mmstudio.core.checkpoint import save_bundle
    from mmstudio.core.pipeline import train_examples

    device = _device(options)
    stop = threading.Event()
    preprocessing = kind.preprocessing(options)
    events = train_examples(
        modality, labelled, classes, options.model, settings, preprocessing, model_config=model_config, stop=stop
    )
    with _stop_on_interrupt(stop):
        finished = _follow(events, ProgressLine(sys.stderr))
        saved = save_bundle(finished.bundle, options.out)

    if finished.stopped:
        _warn("Training was stopped early; the best weights so far were saved.")
    bundle = finished.bundle
    note = chance_note(bundle.metrics["accuracy"], len(bundle.classes))
    if note:
        _warn(note)
    result = {
        "modality": bundle.modality,
        "model": bundle.model,
        "classes": bundle.classes,
        "epochs_run": len(finished.history),
        "best_epoch": bundle.metrics.get("best_epoch"),
        "history": finished.history,
        "val_accuracy": bundle.metrics["accuracy"],
        "stopped": finished.stopped,
        "device": str(device),
        "skipped": finished.skipped,
        "out": str(saved),
    }
    if options.json:
        _print_json(result)
    else:
        _print_training(result)
    return 0


def _print_training(result: dict) -> None:
    how = "stopped early after" if result["stopped"] else "trained for"
    print(f"saved {result['out']}: {result['modality']} model '{result['model']}'")
    print(f"classes: {', '.join(result['classes'])}")
    print(f"{how} {result['epochs_run']} epoch(s) on {result['device']}; best epoch: {result['best_epoch'] or 'none'}")
    print(f"validation accuracy of the saved weights: {result['val_accuracy']:.1%}")


# evaluate ---------------------------------------------------------------------------------------------------------
def _evaluate(options: argparse.Namespace) -> int:
    _start_torch(options)
    from mmstudio.core.checkpoint import load_bundle
    from mmstudio.core.evaluation import evaluate_examples

    bundle = load_bundle(options.model_file)
    _refuse_other_data_options(options, bundle.modality)
    device = _device(options)
    modality = get_modality(bundle.modality)
    labelled, _, notes = _kind(bundle.modality).load(options.data, options, modality)
    for note in notes:
        _warn(note)
    if not labelled:
        raise DataError(f"No {modality.name} examples were found in '{options.data}'.")
    report, skipped = evaluate_examples(bundle, labelled, device)
    for _, reason in skipped:
        _warn(reason)
    report["skipped"] = len(skipped)
    if options.json:
        _print_json(report)
    else:
        _print_report(report)
    return 0


def _refuse_other_data_options(options: argparse.Namespace, modality: str) -> None:
    """`evaluate` offers every kind's data options; the model file says which kind applies."""
    for name, kind in DATA_KINDS.items():
        if name == modality:
            continue
        for dest in kind.data_options:
            if getattr(options, dest, None) is not None:
                option = "--" + dest.replace("_", "-")
                raise DataError(f"{option} is for {name} models; '{options.model_file.name}' is {_a(modality)} model.")


def _print_report(report: dict) -> None:
    classes = report["classes"]
    print(f"accuracy: {report['accuracy']:.1%} on {report['n']} example(s)\n")
    rows = [["class", "precision", "recall", "f1", "support"]]
    for name, scores in report["per_class"].items():
        rows.append([name] + [f"{scores[key]:.1%}" for key in ("precision", "recall", "f1")] + [str(scores["support"])])
    print(_table(rows))
    print("\nconfusion matrix (rows: true class, columns: predicted class)")
    print(_table([["", *classes]] + [[name, *map(str, row)] for name, row in zip(classes, report["confusion_matrix"])]))


# predict ----------------------------------------------------------------------------------------------------------
def _predict_inputs(options: argparse.Namespace) -> list[Item]:
    """What to predict on: the files (Path), then the typed-in texts (str), each in the order given."""
    inputs: list[Item] = [Path(name) for name in options.files] + list(options.text)
    if not inputs:
        raise DataError("Give at least one file to classify, or a text with --text.")
    return inputs


def _predict(options: argparse.Namespace) -> int:
    inputs = _predict_inputs(options)
    _start_torch(options)
    from mmstudio.core.predictor import Predictor

    predictor = Predictor.from_file(options.model_file, options.device)
    if options.text and not _kind(predictor.bundle.modality).typed:
        raise DataError(
            f"--text works with text models only; '{options.model_file.name}' is {_a(predictor.bundle.modality)} "
            "model: give files instead."
        )
    unreadable = 0
    for item in inputs:
        try:
            prediction = predictor.predict(item)
        except DataError as error:
            if len(inputs) == 1:
                raise  # the reason is the error itself
            _warn(str(error))
            unreadable += 1
            continue
        _print_prediction(item, prediction, options.json, predictor.modality)
    if unreadable == len(inputs):
        raise DataError("None of the inputs could be read.")
    if unreadable:
        _warn(f"{unreadable} of {len(inputs)} input(s) could not be read and were skipped.")
    return 0


def _print_prediction(item: Item, prediction, as_json: bool, modality: Modality) -> None:
    typed = not isinstance(item, Path)
    if as_json:
        line = {"text" if typed else "path": str(item), "label": prediction.label}
        line["probabilities"] = prediction.probabilities
        if prediction.unusual is not None:
            line["unusual"] = prediction.unusual
        _print_json(line)
        return
    shown = json.dumps(modality.describe(item), ensure_ascii=False) if typed else str(item)
    text = f"{shown}: {prediction.label} ({prediction.probabilities[prediction.label]:.1%})"
    if prediction.unusual is not None:
        text += f", unusual {prediction.unusual:.0%}"
    print(text, flush=True)


# the parser -------------------------------------------------------------------------------------------------------
def _positive_int(text: str) -> int:
    number = int(text)
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def _shared_options() -> argparse.ArgumentParser:
    shared = argparse.ArgumentParser(add_help=False)
    shared.add_argument("--json", action="store_true", help="print JSON on stdout instead of text")
    shared.add_argument("--device", default="auto", help="auto (a CUDA graphics card if present), cpu or cuda")
    shared.add_argument("--threads", type=_positive_int, metavar="N", help="CPU threads for torch (default: torch's)")
    return shared


def _add_train(commands, shared: argparse.ArgumentParser) -> None:
    train = commands.add_parser("train", help="train a model and save it to a .mmstudio file")
    kinds = train.add_subparsers(dest="modality", metavar="MODALITY", required=True)
    defaults = TrainSettings()
    for name in MODALITY_NAMES:
        modality = get_modality(name)
        kind = _kind(name)
        parser = kinds.add_parser(name, parents=[shared], help=f"train a {modality.title.lower()} classifier")
        parser.add_argument("data", type=Path, metavar="DATA", help=kind.data_help)
        parser.add_argument("--out", type=Path, required=True, metavar="MODEL.mmstudio", help="where to save the model")
        parser.add_argument("--model", choices=list(modality.models), default=modality.default_model, help=DEFAULT)
        parser.add_argument("--epochs", type=int, default=defaults.epochs, help=DEFAULT)
        parser.add_argument("--batch-size", type=int, default=defaults.batch_size, help=DEFAULT)
        parser.add_argument("--lr", type=float, default=defaults.learning_rate, help="learning rate, " + DEFAULT)
        parser.add_argument(
            "--val-split", type=float, default=defaults.val_split, help="share held back for checking, " + DEFAULT
        )
        parser.add_argument("--seed", type=int, default=defaults.seed, help=DEFAULT)
        parser.add_argument("--augment", action="store_true", help="vary the training examples at random")
        kind.add_options(parser)
        parser.set_defaults(run=_train)


def _add_evaluate(commands, shared: argparse.ArgumentParser) -> None:
    evaluate = commands.add_parser("evaluate", parents=[shared], help="measure a saved model on labelled examples")
    evaluate.add_argument("model_file", type=Path, metavar="MODEL", help="a .mmstudio file")
    evaluate.add_argument("data", type=Path, metavar="DATA", help="labelled examples, laid out as for train")
    for name, kind in DATA_KINDS.items():
        if kind.data_options:
            kind.add_data_options(evaluate.add_argument_group(f"{name} models"))
    evaluate.set_defaults(run=_evaluate)


def _add_predict(commands, shared: argparse.ArgumentParser) -> None:
    predict = commands.add_parser("predict", parents=[shared], help="classify new examples with a saved model")
    predict.add_argument("model_file", type=Path, metavar="MODEL", help="a .mmstudio file")
    predict.add_argument("files", nargs="*", metavar="FILE", help="examples to classify")
    predict.add_argument(
        "--text",
        action="append",
        default=[],
        metavar="TEXT",
        help="a text to classify, typed in (text models; may be given several times, after the files)",
    )
    predict.set_defaults(run=_predict)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mmstudio",
        description="Train and use classifiers from the command line. Run without arguments to open the window.",
    )
    parser.add_argument("--version", action="version", version=f"mmstudio {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    shared = _shared_options()
    _add_train(commands, shared)
    _add_evaluate(commands, shared)
    _add_predict(commands, shared)
    return parser


def _fail(message: str, code: int = USER_ERROR) -> int:
    one_line = " ".join(message.split())
    print(f"error: {one_line}", file=sys.stderr, flush=True)
    return code


def run_cli(args: Sequence[str]) -> int:
    """Run one command and return its exit code: 0 done, 2 user error, 130 interrupted."""
    try:
        options = build_parser().parse_args(args)
    except SystemExit as done:  # --help, --version and usage errors, already printed by argparse
        return int(done.code or 0)
    try:
        return options.run(options)
    except MMStudioError as error:
        return _fail(str(error))
    except OSError as error:  # unreadable folders, full disks: the system's own words are plain enough
        return _fail(f"{error.strerror}: '{error.filename}'" if error.filename else str(error))
    except KeyboardInterrupt:
        return _fail("Interrupted.", INTERRUPTED)
