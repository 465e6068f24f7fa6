"""Small text helpers shared by the apps."""

from collections.abc import Callable


def lines(text: str) -> list[str]:
    """The non-blank lines of a one-item-per-line field, trimmed."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def unique_slug(base: str, is_taken: Callable[[str], bool]) -> str:
    """`base`, or `base-2`, `base-3`… whichever is free first."""
    slug, n = base, 2
    while is_taken(slug):
        slug, n = f"{base}-{n}", n + 1
    return slug
