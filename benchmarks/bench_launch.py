"""Launch to first painted window, in fresh processes: the real MainWindow vs a bare QMainWindow.

Each launch is a new `python -c` process (offscreen Qt). The parent reads CLOCK_MONOTONIC just before
Popen; the child reads the same system-wide clock when the first paint pass of its window has finished
(an application event filter sees the window's first Paint event and schedules a zero-delay timer, which
runs once that paint pass is over) and prints it, with whether torch had been imported (or had started
importing) at that moment. The app child then keeps running until the status bar names the device (torch
loaded by the app's background warm-up), with a 10 ms timer on the GUI thread recording how long the
window stalls meanwhile. Launches alternate app/baseline after one warm-up launch of each (file cache).

App child:      what mmstudio.gui.app.run_gui does (imports, logging, QApplication, configure, MainWindow, show),
                with settings isolated from the user's (test mode) and no first-launch sample load.
Baseline child: QApplication + QMainWindow resized to the same 1280x800, shown the same way.
What-if child:  the app, with its after-first-paint work (the background torch import) held back until the
                first paint pass is really over, to show what that change would give (not in --quick).

Goal: app launch to first paint <= 1.0 s, and torch not imported before it.

    .venv/bin/python benchmarks/bench_launch.py [--quick]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from _common import REPO, Goal, median, parse_args, print_table, report

GOAL_S = 1.0

CHILD = r"""
import time
T_START = time.monotonic()
import json, os, sys
MODE = sys.argv[1]
WAIT_FOR_DEVICE = sys.argv[2] == "wait"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
marks = {"start": T_START}

def torch_state():
    module = sys.modules.get("torch")
    if module is None:
        return "not imported"
    spec = getattr(module, "__spec__", None)
    return "importing" if getattr(spec, "_initializing", False) else "imported"

APP = MODE.startswith("app")
if APP:
    import logging
    from mmstudio.gui.app import configure
    from mmstudio.gui.main_window import MainWindow
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
marks["imported"] = time.monotonic()
app = QApplication(sys.argv[:1])
if APP:
    configure(app)
    QStandardPaths.setTestModeEnabled(True)  # isolated settings: a first launch every time
    app.setOrganizationName("mmstudio-bench")
    app.setApplicationName("mmstudio-bench")
marks["qapplication"] = time.monotonic()
deferred_windows = []
if MODE == "app-deferred":  # what-if: the app's after-first-paint work really waits for the first paint
    original_after_first_paint = MainWindow._after_first_paint

    def held_back(self):
        if "painted" in marks:  # the first paint pass is over: go ahead
            original_after_first_paint(self)
        else:
            deferred_windows.append(self)

    MainWindow._after_first_paint = held_back
if APP:
    window = MainWindow(load_sample_on_first_launch=False)
else:
    window = QMainWindow()
    window.setWindowTitle("baseline")
    window.resize(1280, 800)
marks["built"] = time.monotonic()
sys.stderr.write("BENCH built\n")  # for -X importtime: what follows is not on the way to the window
sys.stderr.flush()
result = {"mode": MODE}

def finish():
    result["marks"] = {k: v for k, v in marks.items()}
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
    os._exit(0)  # no teardown: a background import may still be running, and it is not what we measure

def painted():
    marks["painted"] = time.monotonic()
    result["torch_at_paint"] = torch_state()
    result["torch_at_paint_start"] = paint_watch.torch_at_first
    if not APP or not WAIT_FOR_DEVICE:
        finish()
    for deferred in deferred_windows:
        original_after_first_paint(deferred)
    gaps = []
    last = [time.monotonic()]
    def tick():
        now = time.monotonic()
        gaps.append((now - last[0]) * 1000)
        last[0] = now
        if "starting" not in window.device_label.text() or now - marks["painted"] > 30:
            ticker.stop()
            marks["device_ready"] = now
            result["device_text"] = window.device_label.text()
            result["warmup_max_gap_ms"] = max(gaps) if gaps else 0.0
            result["warmup_gaps_over_50ms"] = sum(1 for g in gaps if g > 50)
            finish()
    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(10)
    ticker.timeout.connect(tick)
    ticker.start()
    result["_keep"] = None
    globals()["_ticker"] = ticker

class PaintWatch(QObject):
    seen = False
    torch_at_first = None
    def eventFilter(self, obj, event):
        if not self.seen and event.type() == QEvent.Type.Paint and obj is window:
            self.seen = True
            self.torch_at_first = torch_state()
            marks["first_paint_event"] = time.monotonic()
            QTimer.singleShot(0, painted)  # runs once this paint pass (the window and its children) is over
        return False

paint_watch = PaintWatch()
app.installEventFilter(paint_watch)
window.show()
marks["shown"] = time.monotonic()
QTimer.singleShot(30000, finish)
app.exec()
"""


def launch(mode: str, python_flags: tuple[str, ...] = (), wait_for_device: bool = True) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_API="pyside6", PYTHONPATH=str(REPO))
    before = time.monotonic()
    done = subprocess.run(
        [sys.executable, *python_flags, "-c", CHILD, mode, "wait" if wait_for_device else "no"], cwd=REPO, env=env, capture_output=True, text=True, timeout=90,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"{mode} launch printed no result:\n{done.stdout}\n{done.stderr[-2000:]}")
    result = json.loads(lines[-1])
    marks = result["marks"]
    result["since_popen"] = {key: value - before for key, value in marks.items()}
    result["stderr"] = done.stderr
    return result


def import_breakdown() -> list[tuple[str, float]]:
    """Self time of every module imported before the app's first paint, summed per top-level package (ms).

    One extra app launch under `python -X importtime` (which itself slows imports by some 10-20 %). Only the
    imports that ran before the window was built count (the background torch import starts after that).
    """
    import collections
    import re

    result = launch("app", ("-X", "importtime"))
    totals: collections.Counter = collections.Counter()
    for line in result["stderr"].splitlines():
        if line.startswith("BENCH built"):
            break
        match = re.match(r"import time:\s+(\d+) \|\s+\d+ \|\s*(\S+)", line)
        if match:
            name = match.group(2).split(".")[0]
            totals[name] += int(match.group(1)) / 1000
    return totals.most_common()


def main() -> None:
    args = parse_args(__doc__.splitlines()[0])
    repeats = 2 if args.quick else 4
    modes = ["app", "baseline"] if args.quick else ["app", "baseline", "app-deferred"]
    wait = not args.quick  # --quick: no waiting for torch after the paint, so no warm-up stall figure
    for mode in modes[:2]:
        launch(mode, wait_for_device=wait)  # warm-up: file cache, bytecode
    runs = {mode: [] for mode in modes}
    for rep in range(repeats):
        for mode in (modes if rep % 2 == 0 else list(reversed(modes))):
            runs[mode].append(launch(mode, wait_for_device=wait))

    def med(mode, key):
        return median(r["since_popen"][key] for r in runs[mode] if key in r["since_popen"])

    def torch_states(mode):
        return [r["torch_at_paint"] for r in runs[mode]]

    def warm_gaps(mode):
        return [r["warmup_max_gap_ms"] for r in runs[mode] if "warmup_max_gap_ms" in r]

    phases = ["start", "imported", "qapplication", "built", "shown", "painted", "device_ready"]
    titles = {"app": "app s", "baseline": "baseline s", "app-deferred": "what-if: warm-up after paint s"}
    print(f"{repeats} launches of each, alternating, after a warm-up launch; medians in seconds since Popen")
    print()
    print_table(["reached"] + [titles[m] for m in modes], [[phase] + [med(m, phase) for m in modes] for phase in phases])
    print("start: first line of the child's script; imported: Qt (and for the app, mmstudio's GUI) imported; "
          "built: window constructed;\nshown: show() returned; painted: first paint pass over; "
          "device_ready: status bar names the device (torch loaded)")

    app_paint, base_paint = med("app", "painted"), med("baseline", "painted")
    states = torch_states("app")
    torch_before_paint = sum(1 for s in states if s != "not imported")
    print()
    print(f"app first paint: {app_paint:.3f} s (baseline {base_paint:.3f} s, difference {app_paint - base_paint:+.3f} s)")
    for mode in modes:
        if mode != "baseline":
            gaps = warm_gaps(mode) or [float("nan")]
            print(f"{mode}: torch at first paint: {', '.join(torch_states(mode))}; longest GUI stall from the paint "
                  f"until torch is loaded: median {median(gaps):.0f} ms, worst {max(gaps):.0f} ms"
                  + (" (not measured with --quick)" if not wait else ""))

    metrics = {
        "repeats": repeats,
        "app": {phase: med("app", phase) for phase in phases},
        "baseline": {phase: med("baseline", phase) for phase in phases[:-1]},
        "app_paint_runs_s": [r["since_popen"]["painted"] for r in runs["app"]],
        "baseline_paint_runs_s": [r["since_popen"]["painted"] for r in runs["baseline"]],
        "app_minus_baseline_s": app_paint - base_paint,
        "torch_at_paint": states,
        "launches_with_torch_before_paint": torch_before_paint,
        "warmup_max_gap_ms_median": median(warm_gaps("app")),
        "warmup_max_gap_ms_worst": max(warm_gaps("app") or [float("nan")]),
    }
    if "app-deferred" in runs:
        metrics["what_if_warmup_after_paint"] = {
            **{phase: med("app-deferred", phase) for phase in phases},
            "torch_at_paint": torch_states("app-deferred"),
            "warmup_max_gap_ms_median": median(warm_gaps("app-deferred")),
        }
    if not args.quick:
        breakdown = import_breakdown()
        total_ms = sum(ms for _, ms in breakdown)
        print()
        print(f"imports before the app's window is built (one extra launch with -X importtime): {total_ms:.0f} ms in all")
        print_table(["top-level package", "self ms", "share"], [[name, ms, f"{ms / total_ms:.0%}"] for name, ms in breakdown[:10]])
        metrics["import_ms_by_package"] = dict(breakdown[:12])
    goals = [
        Goal("app launch to first paint", app_paint, "<=", GOAL_S, "s"),
        Goal("launches with torch imported before first paint", float(torch_before_paint), "<=", 0, ""),
    ]
    report("launch", args.quick, metrics, goals)


if __name__ == "__main__":
    main()
