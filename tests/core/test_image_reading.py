"""Reading pictures (mmstudio/core/modalities/image.py) from real files in every supported format and mode."""

from __future__ import annotations

import random
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, features

from mmstudio.core.errors import DataError
from mmstudio.core.media.image.modality import (
    ImageModality,
    open_image,
    pixels_to_png,
    read_pixels,
    thumbnail_rgba,
)

from ._helpers import assert_plain

RED, BLUE, GREEN, WHITE = (255, 0, 0), (0, 0, 255), (0, 255, 0), (255, 255, 255)


def two_halves(width: int = 48, height: int = 32) -> Image.Image:
    """Left half red, right half blue."""
    array = np.zeros((height, width, 3), dtype=np.uint8)
    array[:, : width // 2] = RED
    array[:, width // 2 :] = BLUE
    return Image.fromarray(array)


def close_to(pixel, colour, tolerance: int) -> bool:
    return all(abs(int(a) - int(b)) <= tolerance for a, b in zip(pixel, colour, strict=True))


# -- formats -------------------------------------------------------------------------------------------------------

FORMATS = [
    ("png", "PNG", 0),
    ("jpg", "JPEG", 40),
    ("jpeg", "JPEG", 40),
    ("bmp", "BMP", 0),
    ("gif", "GIF", 0),
    pytest.param(
        "webp", "WEBP", 40, marks=pytest.mark.skipif(not features.check("webp"), reason="Pillow built without WebP")
    ),
    ("tif", "TIFF", 0),
    ("tiff", "TIFF", 0),
]


@pytest.mark.parametrize(("ext", "fmt", "tolerance"), FORMATS)
def test_every_format_reads_as_colour_and_grey(tmp_path, ext, fmt, tolerance):
    path = tmp_path / f"halves.{ext}"
    two_halves().save(path, fmt, **({"quality": 95} if fmt in ("JPEG", "WEBP") else {}))

    colour = read_pixels(path, 16, 3)
    assert colour.shape == (3, 16, 16)
    assert colour.dtype == np.uint8
    assert close_to(colour[:, 8, 2], RED, tolerance)
    assert close_to(colour[:, 8, 13], BLUE, tolerance)

    grey = read_pixels(path, 20, 1)
    assert grey.shape == (1, 20, 20)
    assert grey.dtype == np.uint8
    # ITU-R 601 luma: red 76, blue 29
    assert abs(int(grey[0, 10, 2]) - 76) <= tolerance + 2
    assert abs(int(grey[0, 10, 17]) - 29) <= tolerance + 2


def test_modality_read_uses_preprocessing(tmp_path):
    path = tmp_path / "a.png"
    two_halves().save(path)
    array = ImageModality().read(path, {"size": 12, "channels": 3})
    assert array.shape == (3, 12, 12)
    with pytest.raises(DataError):
        ImageModality().read(str(path), {"size": 12, "channels": 3})  # text items are for text data only


def test_animated_gif_uses_first_frame(tmp_path):
    path = tmp_path / "anim.gif"
    first = Image.new("RGB", (20, 20), GREEN)
    second = Image.new("RGB", (20, 20), RED)
    first.save(path, save_all=True, append_images=[second], duration=100, loop=0)
    with Image.open(path) as check:
        assert getattr(check, "n_frames", 1) == 2  # the file really is animated
    array = read_pixels(path, 10, 3)
    assert close_to(array[:, 5, 5], GREEN, 2)


def test_multi_page_tiff_uses_first_page(tmp_path):
    path = tmp_path / "pages.tif"
    Image.new("RGB", (20, 20), BLUE).save(path, save_all=True, append_images=[Image.new("RGB", (20, 20), RED)])
    assert close_to(read_pixels(path, 10, 3)[:, 5, 5], BLUE, 0)


def _marked_landscape() -> Image.Image:
    """60 wide x 30 tall, white, with a red 10x10 block in the stored top-left corner."""
    image = Image.new("RGB", (60, 30), WHITE)
    image.paste(RED, (0, 0, 10, 10))
    return image


def test_exif_orientation_is_applied(tmp_path):
    plain = tmp_path / "plain.jpg"
    rotated = tmp_path / "rotated.jpg"
    _marked_landscape().save(plain, quality=95)
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 degrees clockwise to display"
    _marked_landscape().save(rotated, quality=95, exif=exif)

    assert open_image(plain).size == (60, 30)
    assert open_image(rotated).size == (30, 60)  # upright: portrait

    # without orientation the red corner stays top-left
    array = read_pixels(plain, 32, 3)
    assert close_to(array[:, 2, 2], RED, 40)
    assert close_to(array[:, 2, 29], WHITE, 40)

    # turned clockwise, the stored top-left corner is shown top-right
    array = read_pixels(rotated, 32, 3)
    assert array.shape == (3, 32, 32)
    assert close_to(array[:, 2, 29], RED, 40)
    assert close_to(array[:, 2, 2], WHITE, 40)
    assert close_to(array[:, 29, 29], WHITE, 40)


# -- colour modes ------------------------------------------------------------------------------------------------


def test_palette_png_with_transparency_is_composited_on_white(tmp_path):
    path = tmp_path / "palette.png"
    image = Image.new("P", (20, 20), 0)
    image.putpalette([0, 0, 0, 255, 0, 0] + [0, 0, 0] * 254)
    image.paste(1, (10, 0, 20, 20))
    image.save(path, transparency=0)
    with Image.open(path) as check:
        assert check.mode == "P" and "transparency" in check.info
    array = read_pixels(path, 20, 3)
    assert close_to(array[:, 10, 2], WHITE, 0)  # transparent black -> white background
    assert close_to(array[:, 10, 17], RED, 0)


def test_rgba_is_composited_on_white(tmp_path):
    path = tmp_path / "rgba.png"
    array = np.zeros((30, 30, 4), dtype=np.uint8)
    array[:, 10:20, 3] = 128  # half-transparent black
    array[:, 20:, 3] = 255  # opaque black
    Image.fromarray(array, "RGBA").save(path)
    grey = read_pixels(path, 30, 1)[0]
    assert grey[15, 5] == 255
    assert abs(int(grey[15, 15]) - 127) <= 2
    assert grey[15, 25] == 0
    colour = read_pixels(path, 30, 3)
    assert close_to(colour[:, 15, 5], WHITE, 0)


def test_la_is_composited_on_white(tmp_path):
    path = tmp_path / "la.png"
    array = np.zeros((30, 30, 2), dtype=np.uint8)
    array[:, 10:, 0] = 100
    array[:, 10:, 1] = 255
    Image.fromarray(array, "LA").save(path)
    with Image.open(path) as check:
        assert check.mode == "LA"
    grey = read_pixels(path, 30, 1)[0]
    assert grey[5, 5] == 255
    assert grey[5, 20] == 100


def test_16_bit_grey_is_scaled_not_clipped(tmp_path):
    path = tmp_path / "deep.png"
    values = np.array([[0, 16384, 32768, 65535]] * 4, dtype=np.uint16)
    Image.fromarray(values).save(path)
    with Image.open(path) as check:
        assert check.mode in ("I;16", "I")  # really a 16-bit file
    grey = read_pixels(path, 4, 1)[0]
    assert grey.dtype == np.uint8
    expected = [0, 64, 128, 255]
    assert all(abs(int(g) - e) <= 1 for g, e in zip(grey[0], expected)), grey[0]
    colour = read_pixels(path, 4, 3)
    assert colour.shape == (3, 4, 4)
    assert colour[:, 0, 3].tolist() == [255, 255, 255]


def test_32_bit_integer_mode(tmp_path):
    path = tmp_path / "int.tif"
    values = np.array([[-5, 100000, 200000, 400000]] * 4, dtype=np.int32)
    Image.fromarray(values).save(path)
    with Image.open(path) as check:
        assert check.mode == "I"
    grey = read_pixels(path, 4, 1)[0, 0]
    assert [abs(int(g) - e) <= 1 for g, e in zip(grey, [0, 64, 128, 255])] == [True] * 4, grey


def test_float_mode_is_stretched(tmp_path):
    path = tmp_path / "float.tif"
    values = np.array([[-1.0, 0.0, 1.0, 3.0]] * 4, dtype=np.float32)
    Image.fromarray(values).save(path)
    with Image.open(path) as check:
        assert check.mode == "F"
    grey = read_pixels(path, 4, 1)[0, 0]
    assert [abs(int(g) - e) <= 1 for g, e in zip(grey, [0, 64, 128, 255])] == [True] * 4, grey


def test_cmyk_jpeg(tmp_path):
    path = tmp_path / "cmyk.jpg"
    Image.new("CMYK", (20, 20), (0, 255, 255, 0)).save(path, quality=95)  # red ink mix
    with Image.open(path) as check:
        assert check.mode == "CMYK"
    assert close_to(read_pixels(path, 8, 3)[:, 4, 4], RED, 30)


def test_black_and_white_bitmap(tmp_path):
    path = tmp_path / "bits.png"
    image = Image.new("1", (20, 20), 0)
    image.paste(1, (10, 0, 20, 20))
    image.save(path)
    grey = read_pixels(path, 20, 1)[0]
    assert grey[5, 2] == 0 and grey[5, 17] == 255


# -- files that cannot be read -----------------------------------------------------------------------------------


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def decompression_bomb_png(width: int = 40000, height: int = 40000) -> bytes:
    """A valid PNG header declaring a huge grey picture, with one tiny compressed row of data."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + _chunk(b"IEND", b"")
    )


def _bad_file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _noise_png() -> bytes:
    import io

    buffer = io.BytesIO()
    Image.fromarray(np.random.default_rng(0).integers(0, 255, (64, 64, 3), dtype=np.uint8)).save(buffer, "PNG")
    return buffer.getvalue()


def test_bomb_bytes_are_a_real_png_header():
    """The test file below is well formed up to its size: Pillow reads its header and refuses only the size."""
    import io

    with Image.open(io.BytesIO(decompression_bomb_png(30, 20))) as small:
        assert small.size == (30, 20) and small.mode == "L"


@pytest.mark.parametrize(
    ("name", "make", "words"),
    [
        ("empty.png", lambda: b"", "empty"),
        ("half.png", lambda: _noise_png()[: len(_noise_png()) // 2], "damaged"),
        ("notes.png", lambda: b"This is a shopping list, not a picture.\n" * 20, "not an image"),
        ("noise.jpg", lambda: random.Random(3).randbytes(5000), "not an image"),
        ("bomb.png", decompression_bomb_png, "too large"),
    ],
)
def test_bad_files_raise_plain_data_errors(tmp_path, name, make, words):
    path = _bad_file(tmp_path, name, make())
    with pytest.raises(DataError) as caught:
        read_pixels(path, 28, 1)
    assert_plain(str(caught.value), name, words)
    with pytest.raises(DataError):
        thumbnail_rgba(path, 64)


@pytest.mark.parametrize("cut", [9, 20, 40, 120, 6000, -30])
def test_truncated_png_at_any_point(tmp_path, cut):
    data = _noise_png()
    path = _bad_file(tmp_path, "cut.png", data[:cut])
    with pytest.raises(DataError) as caught:
        read_pixels(path, 28, 3)
    assert_plain(str(caught.value), "cut.png")


def test_truncated_jpeg(tmp_path):
    path = tmp_path / "cut.jpg"
    Image.fromarray(np.random.default_rng(1).integers(0, 255, (64, 64, 3), dtype=np.uint8)).save(path, quality=90)
    path.write_bytes(path.read_bytes()[:600])
    with pytest.raises(DataError) as caught:
        read_pixels(path, 28, 3)
    assert_plain(str(caught.value), "cut.jpg")


def test_missing_file(tmp_path):
    with pytest.raises(DataError) as caught:
        read_pixels(tmp_path / "nowhere.png", 28, 1)
    assert_plain(str(caught.value), "nowhere.png")


def test_cielab_tiff_reads_in_grey_and_colour(tmp_path):
    """Pillow opens CIELAB TIFFs but cannot turn them straight into grey; that must not crash a training run
    (the pipeline skips only DataErrors)."""
    path = tmp_path / "lab.tif"
    Image.new("LAB", (10, 10), (255, 128, 128)).save(path)  # full lightness, neutral: white
    with Image.open(path) as check:
        assert check.mode == "LAB"
    grey = read_pixels(path, 8, 1)
    assert grey.shape == (1, 8, 8) and grey.min() >= 250
    colour = read_pixels(path, 8, 3)
    assert colour.shape == (3, 8, 8) and colour.min() >= 250


# -- thumbnails and export ---------------------------------------------------------------------------------------


def test_thumbnail_rgba_bytes(tmp_path):
    path = tmp_path / "wide.png"
    two_halves(60, 30).save(path)
    data, width, height = thumbnail_rgba(path, 20)
    assert (width, height) == (20, 10)  # aspect kept
    assert isinstance(data, bytes) and len(data) == width * height * 4
    pixels = np.frombuffer(data, dtype=np.uint8).reshape(height, width, 4)
    assert close_to(pixels[5, 1], (*RED, 255), 0)
    assert close_to(pixels[5, 18], (*BLUE, 255), 0)


def test_thumbnail_of_transparent_image_is_opaque_on_white(tmp_path):
    path = tmp_path / "clear.png"
    Image.new("RGBA", (16, 16), (0, 0, 0, 0)).save(path)
    data, width, height = thumbnail_rgba(path, 64)
    assert (width, height) == (16, 16)  # never enlarged
    assert set(data) == {255}


def test_pixels_to_png_round_trip():
    import io

    colour = np.random.default_rng(2).integers(0, 255, (3, 9, 7), dtype=np.uint8)
    with Image.open(io.BytesIO(pixels_to_png(colour))) as image:
        assert image.format == "PNG" and image.mode == "RGB" and image.size == (7, 9)
        assert np.array_equal(np.asarray(image).transpose(2, 0, 1), colour)
    grey = colour[:1]
    with Image.open(io.BytesIO(pixels_to_png(grey))) as image:
        assert image.mode == "L" and image.size == (7, 9)
        assert np.array_equal(np.asarray(image), grey[0])
