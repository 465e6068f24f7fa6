"""Markdown written by trainers, turned into safe HTML.

Python-Markdown renders (with footnotes that link both ways) and nh3 (the Ammonia
sanitiser) removes anything that could run script, however the Markdown is
written. Rendered HTML is cached by content, so a page view does not re-parse.
"""

from __future__ import annotations

import hashlib

import markdown
import nh3
from django.core.cache import cache
from django.utils.safestring import SafeString, mark_safe

RENDERER_VERSION = "1"  # bump to invalidate cached HTML when the output changes
CACHE_SECONDS = 60 * 60 * 24 * 30  # content-addressed, so never stale; just bounded

ALLOWED_TAGS = {
    "a", "abbr", "blockquote", "br", "code", "div", "em", "h2", "h3", "h4", "hr",
    "li", "ol", "p", "pre", "strong", "sup", "table", "tbody", "td", "th", "thead",
    "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "class", "id", "role"},
    "abbr": {"title"},
    "div": {"class"},
    "h2": {"id"},
    "h3": {"id"},
    "li": {"id"},
    "sup": {"id"},
    "th": {"scope"},
}
URL_SCHEMES = {"http", "https", "mailto"}


def _render(text: str) -> str:
    html = markdown.markdown(
        text,
        extensions=["footnotes", "sane_lists", "tables", "attr_list"],
        extension_configs={
            "footnotes": {
                "BACKLINK_TEXT": "↩",
                "BACKLINK_TITLE": "Back to text for footnote %d",
                "SUPERSCRIPT_TEXT": "{}",
            }
        },
        output_format="html",
    )
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
    )


def render_markdown(text: str) -> SafeString:
    if not text or not text.strip():
        return mark_safe("")
    digest = hashlib.sha256(text.encode()).hexdigest()
    key = f"md:{RENDERER_VERSION}:{digest}"
    html = cache.get(key)
    if html is None:
        html = _render(text)
        cache.set(key, html, timeout=CACHE_SECONDS)
    # Sanitised by nh3 above; the only place the project marks HTML safe.
    return mark_safe(html)  # noqa: S308
