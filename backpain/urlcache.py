"""URLs reversed once per process and kept.

A page reverses a dozen URLs (the header's links, the byline, every linked
article), and reverse() walks the URL patterns each time: it was a quarter of
an exercise page's rendering. What it returns depends only on the view, its
arguments, the URLconf and the script prefix, so all of them key what is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse, set_script_prefix

PLACEHOLDER = "__slug__"


def url(viewname: str, **kwargs) -> str:
    """`reverse(viewname, kwargs=kwargs)` for views without many arguments."""
    return _reverse(viewname, tuple(sorted(kwargs.items())), *_context())


def urls() -> Callable[..., str]:
    """`url`, for a template's many links: the URLconf and script prefix,
    each a context-local read of a few microseconds, are looked up once."""
    urlconf, prefix = _context()
    return lambda viewname, **kwargs: _reverse(
        viewname, tuple(sorted(kwargs.items())), urlconf, prefix
    )


def slug_url(viewname: str, slug: str) -> str:
    """`reverse(viewname, kwargs={"slug": slug})`, one pattern for every slug.

    Slugs are letters, digits, hyphens and underscores (SlugField without
    allow_unicode), which reverse() leaves as they are, so putting one where a
    placeholder was reversed gives what reverse() gives; tests/serving checks it.
    """
    return _reverse(viewname, (("slug", PLACEHOLDER),), *_context()).replace(
        PLACEHOLDER, slug
    )


def slug_urls(viewname: str) -> Callable[[str], str]:
    """`slug_url` for a page of slugs: what is kept is looked up once."""
    pattern = _reverse(viewname, (("slug", PLACEHOLDER),), *_context())
    return lambda slug: pattern.replace(PLACEHOLDER, slug)


def _context() -> tuple[str, str]:
    return get_urlconf() or settings.ROOT_URLCONF, get_script_prefix()


@lru_cache(maxsize=256)
def _reverse(viewname: str, kwargs: tuple, urlconf: str, prefix: str) -> str:
    current = get_script_prefix()
    if prefix == current:
        return reverse(viewname, urlconf=urlconf, kwargs=dict(kwargs) or None)
    # A `urls()` taken before the prefix changed: what is kept under `prefix`
    # must be reversed with it, as reverse() reads the prefix itself.
    set_script_prefix(prefix)
    try:
        return reverse(viewname, urlconf=urlconf, kwargs=dict(kwargs) or None)
    finally:
        set_script_prefix(current)
