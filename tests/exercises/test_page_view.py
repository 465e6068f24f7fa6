"""What the exercise page shows, worked out before the template
(exercises.presenters, articles.page_parts): the same from the page loader as
from the ORM path it replaced, and with nothing left to read."""

import datetime as dt

import pytest

from articles import page_parts
from articles.page_parts import Person, UpdateLine
from exercises.models import Exercise
from exercises.pages import exercise_page
from exercises.presenters import ConditionLink, Link, exercise_page_view

from ..page_loaders import ANONYMOUS
from .test_page_loader import SCENARIOS, rich_exercise, through_orm

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("make", "kwargs", "previewing"), SCENARIOS.values(), ids=SCENARIOS.keys()
)
def test_the_page_view_is_the_same_from_the_loader_and_the_orm(
    author_user, make, kwargs, previewing
):
    exercise = make(**kwargs)
    user = author_user if previewing else ANONYMOUS
    loaded = exercise_page(slug=exercise.slug, user=user)
    expected = through_orm(exercise.slug, user)

    assert exercise_page_view(loaded) == exercise_page_view(expected)
    assert page_parts.byline(loaded) == page_parts.byline(expected)
    assert page_parts.update_log(loaded) == page_parts.update_log(expected)


def test_the_rich_exercise_page_view(django_assert_num_queries):
    exercise = exercise_page(slug=rich_exercise().slug, user=ANONYMOUS)
    with django_assert_num_queries(0):
        page = exercise_page_view(exercise)
        credits = page_parts.byline(exercise)
        log = page_parts.update_log(exercise)

    assert (page.kind, page.difficulty) == (
        "Stretch",
        exercise.get_difficulty_display(),
    )
    assert page.aliases == ["Side bend", "Lateral flexion"]
    assert page.works == ["Sides", "Abdominals", "Lower back"]
    assert page.also_works == ["Hips"]
    assert page.equipment == ["Band", "Chair", "Mat"]
    assert page.dose == exercise.dosage.in_words() != ""
    assert [len(page.steps), len(page.images)] == [3, 2]
    assert [v.name for v in page.variants] == ["Plain", "Pictured"]
    # The harder option is a draft: named in the note, never linked.
    assert page.easier == Link(
        url=exercise.easier_option.get_absolute_url(), title="Easier one"
    )
    assert page.harder is None
    assert page.cautions == ["Stop if it hurts", "Go slowly"]
    first, *rest = page.conditions
    assert first == ConditionLink(
        relation="helps",
        label="Helps",
        url=exercise.public_condition_links[0].condition.get_absolute_url(),
        title="Alpha pain",
        note="Because of Alpha pain",
    )
    assert [(c.title, c.label) for c in rest] == [
        ("Zeta pain", "Helps"),
        ("Middle pain", "Use with caution"),
        ("Beta pain", "Avoid"),
    ]

    assert credits.reviewer == Person(
        name=exercise.reviewed_by.display_name,
        url=exercise.reviewed_by.get_absolute_url(),
        credentials=[
            (c.title, c.issuing_body) for c in exercise.reviewed_by.credentials.all()
        ],
    )
    assert len(credits.reviewer.credentials) == 2
    assert [c[0] for c in credits.author.credentials][-1] == "Later"
    assert credits.reviewed_on == dt.date(2024, 2, 29)
    assert credits.review_is_overdue == exercise.review_is_overdue()
    assert [(line.date, line.kind, line.description) for line in log.lines] == [
        (u.date, u.get_kind_display(), u.description) for u in exercise.updates.all()
    ]
    assert [line.kind for line in log.lines].count("New research") == 1
    assert log.lines[-1] == UpdateLine(
        dt.date(2023, 1, 1), kind="New article", description=log.lines[-1].description
    )
    assert log.since == 2023


def test_a_reviewer_without_a_review_date_is_not_named():
    exercise = rich_exercise()
    Exercise.objects.filter(pk=exercise.pk).update(last_reviewed_on=None)
    credits = page_parts.byline(exercise_page(slug=exercise.slug, user=ANONYMOUS))
    assert (credits.reviewer, credits.reviewed_on) == (None, None)
    assert credits.author.name == exercise.author.display_name
