"""View › Language switches at once and loses nothing: the window is built again in the language chosen and
holds the whole session (examples, settings, the model trained and never saved, its curves and results, what
was tried, the tab on show, the window's place, the splitters, the project and whether it is saved), with no
question asked; during a training run the switch waits for its end, and says so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid

from mmstudio.gui import language
from mmstudio.gui.project import autosave_path
from tests.gui.driving import drop, load_folder, train

TYPED = {"weather": ["rain and wind all day", "sunny and warm this morning", "snow falling tonight"],
         "sport": ["the team won the match", "a great goal in the final", "the runner broke the record"]}


@pytest.fixture
def asked(monkeypatch) -> list:
    """Every question, warning or notice a dialog would put to the user (none is wanted here)."""
    asked = []
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *args, name=name: asked.append((name, args[2])))
    return asked


@pytest.fixture
def windows(qtbot, qapp):
    """The test's windows: the first, in English, then each one a switch builds. Whichever is still open at
    the end is closed; the application speaks English again."""
    from mmstudio.gui.main_window import MainWindow

    QSettings().clear()
    first = MainWindow(load_sample_on_first_launch=False)
    first.resize(1280, 800)
    first.show()
    qtbot.waitExposed(first)
    made = [first]
    yield made
    for window in made:
        if isValid(window) and window.isVisible():
            window.discard_unsaved_models()
            window.close()
    language.install_language(qapp, "en")


def menu_of(window) -> language.LanguageMenu:
    return window.findChild(language.LanguageMenu)


def choose(window, name: str) -> None:
    next(action for action in menu_of(window).actions() if action.text() == name).trigger()


def switch(qtbot, windows: list, name: str):
    """Choose `name` in the last window's menu; the window built in it, once the old one has gone."""
    old = windows[-1]
    with qtbot.waitSignal(menu_of(old).switched, timeout=10_000) as built:
        choose(old, name)
    new = built.args[0]
    windows.append(new)
    qtbot.waitExposed(new)
    qtbot.waitUntil(lambda: not isValid(old), timeout=10_000)  # closed and deleted
    qtbot.waitUntil(lambda: new.libraries_ready, timeout=60_000)
    return new


def session_of(window) -> dict:
    """What the user has in the window, in words that do not depend on the language."""
    state = {}
    for tab in window.modality_tabs():
        session, panel = tab.session, tab.train_panel
        state[tab.medium.name] = {
            "examples": {name: session.examples.items(name) for name in session.examples.class_names},
            "settings": panel.settings_form.values(),
            "model": panel.model_name(),
            "preprocessing": tab.preprocessing(),
            "config": tab.model_config(panel.model_spec()),
            "continue": panel.continue_check.isChecked(),
            "settings shown": panel.settings_toggle.isChecked(),
            "bundle": id(session.bundle) if session.bundle is not None else None,  # the same model, in memory
            "unsaved model": session.has_unsaved_model(),
            "held back": len(session.validation),
            "results": (panel.per_class_table.rowCount(), len(panel.mistakes.shown())),
            "results tab": panel.results_tabs.currentIndex(),
            "columns": tab.columns.sizes() if tab.isVisible() else None,  # hidden, it has no sizes of its own
            "curves": panel.curves.epoch_points() if session.bundle is not None else 0,
        }
    state["text"]["typed, not added"] = window.tab_for("text").typing_box.toPlainText()
    state["window"] = {
        "tab": window.tabs.currentIndex(),
        "geometry": window.geometry().getRect(),
        "modified": window.isWindowModified(),
        "project": window.projects.path,
        "recent": window.projects.recent(),
    }
    return state


def curves_of(tab) -> list:
    """The curves as drawn: per epoch and per batch, and the epochs the x axis plans for."""
    curves = tab.train_panel.curves
    drawn = [[list(a) for a in curves.curve(plot, series).getData()]
             for plot in ("loss", "accuracy") for series in ("train", "validation", "batch")]
    return [drawn, curves.batch_points(), curves.curve("loss", "train").getViewBox().viewRange()[0]]


def test_the_menu_names_each_language_in_itself_and_remembers_the_choice(qtbot, windows, asked):
    window = windows[0]
    menu = menu_of(window)
    assert menu.title() == "&Language"
    assert [(a.text(), a.isChecked()) for a in menu.actions()] == [("English", True), ("简体中文", False)]
    choose(window, "English")  # the language on show: nothing to do
    assert QSettings().value(language.SETTING) == "en" and window.isVisible() and not menu.waiting.isActive()
    chinese = switch(qtbot, windows, "简体中文")
    assert QSettings().value(language.SETTING) == "zh_CN" and language.chosen_language() == "zh_CN"  # next start
    assert menu_of(chinese).title() == "语言(&L)" and chinese.isVisible()
    assert asked == []


def test_switching_to_chinese_and_back_keeps_the_whole_session(qtbot, windows, shapes, asked):
    window = windows[0]
    image, text = window.tab_for("image"), window.tab_for("text")
    load_folder(qtbot, image, shapes)
    train(qtbot, image, epochs=2)
    image.train_panel.settings_form.seed.setValue(7)  # changed after training
    image.train_panel.settings_toggle.setChecked(True)
    image.train_panel.results_tabs.setCurrentIndex(2)  # the mistakes
    star = image.session.examples.items("star")[0]
    image.try_panel.try_item(star)
    qtbot.waitUntil(lambda: image.try_panel.prediction_label.text() in ("circle", "square", "star"), timeout=20_000)
    tried = image.try_panel.prediction_label.text()
    for name, lines in TYPED.items():
        text.session.examples.add(name, lines)
    text.train_panel.model_combo.setCurrentIndex(text.train_panel.model_combo.findData("lstm"))
    text.bidirectional.setChecked(True)
    text.typing_box.setPlainText("a line typed and not added yet")
    window.tabs.setCurrentWidget(text)
    text.columns.setSizes([420, 480, 380])
    qtbot.waitUntil(lambda: window.work_under_way() is None, timeout=20_000)
    before, curves = session_of(window), curves_of(image)
    probabilities = image.session.predictor.predict(star).probabilities
    explained = image.train_panel.explained_mistake
    assert before["image"]["unsaved model"] and before["image"]["held back"] and before["window"]["modified"]
    assert explained is not None  # the model's most confident mistake, explained beside the list

    chinese = switch(qtbot, windows, "简体中文")
    assert [action.text() for action in chinese.menuBar().actions()] == ["文件(&F)", "视图(&V)", "帮助(&H)"]
    assert chinese.tabs.tabText(0) == "图片" and chinese.tab_for("image").train_panel.train_button.text() == "训练"
    assert [(a.text(), a.isChecked()) for a in menu_of(chinese).actions()] == [("English", False), ("简体中文", True)]
    assert session_of(chinese) == before
    image = chinese.tab_for("image")
    assert image.session.predictor.predict(star).probabilities == pytest.approx(probabilities)
    assert curves_of(image) == curves and curves[1] > 0
    assert image.train_panel.progress.value() == image.train_panel.progress.maximum() == 1  # as after the run

    def tried_again() -> None:
        assert image.try_panel.prediction_label.text() == tried, image.message.text()

    qtbot.waitUntil(tried_again, timeout=20_000)
    qtbot.waitUntil(lambda: image.train_panel.explained_mistake == explained, timeout=20_000)  # explained again
    assert chinese.windowTitle() == "训练并试用你自己的分类器[*]" and chinese.isWindowModified()

    english = switch(qtbot, windows, "English")
    assert english.menuBar().actions()[0].text() == "&File"
    assert english.tab_for("image").train_panel.train_button.text() == "Train"
    assert session_of(english) == before
    assert english.tab_for("image").session.predictor.predict(star).probabilities == pytest.approx(probabilities)
    assert QSettings().value(language.SETTING) == "en"
    assert asked == []


def test_an_open_project_stays_open_saved_or_not_and_its_autosave_stays(
    qtbot, windows, shapes, tmp_path, asked, monkeypatch
):
    window = windows[0]
    image = window.tab_for("image")
    load_folder(qtbot, image, shapes)
    train(qtbot, image, epochs=1)
    project = tmp_path / "work.mmproject"
    window.projects.save_to(project)
    qtbot.waitUntil(lambda: window.projects.path == project and not window.isWindowModified(), timeout=20_000)

    chinese = switch(qtbot, windows, "简体中文")
    assert chinese.windowTitle() == "work[*]" and not chinese.isWindowModified()
    assert chinese.projects.path == project and chinese.projects.recent()[0] == project
    assert not chinese.tab_for("image").session.has_unsaved_model()  # the project holds it

    autosave_path().unlink(missing_ok=True)
    chinese.projects.autosave_timer.setInterval(100)  # a minute in the app
    chinese.tab_for("text").session.examples.add("weather", TYPED["weather"])
    qtbot.waitUntil(autosave_path().is_file, timeout=20_000)
    qtbot.waitUntil(lambda: chinese.work_under_way() is None, timeout=20_000)
    chinese.projects.autosave_timer.setInterval(60_000)
    chinese.tab_for("text").session.examples.add("sport", TYPED["sport"])  # not autosaved yet

    english = switch(qtbot, windows, "English")
    assert autosave_path().is_file()  # the old window's close kept it
    assert english.isWindowModified() and english.windowTitle() == "work[*]"
    assert english.projects.autosave_timer.isActive()  # the last change is still to be autosaved
    assert set(english.tab_for("text").session.examples.class_names) == {"weather", "sport"}
    assert asked == []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Discard)
    english.close()  # this window asks as ever (the project has changes), then closes cleanly
    assert not english.isVisible() and not autosave_path().exists()


def test_a_switch_during_training_waits_for_its_end_and_can_be_called_off(qtbot, windows, shapes, asked):
    window = windows[0]
    image = window.tab_for("image")
    load_folder(qtbot, image, shapes)
    image.train_panel.settings_form.epochs.setValue(200)
    image.train_panel.settings_form.patience.setValue(0)  # no early stop: it trains until stopped
    image.train_panel.start_training()
    qtbot.waitUntil(lambda: image.session.training, timeout=10_000)
    menu = menu_of(window)
    built = []
    menu.switched.connect(built.append)

    choose(window, "简体中文")
    assert QSettings().value(language.SETTING) == "zh_CN"  # remembered at once
    assert image.message.text().startswith("训练结束后将切换语言。按“停止”（Esc）")  # in the language chosen
    qtbot.waitUntil(lambda: image.train_panel.curves.epoch_points() >= 1, timeout=60_000)  # it trains on
    assert built == [] and language.running_language() == "en" and window.isVisible()
    choose(window, "English")  # changed my mind
    assert image.message.text() == "" and not menu.waiting.isActive()
    choose(window, "简体中文")
    assert image.message.text().startswith("训练结束后将切换语言")

    with qtbot.waitSignal(menu.switched, timeout=60_000) as switched:
        image.train_panel.stop_training()
    chinese = switched.args[0]
    windows.append(chinese)
    assert built == [chinese] and language.running_language() == "zh_CN"
    kept = chinese.tab_for("image").session
    assert kept.bundle is not None and kept.predictor is not None and kept.has_unsaved_model()
    assert chinese.tab_for("image").train_panel.train_button.text() == "训练"
    assert asked == []


def test_other_work_under_way_is_waited_for_and_what_it_brings_is_kept(qtbot, windows, shapes, asked):
    window = windows[0]
    image = window.tab_for("image")
    drop(image, [shapes])  # read off the GUI thread: still under way when the language is chosen
    assert window.work_under_way() == "work"
    with qtbot.waitSignal(menu_of(window).switched, timeout=30_000) as switched:
        choose(window, "简体中文")
        assert image.message.text() == "正在进行的工作完成后将立即切换语言。"
    chinese = switched.args[0]
    windows.append(chinese)
    assert len(chinese.tab_for("image").session.examples) == 72
    assert asked == []


def test_the_microphone_chosen_stays_chosen_in_the_new_language(qtbot, sound_device, windows, asked):
    from tests.gui.test_audio_tab import wait_for_sound_check

    audio = windows[0].tab_for("audio")
    wait_for_sound_check(qtbot, audio)
    combo = audio.device_combo
    assert combo.count() >= 2, "the test's sound server offers a choice of inputs"
    wanted = combo.count() - 1 if combo.currentIndex() != combo.count() - 1 else 0
    combo.setCurrentIndex(wanted)
    combo.activated.emit(wanted)  # as a click in the list does
    name = combo.currentText()
    new = switch(qtbot, windows, "简体中文")
    new_audio = new.tab_for("audio")
    qtbot.waitUntil(lambda: new_audio.device_combo.count() > 0, timeout=20_000)
    assert new_audio.device_combo.currentText() == name
    assert asked == []
