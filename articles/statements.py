"""A list's SQL, compiled once per content version: a statement cache.

The exercise list builds its query from the FilterSet on every request, and
building and compiling it cost a filtered list a quarter of its time, several
times what running it costs. The SQL for one set of cleaned filters and one page is
the same until the content changes (the region tree, the search index and the
published rows are all content), so it is kept per content version and run
again; the rows themselves are read from the database on every request. This is
what SQLAlchemy's compiled cache does, keyed by what made the query rather than
by the query's structure.

The one subtlety is the publication time: `published()` compares with the time
the SQL was compiled. That gives the same rows at any later moment of the same
content version, because every publication still to come is in the version
(`freshness.current` counts those that have passed), so the first one to pass
starts a new version and new SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from django.core.exceptions import EmptyResultSet
from django.db import connections, router
from django.db.models import Expression, Model, QuerySet

from . import freshness
from .cursors import statement_cursor
from .pages import converted, converters_for, made_plainly, make_instance

# Distinct filter sets and pages kept per process; past it, start again.
MAX_KEPT = 2000
# Statements whose keys the code names (`kept_statement(fixed=True)`).
MAX_FIXED = 100

M = TypeVar("M", bound=Model)


@dataclass(frozen=True)
class Statement:
    using: str
    sql: str | None  # None: the query can match nothing (`__in=[]`)
    params: tuple
    # The columns whose values the ORM converts (dates on SQLite, JSON), by
    # position, with the expression that says how.
    converting: tuple[tuple[int, Expression], ...] = ()

    def rows(self) -> list[tuple]:
        if self.sql is None:
            return []
        connection = connections[self.using]
        # Kept SQL with its values apart: prepared on PostgreSQL.
        with statement_cursor(connection) as cursor:
            cursor.execute(self.sql, self.params)
            rows = cursor.fetchall()
        if not self.converting:
            return rows
        # Converters are the connection's own methods, and a statement is kept
        # for every thread: each run asks its own connection.
        converters = [
            (index, converters_for(expression, connection), expression)
            for index, expression in self.converting
        ]
        return [tuple(converted(row, converters, connection)) for row in rows]


def compiled(queryset: QuerySet) -> Statement:
    """The statement a `values_list()` queryset runs, giving the rows it gives."""
    compiler = queryset.query.get_compiler(using=queryset.db)
    try:
        sql, params = compiler.as_sql()
    except EmptyResultSet:
        return Statement(queryset.db, None, ())
    if compiler.has_extra_select:
        # Columns for a DISTINCT's ordering, after the values: the ORM cuts
        # them off each row.
        raise ValueError(f"Columns beyond the values asked for: {sql}")
    columns = [column for column, _, _ in compiler.select]
    converting = tuple(
        (index, expression)
        for index, (_, expression) in compiler.get_converters(columns).items()
    )
    return Statement(queryset.db, sql, tuple(params), converting)


def kept_statement(
    key: str, build: Callable[[], QuerySet], *, fixed: bool = False
) -> Statement:
    """`compiled(build())`, once per content version and key.

    `key` must name everything the query depends on besides the content: the
    view, the cleaned filters, the page and the columns. `fixed`: one of the
    few keys the code names itself (the home page's lists), kept apart from
    those made of what visitors ask for, so a run of distinct filters does not
    push them out.
    """
    name, most = ("fixed-statements", MAX_FIXED) if fixed else ("statements", MAX_KEPT)
    return freshness.kept_each(name, key, lambda: compiled(build()), most=most)


def kept_instances(
    model: type[M], key: str, build: Callable[[], QuerySet], fields: Sequence[str]
) -> list[M]:
    """What `build()` gives, with only `fields` read and the others deferred,
    from a statement kept per content version and `key`.

    For short lists that show a few columns of each row (the condition
    guides), where building and compiling the queryset cost more than running
    it; `key` is a fixed one (`kept_statement`). `fields` are attribute names
    in the model's field order, the primary key first.
    """
    statement = kept_statement(key, lambda: build().values_list(*fields), fixed=True)
    plain = made_plainly(model)
    return [
        make_instance(model, statement.using, fields, row, plain)
        for row in statement.rows()
    ]


class KeptRows:
    """A FilterSet's rows for a paginated list, its queryset built only when the
    statement for these filters and this page is not kept yet.

    Stands in for the queryset where a list view and its paginator use one:
    `count()` (kept per content version by the paginator), slicing for a page,
    and `values_list(*fields)` for the page's rows. Iterating gives instances
    through the ORM, as the queryset would (tests read the page that way).
    """

    ordered = True  # by the FilterSet's sort or the model's ordering

    def __init__(
        self,
        model: type[Model],
        key: str,
        build: Callable[[], QuerySet],
        bounds: tuple[int | None, int | None] = (None, None),
    ):
        self.model, self.key, self.build, self.bounds = model, key, build, bounds

    @property
    def db(self) -> str:
        return router.db_for_read(self.model)

    def count(self) -> int:
        return self.build().count()

    def __getitem__(self, page: slice) -> KeptRows:
        if not isinstance(page, slice) or page.step is not None or self.sliced:
            raise TypeError("KeptRows take one slice, for a page")
        return KeptRows(self.model, self.key, self.build, (page.start, page.stop))

    @property
    def sliced(self) -> bool:
        return self.bounds != (None, None)

    def values_list(self, *fields: str) -> list[tuple]:
        start, stop = self.bounds

        def build() -> QuerySet:
            return self.queryset().values_list(*fields)

        key = f"{self.key}:{start}:{stop}:{fields!r}"
        return kept_statement(key, build).rows()

    def queryset(self) -> QuerySet:
        """The rows as the ORM gives them (instances), built and run afresh."""
        start, stop = self.bounds
        return self.build()[start:stop]

    def __iter__(self):
        return iter(self.queryset())

    def __len__(self) -> int:
        return len(self.queryset())


def rows_key(view_name: str, query: dict[str, Sequence[str]]) -> str:
    """The key of a list's rows: its view and its cleaned filters, sort included,
    in their order (the order of sort values is the order of the rows)."""
    return f"rows:{view_name}:{sorted(query.items())!r}"
