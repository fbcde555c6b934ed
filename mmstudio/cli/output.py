"""What the CLI prints: progress on stderr, results on stdout (plain or JSON), warnings.

Nothing printed can fail on a character: a file name that is not valid UTF-8 (held by Python as surrogate
escapes, as `os.fsdecode` gives it) is written as the file system's own bytes, and JSON is plain ASCII with such
names escaped, so a script that parses it can open the file it names. JSON never holds NaN: it becomes null.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import sys
import time
from dataclasses import asdict
from pathlib import Path

from mmstudio.core.events import DELIVERY_INTERVAL_S, BatchEnded, Downloading, EpochEnded
from mmstudio.core.examples import Item
from mmstudio.core.media.modality import Modality
from mmstudio.core.schema import without_nan

BAR_WIDTH = 20
NAME_BYTES = "mmstudio-name-bytes"


def _name_bytes(error: UnicodeError) -> tuple[str | bytes, int]:
    """Encoding error handler: a surrogate escape goes out as the byte it stands for (as 'surrogateescape'
    does); any other character the stream cannot encode goes out as a backslash escape."""
    char = error.object[error.start]
    if 0xDC80 <= ord(char) <= 0xDCFF:
        return bytes([ord(char) - 0xDC00]), error.start + 1
    return char.encode("ascii", "backslashreplace").decode("ascii"), error.start + 1


codecs.register_error(NAME_BYTES, _name_bytes)


def safe_output() -> None:
    """Make stdout and stderr unable to fail on a character (see `_name_bytes`), whatever PYTHONIOENCODING says."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors=NAME_BYTES)


def warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr, flush=True)


def with_article(word: str) -> str:
    return f"{'an' if word[:1] in 'aeiou' else 'a'} {word}"


def print_json(data: dict) -> None:
    print(json.dumps(without_nan(data), allow_nan=False), flush=True)


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


class ProgressLine:
    """Progress on stderr: one line redrawn in place on a terminal; in a log file or pipe, only the lasting lines."""

    REDRAW_EVERY = DELIVERY_INTERVAL_S  # a fast loop must not spend its time drawing

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


def download_text(event: Downloading) -> str:
    """"downloading MobileNetV3 (small) weights 4.2/9.8 MB"; the total is unknown when a server does not say it."""
    done = f"{event.done / 2**20:.1f}"
    return f"downloading {event.what} {done}/{event.total / 2**20:.1f} MB" if event.total else f"downloading {event.what} {done} MB"


def epoch_text(event: EpochEnded) -> str:
    return (
        f"epoch {event.epoch}/{event.epochs}  loss {event.loss:.4f}  acc {event.accuracy:.1%}  "
        f"val_loss {event.val_loss:.4f}  val_acc {event.val_accuracy:.1%}  ({_duration(event.seconds)} so far)"
    )


def print_training(result: dict) -> None:
    how = "stopped early after" if result["stopped"] else "trained for"
    print(f"saved {result['out']}: {result['modality']} model '{result['model']}'")
    print(f"classes: {', '.join(result['classes'])}")
    print(f"{how} {result['epochs_run']} epoch(s) on {result['device']}; best epoch: {result['best_epoch'] or 'none'}")
    print(f"validation accuracy of the saved weights: {result['val_accuracy']:.1%}")


def print_report(report: dict) -> None:
    classes = report["classes"]
    print(f"accuracy: {report['accuracy']:.1%} on {report['n']} example(s)\n")
    rows = [["class", "precision", "recall", "f1", "support"]]
    for name, scores in report["per_class"].items():
        rows.append([name] + [f"{scores[key]:.1%}" for key in ("precision", "recall", "f1")] + [str(scores["support"])])
    print(_table(rows))
    print("\nconfusion matrix (rows: true class, columns: predicted class)")
    print(_table([["", *classes]] + [[name, *map(str, row)] for name, row in zip(classes, report["confusion_matrix"])]))


def print_prediction(item: Item, prediction, as_json: bool, modality: Modality) -> None:
    typed = not isinstance(item, Path)
    if as_json:
        line = {"text" if typed else "path": str(item), "label": prediction.label}
        line["probabilities"] = prediction.probabilities
        if prediction.unusual is not None:
            line["unusual"] = prediction.unusual
        if prediction.segments:
            line["segments"] = [asdict(segment) for segment in prediction.segments]
        print_json(line)
        return
    shown = json.dumps(modality.medium.describe(item, 40), ensure_ascii=False) if typed else str(item)
    text = f"{shown}: {prediction.label} ({prediction.probabilities[prediction.label]:.1%})"
    if prediction.unusual is not None:
        text += f", unusual {prediction.unusual:.0%}"
    print(text, flush=True)
    for segment in prediction.segments:
        confidence = segment.probabilities[segment.label]
        print(f"  {segment.start:.2f}-{segment.end:.2f} s: {segment.label} ({confidence:.1%})", flush=True)
