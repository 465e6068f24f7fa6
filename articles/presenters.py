"""What a list page tells visitors about its filters.

The FilterSets only clean values and record what they set aside, so an API can
reuse them; the chips, their remove links and the sentences about stale parts
of a link are made here, from the cleaned data and the ignored values.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cached_property

from django.forms import BoundField
from django.http import QueryDict
from django_filters import OrderingFilter
from django_filters.fields import BaseCSVField

from search.text import printable

from .filters import Q_MAX_LENGTH, PublicFilterSet, ShortenedCharField
from .freshness import kept

QUOTED_MAX = 5


def _quoted(values: list[str]) -> str:
    """The values as a notice names them; "" when none can be shown."""
    # Invisible characters can make two values read alike, or one read as
    # nothing: each value the visitor could see, once.
    shown = [v for v in dict.fromkeys(printable(v)[:40] for v in values) if v]
    # A hand-made link can carry thousands of values; name a few, count the rest.
    quoted = ", ".join(f"“{v}”" for v in shown[:QUOTED_MAX])
    more = len(shown) - QUOTED_MAX
    return f"{quoted} and {more} more" if more > 0 else quoted


@dataclass(frozen=True, slots=True)
class Option:
    """One choice of a filter (a checkbox or a select's option), as a template
    writes it out."""

    name: str
    value: str
    id: str
    label: str
    selected: bool  # checked, for a checkbox
    depth: int  # body regions: 0 on top, 1 below; other choices 0


def options(field: BoundField, chosen: Iterable[str] | None = None) -> list[Option]:
    """A choice field's options, selected as the submitted values say (or as
    `chosen` says, when given).

    Django renders each checkbox and each <option> through the widget's
    templates (three per checkbox); on the exercise list, with forty boxes, that
    was most of the page's time. The page writes the markup itself from these
    instead. Names, values, ids (`id_region_0`, …) and selected states are the
    widget's own, so labels and links to them are unchanged (tests/render
    checks the markup against the widget's).
    """
    widget = field.field.widget
    base_id = widget.attrs.get("id") or field.auto_id
    if chosen is None:
        chosen = submitted(field)
    result = []
    for index, (value, label) in enumerate(field.field.choices):
        # Model choices carry their row (ModelChoiceIteratorValue.instance).
        instance = getattr(value, "instance", None)
        value = str(value)
        result.append(
            Option(
                name=field.html_name,
                value=value,
                id=f"{base_id}_{index}",
                label=label,
                selected=value in chosen,
                depth=getattr(instance, "depth", 0),
            )
        )
    return result


def submitted(field: BoundField) -> list[str]:
    """The values a choice field shows as chosen, as its widget formats them."""
    widget = field.field.widget
    chosen = widget.format_value(field.value())
    if not widget.allow_multiple_selected:
        chosen = chosen[:1]  # a select shows the first of several values
    return chosen


def rendered_options(
    field: BoundField,
    render: Callable[[Option], str],
    *,
    name: str,
    keep: bool = True,
) -> list[str]:
    """`render(option)` for each of the field's options, selected as submitted.

    Each option is rendered twice, chosen and not, once per content version (the
    choices change only with the content) and kept in this process; a request
    only picks. Writing the exercise list's forty checkboxes cost half its
    template's time on every request. `name` names the markup (its template),
    so one name must always mean one markup; without `keep` (templates being
    edited) every request renders afresh.
    """
    form = type(field.form)
    key = f"options:{form.__module__}.{form.__qualname__}:{field.auto_id}:{name}"

    def both_ways() -> list[tuple[str, str, str]]:
        return [
            (option.value, render(option), render(replace(option, selected=True)))
            for option in options(field, chosen=())
        ]

    chosen = set(submitted(field))
    made = kept(key, both_ways) if keep else both_ways()
    return [on if value in chosen else off for value, off, on in made]


@dataclass(frozen=True)
class ActiveFilter:
    name: str
    value: str
    label: str
    remove_url: str


class FilterSummary:
    """The active filters, each with a link to the list without it, and notices.

    `nouns` names what a filter picks when its label does not read well in
    “No … called …” (e.g. "difficulty level" for "Difficulty").
    """

    def __init__(
        self, filterset: PublicFilterSet, *, nouns: dict[str, str] | None = None
    ):
        self.filterset = filterset
        self.form = filterset.form
        self.nouns = nouns or {}

    @cached_property
    def query(self) -> dict[str, list[str]]:
        """The cleaned filters as URL values.

        Built from the cleaned values, so stale parts of the link and the page
        number drop out of every link made from it.
        """
        if not self.filterset.is_bound or not self.form.is_valid():
            return {}
        query = {}
        for name, cleaned in self.form.cleaned_data.items():
            field = self.form.fields[name]
            items = cleaned if isinstance(cleaned, list) else [cleaned]
            values = [str(field.prepare_value(item)) for item in items if item]
            if values:
                query[name] = values
        return query

    @cached_property
    def active(self) -> list[ActiveFilter]:
        """Each chosen value (the sort order is not a filter) with a remove link."""
        chips = []
        for name, values in self.query.items():
            if isinstance(self.filterset.filters[name], OrderingFilter):
                continue
            labels = self._labels(name)
            for value in values:
                chips.append(
                    ActiveFilter(
                        name=name,
                        value=value,
                        label=labels[value] if labels else f"“{value}”",
                        remove_url=self.url_without(name, value),
                    )
                )
        return chips

    def _labels(self, name: str) -> dict[str, str]:
        """A filter's labels by value; none for the free-text search.

        Kept per content version, as the checkboxes are (`rendered_options`):
        the choices change only with the content, and listing forty of them
        for one chip cost a filtered list more than its rows' query.
        """
        field = self.form.fields[name]
        form = type(self.form)

        def labels() -> dict[str, str]:
            choices = getattr(field, "choices", ())
            return {str(key): str(label) for key, label in choices}

        return kept(f"labels:{form.__module__}.{form.__qualname__}:{name}", labels)

    def url_without(self, name: str, value: str) -> str:
        query = QueryDict(mutable=True)
        for key, values in self.query.items():
            kept = [v for v in values if not (key == name and v == value)]
            if not kept:
                continue
            if isinstance(self.form.fields[key], BaseCSVField):
                query[key] = ",".join(kept)  # read back as one comma-separated value
            else:
                query.setlist(key, kept)
        return f"?{query.urlencode()}"

    @cached_property
    def notices(self) -> list[str]:
        """A sentence for each filter that set part of the link aside."""
        return [
            self._notice(name, values)
            for name, values in self.filterset.ignored.items()
        ]

    def _notice(self, name: str, values: list[str]) -> str:
        field = self.form.fields[name]
        if isinstance(field, ShortenedCharField):
            return f"Your search was shortened to its first {Q_MAX_LENGTH} characters."
        quoted = _quoted(values)
        if isinstance(self.filterset.filters[name], OrderingFilter):
            instead = "ignored" if self.query.get(name) else "using the usual order"
            if not quoted:
                return f"Unknown sort order in the link; {instead}."
            return f"Unknown sort order {quoted}; {instead}."
        noun = self.nouns.get(name, str(field.label).lower())
        if not quoted:
            return f"Part of the link names no {noun}; ignored."
        return f"No {noun} called {quoted}; ignored."
