"""What the panels of a tab share besides the session: their heading style and the settings they remember."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-size: 15pt; font-weight: 600; padding: 2px 0 4px 0;")
    return label


class Remembered:
    """What a tab keeps between launches, in its medium's own settings group: the last folder, model and knobs."""

    def __init__(self, group: str) -> None:
        self.group = group

    def settings(self) -> QSettings:
        settings = QSettings()
        settings.beginGroup(self.group)
        return settings

    def last_folder(self) -> str:
        return str(self.settings().value("last_folder", str(Path.home())))

    def remember_folder(self, folder: str) -> None:
        self.settings().setValue("last_folder", folder)
