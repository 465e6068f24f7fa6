"""Pages cost the same number of queries however much content they show."""

import pytest

from exercises.models import Exercise

from .factories import (
    ConditionExerciseFactory,
    ConditionFactory,
    CredentialFactory,
    ExerciseFactory,
    ExerciseRegionFactory,
    StepFactory,
    UpdateFactory,
    VariantFactory,
)
from .helpers import queries_for

pytestmark = pytest.mark.django_db


def rich_exercise(n: int):
    exercise = ExerciseFactory(kind="stretch")
    CredentialFactory.create_batch(n, author=exercise.author)
    StepFactory.create_batch(n, exercise=exercise)
    VariantFactory.create_batch(n, exercise=exercise)
    ExerciseRegionFactory.create_batch(n, exercise=exercise)
    UpdateFactory.create_batch(n, article=exercise)
    for _ in range(n):
        ConditionExerciseFactory(exercise=exercise)
    return exercise


def rich_condition(n: int):
    condition = ConditionFactory()
    CredentialFactory.create_batch(n, author=condition.author)
    UpdateFactory.create_batch(n, article=condition)
    for i in range(n):
        ConditionExerciseFactory(
            condition=condition, exercise=ExerciseFactory(draft=bool(i % 2))
        )
    return condition


@pytest.mark.parametrize("make", [rich_exercise, rich_condition])
def test_detail_page_query_count_is_flat(client, make):
    small, large = make(5), make(50)
    assert queries_for(client, small.get_absolute_url()) == queries_for(
        client, large.get_absolute_url()
    )


def test_author_page_query_count_is_flat(client):
    small, large = ExerciseFactory(), ExerciseFactory()
    ExerciseFactory.create_batch(5, author=small.author)
    ExerciseFactory.create_batch(50, author=large.author)
    CredentialFactory.create_batch(50, author=large.author)
    assert queries_for(client, small.author.get_absolute_url()) == queries_for(
        client, large.author.get_absolute_url()
    )


def test_home_query_count_is_flat(client):
    rich_exercise(3)
    before = queries_for(client, "/")
    for _ in range(10):
        rich_exercise(3)
    assert queries_for(client, "/") == before


def test_condition_page_never_links_draft_exercises(client):
    condition = ConditionFactory()
    ConditionExerciseFactory(
        condition=condition, exercise=ExerciseFactory(title="Live one")
    )
    ConditionExerciseFactory(
        condition=condition, exercise=ExerciseFactory(title="Hidden draft", draft=True)
    )
    page = client.get(condition.get_absolute_url()).content.decode()
    assert "Live one" in page
    assert "Hidden draft" not in page


def test_author_page_lists_only_published_work(client):
    live = ExerciseFactory(title="Live exercise")
    ExerciseFactory(author=live.author, title="Draft exercise", draft=True)
    ConditionFactory(author=live.author, title="Draft condition", draft=True)
    page = client.get(live.author.get_absolute_url()).content.decode()
    assert "Live exercise" in page
    assert "Draft exercise" not in page and "Draft condition" not in page


@pytest.mark.parametrize("page", ["exercise", "condition"])
def test_detail_pages_do_not_grow_with_the_library(
    client, django_assert_max_num_queries, page
):
    """The same page, measured with 5 and then 50 exercises in the database."""
    condition = ConditionFactory()
    exercise = ExerciseFactory()
    ConditionExerciseFactory(condition=condition, exercise=exercise)
    url = (exercise if page == "exercise" else condition).get_absolute_url()

    def grow_to(n):
        while Exercise.objects.count() < n:
            extra = ExerciseFactory(author=exercise.author)
            ConditionExerciseFactory(condition=condition, exercise=extra)
            UpdateFactory(article=extra)

    grow_to(5)
    client.get(url)  # warm per-process caches (content types)
    small = queries_for(client, url)
    grow_to(50)
    with django_assert_max_num_queries(small):
        assert client.get(url).status_code == 200
