"""What a trainer in the Authors group may and may not do in the admin."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from ..factories import AuthorFactory, ExerciseFactory, UserFactory
from .formdata import add_exercise_data

pytestmark = pytest.mark.django_db

EDITABLE = [
    "exercises_exercise",
    "exercises_bodyregion",
    "exercises_equipment",
    "conditions_condition",
    "authors_author",
]


def test_migration_creates_authors_group_with_content_permissions():
    perms = set(
        Group.objects.get(name="Authors").permissions.values_list("codename", flat=True)
    )
    assert {"add_exercise", "change_exercise", "view_exercise"} <= perms
    assert {"add_condition", "change_condition", "delete_conditionexercise"} <= perms
    assert {"add_stretchvariant", "delete_stretchvariant", "add_articleupdate"} <= perms
    # Whole articles are unpublished, not deleted, by authors.
    assert "delete_exercise" not in perms
    assert not {p for p in perms if p.endswith(("_user", "_group", "_permission"))}


@pytest.mark.parametrize("changelist", EDITABLE)
def test_author_can_open_content_lists(author_client, changelist):
    assert (
        author_client.get(reverse(f"admin:{changelist}_changelist")).status_code == 200
    )


@pytest.mark.parametrize("add", EDITABLE)
def test_author_can_open_add_forms(author_client, add):
    assert author_client.get(reverse(f"admin:{add}_add")).status_code == 200


def test_author_cannot_manage_users_or_groups(author_client):
    assert author_client.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert author_client.get(reverse("admin:auth_group_changelist")).status_code == 403


def test_author_cannot_delete_a_whole_exercise(author_client):
    exercise = ExerciseFactory()
    url = reverse("admin:exercises_exercise_delete", args=[exercise.pk])
    assert author_client.post(url, {"post": "yes"}).status_code == 403
    assert type(exercise).objects.filter(pk=exercise.pk).exists()


def test_staff_without_group_sees_no_content(client):
    client.force_login(UserFactory(is_staff=True))
    url = reverse("admin:exercises_exercise_changelist")
    assert client.get(url).status_code == 403


def test_visitor_is_sent_to_login(client):
    response = client.get(reverse("admin:exercises_exercise_changelist"))
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_author_can_create_an_exercise_with_steps_and_log(author_client, author_user):
    author = AuthorFactory(user=author_user)
    log = "articles-articleupdate-content_type-object_id"
    data = add_exercise_data(
        author.pk,
        **{
            "steps-TOTAL_FORMS": "1",
            "steps-0-order": "1",
            "steps-0-text": "Lie on your side with knees bent.",
            f"{log}-TOTAL_FORMS": "1",
            f"{log}-0-date": "2026-01-02",
            f"{log}-0-kind": "new",
            f"{log}-0-description": "First draft.",
        },
    )
    response = author_client.post(reverse("admin:exercises_exercise_add"), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    from exercises.models import Exercise

    exercise = Exercise.objects.get(slug="clamshell")
    assert exercise.status == "draft"
    assert [s.text for s in exercise.steps.all()] == [
        "Lie on your side with knees bent."
    ]
    assert exercise.updates.get().description == "First draft."
