"""LinkExists finds what the ORM's Exists subquery finds, wherever it is used."""

import pytest
from django.db.models import Exists, OuterRef, Q

from articles.expressions import LinkExists
from conditions.models import ConditionExercise, Relation
from exercises.models import Exercise, ExerciseRegion

from ..factories import (
    ConditionExerciseFactory,
    EquipmentFactory,
    ExerciseFactory,
    ExerciseRegionFactory,
    RegionFactory,
)

pytestmark = pytest.mark.django_db

Uses = Exercise.equipment.through


@pytest.fixture
def library():
    back, hips, neck = (RegionFactory() for _ in range(3))
    mat = EquipmentFactory()
    both = ExerciseFactory(title="Both")
    ExerciseRegionFactory(exercise=both, region=back)
    ExerciseRegionFactory(exercise=both, region=hips)
    both.equipment.add(mat)
    hips_only = ExerciseFactory(title="Hips only")
    ExerciseRegionFactory(exercise=hips_only, region=hips)
    helped = ConditionExerciseFactory(exercise=hips_only, relation=Relation.HELPS)
    ConditionExerciseFactory(
        exercise=both, condition=helped.condition, relation=Relation.CAUTION
    )
    ExerciseFactory(title="Nowhere")
    return {
        "back": back,
        "hips": hips,
        "neck": neck,
        "mat": mat,
        "condition": helped.condition,
    }


def orm_exists(model, **lookups):
    return Exists(model.objects.filter(exercise=OuterRef("pk"), **lookups))


def titles(queryset) -> set[str]:
    return set(queryset.values_list("title", flat=True))


def both_ways(link, orm) -> tuple[set[str], set[str]]:
    exercises = Exercise.objects.all()
    return titles(exercises.filter(link)), titles(exercises.filter(orm))


def test_a_list_of_values_is_any_of_them(library):
    regions = [library["back"].pk, library["neck"].pk]
    found, expected = both_ways(
        LinkExists(ExerciseRegion, "exercise", region=regions),
        orm_exists(ExerciseRegion, region__in=regions),
    )
    assert found == expected == {"Both"}


def test_values_are_all_required_and_rows_stand_for_their_keys(library):
    found, expected = both_ways(
        LinkExists(
            ConditionExercise,
            "exercise",
            condition=[library["condition"]],
            relation=Relation.HELPS,
        ),
        orm_exists(
            ConditionExercise,
            condition__in=[library["condition"]],
            relation=Relation.HELPS,
        ),
    )
    assert found == expected == {"Hips only"}


def test_negated_and_combined_with_or(library):
    found, expected = both_ways(
        Q(LinkExists(Uses, "exercise", equipment=[library["mat"]]))
        | ~LinkExists(ExerciseRegion, "exercise"),
        Q(orm_exists(Uses, equipment__in=[library["mat"]]))
        | ~orm_exists(ExerciseRegion),
    )
    assert found == expected == {"Both", "Nowhere"}


def test_an_empty_list_matches_nothing_and_its_negation_everything(library):
    exercises = Exercise.objects.all()
    assert not exercises.filter(LinkExists(ExerciseRegion, "exercise", region=[]))
    negated = exercises.filter(~LinkExists(ExerciseRegion, "exercise", region=[]))
    assert titles(negated) == {"Both", "Hips only", "Nowhere"}


def test_inside_a_subquery_it_follows_the_inner_rows_alias(library):
    # In a subquery the exercise table is aliased (U0): a key written as the
    # table's own name would point outside, at a table the query lacks.
    on_back = Exercise.objects.filter(
        LinkExists(ExerciseRegion, "exercise", region=[library["back"].pk])
    )
    links = ExerciseRegion.objects.filter(exercise__in=on_back)
    assert set(links.values_list("region", flat=True)) == {
        library["back"].pk,
        library["hips"].pk,
    }


def test_counted_after_slicing_and_distinct(library):
    on_hips = Exercise.objects.filter(
        LinkExists(ExerciseRegion, "exercise", region=[library["hips"].pk])
    )
    assert on_hips.count() == 2
    assert on_hips.order_by("title").distinct()[:1].count() == 1


def test_it_stays_one_exists_subquery_without_a_join(library):
    sql = str(
        Exercise.objects.filter(
            LinkExists(ExerciseRegion, "exercise", region=[library["hips"].pk])
        ).query
    )
    # A join would list an exercise once per matching region.
    assert "EXISTS" in sql
    assert "JOIN" not in sql
