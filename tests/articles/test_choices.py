"""get_FOO_display() from labels kept per field (articles.choices)."""

import inspect
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.db import models

from articles.choices import choice_display, labels

OUR_APPS = {"articles", "exercises", "conditions", "authors", "images", "search"}


def choice_fields():
    for model in apps.get_models():
        if model._meta.app_label not in OUR_APPS:
            continue
        for field in model._meta.concrete_fields:
            if field.choices:
                yield model, field


def test_every_choice_field_of_ours_uses_the_kept_labels():
    found = list(choice_fields())
    assert len(found) >= 7
    for model, field in found:
        # The partialmethod Django made from the class's _get_FIELD_display.
        method = inspect.getattr_static(model, f"get_{field.name}_display")
        assert method.func is choice_display, f"{model.__name__}.{field.name}"


@pytest.mark.parametrize(
    ("model", "field"),
    list(choice_fields()),
    ids=[f"{model.__name__}.{field.name}" for model, field in choice_fields()],
)
def test_labels_are_djangos(model, field):
    instance = model()
    for value in [*(value for value, _ in field.flatchoices), "not-a-choice", None]:
        setattr(instance, field.attname, value)
        assert getattr(instance, f"get_{field.name}_display")() == (
            models.Model._get_FIELD_display(instance, field)
        )


def test_a_fields_labels_are_made_once(monkeypatch):
    from exercises.models import Exercise

    reads = []
    flatchoices = models.Field.flatchoices

    def counting(field):
        reads.append(field.name)
        return flatchoices.fget(field)

    monkeypatch.setattr(models.Field, "flatchoices", property(counting))
    labels.cache_clear()
    exercise = Exercise(kind="stretch", difficulty=2)
    assert [exercise.get_kind_display() for _ in range(3)] == ["Stretch"] * 3
    exercise.get_difficulty_display()
    exercise.get_difficulty_display()
    assert reads == ["kind", "difficulty"]


def test_choices_from_a_function_are_asked_for_each_time():
    offered = [("a", "Before")]
    field = models.CharField(choices=lambda: offered)
    field.set_attributes_from_name("letter")
    instance = SimpleNamespace(letter="a")
    assert choice_display(instance, field) == "Before"
    offered[:] = [("a", "After")]
    assert choice_display(instance, field) == "After"
