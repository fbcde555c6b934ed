"""The layer rules and the registry of media hold: import-linter's contracts (pyproject.toml) and agreement
between the registry and the command line's choices. (The window's tabs are checked in tests/gui.)"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from mmstudio.core.media import MEDIA, REGISTERED, resolve

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold():
    """Core imports no Qt, gui or cli; gui and cli are independent; no import cycles at any depth."""
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint), "--no-cache", "--config", str(ROOT / "pyproject.toml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "3 kept, 0 broken" in result.stdout


def test_every_registered_package_is_one_medium():
    assert len(MEDIA) == len(REGISTERED)
    for package, (name, medium) in zip(REGISTERED, MEDIA.items()):
        assert package.rsplit(".", 1)[1] == name == medium.name
        assert medium.default_model in medium.models
        assert resolve(medium.modality)().medium is medium
        for spec in medium.models.values():
            assert callable(resolve(spec.builder)), spec.builder


def _choices(*args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "mmstudio", *args, "--help"], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_command_line_offers_exactly_the_registered_media_and_models():
    usage = _choices("train")
    listed = [line.split()[0] for line in usage.splitlines() if line.startswith("    ") and line.split()]
    assert listed == list(MEDIA)
    for name, medium in MEDIA.items():
        text = _choices("train", name)
        models = text.split("--model {", 1)[1].split("}", 1)[0].split(",")
        assert models == [*medium.models, "auto"]  # auto: find the best model (core/search.py)
        assert f"default: {medium.default_model}" in " ".join(text.split())
