"""Full-text search in each database the site runs on.

SQLite (the embedded default): an FTS5 table, `search_fts`, holding the ranked
fields of every entry under the entry's id; search.indexing writes it next to the
entries. Porter stemming ("stretches" finds "stretch"), prefix matching for the
last word, bm25 ranking with the title and names weighted highest.

PostgreSQL: a weighted tsvector column that the database keeps up to date itself
(a generated column), with a GIN index; ts_rank ranks; pg_trgm's similarity finds
names typed with mistakes. Both are made by the migration search/0002.

A backend answers with SQL fragments (a match condition and a rank to sort by,
best first) that search.engine puts into one query, so paging, counting and the
type filter are written once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.db import connections

from .models import SearchEntry

ENTRY = SearchEntry._meta.db_table
FTS = "search_fts"
# How alike (pg_trgm similarity, 0-1) a name must be to what was typed.
CLOSE = 0.4
# How much each field counts: title, names, summary, regions, body.
SQLITE_WEIGHTS = (10.0, 10.0, 4.0, 2.0, 1.0)


@dataclass(frozen=True)
class Match:
    """`source` is the FROM clause (the entries aliased "e" and what the match
    needs), `where` selects the matching entries, `rank` sorts them best first
    (ascending). Each with its parameters."""

    source: str
    where: str
    rank: str
    source_params: Sequence = ()
    where_params: Sequence = ()
    rank_params: Sequence = ()
    # 0 when the words are in the title or names, 1 in the summary, 2 elsewhere:
    # sorted on before the rank, so a body full of a word never beats a title.
    tier: str | None = None
    tier_params: Sequence = ()


class SQLiteBackend:
    vendor = "sqlite"

    def match(self, words: Sequence[str], *, any_word: bool = False) -> Match:
        # Each word quoted, so it is only ever a word to FTS5, never syntax; the
        # last one may be the start of a word still being typed.
        terms = [f'"{w}"' for w in words]
        terms[-1] += "*"
        expression = (" OR " if any_word else " AND ").join(terms)
        weights = ", ".join(str(w) for w in SQLITE_WEIGHTS)
        found_in = f"e.id IN (SELECT rowid FROM {FTS} WHERE {FTS} MATCH %s)"
        return Match(
            # FTS5 first (CROSS JOIN keeps SQLite to that order): the match is
            # worked out once and its rows looked up in the entries, instead of
            # the whole match being run again for each entry.
            source=f"{FTS} CROSS JOIN {ENTRY} e INDEXED BY search_entry_matches "
            f"ON e.id = {FTS}.rowid",
            where=f"{FTS} MATCH %s",
            rank=f"bm25({FTS}, {weights})",
            where_params=[expression],
            tier=f"CASE WHEN {found_in} THEN 0 WHEN {found_in} THEN 1 ELSE 2 END",
            tier_params=[
                f"{{title names}} : ({expression})",
                f"{{title names summary}} : ({expression})",
            ],
        )

    def close(self, text: str) -> Match | None:
        return None  # typos are caught by the did-you-mean (search.suggest)

    def forget(self, cursor, entry_ids: Sequence[int]) -> None:
        for chunk in _chunks(entry_ids):
            marks = ", ".join(["%s"] * len(chunk))
            cursor.execute(f"DELETE FROM {FTS} WHERE rowid IN ({marks})", chunk)

    def write(self, cursor, entries: Sequence[SearchEntry]) -> None:
        # Rows of entries that were flushed away (tests do) may hold these ids.
        self.forget(cursor, [entry.pk for entry in entries])
        cursor.executemany(
            f"INSERT INTO {FTS} (rowid, title, names, summary, regions, body) "
            "VALUES (%s, %s, %s, %s, %s, %s)",
            [(e.pk, e.title, e.names, e.summary, e.regions, e.body) for e in entries],
        )

    def clear(self, cursor) -> None:
        cursor.execute(f"DELETE FROM {FTS}")


class PostgreSQLBackend:
    vendor = "postgresql"

    def match(self, words: Sequence[str], *, any_word: bool = False) -> Match:
        # Words only (letters and digits), so to_tsquery sees no operators but
        # ours; the last word may be the start of one.
        def query(weights: str = "") -> str:
            terms = [f"{w}:{weights}" if weights else w for w in words]
            terms[-1] = f"{words[-1]}:*{weights}"
            return (" | " if any_word else " & ").join(terms)

        found_in = "e.vector @@ to_tsquery('english', %s)"
        return Match(
            source=f"{ENTRY} e",
            where=found_in,
            # Negated: best first in ascending order, as bm25 gives it.
            rank="-ts_rank(e.vector, to_tsquery('english', %s))",
            where_params=[query()],
            rank_params=[query()],
            # The weights: A title and names, B summary (search/0002).
            tier=f"CASE WHEN {found_in} THEN 0 WHEN {found_in} THEN 1 ELSE 2 END",
            tier_params=[query("A"), query("AB")],
        )

    def close(self, text: str) -> Match | None:
        """Entries whose title or a name is like what was typed, by trigrams:
        "psoriatric arthritis", "birddog"."""
        keys = "search_searchkey"
        return Match(
            # `%` finds candidates with the trigram index (at pg_trgm's default
            # threshold, 0.3); only those at least CLOSE alike are kept.
            source=f"{ENTRY} e JOIN (SELECT entry_id, max(similarity(key, %s)) "
            f"AS likeness FROM {keys} WHERE key %% %s GROUP BY entry_id) close "
            "ON close.entry_id = e.id",
            where="close.likeness >= %s",
            rank="-close.likeness",
            source_params=[text, text],
            where_params=[CLOSE],
        )

    def forget(self, cursor, entry_ids: Sequence[int]) -> None:
        pass  # the vector is a column of the entry

    def write(self, cursor, entries: Sequence[SearchEntry]) -> None:
        pass  # the database computes the vector

    def clear(self, cursor) -> None:
        pass


def _chunks(values: Sequence[int], size: int = 500):
    values = list(values)
    for start in range(0, len(values), size):
        yield values[start : start + size]


BACKENDS = {b.vendor: b for b in (SQLiteBackend(), PostgreSQLBackend())}


def backend(using: str = "default") -> SQLiteBackend | PostgreSQLBackend:
    vendor = connections[using].vendor
    try:
        return BACKENDS[vendor]
    except KeyError:
        raise NotImplementedError(
            f"Search supports SQLite and PostgreSQL, not {vendor}."
        ) from None
