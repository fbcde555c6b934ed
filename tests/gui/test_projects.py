"""Projects in the real window: a session saved and opened whole in a new window (classes, examples, settings,
model choice, the model's answers and curves), the recent list, moved files told in plain words, New asking
first, autosave and recovery after a crash, and `mmstudio FILE`."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from mmstudio.core.project import files_folder
from mmstudio.gui.project import MAX_RECENT, autosave_path
from tests.gui.driving import load_folder, train

TYPED = {"weather": ["rain and wind all day", "sunny and warm this morning", "snow falling tonight"],
         "sport": ["the team won the match", "a great goal in the final", "the runner broke the record"]}


@pytest.fixture
def pictures(tmp_path, shapes) -> Path:
    """The drawn shapes in this test's own folder, so a test may move or delete some."""
    return Path(shutil.copytree(shapes, tmp_path / "pictures"))


@pytest.fixture
def new_window(qtbot):
    """Another main window, as a second launch of the app would make."""
    from mmstudio.gui.main_window import MainWindow

    def make(**options):
        win = MainWindow(load_sample_on_first_launch=False, **options)
        qtbot.addWidget(win, before_close_func=lambda window: window.discard_unsaved_models())
        win.show()
        qtbot.waitExposed(win)
        return win

    return make


def examples_of(tab) -> dict:
    return {name: tab.session.examples.items(name) for name in tab.session.examples.class_names}


def save(qtbot, window, path: Path) -> None:
    window.projects.save_to(path)
    qtbot.waitUntil(lambda: window.projects.path == path and not window.isWindowModified(), timeout=20_000)


def open_in(qtbot, window, path: Path) -> None:
    opened = []
    window.projects.open(path, on_done=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    assert opened == [True]


def fill(qtbot, window, pictures: Path) -> None:
    """Pictures dropped on the Image tab and trained on; typed texts in the Text tab, another network chosen."""
    image = window.tab_for("image")
    load_folder(qtbot, image, pictures)
    train(qtbot, image, epochs=2)
    image.train_panel.settings_form.seed.setValue(7)  # changed after training: the project keeps the form
    image.train_panel.settings_form.learning_rate.setValue(0.0025)
    text = window.tab_for("text")
    for name, lines in TYPED.items():
        text.session.examples.add(name, lines)
    text.train_panel.model_combo.setCurrentIndex(text.train_panel.model_combo.findData("lstm"))
    text.max_length.setValue(77)


def test_a_saved_project_opens_whole_in_a_new_window(qtbot, window, new_window, pictures, tmp_path):
    fill(qtbot, window, pictures)
    assert window.isWindowModified()
    project = tmp_path / "work.mmproject"
    save(qtbot, window, project)
    assert window.windowTitle() == "work[*]"
    assert not window.tab_for("image").session.has_unsaved_model()  # the project holds it

    other = new_window()
    open_in(qtbot, other, project)
    assert other.windowTitle() == "work[*]" and not other.isWindowModified()
    for name in ("image", "text"):
        before, after = window.tab_for(name), other.tab_for(name)
        assert examples_of(after) == examples_of(before)
        assert after.train_panel.settings_form.values() == before.train_panel.settings_form.values()
        assert after.train_panel.model_name() == before.train_panel.model_name()
        assert after.preprocessing() == before.preprocessing()
    assert other.tab_for("text").train_panel.model_name() == "lstm"
    assert other.tab_for("image").train_panel.settings_form.seed.value() == 7
    image_before, image_after = window.tab_for("image"), other.tab_for("image")
    example = image_before.session.examples.items("star")[0]
    assert image_after.session.predictor.predict(example).probabilities == pytest.approx(
        image_before.session.predictor.predict(example).probabilities
    )
    assert image_after.session.bundle.history == image_before.session.bundle.history
    image_after.on_libraries_ready()
    assert image_after.train_panel.curves.epoch_points() == 2
    assert not image_after.session.has_unsaved_model()  # closing will not ask to save a model the project holds
    assert other.projects.recent()[0] == project


def test_the_copy_option_moves_the_examples_into_the_project(qtbot, window, pictures, tmp_path):
    image = window.tab_for("image")
    load_folder(qtbot, image, pictures)
    window.copy_files_action.trigger()
    assert window.projects.copy_files()
    project = tmp_path / "shared" / "work.mmproject"
    project.parent.mkdir()
    save(qtbot, window, project)
    items = [item for _, item in [(n, i) for n in image.session.examples.class_names
                                  for i in image.session.examples.items(n)]]
    assert len(items) == 72 and all(Path(item).is_relative_to(files_folder(project)) for item in items)
    assert not window.isWindowModified()


def test_moved_files_are_told_and_the_rest_is_kept(qtbot, window, new_window, pictures, tmp_path):
    image = window.tab_for("image")
    load_folder(qtbot, image, pictures)
    project = tmp_path / "work.mmproject"
    save(qtbot, window, project)
    gone = sorted((pictures / "circle").glob("*.png"))[:5]
    for path in gone:
        path.unlink()
    other = new_window()
    open_in(qtbot, other, project)
    tab = other.tab_for("image")
    assert len(tab.session.examples) == 72 - 5
    message = tab.message.text()
    assert message.startswith("5 example files could not be found") and f"“{gone[0].name}”" in message
    assert "…" in message and tab.message.kind == "warning"
    assert other.tab_for("text").message.text() == ""


def test_the_recent_list_keeps_the_last_eight_and_forgets_a_missing_one(qtbot, window, tmp_path, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    paths = [tmp_path / f"p{k}.mmproject" for k in range(10)]
    for path in paths:
        window.projects.add_recent(path)
    assert window.projects.recent() == paths[::-1][:MAX_RECENT]
    window._fill_recent_menu()
    assert [a.text() for a in window.recent_menu.actions()] == [p.stem for p in paths[::-1][:MAX_RECENT]]
    window.recent_menu.actions()[0].trigger()  # p9 was never written
    assert paths[9] not in window.projects.recent() and len(window.projects.recent()) == MAX_RECENT - 1
    assert told and "p9" in told[0] and "recent list" in told[0]


def test_new_project_asks_first_and_then_starts_empty(qtbot, window, pictures, monkeypatch):
    image = window.tab_for("image")
    load_folder(qtbot, image, pictures)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.projects.new_project()
    assert len(image.session.examples) == 72
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.projects.new_project()
    assert len(image.session.examples) == 0 and not window.isWindowModified() and window.projects.path is None


def test_autosave_after_a_change_then_recovery_in_a_new_window(qtbot, window, new_window, pictures, monkeypatch):
    autosave_path().unlink(missing_ok=True)
    window.projects.autosave_timer.setInterval(100)  # a minute in the app
    image = window.tab_for("image")
    load_folder(qtbot, image, pictures)
    window.tab_for("text").session.examples.add("weather", TYPED["weather"])
    qtbot.waitUntil(autosave_path().is_file, timeout=20_000)
    qtbot.waitUntil(lambda: "weather" in autosave_path().read_text(), timeout=20_000)
    # the first window "crashed" (it is still open: nothing removed the autosave); the next launch offers it
    asked = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    other = new_window()
    done = []
    assert other.projects.offer_recovery(on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    assert "Recover the unsaved work from" in asked[0]
    assert examples_of(other.tab_for("image")) == examples_of(image)
    assert examples_of(other.tab_for("text")) == {"weather": TYPED["weather"]}
    assert other.isWindowModified()  # recovered work is still not saved in a project
    other.close()
    assert not autosave_path().exists()  # a clean close removes it
    assert not other.projects.offer_recovery()


def test_no_autosave_while_training(qtbot, window, pictures):
    autosave_path().unlink(missing_ok=True)
    image = window.tab_for("image")
    load_folder(qtbot, image, pictures)
    image.train_panel.settings_form.epochs.setValue(30)
    image.train_panel.start_training()
    qtbot.waitUntil(lambda: image.session.training, timeout=10_000)
    window.projects.autosave_timer.stop()
    window.projects.autosave()
    assert window.projects.autosave_timer.isActive()  # tried again later
    qtbot.wait(1500)  # time enough for a save job to write
    assert not autosave_path().exists()
    image.train_panel.stop_training()
    qtbot.waitUntil(lambda: not image.session.training, timeout=30_000)


def test_mmstudio_file_opens_the_window_with_it(qtbot, window, new_window, pictures, tmp_path):
    load_folder(qtbot, window.tab_for("image"), pictures)
    project = tmp_path / "work.mmproject"
    save(qtbot, window, project)
    other = new_window(project=project)  # what `mmstudio work.mmproject` makes (run_gui passes it on)
    qtbot.waitUntil(lambda: len(other.tab_for("image").session.examples) == 72, timeout=30_000)
    assert other.windowTitle() == "work[*]"


@pytest.mark.parametrize("content", [None, "{not json", json.dumps({"format": "mmstudio project", "media": 3})])
def test_mmstudio_with_a_bad_project_file_says_so_in_one_line(tmp_path, content):
    project = tmp_path / "bad.mmproject"
    if content is not None:
        project.write_text(content)
    result = subprocess.run([sys.executable, "-m", "mmstudio", str(project)], capture_output=True, text=True,
                            timeout=60, env={"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "bad.mmproject" in lines[0], result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
