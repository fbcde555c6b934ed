"""Shared test set-up for tests/core, tests/cli and tests/gui.

- Qt runs without a screen (offscreen) and through PySide6, set before anything imports Qt.
- torch uses at most 2 threads, so timings are steady on a 2-core machine and in CI.
  torch itself is never imported here (tests of mmstudio.core check what that package
  imports); tests may still choose fewer threads (tests/core uses 1).
- Settings never touch the real user's: HOME, the XDG folders and QSettings all point
  into a temporary folder for the whole session, and QStandardPaths is in test mode
  (which alone would still write under $HOME/.qttest, hence HOME moves too).
"""

from __future__ import annotations

import os
import sys

# Before any Qt import: tests run headless and pyqtgraph must pick the same binding as the app.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

# torch reads these when it is first imported, here and in the subprocesses that tests
# start (the CLI tests); the hooks below also cap a torch that was imported already.
MAX_TORCH_THREADS = 2
os.environ.setdefault("OMP_NUM_THREADS", str(MAX_TORCH_THREADS))
os.environ.setdefault("MKL_NUM_THREADS", str(MAX_TORCH_THREADS))

import pytest  # noqa: E402


def _cap_torch_threads() -> None:
    torch = sys.modules.get("torch")
    if torch is None:
        return
    try:
        if torch.get_num_threads() > MAX_TORCH_THREADS:
            torch.set_num_threads(MAX_TORCH_THREADS)
    except Exception:  # a half-imported torch: leave it alone
        pass


def pytest_collection_finish(session: pytest.Session) -> None:
    # Test modules that import torch at the top have done so by now.
    _cap_torch_threads()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    _cap_torch_threads()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_call(item: pytest.Item) -> None:
    # Again after the fixtures ran, which may have imported torch for the first time.
    _cap_torch_threads()


@pytest.fixture(scope="session", autouse=True)
def isolated_user_home(tmp_path_factory: pytest.TempPathFactory):
    """Point HOME, XDG_* and QSettings at a temporary folder for the whole session.

    Runs before every other fixture (session-scoped, autouse, top-level conftest), so also
    before pytest-qt's qapp. Yields the folder that stands in for the user's home.
    """
    home = tmp_path_factory.mktemp("home")
    folders = {
        "HOME": home,
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_STATE_HOME": home / ".local" / "state",
        "XDG_CACHE_HOME": home / ".cache",
    }
    mp = pytest.MonkeyPatch()
    for name, path in folders.items():
        path.mkdir(parents=True, exist_ok=True)
        mp.setenv(name, str(path))

    # Imported here, not at the top, so that merely collecting tests does not load Qt.
    from PySide6.QtCore import QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    config = str(home / ".qttest" / "config")  # where test mode puts QStandardPaths' config
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, config)
        QSettings.setPath(fmt, QSettings.Scope.SystemScope, str(home / "system-config"))
    try:
        yield home
    finally:
        mp.undo()


@pytest.fixture(scope="session")
def sound_device(tmp_path_factory: pytest.TempPathFactory):
    """A real sound device (a private PulseAudio server: a 440 Hz sine source and a null sink) for this session.

    PortAudio reads the list of devices once, so a sounddevice imported before this fixture is re-initialised.
    """
    import shutil

    from tests.sound_device import start_pulse

    if shutil.which("pulseaudio") is None:
        pytest.skip("PulseAudio is not installed here (scripts/run-tests.sh installs it).")
    server = start_pulse(tmp_path_factory.mktemp("pulse"))
    mp = pytest.MonkeyPatch()
    mp.setenv("PULSE_SERVER", server.address)
    if "sounddevice" in sys.modules:
        sounddevice = sys.modules["sounddevice"]
        sounddevice._terminate()
        sounddevice._initialize()
    try:
        yield server
    finally:
        mp.undo()
        server.stop()
