"""The training recipe (docs/RECIPE.md): the schedule per step, AdamW, early stopping, training the final model
on all examples, and the settings travelling in the model file. Real small runs, one torch thread."""

from __future__ import annotations

import math
from dataclasses import asdict

import pytest
import torch

from mmstudio.core.adamw import AdamW
from mmstudio.core.checkpoint import load_bundle, save_bundle
from mmstudio.core.encoded import TensorData
from mmstudio.core.events import EpochEnded, FinalFit, Notice
from mmstudio.core.errors import DataError
from mmstudio.core.settings import WARMUP_SHARE, TrainSettings
from mmstudio.core import trainer

from ._helpers import assert_plain, finished, run


def _tiny_data(n: int = 40) -> TensorData:
    generator = torch.Generator().manual_seed(0)
    inputs = torch.rand(n, 1, 12, 12, generator=generator)
    labels = torch.arange(n) % 2
    inputs[labels == 1] += 0.5  # brighter = class 1: learnable in a few steps
    return TensorData(inputs.clamp(0, 1), labels)


def _tiny_model():
    from mmstudio.core.media.image.models import SeedCNN

    torch.manual_seed(0)
    return SeedCNN(2, {"size": 12, "channels": 1})


def test_cosine_schedule_warms_up_then_falls_to_zero():
    settings = TrainSettings(learning_rate=0.01, schedule="cosine")
    total = 100
    rates = [trainer.learning_rate_at(settings, step, total) for step in range(total)]
    warmup = round(WARMUP_SHARE * total)
    assert rates[:warmup] == pytest.approx([0.01 * (k + 1) / warmup for k in range(warmup)])
    assert rates[warmup - 1] == pytest.approx(0.01)  # the peak at the end of the warm-up
    assert all(a >= b for a, b in zip(rates[warmup:], rates[warmup + 1 :]))  # then it only falls
    middle = warmup + (total - warmup) // 2
    assert rates[middle] == pytest.approx(0.005, rel=0.05)
    assert 0 < rates[-1] < 0.0005


def test_the_optimizer_gets_the_scheduled_rate_before_every_step(monkeypatch):
    seen = []
    step = AdamW.step

    def recording(self):
        seen.append(self.lr)
        step(self)

    monkeypatch.setattr(AdamW, "step", recording)
    data = _tiny_data()
    settings = TrainSettings(epochs=3, batch_size=8, learning_rate=0.01, patience=0, augment=False)
    list(trainer.fit(_tiny_model(), data, data, settings, torch.device("cpu")))
    total = 3 * math.ceil(len(data) / 8)
    assert seen == pytest.approx([trainer.learning_rate_at(settings, k, total) for k in range(total)])
    assert len(set(seen)) > total // 2  # it really changes

    seen.clear()
    constant = TrainSettings(epochs=2, batch_size=8, learning_rate=0.01, schedule="constant", patience=0)
    list(trainer.fit(_tiny_model(), data, data, constant, torch.device("cpu")))
    assert seen == [0.01] * (2 * math.ceil(len(data) / 8))


def test_the_final_fit_takes_the_first_runs_steps_up_to_its_best_epoch():
    """Same data, same seeds: fit_all for 2 epochs of a 10-epoch recipe ends with the weights the first run had
    after its epoch 2, because it takes the same learning rates (not a whole schedule squeezed into 2 epochs)."""
    data = _tiny_data()
    settings = TrainSettings(epochs=10, batch_size=8, learning_rate=0.01, patience=0, augment=False)
    first, after_two = _tiny_model(), None
    for event in trainer.fit(first, data, data, settings, torch.device("cpu")):
        if isinstance(event, EpochEnded) and event.epoch == 2:
            after_two = {name: value.clone() for name, value in first.state_dict().items()}
    final = _tiny_model()
    list(trainer.fit_all(final, data, settings, 2, torch.device("cpu")))
    for name, value in final.state_dict().items():
        assert torch.allclose(value, after_two[name], atol=1e-6), name


def test_adamw_matches_torch():
    first, second = _tiny_model(), _tiny_model()
    ours = AdamW(first.parameters(), lr=0.01, weight_decay=0.1)
    theirs = torch.optim.AdamW(second.parameters(), lr=0.01, weight_decay=0.1)
    data = _tiny_data()
    for k in range(5):
        inputs, labels = data.batch(torch.arange(k * 8, k * 8 + 8))
        for model, optimizer in ((first, ours), (second, theirs)):
            optimizer.zero_grad()
            model.training_loss(inputs, labels)[0].backward()
            optimizer.step()
    for a, b in zip(first.parameters(), second.parameters()):
        assert torch.allclose(a, b, atol=1e-6)


def test_early_stopping_stops_after_patience_epochs_and_keeps_the_best(monkeypatch):
    """Held-back scores scripted to peak at epoch 2: with patience 3 the run ends at epoch 5, best weights 2's."""
    scores = iter([(0.9, 0.5), (0.2, 0.9), (0.8, 0.6), (0.8, 0.6), (0.8, 0.6), (0.9, 0.1), (0.9, 0.1)])
    snapshots = []

    def scripted(model, val, device, stop=None):
        snapshots.append({k: v.clone() for k, v in model.state_dict().items()})
        return next(scores)

    monkeypatch.setattr(trainer, "measure", scripted)
    data = _tiny_data()
    model = _tiny_model()
    settings = TrainSettings(epochs=7, batch_size=8, patience=3, augment=False)
    events = trainer.fit(model, data, data, settings, torch.device("cpu"))
    epochs = []
    while True:
        try:
            event = next(events)
        except StopIteration as done:
            result = done.value
            break
        if isinstance(event, EpochEnded):
            epochs.append(event.epoch)
    assert epochs == [1, 2, 3, 4, 5]
    assert result.stopped_early and not result.stopped and result.best_epoch == 2
    for key, value in model.state_dict().items():
        assert torch.equal(value, snapshots[1][key]), key


def test_no_early_stop_with_patience_0(monkeypatch):
    monkeypatch.setattr(trainer, "measure", lambda *args, **kwargs: (0.5, 1.0))
    data = _tiny_data()
    settings = TrainSettings(epochs=4, batch_size=8, patience=0, augment=False)
    events = list(trainer.fit(_tiny_model(), data, data, settings, torch.device("cpu")))
    assert [e.epoch for e in events if isinstance(e, EpochEnded)] == [1, 2, 3, 4]


def test_fit_on_all_trains_on_every_example_for_the_best_epoch_count(image_modality, labelled_for, monkeypatch):
    batches = []
    batch = TensorData.batch

    def counting(self, indices, augment=False, generator=None):
        batches.append((id(self), len(indices)))
        return batch(self, indices, augment, generator)

    monkeypatch.setattr(TensorData, "batch", counting)
    labelled = labelled_for("circle", "star")
    events = run(image_modality, labelled, ["circle", "star"], epochs=3, fit_on_all=True, patience=0)
    done = finished(events)
    best = done.bundle.metrics["best_epoch"]
    assert done.bundle.metrics["final_fit"]["examples"] == len(labelled)
    assert done.bundle.metrics["final_fit"]["epochs"] == best
    assert "held-back" in done.bundle.metrics["final_fit"]["note"]
    assert [(e.examples, e.epochs) for e in events if isinstance(e, FinalFit)] == [(len(labelled), best)]
    assert not any(isinstance(e, Notice) for e in events)  # said as progress, not as a warning
    final_data = batches[-1][0]  # the last batches made are the final fit's
    seen = sum(size for data, size in batches if data == final_data)
    assert seen == best * len(labelled)
    assert done.history == [e.as_record() for e in events if isinstance(e, EpochEnded)]  # the first run's


def test_without_fit_on_all_the_saved_model_is_the_first_one(image_modality, labelled_for):
    events = run(image_modality, labelled_for("circle", "star"), ["circle", "star"], epochs=2, fit_on_all=False)
    assert "final_fit" not in finished(events).bundle.metrics
    assert not any(isinstance(e, (Notice, FinalFit)) for e in events)


def test_settings_round_trip_through_a_model_file(image_modality, labelled_for, tmp_path):
    settings = dict(epochs=2, schedule="constant", weight_decay=0.05, patience=4, fit_on_all=True, augment=True)
    bundle = finished(run(image_modality, labelled_for("circle", "star"), ["circle", "star"], **settings)).bundle
    loaded = load_bundle(save_bundle(bundle, tmp_path / "m.mmstudio"))
    assert loaded.settings == asdict(TrainSettings(**{"batch_size": 8, "seed": 0, **settings}))
    assert loaded.metrics["final_fit"] == bundle.metrics["final_fit"]


@pytest.mark.parametrize(
    "bad, words",
    [
        ({"schedule": "zigzag"}, "schedule"),
        ({"weight_decay": -0.1}, "weight decay"),
        ({"weight_decay": 2.0}, "weight decay"),
        ({"patience": -1}, "patience"),
    ],
)
def test_bad_recipe_values_are_refused_in_one_plain_sentence(bad, words):
    with pytest.raises(DataError) as refused:
        TrainSettings(**bad).validate()
    message = str(refused.value)
    assert_plain(message, words)
    assert message.count(". ") == 0 and message.endswith(".")


def test_image_augmentation_never_mirrors():
    """Augmentation is on by default, so it must keep a digit a digit: a picture bright on its left stays so."""
    from mmstudio.core.media.image.augment import augment_images

    batch = torch.zeros(200, 1, 28, 28)
    batch[..., :10] = 1.0
    varied = augment_images(batch, torch.Generator().manual_seed(0))
    left, right = varied[..., :14].mean(dim=(1, 2, 3)), varied[..., 14:].mean(dim=(1, 2, 3))
    assert bool((left > right).all())
