"""Article pages read with hand-written SQL: what the page loaders share.

The ORM spent about 6 ms a request compiling an article page's queries and
running the prefetch machinery, where the SQL itself takes well under 1 ms. A
page loader runs the same statements through a cursor. conditions/pages.py
builds the same model instances the ORM would (`Model.from_db`, each field's
own database converters), with the caches the related managers read filled
in, so templates keep the model API (`article.updates.all`, …) and rendering
the page costs no query. exercises/pages.py makes instances of the article and
its `select_related` rows only, and reads the rest as values (`Columns.reader`).

Each loader must give what its view's queryset gives; the loaders' tests
compare the two field by field on SQLite and PostgreSQL.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from django.contrib.contenttypes.models import ContentType
from django.db import models, router
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.backends.utils import CursorWrapper
from django.db.models import signals
from django.db.models.base import ModelState
from django.utils import timezone

from authors.models import Author, Credential

from .models import ARTICLE_JOINED, Article, ArticleUpdate, Status

M = TypeVar("M", bound=models.Model)

# Where the rows go. `prefetch_related` stores, under the relation's cache name,
# the related manager's own queryset (`manager.get_queryset()`) with its result
# cache filled: `.all()`, `len()` and loops read the rows, and a chained call
# (`.filter()`, `.order_by()`) still asks for this instance's rows only.
#
# Built through the managers, those querysets cost 0.3 ms of the exercise
# loader's 0.95: a manager per relation, and a clone of the query the filter
# goes into (the update log's generic manager even compiles its filter at once,
# 0.1 ms). So each is built here as its manager builds it, of the same class,
# database, hints and known related objects, with the manager's filter left in
# the queryset's `_deferred_filter`, as Django's own related managers leave it:
# the query is then compiled only if a chained call needs it, and is the
# manager's. All of it is Django's internals: the loaders' tests check each one
# against the manager's queryset, plain and chained.


def store(
    instance: models.Model, name: str, queryset: models.QuerySet, rows: list
) -> None:
    queryset._result_cache = rows
    queryset._prefetch_done = True
    instance._prefetched_objects_cache[name] = queryset


def queryset_class(model: type[models.Model]) -> type[models.QuerySet]:
    """What the related managers of `model` start from: its default manager's
    queryset, unless that manager changes `get_queryset()` (then these rules
    would no longer be the manager's, so refuse rather than differ)."""
    manager = model._default_manager
    if type(manager).get_queryset is not models.Manager.get_queryset:
        raise ValueError(f"{model.__name__}'s default manager has its own queryset")
    return manager._queryset_class


class ReverseForeignKeyRows:
    """`author.credentials`: what the reverse foreign key's manager would give."""

    def __init__(self, model: type[models.Model], name: str):
        rel = model._meta.get_field(name)
        self.name = rel.cache_name
        self.field = rel.field
        self.model = rel.related_model
        self.queryset_class = queryset_class(rel.related_model)

    def store(self, instance: models.Model, rows: list[models.Model]) -> None:
        # The prefetch tells each row its parent, so `credential.author` is no
        # query.
        for row in rows:
            self.field.set_cached_value(row, instance)
        queryset = self.queryset_class(model=self.model)
        queryset._add_hints(instance=instance)
        queryset._deferred_filter = (False, (), {self.field.name: instance})
        key = getattr(instance, self.field.target_field.attname)
        queryset._known_related_objects = {self.field: {key: instance}}
        store(instance, self.name, queryset, rows)


class ManyToManyRows:
    """`condition.regions`: what the many-to-many manager would give."""

    def __init__(self, model: type[models.Model], name: str):
        field = model._meta.get_field(name)
        self.name = field.name
        self.model = field.related_model
        self.queryset_class = queryset_class(field.related_model)
        source = field.remote_field.through._meta.get_field(field.m2m_field_name())
        self.filters = [
            (f"{field.related_query_name()}__{target.name}", target.attname)
            for _, target in source.related_fields
        ]

    def store(self, instance: models.Model, rows: list[models.Model]) -> None:
        queryset = self.queryset_class(model=self.model, hints={"instance": instance})
        # Sticky, as the manager makes it: a chained filter on the relation
        # reuses the join to the link table rather than adding another.
        queryset._query.filter_is_sticky = True
        filters = {key: getattr(instance, attname) for key, attname in self.filters}
        queryset._deferred_filter = (False, (), filters)
        store(instance, self.name, queryset, rows)


class GenericRows:
    """`article.updates`: what the generic relation's manager would give."""

    def __init__(self, model: type[models.Model], name: str):
        self.field = field = model._meta.get_field(name)
        self.name = field.attname
        self.model = field.related_model
        self.queryset_class = queryset_class(field.related_model)

    def store(
        self,
        instance: models.Model,
        rows: list[models.Model],
        content_type: ContentType,
    ) -> None:
        db = router.db_for_read(self.model, instance=instance)
        queryset = self.queryset_class(model=self.model, using=db)
        filters = {
            f"{self.field.content_type_field_name}__pk": content_type.id,
            self.field.object_id_field_name: instance.pk,
        }
        queryset._deferred_filter = (False, (), filters)
        store(instance, self.name, queryset, rows)


def converters_for(
    expression: models.Expression, connection: BaseDatabaseWrapper
) -> list:
    """What the compiler converts a column's values with
    (SQLCompiler.get_converters): the backend's converters (SQLite's dates and
    booleans), then the field's own (JSON)."""
    return connection.ops.get_db_converters(expression) + expression.get_db_converters(
        connection
    )


def converted(
    values: Sequence,
    converters: Sequence[tuple[int, list, models.Expression]],
    connection: BaseDatabaseWrapper,
) -> list:
    """`values` with each (position, `converters_for`, expression) applied."""
    values = list(values)
    for index, functions, expression in converters:
        value = values[index]
        for convert in functions:
            value = convert(value, expression, connection)
        values[index] = value
    return values


def made_plainly(model: type[models.Model]) -> bool:
    """Whether `make_instance` may skip Model.__init__ for `model`.

    Models with pre_init or post_init receivers (an ImageField with dimension
    fields has one) are made by Model.from_db, so they run. Setting a field on
    a new instance stores the value and nothing else for every other field (a
    foreign key's descriptor also drops a cached object, which a new instance
    lacks).
    """
    return not (
        signals.pre_init.has_listeners(model) or signals.post_init.has_listeners(model)
    )


def make_instance(
    model: type[M],
    db: str,
    attnames: Sequence[str],
    values: Sequence,
    plain: bool,
) -> M:
    """`model.from_db(db, attnames, values)`: the fields not named are deferred.

    `plain` is `made_plainly(model)`, worked out once by the caller.
    """
    if not plain:
        return model.from_db(db, attnames, values)
    # What Model.__init__ leaves, without its per-field loop: a page makes
    # forty instances, and __init__ was a tenth of an exercise page.
    instance = model.__new__(model)
    state = instance._state = ModelState()
    state.adding, state.db = False, db
    instance.__dict__.update(zip(attnames, values, strict=True))
    return instance


class Columns:
    """One model's columns in a SELECT, from position `start` of each row, and
    how to turn them into an instance exactly as the ORM would.

    `only` names the fields of a queryset's `.only()`: the instance gets the
    others deferred, as the ORM leaves them.
    """

    def __init__(
        self,
        model: type[models.Model],
        alias: str,
        start: int,
        connection: BaseDatabaseWrapper,
        nullable: bool = False,
        only: Sequence[str] = (),
    ):
        quote = connection.ops.quote_name
        fields = model._meta.concrete_fields
        if only:
            # In the model's order, as `from_db` reads a partial row.
            fields = [f for f in fields if f.primary_key or f.name in only]
            if len(fields) != len({*only, model._meta.pk.name}):
                raise ValueError(f"{model.__name__}: no such fields in {only!r}")
        self.model = model
        self.alias = alias
        self.start = start
        self.end = start + len(fields)
        self.sql = ", ".join(f"{quote(alias)}.{quote(f.column)}" for f in fields)
        self.attnames = [f.attname for f in fields]
        self.pk_index = start + fields.index(model._meta.pk)
        # A LEFT JOIN that found nothing gives a row of NULLs: no instance.
        self.nullable = nullable
        self.connection = connection
        self.plain = made_plainly(model)
        self.converters = []
        for index, field in enumerate(fields):
            column = field.get_col(alias)
            if found := converters_for(column, connection):
                self.converters.append((index, found, column))

    def make(self, db: str, row: Sequence) -> models.Model | None:
        if self.nullable and row[self.pk_index] is None:
            return None
        values = row[self.start : self.end]
        if self.converters:
            values = converted(values, self.converters, self.connection)
        return make_instance(self.model, db, self.attnames, values, self.plain)

    def make_all(self, db: str, rows: Sequence[Sequence]) -> list[models.Model]:
        return [self.make(db, row) for row in rows]

    def reader(self, *names: str) -> Callable[[Sequence], list]:
        """What reads the values of the fields `names` from a row, converted as
        `make` converts them, for a page that needs the values and not an
        instance (a model instance costs microseconds; forty make a page)."""
        fields = [self.model._meta.get_field(name) for name in names]
        positions = [self.start + self.attnames.index(f.attname) for f in fields]
        wanted = {index: n for n, index in enumerate(positions)}
        converters = [
            (wanted[self.start + index], functions, expression)
            for index, functions, expression in self.converters
            if self.start + index in wanted
        ]
        connection = self.connection

        def read(row: Sequence) -> list:
            values = [row[index] for index in positions]
            if converters:
                values = converted(values, converters, connection)
            return values

        return read

    def make_joined(
        self, db: str, rows: Sequence[Sequence], name: str, joined: Columns
    ) -> list[models.Model]:
        """Instances whose foreign key `name` is read from the same rows by
        `joined`, cached as `select_related(name)` leaves it."""
        made = []
        for row in rows:
            instance = self.make(db, row)
            instance._state.fields_cache[name] = joined.make(db, row)
            made.append(instance)
        return made


class Plan:
    """A page's SQL and column readers for one database connection.

    Names come from the models' `_meta` and orderings from their Meta, so the
    SQL follows the models; built once per connection (`plan_for`), not per
    request.
    """

    def __init__(self, connection: BaseDatabaseWrapper):
        self.connection = connection
        self.quote = connection.ops.quote_name

    def table(self, model: type[models.Model], alias: str) -> str:
        return f"{self.quote(model._meta.db_table)} {self.quote(alias)}"

    def column(self, model: type[models.Model], alias: str, name: str) -> str:
        return f"{self.quote(alias)}.{self.quote(model._meta.get_field(name).column)}"

    def join(self, model: type[models.Model], alias: str, name: str, to: str) -> str:
        """`table to ON alias.fk = to.target` for the foreign key `name`."""
        field = model._meta.get_field(name)
        target = f"{self.quote(to)}.{self.quote(field.target_field.column)}"
        return (
            f"{self.table(field.related_model, to)} ON "
            f"{self.column(model, alias, name)} = {target}"
        )

    def published(self, model: type[Article], alias: str) -> str:
        """`articles.models.published_q` on the article at `alias`; takes the
        published status and the time as parameters (`published_params`)."""
        return (
            f"{self.column(model, alias, 'status')} = %s "
            f"AND {self.column(model, alias, 'published_at')} <= %s"
        )

    def children(
        self, model: type[models.Model], parent: str, only: Sequence[str] = ()
    ) -> tuple[Columns, str]:
        """The rows of a reverse foreign key, in the model's order; only the
        fields `only` (and the primary key) when it names any."""
        columns = Columns(model, "x", 0, self.connection, only=only)
        sql = (
            f"SELECT {columns.sql} FROM {self.table(model, 'x')} "
            f"WHERE {self.column(model, 'x', parent)} = %s "
            f"ORDER BY {self.order_by(model, {'': 'x'})}"
        )
        return columns, sql

    def many_to_many(
        self, model: type[models.Model], name: str, columns: Columns
    ) -> str:
        """`FROM … WHERE`, up to the owner's id, for the rows of the many-to-many
        field `name` of `model`, read by `columns`, through its link table."""
        q = self.quote
        field = model._meta.get_field(name)
        alias = q(columns.alias)
        return (
            f"FROM {self.table(columns.model, columns.alias)} "
            f"INNER JOIN {q(field.remote_field.through._meta.db_table)} {q('l')} "
            f"ON {alias}.{q(columns.model._meta.pk.column)} = "
            f"{q('l')}.{q(field.m2m_reverse_name())} "
            f"WHERE {q('l')}.{q(field.m2m_column_name())} = %s"
        )

    def choice_order(self, column: str, values: list[str]) -> str:
        """The SQL of a `Case(When(field=value, then=index)…)` ordering, with no
        default (NULL), as `conditions.models.relation_order` builds it; takes
        `values` as parameters."""
        whens = " ".join(f"WHEN {column} = %s THEN {i}" for i in range(len(values)))
        return f"CASE {whens} ELSE NULL END ASC"

    def order_by(self, model: type[models.Model], aliases: dict[str, str]) -> str:
        """The model's Meta.ordering as SQL, over the joins named in `aliases`
        ("" for the model's own table, "region" for the join to its region).

        Only plain fields, here or one join away: anything else (a relation,
        which the ORM would replace by that model's ordering, or an expression)
        is refused, so a changed ordering fails loudly rather than silently
        differing from the ORM's.
        """
        terms = []
        for name in model._meta.ordering:
            if not isinstance(name, str) or name.startswith("?"):
                raise ValueError(f"{model.__name__}: cannot copy ordering {name!r}")
            descending = name.startswith("-")
            path = name.removeprefix("-").split("__")
            owner, join = model, ""
            if len(path) == 2 and model._meta.get_field(path[0]).many_to_one:
                join = path[0]
                owner = model._meta.get_field(join).related_model
            elif len(path) != 1:
                raise ValueError(f"{model.__name__}: cannot copy ordering {name!r}")
            field = (
                owner._meta.pk if path[-1] == "pk" else owner._meta.get_field(path[-1])
            )
            if field.is_relation or join not in aliases:
                raise ValueError(f"{model.__name__}: cannot copy ordering {name!r}")
            column = f"{self.quote(aliases[join])}.{self.quote(field.column)}"
            terms.append(f"{column} {'DESC' if descending else 'ASC'}")
        return ", ".join(terms)


class ArticlePlan(Plan):
    """What every article page reads: the article by slug with its
    `select_related` foreign keys (author and reviewer first), the update log,
    and the byline's credentials, as `ArticleDetailView` reads them."""

    model: type[Article]
    # Each joined relation and its fields, as the queryset's `with_joined`.
    joined: Mapping[str, tuple[str, ...]] = ARTICLE_JOINED

    def __init__(self, connection: BaseDatabaseWrapper):
        super().__init__(connection)
        model = self.model
        self.published_at = model._meta.get_field("published_at")

        # The article, joined as `select_related` joins: INNER for a required
        # foreign key, LEFT OUTER for a nullable one.
        self.article_columns = columns = Columns(model, "t", 0, connection)
        select, joins = [columns.sql], []
        self.joined_columns = {}
        for index, (name, fields) in enumerate(self.joined.items()):
            field = model._meta.get_field(name)
            alias = f"t{index + 1}"
            columns = Columns(
                field.related_model,
                alias,
                columns.end,
                connection,
                field.null,
                only=fields,
            )
            self.joined_columns[name] = columns
            select.append(columns.sql)
            kind = "LEFT OUTER JOIN" if field.null else "INNER JOIN"
            joins.append(f"{kind} {self.join(model, 't', name, alias)}")
        self.article = (
            f"SELECT {', '.join(select)} FROM {self.table(model, 't')} "
            f"{' '.join(joins)} WHERE {self.column(model, 't', 'slug')} = %s"
        )
        self.published_article = f"{self.article} AND {self.published(model, 't')}"

        # The update log, a generic relation: content type and object id.
        self.update_rows = GenericRows(model, "updates")
        generic = self.update_rows.field
        self.update_columns = up = Columns(ArticleUpdate, "u", 0, connection)
        type_column = self.column(ArticleUpdate, "u", generic.content_type_field_name)
        id_column = self.column(ArticleUpdate, "u", generic.object_id_field_name)
        self.updates = (
            f"SELECT {up.sql} FROM {self.table(ArticleUpdate, 'u')} "
            f"WHERE {type_column} = %s AND {id_column} = %s "
            f"ORDER BY {self.order_by(ArticleUpdate, {'': 'u'})}"
        )

        # The byline's credentials, author's and reviewer's in one query.
        self.credential_rows = ReverseForeignKeyRows(Author, "credentials")
        self.credential_columns = cr = Columns(Credential, "cr", 0, connection)
        self._credentials = (
            f"SELECT {cr.sql} FROM {self.table(Credential, 'cr')} "
            f"WHERE {self.column(Credential, 'cr', 'author')} IN ({{}}) "
            f"ORDER BY {self.order_by(Credential, {'': 'cr'})}"
        )

    def published_params(self) -> list:
        """The published status and the time now, as the database takes them:
        one clock for the article and for the published rows it links."""
        now = self.published_at.get_db_prep_value(timezone.now(), self.connection)
        return [Status.PUBLISHED.value, now]

    def read_article(
        self, cursor: CursorWrapper, db: str, slug: str, published: list | None
    ) -> Article | None:
        """The article at `slug`, published (at `published_params`) unless
        `published` is None, with its foreign keys cached as `select_related`
        caches them (None for a missing one)."""
        if published is None:
            cursor.execute(self.article, [slug])
        else:
            cursor.execute(self.published_article, [slug, *published])
        row = cursor.fetchone()
        if row is None:
            return None
        article = self.article_columns.make(db, row)
        cache = article._state.fields_cache
        for name, columns in self.joined_columns.items():
            cache[name] = columns.make(db, row)
        return article

    def update_type(self, db: str) -> ContentType:
        """The content type the update log's rows name (kept by Django)."""
        return ContentType.objects.db_manager(db).get_for_model(
            self.model, for_concrete_model=self.update_rows.field.for_concrete_model
        )

    def updates_read(
        self, content_type: ContentType, article: Article
    ) -> tuple[str, list]:
        return self.updates, [content_type.pk, article.pk]

    @staticmethod
    def byline_people(article: Article) -> list[Author]:
        return [p for p in (article.author, article.reviewed_by) if p is not None]

    def credentials_read(self, people: list[Author]) -> tuple[str, list]:
        """The credentials of the byline's people: for `store_credentials`, or
        for `articles.bylines.byline_of` as values."""
        sql = self._credentials.format(", ".join(["%s"] * len(people)))
        return sql, [p.pk for p in people]

    def store_credentials(
        self, people: list[Author], credentials: list[Credential]
    ) -> None:
        # As `ArticleDetailView.get_object` leaves them.
        for person in people:
            person._prefetched_objects_cache = {}
            mine = [c for c in credentials if c.author_id == person.pk]
            self.credential_rows.store(person, mine)


# A plan per connection: its converters are the connection's own methods. Each
# thread has its own connections, so plans are kept per thread too, and go
# with the thread (a plan refers to its connection, so keeping them by
# connection in a WeakKeyDictionary would keep both for ever).
_kept = threading.local()

P = TypeVar("P", bound=Plan)


def plan_for(kind: type[P], connection: BaseDatabaseWrapper) -> P:
    plans = getattr(_kept, "plans", None)
    if plans is None:
        plans = _kept.plans = {}
    key = (kind, connection.alias)
    plan = plans.get(key)
    if plan is None or plan.connection is not connection:
        plan = plans[key] = kind(connection)
    return plan
