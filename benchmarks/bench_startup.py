"""Start-up costs a user feels: `mmstudio predict` on one picture as a whole process, and the first Train press.

predict  fresh processes of `mmstudio predict MODEL one.png` (a small CNN trained here), wall time from Popen to
         exit, medians; beside it, in the same run and interleaved, the floor any torch program pays:
         `python -c "import torch"`, and the bare interpreter.
train    the real MainWindow (offscreen) with the bundled shapes sample loaded, left open until torch and the
         plots have loaded and then 3 s more (a user reading the window), then Train clicked: the time from
         the click to the first batch shown (the progress bar's first value). Repeated after Stop, in new tabs'
         state each time (the same window: a user's second press).

Goals (issue 11): predict <= 1.5 s whole-process on 2 cores; first batch <= 1 s after the window has been open a
few seconds.

    .venv/bin/python benchmarks/bench_startup.py [--quick]
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
    warn_if_busy,
)


def process_seconds(command: list[str]) -> float:
    began = time.perf_counter()
    subprocess.run(command, cwd=REPO, check=True, capture_output=True)
    return time.perf_counter() - began


def trained_model(folder: Path) -> tuple[Path, Path]:
    """A small CNN on a few drawn shapes, saved; and one picture to predict."""
    from mmstudio.core.checkpoint import save_bundle
    from mmstudio.core.events import Finished
    from mmstudio.core.media import get_modality
    from mmstudio.core.media.image.samples import write_shapes
    from mmstudio.core.pipeline import labelled_from_folder, train_examples
    from mmstudio.core.settings import TrainSettings

    modality = get_modality("image")
    labelled, classes, _ = labelled_from_folder(write_shapes(folder / "shapes", per_class=10, size=28), modality)
    settings = TrainSettings(epochs=2, fit_on_all=False, patience=0)
    bundle = next(e for e in train_examples(modality, labelled, classes, "cnn", settings) if isinstance(e, Finished)).bundle
    return save_bundle(bundle, folder / "model.mmstudio"), labelled[0][0]


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


def main() -> None:
    args = parse_args(__doc__.splitlines()[0])
    warn_if_busy()
    set_threads()
    repeats = 3 if args.quick else 7
    tmp = tempfile.TemporaryDirectory(prefix="mmstudio-bench-")
    model, picture = trained_model(Path(tmp.name))

    commands = {
        "mmstudio predict": [sys.executable, "-m", "mmstudio", "predict", str(model), str(picture), "--threads", "2"],
        "python -c 'import torch'": [sys.executable, "-c", "import torch"],
        "bare python": [sys.executable, "-c", "pass"],
    }
    for command in commands.values():  # warm the file cache
        process_seconds(command)
    times = {name: [] for name in commands}
    for _ in range(repeats):
        for name, command in commands.items():
            times[name].append(process_seconds(command))
    print_table(["process", "median s", "min s"], [[n, median(t), min(t)] for n, t in times.items()])

    qt_app()
    from mmstudio.core.resources import sample_path

    window = main_window()
    tab = window.tab_for("image")
    wait_until(lambda: window.libraries_ready, timeout=120)
    tab.gather_panel.import_paths([sample_path("shapes")])
    wait_until(lambda: len(tab.session.examples) == 800, timeout=60)
    tab.train_panel.settings_form.epochs.setValue(50)
    batches = first_batch_seconds(window, tab, 2 if args.quick else 4)
    print_table(["Train press", "to first batch s"], [[k + 1, value] for k, value in enumerate(batches)])
    window.discard_unsaved_models()
    window.close()

    predict = median(times["mmstudio predict"])
    metrics = {
        "predict_process_s": predict,
        "import_torch_process_s": median(times["python -c 'import torch'"]),
        "bare_python_s": median(times["bare python"]),
        "first_batch_s": batches,
    }
    report("startup", args.quick, metrics, [
        Goal("mmstudio predict, one picture", predict, "<=", 1.5, "s"),
        Goal("Train press to first batch (median)", median(batches), "<=", 1.0, "s"),
    ])


if __name__ == "__main__":
    main()
