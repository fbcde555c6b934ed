"""A strip at the top of a tab for plain-language messages, instead of pop-up dialogs that block a demo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from mmstudio.gui.translation import core_message

STYLES = {
    "info": "background: #e8f1fb; color: #0b3d6e; border: 1px solid #9cc3ea;",
    "warning": "background: #fff4e0; color: #6b4100; border: 1px solid #f0c26b;",
    "error": "background: #fde8e8; color: #7a1010; border: 1px solid #eb9c9c;",
}


class MessageBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = ""
        self.cause: str | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Hide this message"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.hide()

    def show_message(self, text: str, kind: str = "info", cause: str | None = None) -> None:
        """Show `text` (a core message in the user's language); a message given a `cause` (a short tag) is taken
        away by `clear(cause)` once it is over."""
        self.kind, self.cause = kind, cause
        self.setStyleSheet(f"MessageBar {{ {STYLES[kind]} border-radius: 4px; }} QLabel {{ border: none; }}")
        self.label.setText(core_message(text))
        self.show()

    def clear(self, cause: str) -> None:
        """Hide the message if it is still the one about `cause` (a later, unrelated message stays)."""
        if self.cause == cause:
            self.hide()

    def text(self) -> str:
        """The message on show ('' once hidden); also while the tab itself is not the current one."""
        return "" if self.isHidden() else self.label.text()
