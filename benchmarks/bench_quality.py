"""Accuracy and time of each medium's default model: mmstudio's OLD recipe, its NEW default recipe, and a plain
hand-written PyTorch loop, side by side on the same data and the same test examples (never trained on).

    .venv/bin/python benchmarks/bench_quality.py [--quick] [--only digits keywords ...]

OLD = the recipe before issue 9: batch 16, Adam at a constant 0.001, 20 % held back and never trained on,
no augmentation. NEW = `TrainSettings()` with only the epochs set. PLAIN = the same network (same seeded start)
trained with Adam 0.001, batch 32, on every training example, the last weights kept: what a PyTorch programmer
writes first. Times are whole runs (reading, preprocessing, training) with 2 torch threads. Data sets are made
here (quality_data.py) or bundled (resources/samples). Goal: NEW at least as accurate as PLAIN on every set
(one point of slack for the sets of a few hundred examples, where one example is 0.5-1 point).
"""

from __future__ import annotations

import random
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from _common import Goal, parse_args, print_table, report, set_threads
from quality_data import keyword_sentences, long_cjk_texts, write_digits

OLD = {"batch_size": 16, "learning_rate": 1e-3, "schedule": "constant", "weight_decay": 0.0, "patience": 0,
       "fit_on_all": False, "augment": False}


@dataclass
class DataSet:
    name: str
    medium: str
    model: str
    epochs: int
    make: object  # folder -> (train labelled, test labelled)


def _split(labelled: list, test_share: float, seed: int) -> tuple[list, list]:
    """Every class split the same way: about `test_share` of its examples for the test."""
    rng = random.Random(seed)
    train, test = [], []
    for name in sorted({label for _, label in labelled}):
        members = [pair for pair in labelled if pair[1] == name]
        rng.shuffle(members)
        held = round(len(members) * test_share)
        test += members[:held]
        train += members[held:]
    return train, test


def _folder_pairs(root: Path, suffixes: tuple[str, ...]) -> list:
    return [(path, path.parent.name) for path in sorted(root.rglob("*")) if path.suffix.lower() in suffixes]


def _csv_pairs(path: Path) -> list:
    import csv

    with path.open(encoding="utf-8") as handle:
        return [(row["text"], row["label"]) for row in csv.DictReader(handle)]


def data_sets(quick: bool) -> list[DataSet]:
    from mmstudio.core.resources import sample_path

    samples = sample_path("shapes").parent
    digits = (600, 200) if quick else (3000, 1000)
    return [
        DataSet("digits", "image", "cnn", 15, lambda tmp: (write_digits(tmp / "train", digits[0], 1), write_digits(tmp / "test", digits[1], 2))),
        DataSet("shapes (sample)", "image", "cnn", 15, lambda tmp: _split(_folder_pairs(samples / "shapes", (".png",)), 0.25, 0)),
        DataSet("keywords", "text", "bow", 15, lambda tmp: (keyword_sentences(600 if quick else 3000, 1), keyword_sentences(1000, 2))),
        DataSet("English (sample)", "text", "bow", 15, lambda tmp: _split(_csv_pairs(samples / "text_en.csv"), 0.25, 0)),
        DataSet("Chinese (sample)", "text", "bow", 15, lambda tmp: _split(_csv_pairs(samples / "text_zh.csv"), 0.25, 0)),
        DataSet("long Chinese-like", "text", "bow", 15, lambda tmp: (long_cjk_texts(400 if quick else 1600, 1), long_cjk_texts(400, 2))),
        DataSet("long Chinese-like", "text", "lstm", 15, lambda tmp: (long_cjk_texts(400 if quick else 1600, 1), long_cjk_texts(400, 2))),
        DataSet("speech (sample)", "audio", "cnn", 15, lambda tmp: _split(_folder_pairs(samples / "speech", (".wav", ".flac", ".ogg")), 0.25, 0)),
    ]


def classes_of(labelled: list) -> list[str]:
    return sorted({label for _, label in labelled})


def run_mmstudio(data: DataSet, train: list, test: list, **settings) -> tuple[float, float, dict]:
    """(test accuracy, seconds, the run's metrics) of the pipeline with these settings."""
    from mmstudio.core.evaluation import evaluate_examples
    from mmstudio.core.events import Failed, Finished
    from mmstudio.core.media import get_modality
    from mmstudio.core.pipeline import train_examples
    from mmstudio.core.settings import TrainSettings

    started = time.perf_counter()
    events = list(
        train_examples(get_modality(data.medium), train, classes_of(train), data.model, TrainSettings(epochs=data.epochs, **settings))
    )
    seconds = time.perf_counter() - started
    outcome = events[-1]
    if isinstance(outcome, Failed):
        raise SystemExit(f"{data.name}: {outcome.message}")
    assert isinstance(outcome, Finished)
    evaluation, _ = evaluate_examples(outcome.bundle, test)
    return evaluation["accuracy"], seconds, outcome.bundle.metrics


def run_plain(data: DataSet, train: list, test: list, seed: int = 0) -> tuple[float, float]:
    """(test accuracy, seconds) of the loop a PyTorch programmer writes first, on mmstudio's encoding."""
    import torch

    from mmstudio.core.encoded import in_order
    from mmstudio.core.media import build_model, get_modality
    from mmstudio.core.reading import drain, read_examples

    modality = get_modality(data.medium)
    classes = classes_of(train)
    index = {name: k for k, name in enumerate(classes)}
    spec = modality.spec(data.model)

    started = time.perf_counter()
    read = drain(read_examples(modality, [(item, index[label]) for item, label in train], dict(spec.preprocessing)))
    preprocessing = modality.fit(read.raws, dict(spec.preprocessing))
    encoded = modality.encode(read.raws, read.labels, preprocessing)
    torch.manual_seed(seed)
    model = build_model(modality.name, data.model, len(classes), preprocessing, {})
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    generator = torch.Generator().manual_seed(seed)
    for _ in range(data.epochs):
        model.train()
        order = torch.randperm(len(encoded), generator=generator)
        for start in range(0, len(encoded), 32):
            inputs, labels = encoded.batch(order[start : start + 32])
            optimizer.zero_grad()
            loss, _ = model.training_loss(inputs, labels)
            loss.backward()
            optimizer.step()
    seconds = time.perf_counter() - started

    tested = drain(read_examples(modality, [(item, index[label]) for item, label in test], preprocessing))
    model.eval()
    correct = 0
    with torch.no_grad():
        for inputs, labels in in_order(modality.encode(tested.raws, tested.labels, preprocessing)):
            correct += (model(inputs).argmax(1) == labels).sum().item()
    return correct / len(tested.labels), seconds


def main() -> None:
    names = [d.name for d in data_sets(True)]
    args = parse_args(__doc__.splitlines()[0], lambda p: p.add_argument("--only", nargs="+", choices=sorted(set(names))))
    set_threads()
    rows, metrics, goals = [], {}, []
    with tempfile.TemporaryDirectory() as folder:
        for data in data_sets(args.quick):
            if args.only and data.name not in args.only:
                continue
            tmp = Path(folder) / data.name.split()[0]
            train, test = data.make(tmp)
            old, old_s, _ = run_mmstudio(data, train, test, **OLD)
            new, new_s, new_metrics = run_mmstudio(data, train, test)
            plain, plain_s = run_plain(data, train, test)
            label = f"{data.name} / {data.model}"
            best = new_metrics.get("best_epoch")
            rows.append([label, len(train), len(test), f"{old:.1%}", f"{new:.1%}", f"{plain:.1%}", f"{old_s:.1f}", f"{new_s:.1f}", f"{plain_s:.1f}", best])
            metrics[label] = {"old": old, "new": new, "plain": plain, "old_s": old_s, "new_s": new_s, "plain_s": plain_s, "best_epoch": best}
            slack = 0.01 if len(test) < 500 else 0.0
            goals.append(Goal(f"{label}: new - plain", round((new - plain) * 100, 2), ">=", -slack * 100, "points"))
            print(f"{label}: old {old:.1%}  new {new:.1%}  plain {plain:.1%}", flush=True)
    print()
    print_table(
        ["data set / model", "train", "test", "old", "new", "plain", "old s", "new s", "plain s", "best epoch"], rows
    )
    report("quality", args.quick, metrics, goals)


if __name__ == "__main__":
    main()
