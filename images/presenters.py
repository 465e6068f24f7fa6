from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from django.core.files.storage import FileSystemStorage, Storage

DEFAULT_SIZES = "(min-width: 48rem) 42rem, 100vw"


@dataclass(frozen=True, slots=True)
class StoredImage:
    """A stored picture as `picture()` reads it: what a page that reads rows,
    not instances, has instead of the row's FieldFile."""

    name: str
    renditions: dict  # the row's renditions field (images.fields)
    storage: Storage

    @property
    def url(self) -> str:
        return self.storage.url(self.name)


def stored_image(
    storage: Storage, name: str | None, renditions: dict | None
) -> StoredImage | None:
    """The picture of an image field (images.fields.ResponsiveImageField) named
    `name`, with its renditions field's value; None when the field is empty."""
    if not name:
        return None
    return StoredImage(name, renditions or {}, storage)


@dataclass(frozen=True, slots=True)
class Picture:
    # Attributes, not a dict's keys: Jinja2 tries `p.src` as an attribute
    # first, and a dict made it raise and catch AttributeError for each of a
    # picture's dozen values.
    webp_srcset: str
    jpeg_srcset: str
    src: str
    width: int | None
    height: int | None
    alt: str
    sizes: str
    lazy: bool
    css: str


def picture(
    file, alt: str, sizes: str = DEFAULT_SIZES, lazy: bool = True, css=""
) -> Picture:
    """What templates/jinja2/images/_picture.html writes as a <picture> with
    WebP and JPEG sizes; no query, the sizes live on the row."""
    renditions = getattr(file, "renditions", None) or {}
    sources = renditions.get("sources", {})
    url = file_urls(file.storage)

    def srcset(key: str) -> str:
        return ", ".join(f"{url(path)} {width}w" for width, path in sources[key])

    jpeg = sources.get("jpeg") or []
    return Picture(
        webp_srcset=srcset("webp") if sources.get("webp") else "",
        jpeg_srcset=srcset("jpeg") if jpeg else "",
        src=url(jpeg[-1][1]) if jpeg else file.url,
        width=renditions.get("width"),
        height=renditions.get("height"),
        alt=alt,
        sizes=sizes,
        lazy=lazy,
        css=css,
    )


def file_urls(storage: Storage) -> Callable[[str], str]:
    """`storage.url`, kept where the answer never changes.

    A picture has eight sizes, and a local storage's url() quotes the name and
    joins it to MEDIA_URL with urljoin each time: a tenth of an exercise page.
    Other storages may sign their URLs for a while (S3 without a custom domain),
    so they are asked every time. The storage is asked what it is once per
    picture: `default_storage` is a lazy object, each attribute a detour.
    """
    if isinstance(storage, FileSystemStorage):
        base_url = storage.base_url
        return lambda name: _file_system_url(storage, base_url, name)
    return storage.url


@lru_cache(maxsize=8192)
def _file_system_url(storage: FileSystemStorage, base_url: str, name: str) -> str:
    # `base_url` is in the key only: MEDIA_URL changes (in tests) reset it.
    return storage.url(name)
