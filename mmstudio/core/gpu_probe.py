"""Whether a graphics card could be used at all, asked without importing torch (which takes seconds to load).

Without an NVIDIA driver torch can only use the processor, so the window can name the device at once and confirm
it once torch has loaded; with a driver, only torch can tell.
"""

from __future__ import annotations

import ctypes.util
import os


def may_have_cuda() -> bool:
    """False when no NVIDIA driver is installed (then training runs on the CPU for certain)."""
    return os.path.exists("/dev/nvidiactl") or ctypes.util.find_library("cuda") is not None
