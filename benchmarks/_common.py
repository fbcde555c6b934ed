"""Shared helpers for the benchmark scripts: environment, statistics, Qt driving, and the report format.

Every benchmark prints a small human table, then one final line of JSON:

    {"benchmark": NAME, "quick": bool, "metrics": {...}, "goals": [{"name", "value", "goal", "unit", "pass"}], "pass": bool}

Benchmarks are not tests: a missed goal prints FAIL but the script still exits 0.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import platform
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as `python benchmarks/bench_x.py` from anywhere
    sys.path.insert(0, str(REPO))

THREADS = 2  # the same intra-op thread count everywhere, for fairness and repeatability


def setup_env() -> None:
    """Headless Qt, pyqtgraph on PySide6; set before any Qt import."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_API", "pyside6")


def set_threads() -> None:
    import torch

    torch.set_num_threads(THREADS)


def parse_args(description: str, extra=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (for a smoke run, ~15 s)")
    if extra is not None:
        extra(parser)
    args = parser.parse_args()
    warn_if_busy()
    return args


def warn_if_busy() -> None:
    """Timings on a machine that is already busy say more about the neighbours than about the code."""
    if not hasattr(os, "getloadavg"):
        return
    load, cpus = os.getloadavg()[0], os.cpu_count() or 1
    if load > 0.75 * cpus:
        print(
            f"WARNING: load average {load:.1f} on {cpus} CPUs before starting: other processes compete for the "
            "CPU, figures will be noisy (interleaving keeps the app/baseline comparison fair, not the absolute numbers)."
        )


# ----------------------------------------------------------------------------------------------- statistics


def median(values) -> float:
    values = list(values)
    return statistics.median(values) if values else float("nan")


def percentile(values, share: float) -> float:
    """Nearest-rank percentile (share in 0..1) of a non-empty sequence; nan when empty."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, min(len(ordered), int(-(-share * len(ordered) // 1))))  # ceil(share * n)
    return ordered[rank - 1]


def machine() -> dict:
    info = {"cpus": os.cpu_count(), "arch": platform.machine(), "python": platform.python_version()}
    if hasattr(os, "getloadavg"):
        info["load_1min"] = round(os.getloadavg()[0], 2)
    try:
        import torch

        info["torch"] = torch.__version__
        info["cuda"] = torch.cuda.is_available()
    except ImportError:
        pass
    try:
        import PySide6

        info["pyside6"] = PySide6.__version__
    except ImportError:
        pass
    return info


# ----------------------------------------------------------------------------------------------- reporting


class Goal:
    """A measured value against a bound: `<=` (lower is better) or `>=` (higher is better)."""

    def __init__(self, name: str, value: float, op: str, bound: float, unit: str = "") -> None:
        self.name, self.value, self.op, self.bound, self.unit = name, value, op, bound, unit

    @property
    def passed(self) -> bool:
        if math.isnan(self.value):  # not measured
            return False
        return self.value <= self.bound if self.op == "<=" else self.value >= self.bound

    def as_dict(self) -> dict:
        return {
            "name": self.name,
            "value": _round(self.value),
            "goal": f"{self.op} {self.bound:g}",
            "unit": self.unit,
            "pass": self.passed,
        }


def _round(value):
    if isinstance(value, float):
        return None if math.isnan(value) else round(value, 4)
    if isinstance(value, dict):
        return {k: _round(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_round(v) for v in value]
    return value


def print_table(headers: list[str], rows: list[list]) -> None:
    cells = [[_cell(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths))
    print(line)
    print("  ".join("-" * w for w in widths))
    for row in cells:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths)))


def _cell(value) -> str:
    if isinstance(value, float):
        if math.isnan(value):
            return "n/a"
        if abs(value) >= 100:
            return f"{value:,.0f}"
        if abs(value) >= 10:
            return f"{value:.1f}"
        return f"{value:.3f}"
    return str(value)


def report(name: str, quick: bool, metrics: dict, goals: list[Goal]) -> None:
    """Print the goals as PASS/FAIL, then the final JSON line."""
    print()
    print_table(
        ["goal", "measured", "target", "result"],
        [
            [
                g.name,
                f"{_cell(g.value)} {g.unit}".strip(),
                f"{g.op} {g.bound:g} {g.unit}".strip(),
                "PASS" if g.passed else "FAIL",
            ]
            for g in goals
        ],
    )
    line = {
        "benchmark": name,
        "quick": quick,
        "machine": machine(),
        "metrics": _round(metrics),
        "goals": [g.as_dict() for g in goals],
        "pass": all(g.passed for g in goals),
    }
    sys.stdout.flush()
    print(json.dumps(line))
    sys.stdout.flush()


# ----------------------------------------------------------------------------------------------- Qt helpers


def qt_app():
    """The QApplication, configured like the app, with settings isolated from the user's real ones."""
    setup_env()
    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QApplication

    from mmstudio.gui.app import configure

    app = QApplication.instance() or QApplication([sys.argv[0]])
    configure(app)
    QStandardPaths.setTestModeEnabled(True)
    app.setOrganizationName("mmstudio-bench")
    app.setApplicationName("mmstudio-bench")
    QSettings().clear()
    return app


def main_window():
    """The real MainWindow, shown offscreen at its usual size, without the first-launch sample load."""
    from mmstudio.gui.main_window import MainWindow

    window = MainWindow(load_sample_on_first_launch=False)
    window.resize(1280, 800)
    window.show()
    return window


def wait_until(predicate, timeout: float, step_ms: int = 5) -> bool:
    """Spin the event loop until predicate() is true or `timeout` seconds pass; True when it became true."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    deadline = time.perf_counter() + timeout
    while not predicate():
        if time.perf_counter() > deadline:
            return False
        loop = QEventLoop()
        QTimer.singleShot(step_ms, loop.quit)
        loop.exec()
    app.processEvents()
    return True


def spin(seconds: float) -> None:
    """Run the event loop for `seconds` (timers fire, queued signals arrive)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def drop(widget, paths: list[Path]) -> None:
    """Deliver a real drop of local files onto `widget`: drag-enter, drag-move, drop (as tests/gui/driving.py)."""
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    target = widget.viewport() if hasattr(widget, "viewport") else widget
    point = QPointF(target.rect().center())
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(target, QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, mime, buttons, modifiers))
    QApplication.sendEvent(target, QDragMoveEvent(point.toPoint(), Qt.DropAction.CopyAction, mime, buttons, modifiers))
    QApplication.sendEvent(target, QDropEvent(point, Qt.DropAction.CopyAction, mime, buttons, modifiers))


class TickRecorder:
    """A 10 ms precise QTimer on the GUI thread; the gaps between its ticks show how long the thread stalled."""

    def __init__(self, interval_ms: int = 10, on_tick=None) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.interval_ms = interval_ms
        self.times: list[float] = []
        self.cpu: list[float] = []
        self._on_tick = on_tick
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.times.append(now)
        self.cpu.append(time.thread_time())
        if self._on_tick is not None:
            self._on_tick(now)

    def start(self) -> None:
        self.times = [time.perf_counter()]
        self.cpu = [time.thread_time()]  # the GUI thread's own CPU time at each tick
        self._timer.start()

    def stall_cpu_share(self, over_ms: float = 50.0) -> float:
        """Over all gaps longer than `over_ms`: the share of that time the GUI thread itself was on the CPU.

        Near 1: it was busy (painting, slots). Near 0: it was ready but waiting, for the GIL or for a free core.
        """
        wall = cpu = 0.0
        for (t0, t1), (c0, c1) in zip(itertools.pairwise(self.times), itertools.pairwise(self.cpu)):
            if (t1 - t0) * 1000 > over_ms:
                wall += t1 - t0
                cpu += c1 - c0
        return cpu / wall if wall else float("nan")

    def stop(self) -> None:
        self._timer.stop()

    def gaps_ms(self, since: float | None = None) -> list[float]:
        times = self.times if since is None else [t for t in self.times if t >= since]
        return [(b - a) * 1000 for a, b in itertools.pairwise(times)]


def gap_stats(gaps: list[float]) -> dict:
    return {
        "ticks": len(gaps),
        "max_ms": max(gaps) if gaps else float("nan"),
        "p99_ms": percentile(gaps, 0.99),
        "p50_ms": percentile(gaps, 0.50),
        "over_50ms": sum(1 for g in gaps if g > 50),
    }


class StallSampler:
    """While the GUI thread is late for its tick, sample where it is (a watchdog thread, every 2 ms).

    The innermost Python frames of the GUI thread are counted per stall sample. When it sits in Qt's C++ code
    (painting, layout) or waits for the GIL, the innermost Python frame is the one that entered the event loop.
    """

    def __init__(self, recorder: TickRecorder, threshold_ms: float = 30.0, depth: int = 4) -> None:
        import collections
        import threading

        self.recorder = recorder
        self.threshold = threshold_ms / 1000
        self.depth = depth
        self.counts: collections.Counter = collections.Counter()
        self.samples = 0
        self._main = threading.main_thread().ident
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="stall-sampler", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        import traceback

        while not self._stop.wait(0.002):
            times = self.recorder.times
            if not times or time.perf_counter() - times[-1] < self.threshold:
                continue
            frame = sys._current_frames().get(self._main)
            if frame is None:
                continue
            stack = traceback.extract_stack(frame)[-self.depth :]
            key = " <- ".join(f"{Path(f.filename).name}:{f.name}:{f.lineno}" for f in reversed(stack))
            self.counts[key] += 1
            self.samples += 1

    def top(self, n: int = 8) -> list[tuple[str, int]]:
        return self.counts.most_common(n)


def plain_training_loop(
    model, make_batch, train_size: int, val_size: int, batch_size: int, epochs: int, seed: int, lr: float
):
    """The loop a PyTorch programmer would write, the baseline for the app's trainer: Adam, cross-entropy,
    shuffled batches, a validation pass each epoch. `make_batch(split, index)` gives (inputs, labels) for
    "train" or "val" rows; returns (seconds, per-epoch training losses)."""
    import torch
    import torch.nn.functional as F

    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    generator = torch.Generator().manual_seed(seed)
    losses = []
    started = time.perf_counter()
    for _ in range(epochs):
        model.train()
        order = torch.randperm(train_size, generator=generator)
        loss_sum = correct = 0.0
        for start in range(0, train_size, batch_size):
            inputs, labels = make_batch("train", order[start : start + batch_size])
            optimizer.zero_grad(set_to_none=True)
            logits = model(inputs)
            loss = F.cross_entropy(logits, labels)
            loss.backward()
            optimizer.step()
            loss_sum += loss.item() * len(labels)
            correct += (logits.argmax(1) == labels).sum().item()
        losses.append(loss_sum / train_size)
        model.eval()
        with torch.no_grad():
            val_loss = val_correct = 0.0
            for start in range(0, val_size, 256):
                inputs, labels = make_batch("val", torch.arange(start, min(start + 256, val_size)))
                logits = model(inputs)
                val_loss += F.cross_entropy(logits, labels).item() * len(labels)
                val_correct += (logits.argmax(1) == labels).sum().item()
    return time.perf_counter() - started, losses


def compare_runs(app_runs: list[float], plain_runs: list[float], samples: int) -> dict:
    """App vs baseline from interleaved runs: medians, throughput, and the ratio of medians and of neighbours."""
    app_s, plain_s = median(app_runs), median(plain_runs)
    return {
        "app_samples_per_s": samples / app_s,
        "plain_samples_per_s": samples / plain_s,
        "app_s": app_s,
        "plain_s": plain_s,
        "ratio": app_s / plain_s,
        # each app run against the plain run next to it: less sensitive to slow drift of the machine's load
        "paired_ratio": median(a / p for a, p in zip(app_runs, plain_runs)),
    }
