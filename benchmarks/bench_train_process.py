"""The whole `mmstudio train image` process against a plain PyTorch script doing the same job, start to exit.

    .venv/bin/python benchmarks/bench_train_process.py [--quick]

Both read 3,000 28x28 grey digit PNGs (quality_data.py) and train the seed CNN for 5 epochs, batch 32, 2 threads.
The plain script (written here into a temporary folder) decodes with PIL, trains with torch.optim.Adam on every
picture and saves the weights. mmstudio is timed twice: as the command is typed (its default recipe: 20 % held
back and checked each epoch, augmentation, then the final model trained again on all examples, about twice the
work), and with `--no-fit-on-all --no-augment` (the same amount of training as the script, plus the checks).
With `--keras PYTHON` (a Python with Keras 3: `pip install keras tensorflow-cpu`, kept apart from mmstudio's
own environment), the design document's Keras script runs too: the same network (Conv2D 32 -> MaxPooling ->
Conv2D 64 -> MaxPooling -> Dense 64 -> softmax), Adam, sparse categorical cross-entropy, accuracy, `fit` for 5
epochs of batch 32, on the same PNGs decoded with PIL; its backend is KERAS_BACKEND's (tensorflow by default).
Medians of 3, interleaved; the ratio is mmstudio / plain (below 1: mmstudio is faster).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import REPO, Goal, median, parse_args, print_table, report
from quality_data import write_digits

PLAIN = '''
import sys, pathlib
import numpy as np, torch
from PIL import Image
from torch import nn
torch.set_num_threads(2)
root = pathlib.Path(sys.argv[1])
classes = sorted(p.name for p in root.iterdir() if p.is_dir())
files = [(f, k) for k, c in enumerate(classes) for f in sorted((root / c).glob("*.png"))]
x = torch.from_numpy(np.stack([np.asarray(Image.open(f).convert("L").resize((28, 28))) for f, _ in files]))
x = x.unsqueeze(1).float() / 255
y = torch.tensor([k for _, k in files])
torch.manual_seed(0)
model = nn.Sequential(nn.Conv2d(1, 32, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(32, 64, 3), nn.ReLU(), nn.MaxPool2d(2),
                      nn.Flatten(), nn.Linear(64 * 5 * 5, 64), nn.ReLU(), nn.Linear(64, len(classes)))
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for epoch in range(5):
    order = torch.randperm(len(y))
    for start in range(0, len(y), 32):
        idx = order[start:start + 32]
        optimizer.zero_grad()
        loss = nn.functional.cross_entropy(model(x[idx]), y[idx])
        loss.backward()
        optimizer.step()
torch.save(model.state_dict(), sys.argv[2])
'''


KERAS = '''
import os, sys, pathlib
import numpy as np
from PIL import Image
import keras
from keras import layers
root = pathlib.Path(sys.argv[1])
classes = sorted(p.name for p in root.iterdir() if p.is_dir())
files = [(f, k) for k, c in enumerate(classes) for f in sorted((root / c).glob("*.png"))]
x = np.stack([np.asarray(Image.open(f).convert("L").resize((28, 28))) for f, _ in files])[..., None] / 255.0
y = np.array([k for _, k in files])
keras.utils.set_random_seed(0)
model = keras.Sequential([
    keras.Input((28, 28, 1)),
    layers.Conv2D(32, (3, 3), activation="relu"), layers.MaxPooling2D((2, 2)),
    layers.Conv2D(64, (3, 3), activation="relu"), layers.MaxPooling2D((2, 2)),
    layers.Flatten(), layers.Dense(64, activation="relu"), layers.Dense(len(classes), activation="softmax"),
])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
model.fit(x, y, epochs=5, batch_size=32, verbose=0)
model.save_weights(sys.argv[2])
print(keras.backend.backend())
'''


def keras_environment() -> dict:
    """Two threads, as the others have (TensorFlow's own pools, and torch's when it is Keras's backend)."""
    return dict(os.environ, KERAS_BACKEND=os.environ.get("KERAS_BACKEND", "tensorflow"), OMP_NUM_THREADS="2",
                TF_NUM_INTRAOP_THREADS="2", TF_NUM_INTEROP_THREADS="1", TF_CPP_MIN_LOG_LEVEL="2")


def timed(command: list[str], environment: dict | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=REPO, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=environment)
    return time.perf_counter() - started


def main() -> None:
    args = parse_args(
        __doc__.splitlines()[0],
        lambda parser: parser.add_argument("--keras", metavar="PYTHON", help="a Python with Keras 3, to time the design's Keras script"),
    )
    count, repeats = (600, 1) if args.quick else (3000, 3)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        write_digits(tmp / "digits", count, 1)
        script = tmp / "plain.py"
        script.write_text(PLAIN)
        base = [sys.executable, "-m", "mmstudio", "train", "image", str(tmp / "digits"), "--out", str(tmp / "m.mmstudio"),
                "--epochs", "5", "--batch-size", "32", "--threads", "2"]
        commands = {
            "plain script": [sys.executable, str(script), str(tmp / "digits"), str(tmp / "plain.pt")],
            "mmstudio train (defaults)": base,
            "mmstudio train --no-fit-on-all --no-augment": base + ["--no-fit-on-all", "--no-augment"],
        }
        if args.keras:
            (tmp / "keras_script.py").write_text(KERAS)
            commands["Keras script"] = [args.keras, str(tmp / "keras_script.py"), str(tmp / "digits"), str(tmp / "k.weights.h5")]
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(repeats):
            for name, command in commands.items():
                times[name].append(timed(command, keras_environment() if name == "Keras script" else None))
    medians = {name: median(values) for name, values in times.items()}
    plain = medians["plain script"]
    print_table(["process", "median s", "ratio to plain"], [[n, m, m / plain] for n, m in medians.items()])
    same_work = medians["mmstudio train --no-fit-on-all --no-augment"] / plain
    goals = [Goal("mmstudio / plain, same work", same_work, "<=", 1.0)]
    if "Keras script" in medians:
        keras = medians["Keras script"]
        goals.append(Goal("mmstudio / Keras, same work", medians["mmstudio train --no-fit-on-all --no-augment"] / keras, "<=", 1.0))
        goals.append(Goal("mmstudio / Keras, as typed", medians["mmstudio train (defaults)"] / keras, "<=", 1.0))
    report(
        "train_process",
        args.quick,
        {"medians_s": medians, "ratio_defaults": medians["mmstudio train (defaults)"] / plain, "ratio_same_work": same_work},
        goals,
    )


if __name__ == "__main__":
    main()
