"""Predict-as-you-type latency: `Predictor(bundle).predict(text)` on a 1,000-character text, English and Chinese,
with the bag-of-words (bow) and the LSTM model.

App:      `Predictor.predict(text)`, the call the Text tab's try-it box and `mmstudio predict --text` make: read
          the typed text, tokenize it (NFKC, lower case, words or Chinese characters + character pairs, cut to
          the model's 200 tokens), look the tokens up in the vocabulary, batch, run the model, softmax, and
          turn the probabilities into a dict.
Baseline: the model's forward pass alone (under `torch.no_grad`, in eval mode) on the same text already
          encoded: the token numbers and length made once before timing. The difference is what reading the
          text costs (tokenization and encoding); a third path, `encode`, times that part alone
          (`modality.read` + `modality.encode` + `data.batch`, no model).

The models are trained in-process for a few epochs on the generated samples (mmstudio.core.media.text.samples) with the
pipeline (`train_examples`), so vocabularies and weights are real. The 1,000-character texts are sample
sentences joined. The three paths are interleaved call by call (rotating which goes first) after a warm-up;
median, p95 and max over ~200 calls each. Goal: the Predictor's p95 <= 20 ms for each model and language.

    .venv/bin/python benchmarks/bench_text_predict.py [--quick]
"""

from __future__ import annotations

import time

from _common import (
    THREADS,
    Goal,
    median,
    parse_args,
    percentile,
    print_table,
    report,
    set_threads,
)

GOAL_MS = 20.0
TEXT_CHARS = 1000
MODELS = ("bow", "lstm")
LANGUAGES = ("en", "zh")


def samples(language: str, per_class: int) -> list[tuple[str, str]]:
    from mmstudio.core.media.text.samples import chinese_samples, english_samples

    return (english_samples if language == "en" else chinese_samples)(per_class=per_class, seed=11)


def long_text(language: str) -> str:
    """Sample sentences of every class joined up to exactly TEXT_CHARS characters (a pasted paragraph)."""
    rows = samples(language, 40)
    separator = " " if language == "en" else ""
    text = ""
    for sentence, _ in rows:
        text += sentence + separator
        if len(text) >= TEXT_CHARS:
            break
    return text[:TEXT_CHARS]


def train_bundle(language: str, model: str, epochs: int):
    """A real model from the pipeline, as the app trains it (default settings but the epochs)."""
    from mmstudio.core.settings import TrainSettings
    from mmstudio.core.events import Failed, Finished
    from mmstudio.core.media import get_modality
    from mmstudio.core.pipeline import train_examples

    rows = samples(language, 80)
    classes = sorted({label for _, label in rows})
    modality = get_modality("text")
    settings = TrainSettings(epochs=epochs, device="cpu")
    for event in train_examples(modality, rows, classes, model, settings):
        if isinstance(event, Failed):
            raise RuntimeError(event.message)
        if isinstance(event, Finished):
            return event.bundle
    raise RuntimeError("training ended without a result")


def main() -> None:
    args = parse_args(__doc__.splitlines()[0])
    set_threads()
    import torch

    from mmstudio.core.predictor import Predictor

    calls, warmup, epochs = (60, 10, 2) if args.quick else (200, 20, 5)
    started = time.perf_counter()
    cases = {}
    for language in LANGUAGES:
        text = long_text(language)
        for model in MODELS:
            bundle = train_bundle(language, model, epochs)
            predictor = Predictor(bundle, device="cpu")
            modality = predictor.modality
            data = modality.encode([modality.read(text, bundle.preprocessing)], [0], bundle.preprocessing)
            inputs, _ = data.batch(torch.arange(1))
            cases[(language, model)] = (predictor, text, inputs, int(inputs[1][0]), bundle.metrics["accuracy"])
    print(
        f"{len(cases)} models trained in {time.perf_counter() - started:.1f} s ({epochs} epochs each); texts of "
        f"{TEXT_CHARS} characters; {calls} interleaved calls per path after {warmup} warm-up calls; "
        f"torch threads {THREADS}"
    )

    rows, metrics, goals = [], {"calls": calls, "text_chars": TEXT_CHARS}, []
    for (language, model), (predictor, text, inputs, tokens, accuracy) in cases.items():
        network, modality, preprocessing = predictor.model, predictor.modality, predictor.bundle.preprocessing

        def app() -> None:
            predictor.predict(text)

        def encode() -> None:
            modality.encode([modality.read(text, preprocessing)], [0], preprocessing).batch(torch.arange(1))

        @torch.no_grad()
        def forward() -> None:
            network(inputs)

        ways = {"predict": app, "encode": encode, "forward": forward}
        names = list(ways)
        times = {name: [] for name in ways}
        for k in range(warmup + calls):
            order = names[k % 3 :] + names[: k % 3]  # rotate which goes first, against drift and cache effects
            for name in order:
                t = time.perf_counter()
                ways[name]()
                elapsed = (time.perf_counter() - t) * 1000
                if k >= warmup:
                    times[name].append(elapsed)
        case = f"{language}_{model}"
        metrics[case] = {"tokens": tokens, "val_accuracy": accuracy}
        for name in names:
            values = times[name]
            rows.append([language, model, tokens, name, median(values), percentile(values, 0.95), max(values)])
            metrics[case][name] = {
                "median_ms": median(values),
                "p95_ms": percentile(values, 0.95),
                "max_ms": max(values),
            }
        overhead = median(times["predict"]) - median(times["forward"])
        metrics[case]["overhead_ms"] = overhead
        metrics[case]["encode_share"] = median(times["encode"]) / median(times["predict"])
        goals.append(Goal(f"predict {TEXT_CHARS} chars, {language} {model} (p95)", percentile(times["predict"], 0.95),
                          "<=", GOAL_MS, "ms"))  # fmt: skip
    print()
    print_table(["text", "model", "tokens", "path", "median ms", "p95 ms", "max ms"], rows)
    print()
    for language, model in cases:
        case = metrics[f"{language}_{model}"]
        print(
            f"{language} {model}: predict - forward = {case['overhead_ms']:+.2f} ms (median); reading the text "
            f"(encode) is {case['encode_share']:.0%} of a prediction"
        )
    report("text_predict", args.quick, metrics, goals)


if __name__ == "__main__":
    main()
