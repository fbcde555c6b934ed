#!/usr/bin/env bash
# Starts mmstudio. Sets up everything it needs first (only the first time does that take a while).
#   bash scripts/run-app.sh                 open the window
#   bash scripts/run-app.sh SUBCOMMAND ...  use the command line instead
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash "$ROOT/scripts/setup.sh"

APP="$ROOT/.venv/bin/mmstudio"
if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
    exec "$APP" "$@"
fi

# No screen: the window opens on a virtual one (the command line needs none, but is
# run the same way so that every option behaves alike).
if command -v xvfb-run >/dev/null 2>&1; then
    [[ $# -gt 0 ]] || echo "No screen was found (DISPLAY and WAYLAND_DISPLAY are not set), so mmstudio runs on a virtual screen (Xvfb) that you cannot see." >&2
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$APP" "$@"
fi
echo "No screen was found and xvfb-run is not installed, so mmstudio runs without a window (QT_QPA_PLATFORM=offscreen)." >&2
export QT_QPA_PLATFORM=offscreen
exec "$APP" "$@"
