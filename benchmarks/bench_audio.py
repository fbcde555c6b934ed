"""Sound: the app's training loop against a plain PyTorch loop, drop-to-prediction for a 1 s clip, and reading
3,000 clips into a data set.

Training. App: mmstudio.core.trainer.fit (drained, as the CLI does) on the AudioModality's encoded data
(AudioData: log-mel images in dB, normalised per batch with the training split's band statistics), for the
`cnn` and `lstm` models, on the bundled speech sample (420 clips, 7 classes) read, split 80/20 per class, fitted
and encoded as the pipeline does. Baseline: a plain loop on the same model class with the same seeded init, the
same images normalised once up front, batch size, Adam, epochs, seeded shuffling (the same batches in the same
order) and a validation pass after every epoch. Runs interleaved (app, plain, plain, app, ...) after a warm-up;
medians reported; first-epoch losses compared. Goal: app time / plain time <= 1.05.

Drop-to-prediction: `Predictor.predict(path)` on 1 s clips as dropped (44.1 kHz stereo WAV, so decoding,
mixdown and resampling all count), a different file each call, with the time split into reading (decode +
mixdown + resample), features and the network. Goal: median <= 100 ms.

Reading: `read_examples` over 3,000 one-second clips (a third each 16 kHz FLAC, 44.1 kHz stereo WAV,
48 kHz OGG/Vorbis), then `fit` and `encode`: clips/s, and where the time goes (decode, resample, features).

    .venv/bin/python benchmarks/bench_audio.py [--quick]
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from _common import THREADS, Goal, compare_runs, median, parse_args, percentile, plain_training_loop, print_table, report, set_threads

GOAL_RATIO = 1.05
GOAL_PREDICT_MS = 100.0
SEED = 0
LEARNING_RATE = 1e-3
BATCH_SIZE = 16  # the app's default
MODELS = ("cnn", "lstm")
EPOCHS = {"cnn": 2, "lstm": 2}


def sample_data():
    """(train AudioData, val AudioData, classes, preprocessing) of the speech sample, as the pipeline makes them."""
    import torch

    from mmstudio.core.media import get_modality
    from mmstudio.core.media.audio import MODELS as AUDIO_MODELS
    from mmstudio.core.media.audio import noise_labels
    from mmstudio.core.pipeline import labelled_from_folder, stratified_split
    from mmstudio.core.resources import sample_path

    modality = get_modality("audio")
    labelled, classes, _ = labelled_from_folder(sample_path("speech"), modality)
    preprocessing = {**AUDIO_MODELS["cnn"].preprocessing, "noise_labels": noise_labels(classes)}
    raws = [modality.read(path, preprocessing) for path, _ in labelled]
    labels = [classes.index(name) for _, name in labelled]
    train_idx, val_idx = stratified_split(labels, 0.2, SEED)
    preprocessing = modality.fit([raws[i] for i in train_idx], preprocessing)
    data = modality.encode(raws, labels, preprocessing)
    return data.subset(torch.tensor(train_idx)), data.subset(torch.tensor(val_idx)), len(classes), preprocessing


def new_model(name: str, classes: int, preprocessing: dict):
    import torch

    from mmstudio.core.media import build_model
    from mmstudio.core.media.audio import MODELS as AUDIO_MODELS

    torch.manual_seed(SEED)
    return build_model("audio", name, classes, preprocessing, dict(AUDIO_MODELS[name].config))


def run_app(name, train, val, classes, preprocessing, epochs) -> tuple[float, list[float]]:
    import torch

    from mmstudio.core.reading import drain
    from mmstudio.core.settings import TrainSettings
    from mmstudio.core.trainer import fit

    model = new_model(name, classes, preprocessing)
    settings = TrainSettings(epochs=epochs, batch_size=BATCH_SIZE, learning_rate=LEARNING_RATE, seed=SEED, device="cpu")
    started = time.perf_counter()
    result = drain(fit(model, train, val, settings, torch.device("cpu")))
    return time.perf_counter() - started, [record["loss"] for record in result.history]


def run_plain(name, tensors, classes, preprocessing, epochs) -> tuple[float, list[float]]:
    def make_batch(split, index):
        inputs, labels = tensors[split]
        return inputs[index], labels[index]

    model = new_model(name, classes, preprocessing)
    n, val_n = len(tensors["train"][1]), len(tensors["val"][1])
    return plain_training_loop(model, make_batch, n, val_n, BATCH_SIZE, epochs, SEED, LEARNING_RATE)


def bench_training(repeats: int) -> tuple[dict, list[Goal]]:
    import torch

    t0 = time.perf_counter()
    train, val, classes, preprocessing = sample_data()
    # what a PyTorch programmer would keep: the normalised images, made once
    tensors = {split: data.batch(torch.arange(len(data))) for split, data in (("train", train), ("val", val))}
    print(
        f"training data: {len(train)} + {len(val)} clips of the speech sample, {classes} classes "
        f"({time.perf_counter() - t0:.1f} s to read and encode); batch {BATCH_SIZE}; {repeats} interleaved runs"
    )
    times = {(who, name): [] for who in ("app", "plain") for name in MODELS}
    same_losses = {}

    def run(who, name, epochs):
        if who == "app":
            return run_app(name, train, val, classes, preprocessing, epochs)
        return run_plain(name, tensors, classes, preprocessing, epochs)

    for name in MODELS:
        _, app_losses = run("app", name, 1)
        _, plain_losses = run("plain", name, 1)
        same_losses[name] = max(abs(a - b) for a, b in zip(app_losses, plain_losses))
    for rep in range(repeats):
        for name in MODELS:
            for who in ("app", "plain") if rep % 2 == 0 else ("plain", "app"):
                times[(who, name)].append(run(who, name, EPOCHS[name])[0])
    rows, metrics, goals = [], {}, []
    for name in MODELS:
        samples = len(train) * EPOCHS[name]
        compared = compare_runs(times[("app", name)], times[("plain", name)], samples)
        rows.append(
            [name, compared["app_samples_per_s"], compared["plain_samples_per_s"], compared["ratio"],
             compared["paired_ratio"], f"{same_losses[name]:.1e}"]
        )
        metrics[name] = {**compared, "epochs": EPOCHS[name], "first_epoch_loss_difference": same_losses[name]}
        goals.append(Goal(f"app/plain training time, {name}", compared["ratio"], "<=", GOAL_RATIO, "x"))
    print_table(["model", "app samples/s", "plain samples/s", "ratio", "paired ratio", "|loss diff| epoch 1"], rows)
    return metrics, goals


def write_clips(folder: Path, count: int) -> list[Path]:
    """`count` one-second clips: a third each 16 kHz FLAC, 44.1 kHz stereo WAV, 48 kHz OGG/Vorbis."""
    import numpy as np
    import soundfile

    rng = np.random.default_rng(SEED)
    kinds = [(16000, 1, "FLAC", None, ".flac"), (44100, 2, "WAV", "PCM_16", ".wav"), (48000, 1, "OGG", "VORBIS", ".ogg")]
    paths = []
    for k in range(count):
        rate, channels, container, subtype, suffix = kinds[k % 3]
        t = np.arange(rate) / rate
        sound = 0.3 * np.sin(2 * np.pi * rng.uniform(200, 3000) * t) + 0.05 * rng.standard_normal(rate)
        path = folder / f"clip_{k:04d}{suffix}"
        soundfile.write(path, np.stack([sound] * channels, axis=1), rate, format=container, subtype=subtype)
        paths.append(path)
    return paths


def bench_reading(count: int) -> dict:
    import soundfile

    from mmstudio.core.media import get_modality
    from mmstudio.core.media.audio import MODELS as AUDIO_MODELS
    from mmstudio.core.media.audio.features import FeatureSettings, log_mel
    from mmstudio.core.media.audio.reading import resample
    from mmstudio.core.reading import drain, read_examples

    modality = get_modality("audio")
    preprocessing = dict(AUDIO_MODELS["cnn"].preprocessing)
    settings = FeatureSettings.from_preprocessing(preprocessing)
    with tempfile.TemporaryDirectory(prefix="mmstudio-bench-") as tmp:
        paths = write_clips(Path(tmp), count)
        started = time.perf_counter()
        read = drain(read_examples(modality, [(path, 0) for path in paths], preprocessing))
        read_s = time.perf_counter() - started
        started = time.perf_counter()
        fitted = modality.fit(read.raws, preprocessing)
        modality.encode(read.raws, read.labels, fitted)
        encode_s = time.perf_counter() - started
        decode_s = resample_s = features_s = 0.0
        for path in paths:  # the same work, stage by stage
            t0 = time.perf_counter()
            samples, rate = soundfile.read(path, dtype="float32", always_2d=True)
            mono = samples.mean(axis=1)
            t1 = time.perf_counter()
            mono = resample(mono, rate, settings.rate)
            t2 = time.perf_counter()
            log_mel(mono[: settings.clip_samples], settings)
            t3 = time.perf_counter()
            decode_s, resample_s, features_s = decode_s + t1 - t0, resample_s + t2 - t1, features_s + t3 - t2
    assert not read.skipped
    per_clip = {name: seconds / count * 1000 for name, seconds in
                (("read", read_s), ("decode", decode_s), ("resample", resample_s), ("features", features_s))}
    metrics = {
        "clips": count,
        "read_s": read_s,
        "clips_per_s": count / read_s,
        "fit_and_encode_s": encode_s,
        **{f"{name}_ms_per_clip": value for name, value in per_clip.items()},
        "rest_ms_per_clip": per_clip["read"] - per_clip["decode"] - per_clip["resample"] - per_clip["features"],
    }
    print(
        f"\nreading {count} clips: {read_s:.2f} s ({count / read_s:,.0f} clips/s), then fit + encode {encode_s:.2f} s. "
        f"Per clip: {per_clip['read']:.2f} ms, of which decode + mixdown {per_clip['decode']:.2f}, resample "
        f"{per_clip['resample']:.2f}, log-mel {per_clip['features']:.2f}, the rest (opening, header checks, seeking, "
        f"clip fitting) {metrics['rest_ms_per_clip']:.2f} ms"
    )
    return metrics


def bench_predict(calls: int) -> tuple[dict, Goal]:
    import torch

    from mmstudio.core.checkpoint import ModelBundle
    from mmstudio.core.media.audio.features import log_mel
    from mmstudio.core.media.audio.modality import feature_settings
    from mmstudio.core.media.audio.reading import read_middle
    from mmstudio.core.predictor import Predictor

    train, val, classes, preprocessing = sample_data()
    model = new_model("cnn", classes, preprocessing)
    bundle = ModelBundle("audio", "cnn", [f"class {k}" for k in range(classes)], preprocessing, model.state_dict())
    predictor = Predictor(bundle, "cpu")
    settings = feature_settings(preprocessing)
    with tempfile.TemporaryDirectory(prefix="mmstudio-bench-") as tmp:
        paths = [p for p in write_clips(Path(tmp), 30) if p.suffix == ".wav"]
        predictor.predict(paths[0])  # warm-up
        total, reading, features, network = [], [], [], []
        for k in range(calls):
            path = paths[k % len(paths)]
            t0 = time.perf_counter()
            predictor.predict(path)
            t1 = time.perf_counter()
            samples = read_middle(path, settings.rate, 1.0)
            t2 = time.perf_counter()
            image = log_mel(samples, settings)
            t3 = time.perf_counter()
            with torch.no_grad():
                inputs, _ = predictor.modality.encode([image], [0], preprocessing).batch(torch.arange(1))
                predictor.model(inputs)
            t4 = time.perf_counter()
            total.append((t1 - t0) * 1000)
            reading.append((t2 - t1) * 1000)
            features.append((t3 - t2) * 1000)
            network.append((t4 - t3) * 1000)
    metrics = {
        "calls": calls,
        "median_ms": median(total),
        "p95_ms": percentile(total, 0.95),
        "max_ms": max(total),
        "read_median_ms": median(reading),
        "features_median_ms": median(features),
        "network_median_ms": median(network),
    }
    print(
        f"\ndrop-to-prediction, 1 s 44.1 kHz stereo WAV: median {metrics['median_ms']:.1f} ms, p95 "
        f"{metrics['p95_ms']:.1f} ms (read {metrics['read_median_ms']:.1f}, log-mel {metrics['features_median_ms']:.1f}, "
        f"network {metrics['network_median_ms']:.1f} ms)"
    )
    return metrics, Goal("drop-to-prediction, 1 s clip, median", metrics["median_ms"], "<=", GOAL_PREDICT_MS, "ms")


def main() -> None:
    args = parse_args(__doc__.splitlines()[0])
    set_threads()
    repeats, clips, calls = (3, 600, 40) if args.quick else (9, 3000, 200)
    print(f"torch threads {THREADS}")
    training, goals = bench_training(repeats)
    reading = bench_reading(clips)
    predicting, goal = bench_predict(calls)
    report("audio", args.quick, {"training": training, "reading": reading, "predict": predicting}, [*goals, goal])


if __name__ == "__main__":
    main()
