"""Sentences for the user that the window can translate, although the core speaks English and imports no Qt.

A `Message` is the English sentence itself (a str: the command line prints it, tests compare it), which also
keeps the template it was made from and the values filled in. The window looks the template up in its
translations and fills in the same values (gui/translation.py, core_message). scripts/update_translations.py
collects every `message("...")` template of mmstudio/core for the translators, so write the template as a
literal; a value may itself be a Message (a reason inside a sentence), translated in turn.
"""

from __future__ import annotations

from collections.abc import Sequence


class Message(str):
    """An English sentence, plus the template and the values that made it."""

    template: str
    params: dict[str, object]

    def __new__(cls, template: str, params: dict[str, object]) -> Message:
        text = super().__new__(cls, template.format(**params))
        text.template, text.params = template, params
        return text

    def __str__(self) -> Message:
        """Itself: str() would copy it into a plain str, and exceptions (str(error)) would lose the template."""
        return self


def message(template: str, **params: object) -> Message:
    """The sentence `template.format(**params)`, translatable: `template` is a literal with {name} placeholders."""
    return Message(template, params)


def joined(sentences: Sequence[str], separator: str = " ") -> Message:
    """Sentences one after the other, each translated on its own (a computed template, never looked up)."""
    names = [f"sentence{k}" for k in range(len(sentences))]
    return Message(separator.join("{" + name + "}" for name in names), dict(zip(names, sentences)))
