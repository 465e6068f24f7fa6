"""The search entries follow every change once it commits: saves in code and in
the admin, publishing, unpublishing, deleting, the parts of an exercise, region
and equipment names, imports; `rebuild_search_index` writes them all anew.

Real commits (entries are written when a transaction commits), so nothing here
calls index_for_search(). serialized_rollback restores what migrations made.
"""

import io
import json
import logging

import pytest
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse

from articles.models import Status
from conditions.models import Condition
from exercises.models import Exercise
from search import indexing
from search.models import SearchEntry

from ..admin.formdata import admin_form_data
from ..factories import (
    ConditionFactory,
    EquipmentFactory,
    ExerciseFactory,
    ExerciseRegionFactory,
    RegionFactory,
    StepFactory,
    VariantFactory,
)
from ..helpers import admin_change_url
from .pages import LIST, hits, search, titles

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
EXERCISES = reverse("admin:exercises_exercise_changelist")
CONDITIONS = reverse("admin:conditions_condition_changelist")


def found(client, q) -> list[str]:
    return titles(search(client, q))


def listed(client, q) -> list[str]:
    return [e.title for e in client.get(LIST, {"q": q}).context["object_list"]]


def test_a_new_published_article_is_found_at_once(client):
    exercise = ExerciseFactory(title="Quokka crawl")
    condition = ConditionFactory(title="Quokka knee")
    assert set(found(client, "quokka")) == {exercise.title, condition.title}
    assert listed(client, "quokka") == [exercise.title]


def test_publishing_and_unpublishing_in_the_admin(client, author_client):
    exercise = ExerciseFactory(title="Quokka crawl", draft=True)
    condition = ConditionFactory(title="Quokka knee", draft=True)
    assert found(client, "quokka") == []

    for changelist, article in [(EXERCISES, exercise), (CONDITIONS, condition)]:
        response = author_client.post(
            changelist, {"action": "publish", "_selected_action": [article.pk]}
        )
        assert response.status_code == 302
    assert set(found(client, "quokka")) == {exercise.title, condition.title}
    assert listed(client, "quokka") == [exercise.title]

    author_client.post(
        EXERCISES, {"action": "unpublish", "_selected_action": [exercise.pk]}
    )
    assert found(client, "quokka") == [condition.title]
    assert listed(client, "quokka") == []
    author_client.post(
        CONDITIONS, {"action": "unpublish", "_selected_action": [condition.pk]}
    )
    assert found(client, "quokka") == []


def test_publishing_and_unpublishing_in_code(client):
    exercise = ExerciseFactory(title="Quokka crawl", draft=True)
    Exercise.objects.filter(pk=exercise.pk).publish()
    assert found(client, "quokka") == [exercise.title]
    Exercise.objects.filter(pk=exercise.pk).unpublish()
    assert found(client, "quokka") == []
    exercise.refresh_from_db()
    exercise.status = Status.PUBLISHED
    exercise.save()
    assert found(client, "quokka") == [exercise.title]


def test_a_new_title_is_found_and_the_old_one_is_not(client):
    exercise = ExerciseFactory(title="Quokka crawl")
    exercise.title = "Wombat crawl"
    exercise.save()
    assert found(client, "wombat") == [exercise.title]
    assert found(client, "quokka") == []
    assert listed(client, "quokka") == []


def test_a_save_in_the_admin_is_found(client, author_client):
    exercise = ExerciseFactory(title="Side plank")
    condition = ConditionFactory(title="Low back pain")

    data = admin_form_data(author_client.get(admin_change_url(exercise)))
    data["aliases"] = "Quokka plank"
    assert author_client.post(admin_change_url(exercise), data).status_code == 302
    data = admin_form_data(author_client.get(admin_change_url(condition)))
    data["other_names"] = "Lumbago\nQuokka back"
    assert author_client.post(admin_change_url(condition), data).status_code == 302

    assert set(found(client, "quokka")) == {exercise.title, condition.title}
    # Exact other names come first.
    assert found(client, "lumbago") == [condition.title]
    assert found(client, "quokka plank")[0] == exercise.title


def test_a_new_type_and_address_are_shown(client):
    exercise = ExerciseFactory(title="Quokka crawl", slug="quokka-crawl")
    exercise.kind = "stretch"
    exercise.slug = "quokka-stretch"
    exercise.save()
    [hit] = hits(search(client, "quokka"))
    assert (hit.kind, hit.url) == ("Stretch", exercise.get_absolute_url())
    assert found(client, "quokka") == titles(search(client, "quokka", type="stretch"))


def test_a_deleted_article_is_not_found(client):
    exercise = ExerciseFactory(title="Quokka crawl")
    condition = ConditionFactory(title="Quokka knee")
    assert len(found(client, "quokka")) == 2
    exercise.delete()
    Condition.objects.filter(pk=condition.pk).delete()
    assert found(client, "quokka") == []
    assert SearchEntry.objects.count() == 0


def test_articles_deleted_in_the_admin_are_not_found(client, admin_client):
    # Authors may not delete articles; an administrator may.
    exercises = ExerciseFactory.create_batch(2, summary="A quokka move.")
    assert len(found(client, "quokka")) == 2
    response = admin_client.post(
        EXERCISES,
        {
            "action": "delete_selected",
            "_selected_action": [e.pk for e in exercises],
            "post": "yes",
        },
    )
    assert response.status_code == 302
    assert not Exercise.objects.exists()
    assert found(client, "quokka") == []


def test_steps_added_changed_and_removed_are_followed(client):
    exercise = ExerciseFactory(title="Side plank")
    step = StepFactory(exercise=exercise, text="Lift the hips like a quokka.")
    assert found(client, "quokka") == [exercise.title]
    step.text = "Lift the hips like a wombat."
    step.save()
    assert found(client, "quokka") == [] and found(client, "wombat") == [exercise.title]
    step.delete()
    assert found(client, "wombat") == []


def test_variants_added_and_removed_are_followed(client):
    stretch = ExerciseFactory(title="Figure four", kind="stretch")
    variant = VariantFactory(exercise=stretch, name="Quokka twist")
    assert found(client, "quokka") == [stretch.title]
    variant.delete()
    assert found(client, "quokka") == []


def test_region_links_added_and_removed_are_followed(client):
    region = RegionFactory(name="Quokka spine")
    exercise = ExerciseFactory(title="Open book")
    condition = ConditionFactory(title="Rib pain")
    link = ExerciseRegionFactory(exercise=exercise, region=region)
    condition.regions.add(region)
    assert set(found(client, "quokka")) == {exercise.title, condition.title}
    link.delete()
    region.conditions.clear()
    assert found(client, "quokka") == []


def test_a_renamed_region_is_found_by_its_new_name(client):
    region = RegionFactory(name="Quokka spine")
    exercise = ExerciseFactory(title="Open book")
    ExerciseRegionFactory(exercise=exercise, region=region)
    condition = ConditionFactory(title="Rib pain")
    condition.regions.add(region)
    ExerciseFactory(title="Bird dog")

    region.name = "Thoracic spine"
    region.save()
    assert set(found(client, "thoracic")) == {exercise.title, condition.title}
    assert found(client, "quokka") == []
    assert listed(client, "thoracic") == [exercise.title]


def test_equipment_added_renamed_and_removed_is_followed(client):
    exercise = ExerciseFactory(title="Side plank")
    band = EquipmentFactory(name="Quokka band")
    exercise.equipment.add(band)
    assert found(client, "quokka") == [exercise.title]
    band.name = "Wombat band"
    band.save()
    assert found(client, "quokka") == [] and found(client, "wombat") == [exercise.title]
    band.exercises.remove(exercise)
    assert found(client, "wombat") == []
    exercise.equipment.set([band])
    assert found(client, "wombat") == [exercise.title]
    exercise.equipment.clear()
    assert found(client, "wombat") == []


def test_an_import_is_found(client, tmp_path):
    record = {
        "id": "Quokka_Hop",
        "name": "Quokka hop",
        "force": None,
        "level": "beginner",
        "mechanic": None,
        "equipment": "foam roll",
        "primaryMuscles": ["lower back"],
        "secondaryMuscles": [],
        "instructions": ["Crouch low.", "Hop like a wallaby."],
        "category": "stretching",
        "images": [],
    }
    (tmp_path / "exercises.json").write_text(json.dumps([record]))
    assert found(client, "quokka") == []
    call_command("import_exercises", str(tmp_path), "--publish", stdout=io.StringIO())
    assert found(client, "quokka") == [record["name"]]
    assert found(client, "wallaby") == [record["name"]]  # a step
    assert listed(client, "quokka") == [record["name"]]


def test_an_import_of_drafts_is_not_found(client, tmp_path):
    record = {
        "id": "Quokka_Hop",
        "name": "Quokka hop",
        "level": "beginner",
        "primaryMuscles": ["lower back"],
        "secondaryMuscles": [],
        "instructions": ["Crouch low."],
        "category": "stretching",
        "images": [],
    }
    (tmp_path / "exercises.json").write_text(json.dumps([record]))
    call_command("import_exercises", str(tmp_path), stdout=io.StringIO())
    assert Exercise.objects.filter(title="Quokka hop").exists()
    assert found(client, "quokka") == []


def test_a_change_that_is_rolled_back_leaves_the_entry_as_it_was(client):
    exercise = ExerciseFactory(title="Quokka crawl")
    with pytest.raises(RuntimeError), transaction.atomic():
        exercise.title = "Wombat crawl"
        exercise.save()
        raise RuntimeError("changed my mind")
    assert found(client, "quokka") == ["Quokka crawl"]
    assert found(client, "wombat") == []


def test_a_failed_reindex_keeps_the_save_and_says_how_to_repair(
    client, monkeypatch, caplog
):
    exercise = ExerciseFactory(title="Quokka crawl")

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(indexing, "reindex", broken)
    exercise.title = "Wombat crawl"
    with caplog.at_level(logging.ERROR, logger="search.indexing"):
        exercise.save()
    assert Exercise.objects.get(pk=exercise.pk).title == "Wombat crawl"
    assert "rebuild_search_index" in caplog.text
    monkeypatch.undo()

    call_command("rebuild_search_index", stdout=io.StringIO())
    assert found(client, "wombat") == ["Wombat crawl"]


def test_rebuild_search_index_writes_every_entry_anew(client):
    published = [
        ExerciseFactory(title="Quokka crawl"),
        ConditionFactory(title="Quokka knee"),
    ]
    ExerciseFactory(title="Quokka draft", draft=True)
    assert len(found(client, "quokka")) == len(published)
    SearchEntry.objects.all().delete()
    assert found(client, "quokka") == []

    out = io.StringIO()
    call_command("rebuild_search_index", stdout=out)
    assert out.getvalue().strip() == f"Search index rebuilt: {len(published)} entries."
    assert set(found(client, "quokka")) == {a.title for a in published}
    assert listed(client, "quokka") == ["Quokka crawl"]
    # Run again, it writes the same entries, not twice as many.
    call_command("rebuild_search_index", stdout=io.StringIO())
    assert SearchEntry.objects.count() == len(published)
    assert set(found(client, "quokka")) == {a.title for a in published}


def test_rebuild_search_index_repairs_writes_that_went_around_the_models(client):
    exercise = ExerciseFactory(title="Quokka crawl")
    Exercise.objects.filter(pk=exercise.pk).update(title="Wombat crawl")
    assert found(client, "quokka") == ["Quokka crawl"]  # not followed, as documented
    call_command("rebuild_search_index", stdout=io.StringIO())
    assert found(client, "wombat") == ["Wombat crawl"]
    assert found(client, "quokka") == []


def test_a_deleted_region_no_longer_finds_its_conditions(client):
    region = RegionFactory(name="Quokka spine")
    condition = ConditionFactory(title="Rib pain")
    condition.regions.add(region)
    assert found(client, "quokka") == [condition.title]
    region.delete()
    assert found(client, "quokka") == []


def test_a_region_added_through_the_many_to_many_is_found(client):
    region = RegionFactory(name="Quokka spine")
    exercise = ExerciseFactory(title="Open book")
    exercise.regions.add(region)
    assert found(client, "quokka") == [exercise.title]
