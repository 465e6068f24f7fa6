"""What an exercise page shows beyond the exercise's own fields, as plain values.

The template writes out strings and these values, and calls no related
manager, choice label, method or URL lookup: each of those was a Jinja2 call
and a few microseconds, and the exercise page made about fifty.

The page's loader (`exercises.pages.exercise_page`) builds an `ExercisePage`
straight from its rows; `page_of` builds the same from an exercise read through
`exercise_detail_queryset()`, the reference the loader's tests compare it with.
"""

from __future__ import annotations

from dataclasses import dataclass

from articles.bylines import Byline, byline_of
from articles.update_log import ArticleLog, article_log
from images.presenters import StoredImage, stored_image

from .models import Exercise


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
class Figure:
    """One of the exercise's pictures (ExerciseImage)."""

    image: StoredImage | None  # None only for a row whose file name is empty
    alt_text: str
    is_decorative: bool
    caption: str
    credit: str
    credit_url: str


@dataclass(frozen=True, slots=True)
class Variant:
    """A way of doing the stretch (StretchVariant)."""

    slug: str
    name: str
    change: str
    emphasis: str
    instructions: str
    image: StoredImage | None
    image_alt: str


@dataclass(frozen=True, slots=True)
class ExerciseDetails:
    kind: str
    difficulty: str
    aliases: tuple[str, ...]
    works: tuple[str, ...]  # the primary regions' names
    also_works: tuple[str, ...]  # the secondary regions' names
    equipment: tuple[str, ...]
    dose: str
    images: tuple[Figure, ...]
    steps: tuple[str, ...]
    variants: tuple[Variant, ...]
    # Draft and scheduled options are not linked.
    easier: Link | None
    harder: Link | None
    cautions: tuple[str, ...]
    conditions: tuple[ConditionLink, ...]


@dataclass(frozen=True, slots=True)
class ExercisePage:
    """Everything an exercise page shows."""

    # Its own fields, and its author, reviewer and options cached; nothing
    # else is prefetched, so its related managers would query.
    exercise: Exercise
    details: ExerciseDetails
    byline: Byline
    update_log: ArticleLog


def _published_link(option: Exercise | None) -> Link | None:
    if option is None or not option.is_published():
        return None
    return Link(url=option.get_absolute_url(), title=option.title)


def page_of(exercise: Exercise) -> ExercisePage:
    """The page of an exercise read through `exercise_detail_queryset()` (its
    relations prefetched and its `public_condition_links` set), with its
    people's credentials prefetched as `ArticleDetailView` reads them."""
    return ExercisePage(
        exercise=exercise,
        details=exercise_details(exercise),
        byline=byline_of(exercise),
        update_log=article_log(exercise),
    )


def exercise_details(exercise: Exercise) -> ExerciseDetails:
    """From an exercise with its relations prefetched (`page_of`)."""
    return details_from(
        exercise,
        works=tuple(r.name for r in exercise.primary_regions),
        also_works=tuple(r.name for r in exercise.secondary_regions),
        equipment=tuple(e.name for e in exercise.equipment.all()),
        images=tuple(
            Figure(
                image=stored_image(i.image.storage, i.image.name, i.renditions),
                alt_text=i.alt_text,
                is_decorative=i.is_decorative,
                caption=i.caption,
                credit=i.credit,
                credit_url=i.credit_url,
            )
            for i in exercise.images.all()
        ),
        steps=tuple(step.text for step in exercise.steps.all()),
        variants=tuple(
            Variant(
                slug=v.slug,
                name=v.name,
                change=v.change,
                emphasis=v.emphasis,
                instructions=v.instructions,
                image=stored_image(v.image.storage, v.image.name, v.image_renditions),
                image_alt=v.image_alt,
            )
            for v in exercise.variants.all()
        ),
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


def details_from(
    exercise: Exercise,
    *,
    works: tuple[str, ...],
    also_works: tuple[str, ...],
    equipment: tuple[str, ...],
    images: tuple[Figure, ...],
    steps: tuple[str, ...],
    variants: tuple[Variant, ...],
    conditions: tuple[ConditionLink, ...],
) -> ExerciseDetails:
    """The details of `exercise`, given what its relations hold: the rest
    comes from its own fields and its cached options."""
    return ExerciseDetails(
        kind=exercise.get_kind_display(),
        difficulty=exercise.get_difficulty_display(),
        aliases=tuple(exercise.alias_list),
        works=works,
        also_works=also_works,
        equipment=equipment,
        dose=exercise.dosage.in_words(),
        images=images,
        steps=steps,
        variants=variants,
        easier=_published_link(exercise.easier_option),
        harder=_published_link(exercise.harder_option),
        cautions=tuple(exercise.caution_list),
        conditions=conditions,
    )
