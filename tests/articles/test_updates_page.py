import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ..factories import ConditionFactory, ExerciseFactory, UpdateFactory
from ..helpers import queries_for

pytestmark = pytest.mark.django_db
URL = reverse("articles:updates")


def descriptions(response):
    return [line.description for line in response.context["lines"]]


def test_newest_first_across_article_types(client):
    UpdateFactory(
        article=ExerciseFactory(), date=dt.date(2020, 1, 1), description="old"
    )
    UpdateFactory(
        article=ConditionFactory(), date=dt.date(2024, 1, 1), description="new"
    )
    assert descriptions(client.get(URL)) == ["new", "old"]


def test_updates_of_drafts_never_appear(client):
    UpdateFactory(article=ExerciseFactory(draft=True), description="draft log")
    UpdateFactory(article=ConditionFactory(draft=True), description="draft log 2")
    UpdateFactory(article=ExerciseFactory(), description="public log")
    response = client.get(URL)
    assert descriptions(response) == ["public log"]
    assert "draft log" not in response.content.decode()
    assert "1 update." in response.content.decode()


def test_filter_by_kind(client):
    exercise = ExerciseFactory()
    UpdateFactory(article=exercise, kind="science", description="study")
    UpdateFactory(article=exercise, kind="minor", description="typo")
    assert descriptions(client.get(URL, {"kind": "science"})) == ["study"]


def test_unknown_kind_is_reported(client):
    response = client.get(URL, {"kind": "gossip"})
    assert response.status_code == 200
    assert "No kind of update called “gossip”; ignored." in response.content.decode()


def test_active_kind_shows_with_a_link_to_remove_it(client):
    UpdateFactory(article=ExerciseFactory(), kind="science")
    UpdateFactory(article=ExerciseFactory(), kind="minor")
    body = client.get(URL, {"kind": ["science", "gossip"]}).content.decode()
    assert (
        '<a href="?">New research<span class="visually-hidden"> (remove this filter)'
        in body
    )
    assert "1 update matches your filters." in body
    assert "No kind of update called “gossip”; ignored." in body


def test_entries_link_to_their_articles(client):
    exercise = ExerciseFactory(title="Bird dog")
    UpdateFactory(article=exercise)
    body = client.get(URL).content.decode()
    assert f'href="{exercise.get_absolute_url()}">Bird dog</a>' in body


def test_paginated_with_404_past_the_end(client):
    exercise = ExerciseFactory()
    UpdateFactory.create_batch(31, article=exercise)
    assert len(descriptions(client.get(URL))) == 30
    assert len(descriptions(client.get(URL, {"page": 2}))) == 1
    past = client.get(URL, {"page": 3, "kind": "science"})
    assert past.status_code == 404
    body = past.content.decode()
    # The kind filter leaves no update: one empty page, linked with the filter.
    assert "There is no page “3” of these results" in body
    assert "Nothing matches at the moment, so there is only a first page." in body
    assert '<a href="?kind=science">First page' in body
    assert client.get(URL, {"page": 3}).status_code == 404
    assert (
        '<a href="?page=2">Last page of these results (2)'
        in client.get(URL, {"page": 3}).content.decode()
    )


def test_query_count_is_flat(client, django_assert_max_num_queries):
    for _ in range(3):
        UpdateFactory(article=ExerciseFactory())
        UpdateFactory(article=ConditionFactory())
    small = queries_for(client, URL)
    for _ in range(20):
        UpdateFactory(article=ExerciseFactory())
        UpdateFactory(article=ConditionFactory())
    with django_assert_max_num_queries(small):
        client.get(URL)


def test_each_line_reads_its_articles_title_and_address_only(client):
    """The log names and links each article; its body (Markdown, often long)
    and the rest stay in the database."""
    exercise = ExerciseFactory(title="Cat & cow", body="A long body. " * 200)
    condition = ConditionFactory(title="Sciatica")
    UpdateFactory(article=exercise, date=dt.date(2024, 1, 1))
    UpdateFactory(article=condition, date=dt.date(2023, 1, 1))
    for response in (client.get(URL), client.get(reverse("home"))):
        page = response.content.decode()
        assert f'<a href="{exercise.get_absolute_url()}">Cat &amp; cow</a>' in page
        assert f'<a href="{condition.get_absolute_url()}">Sciatica</a>' in page
    for url in (URL, reverse("home")):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        assert queries.captured_queries
        assert not [q for q in queries.captured_queries if '"body"' in q["sql"]]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's planner")
def test_the_newest_entries_never_wait_for_every_published_article():
    # PostgreSQL made an EXISTS inside public()'s CASE a hash of every
    # published article's id, built on each request before the first entry was
    # read: the log slowed down as the library grew.
    from articles.models import ArticleUpdate
    from exercises.models import Exercise

    exercises = ExerciseFactory.create_batch(300)
    for exercise in exercises:
        UpdateFactory(article=exercise)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    entries = ArticleUpdate.objects.public().with_article_link()[:5]
    sql, params = entries.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "hashed SubPlan" not in plan, plan
    assert len(entries) == 5 and Exercise.objects.count() == 300
