"""Query expressions the public lists filter with."""

from __future__ import annotations

from django.core.exceptions import EmptyResultSet
from django.db import models
from django.db.models import F
from django.db.models.expressions import Expression


class LinkExists(Expression):
    """Whether a row of a link table (`model`) points at the row, with the given
    values: the SQL of `Exists(model.objects.filter(<link>=OuterRef("pk"), …))`.

    A list filtered by region, equipment or condition asks this of every
    exercise it reads down the list index, so it must stay an EXISTS (a page of
    24 is found without gathering every match). But building the subquery as a
    second queryset, resolving it into the outer one and compiling it cost a
    filtered list page 0.4 ms, four times the query. This writes the same
    subquery directly: the outer row's key is resolved by the ORM as any column
    is, so the filter still works inside other queries (a count, a subquery).

    `values` maps a field of `model` to a value (`=`) or to a list, tuple or set
    of values (`IN`); an empty list matches nothing, as `__in=[]` does. Model
    instances stand for their primary keys. Negate it with `~`.
    """

    conditional = True
    # Shadows the outer query's tables inside the subquery only; Django's own
    # aliases are table names or a letter and a number, never this.
    alias = "backpain_link"

    def __init__(self, model: type[models.Model], link: str, **values):
        super().__init__(output_field=models.BooleanField())
        self.model, self.link, self.values = model, link, values
        self.outer = F("pk")

    def __repr__(self) -> str:
        name, model = type(self).__name__, self.model.__name__
        return f"{name}({model}, {self.link!r}, {self.values!r})"

    @property
    def identity(self):
        values = tuple(
            (name, tuple(map(_key, v)) if _many(v) else _key(v))
            for name, v in sorted(self.values.items())
        )
        return (type(self), self.model, self.link, values, self.outer)

    def get_source_expressions(self):
        return [self.outer]

    def set_source_expressions(self, exprs):
        (self.outer,) = exprs

    def as_sql(self, compiler, connection):
        outer_sql, params = compiler.compile(self.outer)
        params = list(params)
        quote = connection.ops.quote_name
        meta = self.model._meta
        alias = quote(self.alias)

        def column(name: str):
            field = meta.get_field(name)
            return field, f"{alias}.{quote(field.column)}"

        conditions = [f"{column(self.link)[1]} = {outer_sql}"]
        for name, value in self.values.items():
            field, sql = column(name)
            many = _many(value)
            values = value if many else [value]
            if not values:
                raise EmptyResultSet
            params.extend(
                field.get_db_prep_value(_key(v), connection, prepared=False)
                for v in values
            )
            placeholders = ", ".join(["%s"] * len(values))
            conditions.append(f"{sql} IN ({placeholders})" if many else f"{sql} = %s")
        table = quote(meta.db_table)
        where = " AND ".join(conditions)
        return f"EXISTS(SELECT 1 FROM {table} {alias} WHERE {where})", params


def _many(value) -> bool:
    return isinstance(value, (list, tuple, set, frozenset))


def _key(value):
    return value.pk if isinstance(value, models.Model) else value
