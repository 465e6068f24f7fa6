"""What the exercise page shows, worked out before the template
(exercises.presenters, articles.bylines, articles.update_log.article_log)."""

import datetime as dt

import pytest
from django.utils import timezone

from articles.bylines import byline_of
from articles.update_log import Entry, article_log
from exercises.models import Exercise
from exercises.pages import exercise_page
from exercises.presenters import ConditionLink, Link, exercise_details

from ..factories import StepFactory
from ..page_loaders import ANONYMOUS
from .test_page_loader import SCENARIOS, rich_exercise, through_orm

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("make", "kwargs", "previewing"), SCENARIOS.values(), ids=SCENARIOS.keys()
)
def test_the_details_need_nothing_the_loader_leaves_out(
    author_user, make, kwargs, previewing
):
    """The loader's instances are compared with the ORM's elsewhere; this is
    that the presenters read only what both give the same."""
    exercise = make(**kwargs)
    user = author_user if previewing else ANONYMOUS
    loaded = exercise_page(slug=exercise.slug, user=user)
    expected = through_orm(exercise.slug, user)

    assert exercise_details(loaded) == exercise_details(expected)
    assert byline_of(loaded) == byline_of(expected)
    assert article_log(loaded) == article_log(expected)


def load(exercise: Exercise) -> Exercise:
    return exercise_page(slug=exercise.slug, user=ANONYMOUS)


def test_the_rich_exercises_details(django_assert_num_queries):
    made = rich_exercise()
    for order, text in enumerate(["Kneel", "Lean", "Breathe"], start=5):
        StepFactory(exercise=made, order=order, text=text)
    exercise = load(made)
    with django_assert_num_queries(0):
        details = exercise_details(exercise)

    assert details.kind == "Stretch"
    assert details.aliases == ("Side bend", "Lateral flexion")
    assert details.works == ("Sides", "Abdominals", "Lower back")
    assert details.also_works == ("Hips",)
    assert details.equipment == ("Band", "Chair", "Mat")
    assert details.dose and details.dose == exercise.dosage.in_words()
    assert [s.text for s in details.steps][-3:] == ["Kneel", "Lean", "Breathe"]
    assert [v.name for v in details.variants] == ["Plain", "Pictured"]
    assert [i.is_decorative for i in details.images] == [True, False]
    # The harder option is a draft: named in the note, never linked.
    assert details.easier == Link(
        url=f"/exercises/{made.easier_option.slug}/", title="Easier one"
    )
    assert details.harder is None
    assert details.cautions == ("Stop if it hurts", "Go slowly")
    first, *rest = details.conditions
    assert first == ConditionLink(
        relation="helps",
        label="Helps",
        url=f"/conditions/{exercise.public_condition_links[0].condition.slug}/",
        title="Alpha pain",
        note="Because of Alpha pain",
    )
    assert [(c.title, c.label) for c in rest] == [
        ("Zeta pain", "Helps"),
        ("Middle pain", "Use with caution"),
        ("Beta pain", "Avoid"),
    ]


def test_the_byline_names_a_review_only_with_its_date_and_reviewer(
    django_assert_num_queries,
):
    exercise = load(rich_exercise())
    with django_assert_num_queries(0):
        byline = byline_of(exercise)
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
    assert byline_of(load(exercise)).review.overdue is True
    Exercise.objects.filter(pk=exercise.pk).update(
        next_review_due=timezone.localdate() + dt.timedelta(days=30)
    )
    assert byline_of(load(exercise)).review.overdue is False
    # A due date or a reviewer alone is no review.
    Exercise.objects.filter(pk=exercise.pk).update(last_reviewed_on=None)
    assert byline_of(load(exercise)).review is None


def test_the_update_log_is_the_articles_own_newest_first(django_assert_num_queries):
    exercise = load(rich_exercise())
    with django_assert_num_queries(0):
        log = article_log(exercise)
    assert [(e.date, e.kind) for e in log.entries] == [
        (dt.date(2024, 5, 1), log.entries[0].kind),
        (dt.date(2024, 5, 1), log.entries[1].kind),
        (dt.date(2023, 1, 1), "New article"),
    ]
    assert {e.kind for e in log.entries[:2]} == {"New research", "Minor edit"}
    assert all(isinstance(e, Entry) and e.description for e in log.entries)
    assert log.since == 2023
