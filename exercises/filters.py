"""The one FilterSet for exercise lists: the public page uses it now, the JSON API
will reuse it. It needs no request and says nothing to visitors: unknown values
are set aside in `ignored` (see articles.filters); the page's wording is in
articles.presenters and the templates."""

from __future__ import annotations

from django import forms
from django.db.models import Q, QuerySet
from django.db.models.expressions import RawSQL

from articles import freshness
from articles.expressions import LinkExists
from articles.filters import (
    Q_MAX_LENGTH,
    LenientModelMultipleChoiceFilter,
    LenientMultipleChoiceFilter,
    PublicFilterSet,
    ShortenedCharFilter,
    SortFilter,
)
from conditions.models import Condition, ConditionExercise, Relation
from search.engine import matching_ids
from search.text import Query

from .models import BodyRegion, Difficulty, Equipment, Exercise, Kind
from .selectors import region_tree

NO_EQUIPMENT = "none"
DIFFICULTY_SLUGS = {d.label.lower(): d.value for d in Difficulty}


def published_conditions(request=None) -> QuerySet[Condition]:
    # A callable, so "published" is judged when the filter is used, not at import.
    # A checkbox needs the name and the slug, not the guide's text.
    return Condition.objects.published().order_by("title").only("title", "slug")


class ExerciseFilter(PublicFilterSet):
    q = ShortenedCharFilter(
        label="Search",
        method="filter_text",
        widget=forms.TextInput(attrs={"type": "search", "maxlength": Q_MAX_LENGTH}),
    )
    region = LenientModelMultipleChoiceFilter(
        label="Body region",
        queryset=BodyRegion.objects.all(),
        to_field_name="slug",
        method="filter_region",
    )
    kind = LenientMultipleChoiceFilter(
        label="Kind", choices=Kind.choices, method="filter_kind"
    )
    difficulty = LenientMultipleChoiceFilter(
        label="Difficulty",
        choices=[(slug, slug.capitalize()) for slug in DIFFICULTY_SLUGS],
        method="filter_difficulty",
    )
    equipment = LenientModelMultipleChoiceFilter(
        label="Equipment",
        queryset=Equipment.objects.all(),
        to_field_name="slug",
        null_value=NO_EQUIPMENT,
        null_label="No equipment",
        method="filter_equipment",
    )
    condition = LenientModelMultipleChoiceFilter(
        label="Helps with",
        queryset=published_conditions,
        to_field_name="slug",
        method="filter_condition",
    )
    sort = SortFilter(
        label="Sort by",
        # Without a sort the model's ordering (by title) applies.
        fields=[
            ("title", "title"),
            ("difficulty", "easiest"),
            ("-difficulty", "hardest"),
            ("-updated_at", "updated"),
        ],
        field_labels={
            "title": "Name (A to Z)",
            "difficulty": "Easiest first",
            "-difficulty": "Hardest first",
            "-updated_at": "Recently updated",
        },
        empty_label=None,
    )

    class Meta:
        model = Exercise
        fields: list[str] = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The choices are the same for every request until the content changes,
        # and reading them (a hundred rows, each made a model) cost a list page
        # more than its own rows: kept per content version, in this process.
        # The region choices come from the tree (with their depth, for
        # indenting) and so do the sub-regions a chosen region includes.
        self.region_tree = freshness.derived(
            "filter:region-tree", region_tree, in_process=True
        )
        self.filters["region"].extra["objects"] = self.region_tree.regions
        self.filters["equipment"].extra["objects"] = freshness.derived(
            "filter:equipment", lambda: list(Equipment.objects.all()), in_process=True
        )
        self.filters["condition"].extra["objects"] = freshness.derived(
            "filter:conditions",
            lambda: list(published_conditions()),
            in_process=True,
        )

    def filter_text(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        # The site search's engine: every word, stemmed, in the title, other
        # names, summary, steps, body or regions; the list keeps its own order.
        query = Query.parse(value)
        if not query:
            return qs  # punctuation only: nothing to search for
        return qs.filter(pk__in=RawSQL(*matching_ids(query, Exercise)))

    def filter_region(self, qs, name, value: list[BodyRegion]):
        # A region includes its sub-regions: "Hips" finds "Hip flexors" exercises.
        return qs.targeting(self.region_tree.descendant_ids(value))

    def filter_kind(self, qs, name, value: list[str]):
        return qs.filter(kind__in=value)

    def filter_difficulty(self, qs, name, value: list[str]):
        return qs.filter(difficulty__in=[DIFFICULTY_SLUGS[v] for v in value])

    # The link filters below are EXISTS subqueries (LinkExists): an exercise
    # using two chosen items is listed once (a join would list it twice), and a
    # page is read down the list index until it is full (see
    # ExerciseQuerySet.targeting).

    def filter_equipment(self, qs, name, value: list[Equipment | str]):
        uses = Exercise.equipment.through
        chosen = [v for v in value if isinstance(v, Equipment)]
        wanted = Q(LinkExists(uses, "exercise", equipment=chosen)) if chosen else Q()
        if NO_EQUIPMENT in value:
            wanted |= ~LinkExists(uses, "exercise")
        return qs.filter(wanted)

    def filter_condition(self, qs, name, value: list[Condition]):
        # The choices are published conditions only, so a draft is never a filter.
        links = LinkExists(
            ConditionExercise, "exercise", condition=value, relation=Relation.HELPS
        )
        return qs.filter(links)
