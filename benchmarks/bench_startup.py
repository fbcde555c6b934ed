"""Start-up costs a user feels: `mmstudio predict` on one picture as a whole process, and the first Train press.

predict  fresh processes of `mmstudio predict MODEL one.png` (a small CNN and a small autoencoder trained here),
         wall time from Popen to exit, medians. On the CPU these predict in numpy, without torch
         (core/numpy_predictor.py); beside them, in the same run and interleaved, what the command would cost
         with torch at the least, `python -c "import torch"`, the command line's own imports
         (`mmstudio --version`), and the bare interpreter.
train    the real MainWindow (offscreen) with the bundled shapes sample loaded, left open until torch and the
         plots have loaded and then 3 s more (a user reading the window), then Train clicked: the time from
         the click to the first batch shown (the progress bar's first value). Repeated after Stop, in new tabs'
         state each time (the same window: a user's second press).

Goals (issue 11): predict <= 1.5 s whole-process on 2 cores (each model); first batch <= 1 s after the window has
been open a few seconds.

    .venv/bin/python benchmarks/bench_startup.py [--quick] [--predict-only]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import (
    REPO,
    Goal,
    main_window,
    median,
    parse_args,
    print_table,
    qt_app,
    report,
    set_threads,
    spin,
    wait_until,
)


MODELS = ("cnn", "autoencoder")  # the picture models predicted without torch on the CPU


def process_seconds(command: list[str]) -> float:
    began = time.perf_counter()
    subprocess.run(command, cwd=REPO, check=True, capture_output=True)
    return time.perf_counter() - began


def trained_model(folder: Path, model: str) -> tuple[Path, Path]:
    """A small `model` network trained on a few drawn shapes, saved; and one picture to predict."""
    from mmstudio.core.checkpoint import save_bundle
    from mmstudio.core.events import Finished
    from mmstudio.core.media import get_modality
    from mmstudio.core.media.image.samples import write_shapes
    from mmstudio.core.pipeline import labelled_from_folder, train_examples
    from mmstudio.core.settings import TrainSettings

    modality = get_modality("image")
    labelled, classes, _ = labelled_from_folder(write_shapes(folder / "shapes", per_class=10, size=28), modality)
    settings = TrainSettings(epochs=2, fit_on_all=False, patience=0)
    events = train_examples(modality, labelled, classes, model, settings)
    bundle = next(e for e in events if isinstance(e, Finished)).bundle
    return save_bundle(bundle, folder / f"{model}.mmstudio"), labelled[0][0]


def first_batch_seconds(window, tab, rounds: int) -> list[float]:
    """Click Train with the window open and idle; the time until the first batch is shown, per round."""
    panel = tab.train_panel
    times = []
    for _ in range(rounds):
        seen: list[float] = []
        connection = panel.progress.valueChanged.connect(
            lambda _value: seen.append(time.perf_counter()) if panel.progress.format().startswith("Epoch") else None
        )
        spin(3.0)  # a user looking at the window before pressing Train
        began = time.perf_counter()
        panel.train_button.click()
        wait_until(lambda: bool(seen), timeout=60)
        times.append(seen[0] - began if seen else float("nan"))
        panel.stop_training()
        wait_until(lambda: not tab.session.training, timeout=60)
        panel.progress.valueChanged.disconnect(connection)
    return times


def predict_only_option(parser) -> None:
    parser.add_argument("--predict-only", action="store_true", help="the predict processes only, not the window")


def main() -> None:
    args = parse_args(__doc__.splitlines()[0], predict_only_option)  # warns when the machine is busy
    set_threads()
    repeats = 3 if args.quick else 7
    tmp = tempfile.TemporaryDirectory(prefix="mmstudio-bench-")
    predict = [sys.executable, "-m", "mmstudio", "predict"]
    commands = {}
    for model in MODELS:
        path, picture = trained_model(Path(tmp.name), model)
        commands[f"mmstudio predict ({model})"] = [*predict, str(path), str(picture), "--threads", "2"]
    commands |= {
        "python -c 'import torch'": [sys.executable, "-c", "import torch"],
        "mmstudio --version": [sys.executable, "-m", "mmstudio", "--version"],
        "bare python": [sys.executable, "-c", "pass"],
    }
    for command in commands.values():  # warm the file cache
        process_seconds(command)
    times = {name: [] for name in commands}
    for _ in range(repeats):
        for name, command in commands.items():
            times[name].append(process_seconds(command))
    print_table(["process", "median s", "min s"], [[n, median(t), min(t)] for n, t in times.items()])
    metrics = {
        **{f"predict_{model}_process_s": median(times[f"mmstudio predict ({model})"]) for model in MODELS},
        "import_torch_process_s": median(times["python -c 'import torch'"]),
        "cli_imports_process_s": median(times["mmstudio --version"]),
        "bare_python_s": median(times["bare python"]),
    }
    goals = [
        Goal(f"mmstudio predict ({model}), one picture", metrics[f"predict_{model}_process_s"], "<=", 1.5, "s")
        for model in MODELS
    ]
    if not args.predict_only:
        metrics["first_batch_s"] = first_batch_seconds_in_window(args.quick)
        goals.append(Goal("Train press to first batch (median)", median(metrics["first_batch_s"]), "<=", 1.0, "s"))
    report("startup", args.quick, metrics, goals)


def first_batch_seconds_in_window(quick: bool) -> list[float]:
    """The real window with the shapes sample loaded; the first batch after each Train press."""
    qt_app()
    from mmstudio.core.resources import sample_path

    window = main_window()
    tab = window.tab_for("image")
    wait_until(lambda: window.libraries_ready, timeout=120)
    tab.gather_panel.import_paths([sample_path("shapes")])
    wait_until(lambda: len(tab.session.examples) == 800, timeout=60)
    tab.train_panel.settings_form.epochs.setValue(50)
    batches = first_batch_seconds(window, tab, 2 if quick else 4)
    print_table(["Train press", "to first batch s"], [[k + 1, value] for k, value in enumerate(batches)])
    window.discard_unsaved_models()
    window.close()
    return batches


if __name__ == "__main__":
    main()
