"""Write a file so that a crash or a kill leaves either the old file or the new one, never half of each.

The new bytes go to a hidden temporary file beside the target (`.NAME.mmstudio-tmp-XXXXXXXX`), which is synced
to disk and then renamed over the target. The file ends up with the permissions a plain save would give it: an
existing file keeps its mode, a new one gets the user's umask. A save that was killed leaves its temporary file
behind; the next save into that folder removes such files once they are old enough that no save can still be
writing them.
"""

from __future__ import annotations

import os
import secrets
import stat
import time
from pathlib import Path

TEMP_MARK = ".mmstudio-tmp-"
STALE_AFTER_S = 15 * 60  # a save writes and syncs in seconds; an untouched temporary file this old is abandoned


def write_atomic(path: Path | str, data: bytes) -> None:
    """Temp file in the same folder, fsync, rename over the target, fsync the folder."""
    path = Path(path)
    remove_stale_temporaries(path.parent)
    temp, fd = _create_temporary(path)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.chmod(temp, stat.S_IMODE(os.stat(path).st_mode))
        except FileNotFoundError:
            pass  # a new file: it keeps the mode it was created with (0666 less the umask)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):
        folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def _create_temporary(path: Path) -> tuple[Path, int]:
    """A new, hidden file beside `path`, created as any new file is (so the umask applies), and its descriptor."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temp = path.with_name(f".{path.name}{TEMP_MARK}{secrets.token_hex(4)}")
        try:
            return temp, os.open(temp, flags, 0o666)
        except FileExistsError:
            continue


def remove_stale_temporaries(folder: Path) -> None:
    """Delete the temporary files of killed saves in `folder`: ours by name, and untouched for a while."""
    cutoff = time.time() - STALE_AFTER_S
    try:
        candidates = [entry for entry in os.scandir(folder) if entry.name.startswith(".") and TEMP_MARK in entry.name]
    except OSError:
        return  # an unreadable folder: the save itself will say what is wrong
    for entry in candidates:
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_mtime < cutoff:
                os.unlink(entry.path)
        except OSError:
            continue  # gone already, or not ours to delete
