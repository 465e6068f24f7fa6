"""Comparing two stored versions of an article: the fields that changed, and
its parts as each version stored them."""

import html5lib
import pytest
from django.contrib.auth.models import Permission
from django.test import Client

from ..factories import (
    EquipmentFactory,
    ExerciseFactory,
    ImageFactory,
    StepFactory,
    UpdateFactory,
    UserFactory,
)
from .pages import compare_url, edit, versions_of

pytestmark = pytest.mark.django_db


def compare(client, obj, older, newer):
    response = client.get(
        compare_url(obj), {"version_id1": older.pk, "version_id2": newer.pk}
    )
    assert response.status_code == 200
    return response


def marked(response, tag: str) -> list[str]:
    """The texts the comparison marks as removed (`del`) or added (`ins`)."""
    main = html5lib.parse(response.content.decode(), namespaceHTMLElements=False).find(
        ".//div[@id='content-main']"
    )
    return [" ".join("".join(e.itertext()).split()) for e in main.iter(tag)]


def headings(response) -> list[str]:
    return [
        str(entry.get("label") or entry["field"].verbose_name)
        for entry in response.context["compare_data"]
    ]


def test_changed_text_is_shown_as_a_difference(author_client):
    exercise = ExerciseFactory(body="Kneel and reach.")
    edit(author_client, exercise)
    edit(author_client, exercise, body="Kneel and reach slowly.")

    response = compare(author_client, exercise, *versions_of(exercise))

    assert headings(response) == ["body"]
    assert marked(response, "ins") == ["slowly"]
    assert marked(response, "del") == []


def test_a_step_deleted_since_is_shown_as_it_was(author_client):
    exercise = ExerciseFactory()
    StepFactory(exercise=exercise, order=1, text="Kneel on all fours.")
    StepFactory(exercise=exercise, order=2, text="Reach out with one arm.")
    edit(author_client, exercise)
    edit(
        author_client,
        exercise,
        **{"steps-0-text": "Kneel on a mat.", "steps-1-DELETE": "on"},
    )

    response = compare(author_client, exercise, *versions_of(exercise))

    assert headings(response) == ["Exercise steps"]
    assert marked(response, "del") == [
        "- Kneel on all fours.",
        "− Reach out with one arm.",
    ]
    assert marked(response, "ins") == ["+ Kneel on a mat."]


def test_pictures_update_log_and_equipment_are_compared(author_client):
    exercise = ExerciseFactory()
    ImageFactory(exercise=exercise, alt_text="Kneeling, arms down")
    edit(author_client, exercise)
    entry = UpdateFactory(article=exercise, kind="correction")
    EquipmentFactory(name="Yoga mat")
    roller = EquipmentFactory(name="Foam roller")
    edit(
        author_client,
        exercise,
        equipment=[str(roller.pk)],
        **{"images-0-alt_text": "Kneeling, one arm out"},
    )

    response = compare(author_client, exercise, *versions_of(exercise))

    assert headings(response) == ["equipment", "Exercise images", "Update log"]
    assert marked(response, "ins") == [
        "+ Foam roller",
        "one arm out",
        f"+ {entry}",
    ]
    assert marked(response, "del") == ["arms down"]


def test_compare_needs_the_right_to_change_the_article():
    exercise = ExerciseFactory()
    viewer = UserFactory(is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_exercise"))
    admin = Client()
    admin.force_login(UserFactory(is_staff=True, is_superuser=True))
    edit(admin, exercise)
    edit(admin, exercise, body="Changed.")
    client = Client()
    client.force_login(viewer)
    older, newer = versions_of(exercise)

    response = client.get(
        compare_url(exercise), {"version_id1": older.pk, "version_id2": newer.pk}
    )

    assert response.status_code == 403


@pytest.mark.parametrize(
    "params",
    [
        {"version_id1": "abc", "version_id2": "1"},
        {"version_id1": "99999999999999999999", "version_id2": "1"},
        {"version_id1": "1"},
        {},
    ],
)
def test_hand_made_comparisons_are_not_found(author_client, params):
    exercise = ExerciseFactory()
    edit(author_client, exercise)
    assert author_client.get(compare_url(exercise), params).status_code == 404


def test_versions_of_another_article_are_not_compared(author_client):
    exercise, other = ExerciseFactory(), ExerciseFactory()
    edit(author_client, exercise)
    edit(author_client, other)
    (mine,) = versions_of(exercise)
    (theirs,) = versions_of(other)

    response = author_client.get(
        compare_url(exercise), {"version_id1": mine.pk, "version_id2": theirs.pk}
    )

    assert response.status_code == 404
