"""Checks every reader of user files makes first, so a missing, folder-valued or huge file gets one plain message."""

from __future__ import annotations

from pathlib import Path

from mmstudio.core.errors import DataError
from mmstudio.core.messages import message


def human_size(size: float) -> str:
    """'12.3 MB', '5 MB', '800 KB', '12 bytes'."""
    for unit, factor in (("GB", 2**30), ("MB", 2**20), ("KB", 2**10)):
        if size >= factor:
            text = f"{size / factor:.1f}"
            return f"{text[:-2] if text.endswith('.0') else text} {unit}"
    return f"{int(size)} bytes"


def checked_size(path: Path, kind: str, max_bytes: int) -> int:
    """The size of `path` in bytes; DataError when it is missing, a folder, or over `max_bytes`.

    `kind` names the file in the messages: give a message ("image") so the window translates it too.
    """
    try:
        size = path.stat().st_size
    except OSError:
        raise DataError(message("The {kind} '{name}' could not be found.", kind=kind, name=path.name)) from None
    if path.is_dir():
        raise DataError(message("'{name}' is a folder, not a {kind}.", name=path.name, kind=kind))
    if size > max_bytes:
        shown, limit = human_size(size), human_size(max_bytes)
        if shown == limit:  # just over the limit: say by how much
            shown = f"{size / 2**20:.2f} MB"
        raise DataError(message("'{name}' is {size}; {kind}s over {limit} are not read.", name=path.name, size=shown, kind=kind, limit=limit))
    return size
