"""What people type, made safe to search with, and matches marked in results.

A query is only ever used as a list of words (letters and digits): quotes,
stars, `NEAR(`, `AND`, minus signs and other search syntax never reach the
database's query language, so no input can make a query fail.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from html import escape

from django.utils.safestring import SafeString, mark_safe

# Longer input is cut (and the page says so); no name we index is near this.
MAX_LENGTH = 200
# Words beyond these are ignored: no one describes a stretch in more.
MAX_WORDS = 12
MAX_WORD_LENGTH = 40
# Stems this short are marked only with short endings (see Marks).
SHORT = 3
WORD = re.compile(r"\w+")
# Control characters (C0 and C1, tab and line breaks included): never words,
# and not allowed in an HTML page, so never echoed back.
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Of the invisible formatting characters, the joiners that shape emoji and
# some scripts stay; see printable().
JOINERS = frozenset("\u200c\u200d")


def printable(text: str) -> str:
    """`text` as a page may say it back to the visitor who typed it.

    Control characters become spaces; runs of spaces become one. Invisible
    formatting characters go (a right-to-left override in a hand-made link
    would turn the rest of the sentence echoing it round: "No body region
    called “…”; ignored."), and so do noncharacters, which HTML does not
    allow: what is left reads as the visitor saw it.
    """
    text = CONTROL.sub(" ", text)
    if not text.isascii():
        text = "".join(c for c in text if not _invisible(c))
    return " ".join(text.split())


def _invisible(character: str) -> bool:
    code = ord(character)
    # Noncharacters: U+FDD0-FDEF and the last two code points of every plane.
    if 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE:
        return True
    return unicodedata.category(character) == "Cf" and character not in JOINERS


def normal(text: str) -> str:
    """Lower case, words only, single spaces: "Bird-dog " -> "bird dog"."""
    return " ".join(WORD.findall(text.casefold().replace("_", " ")))


@dataclass(frozen=True)
class Query:
    """A visitor's search, cleaned."""

    text: str  # as typed, control characters and runs of spaces removed, cut
    shortened: bool = False

    @classmethod
    def parse(cls, raw: str) -> Query:
        text = printable(raw)
        return cls(text=text[:MAX_LENGTH], shortened=len(text) > MAX_LENGTH)

    @cached_property
    def words(self) -> tuple[str, ...]:
        found = normal(self.text).split()[:MAX_WORDS]
        return tuple(word[:MAX_WORD_LENGTH] for word in found)

    @cached_property
    def key(self) -> str:
        """The query as a name is stored (SearchKey.key), for exact matches."""
        return " ".join(self.words)

    def __bool__(self) -> bool:
        return bool(self.words)


class Marks:
    """Where a search's words are in a text: what results mark and quote.

    Built from the words' stems. A stem marks the words it begins, so
    "stretch" marks "stretches" and "stretching", and an unfinished word the
    words it starts ("hamstr": "hamstring"), as the search matches them. A
    short stem marks only short endings: "hip" marks "hips" but not
    "hippocampus", and "it" only "it".
    """

    def __init__(self, stems: tuple[str, ...]):
        parts = [
            re.escape(stem) + (r"\b" if len(stem) < 3 else r"\w{0,2}\b")
            if len(stem) <= SHORT
            else re.escape(stem) + r"\w*"
            for stem in sorted(set(stems), key=len, reverse=True)
        ]
        self.pattern = (
            re.compile(r"\b(?:" + "|".join(parts) + ")", re.IGNORECASE)
            if parts
            else None
        )

    def found_in(self, text: str) -> bool:
        return bool(self.pattern and self.pattern.search(text))

    def highlight(self, text: str) -> SafeString:
        """`text` escaped, with every match in <mark>."""
        # html.escape: what django.utils.html.escape does, without its wrapper
        # for lazy strings, twenty times a results page.
        if self.pattern is None:
            return mark_safe(escape(text))
        parts, end = [], 0
        for match in self.pattern.finditer(text):
            parts.append(escape(text[end : match.start()]))
            parts.append(f"<mark>{escape(match.group())}</mark>")
            end = match.end()
        parts.append(escape(text[end:]))
        return mark_safe("".join(parts))  # every piece of text was escaped above

    def excerpt(self, text: str, *, width: int = 160) -> SafeString:
        """A passage of `text` around the first match, marked, or "": shown when
        a page was found for its body rather than its title or summary."""
        match = self.pattern.search(text) if self.pattern else None
        if match is None:
            return SafeString("")
        # Start on a word boundary at most a third of the width before the
        # match, never after it; end on one too; an ellipsis where text was cut.
        start = max(0, match.start() - width // 3)
        if start:
            space = re.compile(r"\s").search(text, start, match.start())
            start = space.end() if space else match.start()
        end = min(len(text), max(start + width, match.end()))
        if end < len(text):
            space = text.rfind(" ", match.end(), end)
            end = space if space > 0 else end
        passage = " ".join(text[start:end].split())
        return mark_safe(
            ("… " if start else "")
            + self.highlight(passage)
            + (" …" if end < len(text) else "")
        )
