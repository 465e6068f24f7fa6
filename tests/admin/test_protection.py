"""Deleting something still in use is refused, in the admin and in code, and a
departing login keeps its history."""

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.db import transaction
from django.db.models import ProtectedError
from django.urls import reverse

from exercises.models import Equipment

from ..factories import AuthorFactory, EquipmentFactory, ExerciseFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_equipment_in_use_cannot_be_deleted_in_code():
    mat = EquipmentFactory(name="Mat")
    exercise = ExerciseFactory()
    exercise.equipment.add(mat)
    with pytest.raises(ProtectedError):
        mat.delete()
    with pytest.raises(ProtectedError):
        Equipment.objects.filter(pk=mat.pk).delete()
    assert list(exercise.equipment.all()) == [mat]


def test_unused_equipment_can_be_deleted():
    EquipmentFactory().delete()
    EquipmentFactory()
    Equipment.objects.all().delete()
    assert not Equipment.objects.exists()


def test_admin_explains_equipment_in_use_and_keeps_it(admin_client):
    band = EquipmentFactory(name="Band")
    ExerciseFactory(title="Band pull-apart").equipment.add(band)
    url = reverse("admin:exercises_equipment_delete", args=[band.pk])
    page = admin_client.get(url).content.decode()
    assert "protected" in page and "Band pull-apart" in page
    admin_client.post(url, {"post": "yes"})
    assert Equipment.objects.filter(pk=band.pk).exists()

    response = admin_client.post(
        reverse("admin:exercises_equipment_changelist"),
        {"action": "delete_selected", "_selected_action": [band.pk], "post": "yes"},
    )
    assert response.status_code == 200
    assert "Band pull-apart" in response.content.decode()
    assert Equipment.objects.filter(pk=band.pk).exists()


def logged_change(user):
    exercise = ExerciseFactory()
    return LogEntry.objects.log_actions(
        user_id=user.pk,
        queryset=[exercise],
        action_flag=CHANGE,
        change_message="Changed summary.",
        single_object=True,
    )


def test_login_with_admin_history_is_kept(admin_client):
    departed = UserFactory(is_staff=True)
    entry = logged_change(departed)
    # Refused inside the deletion's transaction; the savepoint keeps the test's.
    with pytest.raises(ProtectedError), transaction.atomic():
        departed.delete()

    url = reverse("admin:auth_user_delete", args=[departed.pk])
    page = admin_client.get(url).content.decode()
    assert "Active" in page  # tells the administrator to deactivate instead
    admin_client.post(url, {"post": "yes"})
    assert LogEntry.objects.filter(pk=entry.pk).exists()
    assert type(departed).objects.filter(pk=departed.pk).exists()


def test_login_with_an_author_profile_is_kept(admin_client):
    profile = AuthorFactory(user=UserFactory())
    with pytest.raises(ProtectedError):
        profile.user.delete()
    url = reverse("admin:auth_user_delete", args=[profile.user.pk])
    admin_client.post(url, {"post": "yes"})
    profile.refresh_from_db()
    assert profile.user is not None


def test_login_never_used_can_be_deleted(admin_client):
    unused = UserFactory()
    url = reverse("admin:auth_user_delete", args=[unused.pk])
    assert admin_client.post(url, {"post": "yes"}).status_code == 302
    assert not type(unused).objects.filter(pk=unused.pk).exists()


def test_equipment_rows_are_locked_before_the_in_use_check():
    # Otherwise an exercise could pick the item up between check and delete,
    # and the delete would silently take it off again.
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if not connection.features.has_select_for_update:
        pytest.skip("SQLite lets one writer in at a time; row locks are PostgreSQL's")
    with CaptureQueriesContext(connection) as captured:
        EquipmentFactory().delete()
    sql = [q["sql"] for q in captured.captured_queries]
    lock = next(i for i, q in enumerate(sql) if "FOR UPDATE" in q)
    check = next(i for i, q in enumerate(sql) if "exercise_equipment" in q)
    assert lock < check
