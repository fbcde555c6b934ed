"""What an explanation costs: `mmstudio.core.explain.explain(predictor, item)` per medium and model, against one
prediction of the same example.

App:      `explain(predictor, item)`, what `mmstudio explain` and the window's "why?" view call: pictures by
          integrated gradients (32 points of the path, one batch with gradients), texts by leaving each word out
          (one shortened copy per word, batches of 64), sounds by occlusion of time x frequency cells (104 cells
          of a one-second clip, batches of 64). The pretrained-encoder models by occlusion of the raw example
          through their encoder: mobilenet 64 patches (one batch), minilm one string per word, speech 104 cells
          silenced in the sound (each copy through the speech embedding).
Baseline: `predictor.predict(item)` on the same example (reading included in both; an encoder model's feature
          cache emptied first, so the encoder runs), interleaved call by call
          after a warm-up; the ratio of the medians says how many predictions one explanation costs.

The models are trained in-process with the pipeline for a few epochs on the bundled samples (shapes, the English
text sample, the speech sample), so they are real; the examples are sample files (texts: sample sentences,
typed). Goals: a typed sentence is explained within 50 ms (p95: it follows typing); a picture or a one-second
sound within 250 ms (median). The encoder models have no goal yet (every altered copy goes through a pretrained
network: about a second); mobilenet runs with random weights in a temporary data folder (the real ones are a
download; the time does not depend on the values), minilm and speech with the installed ones.

    .venv/bin/python benchmarks/bench_explain.py [--quick] [--models mobilenet minilm speech]
"""

from __future__ import annotations

import csv
import time

from _common import THREADS, Goal, median, parse_args, percentile, print_table, report, set_threads

TEXT_GOAL_MS = 50.0
OTHER_GOAL_MS = 250.0
CASES = (
    ("image", "cnn"),
    ("image", "autoencoder"),
    ("text", "bow"),
    ("text", "lstm"),
    ("audio", "cnn"),
    ("image", "mobilenet"),
    ("text", "minilm"),
    ("audio", "speech"),
)
ENCODER_MODELS = {"mobilenet", "minilm", "speech"}
EPOCHS = {"image": 3, "text": 5, "audio": 2}


def sample_examples(medium: str):
    """(labelled examples, class names) of the bundled sample of this medium."""
    from mmstudio.core.media import get_modality
    from mmstudio.core.pipeline import labelled_from_folder
    from mmstudio.core.resources import sample_path

    if medium == "text":
        with sample_path("text_en.csv").open(encoding="utf-8", newline="") as handle:
            rows = [(row["text"], row["label"]) for row in csv.DictReader(handle)]
        return rows, sorted({label for _, label in rows})
    labelled, classes, _ = labelled_from_folder(sample_path("shapes" if medium == "image" else "speech"), get_modality(medium))
    return labelled, classes


def random_mobilenet_weights() -> dict:
    """The preprocessing naming random MobileNetV3 weights, imported into a temporary data folder."""
    import os
    import tempfile
    from pathlib import Path

    import torch

    from mmstudio.core.media.image import pretrained
    from mmstudio.core.media.image.mobilenet import MobileNetV3Small

    folder = Path(tempfile.mkdtemp(prefix="bench_explain_"))
    os.environ["MMSTUDIO_DATA_DIR"] = str(folder)
    torch.save(MobileNetV3Small().state_dict(), folder / "weights.pth")
    return {"encoder_sha256": pretrained.import_weights(folder / "weights.pth")}


def trained_predictor(medium: str, model: str, labelled, classes):
    from mmstudio.core.events import Failed, Finished
    from mmstudio.core.media import get_modality
    from mmstudio.core.media.audio import noise_labels
    from mmstudio.core.pipeline import train_examples
    from mmstudio.core.predictor import Predictor
    from mmstudio.core.settings import TrainSettings

    preprocessing = {"noise_labels": noise_labels(classes)} if medium == "audio" else None
    if model == "mobilenet":
        preprocessing = random_mobilenet_weights()
    settings = TrainSettings(epochs=EPOCHS[medium], device="cpu")
    for event in train_examples(get_modality(medium), labelled, classes, model, settings, preprocessing):
        if isinstance(event, Failed):
            raise SystemExit(event.message)
        if isinstance(event, Finished):
            return Predictor(event.bundle)


def timed(action) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def predict_unseen(predictor, item) -> None:
    """One prediction as of an example never seen: an encoder model's feature cache (which would serve the
    training examples without running the encoder) is emptied first."""
    if hasattr(predictor.modality, "features_of"):
        predictor.modality._feature_cache().clear()
    predictor.predict(item)


def measure(predictor, items: list, calls: int) -> dict:
    from mmstudio.core.explain import explain

    for item in items[:3]:  # warm-up
        explain(predictor, item)
        predict_unseen(predictor, item)
    explaining, predicting = [], []
    for k in range(calls):
        item = items[k % len(items)]
        pair = [(explaining, lambda: explain(predictor, item)), (predicting, lambda: predict_unseen(predictor, item))]
        for times, action in pair if k % 2 == 0 else reversed(pair):  # alternate which goes first
            times.append(timed(action))
    explain_ms, predict_ms = median(explaining), median(predicting)
    return {
        "explain_median_ms": explain_ms,
        "explain_p95_ms": percentile(explaining, 0.95),
        "predict_median_ms": predict_ms,
        "ratio": explain_ms / predict_ms,
    }


def _add_models_option(parser) -> None:
    parser.add_argument("--models", nargs="+", metavar="MODEL", help="only these models (default: all)")


def main() -> None:
    args = parse_args(__doc__.splitlines()[0], _add_models_option)
    set_threads()
    calls = 10 if args.quick else 40
    metrics, rows, goals = {}, [], []
    for medium, model in [case for case in CASES if not args.models or case[1] in args.models]:
        labelled, classes = sample_examples(medium)
        predictor = trained_predictor(medium, model, labelled, classes)
        items = [item for item, _ in labelled[:: max(1, len(labelled) // 20)]]
        result = measure(predictor, items, calls)
        name = f"{medium}/{model}"
        metrics[name] = result
        rows.append([name, result["explain_median_ms"], result["explain_p95_ms"], result["predict_median_ms"], result["ratio"]])
        if model in ENCODER_MODELS:
            continue
        if medium == "text":
            goals.append(Goal(f"{name} explain p95", result["explain_p95_ms"], "<=", TEXT_GOAL_MS, "ms"))
        else:
            goals.append(Goal(f"{name} explain median", result["explain_median_ms"], "<=", OTHER_GOAL_MS, "ms"))
    print(f"torch threads: {THREADS}; {calls} calls each, interleaved with a prediction of the same example")
    print_table(["model", "explain median ms", "explain p95 ms", "predict median ms", "explain / predict"], rows)
    report("explain", args.quick, metrics, goals)


if __name__ == "__main__":
    main()
