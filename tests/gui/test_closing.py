"""Closing the window: a trained model that was not saved is offered to be saved (Save / Discard / Cancel),
and the app's process ends cleanly, with nothing in its log that looks like an error."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.gui.driving import load_folder, train

Button = QMessageBox.StandardButton


@pytest.fixture
def trained_window(qtbot, window, shapes):
    tab = window.tab_for("image")
    load_folder(qtbot, tab, shapes)
    train(qtbot, tab, epochs=1)
    return window


def answer(monkeypatch, button) -> list:
    """Answer the close question with `button`; the questions asked are collected."""
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_cancel_keeps_the_window_and_the_model(monkeypatch, trained_window):
    asked = answer(monkeypatch, Button.Cancel)
    trained_window.close()
    assert len(asked) == 1 and "Image" in asked[0]
    assert trained_window.isVisible()
    assert trained_window.tab_for("image").session.predictor is not None


def test_discard_closes(monkeypatch, trained_window):
    asked = answer(monkeypatch, Button.Discard)
    trained_window.close()
    assert len(asked) == 1 and not trained_window.isVisible()


def test_save_writes_the_model_then_closes(qtbot, monkeypatch, trained_window, tmp_path):
    from mmstudio.core.checkpoint import load_bundle

    answer(monkeypatch, Button.Save)
    target = tmp_path / "kept.mmstudio"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    trained_window.close()
    qtbot.waitUntil(lambda: not trained_window.isVisible(), timeout=10_000)
    assert load_bundle(target).classes == ["circle", "square", "star"]


def test_a_saved_model_is_not_asked_about(qtbot, monkeypatch, trained_window, tmp_path):
    asked = answer(monkeypatch, Button.Cancel)
    tab = trained_window.tab_for("image")
    tab.try_panel.save_model(tmp_path / "saved.mmstudio")
    qtbot.waitUntil(lambda: not tab.session.has_unsaved_model(), timeout=10_000)
    trained_window.close()
    assert asked == [] and not trained_window.isVisible()


CLOSE_EARLY = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QStandardPaths, QTimer
    from PySide6.QtWidgets import QApplication
    QStandardPaths.setTestModeEnabled(True)
    app = QApplication(sys.argv[:1])

    def close_the_window():
        for widget in QApplication.topLevelWidgets():
            if widget.inherits("QMainWindow"):
                widget.close()

    QTimer.singleShot(int(sys.argv[1]), close_the_window)
    from mmstudio.gui.app import run_gui
    sys.exit(run_gui())
    """
)

ERROR_SIGNS = ("Traceback", "Error", "Exception ignored", "Fatal")


@pytest.mark.parametrize("close_after_ms", [1500])
def test_closing_right_after_launch_ends_the_process_without_errors(close_after_ms, tmp_path):
    """During the warm-up (torch importing in the background) and just after it."""
    env = {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / ".config"), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", CLOSE_EARLY, str(close_after_ms)], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.returncode == 0, result.stderr[-2000:]
    log = result.stdout + result.stderr
    assert not [sign for sign in ERROR_SIGNS if sign in log], log[-3000:]
