"""What an exercise page shows beyond the exercise's own fields, as plain values.

Built once per page from an exercise with everything prefetched
(`exercises.pages.exercise_page`, or `exercise_detail_queryset()` on the
reference path): the template then writes out lists and strings, and calls no
related manager, choice label, method or URL lookup. Each of those was a Jinja2
call and a few microseconds; the exercise page made about fifty.
"""

from __future__ import annotations

from dataclasses import dataclass

from .models import Exercise, ExerciseImage, ExerciseStep, RegionRole, StretchVariant


@dataclass(frozen=True, slots=True)
class Link:
    url: str
    title: str


@dataclass(frozen=True, slots=True)
class ConditionLink:
    """A published condition the exercise helps with or needs care for."""

    relation: str  # Relation's value, for the badge's class
    label: str  # Relation's label
    url: str
    title: str
    note: str


@dataclass(frozen=True, slots=True)
class ExercisePage:
    kind: str
    difficulty: str
    aliases: list[str]
    works: list[str]  # the primary regions' names
    also_works: list[str]  # the secondary regions' names
    equipment: list[str]
    dose: str
    images: list[ExerciseImage]
    steps: list[ExerciseStep]
    variants: list[StretchVariant]
    # Draft and scheduled options are not linked.
    easier: Link | None
    harder: Link | None
    cautions: list[str]
    conditions: list[ConditionLink]


def _published_link(option: Exercise | None) -> Link | None:
    if option is None or not option.is_published():
        return None
    return Link(url=option.get_absolute_url(), title=option.title)


def exercise_page_view(exercise: Exercise) -> ExercisePage:
    """The page's view of `exercise`, whose relations are prefetched and whose
    `public_condition_links` are set (exercise_detail_queryset's Prefetch)."""
    targets = exercise.target_regions.all()
    return ExercisePage(
        kind=exercise.get_kind_display(),
        difficulty=exercise.get_difficulty_display(),
        aliases=exercise.alias_list,
        works=[t.region.name for t in targets if t.role == RegionRole.PRIMARY],
        also_works=[t.region.name for t in targets if t.role == RegionRole.SECONDARY],
        equipment=[e.name for e in exercise.equipment.all()],
        dose=exercise.dosage.in_words(),
        images=list(exercise.images.all()),
        steps=list(exercise.steps.all()),
        variants=list(exercise.variants.all()),
        easier=_published_link(exercise.easier_option),
        harder=_published_link(exercise.harder_option),
        cautions=exercise.caution_list,
        conditions=[
            ConditionLink(
                relation=link.relation,
                label=link.get_relation_display(),
                url=link.condition.get_absolute_url(),
                title=link.condition.title,
                note=link.note,
            )
            for link in exercise.public_condition_links
        ],
    )
