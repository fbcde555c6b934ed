"""Translating what the core says: the titles and descriptions of media, models and sample sets, and its messages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from mmstudio.core.messages import Message

CORE_CONTEXT = "mmstudio.core"
MESSAGES_CONTEXT = "mmstudio.core.messages"  # the templates of message(...) calls in mmstudio/core
_INSTEAD: dict[str, Callable[[], str]] = {}  # core templates the window says its own way: see say_instead


def core_tr(text: str) -> str:
    """A title or description the core gives (a medium, a model, a sample set) in the user's language.

    The core speaks English and imports no Qt, so its strings are translated here, in the context
    "mmstudio.core" (lupdate cannot find them in the GUI's sources: translators add them to that context).
    """
    return QCoreApplication.translate(CORE_CONTEXT, text)


def core_message(text: str) -> str:
    """A message of the core (an error, a notice, a warning) in the user's language; any other text unchanged.

    A Message keeps its English template and values: the template is translated in "mmstudio.core.messages"
    (English when no translation exists) and filled with the same values, themselves translated when they are
    messages (a reason inside a sentence). scripts/update_translations.py collects the templates.
    """
    if not isinstance(text, Message):
        return text
    if text.template in _INSTEAD:
        return _INSTEAD[text.template]()
    values = {name: core_message(value) for name, value in text.params.items()}
    return QCoreApplication.translate(MESSAGES_CONTEXT, text.template).format(**values)


def say_instead(template: str, wording: Callable[[], str]) -> None:
    """Where the core says the sentence `template` (advice that names a command-line option), the window says
    `wording()` instead: its own sentence, naming the control to use, in the user's language. Also when the
    sentence is a value inside another (a download's failure, then this advice)."""
    _INSTEAD[template] = wording
