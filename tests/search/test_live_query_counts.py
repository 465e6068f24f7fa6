"""What a search costs on a running site: after real commits, page cache off.

Here the figures kept per content version (counts, the vocabulary, the region
counts) are kept, and the version row is read once per request, unlike inside a
test's own transaction (tests/search/test_query_counts.py).
"""

import pytest

from ..factories import ExerciseFactory
from .pages import ON_POSTGRESQL, URL

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(autouse=True)
def uncached_pages(settings):
    settings.BACKPAIN_PAGE_CACHE = False


@pytest.fixture
def library(client):
    for title in ("Bird dog", "Dead bug", "Hip stretch", "Glute bridge"):
        ExerciseFactory(title=title)
    client.get(URL, {"q": "bird"})  # per-process caches (content types)


@pytest.mark.usefixtures("library")
def test_a_search_that_finds_something(client, django_assert_num_queries):
    # The version, the counts, the page's ids and its entries.
    with django_assert_num_queries(4):
        client.get(URL, {"q": "bird dog"})
    # The counts are kept for the version.
    with django_assert_num_queries(3):
        client.get(URL, {"q": "bird dog"})


@pytest.mark.usefixtures("library")
def test_a_search_that_finds_nothing_stays_under_ten_queries(
    client, django_assert_num_queries
):
    # The version; every word, the vocabulary for a did-you-mean, (PostgreSQL)
    # names alike by trigrams, any word; the regions to browse (tree, links).
    cold = 7 if ON_POSTGRESQL else 6
    with django_assert_num_queries(cold):
        response = client.get(URL, {"q": "zzzz qqqq xxxx"})
    assert b"Nothing on the site matches" in response.content
    # All of that is kept for the version: the version row alone.
    with django_assert_num_queries(1):
        client.get(URL, {"q": "zzzz qqqq xxxx"})
