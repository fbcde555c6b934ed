"""The Text tab: what differs for text is tables and typed examples coming in, the text box to try, and the
recurrent models' options. Everything else is the shared tab."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from PySide6.QtGui import QTextCharFormat, QTextCursor

from mmstudio.core.errors import MMStudioError
from mmstudio.core.folders import Collected, collect_dropped
from mmstudio.core.media import ModelSpec
from mmstudio.core.media.text import TEXT_EXTENSIONS
from mmstudio.core.media.text.tables import TABLE_EXTENSIONS, is_table, read_labelled_table
from mmstudio.gui.dropping import dropped_paths
from mmstudio.gui.tabs.base_tab import ModalityTab
from mmstudio.gui.widgets.heatmap import strengths, tint
from mmstudio.gui.widgets.why_views import TextWhyView

TYPING_PAUSE_MS = 150  # predict when the user pauses, not on every key


def _utf16_position(text: str, index: int) -> int:
    """Qt counts positions in UTF-16 units: an emoji is two of them, one Python character."""
    return len(text[:index].encode("utf-16-le")) // 2


@dataclass
class TableReport:
    """What one table brought in, and whether its columns were only guessed."""

    path: Path
    text_column: str
    label_column: str
    columns: list[str]
    confident: bool
    skipped: int
    pending: dict[str, list[str]] = field(default_factory=dict)  # examples held back until columns are confirmed


@dataclass
class TextCollected(Collected):
    tables: list[TableReport] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def collect_text(paths: list[Path], columns: tuple[str, str] | None = None) -> TextCollected:
    """Runs off the GUI thread: tables become typed examples by label; folders and .txt files stay files."""
    collected = TextCollected()
    others = []
    for path in paths:
        if path.is_file() and is_table(path):
            try:
                table = read_labelled_table(path, *(columns or (None, None)))
            except MMStudioError as error:
                collected.problems.append(str(error))
                continue
            confident = table.confident or columns is not None
            report = TableReport(path, table.text_column, table.label_column, table.columns, confident, table.skipped)
            target = collected.classes if confident else report.pending
            for text, label in table.pairs:
                target.setdefault(label, []).append(text)
            collected.tables.append(report)
        else:
            others.append(path)
    files = collect_dropped(others, TEXT_EXTENSIONS)
    for name, items in files.classes.items():
        collected.classes.setdefault(name, []).extend(items)
    collected.loose_files, collected.ignored = files.loose_files, files.ignored
    return collected


class TextDropEdit(QPlainTextEdit):
    """A text box that takes a dropped text file as a file (to read it), not as its path typed in."""

    fileDropped = Signal(object)

    def canInsertFromMimeData(self, source) -> bool:
        return source.hasUrls() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source) -> None:
        files = [path for path in dropped_paths(source) if path.is_file()]
        if files:
            self.fileDropped.emit(files[0])
        else:
            super().insertFromMimeData(source)


class ColumnDialog(QDialog):
    """Asks which column holds the text and which the label, when the header did not say."""

    def __init__(self, report: TableReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Which columns?"))
        explanation = QLabel(
            self.tr("mmstudio guessed the columns of “%1”. Please check them.").replace("%1", report.path.name)
        )
        explanation.setWordWrap(True)
        self.text_column = QComboBox()
        self.label_column = QComboBox()
        for combo, chosen in ((self.text_column, report.text_column), (self.label_column, report.label_column)):
            combo.addItems(report.columns)
            combo.setCurrentText(chosen)
        self.text_column.setToolTip(self.tr("The column whose cells are the examples to learn from."))
        self.label_column.setToolTip(self.tr("The column whose cells name each example's class."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Text column"), self.text_column)
        form.addRow(self.tr("Label column"), self.label_column)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def columns(self) -> tuple[str, str]:
        return self.text_column.currentText(), self.label_column.currentText()


class TextTab(ModalityTab):
    offers_augmentation = True  # word dropout: a few words hidden per batch

    def file_types(self) -> frozenset[str]:
        return self.medium.extensions | TABLE_EXTENSIONS

    # bringing text in ----------------------------------------------------------
    def collect(self, paths: list[Path]) -> TextCollected:
        return collect_text(paths)

    def import_notes(self, collected: Collected) -> list[str]:
        if not isinstance(collected, TextCollected):
            return []
        notes = list(collected.problems)
        skipped = sum(table.skipped for table in collected.tables)
        if skipped:
            notes.append(self.tr("%n row(s) without a label or text were skipped.", "", skipped))
        return notes

    def after_import(self, collected: Collected, target_class: str | None) -> None:
        """Tables whose columns were only guessed are read once the user has confirmed the columns."""
        for table in getattr(collected, "tables", ()):
            if not table.confident:
                self._confirm_columns(table, target_class)

    def _confirm_columns(self, table: TableReport, target_class: str | None) -> None:
        dialog = ColumnDialog(table, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.message.show_message(self.tr("“%1” was not imported.").replace("%1", table.path.name), "warning")
            return
        chosen = dialog.columns()
        if chosen == (table.text_column, table.label_column):
            self.gather_panel.merge(TextCollected(classes=table.pending), target_class)
            return
        self.message.show_message(self.tr("Reading “%1” again with the chosen columns…").replace("%1", table.path.name))
        self.jobs.start(
            collect_text,
            [table.path],
            chosen,
            on_result=lambda collected: self.gather_panel.merge(collected, target_class),
            on_error=lambda text: self.message.show_message(text, "error"),
        )

    def build_example_input(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.typing_box = QPlainTextEdit()
        self.typing_box.setPlaceholderText(self.tr("Type or paste examples for the selected class, one per line"))
        self.typing_box.setToolTip(self.tr("Each line becomes one example of the class selected above."))
        self.typing_box.setFixedHeight(70)
        self.add_typed_button = QPushButton(self.tr("Add these lines to the class"))
        self.add_typed_button.setToolTip(self.tr("Add each non-empty line above as an example of the selected class."))
        self.add_typed_button.clicked.connect(self.add_typed_examples)
        layout.addWidget(self.typing_box)
        layout.addWidget(self.add_typed_button)
        return box

    def add_typed_examples(self) -> None:
        lines = [line.strip() for line in self.typing_box.toPlainText().splitlines() if line.strip()]
        if not lines:
            return
        name = self.gather_panel.current_class() or self.gather_panel.ask_class_for(len(lines))
        if not name:
            return
        added = self.session.examples.add(name, lines)
        self.gather_panel.select_class(name)
        self.typing_box.clear()
        self.message.show_message(self.tr("Added %n example(s) to “%1”.", "", added).replace("%1", name))

    def edit_item(self, class_name: str, item) -> None:
        if not class_name or isinstance(item, Path):
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Edit example"), self.tr("Example text:"), item)
        if ok:
            self.session.examples.replace(class_name, item, " ".join(text.split()))

    # preprocessing and model options ------------------------------------------
    def add_preprocessing_controls(self, form: QFormLayout) -> None:
        self.max_length = QSpinBox(minimum=10, maximum=5000, value=200, singleStep=50)
        self.max_length.setToolTip(
            self.tr("Only the first this-many words of a text are read; the rest is ignored. In Chinese and "
                    "Japanese each character counts as a word. Longer limits see more of long texts but train slower.")
        )
        self.bidirectional = QCheckBox(self.tr("Read each text in both directions"))
        self.bidirectional.setToolTip(
            self.tr("Recurrent models read the text forwards and backwards: often more accurate, twice the work.")
        )
        form.addRow(self.tr("Longest text"), self.max_length)
        form.addRow("", self.bidirectional)

    def on_model_chosen(self, spec: ModelSpec) -> None:
        self.bidirectional.setEnabled(spec.sequential)

    def preprocessing(self) -> dict:
        return {"max_length": self.max_length.value()}

    def model_config(self, spec: ModelSpec) -> dict:
        return {"bidirectional": self.bidirectional.isChecked()} if spec.sequential else {}

    def show_preprocessing(self, preprocessing: dict) -> None:
        self.max_length.setValue(int(preprocessing.get("max_length") or 200))

    # try it ------------------------------------------------------------------------
    def build_try_input(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        self.try_box = TextDropEdit()
        self._tried_file_text = ""  # the text of the last file tried, as the model read it
        self.try_box.setPlaceholderText(self.tr("Type a sentence here: the prediction follows as you type.\nYou can also drop a .txt file."))
        self.try_box.setToolTip(self.tr("Type or paste text to see what the model thinks it is about."))
        self.try_box.setStyleSheet("font-size: 13pt;")
        self._typing_timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing_timer.timeout.connect(self._typed)
        self.try_box.textChanged.connect(self._typing_timer.start)
        self.try_box.fileDropped.connect(lambda path: self.try_panel.try_item(path))
        buttons = QHBoxLayout()
        open_button = QPushButton(self.tr("Open text file…"))
        open_button.setToolTip(self.tr("Read a text file and see what the model predicts for it."))
        open_button.clicked.connect(self.open_try_dialog)
        clear_button = QPushButton(self.tr("Clear"))
        clear_button.setToolTip(self.tr("Empty the text box."))
        clear_button.clicked.connect(self.try_box.clear)
        buttons.addWidget(open_button)
        buttons.addWidget(clear_button)
        layout.addWidget(self.try_box, 1)
        layout.addLayout(buttons)
        return panel

    def _typed(self) -> None:
        text = self.try_box.toPlainText().strip()
        if text:
            self.try_panel.try_item(text)
        else:
            self.try_panel.clear_prediction()

    def open_try_dialog(self) -> None:
        filters = self.tr("Text files (*.txt *.md)")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Try a text file"), self.remembered.last_folder(), filters)
        if path:
            self.try_panel.try_item(Path(path))

    @staticmethod
    def render_preview(item):
        from mmstudio.core.media.text.decoding import read_text_file

        return read_text_file(item) if isinstance(item, Path) else None

    def show_try_result(self, item, prediction, preview) -> None:
        self._tried_file_text = preview if isinstance(preview, str) else ""
        if isinstance(preview, str):  # a file was tried: show what it says, without predicting twice
            self.try_box.blockSignals(True)
            self.try_box.setPlainText(preview)
            self.try_box.blockSignals(False)


    def show_explanation(self, item, explanation) -> None:
        """Tint the words in the try-it box by how they pushed the answer (kept until the text changes)."""
        box_text = self.try_box.toPlainText()
        explained = explanation is not None and explanation.tokens
        explained_text = self._tried_file_text if isinstance(item, Path) else str(item)
        if not explained or box_text.strip() != explained_text.strip():
            self.try_box.setExtraSelections([])  # nothing to show, or the user typed on since
            return
        offset = (len(box_text) - len(box_text.lstrip())) - (len(explained_text) - len(explained_text.lstrip()))
        selections = []
        for token, strength in zip(explanation.tokens, strengths([token.weight for token in explanation.tokens])):
            if strength == 0:
                continue
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(self.try_box.document())
            selection.cursor.setPosition(_utf16_position(box_text, token.start + offset))
            selection.cursor.setPosition(_utf16_position(box_text, token.end + offset), QTextCursor.MoveMode.KeepAnchor)
            selection.format = QTextCharFormat()
            selection.format.setBackground(tint(float(strength)))
            selections.append(selection)
        self.try_box.setExtraSelections(selections)

    def build_why_view(self) -> QWidget:
        return TextWhyView()
