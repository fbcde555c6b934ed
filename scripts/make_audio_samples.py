"""Make the bundled speech sample: short words spoken by espeak-ng in many synthetic voices, speeds and
pitches, with noise, plus a background-noise class; 1 s clips at 16 kHz, stored as OGG/Vorbis (~2 MB).

    apt-get install -y espeak-ng
    .venv/bin/python scripts/make_audio_samples.py [OUT]      # OUT defaults to resources/samples/speech

Deterministic for a given espeak-ng version: every choice comes from one seeded random generator.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import soundfile

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from mmstudio.core.media.audio.clips import cut_clips, fit_clip  # noqa: E402
from mmstudio.core.media.audio.reading import read_sound  # noqa: E402

WORDS = ("yes", "no", "up", "down", "left", "right")
BACKGROUND = "background"
PER_CLASS = 60
RATE = 16000
SEED = 11
ACCENTS = ("en-us", "en-gb", "en-gb-scotland", "en-029", "en-gb-x-rp", "en-us-nyc")
VARIANTS = ("m1", "m2", "m3", "m5", "m7", "f1", "f2", "f3", "f4", "f5", "croak", "klatt", "klatt3", "grandma", "Alex")
QUALITY = 0.6  # Vorbis compression level 0..1 (soundfile's compression_level); higher is smaller


def speak(word: str, voice: str, speed: int, pitch: int, folder: Path) -> np.ndarray:
    """The word as mono float32 at RATE, silence trimmed off both ends."""
    wav = folder / "word.wav"
    subprocess.run(
        ["espeak-ng", "-v", voice, "-s", str(speed), "-p", str(pitch), "-w", str(wav), word], check=True
    )
    samples = read_sound(wav, RATE)
    loud = np.flatnonzero(np.abs(samples) > 0.05 * np.abs(samples).max())
    return samples[loud[0] : loud[-1] + 1]


def coloured_noise(rng: np.random.Generator, length: int, slope: float) -> np.ndarray:
    """Noise whose power falls by `slope` (0 white, 1 pink, 2 brown) per octave-ish, peak-normalised."""
    spectrum = np.fft.rfft(rng.standard_normal(length))
    frequencies = np.maximum(np.fft.rfftfreq(length, 1 / RATE), 20.0)
    noise = np.fft.irfft(spectrum / frequencies ** (slope / 2), length)
    return (noise / np.abs(noise).max()).astype(np.float32)


def add_noise(rng: np.random.Generator, clip: np.ndarray, snr_db: float) -> np.ndarray:
    noise = coloured_noise(rng, len(clip), rng.uniform(0, 2))
    signal_power = np.mean(clip[np.abs(clip) > 0.01] ** 2) if np.any(np.abs(clip) > 0.01) else 1e-4
    noise *= np.sqrt(signal_power / (np.mean(noise**2) * 10 ** (snr_db / 10)))
    return clip + noise


def word_clip(word: str, rng: random.Random, noise_rng: np.random.Generator, folder: Path) -> np.ndarray:
    while True:  # a very slow voice may not fit in one second: choose again
        voice = f"{rng.choice(ACCENTS)}+{rng.choice(VARIANTS)}"
        spoken = speak(word, voice, rng.randint(130, 230), rng.randint(20, 80), folder)
        if len(spoken) < RATE * 0.95:
            break
    spoken *= rng.uniform(0.15, 0.9) / np.abs(spoken).max()
    clip = np.zeros(RATE, dtype=np.float32)
    start = rng.randint(0, RATE - len(spoken))
    clip[start : start + len(spoken)] = spoken
    return add_noise(noise_rng, clip, rng.uniform(8, 30))


def background_takes(noise_rng: np.random.Generator) -> list[np.ndarray]:
    """Three 20 s takes: a room's hiss, mains hum with rumble, and rain-like crackle; each cut into 1 s clips."""
    seconds = 20 * RATE
    time = np.arange(seconds) / RATE
    hiss = coloured_noise(noise_rng, seconds, 1.0) * (0.05 + 0.03 * np.sin(2 * np.pi * 0.1 * time))
    hum = sum(np.sin(2 * np.pi * 50 * k * time) / k for k in (1, 2, 3, 5)) * 0.05
    hum = hum + coloured_noise(noise_rng, seconds, 2.0) * 0.1
    drops = (noise_rng.random(seconds) < 0.002) * noise_rng.standard_normal(seconds)
    rain = np.convolve(drops, np.exp(-np.arange(200) / 30.0), mode="same") * 0.1 + coloured_noise(noise_rng, seconds, 0.5) * 0.02
    return [np.asarray(take, dtype=np.float32) for take in (hiss, hum, rain)]


def write(folder: Path, name: str, clips: list[np.ndarray]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for number, clip in enumerate(clips):
        samples = np.clip(fit_clip(clip, RATE), -1.0, 1.0)
        soundfile.write(
            folder / f"{name}_{number:03d}.ogg", samples, RATE, format="OGG", subtype="VORBIS", compression_level=QUALITY
        )


def main(out: Path) -> None:
    if shutil.which("espeak-ng") is None:
        sys.exit("espeak-ng is needed: apt-get install -y espeak-ng")
    rng, noise_rng = random.Random(SEED), np.random.default_rng(SEED)
    if out.exists():
        shutil.rmtree(out)
    with tempfile.TemporaryDirectory() as temp:
        for word in WORDS:
            write(out / word, word, [word_clip(word, rng, noise_rng, Path(temp)) for _ in range(PER_CLASS)])
    pieces = [clip for take in background_takes(noise_rng) for clip in cut_clips(take, RATE, RATE)]
    write(out / BACKGROUND, BACKGROUND, pieces)
    total = sum(path.stat().st_size for path in out.rglob("*.ogg"))
    print(f"{out}: {len(WORDS) + 1} classes, {sum(1 for _ in out.rglob('*.ogg'))} clips, {total / 2**20:.1f} MB")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "resources" / "samples" / "speech")
