"""mmstudio.core must stay free of Qt, and its light modules free of torch, so the CLI and the window start fast."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

QT_ROOTS = ["PySide6", "shiboken6", "superqt", "pyqtgraph", "qtpy"]

WALK_AND_REPORT = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys
    import mmstudio.core
    names = ["mmstudio.core"]
    if sys.argv[2] == "walk":
        def fail(name):
            raise ImportError(name)
        for info in pkgutil.walk_packages(mmstudio.core.__path__, "mmstudio.core.", onerror=fail):
            importlib.import_module(info.name)
            names.append(info.name)
    for extra in sys.argv[3:]:
        importlib.import_module(extra)
    roots = set(json.loads(sys.argv[1]))
    found = sorted(m for m in sys.modules if m.split(".")[0] in roots)
    print(json.dumps({"imported": names, "found": found, "torch": "torch" in sys.modules}))
    """
)


def _walk(walk: bool = True, also_import: tuple[str, ...] = ()) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", WALK_AND_REPORT, json.dumps(QT_ROOTS), "walk" if walk else "no", *also_import],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_every_core_module_imports_without_qt():
    report = _walk()
    imported = set(report["imported"])
    # the walk really reached the heavy modules, not just the package
    for name in (
        "mmstudio.core.pipeline",
        "mmstudio.core.trainer",
        "mmstudio.core.checkpoint",
        "mmstudio.core.predictor",
        "mmstudio.core.evaluation",
        "mmstudio.core.media.image.modality",
        "mmstudio.core.media.image.models",
    ):
        assert name in imported
    assert report["found"] == [], f"Qt modules pulled in by mmstudio.core: {report['found']}"
    # the heavy modules do load torch, which shows the torch check below is able to notice it
    assert report["torch"] is True


def test_qt_detection_works():
    """The same check does notice a Qt import, so the test above can fail."""
    pytest.importorskip("PySide6")
    report = _walk(walk=False, also_import=("PySide6.QtCore",))
    assert "PySide6" in report["found"]
    assert "shiboken6" in report["found"]


@pytest.mark.parametrize(
    "module",
    [
        "mmstudio.core.settings",
        "mmstudio.core.media",
        "mmstudio.core.examples",
        "mmstudio.core.checks",
        "mmstudio.core.folders",
        "mmstudio.core.errors",
        "mmstudio.core.events",
    ],
)
def test_light_modules_do_not_import_torch(module):
    code = f"import sys, {module}; print('torch' in sys.modules, '{module}' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True"], f"importing {module} imports torch"
