"""Filter pieces every public list shares.

Shared URLs outlive the data they were made with (a region is renamed, a
condition unpublished), so unknown values are set aside instead of failing the
whole filter: the visitor still gets what the rest of the link asks for. The
FilterSets only record what they set aside (`PublicFilterSet.ignored`), so an API
can reuse them; what a page says about it is in `articles.presenters`.
"""

from __future__ import annotations

import copy

import django_filters
from django import forms
from django.db import models
from django_filters import fields as filter_fields
from django_filters.constants import EMPTY_VALUES
from django_filters.widgets import BaseCSVWidget

from search.text import printable

from . import freshness
from .models import ArticleUpdate, UpdateKind

Q_MAX_LENGTH = 100


def _unique(values) -> list[str]:
    """The values as strings, once each, in the order given."""
    if isinstance(values, str):
        values = [values]
    return list(dict.fromkeys(str(v) for v in values or () if v not in EMPTY_VALUES))


class CopiedPerForm:
    """A form's copy of the field, without copying the choices or the queryset.

    Django deep-copies every field for every form, and so every choice and every
    queryset of a FilterSet's form: a fifth of a list page's filtering. A form
    only assigns to these fields (`ignored`, `_objects`), never changes what they
    hold, so each form gets its own field, widget, messages and validators, as
    `Field.__deepcopy__` gives, sharing the choices.
    """

    def __deepcopy__(self, memo):
        result = copy.copy(self)
        memo[id(self)] = result
        result.widget = copy.copy(self.widget)
        result.widget.attrs = self.widget.attrs.copy()
        result.error_messages = self.error_messages.copy()
        result.validators = self.validators[:]
        return result


class CopiedPerFilterSet:
    """A FilterSet's copy of the filter, without deep-copying what it holds.

    django-filter deep-copies every filter for every FilterSet, querysets,
    widgets and choices included, though a FilterSet only sets `parent` and
    `model` on its copies, and ExerciseFilter its `extra["objects"]`.
    """

    def __deepcopy__(self, memo):
        result = copy.copy(self)
        memo[id(self)] = result
        result.extra = self.extra.copy()
        if self.method is not None:
            # The FilterMethod looks up its method through the filter it was
            # made for: the copy needs its own.
            result.method = self.method
        if "_field" in self.__dict__:
            result._field = copy.deepcopy(self._field, memo)
        return result


class KnownChoicesOnly:
    """Keeps the known values (once each, in order) and remembers the rest."""

    ignored: list[str] = []

    def clean(self, value):
        values = _unique(value)
        known = {str(key) for key, _ in self.choices}
        self.ignored = [v for v in values if v not in known]
        return [v for v in values if v in known]


class LenientMultipleChoiceField(
    CopiedPerForm, KnownChoicesOnly, forms.MultipleChoiceField
):
    pass


class LenientCSVField(CopiedPerForm, KnownChoicesOnly, filter_fields.BaseCSVField):
    """Comma-separated choices (django-filter adds the choice field to it)."""


class LoadedChoiceIterator(filter_fields.ModelChoiceIterator):
    """Choices from the rows the field has already read, not a fresh query."""

    def __iter__(self):
        if self.field.null_label is not None:
            yield (self.field.null_value, self.field.null_label)
        for obj in self.field.objects:
            yield self.choice(obj)

    def __len__(self):
        return len(self.field.objects) + (self.field.null_label is not None)

    def __bool__(self):
        return self.field.null_label is not None or bool(self.field.objects)


class LenientModelMultipleChoiceField(
    CopiedPerForm, filter_fields.ModelMultipleChoiceField
):
    """Rows picked by `to_field_name`; unknown values are remembered, not errors.

    The rows are read once per form and serve both the checkboxes and cleaning
    (a stock ModelMultipleChoiceField queries for each). A caller that has read
    them already passes `objects`.
    """

    iterator = LoadedChoiceIterator
    ignored: list[str] = []

    def __init__(self, *args, objects: list[models.Model] | None = None, **kwargs):
        self._objects = objects
        super().__init__(*args, **kwargs)

    @property
    def objects(self) -> list[models.Model]:
        if self._objects is None:
            # A copy of the queryset: forms share this field's (CopiedPerForm).
            self._objects = list(self.queryset.all())
        return self._objects

    def clean(self, value):
        """The chosen rows (and the null value, if offered and chosen), in order."""
        values = _unique(value)
        if not values:
            self.ignored = []
            return []
        rows = {str(self.prepare_value(obj)): obj for obj in self.objects}
        if self.null_label is not None:
            rows[str(self.null_value)] = self.null_value
        self.ignored = [v for v in values if v not in rows]
        return [rows[v] for v in values if v in rows]


class ShortenedCharField(CopiedPerForm, forms.CharField):
    """Cuts absurdly long searches down instead of refusing them."""

    ignored: list[str] = []

    def clean(self, value):
        searched, cut = self.shortened(value)
        self.ignored = [cut] if cut else []
        return searched

    def bound_data(self, data, initial):
        # The search box shows what the list searched for, as the search page's
        # box does, not the raw parameter.
        return initial if self.disabled else self.shortened(data)[0]

    def shortened(self, value) -> tuple[str, str]:
        """What is searched for, and what was cut off the end of it.

        Control and invisible characters (NUL among them, which PostgreSQL
        refuses) are never searched for, nor said back in the page or links.
        """
        text = printable(self.to_python(value))
        return text[:Q_MAX_LENGTH].rstrip(), text[Q_MAX_LENGTH:]


class LenientMultipleChoiceFilter(
    CopiedPerFilterSet, django_filters.MultipleChoiceFilter
):
    field_class = LenientMultipleChoiceField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", forms.CheckboxSelectMultiple)
        super().__init__(*args, **kwargs)


class LenientModelMultipleChoiceFilter(
    CopiedPerFilterSet, django_filters.ModelMultipleChoiceFilter
):
    field_class = LenientModelMultipleChoiceField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", forms.CheckboxSelectMultiple)
        super().__init__(*args, **kwargs)


class ShortenedCharFilter(CopiedPerFilterSet, django_filters.CharFilter):
    field_class = ShortenedCharField


class SortSelect(BaseCSVWidget, forms.Select):
    """Always a select, also for a link with several orders: it shows the first."""

    def render(self, name, value, attrs=None, renderer=None):
        values = value if self._isiterable(value) else [value]
        first = values[0] if values else ""
        return super(BaseCSVWidget, self).render(name, first, attrs, renderer)


class SortFilter(CopiedPerFilterSet, django_filters.OrderingFilter):
    """django-filter's ordering, where each public value names a whole order.

    `fields` maps an ordering (e.g. "-difficulty") to its value in the URL
    ("hardest"), so only the listed values are offered; there is no "-hardest".
    Unknown values are set aside; with none left the model's usual order applies.
    """

    base_field_class = LenientCSVField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", SortSelect)
        super().__init__(*args, **kwargs)

    def build_choices(self, fields, labels):
        return [(param, labels.get(field, param)) for field, param in fields.items()]

    def filter(self, qs, value):
        if value in EMPTY_VALUES:
            return qs
        ordering = [self.get_ordering_value(param) for param in value]
        # Ties keep the usual order (by title), as on the unsorted list.
        usual = [f for f in qs.model._meta.ordering if f not in ordering]
        return qs.order_by(*ordering, *usual)


class PublicFilterSet(django_filters.FilterSet):
    """A FilterSet that sets unknown values aside instead of failing.

    Its form class is made once per content version and serves every request
    (`get_form_class`), so its filters and their choices must depend on the
    content only, never on the request, the user or the submitted data.
    """

    def get_form_class(self):
        # django-filter makes a form class, and a field per filter, for every
        # FilterSet instance, which cost a list page a tenth of its time. Each
        # form still gets its own copies of the fields (and so of `ignored`).
        made_by_django_filter = super().get_form_class
        cls = type(self)

        def make():
            form_class = made_by_django_filter()
            # Named for the FilterSet's module (not django_filters'), so two
            # FilterSets of the same name have forms that tell apart.
            form_class.__module__ = cls.__module__
            return form_class

        return freshness.kept(f"filter-form:{cls.__module__}.{cls.__qualname__}", make)

    @property
    def ignored(self) -> dict[str, list[str]]:
        """The values the query asked for in vain, by filter name."""
        if not self.is_bound:
            return {}
        self.form.is_valid()
        return {
            name: field.ignored
            for name, field in self.form.fields.items()
            if getattr(field, "ignored", None)
        }


class UpdateFilter(PublicFilterSet):
    kind = LenientMultipleChoiceFilter(
        label="Kind of update", choices=UpdateKind.choices, method="filter_kind"
    )

    class Meta:
        model = ArticleUpdate
        fields: list[str] = []

    def filter_kind(self, qs, name, value: list[str]):
        return qs.filter(kind__in=value)
