"""The edit lock lives in the model: every writer is held to it, not only the admin."""

import pytest
from django.db import IntegrityError

from articles.models import EditConflict
from conditions.models import Condition
from exercises.models import Exercise

from ..admin.formdata import admin_form_data
from ..factories import ConditionFactory, ExerciseFactory, StepFactory
from ..helpers import admin_change_url

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("factory", [ExerciseFactory, ConditionFactory])
def test_every_save_bumps_the_version_by_one(factory):
    article = factory()
    assert article.version == 1
    article.summary = "Changed."
    article.save()
    article.save(update_fields=["summary"])
    assert article.version == 3
    assert type(article).objects.get(pk=article.pk).version == 3


@pytest.mark.parametrize("model", [Exercise, Condition])
def test_saving_a_stale_copy_is_refused_and_writes_nothing(model):
    factory = ExerciseFactory if model is Exercise else ConditionFactory
    pk = factory(summary="Original.").pk
    mine = model.objects.get(pk=pk)
    theirs = model.objects.get(pk=pk)
    theirs.summary = "Theirs."
    theirs.save()

    mine.summary = "Mine."
    with pytest.raises(EditConflict) as raised:
        mine.save()

    assert not raised.value.deleted
    assert mine.version == 1  # the copy is still recognisably stale
    stored = model.objects.get(pk=pk)
    assert (stored.summary, stored.version) == ("Theirs.", 2)


def test_saving_an_article_someone_deleted_says_so():
    exercise = ExerciseFactory()
    Exercise.objects.filter(pk=exercise.pk).delete()
    with pytest.raises(EditConflict) as raised:
        exercise.save()
    assert raised.value.deleted
    assert not Exercise.objects.filter(pk=exercise.pk).exists()


def test_a_failed_save_leaves_the_copy_saveable():
    exercise = ExerciseFactory()
    exercise.hold_seconds_min, exercise.hold_seconds_max = 10, 5  # breaks a constraint
    with pytest.raises(IntegrityError):
        exercise.save()
    exercise.hold_seconds_max = 20
    exercise.save()
    assert Exercise.objects.get(pk=exercise.pk).version == 2


def test_admin_form_opened_before_a_script_saved_is_refused(author_client):
    # The importer, load_demo and any future API save through the ORM, not the
    # admin form; an author's open form must still not overwrite their work.
    exercise = ExerciseFactory(summary="Original.")
    earlier = admin_form_data(author_client.get(admin_change_url(exercise)))
    assert author_client.post(admin_change_url(exercise), earlier).status_code == 302
    data = admin_form_data(author_client.get(admin_change_url(exercise)))
    scripted = Exercise.objects.get(pk=exercise.pk)
    scripted.summary = "Written by a script."
    scripted.save()

    data["summary"] = "Typed by the author."
    response = author_client.post(admin_change_url(exercise), data)

    assert response.status_code == 200
    page = response.content.decode()
    assert "have NOT been saved" in page
    # Not blamed on whoever last saved in the admin.
    assert "An import or a script saved this article" in page
    assert Exercise.objects.get(pk=exercise.pk).summary == "Written by a script."


def test_inline_only_edit_bumps_the_article_version(author_client):
    step = StepFactory(text="Kneel.")
    exercise = step.exercise
    data = admin_form_data(author_client.get(admin_change_url(exercise)))
    data["steps-0-text"] = "Kneel on a soft mat."
    assert author_client.post(admin_change_url(exercise), data).status_code == 302
    step.refresh_from_db()
    assert step.text == "Kneel on a soft mat."
    assert Exercise.objects.get(pk=exercise.pk).version == 2
