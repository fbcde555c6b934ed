"""Running the real `mmstudio` entry point in a child process and reading what it printed."""

from __future__ import annotations

import json
import os
import subprocess
import sys

# One torch thread in the children keeps timings steady on a loaded 2-core machine.
ENV = {**os.environ, "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
COMMAND = [sys.executable, "-m", "mmstudio"]


def start(*args) -> subprocess.Popen:
    """Start a run without waiting, so several trainings can go on side by side."""
    return subprocess.Popen(
        [*COMMAND, *map(str, args)], env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def finish(process: subprocess.Popen) -> subprocess.CompletedProcess:
    stdout, stderr = process.communicate(timeout=180)
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def mmstudio(*args) -> subprocess.CompletedProcess:
    return finish(start(*args))


def last_json(result: subprocess.CompletedProcess) -> dict:
    return json.loads(result.stdout.strip().splitlines()[-1])


def json_lines(result: subprocess.CompletedProcess) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def warnings_in(result: subprocess.CompletedProcess) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("warning: ")]


def assert_user_error(result: subprocess.CompletedProcess) -> str:
    """Exit code 2, exactly one plain `error:` line and no traceback; returns that line."""
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.stderr
    return errors[0]
