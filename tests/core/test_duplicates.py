"""The same example several times (copies, links to one file) in one class or in two: one side of the split,
checked once when held back, and a notice that counts them."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sys
from pathlib import Path

import pytest

from mmstudio.cli import run_cli
from mmstudio.core.events import Failed, Notice
from mmstudio.core.media.image.samples import write_shapes
from mmstudio.core.pipeline import labelled_from_folder, same_as, stratified_split

from ._helpers import assert_plain, finished, run

needs_links = pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need rights on Windows")


@pytest.mark.parametrize("seed", range(40))
def test_copies_stay_on_one_side_and_a_held_back_one_counts_once(seed):
    rng = random.Random(seed)
    labels, same = [], []
    for index in range(rng.randint(4, 60)):
        firsts = [i for i in range(index) if same[i] == i]
        copy = firsts and rng.random() < 0.5
        same.append(rng.choice(firsts) if copy else index)
        labels.append(labels[same[-1]] if copy and rng.random() < 0.8 else rng.randrange(3))  # some in 2 classes
    train, val = stratified_split(labels, 0.3, seed, same)
    assert not set(train) & set(val)
    for first in set(same):
        members = {i for i, of in enumerate(same) if of == first}
        in_train, in_val = members & set(train), members & set(val)
        assert (in_train == members and not in_val) or (in_val == {first} and not in_train), (members, train, val)


def test_without_copies_the_split_is_the_same_as_before_copies_counted():
    labels = [k % 3 for k in range(50)]
    train, val = stratified_split(labels, 0.2, 3, list(range(50)))
    assert val == [3, 4, 17, 22, 27, 37, 38, 44, 48]  # what this seed always gave, so old runs repeat exactly
    assert (train, val) == stratified_split(labels, 0.2, 3)


@pytest.fixture
def shapes(tmp_path) -> Path:
    return write_shapes(tmp_path / "shapes", per_class=8, size=28, classes=("circle", "star"))


def add_links(folder: Path, target: Path, count: int) -> None:
    for k in range(count):
        (folder / f"link_{k:04d}.png").symlink_to(target)


@needs_links
def test_links_to_one_picture_are_counted_once(image_modality, shapes):
    circle = sorted((shapes / "circle").iterdir())[0]
    add_links(shapes / "circle", circle, 200)
    labelled, classes, _ = labelled_from_folder(shapes, image_modality)
    events = run(image_modality, labelled, classes, epochs=1)
    notices = [event.message for event in events if isinstance(event, Notice)]
    assert len(notices) == 1
    assert_plain(notices[0], "200 example(s) have the same content", "counted once")
    done = finished(events)
    held_back = [held.item for held in done.validation]
    contents = [hashlib.sha256(Path(item).read_bytes()).digest() for item in held_back]
    assert len(set(contents)) == len(contents) == done.bundle.metrics["n"] <= 16  # 8 + 8 different pictures
    raws = [image_modality.read(item, {"size": 28, "channels": 1}) for item, _ in labelled]
    assert sum(1 for index, first in enumerate(same_as(image_modality, raws)) if first != index) == 200


@needs_links
def test_a_class_of_one_picture_linked_many_times_cannot_fake_its_check(image_modality, tmp_path):
    """2 x 300 links to two pictures used to train and report 100 % on held-back 'examples' seen in training."""
    shapes = write_shapes(tmp_path / "shapes", per_class=1, size=28, classes=("circle", "star"))
    for name in ("circle", "star"):
        add_links(shapes / name, next((shapes / name).iterdir()), 300)
    labelled, classes, _ = labelled_from_folder(shapes, image_modality)
    events = run(image_modality, labelled, classes, epochs=1)
    assert isinstance(events[-1], Failed)
    assert_plain(events[-1].message, "too few different examples", "copies count once")


def test_a_copy_in_two_classes_is_one_notice_with_both_counts(image_modality, shapes):
    circle = sorted((shapes / "circle").iterdir())[0]
    shutil.copy(circle, shapes / "star" / "not_really_a_star.png")
    shutil.copy(circle, shapes / "circle" / "again.png")
    labelled, classes, _ = labelled_from_folder(shapes, image_modality)
    notices = [e.message for e in run(image_modality, labelled, classes, epochs=1) if isinstance(e, Notice)]
    assert len(notices) == 1
    assert_plain(notices[0], "2 example(s) have the same content", "1 example(s) appear in more than one class")


def test_typed_texts_that_differ_only_in_case_and_spaces_are_copies():
    from mmstudio.core.media import get_modality

    text = get_modality("text")
    assert same_as(text, ["Hello  World", "hello world", "other", "HELLO WORLD "]) == [0, 0, 2, 0]


@needs_links
def test_the_command_line_prints_the_notice_as_a_warning(shapes, tmp_path, capsys):
    add_links(shapes / "star", sorted((shapes / "star").iterdir())[0], 5)
    code = run_cli(["train", "image", os.fspath(shapes), "--epochs", "1", "--out", os.fspath(tmp_path / "m")])
    assert code == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if line.startswith("warning: ")]
    assert any("5 example(s) have the same content" in line for line in warnings), warnings
