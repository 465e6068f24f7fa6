"""Filter pieces every public list shares.

Shared URLs outlive the data they were made with (a region is renamed, a
condition unpublished), so unknown values are set aside and reported instead of
failing the whole filter: the visitor still gets what the rest of the link asks
for, plus a sentence saying what was ignored.
"""

from __future__ import annotations

from dataclasses import dataclass

import django_filters
from django import forms
from django.http import QueryDict
from django.utils.functional import cached_property
from django_filters import fields as filter_fields

from .models import ArticleUpdate, UpdateKind

Q_MAX_LENGTH = 100


def _quoted(values: list[str]) -> str:
    return ", ".join(f"“{v[:40]}”" for v in values)


class LenientMultipleChoiceField(forms.MultipleChoiceField):
    """Keeps the known values (once each, in order) and remembers the rest."""

    ignored: list[str] = []

    def __init__(self, *args, noun: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.noun = noun or str(self.label).lower()

    def clean(self, value):
        values = list(dict.fromkeys(str(v) for v in self.to_python(value)))
        known = {str(key) for key, _ in self.choices}
        self.ignored = [v for v in values if v not in known]
        return [v for v in values if v in known]

    def ignored_message(self) -> str:
        return f"No {self.noun} called {_quoted(self.ignored)}; ignored."


class SortField(filter_fields.ChoiceField):
    """A sort order; an unknown one falls back to the list's usual order."""

    ignored: list[str] = []

    def clean(self, value):
        value = self.to_python(value)
        known = {str(key) for key, _ in self.choices}
        self.ignored = [value] if value and value not in known else []
        return value if value in known else ""

    def ignored_message(self) -> str:
        return f"Unknown sort order {_quoted(self.ignored)}; using the usual order."


class ShortenedCharField(forms.CharField):
    """Cuts absurdly long searches down instead of refusing them."""

    ignored: list[str] = []

    def clean(self, value):
        # NUL characters cannot be stored or searched for (PostgreSQL refuses them).
        value = " ".join(self.to_python(value).replace("\x00", " ").split())
        self.ignored = [value[Q_MAX_LENGTH:]] if len(value) > Q_MAX_LENGTH else []
        return value[:Q_MAX_LENGTH]

    def ignored_message(self) -> str:
        return f"Your search was shortened to its first {Q_MAX_LENGTH} characters."


class LenientMultipleChoiceFilter(django_filters.MultipleChoiceFilter):
    field_class = LenientMultipleChoiceField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", forms.CheckboxSelectMultiple)
        super().__init__(*args, **kwargs)


class ShortenedCharFilter(django_filters.CharFilter):
    field_class = ShortenedCharField


class SortFilter(django_filters.ChoiceFilter):
    field_class = SortField


@dataclass(frozen=True)
class ActiveFilter:
    name: str
    value: str
    label: str
    remove_url: str


class PublicFilterSet(django_filters.FilterSet):
    """A FilterSet whose page can say what is active and what was ignored."""

    # name -> function returning choices. Loaded once per request: a callable
    # given to the field would query again every time the choices are read.
    choice_loaders: dict = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, load in self.choice_loaders.items():
            self.filters[name].extra["choices"] = load()

    @property
    def checkbox_fields(self) -> list[forms.BoundField]:
        return [
            self.form[name]
            for name, f in self.filters.items()
            if isinstance(f, LenientMultipleChoiceFilter)
        ]

    @cached_property
    def ignored(self) -> list[str]:
        """Sentences about the parts of the URL that were set aside."""
        if not self.is_bound:
            return []
        self.form.is_valid()
        return [
            field.ignored_message()
            for field in self.form.fields.values()
            if getattr(field, "ignored", None)
        ]

    @cached_property
    def active_filters(self) -> list[ActiveFilter]:
        """Each chosen value with a link to the same list without it."""
        if not self.is_bound or not self.form.is_valid():
            return []
        chips = []
        for name, value in self.form.cleaned_data.items():
            field = self.form.fields[name]
            if isinstance(field, SortField) or not value:
                continue
            is_text = isinstance(field, ShortenedCharField)
            labels = {} if is_text else dict(field.choices)
            for item in value if isinstance(value, list) else [value]:
                label = f"“{item}”" if is_text else str(labels.get(item, item))
                chips.append(
                    ActiveFilter(
                        name=name,
                        value=item,
                        label=label,
                        remove_url=self._url_without(name, item),
                    )
                )
        return chips

    def _url_without(self, name: str, value: str) -> str:
        # Built from the cleaned values, so stale parts of the link and the
        # page number drop out too.
        query = QueryDict(mutable=True)
        for key, cleaned in self.form.cleaned_data.items():
            values = cleaned if isinstance(cleaned, list) else [cleaned]
            kept = [v for v in values if v and not (key == name and v == value)]
            if kept:
                query.setlist(key, kept)
        return f"?{query.urlencode()}"


class UpdateFilter(PublicFilterSet):
    kind = LenientMultipleChoiceFilter(
        label="Kind of update",
        noun="kind of update",
        choices=UpdateKind.choices,
        method="filter_kind",
    )

    class Meta:
        model = ArticleUpdate
        fields: list[str] = []

    def filter_kind(self, qs, name, value: list[str]):
        return qs.filter(kind__in=value)
