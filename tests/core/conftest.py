"""Shared fixtures for the core tests: a small drawn data set and models trained on it for real."""

from __future__ import annotations

from pathlib import Path

import pytest

from mmstudio.core.media import get_modality
from mmstudio.core.pipeline import labelled_from_folder
from mmstudio.core.media.image.samples import write_shapes

from ._helpers import finished, run

PER_CLASS = 40
SIZE = 28


@pytest.fixture(scope="module", autouse=True)
def one_torch_thread():
    """Tiny models train faster on one thread, and far faster when other processes compete for the cores."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="session")
def image_modality():
    return get_modality("image")


@pytest.fixture(scope="session")
def shapes_dir(tmp_path_factory) -> Path:
    """circle/, square/ and star/ class folders of 28 px PNG files, drawn once per test session."""
    return write_shapes(
        tmp_path_factory.mktemp("shapes"), per_class=PER_CLASS, size=SIZE, classes=("circle", "square", "star")
    )


@pytest.fixture(scope="session")
def labelled_for(shapes_dir, image_modality):
    """labelled_for('circle', 'star') -> [(path, class name), ...] for those class folders."""

    def pick(*classes: str) -> list[tuple[Path, str]]:
        labelled, _, warnings = labelled_from_folder(shapes_dir, image_modality)
        assert warnings == []
        return [(path, name) for path, name in labelled if name in classes]

    return pick


@pytest.fixture(scope="session")
def trained_cnn(image_modality, labelled_for):
    """The seed CNN trained for 6 epochs on circle vs star (learns it to ~100 %)."""
    events = run(image_modality, labelled_for("circle", "star"), ["circle", "star"], "cnn", epochs=6)
    return finished(events).bundle


@pytest.fixture(scope="session")
def trained_autoencoder(image_modality, labelled_for):
    events = run(image_modality, labelled_for("circle", "star"), ["circle", "star"], "autoencoder", epochs=6)
    return finished(events).bundle
