"""The functions the GUI runs off its thread. They call the core and return plain results; no widget is touched.

Errors the user can fix come back as plain-message strings (or Failed events) rather than exceptions, so the
tab shows them in its message bar.
"""

from __future__ import annotations

import threading
from pathlib import Path


def train(
    medium_name, labelled, classes, model_name, settings, preprocessing, model_config, start_from, stop: threading.Event
):
    """Generator job: the core pipeline's events, then a ready predictor for the new model."""
    from mmstudio.core.events import Finished, PredictorReady, gathered
    from mmstudio.core.media import get_modality
    from mmstudio.core.pipeline import train_examples
    from mmstudio.core.predictor import Predictor

    modality = get_modality(medium_name)
    events = train_examples(
        modality, labelled, classes, model_name, settings, preprocessing, model_config, start_from=start_from, stop=stop
    )
    for event in gathered(events):
        yield event
        if isinstance(event, Finished):
            yield PredictorReady(Predictor(event.bundle, device=settings.device))


def find_best(medium_name, labelled, classes, settings, preprocessing, model_configs, time_budget, stop: threading.Event):
    """Generator job: the search for the best model's events (core/search.py), then a predictor for the winner."""
    from mmstudio.core.events import Finished, PredictorReady, gathered
    from mmstudio.core.media import get_modality
    from mmstudio.core.predictor import Predictor
    from mmstudio.core.search import find_best_model

    events = find_best_model(
        get_modality(medium_name), labelled, classes, settings, preprocessing, model_configs, time_budget, stop=stop
    )
    for event in gathered(events):
        yield event
        if isinstance(event, Finished):
            yield PredictorReady(Predictor(event.bundle, device=settings.device))


def try_example(predictor, item, render_preview):
    """(prediction or None, preview data or None, plain problem message or None) for one example."""
    from mmstudio.core.errors import MMStudioError

    try:
        preview = render_preview(item)
        prediction = predictor.predict(item) if predictor is not None else None
    except MMStudioError as error:
        return None, None, str(error)
    return prediction, preview, None


def explain(predictor, item, target: str | None, raw=None):
    """(explanation, plain problem message or None) for one tried example, or for `raw` (a live sound window)
    when it is given; `target` is the class to explain (None: the predicted one)."""
    from mmstudio.core.errors import MMStudioError
    from mmstudio.core.explain import explain as explain_item, explain_raw

    try:
        if raw is not None:
            return explain_raw(predictor, raw, target), None
        return explain_item(predictor, item, target), None
    except MMStudioError as error:
        return None, str(error)


def explain_example(predictor, item, target: str, render_preview):
    """(explanation, preview, plain problem or None) for an example shown away from Try it (a mistake)."""
    from mmstudio.core.errors import MMStudioError

    try:
        preview = render_preview(item)
    except MMStudioError as error:
        return None, None, str(error)
    explanation, problem = explain(predictor, item, target)
    return explanation, preview, problem


def save(bundle, path: Path) -> Path:
    from mmstudio.core.checkpoint import save_bundle

    return save_bundle(bundle, path)


def load(path: Path, medium_name: str):
    """(bundle, predictor), or a plain message when the file is not a usable model."""
    from mmstudio.core.errors import MMStudioError
    from mmstudio.core.checkpoint import load_bundle
    from mmstudio.core.predictor import Predictor

    try:
        bundle = load_bundle(path, modality=medium_name)
        return bundle, Predictor(bundle)
    except MMStudioError as error:
        return str(error)


def device_before_torch() -> str | None:
    """'CPU' when no graphics card can be used, known in milliseconds; None when only torch can tell."""
    from mmstudio.core.gpu_probe import may_have_cuda

    return None if may_have_cuda() else "CPU"


def warm_up() -> str:
    """Import torch and pyqtgraph after the window shows (seconds) and name the device training will use.

    The training modules are imported too: imports hold the GIL, so doing them during the first run would stall
    the window then. (The trainer's optimizer, core/adamw.py, needs none of torch's compiler stack.)
    """
    import os

    import pyqtgraph  # noqa: F401  (the curves' library: imported here, the window builds them without a pause)
    import torch

    import mmstudio.core.pipeline  # noqa: F401
    import mmstudio.core.predictor  # noqa: F401

    from mmstudio.core.device import describe_device, pick_device

    # Leave a core for the window: on a 2-core laptop, torch's default of one thread per core makes redraws
    # and the training threads fight, and both slow down many times over.
    torch.set_num_threads(max(1, (os.cpu_count() or 2) - 1))
    return describe_device(pick_device("auto"))


def image_weights_here() -> bool:
    """Whether torchvision's MobileNetV3 weights are on this computer already (nothing to download)."""
    from mmstudio.core.media.image.pretrained import official_cached

    return official_cached()


def import_image_weights(path: Path):
    """(checksum, None) once a MobileNetV3 weights file the user gave is checked and kept on this computer, or
    (None, plain problem) when it is not such a file (wrong type, damaged, other weights)."""
    from mmstudio.core.errors import MMStudioError
    from mmstudio.core.media.image.pretrained import import_weights

    try:
        return import_weights(path), None
    except MMStudioError as error:
        return None, str(error)


def image_weights_source(digest: str) -> str | None:
    """Where the MobileNetV3 weights with this checksum came from (an address, or a file's name), None when they
    are not on this computer."""
    from mmstudio.core.media.image.pretrained import cached_source

    return cached_source(digest)
