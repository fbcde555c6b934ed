#!/usr/bin/env bash
# Takes a screenshot of the mmstudio window on a virtual screen (1280x800).
#   bash scripts/screenshot.sh OUT.png [extra arguments for mmstudio]
# Sets up everything first, plus ImageMagick (import) and x11-utils (xwininfo) when missing.
#   SCREENSHOT_WAIT=15    seconds to wait at most for the window to appear
#   SCREENSHOT_SETTLE=2   seconds to wait after it appears, so that it has painted
#   SCREENSHOT_FRESH=1    start as on a first launch: empty temporary settings (HOME, XDG_*)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SELF="$ROOT/scripts/screenshot.sh"

usage() {
    echo "Usage: bash scripts/screenshot.sh OUT.png [extra arguments for mmstudio]" >&2
    exit 2
}

if [[ "${1:-}" == "--inside-xvfb" ]]; then
    # Second half: runs under xvfb-run, which has set DISPLAY and XAUTHORITY.
    shift
    out="$1"
    shift
    wait_s="${SCREENSHOT_WAIT:-15}"
    settle_s="${SCREENSHOT_SETTLE:-2}"
    import_bin=/usr/bin/import
    [[ -x "$import_bin" ]] || import_bin=import

    "$ROOT/.venv/bin/mmstudio" "$@" &
    app=$!
    # shellcheck disable=SC2317  # called by the EXIT trap
    stop_app() {
        if kill -0 "$app" 2>/dev/null; then
            kill "$app" 2>/dev/null || true
            for _ in $(seq 1 30); do
                kill -0 "$app" 2>/dev/null || break
                sleep 0.1
            done
            kill -9 "$app" 2>/dev/null || true
        fi
        wait "$app" 2>/dev/null || true
    }
    trap stop_app EXIT

    # A window is "up" when a top-level window of some size is viewable on the screen.
    window_up() {
        local id
        while read -r id; do
            if xwininfo -id "$id" 2>/dev/null | awk '
                /Width:/ {w = $2} /Height:/ {h = $2} /Map State: IsViewable/ {v = 1}
                END {exit !(v && w >= 200 && h >= 150)}'; then
                return 0
            fi
        done < <(xwininfo -root -children 2>/dev/null | awk '$1 ~ /^0x[0-9a-f]+$/ {print $1}')
        return 1
    }

    deadline=$((SECONDS + wait_s))
    until window_up; do
        if ! kill -0 "$app" 2>/dev/null; then
            wait "$app" && code=0 || code=$?
            echo "mmstudio stopped (exit code $code) before its window appeared; no screenshot taken." >&2
            exit 1
        fi
        if ((SECONDS >= deadline)); then
            echo "The mmstudio window did not appear within ${wait_s} s; taking the screenshot anyway." >&2
            break
        fi
        sleep 0.2
    done
    sleep "$settle_s"
    "$import_bin" -window root "$out"
    exit 0
fi

[[ $# -ge 1 && -n "$1" && "$1" != -* ]] || usage
out_dir="$(dirname "$1")"
mkdir -p "$out_dir"
out="$(cd "$out_dir" && pwd)/$(basename "$1")"
shift

cd "$ROOT"
MMSTUDIO_EXTRA_APT="imagemagick x11-utils" bash "$ROOT/scripts/setup.sh"
command -v xvfb-run >/dev/null 2>&1 || {
    echo "xvfb-run is not installed (Debian package xvfb); cannot take a screenshot." >&2
    exit 1
}

if [[ "${SCREENSHOT_FRESH:-0}" == "1" ]]; then
    fresh_home="$(mktemp -d)"
    trap 'rm -rf "$fresh_home"' EXIT
    export HOME="$fresh_home" XDG_CONFIG_HOME="$fresh_home/.config" XDG_DATA_HOME="$fresh_home/.local/share" \
        XDG_STATE_HOME="$fresh_home/.local/state" XDG_CACHE_HOME="$fresh_home/.cache"
fi

rm -f "$out"
xvfb-run -a -s "-screen 0 1280x800x24" bash "$SELF" --inside-xvfb "$out" "$@"
if [[ ! -s "$out" ]]; then
    echo "No screenshot was written." >&2
    exit 1
fi
echo "Screenshot saved: $out"
