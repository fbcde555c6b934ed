"""Data sets made here, for measuring accuracy (bench_quality.py): nothing is downloaded, the same seed gives
the same files and texts on every machine.

- digits: 28x28 grey PNGs of the digits 0-9 drawn with Pillow's own font, each turned, slanted, shifted,
  thickened, blurred and speckled at random (a mirrored 2 is not a 2: flips would be wrong here)
- keywords: short sentences of filler words where a few cue words tell the class, with cues of the other class
  mixed in and some labels wrong, as in real reviews (a bag of words should win here)
- long_cjk: long texts of Chinese characters, 150-400 characters, where a few cue characters anywhere in the text
  tell the class (a network that only remembers the end of the text loses here)
"""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

DIGIT_SIZE = 28


def draw_digit(digit: int, rng: random.Random) -> Image.Image:
    canvas = Image.new("L", (56, 56), 0)
    font = ImageFont.load_default(rng.randint(30, 42))
    ImageDraw.Draw(canvas).text(
        (28 + rng.uniform(-3, 3), 28 + rng.uniform(-3, 3)), str(digit), fill=255, font=font, anchor="mm",
        stroke_width=rng.choice((0, 1, 2, 3)), stroke_fill=255,
    )
    shear = rng.uniform(-0.3, 0.3)
    canvas = canvas.transform((56, 56), Image.Transform.AFFINE, (1, shear, -shear * 28, 0, 1, 0), Image.Resampling.BILINEAR)
    canvas = canvas.rotate(rng.uniform(-20, 20), Image.Resampling.BILINEAR, translate=(rng.uniform(-6, 6), rng.uniform(-6, 6)))
    canvas = canvas.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 1.5))).resize((DIGIT_SIZE, DIGIT_SIZE), Image.Resampling.BILINEAR)
    noise = Image.effect_noise((DIGIT_SIZE, DIGIT_SIZE), rng.uniform(10, 50))
    return Image.blend(canvas, noise, rng.uniform(0.05, 0.3))


def write_digits(out: Path, count: int, seed: int) -> list[tuple[Path, str]]:
    """`count` digit PNGs in class folders 0-9 under `out`; returns (path, class name) pairs."""
    rng = random.Random(seed)
    labelled = []
    for index in range(count):
        digit = index % 10
        folder = out / str(digit)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{seed}_{index:05d}.png"
        draw_digit(digit, rng).save(path)
        labelled.append((path, str(digit)))
    return labelled


def _words(rng: random.Random, count: int) -> list[str]:
    syllables = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "de", "va", "gu", "zo", "fe", "hi", "ba", "ru"]
    found: set[str] = set()
    while len(found) < count:
        found.add("".join(rng.choice(syllables) for _ in range(rng.randint(1, 3))))
    return sorted(found)


def keyword_sentences(count: int, seed: int) -> list[tuple[str, str]]:
    """(sentence, 'good' or 'bad'): 5-15 filler words, 1-2 cue words of the class, a cue of the other class in a
    third of them, and 8 % of the labels wrong."""
    rng = random.Random(seed)
    words = _words(random.Random(1), 700)
    cues = {"good": words[:40], "bad": words[40:80]}
    fillers = words[80:]
    rows = []
    for index in range(count):
        label = ("good", "bad")[index % 2]
        other = "bad" if label == "good" else "good"
        sentence = [rng.choice(fillers) for _ in range(rng.randint(5, 15))]
        chosen = [rng.choice(cues[label]) for _ in range(rng.randint(1, 2))]
        if rng.random() < 0.33:
            chosen.append(rng.choice(cues[other]))
        for cue in chosen:
            sentence.insert(rng.randrange(len(sentence) + 1), cue)
        if rng.random() < 0.08:
            label = other
        rows.append((" ".join(sentence), label))
    return rows


def long_cjk_texts(count: int, seed: int) -> list[tuple[str, str]]:
    """(text, 'praise' or 'complaint'): 150-400 random common characters with 3-6 cue characters of the class and
    0-2 of the other class at random places."""
    rng = random.Random(seed)
    characters = [chr(code) for code in range(0x4E00, 0x4E00 + 800)]
    cues = {"praise": characters[:30], "complaint": characters[30:60]}
    fillers = characters[60:]
    rows = []
    for index in range(count):
        label = ("praise", "complaint")[index % 2]
        other = "complaint" if label == "praise" else "praise"
        text = [rng.choice(fillers) for _ in range(rng.randint(150, 400))]
        chosen = [rng.choice(cues[label]) for _ in range(rng.randint(3, 6))]
        chosen += [rng.choice(cues[other]) for _ in range(rng.randint(0, 2))]
        for cue in chosen:
            text.insert(rng.randrange(len(text) + 1), cue)
        rows.append(("".join(text), label))
    return rows
