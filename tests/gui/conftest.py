"""Fixtures that drive the real main window: real folders of drawn images, real drops, real training."""

from __future__ import annotations

from pathlib import Path

import pytest

from mmstudio.core.media.image.samples import write_shapes


@pytest.fixture(scope="session", autouse=True)
def isolated_settings(qapp):
    """Settings go to a test location, never to the user's real configuration."""
    from PySide6.QtCore import QSettings, QStandardPaths

    from mmstudio.gui.app import configure

    configure(qapp)
    QStandardPaths.setTestModeEnabled(True)
    qapp.setOrganizationName("mmstudio-tests")
    qapp.setApplicationName("mmstudio-tests")
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture(scope="session")
def shapes(tmp_path_factory) -> Path:
    """Three classes of 24 small drawn pictures each."""
    return write_shapes(tmp_path_factory.mktemp("shapes"), per_class=24, size=28, classes=("circle", "square", "star"))


@pytest.fixture
def window(qtbot):
    from PySide6.QtCore import QSettings

    from mmstudio.gui.main_window import MainWindow

    QSettings().clear()  # each test starts like a first launch (remembered model and epochs forgotten)
    win = MainWindow(load_sample_on_first_launch=False)
    # pytest-qt closes it after the test; a test that trained has no model to save
    qtbot.addWidget(win, before_close_func=lambda window: window.discard_unsaved_models())
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.isVisible():
        win.discard_unsaved_models()
        win.close()


@pytest.fixture
def tab(window):
    return window.tab_for("image")


@pytest.fixture(autouse=True)
def no_question_blocks_a_test(monkeypatch):
    """A question box has no one to answer it offscreen: unless a test answers it itself (test_closing.py),
    the close question is answered Discard, so a forgotten one cannot hang the suite."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard)
