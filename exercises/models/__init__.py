from .exercise import (
    DETAIL_JOINED,
    Difficulty,
    Exercise,
    ExerciseImage,
    ExerciseQuerySet,
    ExerciseRegion,
    ExerciseStep,
    Frequency,
    Kind,
    RegionRole,
    StretchVariant,
)
from .imports import ImportRecord
from .regions import BodyRegion, BodyRegionQuerySet, Equipment, with_sub_regions

__all__ = [
    "DETAIL_JOINED",
    "BodyRegion",
    "BodyRegionQuerySet",
    "Difficulty",
    "Equipment",
    "Exercise",
    "ExerciseImage",
    "ExerciseQuerySet",
    "ExerciseRegion",
    "ExerciseStep",
    "ImportRecord",
    "Frequency",
    "Kind",
    "RegionRole",
    "StretchVariant",
    "with_sub_regions",
]
