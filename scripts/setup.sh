#!/usr/bin/env bash
# Prepares this machine for mmstudio: system libraries (Debian/Ubuntu, through apt),
# the Python environment in .venv, and the Python packages from pyproject.toml.
#
# Safe to run again and again: it only does work when something is missing or
# pyproject.toml changed, and then prints one line per step. When everything is
# in place it prints nothing and returns at once.
#
# Called (as `bash scripts/setup.sh`) by scripts/run-app.sh, scripts/run-tests.sh and
# scripts/screenshot.sh. Can also be run alone from any folder.
#
# Environment knobs:
#   MMSTUDIO_PYTHON=/path/to/python3   Python used to create .venv (default: python3)
#   MMSTUDIO_SKIP_APT=1                 never touch system packages (just report what is missing)
#   MMSTUDIO_EXTRA_APT="pkg ..."        extra Debian packages to make sure of (used by screenshot.sh)

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
STAMP="$VENV/.mmstudio-installed"
# The CPU build of torch. An unpinned torch resolves to a CUDA build of several GB.
TORCH_SPEC="torch==2.13.0"

# Qt runtime, a real X window (xcb), sound recording, a virtual screen for tests and
# screenshots, and a small font that covers Chinese (wqy-microhei: 1.6 MB download,
# 5 MB installed; fonts-noto-cjk would be 57 MB / 89 MB and ten times slower).
SYSTEM_PACKAGES=(
    libegl1 libgl1 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3
    fontconfig fonts-dejavu-core fonts-wqy-microhei
    libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 libxcb-image0
    libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
    libportaudio2
    xvfb xauth
)
if [[ -n "${MMSTUDIO_EXTRA_APT:-}" ]]; then
    read -r -a _extra <<<"$MMSTUDIO_EXTRA_APT"
    SYSTEM_PACKAGES+=("${_extra[@]}")
fi

say() { printf '%s\n' "$*"; }
fail() {
    printf 'Set-up failed: %s\n' "$*" >&2
    exit 1
}

# --- 1. System packages -------------------------------------------------------

ensure_system_packages() {
    if [[ "${MMSTUDIO_SKIP_APT:-0}" == "1" ]]; then
        return 0
    fi
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        say "Note: this is not a Debian/Ubuntu system, so system libraries were not checked."
        say "      mmstudio needs Qt's runtime libraries (OpenGL/EGL, xkbcommon, fontconfig, xcb), PortAudio"
        say "      for recording sound, and Xvfb for the tests. Install them with your system's package manager."
        return 0
    fi

    # One dpkg-query for all (fast). Debian 13 renamed some libraries with a "t64"
    # suffix (libglib2.0-0t64), so either name counts.
    local -A installed=()
    local missing=() pkg name status
    while IFS=' ' read -r name status; do
        [[ "$status" == "install ok installed" ]] && installed["$name"]=1
    done < <(dpkg-query -W -f='${Package} ${Status}\n' \
        "${SYSTEM_PACKAGES[@]}" "${SYSTEM_PACKAGES[@]/%/t64}" 2>/dev/null || true)
    for pkg in "${SYSTEM_PACKAGES[@]}"; do
        [[ -n "${installed[$pkg]:-}${installed[${pkg}t64]:-}" ]] || missing+=("$pkg")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0

    local sudo=()
    if [[ "$(id -u)" -ne 0 ]]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            say "Note: these system packages are missing and cannot be installed without administrator rights:"
            say "      ${missing[*]}"
            say "      Ask an administrator to run: apt-get install --no-install-recommends ${missing[*]}"
            return 0
        fi
    fi

    say "Installing system packages: ${missing[*]}"
    local log
    log="$(mktemp)"
    if ! ${sudo[@]+"${sudo[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -qq update \
        >"$log" 2>&1; then
        cat "$log" >&2
        rm -f "$log"
        fail "could not update the list of system packages (apt-get update). Is the network reachable?"
    fi
    if ! ${sudo[@]+"${sudo[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -qq -y \
        install --no-install-recommends "${missing[@]}" >"$log" 2>&1; then
        cat "$log" >&2
        rm -f "$log"
        fail "could not install the system packages: ${missing[*]}"
    fi
    rm -f "$log"
}

# --- 2. Python environment ----------------------------------------------------

ensure_venv() {
    [[ -x "$VENV/bin/python" ]] && return 0
    local python="${MMSTUDIO_PYTHON:-python3}"
    command -v "$python" >/dev/null 2>&1 || fail "Python 3 was not found (looked for '$python'). Install Python 3.10 or newer."
    "$python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else 1)' ||
        fail "mmstudio needs Python 3.10 or newer; '$python' is $("$python" -V 2>&1)."
    say "Creating the Python environment in .venv ..."
    # A half-made .venv (no working python) is replaced.
    rm -rf "$VENV"
    "$python" -m venv "$VENV" || fail "could not create .venv (on Debian: apt-get install python3-venv)."
    rm -f "$STAMP"
}

# --- 3. Python packages -------------------------------------------------------

pyproject_hash() {
    sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1
}

ensure_python_packages() {
    local want
    want="$(pyproject_hash)"
    if [[ -f "$STAMP" && "$(cat "$STAMP")" == "$want" ]]; then
        return 0
    fi
    if [[ -f "$STAMP" ]]; then
        say "Updating the Python packages in .venv (pyproject.toml changed) ..."
    else
        say "Installing the Python packages into .venv (takes a minute or two, once) ..."
    fi
    local log pip=("$VENV/bin/python" -m pip --disable-pip-version-check --no-input)
    # --no-compile here, then one parallel compileall below: pip compiles on one core (about a minute).
    # The compiled files must be made at install time: where PYTHONDONTWRITEBYTECODE=1 is set (many
    # containers and CI), Python never writes them on import, and every start would compile torch again
    # (import torch: about 6 s instead of 2.5 s).
    log="$(mktemp)"
    if ! "${pip[@]}" install -q --no-compile "$TORCH_SPEC" >"$log" 2>&1; then
        cat "$log" >&2
        rm -f "$log"
        fail "could not install $TORCH_SPEC into .venv."
    fi
    if ! "${pip[@]}" install -q --no-compile -e "${ROOT}[test]" >"$log" 2>&1; then
        cat "$log" >&2
        rm -f "$log"
        fail "could not install mmstudio and its packages into .venv (pip install -e \".[test]\")."
    fi
    if ! "$VENV/bin/python" -m compileall -q -j 0 "$("$VENV/bin/python" -c 'import sysconfig; print(sysconfig.get_path("purelib"))')" \
        "$ROOT/mmstudio" >"$log" 2>&1; then
        # A few packages ship files that do not compile (test data, other Python versions); that is harmless.
        :
    fi
    rm -f "$log"
    printf '%s\n' "$want" >"$STAMP"
}

ensure_system_packages
ensure_venv
ensure_python_packages
