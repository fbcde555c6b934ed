"""How much the app's training loop costs over a plain hand-written PyTorch loop, for text models (lstm, bow).

App:      mmstudio.core.trainer.fit (drained, as the CLI does) on the TextModality's encoded data: a TextData
          whose batches are padded to the longest text of the batch, and which the recurrent models pack.
Baseline: a plain loop on the same model class with the same seeded init, the same token sequences (one
          LongTensor per text), the same batch size, Adam, epochs and seeded shuffling (so the same batches in
          the same order), each batch padded with `pad_sequence` to its longest text (the same padding, and so the
          same packing inside the model), and the same validation pass (batches of 256) after every epoch.

The texts are the generated English samples (mmstudio.core.media.text.samples), one to four sentences of one class
joined, so lengths vary (about 10 to 80 tokens) and padding and packing matter. They are read, split 80/20 per
class, given a vocabulary learnt from the training split and encoded exactly as the pipeline does. Runs are
interleaved (app, plain, plain, app, ...) after a warm-up; medians are reported. The first-epoch losses of both
are compared: 0 difference means they did the same arithmetic. Goal: app time / plain time <= 1.05.

    .venv/bin/python benchmarks/bench_text_training.py [--quick]
"""

from __future__ import annotations

import random
import time

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
BATCH_SIZE = 16  # the app's default
MODELS = ("lstm", "bow")
# bow is ~15x faster: more epochs per run. Many short runs give a steadier median than a few long ones on a
# machine where other processes come and go.
EPOCHS = {"lstm": 1, "bow": 10}


def make_texts(per_class: int) -> list[tuple[str, str]]:
    """(text, label): one to four generated sentences of the same class, joined."""
    from mmstudio.core.media.text.samples import english_samples

    rows = english_samples(per_class=per_class * 2, seed=7)
    by_class: dict[str, list[str]] = {}
    for text, label in rows:
        by_class.setdefault(label, []).append(text)
    rng = random.Random(SEED)
    texts = []
    for label, sentences in sorted(by_class.items()):
        for _ in range(per_class):
            texts.append((" ".join(rng.sample(sentences, rng.randint(1, 4))), label))
    rng.shuffle(texts)
    return texts


def make_data(per_class: int):
    """(train TextData, val TextData, classes, preprocessing), prepared as the pipeline prepares them."""
    import torch

    from mmstudio.core.media.text import MODELS as TEXT_MODELS
    from mmstudio.core.media.text.modality import TextModality
    from mmstudio.core.pipeline import stratified_split

    modality = TextModality()
    texts = make_texts(per_class)
    classes = sorted({label for _, label in texts})
    raws = [modality.read(text, {}) for text, _ in texts]
    labels = [classes.index(label) for _, label in texts]
    train_idx, val_idx = stratified_split(labels, 0.2, SEED)
    preprocessing = modality.fit([raws[i] for i in train_idx], dict(TEXT_MODELS["lstm"].preprocessing))
    data = modality.encode(raws, labels, preprocessing)
    return data.subset(torch.tensor(train_idx)), data.subset(torch.tensor(val_idx)), len(classes), preprocessing


def new_model(name: str, classes: int, preprocessing: dict):
    import torch

    from mmstudio.core.media.text import MODELS as TEXT_MODELS
    from mmstudio.core.media import build_model

    torch.manual_seed(SEED)  # also seeds dropout: both loops draw the same masks in the same order
    return build_model("text", name, classes, preprocessing, dict(TEXT_MODELS[name].config))


def run_app(name, train, val, classes, preprocessing, epochs) -> tuple[float, list[float]]:
    """Seconds for fit() and its per-epoch training losses."""
    import torch

    from mmstudio.core.settings import TrainSettings
    from mmstudio.core.reading import drain
    from mmstudio.core.trainer import fit

    model = new_model(name, classes, preprocessing)
    settings = TrainSettings(
        epochs=epochs, batch_size=BATCH_SIZE, learning_rate=LEARNING_RATE, seed=SEED, augment=False, device="cpu"
    )
    started = time.perf_counter()
    result = drain(fit(model, train, val, settings, torch.device("cpu")))
    seconds = time.perf_counter() - started
    return seconds, [record["loss"] for record in result.history]


def sequences(data) -> tuple[list, object]:
    """One LongTensor of token numbers per text, and the labels: what a plain PyTorch program would keep."""
    ids, lengths = data.inputs
    return [row[:n] for row, n in zip(ids, lengths.tolist())], data.labels


def run_plain(name, train_seqs, val_seqs, classes, preprocessing, epochs) -> tuple[float, list[float]]:
    """The hand-written loop, padding each batch with pad_sequence (same padding, so the same packing)."""
    import torch
    from torch.nn.utils.rnn import pad_sequence

    data = {"train": train_seqs, "val": val_seqs}

    def make_batch(split, index):
        seqs, labels = data[split]
        chosen = [seqs[i] for i in index.tolist()]
        lengths = torch.tensor([len(s) for s in chosen])
        return (pad_sequence(chosen, batch_first=True, padding_value=0), lengths), labels[index]

    model = new_model(name, classes, preprocessing)
    n, val_n = len(train_seqs[1]), len(val_seqs[1])
    return plain_training_loop(model, make_batch, n, val_n, BATCH_SIZE, epochs, SEED, LEARNING_RATE)


def main() -> None:
    args = parse_args(__doc__.splitlines()[0])
    set_threads()
    per_class, epochs, repeats = (100, EPOCHS, 5) if args.quick else (200, EPOCHS, 15)

    t0 = time.perf_counter()
    train, val, classes, preprocessing = make_data(per_class)
    train_seqs, val_seqs = sequences(train), sequences(val)
    lengths = train.lengths.float()
    print(
        f"data: {len(train)} training + {len(val)} validation texts, {len(preprocessing['vocabulary'])} words in the "
        f"vocabulary, {lengths.min():.0f}-{lengths.max():.0f} tokens (mean {lengths.mean():.0f}) "
        f"({time.perf_counter() - t0:.1f} s to make and encode); batch {BATCH_SIZE}; epochs per run: "
        f"{', '.join(f'{name} {epochs[name]}' for name in MODELS)}; "
        f"{repeats} interleaved runs; torch threads {THREADS}"
    )

    times = {(who, name): [] for who in ("app", "plain") for name in MODELS}
    same_losses = {}

    def run(who: str, name: str, epochs: int) -> tuple[float, list[float]]:
        if who == "app":
            return run_app(name, train, val, classes, preprocessing, epochs)
        return run_plain(name, train_seqs, val_seqs, classes, preprocessing, epochs)

    for name in MODELS:  # warm-up (allocator, kernels, first-call costs), and the check that both do the same work
        _, app_losses = run("app", name, 1)
        _, plain_losses = run("plain", name, 1)
        same_losses[name] = max(abs(a - b) for a, b in zip(app_losses, plain_losses))
    for rep in range(repeats):
        for name in MODELS:
            order = ("app", "plain") if rep % 2 == 0 else ("plain", "app")  # ABBA against drift
            for who in order:
                seconds, _ = run(who, name, epochs[name])
                times[(who, name)].append(seconds)

    rows = []
    metrics = {
        "train_examples": len(train),
        "val_examples": len(val),
        "vocabulary": len(preprocessing["vocabulary"]),
        "mean_tokens": float(lengths.mean()),
        "batch_size": BATCH_SIZE,
        "repeats": repeats,
    }
    goals = []
    for name in MODELS:
        samples = len(train) * epochs[name]
        compared = compare_runs(times[("app", name)], times[("plain", name)], samples)
        app_s, plain_s, ratio, paired = (compared[k] for k in ("app_s", "plain_s", "ratio", "paired_ratio"))
        rows.append([name, samples / app_s, samples / plain_s, app_s, plain_s, ratio, paired, f"{same_losses[name]:.1e}"])
        metrics[name] = {
            "epochs": epochs[name],
            **compared,
            "first_epoch_loss_difference": same_losses[name],
            "app_runs_s": times[("app", name)],
            "plain_runs_s": times[("plain", name)],
        }
        goals.append(Goal(f"app/plain time, {name}", ratio, "<=", GOAL_RATIO, "x"))
    print()
    print_table(
        ["model", "app samples/s", "plain samples/s", "app s", "plain s", "ratio", "paired ratio", "|loss diff| epoch 1"],
        rows,
    )
    print("samples/s = training texts x epochs / wall time of the whole run (validation passes included)")
    report("text_training", args.quick, metrics, goals)


if __name__ == "__main__":
    main()
