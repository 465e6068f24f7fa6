"""The condition page's data, read with hand-written SQL (see articles/pages.py).

On the benchmark library (a condition with 40 linked exercises) it reads the
page in 1.6 ms where the ORM took 6, most of it now building the instances. It
must give what `Condition.objects.for_detail()` gives through
`ArticleDetailView` (visible_to, and the byline's credentials);
tests/conditions/test_page_loader.py compares the two on SQLite and
PostgreSQL, so a change to one goes with the other.
"""

from __future__ import annotations

from django.db import connections, router
from django.db.backends.base.base import BaseDatabaseWrapper

from articles.cursors import read_all, statement_cursor
from articles.models import may_preview
from articles.pages import ArticlePlan, Columns, ManyToManyRows, plan_for
from articles.statements import kept_instances
from exercises.models import BodyRegion, Exercise

from .models import LINKED_EXERCISE, Condition, ConditionExercise, Relation

# What `ConditionQuerySet.for_detail` reads of a related condition (`.only()`).
RELATED_FIELDS = ("title", "slug")
# What the condition lists show of each guide (the home page, /conditions/): its
# title, linked, and its summary. In the model's field order.
LISTED_FIELDS = ("id", "title", "slug", "summary")


def home_guides(count: int) -> list[Condition]:
    """The first `count` guides of `Condition.objects.for_home()`."""
    return kept_instances(
        Condition,
        f"conditions:home:{count}",
        lambda: Condition.objects.for_home()[:count],
        LISTED_FIELDS,
    )


def all_guides() -> list[Condition]:
    """Every published guide, in the model's order (/conditions/)."""
    return kept_instances(
        Condition, "conditions:all", Condition.objects.published, LISTED_FIELDS
    )


def condition_page(*, slug: str, user) -> Condition | None:
    """The condition at `slug` with everything its page shows, or None.

    None for an unknown slug, and for a draft or scheduled condition unless
    `user` may preview it (`articles.models.may_preview`), so the view answers
    both with the same 404. Exercises and related conditions are linked only
    once published, previewed or not.
    """
    db = router.db_for_read(Condition)
    connection = connections[db]
    plan = plan_for(_Plan, connection)
    published = plan.published_params()
    preview = may_preview(user, Condition)
    with statement_cursor(connection) as cursor:
        condition = plan.read_article(
            cursor, db, slug, published=None if preview else published
        )
        if condition is None:
            return None
        pk = condition.pk
        condition_type = plan.update_type(db)
        people = plan.byline_people(condition)
        # One round trip on PostgreSQL (articles.cursors.read_all).
        rows = read_all(
            cursor,
            [
                plan.updates_read(condition_type, condition),
                (plan.regions, [pk]),
                (plan.related, [pk, *published]),
                (plan.exercise_links, [*published, pk, *plan.relation_params]),
                plan.credentials_read(people),
            ],
        )
    updates, regions, related, links, credentials = rows
    updates = plan.update_columns.make_all(db, updates)
    regions = plan.region_columns.make_all(db, regions)
    related = plan.related_columns.make_all(db, related)
    links = plan.link_columns.make_joined(db, links, "exercise", plan.exercise_columns)
    credentials = plan.credential_columns.make_all(db, credentials)

    # As `prefetch_related` leaves them: the update log and regions behind
    # their managers, the two filtered relations as plain lists (`to_attr`).
    condition._prefetched_objects_cache = {}
    plan.update_rows.store(condition, updates, condition_type)
    plan.region_rows.store(condition, regions)
    condition.public_related = related
    for link in links:
        plan.link_condition.set_cached_value(link, condition)
    condition.public_exercise_links = links
    plan.store_credentials(people, credentials)
    return condition


class _Plan(ArticlePlan):
    """The condition page's SQL and column readers for one connection."""

    model = Condition

    def __init__(self, connection: BaseDatabaseWrapper):
        super().__init__(connection)

        self.region_rows = ManyToManyRows(Condition, "regions")
        self.region_columns = br = Columns(BodyRegion, "br", 0, connection)
        self.regions = (
            f"SELECT {br.sql} {self.many_to_many(Condition, 'regions', br)} "
            f"ORDER BY {self.order_by(BodyRegion, {'': 'br'})}"
        )

        # Published ones only, and only what a link needs: the Prefetch's
        # `Condition.objects.published().only("title", "slug")`.
        self.related_columns = rc = Columns(
            Condition, "rc", 0, connection, only=RELATED_FIELDS
        )
        self.related = (
            f"SELECT {rc.sql} {self.many_to_many(Condition, 'related', rc)} "
            f"AND {self.published(Condition, 'rc')} "
            f"ORDER BY {self.order_by(Condition, {'': 'rc'})}"
        )

        # Published exercises only, helps first, then the trainer's order, then
        # by title: the Prefetch in `ConditionQuerySet.for_detail`. The links
        # are a list (`to_attr`); only their condition is cached.
        self.link_condition = ConditionExercise._meta.get_field("condition")
        self.link_columns = ce = Columns(ConditionExercise, "ce", 0, connection)
        self.exercise_columns = ex = Columns(
            Exercise, "ex", ce.end, connection, only=LINKED_EXERCISE
        )
        self.relation_params = list(Relation.values)
        relation = self.column(ConditionExercise, "ce", "relation")
        self.exercise_links = (
            f"SELECT {ce.sql}, {ex.sql} FROM {self.table(ConditionExercise, 'ce')} "
            f"INNER JOIN {self.join(ConditionExercise, 'ce', 'exercise', 'ex')} "
            f"WHERE {self.published(Exercise, 'ex')} "
            f"AND {self.column(ConditionExercise, 'ce', 'condition')} = %s "
            f"ORDER BY {self.choice_order(relation, self.relation_params)}, "
            f"{self.column(ConditionExercise, 'ce', 'order')} ASC, "
            f"{self.column(Exercise, 'ex', 'title')} ASC"
        )
