"""Libraries for the rendering tests: a few rows of everything, or many."""

import datetime as dt

import pytest

from ..factories import (
    ConditionExerciseFactory,
    ConditionFactory,
    EquipmentFactory,
    ExerciseFactory,
    ExerciseRegionFactory,
    RegionFactory,
    UpdateFactory,
)


@pytest.fixture
def grow_library(db):
    """Adds exercises, regions (each with a sub-region), equipment, conditions and
    update-log entries; call it again to grow the same library."""

    def grow(*, exercises: int, regions: int, equipment: int, conditions: int):
        tops = [RegionFactory() for _ in range(regions)]
        subs = [RegionFactory(parent=top) for top in tops]
        items = [EquipmentFactory() for _ in range(equipment)]
        guides = [ConditionFactory() for _ in range(conditions)]
        for i in range(exercises):
            exercise = ExerciseFactory(
                kind="stretch" if i % 2 else "exercise", difficulty=1 + i % 3
            )
            ExerciseRegionFactory(exercise=exercise, region=subs[i % len(subs)])
            ExerciseRegionFactory(
                exercise=exercise, region=tops[i % len(tops)], role="secondary"
            )
            exercise.equipment.add(items[i % len(items)])
            ConditionExerciseFactory(
                exercise=exercise, condition=guides[i % len(guides)]
            )
            UpdateFactory(article=exercise, date=dt.date(2024, 1, 1 + i % 28))

    return grow
