"""Pick where tensors live: CUDA when present, else the CPU, or what the user asked for."""

from __future__ import annotations

import torch

from mmstudio.core.errors import MMStudioError


def pick_device(requested: str = "auto") -> torch.device:
    requested = (requested or "auto").lower()
    if requested == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if requested.startswith("cuda") and not torch.cuda.is_available():
        raise MMStudioError("No CUDA graphics card is available here; use --device cpu or auto.")
    try:
        return torch.device(requested)
    except RuntimeError:
        raise MMStudioError(f"Unknown device '{requested}'. Use auto, cpu or cuda.") from None


def describe_device(device: torch.device) -> str:
    """A short human name such as 'CPU' or 'GPU: NVIDIA H200'."""
    if device.type == "cuda":
        return f"GPU: {torch.cuda.get_device_name(device)}"
    return "CPU"
