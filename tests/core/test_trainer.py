"""Real training runs on drawn shapes: event order, determinism, stopping, best weights, learning, continuing."""

from __future__ import annotations

import shutil
import threading

import numpy as np
import pytest
import torch
from PIL import Image

from mmstudio.core.media.image.augment import augment_images
from mmstudio.core.settings import TrainSettings
from mmstudio.core.device import describe_device, pick_device
from mmstudio.core.errors import DataError, MMStudioError
from mmstudio.core.evaluation import evaluate_examples
from mmstudio.core.events import BatchEnded, EpochEnded, Failed, Finished, LoadProgress, Notice
from mmstudio.core.pipeline import stratified_split, train_examples
from mmstudio.core.reading import PROGRESS_EVERY
from mmstudio.core.predictor import Predictor

from ._helpers import assert_plain, finished, run

TWO = ["circle", "star"]


def weights_equal(a: dict, b: dict) -> bool:
    return a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)


def test_events_arrive_in_order(image_modality, labelled_for):
    labelled = labelled_for(*TWO)
    events = run(image_modality, labelled, TWO, epochs=3, batch_size=16)
    done = finished(events)
    kinds = [type(e).__name__ for e in events]

    loads = [e for e in events if isinstance(e, LoadProgress)]
    assert kinds[: len(loads)] == ["LoadProgress"] * len(loads)  # loading comes first
    assert [e.done for e in loads] == sorted({*range(PROGRESS_EVERY, len(labelled), PROGRESS_EVERY), len(labelled)})
    assert all(e.total == len(labelled) for e in loads)
    assert not any(isinstance(e, (Notice, Failed)) for e in events)  # clean data, nothing to say

    train_size = len(labelled) - 2 * round(len(labelled) / 2 * 0.2)
    batches = -(-train_size // 16)
    expected = []
    for epoch in (1, 2, 3):
        expected += [("BatchEnded", epoch, b) for b in range(1, batches + 1)] + [("EpochEnded", epoch, None)]
    training = [
        (type(e).__name__, e.epoch, getattr(e, "batch", None)) for e in events if isinstance(e, (BatchEnded, EpochEnded))
    ]
    assert training == expected
    assert kinds.count("Finished") == 1 and kinds[-1] == "Finished"
    assert kinds.index("Finished") > max(i for i, k in enumerate(kinds) if k == "EpochEnded")

    batch_events = [e for e in events if isinstance(e, BatchEnded)]
    assert all(e.batches == batches and e.epochs == 3 and e.loss > 0 and 0 <= e.accuracy <= 1 for e in batch_events)
    assert batch_events[-1].seconds_left == 0
    epoch_events = [e for e in events if isinstance(e, EpochEnded)]
    assert done.stopped is False and done.skipped == 0
    assert done.history == [e.as_record() for e in epoch_events]
    assert done.bundle.history == done.history and len(done.history) == 3
    assert done.bundle.classes == TWO
    assert done.bundle.settings["epochs"] == 3


def test_same_seed_same_run_other_seed_other_run(image_modality, labelled_for):
    labelled = labelled_for(*TWO)
    first = finished(run(image_modality, labelled, TWO, epochs=2, seed=5)).bundle
    again = finished(run(image_modality, labelled, TWO, epochs=2, seed=5)).bundle
    other = finished(run(image_modality, labelled, TWO, epochs=2, seed=6)).bundle
    assert first.history == again.history
    assert weights_equal(first.state_dict, again.state_dict)
    assert first.history != other.history
    assert not weights_equal(first.state_dict, other.state_dict)


def test_stop_flag_ends_the_run_promptly(image_modality, labelled_for, tmp_path):
    labelled = labelled_for(*TWO)
    stop = threading.Event()
    events = []
    for event in train_examples(image_modality, labelled, TWO, "cnn", TrainSettings(epochs=5, batch_size=8), stop=stop):
        events.append(event)
        if sum(isinstance(e, BatchEnded) for e in events) == 3:
            stop.set()
    batch_events = [e for e in events if isinstance(e, BatchEnded)]
    assert len(batch_events) == 3  # not one batch more after the flag
    assert not any(isinstance(e, EpochEnded) for e in events)
    assert isinstance(events[-1], Finished) and isinstance(events[-2], BatchEnded)
    done = events[-1]
    assert done.stopped is True
    assert done.history == [] and done.bundle.metrics["best_epoch"] is None
    # the partly trained model is still a usable model
    prediction = Predictor(done.bundle).predict(labelled[0][0])
    assert prediction.label in TWO
    assert sum(prediction.probabilities.values()) == pytest.approx(1.0)


def test_stop_before_training_begins(image_modality, labelled_for):
    stop = threading.Event()
    stop.set()
    events = run(image_modality, labelled_for(*TWO), TWO, stop=stop)
    assert isinstance(events[-1], Failed)
    assert_plain(events[-1].message, "stopped")
    assert not any(isinstance(e, (BatchEnded, Finished)) for e in events)


def test_stop_from_another_thread(image_modality, labelled_for):
    """The GUI sets the flag from its own thread while the run goes on in a worker."""
    stop = threading.Event()
    seen = []

    def work():
        for event in train_examples(image_modality, labelled_for(*TWO), TWO, "cnn", TrainSettings(epochs=50), stop=stop):
            seen.append(event)

    worker = threading.Thread(target=work)
    worker.start()
    for _ in range(2000):
        if any(isinstance(e, EpochEnded) for e in seen):
            break
        worker.join(0.01)
    stop.set()
    worker.join(30)
    assert not worker.is_alive()
    assert isinstance(seen[-1], Finished) and seen[-1].stopped
    assert 1 <= len(seen[-1].history) < 50


def test_best_weights_are_kept(image_modality, labelled_for):
    """The bundle holds the weights of the best validation epoch, not the last one."""
    labelled = labelled_for("circle", "square")  # harder pair: validation accuracy wobbles
    # a constant rate: with the cosine schedule a shorter run takes other steps, so the last check below fails
    recipe = {"learning_rate": 3e-3, "schedule": "constant"}
    for seed in range(8):
        done = finished(run(image_modality, labelled, ["circle", "square"], epochs=6, seed=seed, **recipe))
        history = done.bundle.history
        best_accuracy = max(h["val_accuracy"] for h in history)
        best_epoch = done.bundle.metrics["best_epoch"]
        assert history[best_epoch - 1]["val_accuracy"] == best_accuracy
        assert done.bundle.metrics["accuracy"] == best_accuracy
        if history[-1]["val_accuracy"] < best_accuracy:
            break
    else:
        pytest.fail("no run whose last epoch was worse than its best; cannot tell best from last weights")
    # the same seed stopped at the best epoch reaches exactly the weights the longer run kept
    short = finished(
        run(image_modality, labelled, ["circle", "square"], epochs=best_epoch, seed=seed, **recipe)
    ).bundle
    assert weights_equal(short.state_dict, done.bundle.state_dict)


def test_cnn_learns_two_shapes(trained_cnn, labelled_for):
    assert max(h["val_accuracy"] for h in trained_cnn.history) >= 0.9
    assert trained_cnn.metrics["accuracy"] >= 0.9
    report = trained_cnn.metrics
    assert report["classes"] == TWO and report["n"] == 16
    assert sum(map(sum, report["confusion_matrix"])) == 16
    predictor = Predictor(trained_cnn)
    labelled = labelled_for(*TWO)
    right = sum(predictor.predict(path).label == name for path, name in labelled[::4])
    assert right >= 0.9 * len(labelled[::4])
    assert trained_cnn.extras == {}  # only autoencoders have reconstruction statistics


def test_autoencoder_reconstructs_and_flags_unusual_inputs(trained_autoencoder, labelled_for, tmp_path):
    quantiles = trained_autoencoder.extras["reconstruction_error_quantiles"]
    assert len(quantiles) == 101
    assert quantiles == sorted(quantiles) and quantiles[0] >= 0 and quantiles[-1] > quantiles[0]
    assert trained_autoencoder.metrics["accuracy"] >= 0.8

    noise = tmp_path / "noise.png"
    Image.fromarray(np.random.default_rng(0).integers(0, 256, (28, 28), dtype=np.uint8)).save(noise)
    predictor = Predictor(trained_autoencoder)
    familiar = [predictor.predict(path) for path, _ in labelled_for(*TWO)[::4]]
    strange = predictor.predict(noise)
    for prediction in [*familiar, strange]:
        assert prediction.reconstruction.shape == prediction.shown.shape == (1, 28, 28)
        assert prediction.reconstruction.dtype == np.uint8
        assert 0.0 <= prediction.unusual <= 1.0
    scores = sorted(p.unusual for p in familiar)
    # training pictures spread over the training errors (same measure in training and prediction) ...
    assert 0.2 <= scores[len(scores) // 2] <= 0.8
    # ... while noise is reconstructed worse than nearly all of them
    assert strange.unusual >= 0.99
    assert strange.unusual > scores[len(scores) // 2]

    # a reconstruction looks like its input: closer to it than to the noise picture
    def distance(a, b):
        return np.abs(a.astype(int) - b.astype(int)).mean()

    shown = familiar[0]
    assert distance(shown.reconstruction, shown.shown) < distance(shown.reconstruction, strange.shown)


def test_cnn_predictions_have_no_reconstruction(trained_cnn, labelled_for):
    prediction = Predictor(trained_cnn).predict(labelled_for(*TWO)[0][0])
    assert prediction.reconstruction is None and prediction.unusual is None
    with pytest.raises(DataError):
        Predictor(trained_cnn).predict(labelled_for(*TWO)[0][0].parent / "missing.png")


def test_augmentation(image_modality, labelled_for):
    raws = [image_modality.read(p, {"size": 28, "channels": 1}) for p, _ in labelled_for(*TWO)[:12]]
    batch = torch.from_numpy(np.stack(raws)).float() / 255
    before = batch.clone()
    out = augment_images(batch, torch.Generator().manual_seed(1))
    assert out.shape == batch.shape and out.dtype == torch.float32
    assert out.min() >= 0 and out.max() <= 1
    assert torch.equal(batch, before)  # the input is not changed in place
    assert (out - batch).abs().mean() > 0.01
    assert torch.equal(out, augment_images(batch, torch.Generator().manual_seed(1)))
    assert not torch.equal(out, augment_images(batch, torch.Generator().manual_seed(2)))
    assert augment_images(batch[:0]).shape == (0, 1, 28, 28)


def test_augment_setting_changes_training(image_modality, labelled_for):
    labelled = labelled_for(*TWO)
    plain = finished(run(image_modality, labelled, TWO, epochs=1, augment=False)).bundle
    augmented = finished(run(image_modality, labelled, TWO, epochs=1, augment=True)).bundle
    assert plain.history[0]["loss"] != augmented.history[0]["loss"]
    assert augmented.settings["augment"] is True


def test_stratified_split():
    labels = [0] * 50 + [1] * 10 + [2] * 2 + [3] * 1 + [0] * 10
    train, val = stratified_split(labels, 0.2, seed=3)
    assert sorted(train + val) == list(range(len(labels)))
    assert not set(train) & set(val)
    held = [labels[i] for i in val]
    assert held.count(0) == 12 and held.count(1) == 2 and held.count(2) == 1
    assert held.count(3) == 0  # a single example must stay in training
    assert (train, val) == stratified_split(labels, 0.2, seed=3)
    assert val != stratified_split(labels, 0.2, seed=4)[1]
    assert train == sorted(train) and val == sorted(val)


def test_unreadable_file_is_a_notice_and_training_goes_on(image_modality, labelled_for, tmp_path):
    broken = tmp_path / "broken.png"
    broken.write_text("not a picture")
    labelled = labelled_for(*TWO) + [(broken, "circle")]
    events = run(image_modality, labelled, TWO, epochs=1)
    notices = [e.message for e in events if isinstance(e, Notice)]
    assert len(notices) == 1
    assert_plain(notices[0], "1 example(s) could not be read", "broken.png")
    assert [e for e in events if isinstance(e, LoadProgress)][-1].total == len(labelled)
    done = finished(events)
    assert done.skipped == 1
    assert done.bundle.metrics["n"] == 16


def test_duplicate_in_two_classes_is_a_notice(image_modality, labelled_for, tmp_path):
    labelled = labelled_for(*TWO)
    circle = next(path for path, name in labelled if name == "circle")
    copy = tmp_path / "copy_of_a_circle.png"
    shutil.copy(circle, copy)
    events = run(image_modality, labelled + [(copy, "star")], TWO, epochs=1)
    notices = [e.message for e in events if isinstance(e, Notice)]
    assert len(notices) == 1
    assert_plain(notices[0], "more than one class", "'circle'", "'star'")
    finished(events)


def test_one_class_fails_plainly(image_modality, labelled_for):
    events = run(image_modality, labelled_for("circle"), ["circle"])
    assert len(events) == 1 and isinstance(events[0], Failed)
    assert_plain(events[0].message, "two classes")


def test_class_whose_files_are_all_unreadable_fails(image_modality, labelled_for, tmp_path):
    bad = []
    for k in range(3):
        (tmp_path / f"bad{k}.png").write_bytes(b"")
        bad.append((tmp_path / f"bad{k}.png", "star"))
    events = run(image_modality, labelled_for("circle") + bad, TWO)
    assert isinstance(events[-2], Notice) and "3 example(s)" in events[-2].message
    assert isinstance(events[-1], Failed)
    assert_plain(events[-1].message, "'star'")
    assert not any(isinstance(e, BatchEnded) for e in events)


def test_too_few_to_hold_back_fails(image_modality, labelled_for):
    labelled = [labelled_for("circle")[0], labelled_for("star")[0]]
    events = run(image_modality, labelled, TWO)
    assert isinstance(events[-1], Failed)
    assert_plain(events[-1].message, "at least 2 per class")


@pytest.mark.parametrize(
    "bad",
    [
        {"epochs": 0},
        {"batch_size": 0},
        {"learning_rate": 0.0},
        {"learning_rate": -1e-3},
        {"learning_rate": 10.0},
        {"val_split": 0.01},
        {"val_split": 0.6},
    ],
)
def test_settings_validation(bad, image_modality, labelled_for):
    with pytest.raises(DataError) as caught:
        TrainSettings(**bad).validate()
    assert_plain(str(caught.value))
    events = run(image_modality, labelled_for(*TWO), TWO, **{"epochs": 1, **bad})
    assert len(events) == 1 and isinstance(events[0], Failed)
    assert events[0].message == str(caught.value)


def test_default_settings_are_valid():
    TrainSettings().validate()
    TrainSettings(epochs=1, batch_size=1, learning_rate=9.9, val_split=0.5).validate()
    TrainSettings(val_split=0.05).validate()


def test_unknown_model_and_too_small_images_fail_plainly(image_modality, labelled_for):
    events = run(image_modality, labelled_for(*TWO), TWO, model="transformer")
    assert isinstance(events[-1], Failed)
    assert_plain(events[-1].message, "transformer", "cnn", "autoencoder")
    events = list(
        train_examples(
            image_modality, labelled_for(*TWO), TWO, "cnn", TrainSettings(epochs=1), preprocessing={"size": 8}
        )
    )
    assert isinstance(events[-1], Failed)
    assert_plain(events[-1].message, "8px")


def test_continue_training_from_a_bundle(trained_cnn, image_modality, labelled_for):
    labelled = labelled_for(*TWO)
    events = run(image_modality, labelled, TWO, start_from=trained_cnn, epochs=2, learning_rate=1e-5, seed=1)
    done = finished(events)
    bundle = done.bundle
    assert done.history == bundle.history[len(trained_cnn.history) :]  # the event carries this run's epochs only
    assert bundle.classes == trained_cnn.classes
    assert bundle.preprocessing == trained_cnn.preprocessing
    assert bundle.history[: len(trained_cnn.history)] == trained_cnn.history
    assert len(bundle.history) == len(trained_cnn.history) + 2
    # it really starts from the trained weights: with a tiny learning rate it is good from the first epoch,
    assert bundle.history[len(trained_cnn.history)]["val_accuracy"] >= 0.9
    # where the same run from scratch is not
    scratch = finished(run(image_modality, labelled, TWO, epochs=1, learning_rate=1e-5, seed=1)).bundle
    assert scratch.history[0]["val_accuracy"] < 0.9


def test_continue_refuses_other_classes_or_model(trained_cnn, image_modality, labelled_for):
    labelled = labelled_for(*TWO)
    events = run(image_modality, labelled, ["star", "circle"], start_from=trained_cnn)
    assert len(events) == 1 and isinstance(events[0], Failed)
    assert_plain(events[0].message, "classes")
    events = run(image_modality, labelled_for("circle", "star", "square"), ["circle", "star", "square"], start_from=trained_cnn)
    assert isinstance(events[0], Failed)
    events = run(image_modality, labelled, TWO, model="autoencoder", start_from=trained_cnn)
    assert isinstance(events[0], Failed)
    assert_plain(events[0].message, "kind of model")


def test_evaluate_examples(trained_cnn, labelled_for):
    labelled = labelled_for(*TWO)
    report, skipped = evaluate_examples(trained_cnn, labelled)
    assert skipped == [] and report["n"] == len(labelled) and report["accuracy"] >= 0.9
    with pytest.raises(DataError) as caught:
        evaluate_examples(trained_cnn, [(labelled[0][0], "square")])
    assert_plain(str(caught.value), "'square'")


def test_devices():
    assert pick_device("cpu") == torch.device("cpu")
    assert pick_device("auto").type in ("cpu", "cuda")
    assert describe_device(torch.device("cpu")) == "CPU"
    with pytest.raises(MMStudioError) as caught:
        pick_device("abacus")
    assert_plain(str(caught.value), "abacus")
    if not torch.cuda.is_available():
        with pytest.raises(MMStudioError):
            pick_device("cuda")


def test_finished_lists_the_held_back_examples_behind_the_confusion_matrix(image_modality, labelled_for, tmp_path):
    classes = ("circle", "square")
    labelled = labelled_for(*classes)
    broken = tmp_path / "broken.png"
    broken.write_text("not a picture")
    done = finished(run(image_modality, labelled + [(broken, "circle")], classes, epochs=1))
    matrix = done.bundle.metrics["confusion_matrix"]
    assert len(done.validation) == done.bundle.metrics["n"]
    for truth in range(2):
        for guess in range(2):
            cell = [held.item for held in done.validation if (held.truth, held.guess) == (truth, guess)]
            assert len(cell) == matrix[truth][guess]
            assert all(item.parent.name == classes[truth] for item in cell)
    assert broken not in [held.item for held in done.validation]
    assert done.skipped == 1
    for held in done.validation:  # the probabilities are the model's own answer for that example
        assert len(held.probabilities) == 2 and abs(sum(held.probabilities) - 1) < 1e-5
        assert held.confidence == max(held.probabilities) == held.probabilities[held.guess]

