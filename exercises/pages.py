"""The exercise page's data, read with hand-written SQL (see articles/pages.py).

It must give what `exercises.selectors.exercise_detail_queryset()` gives, with
`ArticleDetailView`'s credentials; tests/exercises/test_page_loader.py compares
the two on SQLite and PostgreSQL, so a change to one goes with the other.
"""

from __future__ import annotations

from django.db import connections, router
from django.db.backends.base.base import BaseDatabaseWrapper

from articles.cursors import read_all, statement_cursor
from articles.models import may_preview
from articles.pages import (
    ArticlePlan,
    Columns,
    ManyToManyRows,
    ReverseForeignKeyRows,
    plan_for,
)
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
from .selectors import LINKED_CONDITION


def exercise_page(*, slug: str, user) -> Exercise | None:
    """The exercise at `slug` with everything its page shows, or None.

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
        exercise_type = plan.update_type(db)
        people = plan.byline_people(exercise)
        # One round trip on PostgreSQL (articles.cursors.read_all).
        rows = read_all(
            cursor,
            [
                (plan.steps, [pk]),
                (plan.images, [pk]),
                (plan.variants, [pk]),
                (plan.equipment, [pk]),
                plan.updates_read(exercise_type, exercise),
                (plan.target_regions, [pk]),
                (plan.condition_links, [*published, pk, *plan.relation_params]),
                plan.credentials_read(people),
            ],
        )
    steps, images, variants, equipment, updates, targets, links, credentials = rows
    steps = plan.step_columns.make_all(db, steps)
    images = plan.image_columns.make_all(db, images)
    variants = plan.variant_columns.make_all(db, variants)
    equipment = plan.equipment_columns.make_all(db, equipment)
    updates = plan.update_columns.make_all(db, updates)
    target_regions = plan.target_columns.make_joined(
        db, targets, "region", plan.region_columns
    )
    links = plan.link_columns.make_joined(
        db, links, "condition", plan.condition_columns
    )
    credentials = plan.credential_columns.make_all(db, credentials)

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
    plan.store_credentials(people, credentials)
    return exercise


class _Plan(ArticlePlan):
    """The exercise page's SQL and column readers for one connection."""

    model = Exercise
    select_related = (*ArticlePlan.select_related, "easier_option", "harder_option")

    def __init__(self, connection: BaseDatabaseWrapper):
        super().__init__(connection)

        # Where the rows go (see articles/pages.py).
        self.steps_rows = ReverseForeignKeyRows(Exercise, "steps")
        self.image_rows = ReverseForeignKeyRows(Exercise, "images")
        self.variant_rows = ReverseForeignKeyRows(Exercise, "variants")
        self.target_rows = ReverseForeignKeyRows(Exercise, "target_regions")
        self.equipment_rows = ManyToManyRows(Exercise, "equipment")
        # The links are a list (`to_attr`); only their exercise is cached.
        self.link_exercise = ConditionExercise._meta.get_field("exercise")

        self.step_columns, self.steps = self.children(ExerciseStep, "exercise")
        self.image_columns, self.images = self.children(ExerciseImage, "exercise")
        self.variant_columns, self.variants = self.children(StretchVariant, "exercise")

        self.equipment_columns = eq = Columns(Equipment, "eq", 0, connection)
        self.equipment = (
            f"SELECT {eq.sql} {self.many_to_many(Exercise, 'equipment', eq)} "
            f"ORDER BY {self.order_by(Equipment, {'': 'eq'})}"
        )

        # Target regions with their region (the Prefetch's select_related).
        self.target_columns = tr = Columns(ExerciseRegion, "t", 0, connection)
        self.region_columns = br = Columns(BodyRegion, "br", tr.end, connection)
        self.target_regions = (
            f"SELECT {tr.sql}, {br.sql} FROM {self.table(ExerciseRegion, 't')} "
            f"INNER JOIN {self.join(ExerciseRegion, 't', 'region', 'br')} "
            f"WHERE {self.column(ExerciseRegion, 't', 'exercise')} = %s "
            f"ORDER BY {self.order_by(ExerciseRegion, {'': 't', 'region': 'br'})}"
        )

        # Published conditions only, helps first, then by title: the Prefetch
        # in `exercise_detail_queryset` (`relation_order()`). A link shows the
        # condition's title and links to its slug.
        self.link_columns = ce = Columns(ConditionExercise, "ce", 0, connection)
        self.condition_columns = co = Columns(
            Condition, "c", ce.end, connection, only=LINKED_CONDITION
        )
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
