"""Folders of class folders, the editable ExampleSet, and the plain-language data checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from mmstudio.core.media.image import IMAGE_EXTENSIONS
from mmstudio.core.checks import FEW_EXAMPLES, chance_note, data_warnings, require_trainable
from mmstudio.core.errors import DataError
from mmstudio.core.examples import ExampleSet
from mmstudio.core.folders import collect_dropped, looks_like_class_folder, scan_class_folders
from mmstudio.core.media import get_modality
from mmstudio.core.pipeline import labelled_from_folder

from ._helpers import assert_plain


def touch(path: Path, data: bytes = b"x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.fixture
def tree(tmp_path) -> Path:
    root = tmp_path / "data"
    # created out of order on purpose
    touch(root / "zebra" / "z1.png")
    touch(root / "apple" / "sub" / "deeper" / "a3.jpg")
    touch(root / "apple" / "a2.PNG")
    touch(root / "apple" / "a1.webp")
    touch(root / "apple" / ".hidden.png")
    touch(root / "apple" / ".thumbs" / "t.png")
    touch(root / "apple" / "notes.txt")
    touch(root / "apple" / "sub" / "clip.wav")
    (root / "mango").mkdir()
    touch(root / ".git" / "config.png")
    touch(root / "loose.png")
    touch(root / "README")
    touch(root / ".DS_Store")
    return root


def test_scan_class_folders(tree):
    scan = scan_class_folders(tree, IMAGE_EXTENSIONS)
    assert list(scan.classes) == ["apple", "mango", "zebra"]  # sorted, hidden folders left out
    assert scan.classes["apple"] == [
        tree / "apple" / "a1.webp",
        tree / "apple" / "a2.PNG",  # extension matched regardless of case
        tree / "apple" / "sub" / "deeper" / "a3.jpg",  # nested folders belong to their class
    ]
    assert scan.classes["mango"] == []
    assert scan.classes["zebra"] == [tree / "zebra" / "z1.png"]
    assert scan.loose_files == [tree / "README", tree / "loose.png"]
    assert sorted(scan.other_files) == [tree / "apple" / "notes.txt", tree / "apple" / "sub" / "clip.wav"]


def test_labelled_from_folder_warns_about_ignored_files(tree):
    labelled, classes, warnings = labelled_from_folder(tree, get_modality("image"))
    assert classes == ["apple", "mango", "zebra"]
    assert labelled[0] == (tree / "apple" / "a1.webp", "apple")
    assert labelled[-1] == (tree / "zebra" / "z1.png", "zebra")
    assert len(labelled) == 4
    assert len(warnings) == 2
    assert "2 file(s) at the top" in warnings[0]
    assert "2 file(s) of an unsupported type" in warnings[1]


def test_scan_missing_folder_and_file(tmp_path):
    with pytest.raises(DataError) as caught:
        scan_class_folders(tmp_path / "absent", IMAGE_EXTENSIONS)
    assert_plain(str(caught.value), "absent", "does not exist")
    with pytest.raises(DataError) as caught:
        scan_class_folders(touch(tmp_path / "file.png"), IMAGE_EXTENSIONS)
    assert_plain(str(caught.value), "file.png", "not a folder")


def test_looks_like_class_folder(tree):
    assert looks_like_class_folder(tree)
    assert not looks_like_class_folder(tree / "zebra")
    hidden_only = tree.parent / "hidden_only"
    touch(hidden_only / ".cache" / "x.png")
    assert not looks_like_class_folder(hidden_only)


def test_collect_dropped(tree, tmp_path):
    plain = tmp_path / "kittens"
    touch(plain / "k1.png")
    touch(plain / "k2.jpg")
    touch(plain / ".hidden" / "x.png")  # hidden folders do not make it a folder of classes
    touch(plain / "k.doc")
    single = touch(tmp_path / "one.bmp")
    other = touch(tmp_path / "song.mp3")
    collected = collect_dropped([tree, plain, single, other, tmp_path / "vanished.png"], IMAGE_EXTENSIONS)
    assert list(collected.classes) == ["apple", "mango", "zebra", "kittens"]
    assert collected.classes["kittens"] == [plain / "k1.png", plain / "k2.jpg"]
    assert collected.classes["apple"][0] == tree / "apple" / "a1.webp"
    assert collected.loose_files == [tree / "loose.png", single]
    assert set(collected.ignored) >= {tree / "README", plain / "k.doc", other, tmp_path / "vanished.png"}
    assert tree / "apple" / ".hidden.png" not in collected.ignored
    assert collected.total() == 4 + 2 + 2


# -- ExampleSet ----------------------------------------------------------------------------------------------------


class Counter:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> None:
        self.calls += 1


@pytest.fixture
def examples():
    s = ExampleSet()
    s.changes = Counter()
    s.subscribe(s.changes)
    return s


def test_add_classes_and_examples(examples):
    assert examples.add_class("  cats ") == "cats"
    assert examples.changes.calls == 1
    assert examples.add_class("cats") == "cats"  # existing: no change
    assert examples.changes.calls == 1
    with pytest.raises(DataError):
        examples.add_class("   ")

    a, b, c = Path("a.png"), Path("b.png"), Path("c.png")
    assert examples.add("cats", [a, b, a]) == 2  # duplicates within one call dropped
    assert examples.add("cats", [b, c]) == 1  # already present ones not added twice
    assert examples.items("cats") == [a, b, c]
    assert examples.changes.calls == 3
    assert examples.add("cats", [a]) == 0
    assert examples.changes.calls == 3  # nothing added, nobody told

    assert examples.add("dogs", [a]) == 1  # a new class is created; the same file may sit in two classes
    assert examples.class_names == ["cats", "dogs"]
    assert examples.counts() == {"cats": 3, "dogs": 1}
    assert len(examples) == 4
    assert examples.labelled() == [(a, "cats"), (b, "cats"), (c, "cats"), (a, "dogs")]


def test_add_to_a_name_with_spaces_uses_the_trimmed_class(examples):
    assert examples.add("  birds ", [Path("x.png")]) == 1
    assert examples.class_names == ["birds"]
    assert examples.add("birds ", [Path("y.png")]) == 1
    assert examples.counts() == {"birds": 2}


def test_rename_keeps_order_and_examples(examples):
    examples.merge({"one": [Path("1.png")], "two": [Path("2.png")], "three": []})
    calls = examples.changes.calls
    examples.rename_class("two", " deux ")
    assert examples.class_names == ["one", "deux", "three"]
    assert examples.items("deux") == [Path("2.png")]
    assert examples.changes.calls == calls + 1

    examples.rename_class("deux", "deux")  # no change
    assert examples.changes.calls == calls + 1

    with pytest.raises(DataError) as caught:
        examples.rename_class("deux", "one")
    assert_plain(str(caught.value), "'one'")
    with pytest.raises(DataError):
        examples.rename_class("deux", "  ")
    assert examples.class_names == ["one", "deux", "three"]
    assert examples.items("one") == [Path("1.png")]
    assert examples.changes.calls == calls + 1


def test_remove_and_clear(examples):
    a, b = Path("a.png"), Path("b.png")
    examples.add("x", [a, b])
    examples.add("y", [a])
    examples.remove("x", [a])
    assert examples.items("x") == [b]
    examples.remove_class("y")
    assert examples.class_names == ["x"]
    calls = examples.changes.calls
    examples.clear()
    assert examples.class_names == [] and len(examples) == 0
    assert examples.changes.calls == calls + 1


def test_merge_notifies_once(examples):
    a, b, c = Path("a.png"), Path("b.png"), Path("c.png")
    examples.add("cats", [a])
    calls = examples.changes.calls
    added = examples.merge({"cats": [a, b], "dogs": [c], "mice": []})
    assert added == 2
    assert examples.changes.calls == calls + 1
    assert examples.counts() == {"cats": 2, "dogs": 1, "mice": 0}
    # observers still subscribed after a merge
    examples.add("dogs", [a])
    assert examples.changes.calls == calls + 2


def test_merge_stopped_by_a_bad_name_still_tells_observers(examples):
    with pytest.raises(DataError):
        examples.merge({"cats": [Path("a.png")], "   ": [Path("b.png")]})
    assert examples.counts() == {"cats": 1}
    assert examples.changes.calls == 1  # the observers' view matches what was added
    examples.add("cats", [Path("c.png")])
    assert examples.changes.calls == 2


def test_unique_name(examples):
    assert examples.unique_name("Class") == "Class"
    examples.add_class("Class")
    examples.add_class("Class 2")
    assert examples.unique_name("Class") == "Class 3"
    assert examples.unique_name("  ") == "Class 3"


# -- checks ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("counts", "words"),
    [
        ({"only": 12}, "two classes"),
        ({}, "two classes"),
        ({"a": 5, "b": 0}, "'b' has no examples"),
        ({"a": 5, "b": 7, "c": 0}, "'c' has no examples"),
        ({"a": 0, "b": 0}, "'a' has no examples"),
    ],
)
def test_require_trainable_refuses(counts, words):
    with pytest.raises(DataError) as caught:
        require_trainable(counts)
    assert_plain(str(caught.value), words)


def test_require_trainable_accepts():
    require_trainable({"a": 1, "b": 1})
    require_trainable({"a": 50, "b": 3, "c": 9})


def test_data_warnings_healthy():
    assert data_warnings({"a": 20, "b": 25, "c": 59}) == []
    assert data_warnings({"a": FEW_EXAMPLES, "b": FEW_EXAMPLES}) == []


def test_data_warnings_few():
    (warning,) = data_warnings({"a": 25, "b": FEW_EXAMPLES - 1, "c": 20})
    assert_plain(warning, "'b'", str(FEW_EXAMPLES))
    assert "'a'" not in warning
    (warning,) = data_warnings({k: 5 for k in "pqrst"})
    assert "'p', 'q', 'r' and others" in warning


def test_data_warnings_unbalanced():
    (warning,) = data_warnings({"big": 60, "small": 20, "mid": 30})
    assert_plain(warning, "'big' has 60", "'small' only 20")
    assert data_warnings({"big": 59, "small": 20}) == []  # just under three times as many
    assert data_warnings({"a": 30, "empty": 0, "b": 20}) == []  # empty classes are not the smallest


def test_data_warnings_both():
    warnings = data_warnings({"a": 3, "b": 40})
    assert len(warnings) == 2
    assert "Few examples" in warnings[0] and "unbalanced" in warnings[1]


@pytest.mark.parametrize(
    ("accuracy", "classes", "note"),
    [(0.5, 2, True), (0.54, 2, True), (0.56, 2, False), (0.95, 2, False), (0.3, 4, True), (0.35, 4, False), (0.0, 3, True)],
)
def test_chance_note(accuracy, classes, note):
    text = chance_note(accuracy, classes)
    if note:
        assert_plain(text, f"{accuracy:.0%}", f"{classes} classes")
    else:
        assert text is None


def test_shared_examples_names_the_file_and_both_classes(tmp_path):
    from mmstudio.core.checks import shared_examples

    same = tmp_path / "cat.png"
    assert shared_examples({"cats": [same], "dogs": [tmp_path / "dog.png"]}) is None
    message = shared_examples({"cats": [same], "dogs": [tmp_path / "dog.png", same]})
    assert "'cat.png' is in both 'cats' and 'dogs'" in message
