"""The project file: a whole session round trips (examples, settings, a model trained for real), paths stay
relative inside the project's folder, examples can be copied in, moved files are reported and the rest kept,
hostile files are refused in one plain sentence, and a failed save leaves the previous project whole."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
import torch

from mmstudio.core.checkpoint import load_bundle
from mmstudio.core.errors import DataError
from mmstudio.core.predictor import Predictor
from mmstudio.core.project import (
    MAX_CLASSES,
    MAX_EXAMPLES_PER_CLASS,
    MAX_PROJECT_BYTES,
    TabState,
    files_folder,
    models_folder,
    read_project,
    save_project,
)

from ._helpers import assert_plain

TYPED = ["rain all day", "sunny and warm", "a great goal", "the team won"]


@pytest.fixture
def pictures(tmp_path, shapes_dir) -> Path:
    """The drawn shapes copied into a folder of their own, beside where the projects go."""
    return Path(shutil.copytree(shapes_dir, tmp_path / "pictures"))


def session(pictures: Path, bundle=None) -> dict[str, TabState]:
    image = TabState(
        classes={
            "circle": sorted((pictures / "circle").glob("*.png"))[:5],
            "star": sorted((pictures / "star").glob("*.png"))[:4],
            "empty": [],
        },
        settings={"epochs": 7, "batch_size": 8, "learning_rate": 0.002, "val_split": 25, "seed": 3, "augment": True},
        model_name="cnn",
        preprocessing={"size": 28, "channels": 1},
        bundle=bundle,
    )
    text = TabState(classes={"weather": TYPED[:2], "sport": TYPED[2:]}, settings={"epochs": 4}, model_name="bow")
    return {"image": image, "text": text}


def probabilities(bundle, path: Path) -> dict:
    return Predictor(bundle).predict(path).probabilities


def test_a_session_with_a_trained_model_comes_back_whole(tmp_path, pictures, trained_cnn):
    tabs = session(pictures, trained_cnn)
    project = tmp_path / "work.mmproject"
    save_project(project, tabs)
    opened = read_project(project)
    assert opened.missing == {} and opened.problems == {}
    for name, state in tabs.items():
        back = opened.tabs[name]
        assert back.classes == state.classes  # order of classes and of examples too; typed texts as texts
        assert back.settings == state.settings and back.model_name == state.model_name
        assert back.preprocessing == state.preprocessing
    bundle = opened.tabs["image"].bundle
    assert bundle.history == trained_cnn.history and len(bundle.history) == 6  # the curves
    assert bundle.metrics == trained_cnn.metrics and bundle.classes == trained_cnn.classes
    example = tabs["image"].classes["circle"][0]
    assert probabilities(bundle, example) == pytest.approx(probabilities(trained_cnn, example))
    assert opened.tabs["text"].bundle is None
    assert [p.parent for p in models_folder(project).iterdir()] == [models_folder(project)]


def test_files_inside_the_projects_folder_are_stored_relative_so_the_folder_can_move(tmp_path, pictures):
    project = tmp_path / "work.mmproject"
    save_project(project, session(pictures))
    stored = json.loads(project.read_text())["media"]["image"]["classes"][0]["examples"][0]["file"]
    assert stored == "pictures/circle/" + sorted((pictures / "circle").glob("*.png"))[0].name
    moved = shutil.move(tmp_path, tmp_path.with_name(tmp_path.name + "-moved"))
    opened = read_project(Path(moved) / "work.mmproject")
    assert opened.missing == {}
    assert all(path.parent.parent == Path(moved) / "pictures" for path in opened.tabs["image"].classes["circle"])


def test_files_outside_the_projects_folder_are_stored_by_their_full_path(tmp_path, pictures):
    project = tmp_path / "projects" / "work.mmproject"
    project.parent.mkdir()
    save_project(project, session(pictures))
    stored = json.loads(project.read_text())["media"]["image"]["classes"][0]["examples"][0]["file"]
    assert Path(stored).is_absolute() and Path(stored).is_file()


def test_copying_the_examples_into_the_project(tmp_path, pictures):
    project = tmp_path / "projects" / "work.mmproject"
    project.parent.mkdir()
    tabs = session(pictures)
    (pictures / "other").mkdir()
    same_name = pictures / "other" / tabs["image"].classes["circle"][0].name
    tabs["image"].classes["circle"].append(Path(shutil.copy(tabs["image"].classes["star"][0], same_name)))
    classes = save_project(project, tabs, copy_files=True)
    copies = classes["image"]["circle"]
    assert all(path.parent == files_folder(project) / "image" / "circle" for path in copies)
    assert len(set(copies)) == len(copies) == 6  # two files of the same name got two names
    assert classes["text"] == tabs["text"].classes  # typed texts stay texts
    shutil.rmtree(pictures)  # the originals may go now
    opened = read_project(project)
    assert opened.missing == {}
    assert opened.tabs["image"].classes["circle"] == copies
    assert save_project(project, opened.tabs, copy_files=True)["image"] == opened.tabs["image"].classes  # not twice


def test_moved_files_are_named_and_the_rest_is_kept(tmp_path, pictures):
    project = tmp_path / "work.mmproject"
    tabs = session(pictures)
    save_project(project, tabs)
    gone = tabs["image"].classes["circle"][1:3]
    for path in gone:
        path.unlink()
    opened = read_project(project)
    assert opened.missing == {"image": gone}
    assert opened.tabs["image"].classes["circle"] == [tabs["image"].classes["circle"][0], *tabs["image"].classes["circle"][3:]]
    assert opened.tabs["image"].classes["star"] == tabs["image"].classes["star"]


def test_a_missing_model_file_is_a_problem_and_the_examples_are_kept(tmp_path, pictures, trained_cnn):
    project = tmp_path / "work.mmproject"
    save_project(project, session(pictures, trained_cnn))
    shutil.rmtree(models_folder(project))
    opened = read_project(project)
    assert opened.tabs["image"].bundle is None and len(opened.tabs["image"].classes["circle"]) == 5
    [problem] = opened.problems["image"]
    assert_plain(problem, "does not exist", "kept")


def test_a_failed_save_leaves_the_previous_project_whole(tmp_path, pictures, trained_cnn):
    project = tmp_path / "work.mmproject"
    save_project(project, session(pictures, trained_cnn))
    before = project.read_bytes()
    models_before = sorted(models_folder(project).iterdir())
    broken = replace(trained_cnn, state_dict={k: torch.full_like(v, float("nan")) if v.is_floating_point() else v
                                              for k, v in trained_cnn.state_dict.items()})
    with pytest.raises(Exception):
        save_project(project, session(pictures, broken))
    assert project.read_bytes() == before
    assert sorted(models_folder(project).iterdir()) == models_before
    assert read_project(project).tabs["image"].bundle.history == trained_cnn.history


def test_saving_again_removes_the_models_the_project_no_longer_holds(tmp_path, pictures, trained_cnn):
    project = tmp_path / "work.mmproject"
    save_project(project, session(pictures, trained_cnn))
    (models_folder(project) / "mine.mmstudio").write_bytes(b"the user's own file")
    save_project(project, session(pictures))
    assert [p.name for p in models_folder(project).iterdir()] == ["mine.mmstudio"]
    assert read_project(project).tabs["image"].bundle is None


# ---------------------------------------------------------------------------------------------------- hostile files
def saved_document(tmp_path, pictures) -> tuple[Path, dict]:
    project = tmp_path / "work.mmproject"
    save_project(project, session(pictures))
    return project, json.loads(project.read_text())


def refused(project: Path, document, *words: str) -> None:
    project.write_text(json.dumps(document) if not isinstance(document, str) else document)
    with pytest.raises(DataError) as caught:
        read_project(project)
    assert_plain(str(caught.value), *words)
    assert "\n" not in str(caught.value)


def test_hostile_files_are_refused_in_one_plain_sentence(tmp_path, pictures):
    project, good = saved_document(tmp_path, pictures)
    image = good["media"]["image"]

    def changed(**media_image):
        return {**good, "media": {**good["media"], "image": {**image, **media_image}}}

    refused(project, "{not json", "not valid JSON")
    refused(project, [1, 2], "not an mmstudio project")
    refused(project, {**good, "format": "something else"}, "not an mmstudio project")
    refused(project, {**good, "format_version": 99}, "newer version")
    refused(project, {**good, "media": {**good["media"], "video": {"classes": []}}}, "video", "does not know")
    refused(project, changed(classes="circle"), "'media.image.classes' must be a list")
    refused(project, changed(classes=[{"name": 3, "examples": []}]), "'media.image.classes[0].name' must be a text")
    refused(project, changed(classes=[{"name": "a", "examples": [{"text": "typed"}]}]), "must be a file")
    refused(project, changed(classes=[{"name": "a", "examples": [{"file": 7}]}]), "must be a text")
    refused(project, changed(classes=[{"name": "a", "examples": []}] * 2), "there twice")
    refused(project, changed(settings={"epochs": {"deep": 1}}), "'media.image.settings.epochs'")
    refused(project, changed(model="not-a-network"), "'media.image.model' must be one of")
    refused(project, changed(classes=[{"name": str(k), "examples": []} for k in range(MAX_CLASSES + 1)]), "1000")
    many = [{"file": "a"}] * (MAX_EXAMPLES_PER_CLASS + 1)
    refused(project, changed(classes=[{"name": "a", "examples": many}]), str(MAX_EXAMPLES_PER_CLASS))
    for escape in ("../../etc/passwd", "/etc/passwd", "work.models/../../x.mmstudio", "..\\..\\x.mmstudio"):
        refused(project, changed(model_file=escape), "model_file", "inside the project's folder")


def test_a_file_too_large_is_refused_before_it_is_read(tmp_path):
    project = tmp_path / "big.mmproject"
    with project.open("wb") as handle:
        handle.truncate(MAX_PROJECT_BYTES + 1)  # sparse: costs no disk, and is never read
    with pytest.raises(DataError) as caught:
        read_project(project)
    assert_plain(str(caught.value), "too large")


def test_a_project_that_does_not_exist(tmp_path):
    with pytest.raises(DataError) as caught:
        read_project(tmp_path / "gone.mmproject")
    assert_plain(str(caught.value), "does not exist")


def test_the_model_file_is_an_ordinary_model_file(tmp_path, pictures, trained_cnn):
    """No pickle anywhere: what sits in NAME.models is read by the same strict reader as any model file."""
    project = tmp_path / "work.mmproject"
    save_project(project, session(pictures, trained_cnn))
    [model] = models_folder(project).iterdir()
    assert load_bundle(model, modality="image").classes == trained_cnn.classes
