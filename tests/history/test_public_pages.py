"""A restore or recovery reaches the public site at once, cached pages and
search included, exactly as a save does; a draft stays hidden.

Real commits: the content version and the search entries follow a change when
its transaction commits. serialized_rollback restores what migrations made.
"""

import pytest
from django.urls import reverse

from exercises.models import Exercise

from ..factories import ExerciseFactory
from ..search.pages import LIST, search, titles
from .pages import edit, recover_url, restore, revision_url, versions_of

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("page_cache_on"),
]
CHANGELIST = reverse("admin:exercises_exercise_changelist")


def shows(client, url: str, text: str) -> bool:
    response = client.get(url)
    return response.status_code == 200 and text in response.content.decode()


def found(client, q: str) -> list[str]:
    return titles(search(client, q))


def test_a_restored_version_is_what_visitors_see_and_find(client, author_client):
    exercise = ExerciseFactory(title="Quokka crawl", body="Keep a wombat back.")
    edit(author_client, exercise)
    edit(author_client, exercise, body="Keep a platypus back.")
    page = exercise.get_absolute_url()
    assert shows(client, page, "platypus")  # and now cached
    assert found(client, "platypus") == ["Quokka crawl"]
    first, _ = versions_of(exercise)

    restore(author_client, revision_url(exercise, first))

    assert shows(client, page, "wombat")
    assert not shows(client, page, "platypus")
    assert found(client, "wombat") == ["Quokka crawl"]
    assert found(client, "platypus") == []


def test_restoring_a_draft_version_takes_the_article_off_the_site(
    client, author_client
):
    exercise = ExerciseFactory(title="Quokka crawl", draft=True)
    edit(author_client, exercise)
    author_client.post(
        CHANGELIST, {"action": "publish", "_selected_action": [exercise.pk]}
    )
    assert shows(client, exercise.get_absolute_url(), "Quokka crawl")
    assert shows(client, LIST, "Quokka crawl")
    assert found(client, "quokka") == ["Quokka crawl"]
    draft, _published = versions_of(exercise)

    restore(author_client, revision_url(exercise, draft))

    assert client.get(exercise.get_absolute_url()).status_code == 404
    assert not shows(client, LIST, "Quokka crawl")
    assert found(client, "quokka") == []


def test_a_recovered_article_is_back_on_the_site(client, admin_client):
    exercise = ExerciseFactory(title="Quokka crawl")
    draft = ExerciseFactory(title="Quokka hop", draft=True)
    assert shows(client, LIST, "Quokka crawl")
    for article in (exercise, draft):
        admin_client.post(
            reverse("admin:exercises_exercise_delete", args=[article.pk]),
            {"post": "yes"},
        )
    assert not shows(client, LIST, "Quokka crawl")
    assert found(client, "quokka") == []

    for article in (exercise, draft):
        (last,) = versions_of(article)
        restore(admin_client, recover_url(Exercise, last))

    assert shows(client, exercise.get_absolute_url(), "Quokka crawl")
    assert shows(client, LIST, "Quokka crawl")
    assert found(client, "quokka") == ["Quokka crawl"]
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert not shows(client, LIST, "Quokka hop")
