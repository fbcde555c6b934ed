"""Drop-to-prediction latency for one image in the real window, vs calling the Predictor directly.

A small CNN is trained in-process on drawn shapes (core pipeline, a few epochs), saved with
checkpoint.save_bundle and opened in the real MainWindow's Image tab with tab.try_panel.load_model (the
public path). Then a real drop of one PNG (drag-enter, drag-move, drop) is delivered to the tab's "Try it"
area again and again, and the time from the drop to the try panel's predictionShown signal is measured.
Two picture sizes: a 40 px drawn shape (like the training data) and a 1200 px one (a photo-sized file).

Side by side, interleaved in the same run:
  direct   Predictor.predict(path) on the calling thread: the model's own cost (read, resize, forward).
  worker   background.try_example(predictor, path, ImageTab.render_preview) on the calling thread: everything
           the GUI's background job does (preview picture + prediction), without Qt.
  gui      drop on tab.try_area -> tab.try_panel.predictionShown (job start, worker, queued result, widgets updated).

Each call uses a different file from the call before it (as when trying picture after picture), so a
cache of the last decoded picture cannot serve one path's measurement from another's decode.

Goal: gui drop-to-prediction median <= 50 ms.

    .venv/bin/python benchmarks/bench_predict_latency.py [--quick]
"""

from __future__ import annotations

import itertools
import random
import tempfile
import time
from pathlib import Path

from _common import (
    Goal,
    drop,
    main_window,
    median,
    parse_args,
    percentile,
    print_table,
    qt_app,
    report,
    set_threads,
    wait_until,
)

GOAL_MS = 50.0


def train_bundle(folder: Path):
    from mmstudio.core.settings import TrainSettings
    from mmstudio.core.events import Failed, Finished
    from mmstudio.core.media.image.modality import ImageModality
    from mmstudio.core.pipeline import labelled_from_folder, train_examples

    modality = ImageModality()
    labelled, classes, _ = labelled_from_folder(folder, modality)
    settings = TrainSettings(epochs=2, batch_size=32, device="cpu")
    events = list(train_examples(modality, labelled, classes, "cnn", settings))
    finished = [event for event in events if isinstance(event, Finished)]
    if not finished:
        problems = [event.message for event in events if isinstance(event, Failed)]
        raise RuntimeError(f"training ended without a model: {problems}")
    return finished[0].bundle


def draw_try_images(folder: Path, size: int, count: int, seed: int) -> list[Path]:
    from mmstudio.core.media.image.samples import SHAPES, draw_shape

    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for k in range(count):
        path = folder / f"try_{size}_{k:02d}.png"
        draw_shape(SHAPES[k % len(SHAPES)], size, rng).save(path)
        paths.append(path)
    return paths


class DropTimer:
    """Drops a file on the try area and measures until the tab reports the prediction.

    The wait is one QEventLoop quit by the signal itself (no polling that could steal the GIL from the worker).
    """

    def __init__(self, tab) -> None:
        from PySide6.QtCore import QEventLoop

        self.tab = tab
        self.shown_at: float | None = None
        self._loop = QEventLoop()
        tab.try_panel.predictionShown.connect(self._shown)

    def _shown(self, _label: str) -> None:
        self.shown_at = time.perf_counter()
        self._loop.quit()

    def __call__(self, path: Path) -> float:
        from PySide6.QtCore import QTimer

        self.shown_at = None
        timeout = QTimer()
        timeout.setSingleShot(True)
        timeout.timeout.connect(self._loop.quit)
        timeout.start(30_000)
        started = time.perf_counter()
        drop(self.tab.try_area, [path])
        if self.shown_at is None:
            self._loop.exec()
        timeout.stop()
        if self.shown_at is None:
            raise RuntimeError(f"no prediction shown for {path.name}: {self.tab.try_panel.prediction_label.text()}")
        elapsed = self.shown_at - started
        wait_until(lambda: not self.tab.jobs.busy(), timeout=30, step_ms=1)  # the job's end, outside the timing
        return elapsed


def main() -> None:
    args = parse_args(__doc__.splitlines()[0])
    set_threads()
    repeats = {"40 px": 10, "1200 px": 4} if args.quick else {"40 px": 30, "1200 px": 10}

    app = qt_app()
    tmp = tempfile.TemporaryDirectory(prefix="mmstudio-bench-")
    root = Path(tmp.name)
    from mmstudio.core.checkpoint import save_bundle
    from mmstudio.core.predictor import Predictor
    from mmstudio.core.media.image.samples import write_shapes
    from mmstudio.gui import background
    from mmstudio.gui.tabs.image_tab import ImageTab

    started = time.perf_counter()
    bundle = train_bundle(write_shapes(root / "shapes", per_class=20, size=40))
    model_path = save_bundle(bundle, root / "shapes-cnn.mmstudio")
    images = {
        "40 px": draw_try_images(root / "try", 40, 10, seed=99),
        "1200 px": draw_try_images(root / "try", 1200, 4, seed=98),
    }
    print(f"model trained and saved in {time.perf_counter() - started:.1f} s; "
          f"{', '.join(f'{n} drops of {k} PNGs' for k, n in repeats.items())} (after 3 warm-up drops each)")

    window = main_window()
    tab = window.tab_for("image")
    wait_until(lambda: "starting" not in window.device_label.text(), timeout=60)
    tab.try_panel.load_model(model_path)
    if not wait_until(lambda: tab.session.predictor is not None, timeout=60):
        raise RuntimeError("the model did not load")
    wait_until(lambda: not tab.jobs.busy(), timeout=30)
    predictor = Predictor.from_file(model_path, device="cpu")
    gui = DropTimer(tab)

    def direct(path: Path) -> float:
        t = time.perf_counter()
        predictor.predict(path)
        return time.perf_counter() - t

    def worker(path: Path) -> float:
        t = time.perf_counter()
        prediction, preview, problem = background.try_example(predictor, path, ImageTab.render_preview)
        assert problem is None and prediction is not None and preview is not None
        return time.perf_counter() - t

    ways = {"direct": direct, "worker": worker, "gui": gui}
    times = {(kind, way): [] for kind in images for way in ways}
    for kind, paths in images.items():
        # Every call gets a different file from the call before it, as a user trying picture after picture
        # does: a cache of the last decoded picture (if the app keeps one) may serve the preview and the
        # prediction of one drop, but never a later call.
        files = itertools.cycle(paths)
        for _ in range(3):  # warm-up
            for measure in ways.values():
                measure(next(files))
        for rep in range(repeats[kind]):
            order = list(ways) if rep % 2 == 0 else list(reversed(ways))
            for way in order:
                times[(kind, way)].append(ways[way](next(files)) * 1000)
    window.discard_unsaved_models()
    window.close()
    app.processEvents()

    rows, metrics, goals = [], {"repeats": repeats}, []
    for kind in images:
        direct_ms = median(times[(kind, "direct")])
        for way in ways:
            values = times[(kind, way)]
            rows.append([kind, way, median(values), percentile(values, 0.95), max(values), median(values) / direct_ms])
            metrics[f"{kind.replace(' ', '')}_{way}"] = {
                "median_ms": median(values),
                "p95_ms": percentile(values, 0.95),
                "max_ms": max(values),
                "ratio_to_direct": median(values) / direct_ms,
            }
        goals.append(Goal(f"drop to prediction, {kind} PNG (median)", median(times[(kind, "gui")]), "<=", GOAL_MS, "ms"))
    print()
    print_table(["picture", "path", "median ms", "p95 ms", "max ms", "x direct"], rows)
    for kind in images:
        gap = median(times[(kind, "gui")]) - median(times[(kind, "worker")])
        extra = median(times[(kind, "worker")]) - median(times[(kind, "direct")])
        print(f"{kind}: the preview adds {extra:+.1f} ms to the model's own cost; job + Qt delivery + widgets add {gap:+.1f} ms")
    report("predict_latency", args.quick, metrics, goals)
    tmp.cleanup()


if __name__ == "__main__":
    main()
