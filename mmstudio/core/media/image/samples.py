"""The bundled sample data, drawn by code so the project owns it: shapes on varied backgrounds.

`python -m mmstudio.core.media.image.samples OUT` redraws resources/samples/shapes; tests and benchmarks draw their own sets.
"""

from __future__ import annotations

import math
import random
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

SHAPES = ("circle", "square", "triangle", "star")


def _polygon(kind: str, cx: float, cy: float, radius: float, turn: float) -> list[tuple[float, float]]:
    if kind == "square":
        corners, radii = 4, [radius]
    elif kind == "triangle":
        corners, radii = 3, [radius]
    else:  # five-pointed star
        corners, radii = 10, [radius, radius * 0.45]
    points = []
    for k in range(corners):
        angle = turn + 2 * math.pi * k / corners
        r = radii[k % len(radii)]
        points.append((cx + r * math.cos(angle), cy + r * math.sin(angle)))
    return points


def draw_shape(kind: str, size: int, rng: random.Random) -> Image.Image:
    """One RGB picture of `kind` with random placement, size, rotation, colours and blur."""
    background = tuple(rng.randint(170, 255) for _ in range(3))
    ink = tuple(rng.randint(0, 90) for _ in range(3))
    image = Image.new("RGB", (size, size), background)
    draw = ImageDraw.Draw(image)
    radius = size * rng.uniform(0.28, 0.42)
    cx = size / 2 + rng.uniform(-0.1, 0.1) * size
    cy = size / 2 + rng.uniform(-0.1, 0.1) * size
    if kind == "circle":
        draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=ink)
    else:
        draw.polygon(_polygon(kind, cx, cy, radius, rng.uniform(0, 2 * math.pi)), fill=ink)
    return image.filter(ImageFilter.GaussianBlur(rng.uniform(0.0, 0.6)))


def write_shapes(out: Path, per_class: int = 200, size: int = 40, seed: int = 7, classes=SHAPES) -> Path:
    """A folder of class folders of PNG files; deterministic for a given seed."""
    rng = random.Random(seed)
    out = Path(out)
    for kind in classes:
        folder = out / kind
        folder.mkdir(parents=True, exist_ok=True)
        for k in range(per_class):
            draw_shape(kind, size, rng).save(folder / f"{kind}_{k:03d}.png", optimize=True)
    return out


if __name__ == "__main__":
    write_shapes(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("resources/samples/shapes"))
