"""Start the GUI: create the application, show the window, and let slow work follow the first paint."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from mmstudio.gui.language import chosen_language, install_language


def configure(app: QApplication) -> None:
    """Names (where settings live), then the language: MMSTUDIO_LANGUAGE, the one chosen in the menu, or the
    system's (Chinese or English; mmstudio/gui/language.py)."""
    app.setApplicationName("mmstudio")
    app.setOrganizationName("mmstudio")
    app.setApplicationDisplayName("mmstudio")
    install_language(app, chosen_language())


def run_gui(argv: list[str] | None = None, project: Path | None = None) -> int:
    """The window, offering to recover a crashed session's work, or opening `project` (a checked file)."""
    os.environ.setdefault("QT_API", "pyside6")  # superqt goes through qtpy
    from mmstudio.gui.main_window import MainWindow

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = QApplication.instance() or QApplication(sys.argv if argv is None else argv)
    configure(app)
    _use_the_app_data_folder()
    window = MainWindow(offer_recovery=True, project=project)
    window.show()
    code = app.exec()
    return _end_process_if_busy(code)


def _use_the_app_data_folder() -> None:
    """Downloaded model weights go where this system keeps application data (the core takes the folder from an
    environment variable, since it cannot ask Qt); a folder the user set stays."""
    from PySide6.QtCore import QStandardPaths

    from mmstudio.core.downloads import DATA_DIR_VARIABLE

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if folder:
        os.environ.setdefault(DATA_DIR_VARIABLE, folder)


def _end_process_if_busy(code: int) -> int:
    """The window has closed, every job was asked to stop and given a second to do so (MainWindow.closeEvent).

    A job still running now cannot be interrupted (torch importing itself during the warm-up, a model being
    read) and its result is no longer wanted. Waiting for it would keep the process alive for seconds after the
    window went, and it would fail noisily as Python shuts down under it; so the process ends here at once.
    Settings are written first. A model save still running after that second would be cut short, but saves are
    atomic: the previous file stays whole.
    """
    from PySide6.QtCore import QSettings, QThreadPool

    if QThreadPool.globalInstance().activeThreadCount() == 0:
        return code
    QSettings().sync()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
