"""The Simplified Chinese interface: no visible string left in English, every source string translated, plural
forms right in both languages, the language chosen in the menu used at once and remembered for the next start,
and English the default for a non-Chinese system (the switch itself: test_language_switch.py)."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from mmstudio.core.resources import resources_dir
from mmstudio.gui import language
from mmstudio.gui.widgets.class_list import ClassRow

ROOT = Path(__file__).resolve().parents[2]
ZH_TS = resources_dir() / "i18n" / "mmstudio_zh_CN.ts"
ZH_QM = ZH_TS.with_suffix(".qm")
WORD = re.compile(r"[A-Za-z][A-Za-z0-9’'-]+")
# HTML tags and entities, paths (a folder shown), file patterns, placeholders
NOT_WORDS = re.compile(r"<[^>]+>|&\w+;|(?<!\S)/\S+|\*?\.\w+\b|%\d")
# Words a Chinese desktop app shows as they are: its name, units, abbreviations, key names, names of languages
# and networks, sample words from the data (spoken English words), the command a help text names.
KEPT = {
    "mmstudio", "CPU", "GPU", "Hz", "MB", "F1", "LSTM", "Elman", "MiniLM", "E5", "MobileNetV3", "ImageNet", "torchvision", "Google", "onnxruntime", "Ctrl", "Delete", "Enter", "Esc", "English", "predict",
    "yes", "no", "up", "down", "left", "right",
}  # fmt: skip


@pytest.fixture
def chinese(qapp):
    """The application speaks Chinese for one test, then English again (the session's language)."""
    language.install_language(qapp, "zh_CN")
    yield
    language.install_language(qapp, "en")


@pytest.fixture
def zh_window(chinese, window, qtbot):
    """The real main window built in Chinese, once the libraries (curves, plots) are in."""
    qtbot.waitUntil(lambda: window.libraries_ready, timeout=60_000)
    return window


def english_words(text: str) -> list[str]:
    return [word for word in WORD.findall(NOT_WORDS.sub(" ", text)) if word not in KEPT]


def column_titles(view: QTableView) -> list[str]:
    """A table's column titles and their tips (its rows hold the user's data)."""
    model = view.model()
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    columns = range(view.horizontalHeader().count())
    return [str(model.headerData(column, Qt.Orientation.Horizontal, role) or "") for column in columns for role in roles]


def widget_texts(widget: QWidget) -> list[str]:
    """What a user can read on or about a widget: its text, title, placeholder, items, tips."""
    found = [widget.toolTip(), widget.statusTip(), widget.whatsThis()]
    if isinstance(widget, (QLabel, QAbstractButton)):
        found.append(widget.text())
    if isinstance(widget, QGroupBox):
        found.append(widget.title())
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        found.append(widget.placeholderText())
    if isinstance(widget, QAbstractSpinBox):
        found += [widget.specialValueText(), getattr(widget, "prefix", str)(), getattr(widget, "suffix", str)()]
    if isinstance(widget, QComboBox):
        found += [widget.itemText(i) for i in range(widget.count())]
        found += [str(widget.itemData(i, Qt.ItemDataRole.ToolTipRole) or "") for i in range(widget.count())]
    if isinstance(widget, QTabWidget):
        found += [widget.tabText(i) for i in range(widget.count())] + [widget.tabToolTip(i) for i in range(widget.count())]
    if isinstance(widget, QMenu):
        found.append(widget.title())
    if isinstance(widget, QTableView) and widget.model() is not None:
        found += column_titles(widget)
    if isinstance(widget, QGraphicsView) and widget.scene() is not None:  # the curves' titles, axes and legend
        for item in widget.scene().items():
            if isinstance(item, QGraphicsTextItem):
                found.append(item.toPlainText())
            elif isinstance(item, QGraphicsSimpleTextItem):
                found.append(item.text())
    return found


def in_a_plot_menu_turned_off(action: QAction) -> bool:
    """pyqtgraph's own "Export..." belongs to a plot's right-click menu, which the window's plots turn off."""
    scene = action.parent()
    if not isinstance(scene, QGraphicsScene):
        return False
    return not any(item.menuEnabled() for item in scene.items() if hasattr(item, "menuEnabled"))


def visible_texts(window) -> list[tuple[str, str]]:
    """(where, text) for every widget of the window, shown or hidden (Settings, other tabs), and every action;
    not the microphones' names, which the sound card gives."""
    found = [("window", window.windowTitle())]
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is window.tab_for("audio").device_combo:
            continue
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        found += [(where, text) for text in widget_texts(widget)]
    for action in window.findChildren(QAction):
        if in_a_plot_menu_turned_off(action):
            continue
        found += [(f"action {action.text()}", text) for text in (action.text(), action.toolTip(), action.statusTip())]
    return [(where, text) for where, text in found if text]


def core_english(window) -> list[str]:
    """What the core says in English and the window shows as it is: why the sound card cannot record or play.
    The core's messages are English sentences naming files and devices, which a static lookup cannot translate."""
    audio = window.tab_for("audio")
    return [reason for reason in (audio._input_reason, audio._output_reason) if reason]


def test_no_visible_string_of_the_chinese_window_is_english(zh_window):
    untranslated = []
    for where, text in visible_texts(zh_window):
        for reason in core_english(zh_window):
            text = text.replace(reason, "")
        if english_words(text):
            untranslated.append(f"{where}: {text!r}")
    assert not untranslated, "still in English:\n" + "\n".join(untranslated)
    assert zh_window.tabs.tabText(0) == "图片"


def load_update_script():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_source_string_has_a_finished_chinese_translation(tmp_path):
    """lupdate's fresh extraction of the sources (the window's tr() strings and the core's titles) against the
    shipped, compiled Chinese file: a new string nobody translated yet fails here."""
    fresh = load_update_script().extract(tmp_path / "fresh.ts", "zh_CN")
    translator = QTranslator()
    assert translator.load(str(ZH_QM))
    missing = []
    for context in fresh.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            count = 2 if message.get("numerus") == "yes" else -1
            if not translator.translate(name, source, None, count):
                missing.append(f"{name}: {source!r}")
    assert len(missing) == 0, "run scripts/update_translations.py and translate:\n" + "\n".join(missing)


def test_chinese_translations_keep_placeholders_and_tags():
    tokens = re.compile(r"%\d|%n|\{\w+\}|<[^>]+>")
    broken = []
    for message in ET.parse(ZH_TS).iter("message"):
        source = message.findtext("source")
        for text in [message.find("translation").text or ""] + [f.text or "" for f in message.iter("numerusform")]:
            if text.strip() and sorted(tokens.findall(text)) != sorted(tokens.findall(source)):
                broken.append((source, text))
    assert broken == []


def count_text(count: int) -> str:
    row = ClassRow(0, "cat", count)
    return row.count_label.text()


def all_plural_messages() -> list[tuple[str, str]]:
    return [
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(ZH_TS).iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    ]


def test_plural_forms_in_english(qapp):
    assert [count_text(n) for n in (0, 1, 2, 24)] == ["0 examples", "1 example", "2 examples", "24 examples"]
    for context, source in all_plural_messages():
        for count in (1, 5):
            assert "(s)" not in QCoreApplication.translate(context, source, None, count), source


def test_plural_forms_in_chinese(chinese):
    assert [count_text(n) for n in (1, 2, 24)] == ["1 个示例", "2 个示例", "24 个示例"]
    for context, source in all_plural_messages():
        for count in (1, 5):
            translated = QCoreApplication.translate(context, source, None, count)
            assert str(count) in translated and not english_words(translated), (source, translated)


def start_mmstudio(config: Path, system_locale: str, then: str = "") -> str:
    """A real start in a new process (configure as the app does), with its own settings folder and system locale;
    prints the window's File menu in the language it chose, after running `then` with `window` built."""
    code = (
        "import sys; from PySide6.QtWidgets import QApplication; from mmstudio.gui.app import configure\n"
        "app = QApplication(sys.argv); configure(app)\n"
        "from mmstudio.gui.main_window import MainWindow; window = MainWindow(load_sample_on_first_launch=False)\n"
        f"{then}\nprint(window.menuBar().actions()[0].text())\n"
    )
    environment = {**os.environ, "XDG_CONFIG_HOME": str(config), "LC_ALL": system_locale, "LANG": system_locale}
    for name in ("LANGUAGE", language.OVERRIDE):
        environment.pop(name, None)
    done = subprocess.run([sys.executable, "-c", code], env=environment, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


def test_a_choice_in_the_menu_applies_at_once_and_at_the_next_start(tmp_path):
    then = (
        "from mmstudio.gui.language import LanguageMenu\n"
        "menu, built = window.findChild(LanguageMenu), []\n"
        "menu.switched.connect(built.append)\n"
        "next(a for a in menu.actions() if a.text() == 'English').trigger()\n"
        "window = built[0]"
    )
    assert start_mmstudio(tmp_path, "zh_CN.UTF-8", then) == "&File"  # chosen: English, in the window built anew
    assert start_mmstudio(tmp_path, "zh_CN.UTF-8") == "&File"  # remembered


def test_english_is_the_default_for_a_non_chinese_system(tmp_path):
    assert start_mmstudio(tmp_path / "de", "de_DE.UTF-8") == "&File"
    assert start_mmstudio(tmp_path / "tw", "zh_TW.UTF-8") == "文件(&F)"


def test_the_override_wins(monkeypatch):
    monkeypatch.setenv(language.OVERRIDE, "zh_CN")
    QSettings().setValue(language.SETTING, "en")
    assert language.chosen_language() == "zh_CN"
    monkeypatch.delenv(language.OVERRIDE)
    assert language.chosen_language() == "en"
    QSettings().remove(language.SETTING)


def test_qt_s_own_buttons_speak_chinese_too(chinese, qtbot):
    box = QMessageBox(QMessageBox.Icon.Question, "mmstudio", "?", QMessageBox.StandardButton.Save)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Save).text() == "保存"
