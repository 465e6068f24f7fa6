"""What people type, made safe to search with, and matches marked in results.

A query is only ever used as a list of words (letters and digits): quotes,
stars, `NEAR(`, `AND`, minus signs and other search syntax never reach the
database's query language, so no input can make a query fail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

# Longer input is cut (and the page says so); no name we index is near this.
MAX_LENGTH = 200
# Words beyond these are ignored: no one describes a stretch in more.
MAX_WORDS = 12
MAX_WORD_LENGTH = 40
# Marked only as whole words: too many words start with "it" or "leg".
SHORT = 3
WORD = re.compile(r"\w+")
# Control characters (C0 and C1, tab and line breaks included): never words,
# and not allowed in an HTML page, so never echoed back.
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """`text` without control characters or runs of spaces."""
    return " ".join(CONTROL.sub(" ", text).split())


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


def highlight(text: str, words: tuple[str, ...]) -> SafeString:
    """`text` escaped, with every word that starts with one of `words` in <mark>.

    Starts, so a stem marks its forms ("stretch": "stretches", "stretching")
    and an unfinished word the words it begins ("hamstr": "hamstring"), as the
    search matches them. Short words mark only themselves: "it" is not "its".
    """
    if not words:
        return escape(text)
    pattern = re.compile(
        r"\b(?:"
        + "|".join(
            re.escape(w) + (r"\w*" if len(w) > SHORT else r"\b")
            for w in sorted(words, key=len, reverse=True)
        )
        + ")",
        re.IGNORECASE,
    )
    parts, end = [], 0
    for match in pattern.finditer(text):
        parts.append(escape(text[end : match.start()]))
        parts.append(f"<mark>{escape(match.group())}</mark>")
        end = match.end()
    parts.append(escape(text[end:]))
    return mark_safe("".join(parts))  # every piece of text was escaped above


def excerpt(text: str, words: tuple[str, ...], *, width: int = 160) -> str:
    """A passage of `text` around the first searched word, or "" if none is in
    it: shown when a page was found for its body rather than its summary."""
    pattern = re.compile(
        r"\b(?:" + "|".join(re.escape(w) for w in words) + ")", re.IGNORECASE
    )
    match = pattern.search(text) if words else None
    if match is None:
        return ""
    start = max(0, match.start() - width // 3)
    # Start and end on word boundaries, with an ellipsis where text was cut.
    if start:
        start = text.find(" ", start) + 1 or start
    end = min(len(text), start + width)
    if end < len(text):
        end = text.rfind(" ", start, end) if " " in text[start:end] else end
    return ("… " if start else "") + text[start:end] + (" …" if end < len(text) else "")
