"""Does the window stay responsive while it trains? Main-thread stalls and curve redraw rate, idle vs training.

The real MainWindow runs offscreen. Drawn shapes are brought in by a real drop of their folder on the Image
tab, then training is started with the Train button (default settings, epochs raised so it runs for the
whole window) and stopped with the Stop button after the measuring window. Meanwhile a 10 ms precise QTimer
on the GUI thread records when it actually fires: the longest gap between ticks is the longest time the
window could not react (a click, a repaint). Baseline in the same run: the same timer in the same window
while idle. Rounds alternate idle, training, idle, training...

Goals: longest stall while training <= 50 ms; curve redraw rate while training >= 10 Hz.

    .venv/bin/python benchmarks/bench_gui_responsiveness.py [--quick] [--train-threads N] [--profile-stalls]

--train-threads N   torch intra-op threads for training, set after the app's own warm-up (default: what the
                    app picks); compare 1 and 2 to see what leaving a core to the GUI thread changes.
--profile-stalls    sample the GUI thread's Python stack whenever it is more than 30 ms late, and print where.
--what-if-no-grid   what-if: pyqtgraph's PlotItem.showGrid made a no-op before the window is built (the curves
                    then have no grid lines), to show what the grid costs.
"""

from __future__ import annotations

import math
import tempfile
import time
from pathlib import Path

from _common import (
    Goal,
    StallSampler,
    TickRecorder,
    drop,
    gap_stats,
    main_window,
    median,
    parse_args,
    percentile,
    print_table,
    qt_app,
    report,
    set_threads,
    spin,
    wait_until,
)

GOAL_STALL_MS = 50.0
GOAL_REDRAW_HZ = 10.0


def measure_idle(seconds: float) -> dict:
    ticks = TickRecorder()
    ticks.start()
    spin(seconds)
    ticks.stop()
    return {"gaps": ticks.gaps_ms()}


def measure_training(tab, seconds: float, profile: bool = False) -> dict:
    """Click Train, record ticks (and the curves' state at each tick) for `seconds`, click Stop, wait for the end."""
    samples: list[tuple[float, int, int]] = []  # (time, redraws so far, batch points so far)
    curves, panel = tab.train_panel.curves, tab.train_panel
    ticks = TickRecorder(on_tick=lambda now: samples.append((now, curves.redraw_count, curves.batch_points())))
    ticks.start()
    sampler = StallSampler(ticks) if profile else None
    if sampler is not None:
        sampler.start()
    started = time.perf_counter()
    panel.train_button.click()
    spin(seconds)
    stop_clicked = time.perf_counter()
    panel.stop_button.click()
    ended = wait_until(lambda: not tab.session.training, timeout=60)
    stop_seconds = time.perf_counter() - stop_clicked
    ticks.stop()
    if sampler is not None:
        sampler.stop()

    fitting = [s for s in samples if s[2] > 0 and s[0] <= stop_clicked]
    result = {
        "gaps": ticks.gaps_ms(),
        "stop_s": stop_seconds if ended else float("nan"),
        "sampler": sampler,
        "stall_cpu_share": ticks.stall_cpu_share(),
    }
    if len(fitting) >= 2:
        (t0, r0, b0), (t1, r1, b1) = fitting[0], fitting[-1]
        span = t1 - t0
        result.update(
            {
                "fit_gaps": ticks.gaps_ms(since=t0),
                "redraw_hz": (r1 - r0) / span if span > 0 else float("nan"),
                "batch_events_hz": (b1 - b0) / span if span > 0 else float("nan"),
                "reading_s": t0 - started,
            }
        )
    else:  # the machine was so slow that no batch ended inside the window
        result.update({"fit_gaps": [], "redraw_hz": float("nan"), "batch_events_hz": float("nan"), "reading_s": float("nan")})
    return result


def redraw_cost(app, curves, epochs: int = 50, batches: int = 20, samples: int = 15) -> dict:
    """GUI-thread milliseconds for one curve redraw (setData) and the paint it causes, with the window idle.

    The curves are filled like a run of `epochs` x `batches`, then one batch point at a time is added and drawn
    at once (flush) and the event loop runs until the paint is done (processEvents).
    """
    from mmstudio.core.events import BatchEnded, Batches, EpochEnded

    def batch(epoch: int, number: int, loss: float, accuracy: float) -> Batches:
        return Batches((BatchEnded(epoch, epochs, number, batches, loss, accuracy, seconds_left=0.0),))

    curves.reset()
    if hasattr(curves, "plan_epochs"):  # what the tab does when a run starts (where the widget offers it)
        curves.plan_epochs(epochs)
    for epoch in range(1, epochs + 1):
        for number in range(1, batches + 1):
            curves.add_batches(batch(epoch, number, 1.0 / (epoch + number), 0.5))
        curves.add_epoch(EpochEnded(epoch, epochs, 1.0 / epoch, 0.5, 1.0 / epoch, 0.5, seconds=0.0))
    curves.flush()
    spin(0.2)
    set_data, paint = [], []
    for k in range(samples + 3):
        curves.add_batches(batch(epochs, batches, 0.1 / (k + 1), 0.5 + k / 100))
        t0 = time.perf_counter()
        curves.flush()
        t1 = time.perf_counter()
        app.processEvents()
        t2 = time.perf_counter()
        if k >= 3:  # the first few warm up
            set_data.append((t1 - t0) * 1000)
            paint.append((t2 - t1) * 1000)
    curves.reset()
    total = [a + b for a, b in zip(set_data, paint)]
    return {"points": epochs * batches, "setdata_ms": median(set_data), "paint_ms": median(paint), "total_ms": median(total), "max_ms": max(total)}


def main() -> None:
    def options(parser):
        parser.add_argument("--train-threads", type=int, default=None, help="torch threads for training (default 2)")
        parser.add_argument("--profile-stalls", action="store_true", help="print where the GUI thread stalls")
        parser.add_argument("--what-if-no-grid", action="store_true", help="curves without grid lines (what-if)")

    args = parse_args(__doc__.splitlines()[0], options)
    set_threads()
    per_class, rounds, idle_s, train_s = (50, 1, 2.0, 5.0) if args.quick else (100, 2, 3.0, 10.0)

    if args.what_if_no_grid:
        import pyqtgraph

        pyqtgraph.PlotItem.showGrid = lambda self, *args, **kwargs: None
        print("WHAT-IF: curves drawn without grid lines")
    app = qt_app()
    tmp = tempfile.TemporaryDirectory(prefix="mmstudio-bench-")
    from mmstudio.core.media.image.samples import write_shapes

    root = write_shapes(Path(tmp.name), per_class=per_class, size=40)
    total = per_class * 4

    window = main_window()
    tab = window.tab_for("image")
    # Warm-up: the window's first paint, torch loaded by the app's own background warm-up, examples and thumbnails in.
    wait_until(lambda: "starting" not in window.device_label.text(), timeout=60)
    if args.train_threads:  # after the app's warm-up, which picks its own thread count
        import torch

        torch.set_num_threads(args.train_threads)
    drop(tab, [root])
    if not wait_until(lambda: len(tab.session.examples) == total, timeout=60):
        print(f"examples did not arrive: {len(tab.session.examples)} of {total}")
    wait_until(lambda: not tab.gather_panel.thumbnails._jobs.busy(), timeout=60)
    spin(0.5)
    tab.train_panel.settings_form.epochs.setValue(1000)  # more than fits the window: the Stop button ends each run
    settings = tab.train_panel.settings_form.settings()
    import torch

    print(f"{total} drawn shapes dropped on the tab; torch threads for training {torch.get_num_threads()}; training with the tab's defaults (batch {settings.batch_size}, "
          f"{int(total * (1 - settings.val_split))} training examples); {rounds} round(s) of {idle_s:.0f} s idle + "
          f"{train_s:.0f} s training; 10 ms precise timer on the GUI thread")

    idle_runs, train_runs = [], []
    for _ in range(rounds):
        idle_runs.append(measure_idle(idle_s))
        train_runs.append(measure_training(tab, train_s, args.profile_stalls))
        spin(0.3)
    cost = redraw_cost(app, tab.train_panel.curves)
    window.discard_unsaved_models()
    window.close()
    app.processEvents()

    idle = gap_stats([g for run in idle_runs for g in run["gaps"]])
    training = gap_stats([g for run in train_runs for g in run["gaps"]])
    fitting = gap_stats([g for run in train_runs for g in run["fit_gaps"]])
    redraw_hz = min(run["redraw_hz"] for run in train_runs)
    events_hz = min(run["batch_events_hz"] for run in train_runs)
    rows = [
        ["idle (baseline)", idle["ticks"], idle["p50_ms"], idle["p99_ms"], idle["max_ms"], idle["over_50ms"]],
        ["training, whole window", training["ticks"], training["p50_ms"], training["p99_ms"], training["max_ms"], training["over_50ms"]],
        ["training, fitting phase", fitting["ticks"], fitting["p50_ms"], fitting["p99_ms"], fitting["max_ms"], fitting["over_50ms"]],
    ]
    print()
    print_table(["GUI thread, 10 ms timer", "ticks", "p50 gap ms", "p99 gap ms", "longest ms", "gaps > 50 ms"], rows)
    print()
    print_table(
        ["round", "idle longest ms", "train longest ms", "train p99 ms", "reading s", "batches/s", "redraws/s", "stop took s"],
        [
            [k + 1, max(i["gaps"]), max(t["gaps"]), percentile(t["gaps"], 0.99), t["reading_s"], t["batch_events_hz"], t["redraw_hz"], t["stop_s"]]
            for k, (i, t) in enumerate(zip(idle_runs, train_runs))
        ],
    )
    print(f"training adds {training['max_ms'] - idle['max_ms']:+.1f} ms to the longest stall and "
          f"{training['p99_ms'] - idle['p99_ms']:+.1f} ms to the p99 gap (vs idle)")
    shares = [run["stall_cpu_share"] for run in train_runs if not math.isnan(run["stall_cpu_share"])]
    cpu_share = median(shares) if shares else float("nan")
    print(f"during the stalls over 50 ms the GUI thread was itself on the CPU {cpu_share:.0%} of the time "
          "(the rest it waited: for the GIL or a free core)")
    print(f"one curve redraw costs the GUI thread {cost['total_ms']:.1f} ms ({cost['setdata_ms']:.1f} ms setData + "
          f"{cost['paint_ms']:.1f} ms paint; {cost['points']} batch points, window idle); at the 20 Hz cap that is "
          f"{cost['total_ms'] * 20 / 10:.0f}% of the GUI thread")
    if not math.isnan(events_hz) and events_hz < GOAL_REDRAW_HZ:
        print(f"note: only {events_hz:.1f} batches/s were trained, so the redraw rate is bounded by training speed here")

    if args.profile_stalls:
        import collections

        counts = collections.Counter()
        for run in train_runs:
            counts.update(run["sampler"].counts)
        total_samples = sum(counts.values())
        print()
        print(f"where the GUI thread was while late (> 30 ms), {total_samples} samples every 2 ms, innermost frame first:")
        for key, count in counts.most_common(10):
            print(f"  {count:5d}  {key}")
    import torch

    metrics = {
        "train_threads": torch.get_num_threads(),
        "what_if_no_grid": args.what_if_no_grid,
        "examples": total,
        "batch_size": settings.batch_size,
        "rounds": rounds,
        "idle": idle,
        "training": training,
        "fitting": fitting,
        "redraw_hz_min": redraw_hz,
        "batch_events_hz_min": events_hz,
        "stall_increase_ms": training["max_ms"] - idle["max_ms"],
        "redraw_cost_idle": cost,
        "stall_cpu_share": cpu_share,
        "per_round": [
            {
                "idle_max_ms": max(i["gaps"]),
                "train_max_ms": max(t["gaps"]),
                "train_p99_ms": percentile(t["gaps"], 0.99),
                "reading_s": t["reading_s"],
                "redraw_hz": t["redraw_hz"],
                "batch_events_hz": t["batch_events_hz"],
                "stop_s": t["stop_s"],
            }
            for i, t in zip(idle_runs, train_runs)
        ],
    }
    goals = [
        Goal("longest GUI stall while training", training["max_ms"], "<=", GOAL_STALL_MS, "ms"),
        Goal("curve redraw rate while training", redraw_hz, ">=", GOAL_REDRAW_HZ, "Hz"),
    ]
    report("gui_responsiveness", args.quick, metrics, goals)
    tmp.cleanup()


if __name__ == "__main__":
    main()
