"""History pages cost the same number of queries however long the history."""

import pytest
from django.urls import reverse

from exercises.models import Exercise

from ..factories import AuthorUserFactory, ExerciseFactory
from ..helpers import queries_for
from .pages import edit, history_url, recover_list_url

pytestmark = pytest.mark.django_db


def saved(client, times: int) -> Exercise:
    exercise = ExerciseFactory()
    for n in range(times):
        # Each save by a different login, so the list names many users.
        client.force_login(AuthorUserFactory())
        edit(client, exercise, summary=f"Summary {n}.")
    return exercise


def test_the_history_page_is_flat(client, admin_user):
    short, long = saved(client, 2), saved(client, 12)
    client.force_login(admin_user)
    # Session, user, the article, its versions with their revisions and users.
    assert queries_for(client, history_url(short)) == 4
    assert queries_for(client, history_url(long)) == 4


def test_the_recover_list_is_flat(admin_client):
    def delete(count):
        for exercise in ExerciseFactory.create_batch(count):
            url = reverse("admin:exercises_exercise_delete", args=[exercise.pk])
            admin_client.post(url, {"post": "yes"})

    delete(1)
    # Session, user, the deleted rows' last versions with revisions and users.
    assert queries_for(admin_client, recover_list_url(Exercise)) == 3
    delete(10)
    assert queries_for(admin_client, recover_list_url(Exercise)) == 3
