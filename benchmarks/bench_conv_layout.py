"""One training step of the picture networks, in the usual (NCHW) layout and channels-last, as the app builds them.

    .venv/bin/python benchmarks/bench_conv_layout.py [--quick]

The seed CNN and the autoencoder on 28x28 grey pictures, batch 32, Adam, 2 threads: the same network built once
as mmstudio builds it (channels-last, image/models.py) and once turned back to NCHW, trained on the same random
batches in interleaved rounds. Reports the median milliseconds per step and the ratio channels-last / NCHW.
"""

from __future__ import annotations

import time

from _common import Goal, median, parse_args, print_table, report, set_threads


def step_ms(network, pictures, labels, steps: int) -> float:
    import torch

    optimizer = torch.optim.Adam(network.parameters(), lr=1e-3)
    generator = torch.Generator().manual_seed(0)
    started = time.perf_counter()
    for _ in range(steps):
        chosen = torch.randint(0, len(labels), (32,), generator=generator)
        optimizer.zero_grad(set_to_none=True)
        loss, _ = network.training_loss(pictures[chosen], labels[chosen])
        loss.backward()
        optimizer.step()
    return (time.perf_counter() - started) / steps * 1000


def main() -> None:
    args = parse_args(__doc__.splitlines()[0])
    import torch

    from mmstudio.core.media import build_model

    set_threads()
    rounds, steps = (3, 40) if args.quick else (9, 150)
    pictures, labels = torch.rand(3000, 1, 28, 28), torch.randint(0, 10, (3000,))
    rows, metrics, goals = [], {}, []
    for model in ("cnn", "autoencoder"):
        times = {"channels-last": [], "NCHW": []}
        for _ in range(rounds):
            for layout in times:
                torch.manual_seed(0)
                network = build_model("image", model, 10, {"size": 28, "channels": 1}, {}).train()
                if layout == "NCHW":
                    network = network.to(memory_format=torch.contiguous_format)
                times[layout].append(step_ms(network, pictures, labels, steps))
        last, usual = median(times["channels-last"]), median(times["NCHW"])
        rows.append([model, usual, last, last / usual])
        metrics[model] = {"nchw_ms": usual, "channels_last_ms": last, "ratio": last / usual}
        goals.append(Goal(f"{model}: channels-last / NCHW", last / usual, "<=", 1.0))
    print_table(["network", "NCHW ms/step", "channels-last ms/step", "ratio"], rows)
    report("conv_layout", args.quick, metrics, goals)


if __name__ == "__main__":
    main()
