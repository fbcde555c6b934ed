"""Drive the real window through a demo (sample data, train, try one example) and save a screenshot.

Used for docs/screenshot.png:  xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/demo_screenshot.py docs/screenshot.png
and for the Audio tab:          ... scripts/demo_screenshot.py docs/screenshot-audio.png audio
at another window size:         ... scripts/demo_screenshot.py docs/screenshot-1366.png image 1366x768
(without a display it falls back to Qt's offscreen platform).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

from PySide6.QtCore import QSettings, QStandardPaths  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mmstudio.core.resources import sample_path  # noqa: E402
from mmstudio.gui.app import configure  # noqa: E402
from mmstudio.gui.main_window import MainWindow  # noqa: E402


def wait_until(app: QApplication, condition, seconds: float) -> None:
    end = time.monotonic() + seconds
    while not condition() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def audio_example() -> Path:
    """Three sample words one after another in one file, so the try-it view shows its timeline."""
    import tempfile

    import numpy as np
    import soundfile

    words = [sample_path("speech") / word / f"{word}_003.ogg" for word in ("yes", "left", "no")]
    parts = [soundfile.read(path, dtype="float32")[0] for path in words]
    rate = soundfile.info(words[0]).samplerate
    out = Path(tempfile.mkdtemp()) / "yes-left-no.wav"
    soundfile.write(out, np.concatenate(parts), rate)
    return out


def try_example(medium: str):
    if medium == "image":
        return sample_path("shapes") / "star" / "star_003.png"
    if medium == "audio":
        return audio_example()
    return "The striker scored twice in the second half"


def main(out: Path, medium: str = "image", size: str = "1280x800", epochs: int = 12) -> None:
    QStandardPaths.setTestModeEnabled(True)  # leave the user's own settings alone
    app = QApplication(sys.argv[:1])
    configure(app)
    QSettings().clear()
    window = MainWindow(load_sample_on_first_launch=False)
    width, height = (int(n) for n in size.split("x"))
    window.resize(width, height)
    window.show()
    tab = window.tab_for(medium)
    window.tabs.setCurrentWidget(tab)
    tab.gather_panel.open_sample()
    wait_until(app, lambda: len(tab.session.examples) > 0, 30)
    tab.train_panel.settings_form.epochs.setValue(epochs)
    tab.train_panel.start_training()
    wait_until(app, lambda: tab.session.predictor is not None and not tab.session.training, 300)
    example = try_example(medium)
    if isinstance(example, str):
        tab.try_box.setPlainText(example)  # typed: the words in the box are tinted by the explanation
    else:
        tab.try_panel.try_item(example)
    wait_until(app, lambda: tab.try_panel.bars.winner() is not None, 30)
    wait_until(app, lambda: tab.try_panel.why_caption.text() != "", 30)
    wait_until(app, lambda: False, 1.5)  # let thumbnails and the last redraw land
    out.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out))
    print(f"saved {out}: {tab.train_panel.accuracy_label.text()}")
    window.discard_unsaved_models()
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshot.png"), *sys.argv[2:4])
