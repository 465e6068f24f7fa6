from __future__ import annotations

from dataclasses import dataclass, field

from .models import BodyRegion, Exercise, ExerciseRegion


@dataclass
class RegionEntry:
    region: BodyRegion
    count: int
    children: list[RegionEntry] = field(default_factory=list)


def region_picker() -> list[RegionEntry]:
    """Top-level regions with published exercises, each with its sub-regions.

    A region's count includes its sub-regions' exercises (each exercise once),
    matching what the list shows when that region is picked. Two queries
    however many regions and exercises there are.
    """
    children = BodyRegion.objects.by_parent()
    direct: dict[int, set[int]] = {}
    for region_id, exercise_id in ExerciseRegion.objects.filter(
        exercise__in=Exercise.objects.published()
    ).values_list("region_id", "exercise_id"):
        direct.setdefault(region_id, set()).add(exercise_id)

    def build(region: BodyRegion) -> tuple[RegionEntry, set[int]]:
        exercises = set(direct.get(region.pk, ()))
        entry = RegionEntry(region=region, count=0)
        for child in children.get(region.pk, []):
            child_entry, child_exercises = build(child)
            exercises |= child_exercises
            if child_entry.count:
                entry.children.append(child_entry)
        entry.count = len(exercises)
        return entry, exercises

    top = (build(region)[0] for region in children.get(None, []))
    return [entry for entry in top if entry.count]
