"""Start the GUI: create the application, show the window, and let slow work follow the first paint."""

from __future__ import annotations

import logging
import os
import sys


def run_gui(argv: list[str] | None = None) -> int:
    os.environ.setdefault("QT_API", "pyside6")  # superqt goes through qtpy
    from PySide6.QtWidgets import QApplication

    from mmstudio.gui.main_window import MainWindow

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = QApplication.instance() or QApplication(sys.argv if argv is None else argv)
    app.setApplicationName("mmstudio")
    app.setOrganizationName("mmstudio")
    app.setApplicationDisplayName("mmstudio")
    window = MainWindow()
    window.show()
    return app.exec()
