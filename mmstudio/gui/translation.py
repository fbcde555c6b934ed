"""Translating what the core says: the titles and descriptions of media, models and sample sets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CORE_CONTEXT = "mmstudio.core"


def core_tr(text: str) -> str:
    """A title or description the core gives (a medium, a model, a sample set) in the user's language.

    The core speaks English and imports no Qt, so its strings are translated here, in the context
    "mmstudio.core" (lupdate cannot find them in the GUI's sources: translators add them to that context).
    """
    return QCoreApplication.translate(CORE_CONTEXT, text)
