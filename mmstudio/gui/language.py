"""The interface language: English or Simplified Chinese.

At the first start it follows the system (any Chinese locale gives Chinese, anything else English); View › Language
changes it at once and remembers the choice. Widgets keep the texts they were built with, so the window is built
again in the new language, in the same process, and takes over the whole session: every tab's examples, settings,
models as they are in memory (trained and never saved ones too), curves and results, the project and whether it
is saved, the tab on show, the window's place and the splitters (MainWindow.rebuilt). The old window closes
without asking anything. While a run trains, or another background job runs (reading examples, a recording, a
save), the window is not rebuilt: a note, in the language chosen, says the language changes when it ends, and it
does then (listening stops at once, as when its tab is left). MMSTUDIO_LANGUAGE=zh_CN (or en) overrides the
remembered choice and the system at start, for tests, demos and screenshots.
"""

from __future__ import annotations

import os

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QSignalBlocker,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QToolButton,
    QWidget,
)

from mmstudio.core.resources import resources_dir

LANGUAGES = {"en": "English", "zh_CN": "简体中文"}  # each named in its own language, never translated
SETTING = "language"
OVERRIDE = "MMSTUDIO_LANGUAGE"
TRANSLATOR = "mmstudio-translator"  # the object name of the translators installed here, to find and replace them
RUNNING = "mmstudio_language"  # the application's property naming the language installed
CONTEXT = "LanguageMenu"
AFTER_TRAINING = QT_TRANSLATE_NOOP(
    "LanguageMenu",
    "The language changes when the training ends. Press Stop (Esc) to end it now and keep the best model so far.",
)
AFTER_WORK = QT_TRANSLATE_NOOP("LanguageMenu", "The language changes as soon as the work under way is done.")
NOTE_CAUSE = "language"  # the message bar's tag for the note, taken away when the switch is called off
WAIT_MS = 100  # how often a waiting switch looks whether the work has ended


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
    """One of this module's messages in `language`, whatever language is installed (the note about a switch
    that waits is shown in the language just chosen, which the user reads)."""
    for translator in reversed(translators(language)):
        translated = translator.translate(CONTEXT, text)
        if translated:
            return translated
    return text


VIEW_STATE = (QSplitter, QTabWidget, QSpinBox, QDoubleSpinBox, QCheckBox, QComboBox, QToolButton, QPlainTextEdit)


def _place(widget: QObject, top: QWidget) -> tuple:
    """Where `widget` sits under `top`: its type and rank among its siblings of that type, up to `top`. Two
    windows built alike give the same place to the same control (a part built later, such as the curves,
    only adds places of its own)."""
    place = []
    while widget is not top:
        parent = widget.parent()
        siblings = [child for child in parent.children() if type(child) is type(widget)]
        place.append((type(widget).__name__, siblings.index(widget)))
        widget = parent
    return tuple(reversed(place))


def copy_view_state(old: QWidget, new: QWidget) -> None:
    """What the user set in `old`'s controls, set in `new`'s, built alike: the tab on show (and each results
    tab), the splitters on show, number boxes, check boxes, choices, an open Settings, text typed and not added.
    A list that differs (microphones not found yet) keeps its own choice; the Audio tab finds its microphone again
    by name once they are."""
    places = {}
    for kind in VIEW_STATE:
        for widget in new.findChildren(kind):
            places[_place(widget, new)] = widget
    for kind in VIEW_STATE:
        for widget in old.findChildren(kind):
            twin = places.get(_place(widget, old))
            if twin is not None and type(twin) is type(widget):
                _copy(widget, twin)


def _copy(old: QWidget, new: QWidget) -> None:
    if isinstance(old, QSplitter):
        if old.isVisible():  # a hidden one has no sizes of its own yet; those the user set are remembered
            new.restoreState(old.saveState())
    elif isinstance(old, QTabWidget):
        if new.count() == old.count():
            new.setCurrentIndex(old.currentIndex())
    elif isinstance(old, (QSpinBox, QDoubleSpinBox)):
        new.setValue(old.value())
    elif isinstance(old, (QCheckBox, QToolButton)):
        if old.isCheckable():
            new.setChecked(old.isChecked())
    elif isinstance(old, QComboBox):
        if [new.itemData(i) for i in range(new.count())] == [old.itemData(i) for i in range(old.count())]:
            new.setCurrentIndex(old.currentIndex())
    elif not old.isReadOnly():  # a QPlainTextEdit: what is typed, without acting on it as if typed now
        blocker = QSignalBlocker(new)
        new.setPlainText(old.toPlainText())
        blocker.unblock()


_windows: list[QMainWindow] = []  # the window last built in another language (run_gui holds the first one)


class LanguageMenu(QMenu):
    """Language / 语言: one radio action per language; choosing one remembers it and rebuilds the window in it,
    once no work is under way."""

    switched = Signal(object)  # the window built in the language chosen (this menu's window has closed)

    def __init__(self, window: QMainWindow, running: str) -> None:  # a MainWindow (it imports this module)
        super().__init__(window)
        self.setTitle(self.tr("&Language"))
        self.window_ = window
        self.running = running
        self.wanted = running
        self.group = QActionGroup(self)
        for language, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True, checked=language == running)
            action.setData(language)
            self.group.addAction(action)
            self.addAction(action)
        self.group.triggered.connect(lambda action: self.choose(action.data()))
        self.waiting = QTimer(self, interval=WAIT_MS)
        self.waiting.timeout.connect(self._switch_when_idle)

    def choose(self, language: str) -> None:
        QSettings().setValue(SETTING, language)
        self.wanted = language
        if language == self.running:  # back to the language on show: a switch still waiting is called off
            self.waiting.stop()
            for tab in self.window_.modality_tabs():
                tab.message.clear(NOTE_CAUSE)
            return
        for tab in self.window_.modality_tabs():
            if hasattr(tab, "stop_listening"):
                tab.stop_listening()  # it has no end of its own: it stops as when its tab is left
        self._switch_when_idle()

    def _switch_when_idle(self) -> None:
        """Rebuild the window now, or once the work under way has ended (a note says so, in the new language)."""
        work = self.window_.work_under_way()
        if work is not None:
            if not self.waiting.isActive():
                note = in_language(self.wanted, AFTER_TRAINING if work == "training" else AFTER_WORK)
                self.window_.current_tab().message.show_message(note, cause=NOTE_CAUSE)
                self.waiting.start()
            return
        self.waiting.stop()
        install_language(QCoreApplication.instance(), self.wanted)
        new = self.window_.rebuilt()
        _windows[:] = [new]
        self.switched.emit(new)


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
