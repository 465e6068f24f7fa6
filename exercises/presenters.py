"""What an exercise page shows beyond the exercise's own fields.

Built once per page from an exercise with everything prefetched
(`exercises.pages.exercise_page`, or `exercise_detail_queryset()` on the
reference path): the template then writes out strings and rows, and calls no
related manager, choice label, method or URL lookup. Each of those was a Jinja2
call and a few microseconds; the exercise page made about fifty.
"""

from __future__ import annotations

from dataclasses import dataclass

from .models import Exercise, ExerciseImage, ExerciseStep, StretchVariant


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
class ExerciseDetails:
    kind: str
    difficulty: str
    aliases: tuple[str, ...]
    works: tuple[str, ...]  # the primary regions' names
    also_works: tuple[str, ...]  # the secondary regions' names
    equipment: tuple[str, ...]
    dose: str
    # Rows whose own fields the page writes out as they are.
    images: tuple[ExerciseImage, ...]
    steps: tuple[ExerciseStep, ...]
    variants: tuple[StretchVariant, ...]
    # Draft and scheduled options are not linked.
    easier: Link | None
    harder: Link | None
    cautions: tuple[str, ...]
    conditions: tuple[ConditionLink, ...]


def _published_link(option: Exercise | None) -> Link | None:
    if option is None or not option.is_published():
        return None
    return Link(url=option.get_absolute_url(), title=option.title)


def exercise_details(exercise: Exercise) -> ExerciseDetails:
    """The page's details of `exercise`, whose relations are prefetched and
    whose `public_condition_links` are set (exercise_detail_queryset's)."""
    return ExerciseDetails(
        kind=exercise.get_kind_display(),
        difficulty=exercise.get_difficulty_display(),
        aliases=tuple(exercise.alias_list),
        works=tuple(r.name for r in exercise.primary_regions),
        also_works=tuple(r.name for r in exercise.secondary_regions),
        equipment=tuple(e.name for e in exercise.equipment.all()),
        dose=exercise.dosage.in_words(),
        images=tuple(exercise.images.all()),
        steps=tuple(exercise.steps.all()),
        variants=tuple(exercise.variants.all()),
        easier=_published_link(exercise.easier_option),
        harder=_published_link(exercise.harder_option),
        cautions=tuple(exercise.caution_list),
        conditions=tuple(
            ConditionLink(
                relation=link.relation,
                label=link.get_relation_display(),
                url=link.condition.get_absolute_url(),
                title=link.condition.title,
                note=link.note,
            )
            for link in exercise.public_condition_links
        ),
    )
