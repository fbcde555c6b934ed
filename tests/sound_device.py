"""A real, clocked sound device for tests: a private PulseAudio server with a null sink and a sine source.

Recording from the default source records the sine (440 Hz); `listen_to_playback()` makes the null sink's
monitor the default source, so what a test plays into the sink is what the microphone hears. The server runs
in its own runtime folder and is stopped by its pid at the end of the session. Started by the `sound_device`
fixture (tests/conftest.py); `scripts/run-tests.sh` installs PulseAudio where it is missing.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

SINE_HZ = 440
SOURCE_RATE = 16000


@dataclass
class PulseServer:
    folder: Path
    pid: int

    @property
    def address(self) -> str:
        return f"unix:{self.folder / 'run' / 'pulse' / 'native'}"

    def pactl(self, *args: str) -> str:
        env = {**os.environ, "PULSE_SERVER": self.address}
        return subprocess.run(["pactl", *args], env=env, capture_output=True, text=True, check=True, timeout=30).stdout

    def listen_to_playback(self) -> None:
        """The microphone now hears what is played into the null sink."""
        self.pactl("set-default-source", "nullsink.monitor")

    def listen_to_sine(self) -> None:
        self.pactl("set-default-source", "sine")

    def stop(self) -> None:
        try:
            os.kill(self.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass


def start_pulse(folder: Path) -> PulseServer:
    """Start a private PulseAudio server; raises RuntimeError with its output when it cannot start."""
    if shutil.which("pulseaudio") is None:
        raise RuntimeError("PulseAudio is not installed (scripts/run-tests.sh installs it).")
    runtime, home = folder / "run", folder / "home"
    runtime.mkdir(parents=True, exist_ok=True)
    home.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(home)}
    env.pop("PULSE_SERVER", None)
    command = [
        "pulseaudio", "-n", "--daemonize=yes", "--exit-idle-time=-1", "--use-pid-file=yes",
        "-L", "module-native-protocol-unix auth-anonymous=1",
        "-L", "module-null-sink sink_name=nullsink",
        "-L", f"module-sine-source source_name=sine rate={SOURCE_RATE} frequency={SINE_HZ}",
        "-L", "module-always-sink",
    ]  # fmt: skip
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    pid_file = runtime / "pulse" / "pid"
    deadline = time.monotonic() + 20
    while not (pid_file.exists() and (runtime / "pulse" / "native").exists()):
        if time.monotonic() > deadline:
            raise RuntimeError(f"PulseAudio did not start: {result.stdout}{result.stderr}")
        time.sleep(0.05)
    server = PulseServer(folder, int(pid_file.read_text().split()[0]))
    server.pactl("set-default-sink", "nullsink")
    server.listen_to_sine()
    return server
