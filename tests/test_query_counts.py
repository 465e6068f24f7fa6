"""What each public page costs in queries, however much content it shows."""

import datetime as dt

import pytest

from exercises.models import Exercise

from .factories import (
    ConditionExerciseFactory,
    ConditionFactory,
    CredentialFactory,
    EquipmentFactory,
    ExerciseFactory,
    ExerciseRegionFactory,
    RegionFactory,
    StepFactory,
    UpdateFactory,
    VariantFactory,
)
from .helpers import index_for_search, queries_for

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


# Absolute counts ------------------------------------------------------------
# The checks above compare a small library with a large one, so a query every
# page pays once (a lost select_related, a second read of the region tree)
# passes them. These pin what each public page costs.


@pytest.fixture
def site():
    """One of everything the public pages show, so every query they make runs."""
    hips = RegionFactory(name="Hips", slug="hips")
    flexors = RegionFactory(name="Hip flexors", slug="hip-flexors", parent=hips)
    mat = EquipmentFactory(name="Mat", slug="mat")
    reviewer = CredentialFactory().author
    exercise = ExerciseFactory(
        title="Kneeling lunge stretch",
        kind="stretch",
        last_reviewed_on=dt.date(2024, 1, 1),
        reviewed_by=reviewer,
        easier_option=ExerciseFactory(title="Supported lunge"),
    )
    CredentialFactory(author=exercise.author)
    StepFactory(exercise=exercise)
    VariantFactory(exercise=exercise)
    ExerciseRegionFactory(exercise=exercise, region=flexors)
    exercise.equipment.add(mat)
    condition = ConditionFactory(
        slug="tight-hip-flexors",
        author=exercise.author,
        last_reviewed_on=dt.date(2024, 1, 1),
        reviewed_by=reviewer,
    )
    condition.regions.add(hips)
    ConditionExerciseFactory(condition=condition, exercise=exercise)
    UpdateFactory(article=exercise, kind="science")
    UpdateFactory(article=condition)
    index_for_search()
    return {
        "EXERCISE": exercise.get_absolute_url(),
        "CONDITION": condition.get_absolute_url(),
        "AUTHOR": exercise.author.get_absolute_url(),
    }


# The list: the region tree, equipment, published conditions (the checkboxes),
# the count, the page of exercises, and their primary regions. (7 until the
# cards' unused equipment prefetch went.)
LIST_QUERIES = 6
LIST = "/exercises/"
PAGES = {
    # regions + region counts, conditions, updates with their articles' titles
    # (the content changed in this test's open transaction, so the counts are
    # counted afresh: tests/test_page_cache.py pins them kept)
    "home": ("/", {}, 4),
    "list": (LIST, {}, LIST_QUERIES),
    "list-q": (LIST, {"q": "lunge"}, LIST_QUERIES),
    # a region's condition guides: one query, kept per content version (not
    # kept here, inside the test's transaction; tests/render pins it kept)
    "list-region": (LIST, {"region": "hips"}, LIST_QUERIES + 1),
    "list-kind": (LIST, {"kind": "stretch"}, LIST_QUERIES),
    "list-difficulty": (LIST, {"difficulty": "beginner"}, LIST_QUERIES),
    "list-equipment": (LIST, {"equipment": "mat"}, LIST_QUERIES),
    "list-no-equipment": (LIST, {"equipment": "none"}, LIST_QUERIES),
    "list-condition": (LIST, {"condition": "tight-hip-flexors"}, LIST_QUERIES),
    "list-sort": (LIST, {"sort": "updated"}, LIST_QUERIES),
    "list-combined": (
        LIST,
        {
            "q": "lunge",
            "region": ["hips", "hip-flexors"],
            "kind": "stretch",
            "difficulty": "beginner",
            "equipment": ["mat", "none"],
            "condition": "tight-hip-flexors",
            "sort": "hardest",
        },
        LIST_QUERIES + 1,
    ),
    "list-stale-link": (
        LIST,
        {"region": ["elbow", "hips"], "sort": "x"},
        LIST_QUERIES + 1,
    ),
    # the exercise with author, reviewer and options; steps, images, variants,
    # equipment, updates, regions, condition links; the author's and the
    # reviewer's credentials together. PostgreSQL gets all but the first in one
    # round trip (tests/exercises/test_page_loader.py).
    "exercise": ("EXERCISE", {}, 9),
    "conditions": ("/conditions/", {}, 1),
    # the condition with author and reviewer; updates, regions, related
    # conditions, exercise links; the author's and reviewer's credentials
    # (PostgreSQL: all but the first in one round trip)
    "condition": ("CONDITION", {}, 6),
    # the author; credentials, published exercises and conditions, written and
    # reviewed
    "author": ("AUTHOR", {}, 6),
    # the count, then the page's entries with their articles' titles
    "updates": ("/updates/", {}, 2),
    "updates-kind": ("/updates/", {"kind": "science"}, 2),
}


@pytest.mark.parametrize(
    ("url", "params", "expected"), PAGES.values(), ids=PAGES.keys()
)
def test_page_costs_a_fixed_number_of_queries(
    client, site, django_assert_num_queries, url, params, expected
):
    url = site.get(url, url)
    client.get(url, params)  # warm per-process caches (content types)
    with django_assert_num_queries(expected):
        assert client.get(url, params).status_code == 200


# A page number past the end, or not a number: a list reads the choices its
# filters are checked against (the exercise list's regions, equipment and
# conditions) and counts its matches once, for "They fill 3 pages", and reads
# nothing else. The search counts only when the number could be a page.
NO_SUCH_PAGE = {
    "list-past-the-end": (LIST, {"page": "99", "kind": "stretch"}, 4),
    "list-not-a-number": (LIST, {"page": "zz", "region": "hips"}, 4),
    "updates-past-the-end": ("/updates/", {"page": "99"}, 1),
    "search-past-the-end": ("/search/", {"q": "lunge", "page": "99"}, 1),
    "search-not-a-number": ("/search/", {"q": "lunge", "page": "zz"}, 0),
}


@pytest.mark.parametrize(
    ("url", "params", "expected"), NO_SUCH_PAGE.values(), ids=NO_SUCH_PAGE.keys()
)
def test_a_page_that_does_not_exist_costs_a_fixed_number_of_queries(
    client, site, django_assert_num_queries, url, params, expected
):
    client.get(url, params)
    with django_assert_num_queries(expected):
        assert client.get(url, params).status_code == 404
