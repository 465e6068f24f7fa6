"""Did you mean: what a search with a typing mistake was probably after.

Compared, with rapidfuzz, against the vocabulary of the site's own names: the
titles, aliases and other names of everything published. The vocabulary is
read once per content version (articles.freshness.derived), a few thousand
short strings even for a large library.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import timezone
from rapidfuzz import fuzz, process

from articles import freshness

from .models import SearchKey
from .text import Query

# How alike (0-100, rapidfuzz's ratio) a name or word must be to be suggested.
NAME_CUTOFF = 75
WORD_CUTOFF = 75
# Shorter words are too easily "corrected" into another real word.
MIN_WORD = 4


@dataclass(frozen=True)
class Vocabulary:
    names: tuple[str, ...]  # in normal form ("bird dog")
    words: frozenset[str]
    squashed: dict[str, str]  # "birddog" -> "bird dog"


def vocabulary() -> Vocabulary:
    return freshness.derived("search-vocabulary", _vocabulary)


def _vocabulary() -> Vocabulary:
    names = sorted(
        set(
            SearchKey.objects.filter(
                entry__published_at__lte=timezone.now()
            ).values_list("key", flat=True)
        )
    )
    return Vocabulary(
        names=tuple(names),
        words=frozenset(w for name in names for w in name.split() if len(w) >= 3),
        squashed={name.replace(" ", ""): name for name in names},
    )


def suggest(query: Query) -> str | None:
    """A better search than `query`, or None when nothing close is known."""
    typed = query.key
    known = vocabulary()
    if not typed or not known.names:
        return None
    # Run together or split differently: "birddog", "bird-dog", "bi rd dog".
    joined = known.squashed.get(typed.replace(" ", ""))
    if joined:
        return joined if joined != typed else None
    # A whole name with letters swapped or missing: "brid dgo".
    if len(typed) >= 5:
        found = process.extractOne(
            typed, known.names, scorer=fuzz.ratio, score_cutoff=NAME_CUTOFF
        )
        if found:
            return found[0] if found[0] != typed else None
    # Otherwise word by word: "psoriatric", "sciatca stretch".
    corrected = [_word(word, known.words) for word in query.words]
    suggestion = " ".join(corrected)
    return suggestion if suggestion != typed else None


def _word(word: str, words: frozenset[str]) -> str:
    if len(word) < MIN_WORD or word in words:
        return word
    found = process.extractOne(word, words, scorer=fuzz.ratio, score_cutoff=WORD_CUTOFF)
    return found[0] if found else word
