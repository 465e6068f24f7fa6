"""Checking, cleaning and resizing uploaded images with Pillow.

Every image, from the admin or the importer, goes through `prepare_upload`:
it must really decode, stay within size, pixel and shape limits, and comes out
re-encoded with the camera orientation applied and no EXIF, GPS or other
metadata. `make_renditions` then writes the smaller WebP and JPEG copies pages
use. A small Pillow module rather than a thumbnailing library: we need exactly
these steps, done once at upload, with nothing generated on page views.

Formats: JPEG, PNG and WebP. A multi-picture JPEG (MPO, which phone cameras
write under a .jpg name to carry a depth map or a second lens) keeps only its
first picture, the photo itself, stored as a plain JPEG. GIF is refused
(animation would be lost and the files are large; an animated demo belongs in a
video). HEIC is refused because Pillow cannot decode it without a separate
plugin; phones export JPEG.
"""

from __future__ import annotations

import io
import posixpath
import warnings
from dataclasses import dataclass

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import Storage
from PIL import Image, ImageOps, UnidentifiedImageError

ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
# Read, but stored as another format: an MPO keeps only its first picture.
STORED_AS = {"MPO": "JPEG"}
# Wide panoramas fit; a strip too thin to see on any screen does not.
MAX_ASPECT_RATIO = 10
RENDITION_FORMATS = {"webp": "WEBP", "jpeg": "JPEG"}
JPEG_QUALITY = 85
WEBP_QUALITY = 80


class ImageRejected(ValueError):
    """An upload that is not an image we accept; the message is for the author."""


@dataclass(frozen=True)
class PreparedImage:
    content: ContentFile
    extension: str
    width: int
    height: int


def _limits() -> tuple[int, int, int]:
    return (
        settings.IMAGE_MAX_UPLOAD_BYTES,
        settings.IMAGE_MAX_PIXELS,
        settings.IMAGE_MAX_SIDE,
    )


def readable_size(n: int, *, round_up: bool = False) -> str:
    """A byte count as an author reads it, in the units of the settings (1 MB is
    1024 KB): "292 KB", "1.5 MB", "10 MB".

    Round a file's size up and a limit down, so a refused file never reads as
    being within the limit.
    """
    for unit, size, tenths in (("MB", 1_048_576, True), ("KB", 1024, False)):
        if n >= size:
            scale = 10 if tenths else 1
            value, rest = divmod(n * scale, size)
            if round_up and rest:
                value += 1
            whole, tenth = divmod(value, scale)
            return f"{whole}.{tenth} {unit}" if tenth else f"{whole} {unit}"
    return f"{n} bytes"


def _open(file) -> Image.Image:
    max_bytes, max_pixels, max_side = _limits()
    size = getattr(file, "size", None)
    if size is not None and size > max_bytes:
        raise ImageRejected(
            f"This file is {readable_size(size, round_up=True)}; images can be at "
            f"most {readable_size(max_bytes)}. Export a smaller JPEG and try again."
        )
    file.seek(0)
    try:
        with warnings.catch_warnings():
            # Pillow only warns between its limit and twice it; refuse both.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(file)
            if image.format == "HEIF" or image.format is None:
                raise ImageRejected("Upload a JPEG, PNG or WebP image.")
            if STORED_AS.get(image.format, image.format) not in ALLOWED_FORMATS:
                raise ImageRejected(
                    f"{image.format} images are not accepted. Upload a JPEG, PNG "
                    "or WebP image."
                )
            width, height = image.size
            if width > max_side or height > max_side or width * height > max_pixels:
                raise ImageRejected(
                    f"This image is {width}×{height} pixels; the limit is "
                    f"{max_side} pixels a side and {max_pixels // 1_000_000} "
                    "megapixels. Resize it and try again."
                )
            if max(width, height) > MAX_ASPECT_RATIO * min(width, height):
                raise ImageRejected(
                    f"This image is {width}×{height} pixels, too long and thin to "
                    f"show well: its long side can be at most {MAX_ASPECT_RATIO} "
                    "times its short side. Crop it and try again."
                )
            image.load()  # decode every pixel: catches truncated or corrupt files
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ImageRejected(
            "This image has too many pixels to process safely. Resize it and try again."
        ) from error
    except UnidentifiedImageError as error:
        raise ImageRejected(
            "This file is not an image we can read. Upload a JPEG, PNG or WebP image."
        ) from error
    except (OSError, SyntaxError, ValueError) as error:
        if isinstance(error, ImageRejected):
            raise
        raise ImageRejected(
            "This image is damaged or incomplete (it may not have finished "
            "uploading or exporting). Save it again and retry."
        ) from error
    return image


def _encode(image: Image.Image, fmt: str) -> bytes:
    out = io.BytesIO()
    if fmt == "JPEG":
        if image.mode not in ("RGB", "L"):
            # JPEG has no transparency: lay the image on white.
            background = Image.new("RGB", image.size, "white")
            rgba = image.convert("RGBA")
            background.paste(rgba, mask=rgba.getchannel("A"))
            image = background
        image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
    elif fmt == "WEBP":
        if image.mode not in ("RGB", "RGBA"):
            image = image.convert("RGBA" if "A" in image.getbands() else "RGB")
        image.save(out, "WEBP", quality=WEBP_QUALITY, method=4)
    else:
        if image.mode not in ("RGB", "RGBA", "L", "LA", "P"):
            image = image.convert("RGBA")
        image.save(out, "PNG", optimize=True)
    return out.getvalue()


def check_upload(file) -> None:
    """Raise ImageRejected unless the upload is an image we accept."""
    _open(file)


def prepare_upload(file) -> PreparedImage:
    """Validate an upload and return it re-encoded without any metadata."""
    image = _open(file)
    fmt = STORED_AS.get(image.format, image.format)
    # Rotate pixels as the camera meant, since the EXIF tag saying so goes away.
    image = ImageOps.exif_transpose(image)
    clean = image.copy()
    # Pillow writes what `info` holds (EXIF, XMP, comments); start empty.
    clean.info = {}
    data = _encode(clean, fmt)
    return PreparedImage(
        content=ContentFile(data),
        extension=ALLOWED_FORMATS[fmt],
        width=clean.width,
        height=clean.height,
    )


RENDITIONS_ROOT = "renditions"


def rendition_folder(name: str) -> str:
    """Where the renditions of a stored original live: one folder per original."""
    stem, _ = posixpath.splitext(name)
    return posixpath.join(RENDITIONS_ROOT, stem)


def make_renditions(storage: Storage, name: str) -> dict:
    """Write resized WebP and JPEG copies; return what templates need to show them.

    The result is stored on the row next to the image, so a page lists every
    size of every image without a query per image.
    """
    with storage.open(name, "rb") as handle:
        image = Image.open(handle)
        image.load()
    folder = rendition_folder(name)
    widths = sorted({min(w, image.width) for w in settings.IMAGE_RENDITION_WIDTHS})
    sources: dict[str, list[list]] = {key: [] for key in RENDITION_FORMATS}
    for width in widths:
        # Round a thin strip (stored before the shape check) to 1 pixel, not 0.
        height = max(1, round(image.height * width / image.width))
        resized = (
            image
            if width == image.width
            else image.resize((width, height), Image.Resampling.LANCZOS)
        )
        for key, fmt in RENDITION_FORMATS.items():
            path = posixpath.join(folder, f"{width}.{'jpg' if key == 'jpeg' else key}")
            if storage.exists(path):
                storage.delete(path)
            saved = storage.save(path, ContentFile(_encode(resized, fmt)))
            sources[key].append([width, saved])
    return {"width": image.width, "height": image.height, "sources": sources}


def delete_with_renditions(storage: Storage, name: str) -> None:
    """Remove a stored original and every rendition made from it."""
    if not name:
        return
    folder = rendition_folder(name)
    try:
        _, files = storage.listdir(folder)
    except (FileNotFoundError, NotImplementedError):
        files = []
    for file_name in files:
        storage.delete(posixpath.join(folder, file_name))
    storage.delete(name)
