"""The exercise page's data, read with hand-written SQL.

The ORM spent about 6 ms a request compiling the page's nine queries and running
the prefetch machinery, where the SQL itself takes 0.2 ms. `exercise_page` runs
the same nine statements through a cursor and builds the same model instances
the ORM would (`Model.from_db`, each field's own database converters), with the
caches the related managers read filled in, so templates keep the model API
(`exercise.steps.all`, `image.image.renditions`, `is_published`, …) and
rendering the page costs no query.

It must give what `exercises.selectors.exercise_detail_queryset()` gives, with
`ArticleDetailView`'s credentials; tests/exercises/test_page_loader.py compares
the two on SQLite and PostgreSQL, so a change to one goes with the other.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from django.contrib.contenttypes.models import ContentType
from django.db import connections, models, router
from django.db.backends.base.base import BaseDatabaseWrapper
from django.utils import timezone

from articles.models import ArticleUpdate, Status, may_preview
from authors.models import Author, Credential
from conditions.models import Condition, ConditionExercise, Relation

from .models import (
    BodyRegion,
    Equipment,
    Exercise,
    ExerciseImage,
    ExerciseRegion,
    ExerciseStep,
    StretchVariant,
)


def exercise_page(*, slug: str, user) -> Exercise | None:
    """The exercise at `slug` with everything its page shows, or None.

    None for an unknown slug, and for a draft or scheduled exercise unless
    `user` may preview it (`articles.models.may_preview`), so the view answers
    both with the same 404. Conditions are linked only once published.
    """
    db = router.db_for_read(Exercise)
    connection = connections[db]
    plan = _plan(connection)
    # One clock for the exercise and its linked conditions.
    now = plan.published_at.get_db_prep_value(timezone.now(), connection)
    published = Status.PUBLISHED.value
    preview = may_preview(user, Exercise)
    with connection.cursor() as cursor:
        if preview:
            cursor.execute(plan.exercise, [slug])
        else:
            cursor.execute(plan.published_exercise, [slug, published, now])
        row = cursor.fetchone()
        if row is None:
            return None
        exercise = plan.exercise_columns.make(db, row)
        people = _select_related(exercise, plan, db, row)
        pk = exercise.pk

        cursor.execute(plan.steps, [pk])
        steps = plan.step_columns.make_all(db, cursor.fetchall())
        cursor.execute(plan.images, [pk])
        images = plan.image_columns.make_all(db, cursor.fetchall())
        cursor.execute(plan.variants, [pk])
        variants = plan.variant_columns.make_all(db, cursor.fetchall())
        cursor.execute(plan.equipment, [pk])
        equipment = plan.equipment_columns.make_all(db, cursor.fetchall())
        exercise_type = ContentType.objects.db_manager(db).get_for_model(
            Exercise, for_concrete_model=plan.update_rows.field.for_concrete_model
        )
        cursor.execute(plan.updates, [exercise_type.pk, pk])
        updates = plan.update_columns.make_all(db, cursor.fetchall())

        cursor.execute(plan.target_regions, [pk])
        target_regions = []
        for joined in cursor.fetchall():
            target = plan.target_columns.make(db, joined)
            target._state.fields_cache["region"] = plan.region_columns.make(db, joined)
            target_regions.append(target)

        cursor.execute(
            plan.condition_links, [published, now, pk, *plan.relation_params]
        )
        links = []
        for joined in cursor.fetchall():
            link = plan.link_columns.make(db, joined)
            link._state.fields_cache["condition"] = plan.condition_columns.make(
                db, joined
            )
            links.append(link)

        cursor.execute(plan.credentials(len(people)), [p.pk for p in people])
        credentials = plan.credential_columns.make_all(db, cursor.fetchall())

    # As `prefetch_related` leaves them: each child knows its exercise, and
    # each related manager answers from a queryset holding the rows.
    exercise._prefetched_objects_cache = {}
    plan.steps_rows.store(exercise, steps)
    plan.image_rows.store(exercise, images)
    plan.variant_rows.store(exercise, variants)
    plan.equipment_rows.store(exercise, equipment)
    plan.update_rows.store(exercise, updates, exercise_type)
    plan.target_rows.store(
        exercise,
        target_regions,
        # The Prefetch's queryset in `ExerciseQuerySet.for_detail`.
        ExerciseRegion.objects.select_related("region"),
    )
    for link in links:
        plan.link_exercise.set_cached_value(link, exercise)
    exercise.public_condition_links = links
    for person in people:
        person._prefetched_objects_cache = {}
        mine = [c for c in credentials if c.author_id == person.pk]
        plan.credential_rows.store(person, mine)
    return exercise


def _select_related(
    exercise: Exercise, plan: _Plan, db: str, row: Sequence
) -> list[Author]:
    """Caches the joined author, reviewer and options on the exercise, as
    `select_related` does (None for a missing one); returns author and reviewer."""
    cache = exercise._state.fields_cache
    cache["author"] = author = plan.author_columns.make(db, row)
    cache["reviewed_by"] = reviewer = plan.reviewer_columns.make(db, row)
    cache["easier_option"] = plan.easier_columns.make(db, row)
    cache["harder_option"] = plan.harder_columns.make(db, row)
    return [author] if reviewer is None else [author, reviewer]


# Where the rows go. `prefetch_related` stores, under the relation's cache name,
# the related manager's own queryset (`manager.get_queryset()`) with its result
# cache filled: `.all()`, `len()` and loops read the rows, and a chained call
# (`.filter()`, `.order_by()`) still asks for this instance's rows only.
#
# Built through the managers, those querysets cost 0.3 ms of the loader's 0.95:
# a manager per relation, and a clone of the query the filter goes into (the
# update log's generic manager even compiles its filter at once, 0.1 ms). So
# each is built here as its manager builds it, of the same class, database,
# hints and known related objects, with the manager's filter left in the
# queryset's `_deferred_filter`, as Django's own related managers leave it: the
# query is then compiled only if a chained call needs it, and is the manager's.
# All of it is Django's internals: tests/exercises/test_page_loader.py checks
# each one against the manager's queryset, plain and chained.


def _store(
    instance: models.Model, name: str, queryset: models.QuerySet, rows: list
) -> None:
    queryset._result_cache = rows
    queryset._prefetch_done = True
    instance._prefetched_objects_cache[name] = queryset


def _queryset_class(model: type[models.Model]) -> type[models.QuerySet]:
    """What the related managers of `model` start from: its default manager's
    queryset, unless that manager changes `get_queryset()` (then these rules
    would no longer be the manager's, so refuse rather than differ)."""
    manager = model._default_manager
    if type(manager).get_queryset is not models.Manager.get_queryset:
        raise ValueError(f"{model.__name__}'s default manager has its own queryset")
    return manager._queryset_class


class _ReverseForeignKeyRows:
    """`exercise.steps`: what the reverse foreign key's manager would give."""

    def __init__(self, model: type[models.Model], name: str):
        rel = model._meta.get_field(name)
        self.name = rel.cache_name
        self.field = rel.field
        self.model = rel.related_model
        self.queryset_class = _queryset_class(rel.related_model)

    def store(
        self,
        instance: models.Model,
        rows: list[models.Model],
        queryset: models.QuerySet | None = None,
    ) -> None:
        # The prefetch tells each row its parent, so `step.exercise` is no query.
        for row in rows:
            self.field.set_cached_value(row, instance)
        if queryset is None:
            queryset = self.queryset_class(model=self.model)
        queryset._add_hints(instance=instance)
        queryset._deferred_filter = (False, (), {self.field.name: instance})
        key = getattr(instance, self.field.target_field.attname)
        queryset._known_related_objects = {self.field: {key: instance}}
        _store(instance, self.name, queryset, rows)


class _ManyToManyRows:
    """`exercise.equipment`: what the many-to-many manager would give."""

    def __init__(self, model: type[models.Model], name: str):
        field = model._meta.get_field(name)
        self.name = field.name
        self.model = field.related_model
        self.queryset_class = _queryset_class(field.related_model)
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
        _store(instance, self.name, queryset, rows)


class _GenericRows:
    """`exercise.updates`: what the generic relation's manager would give."""

    def __init__(self, model: type[models.Model], name: str):
        self.field = field = model._meta.get_field(name)
        self.name = field.attname
        self.model = field.related_model
        self.queryset_class = _queryset_class(field.related_model)

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
        _store(instance, self.name, queryset, rows)


class _Columns:
    """One model's columns in a SELECT, from position `start` of each row, and
    how to turn them into an instance exactly as the ORM would."""

    def __init__(
        self,
        model: type[models.Model],
        alias: str,
        start: int,
        connection: BaseDatabaseWrapper,
        nullable: bool = False,
    ):
        quote = connection.ops.quote_name
        fields = model._meta.concrete_fields
        self.model = model
        self.start = start
        self.end = start + len(fields)
        self.sql = ", ".join(f"{quote(alias)}.{quote(f.column)}" for f in fields)
        self.attnames = [f.attname for f in fields]
        self.pk_index = start + fields.index(model._meta.pk)
        # A LEFT JOIN that found nothing gives a row of NULLs: no instance.
        self.nullable = nullable
        self.connection = connection
        # The compiler's converters (SQLCompiler.get_converters): the backend's
        # (SQLite's dates and booleans) then the field's own (JSON).
        self.converters = []
        for index, field in enumerate(fields):
            column = field.get_col(alias)
            found = connection.ops.get_db_converters(column) + column.get_db_converters(
                connection
            )
            if found:
                self.converters.append((index, found, column))

    def make(self, db: str, row: Sequence) -> models.Model | None:
        if self.nullable and row[self.pk_index] is None:
            return None
        values = row[self.start : self.end]
        if self.converters:
            values = list(values)
            for index, converters, column in self.converters:
                value = values[index]
                for convert in converters:
                    value = convert(value, column, self.connection)
                values[index] = value
        return self.model.from_db(db, self.attnames, values)

    def make_all(self, db: str, rows: Sequence[Sequence]) -> list[models.Model]:
        return [self.make(db, row) for row in rows]


class _Plan:
    """The page's SQL and column readers for one database connection.

    Names come from the models' `_meta` and orderings from their Meta, so the
    SQL follows the models; built once per connection, not per request.
    """

    def __init__(self, connection: BaseDatabaseWrapper):
        self.connection = connection
        self.quote = q = connection.ops.quote_name
        self.published_at = Exercise._meta.get_field("published_at")

        # The exercise, with author, reviewer and options (select_related).
        self.exercise_columns = ex = _Columns(Exercise, "e", 0, connection)
        self.author_columns = au = _Columns(Author, "a", ex.end, connection)
        self.reviewer_columns = rv = _Columns(Author, "r", au.end, connection, True)
        self.easier_columns = ez = _Columns(Exercise, "ez", rv.end, connection, True)
        self.harder_columns = hd = _Columns(Exercise, "hd", ez.end, connection, True)
        self.exercise = (
            f"SELECT {ex.sql}, {au.sql}, {rv.sql}, {ez.sql}, {hd.sql} "
            f"FROM {self.table(Exercise, 'e')} "
            f"INNER JOIN {self.join(Exercise, 'e', 'author', 'a')} "
            f"LEFT OUTER JOIN {self.join(Exercise, 'e', 'reviewed_by', 'r')} "
            f"LEFT OUTER JOIN {self.join(Exercise, 'e', 'easier_option', 'ez')} "
            f"LEFT OUTER JOIN {self.join(Exercise, 'e', 'harder_option', 'hd')} "
            f"WHERE {self.column(Exercise, 'e', 'slug')} = %s"
        )
        # `articles.models.published_q`.
        self.published_exercise = self.exercise + (
            f" AND {self.column(Exercise, 'e', 'status')} = %s"
            f" AND {self.column(Exercise, 'e', 'published_at')} <= %s"
        )

        # Where the rows go (see `_store`).
        self.steps_rows = _ReverseForeignKeyRows(Exercise, "steps")
        self.image_rows = _ReverseForeignKeyRows(Exercise, "images")
        self.variant_rows = _ReverseForeignKeyRows(Exercise, "variants")
        self.target_rows = _ReverseForeignKeyRows(Exercise, "target_regions")
        self.equipment_rows = _ManyToManyRows(Exercise, "equipment")
        self.update_rows = _GenericRows(Exercise, "updates")
        self.credential_rows = _ReverseForeignKeyRows(Author, "credentials")
        # The links are a list (`to_attr`); only their exercise is cached.
        self.link_exercise = ConditionExercise._meta.get_field("exercise")

        self.step_columns, self.steps = self.children(ExerciseStep, "exercise")
        self.image_columns, self.images = self.children(ExerciseImage, "exercise")
        self.variant_columns, self.variants = self.children(StretchVariant, "exercise")

        # Many-to-many: the equipment through its link table.
        self.equipment_columns = eq = _Columns(Equipment, "eq", 0, connection)
        m2m = Exercise._meta.get_field("equipment")
        link = m2m.remote_field.through._meta.db_table
        self.equipment = (
            f"SELECT {eq.sql} FROM {self.table(Equipment, 'eq')} "
            f"INNER JOIN {q(link)} {q('l')} ON "
            f"{q('eq')}.{q(Equipment._meta.pk.column)} = "
            f"{q('l')}.{q(m2m.m2m_reverse_name())} "
            f"WHERE {q('l')}.{q(m2m.m2m_column_name())} = %s "
            f"ORDER BY {self.order_by(Equipment, {'': 'eq'})}"
        )

        # The update log, a generic relation: content type and object id.
        generic = Exercise._meta.get_field("updates")
        self.update_columns = up = _Columns(ArticleUpdate, "u", 0, connection)
        type_column = self.column(ArticleUpdate, "u", generic.content_type_field_name)
        id_column = self.column(ArticleUpdate, "u", generic.object_id_field_name)
        self.updates = (
            f"SELECT {up.sql} FROM {self.table(ArticleUpdate, 'u')} "
            f"WHERE {type_column} = %s AND {id_column} = %s "
            f"ORDER BY {self.order_by(ArticleUpdate, {'': 'u'})}"
        )

        # Target regions with their region (the Prefetch's select_related).
        self.target_columns = tr = _Columns(ExerciseRegion, "t", 0, connection)
        self.region_columns = br = _Columns(BodyRegion, "br", tr.end, connection)
        self.target_regions = (
            f"SELECT {tr.sql}, {br.sql} FROM {self.table(ExerciseRegion, 't')} "
            f"INNER JOIN {self.join(ExerciseRegion, 't', 'region', 'br')} "
            f"WHERE {self.column(ExerciseRegion, 't', 'exercise')} = %s "
            f"ORDER BY {self.order_by(ExerciseRegion, {'': 't', 'region': 'br'})}"
        )

        # Published conditions only, helps first, then by title: the Prefetch
        # in `exercise_detail_queryset` (`relation_order()`).
        self.link_columns = ce = _Columns(ConditionExercise, "ce", 0, connection)
        self.condition_columns = co = _Columns(Condition, "c", ce.end, connection)
        relation = self.column(ConditionExercise, "ce", "relation")
        self.relation_params = list(Relation.values)
        whens = " ".join(
            f"WHEN {relation} = %s THEN {index}"
            for index in range(len(self.relation_params))
        )
        self.condition_links = (
            f"SELECT {ce.sql}, {co.sql} FROM {self.table(ConditionExercise, 'ce')} "
            f"INNER JOIN {self.join(ConditionExercise, 'ce', 'condition', 'c')} "
            f"WHERE {self.column(Condition, 'c', 'status')} = %s "
            f"AND {self.column(Condition, 'c', 'published_at')} <= %s "
            f"AND {self.column(ConditionExercise, 'ce', 'exercise')} = %s "
            f"ORDER BY CASE {whens} ELSE NULL END ASC, "
            f"{self.column(Condition, 'c', 'title')} ASC"
        )

        # The byline's credentials, author's and reviewer's in one query.
        self.credential_columns = cr = _Columns(Credential, "cr", 0, connection)
        self._credentials = (
            f"SELECT {cr.sql} FROM {self.table(Credential, 'cr')} "
            f"WHERE {self.column(Credential, 'cr', 'author')} IN ({{}}) "
            f"ORDER BY {self.order_by(Credential, {'': 'cr'})}"
        )

    def credentials(self, people: int) -> str:
        return self._credentials.format(", ".join(["%s"] * people))

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

    def children(self, model: type[models.Model], parent: str) -> tuple[_Columns, str]:
        """The rows of a reverse foreign key, in the model's order."""
        columns = _Columns(model, "x", 0, self.connection)
        sql = (
            f"SELECT {columns.sql} FROM {self.table(model, 'x')} "
            f"WHERE {self.column(model, 'x', parent)} = %s "
            f"ORDER BY {self.order_by(model, {'': 'x'})}"
        )
        return columns, sql

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


# A plan per connection: its converters are the connection's own methods. Each
# thread has its own connections, so plans are kept per thread too, and go
# with the thread (a plan refers to its connection, so keeping them by
# connection in a WeakKeyDictionary would keep both for ever).
_kept = threading.local()


def _plan(connection: BaseDatabaseWrapper) -> _Plan:
    plans = getattr(_kept, "plans", None)
    if plans is None:
        plans = _kept.plans = {}
    plan = plans.get(connection.alias)
    if plan is None or plan.connection is not connection:
        plan = plans[connection.alias] = _Plan(connection)
    return plan
