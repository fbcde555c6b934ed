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
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.isVisible():
        win.close()


@pytest.fixture
def tab(window):
    return window.tab_for("image")
