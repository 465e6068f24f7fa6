"""Search: what the site finds for what people type, best first.

Order: a page whose title or other name is exactly what was typed, then the
database's relevance rank (title and names above summary above regions above
body), then the title. When nothing has all the words, the search tries, in
turn, what the visitor probably meant (search.suggest), names that look alike
(PostgreSQL's trigrams), and pages with any of the words, and says which it did.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

import snowballstemmer
from django.contrib.contenttypes.models import ContentType
from django.db import connections
from django.utils import timezone
from django.utils.safestring import SafeString

from articles import freshness

from .backends import Match, backend
from .models import Kind, SearchEntry, SearchKey
from .suggest import suggest
from .text import Marks, Query

KEYS = SearchKey._meta.db_table

PER_PAGE = 20
# A search with more matches than this has its best RANKED_KEPT kept, in
# order, per content version (see _page); ranking fewer costs less than a list.
RANKED_FROM = 100
RANKED_KEPT = 200
PLURALS = {
    Kind.EXERCISE: "Exercises",
    Kind.STRETCH: "Stretches",
    Kind.CONDITION: "Conditions",
}
STEMMER = snowballstemmer.stemmer("english")


class Fallback:
    """How the results were found, when not by every word as typed."""

    CORRECTED = "corrected"  # searched for the suggestion instead
    CLOSE = "close"  # names that look like what was typed
    ANY_WORD = "any_word"  # pages with some of the words


@dataclass(frozen=True)
class Hit:
    kind: str
    kind_label: str
    url: str
    title: SafeString
    summary: SafeString
    excerpt: SafeString  # where a word matched in the body, if not above


@dataclass
class Results:
    query: Query
    kind: str | None
    counts: dict[str, int] = field(default_factory=dict)  # by kind, all pages
    hits: list[Hit] = field(default_factory=list)  # this page's
    fallback: str | None = None
    searched: str = ""  # what was searched, when it differs from the query
    suggestion: str | None = None  # when nothing at all was found
    out_of_range: bool = False  # the page asked for is past the last

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def count(self) -> int:
        """Results of the chosen type (all types when none is chosen)."""
        return self.counts.get(self.kind, 0) if self.kind else self.total

    @cached_property
    def types(self) -> list[tuple[str, str, int]]:
        """(kind, plural label, count) for each type with results."""
        return [
            (k, PLURALS[k], self.counts[k]) for k in Kind.values if self.counts.get(k)
        ]

    @property
    def kind_label(self) -> str:
        """The chosen type in the plural ("stretches"), or ""."""
        return PLURALS[self.kind].lower() if self.kind else ""


def search(
    query: Query,
    *,
    kind: str | None = None,
    page: int = 1,
    per_page: int = PER_PAGE,
    as_typed: bool = False,
    using: str = "default",
) -> Results:
    """Published pages matching `query`: page `page` of them, `per_page` a page.

    A page past the last has `out_of_range` set and no hits.
    """
    results = Results(query=query, kind=kind)
    if not query:
        return results
    engine = backend(using)
    # Worked out only when the search as typed finds nothing.
    suggestion = functools.cache(lambda: None if as_typed else suggest(query))

    def attempts() -> Iterator[tuple[str | None, Query, Match]]:
        yield None, query, engine.match(query.words)
        if suggestion():
            corrected = Query.parse(suggestion())
            yield Fallback.CORRECTED, corrected, engine.match(corrected.words)
        close = engine.close(query.key)
        if close is not None:
            yield Fallback.CLOSE, query, close
        if len(query.words) > 1:
            yield Fallback.ANY_WORD, query, engine.match(query.words, any_word=True)

    # The first way that finds anything; each costs one counting query.
    found = next(
        (
            (fallback, searched, match, counts)
            for fallback, searched, match in attempts()
            if (counts := _counts(match, using))
        ),
        None,
    )
    if found is None:
        # Nothing anywhere: the suggestion, if any, is offered as a link.
        results.suggestion = suggestion()
        return results
    fallback, searched, match, counts = found
    results.counts, results.fallback = counts, fallback
    if searched is not query:
        results.searched = searched.text
    if page > max(1, math.ceil(results.count / per_page)):
        # Checked before the database sees it: a page number of any size
        # must be a "no such page", not an OFFSET it cannot hold.
        results.out_of_range = True
        return results
    ids = _page(
        match,
        kind=kind,
        exact=searched.key,
        offset=(page - 1) * per_page,
        limit=per_page,
        using=using,
        keep=results.count > RANKED_FROM,
    )
    # What a hit shows (`_hit`), not the row's names, dates and keys.
    entries = (
        SearchEntry.objects.using(using)
        .only("kind", "url", "title", "summary", "regions", "body")
        .in_bulk(ids)
    )
    marks = _marks(searched.words)
    results.hits = [_hit(entries[pk], marks) for pk in ids if pk in entries]
    return results


def _where(match: Match, using: str) -> tuple[str, list]:
    sql = f"FROM {match.source} WHERE {match.where} AND e.published_at <= %s"
    # Stored as each database stores dates (SQLite: text in UTC).
    now = connections[using].ops.adapt_datetimefield_value(timezone.now())
    return sql, [*match.source_params, *match.where_params, now]


def _counts(match: Match, using: str) -> dict[str, int]:
    """Matches by type. Counting reads every match, so the figures are kept
    per content version, as a list's count is (articles.views)."""
    sql, params = _where(match, using)
    # What is matched, not when: the version already covers the time.
    key = f"search-counts:{using}:{match!r}"

    def count() -> dict[str, int]:
        with connections[using].cursor() as cursor:
            cursor.execute(f"SELECT e.kind, COUNT(*) {sql} GROUP BY e.kind", params)
            return dict(cursor.fetchall())

    return freshness.derived(key, count)


def _page(
    match: Match, *, kind, exact: str, offset, limit, using, keep: bool
) -> list[int]:
    """The ids of a page of matches, best first.

    Ranking reads every match (a rank for each, then a sort), so a broad search
    of a large library cost three times a list page. The order changes only
    with the content, so with `keep` the best RANKED_KEPT are kept per content
    version, as the counts are; pages past them are ranked afresh. Only broad
    searches keep theirs: each kept order is an entry in the shared cache,
    under a key that visitors' words choose.
    """
    if not keep or offset + limit > RANKED_KEPT:
        return _ranked(
            match, kind=kind, exact=exact, offset=offset, limit=limit, using=using
        )
    key = f"search-ranked:{using}:{kind}:{exact!r}:{match!r}"
    best = freshness.derived(
        key,
        lambda: _ranked(
            match, kind=kind, exact=exact, offset=0, limit=RANKED_KEPT, using=using
        ),
    )
    return best[offset : offset + limit]


def _ranked(match: Match, *, kind, exact: str, offset, limit, using) -> list[int]:
    sql, params = _where(match, using)
    if kind:
        sql += " AND e.kind = %s"
        params.append(kind)
    # A page whose title or other name is exactly what was typed comes first.
    order = [
        f"CASE WHEN e.id IN (SELECT entry_id FROM {KEYS} WHERE key = %s) "
        "THEN 0 ELSE 1 END"
    ]
    params.append(exact)
    if match.tier:
        order.append(match.tier)
        params.extend(match.tier_params)
    order += [match.rank, "e.title", "e.id"]
    params.extend(match.rank_params)
    with connections[using].cursor() as cursor:
        cursor.execute(
            f"SELECT e.id {sql} ORDER BY {', '.join(order)} LIMIT %s OFFSET %s",
            [*params, limit, offset],
        )
        return [row[0] for row in cursor.fetchall()]


def _marks(words: tuple[str, ...]) -> Marks:
    """What to mark in the results: each word by its stem, as the databases
    stem them (Snowball's English stemmer), so every form the search found is
    marked: "stretching" marks "stretch" and "stretches"."""
    return Marks(tuple(STEMMER.stemWords(words)))


def _hit(entry: SearchEntry, marks: Marks) -> Hit:
    found_above = marks.found_in(f"{entry.title}\n{entry.summary}")
    return Hit(
        kind=entry.kind,
        kind_label=entry.get_kind_display(),
        url=entry.url,
        title=marks.highlight(entry.title),
        summary=marks.highlight(entry.summary),
        excerpt=(
            SafeString("")
            if found_above
            else marks.excerpt(f"{entry.body}\n{entry.regions}")
        ),
    )


def matching_ids(query: Query, model, *, using: str = "default") -> tuple[str, list]:
    """SQL for the pks of `model`'s articles matching every word: the exercise
    list's search box, which keeps its own filters and order."""
    match = backend(using).match(query.words)
    content_type = ContentType.objects.db_manager(using).get_for_model(model)
    sql = (
        f"SELECT e.object_id FROM {match.source} "
        f"WHERE {match.where} AND e.content_type_id = %s"
    )
    return sql, [*match.source_params, *match.where_params, content_type.pk]
