"""Real image files made on the fly for upload tests."""

import io
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

GPS_MARKER = "TestCameraMaker"


def image_bytes(fmt="JPEG", size=(1600, 1000), color="teal", exif=None, mode="RGB"):
    buffer = io.BytesIO()
    kwargs = {"exif": exif.tobytes()} if exif is not None else {}
    Image.new(mode, size, color).save(buffer, fmt, **kwargs)
    return buffer.getvalue()


def gps_exif(orientation=6) -> Image.Exif:
    exif = Image.Exif()
    exif[0x0112] = orientation  # rotate 90° when shown
    exif[0x010F] = GPS_MARKER  # camera maker
    exif[0x8825] = {1: "N", 2: (51.0, 30.0, 12.5), 3: "W", 4: (0.0, 7.0, 39.0)}
    return exif


def upload(data: bytes, name="photo.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def bomb_png() -> bytes:
    """Tiny on disk, enormous when decoded."""
    buffer = io.BytesIO()
    Image.new("1", (30_000, 30_000)).save(buffer, "PNG")
    return buffer.getvalue()


def mpo_bytes(size=(300, 200), exif=None) -> bytes:
    """A multi-picture JPEG as phones write it: a red photo, then a blue second
    picture (a depth map or the other lens)."""
    buffer = io.BytesIO()
    kwargs = {"exif": exif.tobytes()} if exif is not None else {}
    first = Image.new("RGB", size, "red")
    second = Image.new("RGB", size, "blue")
    first.save(buffer, "MPO", save_all=True, append_images=[second], **kwargs)
    return buffer.getvalue()


def stored_files() -> set[str]:
    """Every file in test media storage, to show an action left nothing behind."""
    root = Path(settings.MEDIA_ROOT)
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}
