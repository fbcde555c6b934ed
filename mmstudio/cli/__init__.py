"""`mmstudio train | evaluate | predict | explain`: the window's core for scripts, servers and batch jobs.

Results go to stdout (with --json, JSON objects, the last line being the result); progress, warnings and errors
go to stderr, so stdout can be piped straight into a JSON reader. A user error prints one `error: ...` line and
exits with code 2, never a traceback. torch is imported only once a command needs it: it takes seconds.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from mmstudio import __version__
from mmstudio.cli.commands import AUTO, INTERRUPTED, evaluate, predict, train
from mmstudio.cli.explain import add_explain
from mmstudio.cli.kinds import all_kinds, kind_of, positive_int
from mmstudio.cli.output import ProgressLine, batch_text, epoch_text, safe_output
from mmstudio.core.settings import SCHEDULES, TrainSettings
from mmstudio.core.errors import MMStudioError
from mmstudio.core.media import MEDIA
from mmstudio.core.search import DEFAULT_TIME_BUDGET_S

__all__ = ["ProgressLine", "batch_text", "build_parser", "epoch_text", "run_cli"]

USER_ERROR = 2
DEFAULT = "default: %(default)s"


def _shared_options() -> argparse.ArgumentParser:
    shared = argparse.ArgumentParser(add_help=False)
    shared.add_argument("--json", action="store_true", help="print JSON on stdout instead of text")
    shared.add_argument("--device", default="auto", help="auto (a CUDA graphics card if present), cpu or cuda")
    shared.add_argument("--threads", type=positive_int, metavar="N", help="CPU threads for torch (default: torch's)")
    return shared


def _add_train(commands, shared: argparse.ArgumentParser) -> None:
    train_parser = commands.add_parser("train", help="train a model and save it to a .mmstudio file")
    kinds = train_parser.add_subparsers(dest="modality", metavar="MODALITY", required=True)
    defaults = TrainSettings()
    for name, medium in MEDIA.items():
        kind = kind_of(name)
        parser = kinds.add_parser(name, parents=[shared], help=f"train a classifier on {medium.title.lower()} examples")
        parser.add_argument("data", type=Path, metavar="DATA", help=kind.data_help)
        parser.add_argument("--out", type=Path, required=True, metavar="MODEL.mmstudio", help="where to save the model")
        parser.add_argument(
            "--model", choices=[*medium.models, AUTO], default=medium.default_model,
            help=f"{AUTO}: train every model within --time-budget and keep the best, " + DEFAULT,
        )
        parser.add_argument(
            "--time-budget", type=float, metavar="S",
            help=f"with --model {AUTO}: seconds for all the models together (default: {DEFAULT_TIME_BUDGET_S:.0f})",
        )
        parser.add_argument("--epochs", type=int, default=defaults.epochs, help=DEFAULT)
        parser.add_argument("--batch-size", type=int, default=defaults.batch_size, help=DEFAULT)
        parser.add_argument("--lr", type=float, default=defaults.learning_rate, help="learning rate, " + DEFAULT)
        parser.add_argument(
            "--val-split", type=float, default=defaults.val_split, help="share held back for checking, " + DEFAULT
        )
        parser.add_argument("--seed", type=int, default=defaults.seed, help=DEFAULT)
        _add_recipe(parser, defaults)
        kind.add_options(parser)
        parser.set_defaults(run=train)


def _add_recipe(parser: argparse.ArgumentParser, defaults: TrainSettings) -> None:
    """The recipe's knobs (docs/RECIPE.md); each on/off one has a --no- form, as its default is on."""
    parser.add_argument(
        "--augment", action=argparse.BooleanOptionalAction, default=defaults.augment,
        help="vary the training examples at random, " + DEFAULT,
    )
    parser.add_argument(
        "--schedule", choices=SCHEDULES, default=defaults.schedule,
        help="learning rate over the run: cosine (warm up, then fall to zero) or constant, " + DEFAULT,
    )
    parser.add_argument(
        "--weight-decay", type=float, default=defaults.weight_decay, metavar="W",
        help="pull every weight a little towards zero each step (0 turns it off), " + DEFAULT,
    )
    parser.add_argument(
        "--patience", type=int, default=defaults.patience, metavar="EPOCHS",
        help="stop after this many epochs without a better held-back score (0: never stop early), " + DEFAULT,
    )
    parser.add_argument(
        "--fit-on-all", action=argparse.BooleanOptionalAction, default=defaults.fit_on_all,
        help="after the run, train the saved model again on every example for the best epoch count, " + DEFAULT,
    )


def _add_evaluate(commands, shared: argparse.ArgumentParser) -> None:
    evaluate_parser = commands.add_parser(
        "evaluate", parents=[shared], help="measure a saved model on labelled examples"
    )
    evaluate_parser.add_argument("model_file", type=Path, metavar="MODEL", help="a .mmstudio file")
    evaluate_parser.add_argument("data", type=Path, metavar="DATA", help="labelled examples, laid out as for train")
    for name, kind in all_kinds().items():
        if kind.data_options:
            kind.add_data_options(evaluate_parser.add_argument_group(f"{name} models"))
    evaluate_parser.set_defaults(run=evaluate)


def _add_predict(commands, shared: argparse.ArgumentParser) -> None:
    predict_parser = commands.add_parser("predict", parents=[shared], help="classify new examples with a saved model")
    predict_parser.add_argument("model_file", type=Path, metavar="MODEL", help="a .mmstudio file")
    predict_parser.add_argument("files", nargs="*", metavar="FILE", help="examples to classify")
    predict_parser.add_argument(
        "--text",
        action="append",
        default=[],
        metavar="TEXT",
        help="a text to classify, typed in (text models; may be given several times, after the files)",
    )
    predict_parser.set_defaults(run=predict)


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
    add_explain(commands, shared)
    return parser


def _fail(message: str, code: int = USER_ERROR) -> int:
    one_line = " ".join(message.split())
    print(f"error: {one_line}", file=sys.stderr, flush=True)
    return code


def run_cli(args: Sequence[str]) -> int:
    """Run one command and return its exit code: 0 done, 2 user error, 130 interrupted."""
    safe_output()
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
