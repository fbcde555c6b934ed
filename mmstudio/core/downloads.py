"""Fetching a pretrained encoder's weights once, into the user's data folder; no Qt, no torch.

A download streams into a temporary file beside its target, is refused when it is larger than expected, ends
early, or its SHA-256 does not start with the prefix its published name carries (torchvision's
"mobilenet_v3_small-047dcff4.pth"), and only then takes its final name. Progress comes back as `Downloading`
events, so the command line and the window show it like any other progress.
"""

from __future__ import annotations

import hashlib
import os
import sys
import urllib.error
import urllib.request
from collections.abc import Generator
from pathlib import Path

from mmstudio.core.errors import DataError
from mmstudio.core.events import Downloading
from mmstudio.core.messages import message
from mmstudio.core.os_reasons import os_reason

DATA_DIR_VARIABLE = "MMSTUDIO_DATA_DIR"  # the window sets it to Qt's AppDataLocation; tests to a temporary folder
CHUNK = 1 << 16
TIMEOUT_S = 30


def data_dir() -> Path:
    """The user's data folder for mmstudio (downloaded weights live under it)."""
    chosen = os.environ.get(DATA_DIR_VARIABLE)
    if chosen:
        return Path(chosen)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming")) / "mmstudio"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "mmstudio"
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "mmstudio"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def download(
    url: str, target: Path, sha256_prefix: str, max_bytes: int, what: str
) -> Generator[Downloading, None, Path]:
    """Fetch `url` to `target`, yielding progress; returns `target`. Raises DataError in one plain sentence."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT_S) as response, partial.open("wb") as out:
            total = int(response.headers.get("Content-Length") or 0)
            if total > max_bytes:
                raise DataError(
                    message(
                        "The {what} at {url} are larger than expected ({size} bytes); nothing was kept.",
                        what=what, url=url, size=f"{total:,}",
                    )
                )
            done = 0
            yield Downloading(0, total, what)
            while block := response.read(CHUNK):
                done += len(block)
                if done > max_bytes:
                    raise DataError(
                        message("The {what} at {url} are larger than expected; nothing was kept.", what=what, url=url)
                    )
                out.write(block)
                yield Downloading(done, total, what)
        if total and done != total:
            raise DataError(
                message(
                    "The download of the {what} stopped early ({done} of {total} bytes). Try again.",
                    what=what, done=f"{done:,}", total=f"{total:,}",
                )
            )
        if not sha256_of(partial).startswith(sha256_prefix):
            raise DataError(
                message("The {what} downloaded from {url} are not the published ones (wrong checksum).", what=what, url=url)
            )
        partial.replace(target)
        return target
    except (urllib.error.URLError, OSError) as error:  # OSError: TimeoutError while reading, a full disk
        raise DataError(
            message(
                "The {what} could not be downloaded from {url} ({reason}).", what=what, url=url, reason=os_reason(error)
            )
        ) from None
    finally:
        partial.unlink(missing_ok=True)
