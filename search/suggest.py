"""Did you mean: what a search with a typing mistake was probably after.

Compared, with rapidfuzz, against the vocabulary of the site's own names: the
titles, aliases and other names of everything published. The vocabulary is
read once per content version (articles.freshness.derived), a few thousand
short strings even for a large library.

Closeness is counted in edits (rapidfuzz's optimal string alignment distance,
where swapping two neighbouring letters is one edit): one for a word of up to
seven letters, two for a longer one, a quarter of the length for a whole name.
A correct word that the site does not use ("psoriatic" on a site without that
guide) is then not "corrected" into a different one ("sciatic": three edits).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from articles import freshness

from .models import SearchEntry, SearchKey
from .text import Query

# Shorter words are too easily "corrected" into another real word.
MIN_WORD = 4


@dataclass(frozen=True)
class Vocabulary:
    names: tuple[str, ...]  # in normal form ("bird dog")
    words: tuple[str, ...]
    squashed: dict[str, str]  # "birddog" -> "bird dog"


def vocabulary(kinds: Iterable[str] | None = None) -> Vocabulary:
    """The names of everything published, or of these kinds of page only."""
    kinds = tuple(sorted(kinds)) if kinds else None
    return freshness.derived(
        f"search-vocabulary:{kinds}", lambda: _read(kinds), in_process=True
    )


def _read(kinds: tuple[str, ...] | None) -> Vocabulary:
    keys = SearchKey.objects.filter(entry__in=SearchEntry.objects.due())
    if kinds:
        keys = keys.filter(entry__kind__in=kinds)
    names = sorted(set(keys.values_list("key", flat=True)))
    return Vocabulary(
        names=tuple(names),
        words=tuple(sorted({w for name in names for w in name.split() if len(w) > 2})),
        squashed={name.replace(" ", ""): name for name in names},
    )


def suggest(query: Query, *, kinds: Iterable[str] | None = None) -> str | None:
    """A better search than `query`, or None when nothing close is known."""
    typed = query.key
    known = vocabulary(kinds)
    if not typed or not known.names:
        return None
    # Run together or split differently: "birddog", "bird-dog", "bi rd dog".
    joined = known.squashed.get(typed.replace(" ", ""))
    if joined:
        return joined if joined != typed else None
    # A whole name with letters swapped or missing: "brid dgo".
    found = process.extractOne(
        typed, known.names, scorer=OSA.distance, score_cutoff=max(1, len(typed) // 4)
    )
    if found and len(typed) >= 5:
        return found[0] if found[0] != typed else None
    # Otherwise word by word: "psoriatric", "sciatca stretch".
    known_words = frozenset(known.words)
    corrected = [_word(word, known.words, known_words) for word in query.words]
    suggestion = " ".join(corrected)
    return suggestion if suggestion != typed else None


def _word(word: str, words: tuple[str, ...], known: frozenset[str]) -> str:
    if len(word) < MIN_WORD or word in known:
        return word
    edits = 1 if len(word) < 8 else 2
    found = process.extractOne(word, words, scorer=OSA.distance, score_cutoff=edits)
    return found[0] if found else word
