"""Listen: from a sound to its bar, in the core loop and in the real window, against the sound device's own latency.

A real, clocked sound device: a private PulseAudio server (tests/sound_device.start_pulse) whose null sink's
monitor is the default source, so the microphone hears what is played into the sink. A small tone model (low
300-400 Hz, high 2-3 kHz, background noise; trained in-process as tests/core/audio/test_listening.py does) listens.

Each trial plays quiet noise (the room) until the model has said something other than the coming tone's
class for a whole clip, then, at a random moment of a listening hop (a sound comes at any time), starts a 2 s
tone (2,500 Hz "high" and 350 Hz "low", in turn) with sounddevice.play, and measures from just before that
call to:

  device     the first 20 ms block captured by a second, model-free Recorder on the same source whose level
             shows the tone: playback start + PulseAudio's loopback + capture (the baseline, in every trial);
  core       the first `Heard` from `listen(predictor, stop)` whose prediction is the tone's class (the loop
             runs on its own thread, as the window's job does); also the first `Heard` whose level shows the
             tone (the first window with some of it in);
  window     the Audio tab's `try_panel.predictionShown` with the tone's class: the real MainWindow, model opened
             with try_panel.load_model, Listen pressed (the listening job, the queued result, the bars).

Also: how often the bars update (windows heard per second, and the longest gap), and the model's own cost per
window (log-mel + predict_raw on a 1 s window, timed alone). core - device is the app's share: waiting for the
next window (a hop is 0.2 s), enough of the tone in the 1 s window for the model to change its mind, and the
computation; window - core is the job and the Qt delivery.

Goals (the Audio issue): bars update at least 4 times a second; sound to its bar, median, under 300 ms.

    .venv/bin/python benchmarks/bench_listen_latency.py [--quick] [--hop SECONDS]

--hop is a what-if for the core loop only (listen's `hop` argument); the window always uses the app's hop.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import threading
import time
from pathlib import Path

from _common import (
    Goal,
    main_window,
    median,
    parse_args,
    percentile,
    print_table,
    qt_app,
    report,
    set_threads,
    wait_until,
)
from mmstudio.core.media.audio.listening import LONGEST_HOP  # torch-free: the app's hop between windows

GOAL_RATE = 4.0  # bar updates per second, at least
GOAL_MS = 300.0  # from a sound to its bar, median
RATE = 16000
TONES = (("high", 2500.0), ("low", 350.0))
TONE_LEVEL = 0.5
ROOM_NOISE = 0.03  # standard deviation of the noise played between tones
THRESHOLD = 0.3  # a block louder than this holds the tone (the room noise stays under ~0.15)
SETTLE_S = 1.3  # room noise at least this long before a tone: one whole clip (1 s) and a hop
DETECT_TIMEOUT_S = 3.0


def start_sound_device(folder: Path):
    """The private PulseAudio server, the microphone hearing the null sink; PULSE_SERVER set for PortAudio."""
    from tests.sound_device import start_pulse

    server = start_pulse(folder)
    os.environ["PULSE_SERVER"] = server.address
    if "sounddevice" in sys.modules:  # PortAudio reads the list of devices once
        sys.modules["sounddevice"]._terminate()
        sys.modules["sounddevice"]._initialize()
    server.listen_to_playback()
    return server


def train_tone_model(folder: Path):
    from mmstudio.core.events import Failed, Finished
    from mmstudio.core.media import get_modality
    from mmstudio.core.media.audio import noise_labels
    from mmstudio.core.pipeline import labelled_from_folder, train_examples
    from mmstudio.core.settings import TrainSettings
    from tests.core.audio.sounds import tone_classes

    modality = get_modality("audio")
    labelled, classes, _ = labelled_from_folder(tone_classes(folder, per_class=16), modality)
    settings = TrainSettings(epochs=8, batch_size=8, seed=0, augment=True, device="cpu")
    events = list(train_examples(modality, labelled, classes, "cnn", settings, {"noise_labels": noise_labels(classes)}))
    finished = [event for event in events if isinstance(event, Finished)]
    if not finished:
        raise RuntimeError(f"training ended without a model: {[e.message for e in events if isinstance(e, Failed)]}")
    return finished[0].bundle


class LevelWatch(threading.Thread):
    """The baseline: a model-free Recorder on the default source; (time, level) for every block it captures."""

    def __init__(self) -> None:
        super().__init__(name="level-watch", daemon=True)
        self.levels: list[tuple[float, float]] = []
        self.stop = threading.Event()
        self.ready = threading.Event()

    def run(self) -> None:
        from mmstudio.core.media.audio.microphone import Recorder

        with Recorder(None, RATE) as recorder:
            self.ready.set()
            frames = recorder.frames_captured
            while not self.stop.is_set():
                if recorder.wait_for(frames + 1, 0.1):
                    frames = recorder.frames_captured
                    self.levels.append((time.perf_counter(), recorder.level()))

    def first_loud(self, since: float, until: float) -> float | None:
        return next((t for t, level in list(self.levels) if since < t <= until and level > THRESHOLD), None)


class CoreListener(threading.Thread):
    """`listen(predictor, stop)` on its own thread: (time, label, level) for every window heard."""

    def __init__(self, predictor, hop: float | None = None) -> None:
        super().__init__(name="core-listen", daemon=True)
        self.predictor = predictor
        self.hop = hop
        self.heard: list[tuple[float, str, float]] = []
        self.stop = threading.Event()

    def run(self) -> None:
        from mmstudio.core.media.audio.listening import listen

        for heard in listen(self.predictor, self.stop, hop=self.hop):
            self.heard.append((time.perf_counter(), heard.prediction.label, heard.level))


def sounds():
    import numpy as np

    rng = np.random.default_rng(7)
    room = (ROOM_NOISE * rng.standard_normal(RATE * 20)).astype(np.float32)
    t = np.arange(RATE * 2) / RATE
    tones = {
        label: (TONE_LEVEL * np.sin(2 * np.pi * hz * t) + ROOM_NOISE * rng.standard_normal(len(t))).astype(np.float32)
        for label, hz in TONES
    }
    return room, tones


def run_trials(count: int, predictions: list, pause_until, watch: LevelWatch) -> list[dict]:
    """`count` measured trials (after one warm-up). `predictions` is appended to by the listener: (time, label, ...);
    `pause_until(predicate, timeout)` waits (spinning the event loop where there is one)."""
    import sounddevice


    room, tones = sounds()
    rng = random.Random(len(predictions))
    trials = []
    for k in range(count + 1):
        label = TONES[k % len(TONES)][0]
        sounddevice.play(room, RATE)
        room_started = time.perf_counter()

        def settled() -> bool:
            if time.perf_counter() - room_started < SETTLE_S or not predictions:
                return False
            last = predictions[-1]
            return last[0] > room_started + SETTLE_S - 0.1 and last[1] != label

        if not pause_until(settled, 10.0):
            print(f"  trial {k}: the model kept saying '{label}' in the room noise; skipped")
            continue
        # The wait above ends just after a window was heard; a sound comes at any moment of a hop, so the tone
        # starts a random part of a hop later (else every trial would wait the longest for its first window).
        start_at = predictions[-1][0] + rng.uniform(0, LONGEST_HOP)
        pause_until(lambda: time.perf_counter() >= start_at, 1.0)
        started = time.perf_counter()
        sounddevice.play(tones[label], RATE)

        def heard_it() -> bool:
            return any(t > started and said == label for t, said, *_ in predictions[-15:])

        pause_until(heard_it, DETECT_TIMEOUT_S)
        until = started + DETECT_TIMEOUT_S
        said_at = next((t for t, said, *_ in list(predictions) if started < t <= until and said == label), None)
        loud_at = watch.first_loud(started, until)
        level_at = next((p[0] for p in list(predictions) if len(p) > 2 and started < p[0] <= until and p[2] > THRESHOLD), None)
        trial = {
            "label": label,
            "device_ms": None if loud_at is None else (loud_at - started) * 1000,
            "heard_ms": None if said_at is None else (said_at - started) * 1000,
            "listen_level_ms": None if level_at is None else (level_at - started) * 1000,
        }
        if len(predictions[-1]) < 3:
            del trial["listen_level_ms"]  # the window's predictionShown carries no level
        if k == 0:
            continue  # warm-up
        trials.append(trial)
    sounddevice.stop()
    return trials


def update_stats(times: list[float], since: float, until: float) -> dict:
    times = [t for t in times if since <= t <= until]
    gaps = [(b - a) * 1000 for a, b in zip(times, times[1:])]
    return {
        "updates": len(times),
        "per_s": (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else float("nan"),
        "longest_gap_ms": max(gaps) if gaps else float("nan"),
        "p90_gap_ms": percentile(gaps, 0.9),
    }


def core_phase(predictor, count: int, watch: LevelWatch, hop: float | None) -> tuple[list[dict], dict]:
    listener = CoreListener(predictor, hop)
    listener.start()

    def pause_until(predicate, timeout: float) -> bool:
        deadline = time.perf_counter() + timeout
        while not predicate():
            if time.perf_counter() > deadline:
                return False
            time.sleep(0.01)
        return True

    if not pause_until(lambda: len(listener.heard) > 2, 30):
        raise RuntimeError("listen() heard nothing: the microphone did not deliver sound")
    started = time.perf_counter()
    trials = run_trials(count, listener.heard, pause_until, watch)
    ended = time.perf_counter()
    listener.stop.set()
    listener.join(5)
    return trials, update_stats([h[0] for h in listener.heard], started, ended)


def window_phase(model_path: Path, count: int, watch: LevelWatch) -> tuple[list[dict], dict]:
    app = qt_app()
    window = main_window()
    tab = window.tab_for("audio")
    window.tabs.setCurrentWidget(tab)  # listening stops when the tab is hidden
    wait_until(lambda: "starting" not in window.device_label.text(), timeout=60)
    tab.try_panel.load_model(model_path)
    if not wait_until(lambda: tab.session.predictor is not None, timeout=60):
        raise RuntimeError("the model did not load")
    if not wait_until(tab.sound_input_available, timeout=30):
        raise RuntimeError(f"the Audio tab found no microphone: {tab.sound_status.text()}")
    shown: list[tuple[float, str]] = []
    tab.try_panel.predictionShown.connect(lambda label: shown.append((time.perf_counter(), label)))
    tab.listen_button.click()  # what the user does
    if not wait_until(lambda: len(shown) > 2, timeout=30):
        raise RuntimeError(f"Listen showed no prediction: {tab.message}")

    def pause_until(predicate, timeout: float) -> bool:
        return wait_until(predicate, timeout, step_ms=10)

    started = time.perf_counter()
    trials = run_trials(count, shown, pause_until, watch)
    ended = time.perf_counter()
    tab.listen_button.click()
    wait_until(lambda: not tab.is_listening(), timeout=10)
    window.close()
    app.processEvents()
    return trials, update_stats([t for t, _ in shown], started, ended)


def model_cost(predictor, calls: int) -> float:
    """log-mel + predict_raw on one 1 s window, timed alone (median ms)."""
    import numpy as np

    from mmstudio.core.media.audio.features import FeatureSettings, log_mel

    settings = FeatureSettings.from_preprocessing(predictor.bundle.preprocessing)
    window = sounds()[1]["high"][: settings.clip_samples]
    times = []
    for _ in range(calls + 3):
        t = time.perf_counter()
        predictor.predict_raw(log_mel(np.asarray(window), settings))
        times.append((time.perf_counter() - t) * 1000)
    return median(times[3:])


def tone_needed(predictor) -> dict:
    """Offline, no device: the least tone (ms, in 10 ms steps) at the end of a 1 s window of room noise for the
    model to say the tone's class; None when even a whole window of it does not."""
    from mmstudio.core.media.audio.features import FeatureSettings, log_mel

    settings = FeatureSettings.from_preprocessing(predictor.bundle.preprocessing)
    size = settings.clip_samples
    room, tones = sounds()  # at RATE, the model's rate
    needed = {}
    for label, _ in TONES:
        needed[label] = None
        for ms in range(10, 1001, 10):
            tail = min(size, int(RATE * ms / 1000))
            window = room[:size].copy()
            window[size - tail :] = tones[label][:tail]
            if predictor.predict_raw(log_mel(window, settings)).label == label:
                needed[label] = ms
                break
    return needed


def values(trials: list[dict], key: str) -> list[float]:
    return [t[key] for t in trials if t[key] is not None]


def main() -> None:
    args = parse_args(
        __doc__.splitlines()[0],
        lambda parser: parser.add_argument(
            "--hop", type=float, help="what-if: the core loop's hop in seconds (the window keeps the app's own)"
        ),
    )
    set_threads()
    count = 4 if args.quick else 10
    tmp = tempfile.TemporaryDirectory(prefix="mmstudio-bench-")
    root = Path(tmp.name)
    try:
        server = start_sound_device(root / "pulse")
    except RuntimeError as error:  # no PulseAudio here: nothing to measure against
        sys.exit(f"bench_listen_latency needs a PulseAudio server: {error}")
    watch = LevelWatch()
    try:
        from mmstudio.core.checkpoint import save_bundle
        from mmstudio.core.predictor import Predictor

        started = time.perf_counter()
        bundle = train_tone_model(root / "tones")
        model_path = save_bundle(bundle, root / "tones-cnn.mmstudio")
        predictor = Predictor(bundle, "cpu")
        print(f"tone model trained and saved in {time.perf_counter() - started:.1f} s "
              f"(held-back accuracy {bundle.history[-1].get('val_accuracy', float('nan')):.2f}); "
              f"{count} trials each in the core loop and the window, after one warm-up each")
        watch.start()
        if not watch.ready.wait(30):
            raise RuntimeError("the baseline recorder did not open")
        core_trials, core_updates = core_phase(predictor, count, watch, args.hop)
        window_trials, window_updates = window_phase(model_path, count, watch)
        per_window_ms = model_cost(predictor, 30)
        if args.hop is not None:
            print(f"what-if: the core loop listens with a hop of {args.hop:g} s; the window with the app's own")
        needed = tone_needed(predictor)
    finally:
        watch.stop.set()
        watch.join(5)
        server.stop()

    rows, metrics = [], {"trials": count, "core_hop_s": args.hop, "model_ms_per_window": per_window_ms, "tone_needed_ms": needed}
    series = {
        "device (core trials)": values(core_trials, "device_ms"),
        "core: loop's level shows it": values(core_trials, "listen_level_ms"),
        "core: Heard says the class": values(core_trials, "heard_ms"),
        "device (window trials)": values(window_trials, "device_ms"),
        "window: predictionShown": values(window_trials, "heard_ms"),
    }
    for name, found in series.items():
        rows.append([name, len(found), median(found), percentile(found, 0.9), max(found, default=float("nan"))])
    device_all = series["device (core trials)"] + series["device (window trials)"]
    share_core = [t["heard_ms"] - t["device_ms"] for t in core_trials if t["heard_ms"] is not None and t["device_ms"] is not None]
    share_window = [t["heard_ms"] - t["device_ms"] for t in window_trials if t["heard_ms"] is not None and t["device_ms"] is not None]
    rows.append(["core - device, per trial", len(share_core), median(share_core), percentile(share_core, 0.9), max(share_core, default=float("nan"))])
    rows.append(["window - device, per trial", len(share_window), median(share_window), percentile(share_window, 0.9), max(share_window, default=float("nan"))])
    print()
    print_table(["from tone playback start to", "trials", "median ms", "p90 ms", "max ms"], rows)
    print()
    print_table(
        ["tone", "core median ms", "core max ms", "window median ms", "window max ms"],
        [
            [label, median(c), max(c, default=float("nan")), median(w), max(w, default=float("nan"))]
            for label, _ in TONES
            for c, w in [([t["heard_ms"] for t in core_trials if t["label"] == label and t["heard_ms"] is not None],
                          [t["heard_ms"] for t in window_trials if t["label"] == label and t["heard_ms"] is not None])]
        ],
    )
    missed = {"core": sum(t["heard_ms"] is None for t in core_trials), "window": sum(t["heard_ms"] is None for t in window_trials)}
    print()
    print_table(
        ["updates", "per second", "longest gap ms", "p90 gap ms"],
        [[name, u["per_s"], u["longest_gap_ms"], u["p90_gap_ms"]] for name, u in (("core loop", core_updates), ("window", window_updates))],
    )
    print(
        f"\nthe device's own latency (median of {len(device_all)}): {median(device_all):.0f} ms; the model's share in the core "
        f"loop (core - device, median of per-trial differences): {median(share_core):.0f} ms, of which the network and "
        f"log-mel are {per_window_ms:.1f} ms per window; the rest is waiting for the next window (the app's hop: {LONGEST_HOP:g} s) and for "
        f"enough of the tone in the 1 s window (offline, the model needs "
        f"{', '.join(f'{ms} ms of {label}' for label, ms in needed.items())} at the window's end). Missed within {DETECT_TIMEOUT_S:.0f} s: {missed['core']} core, "
        f"{missed['window']} window trials."
    )
    for name, found in series.items():
        key = name.replace(" ", "_").replace(":", "").replace("(", "").replace(")", "").replace("'", "")
        metrics[key] = {"median_ms": median(found), "p90_ms": percentile(found, 0.9), "n": len(found)}
    metrics.update(
        device_median_ms=median(device_all),
        core_minus_device_median_ms=median(share_core),
        window_minus_device_median_ms=median(share_window),
        missed=missed,
        core_updates=core_updates,
        window_updates=window_updates,
        core_trials=core_trials,
        window_trials=window_trials,
    )
    # a trial missed within the timeout counts as that slow (the median stays honest, the JSON finite)
    slow = DETECT_TIMEOUT_S * 1000
    window_ms = series["window: predictionShown"] + [slow] * missed["window"]
    core_ms = series["core: Heard says the class"] + [slow] * missed["core"]
    goals = [
        Goal("window: bar updates per second", window_updates["per_s"], ">=", GOAL_RATE, "/s"),
        Goal("window: sound to its bar (median)", median(window_ms), "<=", GOAL_MS, "ms"),
        Goal("core loop: sound to Heard (median)", median(core_ms), "<=", GOAL_MS, "ms"),
    ]
    report("listen_latency", args.quick, metrics, goals)
    tmp.cleanup()


if __name__ == "__main__":
    main()
