"""The interface language: English or Simplified Chinese.

At the first start it follows the system (any Chinese locale gives Chinese, anything else English); View › Language
changes it and remembers the choice, which applies the next time mmstudio starts: widgets keep the texts they were
built with, so the menu offers to restart instead of retranslating every widget live. MMSTUDIO_LANGUAGE=zh_CN (or
en) overrides both, for tests, demos and screenshots.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QProcess,
    QProcessEnvironment,
    QSettings,
    QTranslator,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from mmstudio.core.resources import resources_dir

LANGUAGES = {"en": "English", "zh_CN": "简体中文"}  # each named in its own language, never translated
SETTING = "language"
OVERRIDE = "MMSTUDIO_LANGUAGE"
TRANSLATOR = "mmstudio-translator"  # the object name of the translators installed here, to find and replace them
RUNNING = "mmstudio_language"  # the application's property naming the language installed
CONTEXT = "LanguageMenu"
RESTART_NOTE = QT_TRANSLATE_NOOP("LanguageMenu", "The language changes the next time mmstudio starts.")
RESTART_NOW = QT_TRANSLATE_NOOP("LanguageMenu", "Restart now")
LATER = QT_TRANSLATE_NOOP("LanguageMenu", "Later")


def system_language(locale: QLocale) -> str:
    return "zh_CN" if locale.language() == QLocale.Language.Chinese else "en"


def chosen_language(locale: QLocale | None = None) -> str:
    """MMSTUDIO_LANGUAGE, else the choice remembered from the menu, else the system's language."""
    override = os.environ.get(OVERRIDE, "")
    if override in LANGUAGES:
        return override
    remembered = QSettings().value(SETTING, "", type=str)
    if remembered in LANGUAGES:
        return remembered
    return system_language(QLocale.system() if locale is None else locale)


def _translator(language: str, name: str, folder: str) -> QTranslator | None:
    translator = QTranslator()
    translator.setObjectName(TRANSLATOR)
    return translator if translator.load(f"{name}_{language}", folder) else None


def translators(language: str) -> list[QTranslator]:
    """mmstudio's messages in `language`, over the English file (its plural forms) and Qt's own (standard buttons,
    file dialogs), in the order to install them: Qt asks the one installed last first."""
    ours = str(resources_dir() / "i18n")
    wanted = [("en", "mmstudio", ours)]
    if language != "en":
        wanted += [(language, "qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
        wanted += [(language, "mmstudio", ours)]
    return [t for t in (_translator(*args) for args in wanted) if t is not None]


def install_language(app: QCoreApplication, language: str) -> None:
    """Speak `language` from now on, replacing the translators of a language installed before."""
    for old in app.findChildren(QTranslator, TRANSLATOR):
        app.removeTranslator(old)
        old.setParent(None)
    for translator in translators(language):
        translator.setParent(app)
        app.installTranslator(translator)
    app.setProperty(RUNNING, language)


def running_language() -> str:
    """The language the window was built in."""
    return QCoreApplication.instance().property(RUNNING) or "en"


def in_language(language: str, text: str) -> str:
    """One of this module's messages in `language`, whatever language is installed (the restart note is shown in
    the language just chosen, which the user reads)."""
    for translator in reversed(translators(language)):
        translated = translator.translate(CONTEXT, text)
        if translated:
            return translated
    return text


def restart() -> None:
    """Start mmstudio again, without the override that would bring the old language back."""
    process = QProcess()
    environment = QProcessEnvironment.systemEnvironment()
    environment.remove(OVERRIDE)
    process.setProcessEnvironment(environment)
    process.setProgram(sys.executable)
    process.setArguments(["-m", "mmstudio"])
    process.startDetached()


class LanguageMenu(QMenu):
    """Language / 语言: one radio action per language; choosing one remembers it and offers to restart."""

    def __init__(self, window: QMainWindow, running: str) -> None:
        super().__init__(window)
        self.setTitle(self.tr("&Language"))
        self.window_ = window
        self.running = running
        self.group = QActionGroup(self)
        for language, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True, checked=language == running)
            action.setData(language)
            self.group.addAction(action)
            self.addAction(action)
        self.group.triggered.connect(lambda action: self.choose(action.data()))
        self.note: QMessageBox | None = None

    def choose(self, language: str) -> None:
        QSettings().setValue(SETTING, language)
        if language == self.running:
            return
        self.note = QMessageBox(QMessageBox.Icon.Information, "mmstudio", in_language(language, RESTART_NOTE),
                                parent=self.window_)
        restart_button = self.note.addButton(in_language(language, RESTART_NOW), QMessageBox.ButtonRole.AcceptRole)
        self.note.addButton(in_language(language, LATER), QMessageBox.ButtonRole.RejectRole)
        self.note.buttonClicked.connect(lambda button: self._restart_if(button is restart_button))
        self.note.open()

    def _restart_if(self, wanted: bool) -> None:
        """Restart only once the window has really closed (the user may keep it to save a model first)."""
        if wanted and self.window_.close():
            restart()


def add_language_menu(window: QMainWindow) -> LanguageMenu:
    """View › Language in the window's menu bar (a View menu is made before the last menu, Help, if none exists)."""
    bar = window.menuBar()
    view = bar.findChild(QMenu, "view_menu")
    if view is None:
        view = QMenu(QCoreApplication.translate("LanguageMenu", "&View"), bar)
        view.setObjectName("view_menu")
        if bar.actions():
            bar.insertMenu(bar.actions()[-1], view)
        else:
            bar.addMenu(view)
    menu = LanguageMenu(window, running_language())
    view.addMenu(menu)
    return menu
