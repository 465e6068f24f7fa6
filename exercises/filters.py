"""The one FilterSet for exercise lists: the public page uses it now, the JSON API
will reuse it. Unknown values are reported, not fatal (see articles.filters)."""

from __future__ import annotations

from django import forms
from django.db.models import Q, QuerySet

from articles.filters import (
    Q_MAX_LENGTH,
    LenientMultipleChoiceFilter,
    PublicFilterSet,
    ShortenedCharFilter,
    SortFilter,
)
from conditions.models import Condition, ConditionExercise, Relation

from .models import BodyRegion, Difficulty, Equipment, Exercise, Kind

NO_EQUIPMENT = "none"
DIFFICULTY_SLUGS = {d.label.lower(): d.value for d in Difficulty}
SORTS = {
    "title": (["title"], "Name (A to Z)"),
    "easiest": (["difficulty", "title"], "Easiest first"),
    "hardest": (["-difficulty", "title"], "Hardest first"),
    "updated": (["-updated_at", "title"], "Recently updated"),
}


class TreeLabel(str):
    """A choice label that knows how deep its region sits, for indenting."""

    depth: int = 0

    def __new__(cls, text: str, depth: int = 0):
        label = super().__new__(cls, text)
        label.depth = depth
        return label


def region_choices() -> list[tuple[str, TreeLabel]]:
    """Regions in tree order: each parent followed by its sub-regions."""
    children = BodyRegion.objects.by_parent()
    ordered: list[tuple[str, TreeLabel]] = []

    def walk(parent_id: int | None, depth: int) -> None:
        for region in children.get(parent_id, []):
            ordered.append((region.slug, TreeLabel(region.name, depth)))
            walk(region.pk, depth + 1)

    walk(None, 0)
    return ordered


def equipment_choices() -> list[tuple[str, str]]:
    return [
        (NO_EQUIPMENT, "No equipment"),
        *Equipment.objects.values_list("slug", "name"),
    ]


def condition_choices() -> list[tuple[str, str]]:
    return list(
        Condition.objects.published().order_by("title").values_list("slug", "title")
    )


class ExerciseFilter(PublicFilterSet):
    q = ShortenedCharFilter(
        label="Search",
        method="filter_text",
        widget=forms.TextInput(attrs={"type": "search", "maxlength": Q_MAX_LENGTH}),
    )
    region = LenientMultipleChoiceFilter(label="Body region", method="filter_region")
    kind = LenientMultipleChoiceFilter(
        label="Kind", noun="kind", choices=Kind.choices, method="filter_kind"
    )
    difficulty = LenientMultipleChoiceFilter(
        label="Difficulty",
        noun="difficulty level",
        choices=[(slug, slug.capitalize()) for slug in DIFFICULTY_SLUGS],
        method="filter_difficulty",
    )
    equipment = LenientMultipleChoiceFilter(
        label="Equipment", noun="equipment", method="filter_equipment"
    )
    condition = LenientMultipleChoiceFilter(
        label="Helps with", noun="published condition", method="filter_condition"
    )
    sort = SortFilter(
        label="Sort by",
        choices=[(key, label) for key, (_, label) in SORTS.items()],
        method="sort_by",
        empty_label=None,
    )

    class Meta:
        model = Exercise
        fields: list[str] = []

    choice_loaders = {
        "region": region_choices,
        "equipment": equipment_choices,
        "condition": condition_choices,
    }

    def filter_text(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        for term in value.split():
            qs = qs.filter(
                Q(title__icontains=term)
                | Q(summary__icontains=term)
                | Q(aliases__icontains=term)
            )
        return qs

    def filter_region(self, qs, name, value: list[str]):
        return qs.in_regions(BodyRegion.objects.filter(slug__in=value))

    def filter_kind(self, qs, name, value: list[str]):
        return qs.filter(kind__in=value)

    def filter_difficulty(self, qs, name, value: list[str]):
        return qs.filter(difficulty__in=[DIFFICULTY_SLUGS[v] for v in value])

    def filter_equipment(self, qs, name, value: list[str]):
        wanted = Q(equipment__slug__in=[v for v in value if v != NO_EQUIPMENT])
        if NO_EQUIPMENT in value:
            wanted |= Q(equipment__isnull=True)
        # A subquery, not a join, so an exercise using two chosen items is
        # listed once.
        return qs.filter(pk__in=Exercise.objects.filter(wanted).values("pk"))

    def filter_condition(self, qs, name, value: list[str]):
        links = ConditionExercise.objects.filter(
            condition__in=Condition.objects.published().filter(slug__in=value),
            relation=Relation.HELPS,
        )
        return qs.filter(pk__in=links.values("exercise"))

    def sort_by(self, qs, name, value: str):
        # Without a sort the model's ordering (by title) applies.
        return qs.order_by(*SORTS[value][0])

    # What the page says about the filters ---------------------------------
