"""Where the bundled data lives, installed (the package mmstudio.resources) or in a source checkout."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resources_dir() -> Path:
    try:
        return Path(str(resources.files("mmstudio.resources")))
    except ModuleNotFoundError:  # running from a checkout that was never installed
        return Path(__file__).resolve().parents[2] / "resources"


def sample_path(name: str) -> Path | None:
    """resources/samples/<name>, or None when it is not there."""
    path = resources_dir() / "samples" / name
    return path if path.exists() else None
