"""Only those who may change a page see or restore its history; only editors and
administrators recover deleted articles; hand-made addresses never reach a
version of something else."""

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from authors.models import Author
from exercises.models import Exercise

from ..factories import AuthorFactory, ExerciseFactory, UserFactory
from .pages import (
    compare_url,
    edit,
    history_url,
    recover_list_url,
    recover_url,
    revision_url,
    versions_of,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def viewer_client() -> Client:
    """Staff who may look at exercises but not change them."""
    user = UserFactory(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_exercise"))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def saved_twice(admin_client):
    exercise = ExerciseFactory(body="Old body.")
    edit(admin_client, exercise)
    edit(admin_client, exercise, body="New body.")
    return exercise


def test_authors_see_and_restore_the_history_of_articles(author_client, saved_twice):
    first, _ = versions_of(saved_twice)
    assert author_client.get(history_url(saved_twice)).status_code == 200
    assert author_client.get(revision_url(saved_twice, first)).status_code == 200


def test_who_may_only_view_an_article_sees_none_of_its_history(
    viewer_client, saved_twice
):
    first, second = versions_of(saved_twice)
    assert viewer_client.get(history_url(saved_twice)).status_code == 403
    assert viewer_client.get(revision_url(saved_twice, first)).status_code == 403
    assert viewer_client.post(revision_url(saved_twice, first)).status_code == 403
    response = viewer_client.get(
        compare_url(saved_twice), {"version_id1": first.pk, "version_id2": second.pk}
    )
    assert response.status_code == 403
    assert Exercise.objects.get().body == "New body."


def test_an_author_sees_the_history_of_their_own_profile_only(
    author_client, author_user, admin_client
):
    own = AuthorFactory(user=author_user)
    colleague = AuthorFactory(user=UserFactory())
    for profile in (own, colleague):
        edit(admin_client, profile)
    (colleagues_version,) = versions_of(colleague)

    assert author_client.get(history_url(own)).status_code == 200
    assert author_client.get(history_url(colleague)).status_code == 403
    response = author_client.post(revision_url(colleague, colleagues_version))
    assert response.status_code == 403


def test_only_editors_and_administrators_recover_deleted_articles(
    author_client, editor_client, admin_client
):
    exercise = ExerciseFactory()
    admin_client.post(
        reverse("admin:exercises_exercise_delete", args=[exercise.pk]), {"post": "yes"}
    )
    (version,) = versions_of(exercise)
    changelist = reverse("admin:exercises_exercise_changelist")
    link = f'href="{recover_list_url(Exercise)}"'

    assert author_client.get(recover_list_url(Exercise)).status_code == 403
    assert author_client.post(recover_url(Exercise, version)).status_code == 403
    assert link not in author_client.get(changelist).content.decode()
    assert not Exercise.objects.exists()

    assert link in editor_client.get(changelist).content.decode()
    assert editor_client.get(recover_list_url(Exercise)).status_code == 200
    assert editor_client.post(recover_url(Exercise, version)).status_code == 302
    assert Exercise.objects.filter(pk=exercise.pk).exists()


def test_profiles_cannot_be_recovered_from_the_admin(admin_client):
    assert admin_client.get(recover_list_url(Author)).status_code == 403


def test_a_version_of_another_row_is_not_found_under_this_address(
    author_client, admin_client
):
    # Reversion's own view looked versions up by id and row id alone: a
    # profile's version under an exercise's address was restored.
    exercise = ExerciseFactory(pk=500)
    edit(admin_client, exercise)
    profile = AuthorFactory(pk=500, bio="Old bio.")
    edit(admin_client, profile)
    edit(admin_client, profile, bio="New bio.")
    other = ExerciseFactory()
    edit(admin_client, other)
    (others_version,) = versions_of(other)
    profiles_first, _ = versions_of(profile)

    for version in (profiles_first, others_version):
        url = reverse("admin:exercises_exercise_revision", args=[500, version.pk])
        assert author_client.get(url).status_code == 404
        assert author_client.post(url).status_code == 404
    assert Author.objects.get(pk=profile.pk).bio == "New bio."


EXERCISES = reverse("admin:exercises_exercise_changelist")


@pytest.mark.parametrize(
    "path",
    [
        "abc/history/",
        "99999999999999999999/history/",
        "abc/history/1/",
        "{pk}/history/99999999999999999999/",
        "99999999999999999999/history/compare/",
        "recover/99999999999999999999/",
        "recover/0/",
    ],
)
def test_hand_made_history_addresses_are_not_found(admin_client, saved_twice, path):
    url = EXERCISES + path.format(pk=saved_twice.pk)
    assert admin_client.get(url).status_code == 404
    assert admin_client.post(url).status_code == 404
