"""ExerciseFilter on its own, as a JSON API will use it: no request, no templates."""

import datetime as dt
from unittest import mock

import pytest
from django.db.models import QuerySet
from django.utils import timezone

from exercises.filters import ExerciseFilter
from exercises.models import Difficulty, Exercise

from ..factories import (
    ConditionExerciseFactory,
    ConditionFactory,
    EquipmentFactory,
    ExerciseFactory,
    ExerciseRegionFactory,
    RegionFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def library():
    hips = RegionFactory(name="Hips", slug="hips")
    flexors = RegionFactory(name="Hip flexors", slug="hip-flexors", parent=hips)
    mat = EquipmentFactory(name="Mat", slug="mat")
    lunge = ExerciseFactory(title="Kneeling lunge", difficulty=Difficulty.BEGINNER)
    ExerciseRegionFactory(exercise=lunge, region=flexors)
    lunge.equipment.add(mat)
    bridge = ExerciseFactory(title="Bridge", difficulty=Difficulty.ADVANCED)
    ExerciseRegionFactory(exercise=bridge, region=hips)
    ExerciseFactory(title="Bird dog", difficulty=Difficulty.BEGINNER)
    return {"hips": hips, "mat": mat}


def run(data) -> ExerciseFilter:
    return ExerciseFilter(data, queryset=Exercise.objects.for_list())


def titles(filterset) -> list[str]:
    return [e.title for e in filterset.qs]


def test_unknown_values_are_reported_as_data_and_the_rest_applies(library):
    filterset = run(
        {
            "region": ["elbow", "hips"],
            "equipment": ["kettlebell", "none", "mat"],
            "kind": "yoga",
            "sort": "hardest,price",
        }
    )
    assert titles(filterset) == ["Bridge", "Kneeling lunge"]  # hardest first
    assert filterset.ignored == {
        "region": ["elbow"],
        "kind": ["yoga"],
        "equipment": ["kettlebell"],
        "sort": ["price"],
    }


def test_chosen_regions_equipment_and_conditions_are_rows_found_by_slug(library):
    condition = ConditionFactory(slug="tight-hips")
    filterset = run(
        {"region": "hips", "equipment": ["mat", "none"], "condition": "tight-hips"}
    )
    assert filterset.is_valid()
    cleaned = filterset.form.cleaned_data
    assert cleaned["region"] == [library["hips"]]
    assert cleaned["equipment"] == [library["mat"], "none"]
    assert cleaned["condition"] == [condition]


def test_several_sort_orders_apply_in_turn(library):
    Exercise.objects.filter(title="Bird dog").update(
        updated_at=timezone.now() + dt.timedelta(days=1)
    )
    filterset = run({"sort": "easiest,updated"})
    assert titles(filterset) == ["Bird dog", "Kneeling lunge", "Bridge"]
    assert filterset.ignored == {}


def test_a_condition_published_after_start_up_is_a_choice(library):
    # "Published" must be judged when filtering, not when the module was imported.
    fresh = ConditionFactory(slug="fresh", published_at=timezone.now())
    ConditionExerciseFactory(
        condition=fresh, exercise=Exercise.objects.get(title="Bridge")
    )
    filterset = run({"condition": "fresh"})
    assert titles(filterset) == ["Bridge"]
    assert filterset.ignored == {}


def test_unbound_filter_lists_everything_and_ignores_nothing(library):
    filterset = ExerciseFilter(queryset=Exercise.objects.for_list())
    assert titles(filterset) == ["Bird dog", "Bridge", "Kneeling lunge"]
    assert filterset.ignored == {}


def test_each_filterset_has_its_own_filters(library):
    # The copies are shallow (articles.filters.CopiedPerFilterSet): what one
    # request sets must not show in another's.
    yoga, advanced = run({"kind": "yoga"}), run({"difficulty": "advanced"})
    assert yoga.ignored == {"kind": ["yoga"]}
    assert advanced.ignored == {}
    assert titles(advanced) == ["Bridge"]
    for name in ("q", "region", "kind", "sort"):
        assert yoga.filters[name] is not advanced.filters[name]
        assert yoga.filters[name].parent is yoga
        assert yoga.filters[name].extra is not advanced.filters[name].extra


def test_forms_of_one_form_class_have_their_own_fields(library):
    # One form class serves every request of a content version; each form's
    # fields are shallow copies (articles.filters.CopiedPerForm).
    form_class = run({}).get_form_class()
    yoga, plain = form_class({"kind": "yoga"}), form_class({})
    assert yoga.is_valid() and plain.is_valid()
    assert yoga.fields["kind"].ignored == ["yoga"]
    assert plain.fields["kind"].ignored == []
    for name in ("q", "region", "kind", "sort"):
        field, other = yoga.fields[name], plain.fields[name]
        assert field is not other
        assert field.widget is not other.widget
        assert field.widget.attrs is not other.widget.attrs
        assert field.error_messages is not other.error_messages
        assert field.validators is not other.validators


def test_filtersets_and_forms_are_made_without_copying_querysets(library):
    # Deep copies of every filter's queryset, widget and choices cost a list
    # page a fifth of its filtering.
    with mock.patch.object(
        QuerySet, "__deepcopy__", side_effect=AssertionError("deep-copied")
    ):
        filterset = run({"region": "hips", "equipment": "mat", "sort": "hardest"})
        assert titles(filterset) == ["Kneeling lunge"]
        assert filterset.form.fields["region"].queryset is not None
