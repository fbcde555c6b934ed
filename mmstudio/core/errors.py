"""Errors whose message is written for the person using the app, not for a programmer."""


class MMStudioError(Exception):
    """Base class: `str(error)` is a plain sentence that can be shown as-is.

    Given a `message(...)` (core/messages.py), `str(error)` is that Message itself, so the window can translate it.
    """


class DataError(MMStudioError):
    """Examples cannot be read or do not make a usable data set."""


class CheckpointError(MMStudioError):
    """A model file cannot be saved or loaded."""
