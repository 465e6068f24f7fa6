DEFAULT_SIZES = "(min-width: 48rem) 42rem, 100vw"


def picture(file, alt: str, sizes: str = DEFAULT_SIZES, lazy: bool = True, css=""):
    """What templates/jinja2/images/_picture.html writes as a <picture> with
    WebP and JPEG sizes; no query, the sizes live on the row."""
    renditions = getattr(file, "renditions", None) or {}
    sources = renditions.get("sources", {})
    storage = file.storage

    def srcset(key: str) -> str:
        return ", ".join(
            f"{storage.url(path)} {width}w" for width, path in sources[key]
        )

    jpeg = sources.get("jpeg") or []
    return {
        "webp_srcset": srcset("webp") if sources.get("webp") else "",
        "jpeg_srcset": srcset("jpeg") if jpeg else "",
        "src": storage.url(jpeg[-1][1]) if jpeg else file.url,
        "width": renditions.get("width"),
        "height": renditions.get("height"),
        "alt": alt,
        "sizes": sizes,
        "lazy": lazy,
        "css": css,
    }
