"""The exercise page, read with hand-written SQL (see articles/pages.py).

Only the exercise itself, with its author, reviewer and options, becomes model
instances, as `select_related` makes them; everything else the page shows is
built from the rows as the plain values of exercises.presenters, with no
instance, queryset or prefetch cache in between. Those were most of the
loader's time, and the presenters then walked back through them.

It must give what `page_of()` gives for `exercises.selectors.
exercise_detail_queryset()` with `ArticleDetailView`'s credentials;
tests/exercises/test_page_loader.py compares the two on SQLite and PostgreSQL,
so a change to one goes with the other.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db import connections, router
from django.db.backends.base.base import BaseDatabaseWrapper

from articles.bylines import byline_of
from articles.choices import labels
from articles.cursors import read_all, statement_cursor
from articles.models import ArticleUpdate, may_preview
from articles.pages import ArticlePlan, Columns, plan_for
from articles.update_log import Entry, log_of
from backpain.urlcache import slug_urls
from conditions.models import Condition, ConditionExercise, Relation
from images.presenters import stored_image

from .models import (
    DETAIL_JOINED,
    BodyRegion,
    Equipment,
    Exercise,
    ExerciseImage,
    ExerciseRegion,
    ExerciseStep,
    RegionRole,
    StretchVariant,
)
from .presenters import (
    ConditionLink,
    ExercisePage,
    Figure,
    Variant,
    details_from,
)
from .selectors import LINKED_CONDITION

FIGURE_FIELDS = (
    "image",
    "renditions",
    "alt_text",
    "is_decorative",
    "caption",
    "credit",
    "credit_url",
)
VARIANT_FIELDS = (
    "slug",
    "name",
    "change",
    "emphasis",
    "instructions",
    "image",
    "image_renditions",
    "image_alt",
)


def exercise_page(*, slug: str, user) -> ExercisePage | None:
    """The page of the exercise at `slug`, or None.

    None for an unknown slug, and for a draft or scheduled exercise unless
    `user` may preview it (`articles.models.may_preview`), so the view answers
    both with the same 404. Conditions are linked only once published.
    """
    db = router.db_for_read(Exercise)
    connection = connections[db]
    plan = plan_for(_Plan, connection)
    published = plan.published_params()
    preview = may_preview(user, Exercise)
    with statement_cursor(connection) as cursor:
        exercise = plan.read_article(
            cursor, db, slug, published=None if preview else published
        )
        if exercise is None:
            return None
        pk = exercise.pk
        people = plan.byline_people(exercise)
        # One round trip on PostgreSQL (articles.cursors.read_all).
        rows = read_all(
            cursor,
            [
                (plan.steps, [pk]),
                (plan.images, [pk]),
                (plan.variants, [pk]),
                (plan.equipment, [pk]),
                plan.updates_read(plan.update_type(db), exercise),
                (plan.target_regions, [pk]),
                (plan.condition_links, [*published, pk, *plan.relation_params]),
                plan.credentials_read(people),
            ],
        )
    steps, images, variants, equipment, updates, targets, links, credentials = rows

    condition_url = slug_urls(Condition.url_name)
    works, also_works = [], []
    for role, name in map(plan.read_target, targets):
        if role == RegionRole.PRIMARY:
            works.append(name)
        elif role == RegionRole.SECONDARY:
            also_works.append(name)
    details = details_from(
        exercise,
        works=tuple(works),
        also_works=tuple(also_works),
        equipment=tuple(name for (name,) in map(plan.read_equipment, equipment)),
        images=tuple(plan.figure(row) for row in images),
        steps=tuple(text for (text,) in map(plan.read_step, steps)),
        variants=tuple(plan.variant(row) for row in variants),
        conditions=tuple(plan.condition_link(row, condition_url) for row in links),
    )

    held: dict[int, list[tuple[str, str]]] = {}
    for author, title, body in map(plan.read_credential, credentials):
        held.setdefault(author, []).append((title, body))
    kinds = plan.update_kinds
    entries = tuple(
        Entry(date, kinds.get(kind, kind), description)
        for date, kind, description in map(plan.read_update, updates)
    )
    return ExercisePage(
        exercise=exercise,
        details=details,
        byline=byline_of(exercise, {who: tuple(c) for who, c in held.items()}),
        update_log=log_of(entries, exercise.published_at),
    )


class _Plan(ArticlePlan):
    """The exercise page's SQL and column readers for one connection."""

    model = Exercise
    joined = DETAIL_JOINED

    def __init__(self, connection: BaseDatabaseWrapper):
        super().__init__(connection)
        # Only the columns the page shows, and the primary key.
        step_columns, self.steps = self.children(ExerciseStep, "exercise", ("text",))
        self.read_step = step_columns.reader("text")

        image_columns, self.images = self.children(
            ExerciseImage, "exercise", FIGURE_FIELDS
        )
        self.read_figure = image_columns.reader(*FIGURE_FIELDS)
        self.figure_storage = ExerciseImage._meta.get_field("image").storage

        variant_columns, self.variants = self.children(
            StretchVariant, "exercise", VARIANT_FIELDS
        )
        self.read_variant = variant_columns.reader(*VARIANT_FIELDS)
        self.variant_storage = StretchVariant._meta.get_field("image").storage

        eq = Columns(Equipment, "eq", 0, connection, only=("name",))
        self.read_equipment = eq.reader("name")
        self.equipment = (
            f"SELECT {eq.sql} {self.many_to_many(Exercise, 'equipment', eq)} "
            f"ORDER BY {self.order_by(Equipment, {'': 'eq'})}"
        )

        # The regions worked, in the order of the Prefetch in
        # `ExerciseQuerySet.for_detail` (ExerciseRegion's, across the region).
        tr = Columns(ExerciseRegion, "t", 0, connection, only=("role",))
        br = Columns(BodyRegion, "br", tr.end, connection, only=("name",))
        read_role, read_region = tr.reader("role"), br.reader("name")
        self.read_target = lambda row: (*read_role(row), *read_region(row))
        self.target_regions = (
            f"SELECT {tr.sql}, {br.sql} FROM {self.table(ExerciseRegion, 't')} "
            f"INNER JOIN {self.join(ExerciseRegion, 't', 'region', 'br')} "
            f"WHERE {self.column(ExerciseRegion, 't', 'exercise')} = %s "
            f"ORDER BY {self.order_by(ExerciseRegion, {'': 't', 'region': 'br'})}"
        )

        # Published conditions only, helps first, then by title: the Prefetch
        # in `exercise_detail_queryset` (`relation_order()`).
        ce = Columns(ConditionExercise, "ce", 0, connection, only=("relation", "note"))
        co = Columns(Condition, "c", ce.end, connection, only=LINKED_CONDITION)
        read_link, read_condition = (
            ce.reader("relation", "note"),
            co.reader("title", "slug"),
        )
        self.read_link = lambda row: (*read_link(row), *read_condition(row))
        self.relation_labels = labels(ConditionExercise._meta.get_field("relation"))
        self.relation_params = list(Relation.values)
        relation = self.column(ConditionExercise, "ce", "relation")
        self.condition_links = (
            f"SELECT {ce.sql}, {co.sql} FROM {self.table(ConditionExercise, 'ce')} "
            f"INNER JOIN {self.join(ConditionExercise, 'ce', 'condition', 'c')} "
            f"WHERE {self.published(Condition, 'c')} "
            f"AND {self.column(ConditionExercise, 'ce', 'exercise')} = %s "
            f"ORDER BY {self.choice_order(relation, self.relation_params)}, "
            f"{self.column(Condition, 'c', 'title')} ASC"
        )

        self.read_update = self.update_columns.reader("date", "kind", "description")
        self.update_kinds = labels(ArticleUpdate._meta.get_field("kind"))
        self.read_credential = self.credential_columns.reader(
            "author", "title", "issuing_body"
        )

    def figure(self, row) -> Figure:
        name, renditions, alt, decorative, caption, credit, credit_url = (
            self.read_figure(row)
        )
        return Figure(
            image=stored_image(self.figure_storage, name, renditions),
            alt_text=alt,
            is_decorative=decorative,
            caption=caption,
            credit=credit,
            credit_url=credit_url,
        )

    def variant(self, row) -> Variant:
        slug, name, change, emphasis, instructions, image, renditions, alt = (
            self.read_variant(row)
        )
        return Variant(
            slug=slug,
            name=name,
            change=change,
            emphasis=emphasis,
            instructions=instructions,
            image=stored_image(self.variant_storage, image, renditions),
            image_alt=alt,
        )

    def condition_link(self, row, url: Callable[[str], str]) -> ConditionLink:
        relation, note, title, slug = self.read_link(row)
        return ConditionLink(
            relation=relation,
            label=self.relation_labels.get(relation, relation),
            url=url(slug),
            title=title,
            note=note,
        )
