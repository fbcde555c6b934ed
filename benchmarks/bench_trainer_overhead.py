"""How much the app's training loop costs over a plain hand-written PyTorch loop doing the same work.

App:      mmstudio.core.trainer.fit (drained, as the CLI does) on a SeedCNN, 28x28 grey, uint8 TensorData.
Baseline: a plain loop with the same model init (same seed), same data tensor, same batch size, same Adam,
          same epochs, same seeded shuffling, the same uint8 -> float conversion per batch, and the same
          validation pass (batches of 256) after every epoch.

The data are drawn shapes (mmstudio.core.media.image.samples.write_shapes) read and encoded by the image modality,
split 80/20 per class as the pipeline does. Runs are interleaved (app, plain, plain, app, ...) after a
warm-up, many short runs (until a time budget), and the median of the repetitions is reported, with the
per-pair ratio and the ratio of the fastest runs as cross-checks. Goal: app time / plain time <= 1.05.

    .venv/bin/python benchmarks/bench_trainer_overhead.py [--quick] [--threads N]
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import torch
from _common import (
    THREADS,
    Goal,
    compare_runs,
    parse_args,
    plain_training_loop,
    print_table,
    report,
    set_threads,
)

GOAL_RATIO = 1.05
SEED = 0
LEARNING_RATE = 1e-3
PREPROCESSING = {"size": 28, "channels": 1}


def make_data(per_class: int):
    """(train TensorData, val TensorData, classes) from drawn shapes, prepared as the pipeline prepares them."""
    import torch

    from mmstudio.core.media.image.modality import ImageModality
    from mmstudio.core.pipeline import stratified_split
    from mmstudio.core.media.image.samples import SHAPES, write_shapes

    modality = ImageModality()
    with tempfile.TemporaryDirectory(prefix="mmstudio-bench-") as tmp:
        root = write_shapes(Path(tmp), per_class=per_class, size=40)
        paths = [(p, k) for k, name in enumerate(SHAPES) for p in sorted((root / name).glob("*.png"))]
        raws = [modality.read(p, PREPROCESSING) for p, _ in paths]
    labels = [k for _, k in paths]
    train_idx, val_idx = stratified_split(labels, 0.2, SEED)
    data = modality.encode(raws, labels, PREPROCESSING)
    return data.subset(torch.tensor(train_idx)), data.subset(torch.tensor(val_idx)), len(SHAPES)


def new_model(classes: int):
    import torch

    from mmstudio.core.media.image.models import SeedCNN

    torch.manual_seed(SEED)
    return SeedCNN(classes, PREPROCESSING)


def run_app(train, val, classes: int, batch_size: int, epochs: int) -> tuple[float, list[float]]:
    """Seconds for fit() and its per-epoch training losses."""
    import torch

    from mmstudio.core.settings import TrainSettings
    from mmstudio.core.reading import drain
    from mmstudio.core.trainer import fit

    model = new_model(classes)
    settings = TrainSettings(epochs=epochs, batch_size=batch_size, learning_rate=LEARNING_RATE, seed=SEED, augment=False, device="cpu")
    started = time.perf_counter()
    result = drain(fit(model, train, val, settings, torch.device("cpu")))
    seconds = time.perf_counter() - started
    return seconds, [record["loss"] for record in result.history]


def run_plain(train, val, classes: int, batch_size: int, epochs: int) -> tuple[float, list[float]]:
    """The hand-written loop on the same uint8 tensors, converted to float per batch as the app does."""
    data = {"train": (train.inputs, train.labels), "val": (val.inputs, val.labels)}

    def make_batch(split, index):
        x, y = data[split]
        return x[index].float().div_(255.0), y[index]

    model = new_model(classes)
    return plain_training_loop(model, make_batch, len(train), len(val), batch_size, epochs, SEED, LEARNING_RATE)


def main() -> None:
    def options(parser):
        parser.add_argument("--threads", type=int, default=THREADS, help=f"torch intra-op threads (default {THREADS}); "
                            "1 is far less sensitive to other processes on a busy 2-core machine")

    args = parse_args(__doc__.splitlines()[0], options)
    set_threads()
    torch.set_num_threads(args.threads)
    # Many short interleaved runs rather than a few long ones: on a shared machine, interference comes in bursts.
    per_class, epochs, min_reps, max_reps, budget_s = (75, 2, 3, 6, 5.0) if args.quick else (200, 2, 5, 15, 45.0)
    batch_sizes = (32, 64)

    t0 = time.perf_counter()
    train, val, classes = make_data(per_class)
    print(f"data: {len(train)} training + {len(val)} validation drawn shapes, 28x28 grey uint8 "
          f"({time.perf_counter() - t0:.1f} s to draw and read); {epochs} epochs per run; torch threads {torch.get_num_threads()}")

    runners = {"app": run_app, "plain": run_plain}
    times = {(who, bs): [] for who in runners for bs in batch_sizes}
    same_losses = {}
    for bs in batch_sizes:  # warm-up (allocator, kernels, first-call costs), and the check that both do the same work
        _, app_losses = run_app(train, val, classes, bs, 1)
        _, plain_losses = run_plain(train, val, classes, bs, 1)
        same_losses[bs] = max(abs(a - b) for a, b in zip(app_losses, plain_losses))
    started = time.perf_counter()
    repeats = 0
    while repeats < max_reps and (repeats < min_reps or time.perf_counter() - started < budget_s):
        for bs in batch_sizes:
            order = ("app", "plain") if repeats % 2 == 0 else ("plain", "app")  # ABBA against drift
            for who in order:
                seconds, _ = runners[who](train, val, classes, bs, epochs)
                times[(who, bs)].append(seconds)
        repeats += 1
    print(f"{repeats} interleaved repetitions (app, plain, plain, app, ...) in {time.perf_counter() - started:.0f} s")

    samples = len(train) * epochs
    rows, metrics, goals = [], {"threads": torch.get_num_threads(), "train_examples": len(train), "val_examples": len(val), "epochs": epochs, "repeats": repeats}, []
    for bs in batch_sizes:
        app_runs, plain_runs = times[("app", bs)], times[("plain", bs)]
        compared = compare_runs(app_runs, plain_runs, samples)
        app_s, plain_s, ratio, paired = (compared[k] for k in ("app_s", "plain_s", "ratio", "paired_ratio"))
        best = min(app_runs) / min(plain_runs)  # the runs least disturbed by anything else
        spread = max(max(app_runs) / min(app_runs), max(plain_runs) / min(plain_runs))
        rows.append([bs, samples / app_s, samples / plain_s, app_s, plain_s, ratio, paired, best, spread, f"{same_losses[bs]:.1e}"])
        metrics[f"bs{bs}"] = {
            **compared,
            "best_run_ratio": best,
            "spread": spread,
            "first_epoch_loss_difference": same_losses[bs],
            "app_runs_s": app_runs,
            "plain_runs_s": plain_runs,
        }
        goals.append(Goal(f"app/plain time, batch {bs} (medians)", ratio, "<=", GOAL_RATIO, "x"))
    print()
    print_table(
        ["batch", "app samples/s", "plain samples/s", "app s", "plain s", "ratio", "paired", "best runs", "spread", "loss diff"],
        rows,
    )
    print("samples/s: training examples x epochs / median wall time of a run (validation passes included); ratio: of the "
          "medians;\npaired: median of each app run / the plain run beside it; best runs: fastest app / fastest plain; "
          "spread: slowest / fastest run\n(above ~1.3 the machine was busy and the ratios are noise); loss diff: "
          "|app - plain| first-epoch training loss (0: same arithmetic)")
    noisy = max(metrics[f"bs{bs}"]["spread"] for bs in batch_sizes)
    if noisy > 1.3:
        print(f"NOTE: runs of the same work differed by up to {noisy:.1f}x: the machine was busy; trust 'best runs' more.")
    report("trainer_overhead", args.quick, metrics, goals)


if __name__ == "__main__":
    main()
