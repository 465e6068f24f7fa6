from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from django.db import connections
from django.db.models import Prefetch, QuerySet
from django.http import QueryDict
from django.utils.http import urlencode

from articles import freshness
from articles.cursors import statement_cursor
from articles.models import published_q
from articles.pages import Plan, plan_for
from articles.statements import KeptRows
from backpain.urlcache import slug_url, slug_urls, url
from conditions.models import Condition, ConditionExercise, relation_order
from search.models import Kind
from search.suggest import suggest
from search.text import Query

from .models import (
    BodyRegion,
    Difficulty,
    Exercise,
    ExerciseQuerySet,
    ExerciseRegion,
    RegionRole,
    with_sub_regions,
)
from .models import Kind as ExerciseKind  # search.models has a Kind too

# What an exercise page reads of each condition it links to.
LINKED_CONDITION = ("title", "slug")


def exercise_detail_queryset() -> ExerciseQuerySet:
    """Everything an exercise page shows, in a fixed number of queries.

    The page itself reads it through `exercises.pages.exercise_page`, the same
    queries without the ORM's cost; this queryset is what that must give
    (tests/exercises/test_page_loader.py), so a change here goes there too.

    The links to conditions are added here, not in `ExerciseQuerySet.for_detail`:
    conditions.models imports exercises.models, so the models stay one-way.
    Only published conditions are linked, so a draft never shows on a public page.
    """
    return Exercise.objects.for_detail().prefetch_related(
        Prefetch(
            "condition_links",
            queryset=ConditionExercise.objects.filter(published_q("condition__"))
            .select_related("condition")
            # A link shows the condition's title and links to its slug; its
            # guide's text (every Markdown field) stays unread.
            .only(
                *(f.name for f in ConditionExercise._meta.concrete_fields),
                *(f"condition__{name}" for name in LINKED_CONDITION),
            )
            .order_by(relation_order(), "condition__title"),
            to_attr="public_condition_links",
        )
    )


@dataclass(frozen=True, slots=True)
class Link:
    url: str
    title: str


def region_conditions(region_ids: Iterable[int]) -> list[Link]:
    """Published condition guides about these regions, for a filtered list.

    Kept per content version in this process: the same few regions are asked
    for again and again, and the answer changes only when the content does.
    """
    ids = sorted(set(region_ids))

    def find() -> list[Link]:
        conditions = (
            Condition.objects.published()
            .filter(regions__in=ids)
            .distinct()
            .order_by("title")
            .values_list("slug", "title")
        )
        return [
            Link(url=slug_url(Condition.url_name, slug), title=title)
            for slug, title in conditions
        ]

    return freshness.kept_each("region-conditions", repr(ids), find, most=1000)


@dataclass(frozen=True, slots=True)
class ExerciseCard:
    """What a list card shows of an exercise, ready to print."""

    url: str
    title: str
    kind: str
    difficulty: str
    regions: list[str]  # the primary regions' names
    summary: str


class CardPlan(Plan):
    """The primary regions of a page of cards, in the order the ORM gives them
    (`ExerciseRegion.Meta.ordering`); through a cursor, as compiling the ORM's
    query cost a list page 0.6 ms, ten times the query itself."""

    def __init__(self, connection):
        super().__init__(connection)
        link = self.column(ExerciseRegion, "x", "exercise")
        self.primary_regions = (
            f"SELECT {link}, {self.column(BodyRegion, 'r', 'name')} "
            f"FROM {self.table(ExerciseRegion, 'x')} "
            f"INNER JOIN {self.join(ExerciseRegion, 'x', 'region', 'r')} "
            f"WHERE {self.column(ExerciseRegion, 'x', 'role')} = %s "
            f"AND {link} IN ({{}}) "
            f"ORDER BY {self.order_by(ExerciseRegion, {'': 'x', 'region': 'r'})}"
        )


def exercise_cards(exercises: QuerySet[Exercise] | KeptRows) -> list[ExerciseCard]:
    """The cards for a page of exercises (`ExerciseQuerySet.for_list`), from its
    queryset or the list view's KeptRows (articles.statements).

    The page's rows are read as plain values: a model per card, made from
    deferred columns, cost more than the query. One more query reads the primary
    regions of the whole page (prefetching built a queryset per card).
    """
    rows = list(
        exercises.values_list("pk", "title", "slug", "summary", "kind", "difficulty")
    )
    regions: dict[int, list[str]] = {}
    if rows:
        connection = connections[exercises.db]
        sql = plan_for(CardPlan, connection).primary_regions
        with statement_cursor(connection) as cursor:
            cursor.execute(
                sql.format(", ".join(["%s"] * len(rows))),
                [RegionRole.PRIMARY.value, *(row[0] for row in rows)],
            )
            for exercise_id, name in cursor.fetchall():
                regions.setdefault(exercise_id, []).append(name)
    kinds, levels = dict(ExerciseKind.choices), dict(Difficulty.choices)
    url = slug_urls("exercises:detail")
    return [
        ExerciseCard(
            url=url(slug),
            title=title,
            kind=kinds.get(kind, kind),
            difficulty=levels.get(difficulty, difficulty),
            regions=regions.get(pk, []),
            summary=summary,
        )
        for pk, title, slug, summary, kind, difficulty in rows
    ]


@dataclass
class RegionTree:
    """Every body region from one query, for pages that need the tree twice.

    The tree is a few dozen rows, so walking it in Python beats a query per
    level, or a second read for a second use.
    """

    children: dict[int | None, list[BodyRegion]]

    @cached_property
    def regions(self) -> list[BodyRegion]:
        """Each parent followed by its sub-regions, each with `depth` (0 on top)."""
        ordered: list[BodyRegion] = []

        def walk(parent_id: int | None, depth: int) -> None:
            for region in self.children.get(parent_id, []):
                region.depth = depth
                ordered.append(region)
                walk(region.pk, depth + 1)

        walk(None, 0)
        return ordered

    def descendant_ids(self, regions: Iterable[BodyRegion]) -> set[int]:
        """The regions' pks and those of every region below them."""
        return with_sub_regions((region.pk for region in regions), self.children)


def region_tree() -> RegionTree:
    return RegionTree(children=BodyRegion.objects.by_parent())


@dataclass
class RegionEntry:
    region: BodyRegion
    count: int
    children: list[RegionEntry] = field(default_factory=list)


def region_picker() -> list[RegionEntry]:
    """Top-level regions with published exercises, each with its sub-regions.

    A region's count includes its sub-regions' exercises (each exercise once),
    matching what the list shows when that region is picked. Counting reads a
    row per exercise and region, so it is done once per content version; after
    that the picker costs the version query alone. Kept in each process too:
    unpickling the tree from the shared cache was a twentieth of the home page.
    """
    return freshness.derived("region-picker", _region_picker, in_process=True)


def _region_picker() -> list[RegionEntry]:
    children = BodyRegion.objects.by_parent()
    direct: dict[int, set[int]] = {}
    # Unordered: the rows are only counted, and the model's ordering (by region
    # name) would join and sort every link for nothing.
    links = ExerciseRegion.objects.filter(exercise__in=Exercise.objects.published())
    for region_id, exercise_id in links.order_by().values_list(
        "region_id", "exercise_id"
    ):
        direct.setdefault(region_id, set()).add(exercise_id)

    def build(region: BodyRegion) -> tuple[RegionEntry, set[int]]:
        exercises = set(direct.get(region.pk, ()))
        entry = RegionEntry(region=region, count=0)
        for child in children.get(region.pk, []):
            child_entry, child_exercises = build(child)
            exercises |= child_exercises
            if child_entry.count:
                entry.children.append(child_entry)
        entry.count = len(exercises)
        return entry, exercises

    top = (build(region)[0] for region in children.get(None, []))
    return [entry for entry in top if entry.count]


@dataclass(frozen=True)
class SearchHelp:
    """Where to go when the list's search box found nothing."""

    site_url: str  # the same words on the whole site
    suggestion: str | None  # what was probably meant…
    suggestion_url: str | None  # …with the list's other filters kept


def search_help(searched: str, query: QueryDict) -> SearchHelp:
    # Only names of exercises and stretches: a condition's name finds nothing
    # in this list.
    better = suggest(Query.parse(searched), kinds=[Kind.EXERCISE, Kind.STRETCH])
    kept = query.copy()
    kept.pop("page", None)
    if better:
        kept["q"] = better
    return SearchHelp(
        site_url=f"{url('search:results')}?{urlencode({'q': searched})}",
        suggestion=better,
        suggestion_url=f"?{kept.urlencode()}" if better else None,
    )
