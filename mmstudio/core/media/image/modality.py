"""Images: any common file format becomes a small square array of pixels, grey or colour."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from mmstudio.core.errors import DataError
from mmstudio.core.files import checked_size
from mmstudio.core.media.image import MEDIUM
from mmstudio.core.media.modality import Modality
from mmstudio.core.messages import message

MAX_FILE_BYTES = 200 * 1024 * 1024


# The last picture decoded: trying an image shows it and predicts on it, and both start from the same file.
_recent: list = [None, None]  # [(path, mtime, size), image]
_recent_lock = threading.Lock()


def open_image(path: Path | str) -> Image.Image:
    """Open a picture upright and fully decoded, or raise DataError saying plainly why not.

    Callers must not change the image in place (the last one is shared, see `_recent`).
    """
    path = Path(path)
    size = checked_size(path, message("image"), MAX_FILE_BYTES)
    if size == 0:
        raise DataError(message("The image '{name}' is empty (0 bytes).", name=path.name))
    key = (path, path.stat().st_mtime_ns, size)
    with _recent_lock:
        if _recent[0] == key:
            return _recent[1]
    image = _decode(path)
    with _recent_lock:
        _recent[:] = [key, image]
    return image


def _decode(path: Path) -> Image.Image:
    name = path.name
    too_big = DataError(message("The image '{name}' is too large to open safely (too many pixels).", name=name))
    try:
        with Image.open(path) as image:
            # Pillow only refuses at twice its limit; refuse at the limit, before decoding anything.
            if Image.MAX_IMAGE_PIXELS and image.width * image.height > Image.MAX_IMAGE_PIXELS:
                raise too_big
            image.seek(0)  # first frame of a GIF or multi-page TIFF
            image.load()
            return ImageOps.exif_transpose(image) or image
    except Image.DecompressionBombError:
        raise too_big from None
    except UnidentifiedImageError:
        raise DataError(message("'{name}' is not an image mmstudio can read.", name=name)) from None
    except (OSError, SyntaxError, ValueError, EOFError):
        raise DataError(message("The image '{name}' is damaged or incomplete.", name=name)) from None


def normalise_mode(image: Image.Image, channels: int) -> Image.Image:
    """Palette, alpha, 16-bit, CMYK and the rest become 8-bit grey ('L') or 'RGB'."""
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        array = np.asarray(image, dtype=np.float64)
        top = array.max() if array.max() > 255 else 255.0
        image = Image.fromarray(np.clip(array * (255.0 / top), 0, 255).astype(np.uint8))
    elif image.mode == "F":
        array = np.asarray(image, dtype=np.float64)
        span = (array.max() - array.min()) or 1.0
        image = Image.fromarray(((array - array.min()) * (255.0 / span)).astype(np.uint8))
    if image.mode == "P":
        image = image.convert("RGBA")
    elif image.mode == "LAB":  # Pillow converts CIELAB to RGB (via ImageCms) but not straight to grey
        image = image.convert("RGB")
    if image.mode in ("RGBA", "LA", "PA"):
        background = Image.new("RGBA", image.size, (255, 255, 255, 255))
        image = Image.alpha_composite(background, image.convert("RGBA"))
    return image.convert("L" if channels == 1 else "RGB")


def read_pixels(path: Path | str, size: int, channels: int) -> np.ndarray:
    """uint8 array of shape (channels, size, size)."""
    image = open_image(path)
    image = normalise_mode(image, channels).resize((size, size), Image.Resampling.BILINEAR, reducing_gap=2.0)
    array = np.asarray(image, dtype=np.uint8)
    return array[None] if channels == 1 else array.transpose(2, 0, 1).copy()


def thumbnail_rgba(path: Path | str, size: int) -> tuple[bytes, int, int]:
    """Bytes of an RGBA thumbnail (for the GUI to wrap without decoding again), width and height."""
    image = open_image(path)
    image = normalise_mode(image, 3)
    image.thumbnail((size, size), Image.Resampling.BILINEAR, reducing_gap=2.0)
    rgba = image.convert("RGBA")
    return rgba.tobytes(), rgba.width, rgba.height


def pixels_to_png(array: np.ndarray) -> bytes:
    """Encode a (channels, h, w) uint8 array as PNG bytes (reconstructions, exports)."""
    image = Image.fromarray(array[0] if array.shape[0] == 1 else array.transpose(1, 2, 0))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


class ImageModality(Modality):
    medium = MEDIUM

    def read(self, item, preprocessing):
        if not isinstance(item, Path):
            raise DataError(message("Image examples must be files."))
        return read_pixels(item, int(preprocessing["size"]), int(preprocessing["channels"]))

    def encode(self, raws, labels, preprocessing):
        import torch

        from mmstudio.core.media.image.augment import augment_images
        from mmstudio.core.encoded import TensorData

        size, channels = int(preprocessing["size"]), int(preprocessing["channels"])
        inputs = torch.from_numpy(np.stack(raws)) if raws else torch.zeros((0, channels, size, size), dtype=torch.uint8)
        return TensorData(inputs, torch.as_tensor(labels, dtype=torch.long), augment_images)
