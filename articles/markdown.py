"""Markdown written by trainers, turned into safe HTML.

Python-Markdown renders (with footnotes that link both ways) and nh3 (the Ammonia
sanitiser) removes anything that could run script, however the Markdown is
written. Rendered HTML is cached by content, so a page view does not re-parse.

Trainers choose words, links and emphasis, not the page's classes and ids: every
id and class in the output is one the renderer made (footnotes, section headings),
and every id starts with "md-" and the text's own prefix ("md-urgent-fn-1"), so
two texts on one page, or a text and the page around it, never share an id.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import secrets
import xml.etree.ElementTree as etree
from dataclasses import dataclass

import markdown
import nh3
from django.utils.safestring import SafeString, mark_safe
from markdown.extensions import Extension
from markdown.extensions.footnotes import FootnoteExtension
from markdown.inlinepatterns import InlineProcessor
from markdown.treeprocessors import Treeprocessor

from . import freshness, immutable_cache, links

RENDERER_VERSION = "4"  # bump to invalidate cached HTML when the output changes
CACHE_SECONDS = 60 * 60 * 24 * 30  # content-addressed, so never stale; just bounded

ALLOWED_TAGS = {
    "a", "abbr", "blockquote", "br", "code", "div", "em", "h2", "h3", "h4", "hr",
    "li", "ol", "p", "pre", "strong", "sup", "table", "tbody", "td", "th", "thead",
    "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "class"},
    "abbr": {"title"},
    "div": {"class"},
    "h2": {"id"},
    "li": {"id"},
    "sup": {"id"},
    "th": {"scope"},
}
# The only classes in the output: the footnotes' own (styled in site.css).
OWN_CLASSES = {"a": {"footnote-ref", "footnote-backref"}, "div": {"footnote"}}
URL_SCHEMES = {"http", "https", "mailto"}
_LINK_REL = "noopener noreferrer nofollow"
# nh3 gives every link that rel; links within the site (what _site_link keeps:
# "/path", "#id") lose it again, so our own pages are followed and ranked.
_OWN_SITE_REL = re.compile(
    r'<a\b([^>]*?\bhref="(?:/|#)[^"]*"[^>]*?) rel="noopener noreferrer nofollow"'
    r"([^>]*)>"
)
# Prefixes and section slugs become part of ids; letters only, so "md-a-…" and
# "md-ab-…" can never run into each other.
NAME = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class Section:
    """Markdown under a heading; the heading gets the id md-<prefix>-<slug>."""

    slug: str
    heading: str
    text: str

    def __post_init__(self):
        if not NAME.fullmatch(self.slug):
            raise ValueError(f"Section slug must be lowercase letters: {self.slug!r}")


@dataclass(frozen=True)
class Document:
    """Texts rendered as one, so footnotes are numbered once for all of them.

    Sections without text are left out, heading and all.
    """

    intro: str = ""
    sections: tuple[Section, ...] = ()

    def is_blank(self) -> bool:
        return not any(
            t.strip() for t in (self.intro, *(s.text for s in self.sections))
        )


class _NumberedFootnotes(FootnoteExtension):
    """Footnote ids from the footnote's number: its label is the author's text."""

    def _number(self, label: str) -> str:
        return str(list(self.footnotes).index(label) + 1)

    def makeFootnoteId(self, id: str) -> str:
        return super().makeFootnoteId(self._number(id))

    def makeFootnoteRefId(self, id: str, found: bool = False) -> str:
        return super().makeFootnoteRefId(self._number(id), found)


class _OwnAttributes(Treeprocessor):
    """Prefixes the ids the renderer made and marks its ids and classes as its own.

    Raw HTML is not in the tree (Python-Markdown stashes it until after the tree
    processors), so every id and class here came from Markdown syntax, not from
    an author's attribute. Runs after the footnote processors, which find each
    other's elements by the ids and hrefs they made ("fn:1", "#fnref2:1").
    """

    def __init__(self, md: markdown.Markdown, *, mark: str, id_prefix: str):
        super().__init__(md)
        self.mark = mark
        self.id_prefix = id_prefix

    def public_id(self, internal: str) -> str:
        return f"md-{self.id_prefix}-{internal.replace(':', '-')}"

    def run(self, root) -> None:
        for element in root.iter():
            if element.get("class") in OWN_CLASSES["a"]:
                href = element.get("href", "").removeprefix("#")
                element.set("href", "#" + self.public_id(href))
            if "id" in element.attrib:
                element.set("id", self.mark + self.public_id(element.get("id")))
            if "class" in element.attrib:
                element.set("class", self.mark + element.get("class"))


class _OwnAttributesExtension(Extension):
    """Registers `_OwnAttributes` for one render."""

    def __init__(self, *, mark: str, id_prefix: str):
        super().__init__()
        self.mark = mark
        self.id_prefix = id_prefix

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        processor = _OwnAttributes(md, mark=self.mark, id_prefix=self.id_prefix)
        md.treeprocessors.register(processor, "own-attributes", 5)


class _ArticleLinks(InlineProcessor):
    """`[[kind:slug]]` and `[[kind:slug|words]]`: a link while the target is
    published, its words as plain text otherwise (see articles/links.py)."""

    def __init__(self, md: markdown.Markdown, targets: dict[str, links.Target]):
        super().__init__(links.LINK.pattern, md)
        self.targets = targets

    def handleMatch(self, m, data):
        target = self.targets.get(f"{m.group(1)}:{m.group(2)}")
        words = m.group(3) or (target.title if target else m.group(2).replace("-", " "))
        if target is None:
            element = etree.Element("span")
        else:
            element = etree.Element("a", {"href": target.url})
        element.text = markdown.util.AtomicString(words)
        return element, m.start(0), m.end(0)


class _ArticleLinksExtension(Extension):
    def __init__(self, targets: dict[str, links.Target]):
        super().__init__()
        self.targets = targets

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        # Before Markdown's own links, which would read "[[…]]" as a bracket.
        md.inlinePatterns.register(_ArticleLinks(md, self.targets), "article-link", 180)


def _site_link(url: str) -> str | None:
    """Keeps in-page (#…) and same-site (/path) links; drops other relative URLs.

    Browsers read //host, /\\host and \\\\host as another site, and remove tabs
    and newlines before reading (so "/<tab>/host" is "//host" too); a link
    authors need has neither backslashes nor spaces.
    """
    if any(c == "\\" or c.isspace() or ord(c) < 0x20 for c in url):
        return None
    if url.startswith("#") or (url.startswith("/") and not url.startswith("//")):
        return url
    return None


def _source(document: Document, *, mark: str, id_prefix: str) -> str:
    parts = [document.intro.strip()]
    for section in document.sections:
        if section.text.strip():
            # Raw HTML so the id can carry the mark, which author text cannot.
            heading_id = f"{mark}md-{id_prefix}-{section.slug}"
            parts.append(f'<h2 id="{heading_id}">{html.escape(section.heading)}</h2>')
            parts.append(section.text.strip())
    return "\n\n".join(part for part in parts if part)


def _render(
    document: Document, id_prefix: str, targets: dict[str, links.Target]
) -> str:
    # A fresh secret per render marks what the renderer wrote; an author's raw
    # HTML cannot carry it, so every id and class an author writes is dropped.
    mark = secrets.token_hex(16)

    def own_ids_and_classes_only(tag: str, attribute: str, value: str) -> str | None:
        if attribute not in {"id", "class"}:
            return value
        if not value.startswith(mark):
            return None
        value = value.removeprefix(mark)
        if attribute == "class" and value not in OWN_CLASSES.get(tag, set()):
            return None
        return value

    html_text = markdown.markdown(
        _source(document, mark=mark, id_prefix=id_prefix),
        extensions=[
            _NumberedFootnotes(
                BACKLINK_TEXT="↩",
                BACKLINK_TITLE="Back to text for footnote %d",
                SUPERSCRIPT_TEXT="{}",
            ),
            "sane_lists",
            "tables",
            _ArticleLinksExtension(targets),
            _OwnAttributesExtension(mark=mark, id_prefix=id_prefix),
        ],
        output_format="html",
    )
    clean = nh3.clean(
        html_text,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=own_ids_and_classes_only,
        url_schemes=URL_SCHEMES,
        url_relative=_site_link,
        link_rel=_LINK_REL,
    )
    # A tag this misses (a ">" in a title) keeps the rel: harmless.
    return _OWN_SITE_REL.sub(r"<a\1\2>", clean)


def _link_targets(texts: list[str]) -> dict[str, links.Target]:
    """Where the texts' article links lead now; no query for texts without any.

    Looked up once per content version: publishing or unpublishing a target
    changes the version, so a page never keeps a link to an unpublished page.
    """
    refs = links.references(texts)
    if not refs:
        return {}
    return freshness.derived(f"article-links:{refs!r}", lambda: links.resolve(refs))


def render_markdown(text: str | Document, *, id_prefix: str) -> SafeString:
    """Safe HTML for one text; each text on a page needs its own `id_prefix`."""
    if not NAME.fullmatch(id_prefix):
        raise ValueError(f"id_prefix must be lowercase letters: {id_prefix!r}")
    document = text if isinstance(text, Document) else Document(intro=text or "")
    if document.is_blank():
        return mark_safe("")
    texts = [document.intro, *(s.text for s in document.sections)]
    targets = _link_targets(texts)
    content = json.dumps(
        [
            document.intro,
            [[s.slug, s.heading, s.text] for s in document.sections],
            sorted((ref, t.title, t.url) for ref, t in targets.items()),
        ]
    )
    digest = hashlib.sha256(content.encode()).hexdigest()
    key = f"md:{RENDERER_VERSION}:{id_prefix}:{digest}"
    html_text = immutable_cache.get(key)
    if html_text is None:
        html_text = _render(document, id_prefix, targets)
        immutable_cache.set(key, html_text, CACHE_SECONDS)
    # Sanitised by nh3 above; the only place the project marks HTML safe.
    return mark_safe(html_text)  # noqa: S308
