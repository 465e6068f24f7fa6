"""What a search costs in queries, pinned, and not growing with the results."""

import pytest

from ..factories import (
    ConditionFactory,
    EquipmentFactory,
    ExerciseFactory,
    ExerciseRegionFactory,
    StepFactory,
    VariantFactory,
)
from ..helpers import index_for_search, queries_for
from .pages import ON_POSTGRESQL, URL, hits

pytestmark = pytest.mark.django_db

# The content changed in this test's open transaction, so what is kept per
# content version (the counts, the did-you-mean vocabulary) is read afresh:
# the counts by type, the page's ids (exact names first, in the same query) and
# the page's entries. The vocabulary is only read when nothing is found.
SEARCH_QUERIES = 3
# A typo: the search as typed counts nothing; the vocabulary is read and the
# correction counted.
CORRECTED_QUERIES = SEARCH_QUERIES + 2
# Nothing found: the count, the vocabulary (PostgreSQL also counts names that
# look alike, by trigrams), and the regions to browse (the region tree and the
# exercises' links, kept per content version too).
NOTHING_FOUND_QUERIES = 5 if ON_POSTGRESQL else 4


def add_matches(n: int) -> None:
    """`n` published pages matching "sacrum", of every type, with every part
    an entry is written from."""
    mat = EquipmentFactory()
    for i in range(n):
        if i % 3 == 2:
            condition = ConditionFactory(title=f"Sacrum pain {i}")
            condition.regions.add(ExerciseRegionFactory().region)
            continue
        exercise = ExerciseFactory(
            title=f"Sacrum tilt {i}", kind="stretch" if i % 3 else "exercise"
        )
        StepFactory(exercise=exercise)
        VariantFactory(exercise=exercise)
        ExerciseRegionFactory(exercise=exercise)
        exercise.equipment.add(mat)
    index_for_search()


@pytest.fixture
def warm(client):
    """Per-process caches (content types) filled, as on a running site."""
    client.get(URL, {"q": "warm up"})


@pytest.mark.usefixtures("warm")
@pytest.mark.parametrize(
    "params", [{"q": "sacrum"}, {"q": "sacrum", "type": "stretch"}]
)
def test_a_search_with_results_costs_a_fixed_number_of_queries(
    client, django_assert_num_queries, params
):
    add_matches(5)
    with django_assert_num_queries(SEARCH_QUERIES):
        response = client.get(URL, params)
    assert hits(response)


@pytest.mark.usefixtures("warm")
def test_a_corrected_search_costs_one_query_more(client, django_assert_num_queries):
    add_matches(5)
    with django_assert_num_queries(CORRECTED_QUERIES):
        response = client.get(URL, {"q": "sacrun"})
    assert hits(response)


@pytest.mark.usefixtures("warm")
def test_a_search_that_finds_nothing_costs_a_fixed_number_of_queries(
    client, django_assert_num_queries
):
    add_matches(5)
    with django_assert_num_queries(NOTHING_FOUND_QUERIES):
        response = client.get(URL, {"q": "xqzvwk"})
    assert not hits(response)


@pytest.mark.usefixtures("warm")
@pytest.mark.parametrize(
    "params",
    [
        {"q": "sacrum"},
        {"q": "sacrum", "type": "stretch"},
        {"q": "sacrum", "page": "2"},
        {"q": "sacrun"},
    ],
)
def test_query_count_does_not_grow_with_the_matches(
    client, django_assert_num_queries, params
):
    add_matches(5)
    # Page 2 does not exist yet: measure page 1 for it.
    small = queries_for(client, URL, {**params, "page": "1"})
    add_matches(45)
    with django_assert_num_queries(small):
        response = client.get(URL, params)
    assert hits(response)
    if "type" not in params:
        assert response.context["results"].count == 50
