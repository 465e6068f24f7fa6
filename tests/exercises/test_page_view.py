"""What the exercise page shows, worked out before the template: by the page's
loader (exercises.pages) and, from the ORM's instances, by exercises.presenters,
articles.bylines and articles.update_log. Each part is checked on both paths."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.update_log import Entry
from conditions.models import Condition
from exercises.models import Exercise
from exercises.pages import exercise_page
from exercises.presenters import ConditionLink, ExercisePage, Link, page_of

from ..factories import StepFactory
from ..page_loaders import ANONYMOUS
from .test_page_loader import rich_exercise, through_orm

pytestmark = pytest.mark.django_db


def through_presenters(slug: str) -> ExercisePage:
    exercise = through_orm(slug, ANONYMOUS)
    # From what the queryset read: the presenters themselves read nothing.
    with CaptureQueriesContext(connection) as read:
        page = page_of(exercise)
    assert read.captured_queries == []
    return page


def through_loader(slug: str) -> ExercisePage:
    return exercise_page(slug=slug, user=ANONYMOUS)


@pytest.fixture(params=[through_loader, through_presenters])
def load(request):
    def read(exercise: Exercise) -> ExercisePage:
        return request.param(exercise.slug)

    return read


def test_the_rich_exercises_details(load):
    made = rich_exercise()
    for order, text in enumerate(["Kneel", "Lean", "Breathe"], start=5):
        StepFactory(exercise=made, order=order, text=text)
    page = load(made)
    exercise, details = page.exercise, page.details

    assert details.kind == "Stretch"
    assert details.aliases == ("Side bend", "Lateral flexion")
    assert details.works == ("Sides", "Abdominals", "Lower back")
    assert details.also_works == ("Hips",)
    assert details.equipment == ("Band", "Chair", "Mat")
    assert details.dose and details.dose == exercise.dosage.in_words()
    assert details.steps[-3:] == ("Kneel", "Lean", "Breathe")
    assert [v.name for v in details.variants] == ["Plain", "Pictured"]
    assert [i.is_decorative for i in details.images] == [True, False]
    # The harder option is a draft: named in the note, never linked.
    assert details.easier == Link(
        url=f"/exercises/{made.easier_option.slug}/", title="Easier one"
    )
    assert details.harder is None
    assert details.cautions == ("Stop if it hurts", "Go slowly")
    alpha = Condition.objects.get(title="Alpha pain")
    first, *rest = details.conditions
    assert first == ConditionLink(
        relation="helps",
        label="Helps",
        url=f"/conditions/{alpha.slug}/",
        title="Alpha pain",
        note="Because of Alpha pain",
    )
    assert [(c.title, c.label) for c in rest] == [
        ("Zeta pain", "Helps"),
        ("Middle pain", "Use with caution"),
        ("Beta pain", "Avoid"),
    ]


def test_the_byline_names_a_review_only_with_its_date_and_reviewer(load):
    page = load(rich_exercise())
    exercise, byline = page.exercise, page.byline
    assert byline.author.url == f"/authors/{exercise.author.slug}/"
    assert [title for title, _ in byline.author.credentials][-1] == "Later"
    review = byline.review
    assert review.reviewer.name == exercise.reviewed_by.display_name
    assert [t for t, _ in review.reviewer.credentials] == [
        "Physiotherapist",
        "Sports massage",
    ]
    assert review.on == dt.date(2024, 2, 29)
    assert review.next_due is not None

    # Overdue as of today.
    Exercise.objects.filter(pk=exercise.pk).update(
        next_review_due=timezone.localdate() - dt.timedelta(days=1)
    )
    assert load(exercise).byline.review.overdue is True
    Exercise.objects.filter(pk=exercise.pk).update(
        next_review_due=timezone.localdate() + dt.timedelta(days=30)
    )
    assert load(exercise).byline.review.overdue is False
    # A due date or a reviewer alone is no review.
    Exercise.objects.filter(pk=exercise.pk).update(last_reviewed_on=None)
    assert load(exercise).byline.review is None


def test_the_update_log_is_the_articles_own_newest_first(load):
    log = load(rich_exercise()).update_log
    assert [(e.date, e.kind) for e in log.entries] == [
        (dt.date(2024, 5, 1), log.entries[0].kind),
        (dt.date(2024, 5, 1), log.entries[1].kind),
        (dt.date(2023, 1, 1), "New article"),
    ]
    assert {e.kind for e in log.entries[:2]} == {"New research", "Minor edit"}
    assert all(isinstance(e, Entry) and e.description for e in log.entries)
    assert log.since == 2023
