"""Playing an example back through the speakers (sounddevice), without blocking the caller."""

from __future__ import annotations

import numpy as np

from mmstudio.core.errors import DataError
from mmstudio.core.media.audio.microphone import _sounddevice
from mmstudio.core.messages import message


def unavailable_reason() -> str | None:
    """None when something can play sound; otherwise one plain sentence saying why not."""
    try:
        sd = _sounddevice()
        if not any(info["max_output_channels"] > 0 for info in sd.query_devices()):
            return message("No speakers or headphones were found on this computer.")
    except DataError as error:
        return str(error)
    except Exception:  # PortAudio's errors for a broken sound system come in several types
        return message("The computer's sound system could not be opened.")
    return None


def play(samples: np.ndarray, rate: int) -> None:
    """Start playing (any sound already playing stops); returns at once."""
    sd = _sounddevice()
    try:
        sd.play(np.asarray(samples, dtype=np.float32), int(rate))
    except Exception as error:
        raise DataError(message("The sound could not be played ({reason}).", reason=error)) from None


def stop() -> None:
    try:
        _sounddevice().stop()
    except Exception:  # nothing was playing, or the device went away: either way it is quiet now
        pass
