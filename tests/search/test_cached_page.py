"""The results page is cached like every public page, and never outlives a change.

Real commits: the content version moves (and the entries are written) when a
change commits, as in production.
"""

import datetime as dt

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.models import Status
from exercises.models import Exercise

from ..admin.formdata import admin_form_data
from ..factories import AuthorUserFactory, ConditionFactory, ExerciseFactory
from ..helpers import admin_change_url
from .pages import URL, titles, visible_text

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("page_cache_on"),
]


def get(client, **params):
    """The results page for these parameters and the number of queries it cost."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(URL, params)
    assert response.status_code == 200
    return response, captured.captured_queries


def test_a_repeated_search_costs_one_query(client):
    ExerciseFactory(title="Bird dog")
    ConditionFactory(title="Bird fancier's back")
    first, first_queries = get(client, q="bird")
    again, again_queries = get(client, q="bird")
    assert (first["X-Page-Cache"], again["X-Page-Cache"]) == ("miss", "hit")
    assert len(again_queries) == 1  # the content version
    assert len(first_queries) > 1
    assert again.content == first.content
    assert len(titles(again)) == 2


def test_a_cached_search_writes_nothing_and_sets_no_cookie(client):
    ExerciseFactory(title="Bird dog")
    for _ in range(2):  # a miss, then a hit
        response, queries = get(client, q="bird")
        assert not response.cookies
        writes = [
            q["sql"]
            for q in queries
            if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
        ]
        assert writes == []


def test_each_search_is_its_own_page(client):
    ExerciseFactory(title="Bird dog")
    ExerciseFactory(title="Dead bug", kind="stretch")
    ConditionFactory(title="Brid syndrome")
    pages = [
        {"q": "bird"},
        {"q": "dead"},
        {"q": "bird dead"},
        {"q": "bird dead", "type": "stretch"},
        {"q": "brid dgo"},
        {"q": "brid dgo", "as_typed": "1"},
    ]
    shown = [visible_text(get(client, **params)[0]) for params in pages]
    assert len(set(shown)) == len(pages), shown
    # Served again from the cache, each is still its own.
    again = [get(client, **params) for params in pages]
    assert all(len(queries) == 1 for _, queries in again)
    assert [visible_text(response) for response, _ in again] == shown


def test_parameters_the_page_does_not_read_share_one_entry(client):
    ExerciseFactory(title="Bird dog")
    first, _ = get(client, q="bird", type="exercise")
    same, queries = get(client, type="exercise", utm_source="news", q="bird")
    assert len(queries) == 1 and same.content == first.content
    assert b"utm_source" not in same.content


def test_a_save_shows_in_the_next_search(client):
    exercise = ExerciseFactory(title="Bird dog")
    assert titles(get(client, q="bird")[0]) == ["Bird dog"]
    assert get(client, q="bird")[0]["X-Page-Cache"] == "hit"

    exercise.title = "Bird dog with a band"
    exercise.save()
    response, _ = get(client, q="bird")
    assert response["X-Page-Cache"] == "miss"
    assert titles(response) == ["Bird dog with a band"]

    ExerciseFactory(title="Birdie crawl")
    assert "2 results for “bird”" in visible_text(get(client, q="bird")[0])
    Exercise.objects.filter(pk=exercise.pk).unpublish()
    response, _ = get(client, q="bird")
    assert titles(response) == ["Birdie crawl"]
    assert "1 result for “bird”" in visible_text(response)


def test_a_save_in_the_admin_shows_in_the_next_search(client):
    staff = Client()
    staff.force_login(AuthorUserFactory())
    exercise = ExerciseFactory(title="Side plank", summary="Hold a straight line.")
    assert titles(get(client, q="quokka")[0]) == []

    data = admin_form_data(staff.get(admin_change_url(exercise)))
    data["summary"] = "Hold a straight line, like a quokka."
    assert staff.post(admin_change_url(exercise), data).status_code == 302
    assert titles(get(client, q="quokka")[0]) == ["Side plank"]


def test_a_correction_follows_new_names(client):
    """The did-you-mean vocabulary is kept per content version too."""
    ExerciseFactory(title="Bird dog")
    assert "Showing results for bird dog." in visible_text(get(client, q="brid dgo")[0])
    ExerciseFactory(title="Brid dgo")  # now a real name: searched as typed
    response, _ = get(client, q="brid dgo")
    assert titles(response) == ["Brid dgo"]
    assert "Showing results for" not in visible_text(response)


def test_a_scheduled_article_shows_in_a_cached_search_when_its_time_comes(
    client, monkeypatch
):
    soon = timezone.now() + dt.timedelta(minutes=5)
    ExerciseFactory(title="Bird dog")
    ExerciseFactory(title="Bird in hand", status=Status.PUBLISHED, published_at=soon)
    assert titles(get(client, q="bird")[0]) == ["Bird dog"]
    assert len(get(client, q="bird")[1]) == 1  # cached

    later = soon + dt.timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    response, _ = get(client, q="bird")
    assert set(titles(response)) == {"Bird dog", "Bird in hand"}
    assert "2 results for “bird”" in visible_text(response)
