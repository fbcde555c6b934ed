"""`mmstudio explain MODEL FILE... [--text TEXT]... [--class NAME] [--json]`: why a saved model answers as it
does, for each input: per pixel (pictures), per time x frequency point (sounds) or per word (texts).

Inputs are read as `predict` reads them, and an unreadable one is skipped with a warning in the same way. With
--json, one object per input: `path` (as `predict` says) or `text`, `label`, `probabilities`, `target`, `method`, and `attribution`
(pictures: rows x columns; sounds: frames x bands, with `frame_seconds` and `start_seconds`),
`reconstruction_error` (autoencoders) or `tokens` ([{token, start, end, weight}], texts). Weights > 0 are
evidence for the target class, < 0 against it; see docs/EXPLANATIONS.md.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from mmstudio.cli.commands import _predict_inputs, _start_torch
from mmstudio.cli.output import print_json, warn, with_article
from mmstudio.core.errors import DataError
from mmstudio.core.examples import Item
from mmstudio.core.media import get_medium

SIGNIFICANT_DIGITS = 4
SHOWN_WORDS = 5  # words listed for and against in the text summary


def add_explain(commands, shared: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "explain", parents=[shared], help="show which parts of each example made a saved model answer as it did"
    )
    parser.add_argument("model_file", type=Path, metavar="MODEL", help="a .mmstudio file")
    parser.add_argument("files", nargs="*", metavar="FILE", help="examples to explain")
    parser.add_argument(
        "--text",
        action="append",
        default=[],
        metavar="TEXT",
        help="a text to explain, typed in (text models; may be given several times, after the files)",
    )
    parser.add_argument(
        "--class", dest="target", metavar="NAME", help="explain this class instead of the one predicted"
    )
    parser.set_defaults(run=explain)


def explain(options: argparse.Namespace) -> int:
    inputs = _predict_inputs(options)
    _start_torch(options)
    from mmstudio.core.explain import check_target
    from mmstudio.core.explain import explain as explain_item
    from mmstudio.core.predictor import Predictor

    predictor = Predictor.from_file(options.model_file, options.device)
    modality = predictor.bundle.modality
    if options.text and not get_medium(modality).typed:
        raise DataError(
            f"--text works with text models only; '{options.model_file.name}' is {with_article(modality)} "
            "model: give files instead."
        )
    check_target(predictor, options.target)
    unreadable = 0
    for item in inputs:
        try:
            explanation = explain_item(predictor, item, options.target)
        except DataError as error:
            if len(inputs) == 1:
                raise  # the reason is the error itself
            warn(str(error))
            unreadable += 1
            continue
        if options.json:
            print_json(as_json(item, explanation))
        else:
            print_summary(item, explanation, predictor)
    if unreadable == len(inputs):
        raise DataError("None of the inputs could be read.")
    if unreadable:
        warn(f"{unreadable} of {len(inputs)} input(s) could not be read and were skipped.")
    return 0


def as_json(item: Item, explanation) -> dict:
    line = {"text" if not isinstance(item, Path) else "path": str(item)}
    line.update(
        label=explanation.label,
        probabilities=explanation.probabilities,
        target=explanation.target,
        method=explanation.method,
    )
    if explanation.tokens is not None:
        line["tokens"] = [
            {"token": t.token, "start": t.start, "end": t.end, "weight": _rounded(t.weight)} for t in explanation.tokens
        ]
    if explanation.attribution is not None:
        line["attribution"] = _rounded_rows(explanation.attribution)
    if explanation.frame_seconds is not None:
        line["frame_seconds"] = explanation.frame_seconds
        line["start_seconds"] = explanation.start_seconds
    if explanation.reconstruction_error is not None:
        line["reconstruction_error"] = _rounded_rows(explanation.reconstruction_error)
    return line


def _rounded(value: float) -> float:
    return float(f"{value:.{SIGNIFICANT_DIGITS}g}")


def _rounded_rows(array: np.ndarray) -> list[list[float]]:
    return [[_rounded(value) for value in row] for row in np.asarray(array, dtype=np.float64).tolist()]


def print_summary(item: Item, explanation, predictor) -> None:
    medium = get_medium(predictor.bundle.modality)
    typed = not isinstance(item, Path)
    shown = json.dumps(medium.describe(item, 40), ensure_ascii=False) if typed else str(item)
    confidence = explanation.probabilities[explanation.label]
    print(f"{shown}: {explanation.label} ({confidence:.1%}); why {explanation.target}, by {explanation.method}:")
    if explanation.tokens is not None:
        _print_words(explanation.tokens)
    elif explanation.frame_seconds is not None:
        _print_sound(explanation, predictor.bundle.preprocessing)
    else:
        _print_picture(explanation)


def _print_words(tokens) -> None:
    ranked = sorted(tokens, key=lambda t: t.weight, reverse=True)
    for title, chosen in (
        ("for", [t for t in ranked if t.weight > 0][:SHOWN_WORDS]),
        ("against", [t for t in reversed(ranked) if t.weight < 0][:SHOWN_WORDS]),
    ):
        words = ", ".join(f"{json.dumps(t.token, ensure_ascii=False)} {t.weight:+.3f}" for t in chosen)
        print(f"  {title}: {words or 'none'}", flush=True)


def _print_picture(explanation) -> None:
    attribution = explanation.attribution
    rows, cols = attribution.shape
    row, col = np.unravel_index(int(np.argmax(attribution)), attribution.shape)
    print(f"  strongest evidence for {explanation.target}: row {row + 1}, column {col + 1} (of {rows} x {cols})")
    if explanation.reconstruction_error is not None:
        row, col = np.unravel_index(int(np.argmax(explanation.reconstruction_error)), attribution.shape)
        print(f"  worst reconstructed: row {row + 1}, column {col + 1}", flush=True)


def _print_sound(explanation, preprocessing: dict) -> None:
    from mmstudio.core.media.audio.features import mel_filterbank
    from mmstudio.core.media.audio.modality import feature_settings

    settings = feature_settings(preprocessing)
    bank = mel_filterbank(settings.rate, settings.n_fft, settings.mels, settings.fmin, settings.fmax)
    centres = np.fft.rfftfreq(settings.n_fft, 1.0 / settings.rate)[bank.argmax(axis=1)]
    frame, band = np.unravel_index(int(np.argmax(explanation.attribution)), explanation.attribution.shape)
    seconds = explanation.start_seconds + frame * explanation.frame_seconds
    print(
        f"  strongest evidence for {explanation.target}: at {seconds:.2f} s, around {centres[band]:,.0f} Hz",
        flush=True,
    )
