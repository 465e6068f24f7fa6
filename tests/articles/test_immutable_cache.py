"""Keys that name their value: read from this process's memory first, then from
the shared cache (Redis in production), never stale (articles/immutable_cache.py).
"""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles import freshness, immutable_cache
from tests.factories import ConditionFactory, ExerciseFactory

# Two local-memory caches in different places stand for Redis and a process's
# own memory: what the module does depends only on there being two.
SHARED_AND_LOCAL = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "test-shared",
    },
    "local": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "test-local",
    },
}


class Reads:
    """Counts one cache's reads."""

    def __init__(self, monkeypatch, alias: str):
        self.keys: list[str] = []
        backend = caches[alias]
        real = backend.get

        def get(key, *args, **kwargs):
            self.keys.append(key)
            return real(key, *args, **kwargs)

        monkeypatch.setattr(backend, "get", get)


@pytest.fixture
def two_tiers(settings):
    settings.CACHES = SHARED_AND_LOCAL
    for alias in SHARED_AND_LOCAL:
        caches[alias].clear()
    yield caches["default"], caches["local"]
    for alias in SHARED_AND_LOCAL:
        caches[alias].clear()


def test_set_keeps_it_in_both(two_tiers):
    shared, local = two_tiers
    immutable_cache.set("page:1:abc", "<html>", 60)
    assert shared.get("page:1:abc") == local.get("page:1:abc") == "<html>"


def test_what_another_server_kept_is_read_once_from_the_shared_cache(
    two_tiers, monkeypatch
):
    shared, local = two_tiers
    shared.set("page:1:abc", "<html>")  # rendered by another server
    reads = Reads(monkeypatch, "default")
    assert immutable_cache.get("page:1:abc") == "<html>"
    assert local.get("page:1:abc") == "<html>"
    assert immutable_cache.get("page:1:abc") == "<html>"
    assert reads.keys == ["page:1:abc"]


def test_nothing_kept_is_none(two_tiers):
    assert immutable_cache.get("page:1:missing") is None


def test_without_a_local_cache_only_the_default_one_is_used(settings, monkeypatch):
    assert "local" not in settings.CACHES  # the test settings: no Redis
    reads = Reads(monkeypatch, "default")
    immutable_cache.set("md:1:abc", "<p>", 60)
    assert immutable_cache.get("md:1:abc") == "<p>"
    assert reads.keys == ["md:1:abc"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("page_cache_on")
def test_a_cached_page_is_served_from_memory_and_never_stale(
    client, two_tiers, monkeypatch
):
    shared, _ = two_tiers
    exercise = ExerciseFactory(summary="First words.")
    url = exercise.get_absolute_url()
    assert b"First words." in client.get(url).content
    reads = Reads(monkeypatch, "default")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response["X-Page-Cache"] == "hit"
    assert b"First words." in response.content
    assert len(queries) == 1  # the content version
    assert reads.keys == []  # no trip to the shared cache

    # A save on another server changes the version in the database: this
    # process's copy is under the old key, so the next request renders afresh.
    exercise.summary = "Second words."
    exercise.save()
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    assert b"Second words." in response.content


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("page_cache_on")
def test_a_page_another_server_rendered_is_served_from_the_shared_cache(
    client, two_tiers
):
    shared, local = two_tiers
    exercise = ExerciseFactory()
    url = exercise.get_absolute_url()
    client.get(url)
    local.clear()  # as in a process that has not seen the page yet
    freshness.forget_kept()
    response = client.get(url)
    assert response["X-Page-Cache"] == "hit"
    assert any(key.startswith(":1:page:") for key in local._cache)  # kept here


# Committed: inside a test transaction with a change waiting, figures are
# worked out afresh and never cached (freshness.derived).
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_texts_and_figures_are_kept_in_memory(client, two_tiers, monkeypatch, settings):
    settings.BACKPAIN_PAGE_CACHE = False
    _, local = two_tiers
    condition = ConditionFactory(body="See [[exercise:bird-dog]].")
    ExerciseFactory(slug="bird-dog")
    client.get(condition.get_absolute_url())
    client.get(reverse("exercises:list"))
    kept = [key.split(":")[2] for key in local._cache]
    assert "md" in kept and "derived" in kept
    reads = Reads(monkeypatch, "default")
    client.get(condition.get_absolute_url())
    client.get(reverse("exercises:list"))
    # Rendered texts, their links' targets, the list's count: from this process.
    assert reads.keys == []


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_figures_a_process_keeps_as_objects_are_not_copied_here(client, two_tiers):
    shared, local = two_tiers
    ExerciseFactory()
    # The filters' choices (derived in process) and the count (not).
    client.get(reverse("exercises:list"))
    figures = {key for key in shared._cache if ":derived:" in key}
    copied = {key for key in local._cache if ":derived:" in key}
    assert copied and copied < figures
