#!/usr/bin/env bash
# Runs all tests (or the ones named: bash scripts/run-tests.sh tests/core -k training).
# Sets up everything it needs first. Needs no screen, no sound card and no GPU.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# The tests record and play through a real (virtual) sound device: a private PulseAudio server.
MMSTUDIO_EXTRA_APT="${MMSTUDIO_EXTRA_APT:-} pulseaudio pulseaudio-utils libasound2-plugins" bash "$ROOT/scripts/setup.sh"

export QT_QPA_PLATFORM=offscreen
status=0
"$ROOT/.venv/bin/python" -m pytest "$@" || status=$?
exit "$status"
