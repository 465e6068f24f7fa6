"""A deleted article can be recovered from the admin with everything it had:
steps, pictures (their files too), variants, update log, links from conditions."""

import datetime as dt

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse
from reversion.models import Version

from articles.models import Status
from authors.models import Author
from conditions.models import Condition, ConditionExercise
from exercises.models import Exercise

from ..factories import (
    ConditionExerciseFactory,
    ConditionFactory,
    EquipmentFactory,
    ExerciseFactory,
    ExerciseRegionFactory,
    ImageFactory,
    StepFactory,
    UpdateFactory,
    VariantFactory,
)
from ..images.files import image_bytes, upload
from .pages import (
    edit,
    messages_of,
    recover_list_url,
    recover_url,
    restore,
    versions_of,
)

pytestmark = pytest.mark.django_db


def delete_in_admin(client, obj) -> None:
    opts = obj._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_delete", args=[obj.pk])
    assert client.post(url, {"post": "yes"}).status_code == 302
    assert not type(obj).objects.filter(pk=obj.pk).exists()


def deleted(model) -> Version:
    (version,) = Version.objects.get_deleted(model)
    return version


def files_of(image_file) -> list[str]:
    renditions = image_file.renditions["sources"]
    return [image_file.name] + [path for fmt in renditions.values() for _, path in fmt]


@pytest.fixture
def stretch():
    """A published stretch with one of everything; never saved in the admin."""
    exercise = ExerciseFactory(kind="stretch", title="Figure four")
    ExerciseRegionFactory(exercise=exercise)
    exercise.equipment.add(EquipmentFactory(name="Yoga mat"))
    StepFactory(exercise=exercise, text="Cross one ankle over the knee.")
    ImageFactory(exercise=exercise, alt_text="Lying on the back, legs crossed")
    VariantFactory(
        exercise=exercise,
        name="Seated",
        image=upload(image_bytes()),
        image_alt="Sitting on a chair",
    )
    UpdateFactory(article=exercise, description="First written.")
    ConditionExerciseFactory(
        exercise=exercise, condition=ConditionFactory(title="Piriformis syndrome")
    )
    return exercise


def test_a_deleted_article_comes_back_with_everything(admin_client, client, stretch):
    pictures = [*files_of(stretch.images.get().image)]
    pictures += files_of(stretch.variants.get().image)
    delete_in_admin(admin_client, stretch)
    assert all(default_storage.exists(name) for name in pictures)

    listed = admin_client.get(recover_list_url(Exercise))
    assert [v.object_repr for v in listed.context["deleted"]] == ["Figure four"]
    response = restore(admin_client, recover_url(Exercise, deleted(Exercise)))
    assert response.status_code == 302

    exercise = Exercise.objects.get(pk=stretch.pk)
    assert response.url == reverse(
        "admin:exercises_exercise_change", args=[exercise.pk]
    )
    assert exercise.status == Status.PUBLISHED
    assert exercise.target_regions.count() == 1
    assert [e.name for e in exercise.equipment.all()] == ["Yoga mat"]
    assert [s.text for s in exercise.steps.all()] == ["Cross one ankle over the knee."]
    assert [u.description for u in exercise.updates.all()] == ["First written."]
    assert [c.condition.title for c in exercise.condition_links.all()] == [
        "Piriformis syndrome"
    ]
    image, variant = exercise.images.get(), exercise.variants.get()
    assert files_of(image.image) + files_of(variant.image) == pictures

    page = client.get(exercise.get_absolute_url())
    assert page.status_code == 200
    html = page.content.decode()
    for name in pictures:
        assert default_storage.exists(name)
        if name.startswith("renditions/"):
            assert default_storage.url(name) in html


def test_a_recovered_draft_stays_hidden(admin_client, client):
    draft = ExerciseFactory(draft=True, title="Not ready")
    delete_in_admin(admin_client, draft)

    restore(admin_client, recover_url(Exercise, deleted(Exercise)))

    exercise = Exercise.objects.get(pk=draft.pk)
    assert exercise.status == Status.DRAFT
    assert client.get(exercise.get_absolute_url()).status_code == 404


def test_a_recovered_condition_comes_back_with_its_links(admin_client):
    condition = ConditionFactory()
    link = ConditionExerciseFactory(condition=condition, note="Eases the hip.")
    UpdateFactory(article=condition)
    delete_in_admin(admin_client, condition)

    restore(admin_client, recover_url(Condition, deleted(Condition)))

    recovered = Condition.objects.get(pk=condition.pk)
    assert [(x.pk, x.note) for x in recovered.exercise_links.all()] == [
        (link.pk, "Eases the hip.")
    ]
    assert recovered.updates.count() == 1


def test_recovering_is_stored_and_counts_on_the_edit_lock(admin_client, admin_user):
    exercise = ExerciseFactory()
    created = dt.datetime(2024, 5, 6, 7, 8, 9, tzinfo=dt.UTC)
    Exercise.objects.filter(pk=exercise.pk).update(created_at=created)
    edit(admin_client, exercise)
    edit(admin_client, exercise, summary="Changed.")
    exercise.refresh_from_db()
    delete_in_admin(admin_client, exercise)

    restore(admin_client, recover_url(Exercise, deleted(Exercise)))

    recovered = Exercise.objects.get(pk=exercise.pk)
    # A form opened before the delete is refused, not taken as current.
    assert recovered.version == exercise.version + 1
    assert recovered.created_at == created
    *_, latest = versions_of(recovered)
    assert latest.revision.user == admin_user
    assert latest.revision.get_comment().startswith("Recovered as saved on")


def test_links_to_what_was_deleted_meanwhile_are_left_out(admin_client, stretch):
    delete_in_admin(admin_client, stretch)
    Condition.objects.get(title="Piriformis syndrome").delete()

    response = restore(admin_client, recover_url(Exercise, deleted(Exercise)))

    assert not ConditionExercise.objects.exists()
    assert Exercise.objects.filter(pk=stretch.pk).exists()
    warnings = [m for m in messages_of(admin_client.get(response.url)) if "Left" in m]
    assert "linked exercise" in warnings[0]


def test_without_its_author_profile_an_article_cannot_come_back(admin_client):
    exercise = ExerciseFactory()
    delete_in_admin(admin_client, exercise)
    Author.objects.filter(pk=exercise.author_id).delete()

    response = restore(admin_client, recover_url(Exercise, deleted(Exercise)))

    assert not Exercise.objects.exists()
    assert any(
        "its author no longer exists" in m
        for m in messages_of(admin_client.get(response.url))
    )


def test_an_address_taken_since_is_refused(admin_client):
    exercise = ExerciseFactory(slug="dead-bug")
    delete_in_admin(admin_client, exercise)
    ExerciseFactory(slug="dead-bug")

    response = restore(admin_client, recover_url(Exercise, deleted(Exercise)))

    assert Exercise.objects.filter(pk=exercise.pk).count() == 0
    assert any(
        "Slug already exists" in m for m in messages_of(admin_client.get(response.url))
    )


def test_only_the_last_state_of_a_deleted_row_of_this_kind_is_recovered(
    admin_client,
):
    live = ExerciseFactory()
    edit(admin_client, live)
    condition = ConditionFactory()
    delete_in_admin(admin_client, condition)
    (live_version,) = versions_of(live)

    for version in (live_version, deleted(Condition)):
        url = recover_url(Exercise, version)
        assert admin_client.get(url).status_code == 404
        assert admin_client.post(url).status_code == 404
    assert not Condition.objects.exists()
