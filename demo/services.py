"""Load the demo content. Creates what is missing and never touches rows that
already exist, so running it again (as `make run` does) keeps local edits."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.core.files import File
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from articles.models import ArticleUpdate, Status
from authors.models import Author, Credential
from conditions.models import Condition, ConditionExercise
from exercises.importing import IMAGE_CREDIT, IMAGE_CREDIT_URL
from exercises.models import (
    BodyRegion,
    Equipment,
    Exercise,
    ExerciseImage,
    ExerciseRegion,
    ExerciseStep,
    StretchVariant,
)

from . import content
from .content import photos

PHOTO_DIR = Path(__file__).resolve().parent / "photos"


def _date(value: str) -> dt.datetime:
    return timezone.make_aware(dt.datetime.fromisoformat(value).replace(hour=9))


def _author(data: dict, created: Counter) -> Author:
    author, new = Author.objects.get_or_create(
        slug=data["slug"],
        defaults={"display_name": data["display_name"], "bio": data["bio"]},
    )
    if new:
        created["authors"] += 1
        for order, (title, body, year, *url) in enumerate(data["credentials"]):
            Credential.objects.create(
                author=author,
                title=title,
                issuing_body=body,
                year=year,
                verification_url=url[0] if url else "",
                order=order,
            )
    return author


def _log(article, updates: list[tuple[str, str, str]]) -> None:
    ct = ContentType.objects.get_for_model(article)
    ArticleUpdate.objects.bulk_create(
        ArticleUpdate(
            content_type=ct,
            object_id=article.pk,
            date=dt.date.fromisoformat(day),
            kind=kind,
            description=text,
        )
        for day, kind, text in updates
    )


def _article_fields(data: dict, skip: set[str], reviewer: Author) -> dict:
    fields = {k: v for k, v in data.items() if k not in skip}
    fields["published_at"] = _date(data["published_at"])
    fields["status"] = Status.PUBLISHED
    fields["last_reviewed_on"] = dt.date.fromisoformat(data["last_reviewed_on"])
    fields["reviewed_by"] = reviewer
    return fields


OPTIONS = ("easier_option", "harder_option")


def _exercise(
    data: dict, author: Author, reviewer: Author, created: Counter
) -> Exercise | None:
    """The exercise, if this run created it."""
    children = {
        "steps",
        "regions",
        "equipment",
        "variants",
        "updates",
        "slug",
        *OPTIONS,
    }
    exercise, new = Exercise.objects.get_or_create(
        slug=data["slug"],
        defaults={**_article_fields(data, children, reviewer), "author": author},
    )
    if not new:
        return None
    created["exercises"] += 1
    ExerciseStep.objects.bulk_create(
        ExerciseStep(exercise=exercise, order=i, text=text)
        for i, text in enumerate(data["steps"], start=1)
    )
    regions = BodyRegion.objects.in_bulk(
        [s for s, _ in data["regions"]], field_name="slug"
    )
    ExerciseRegion.objects.bulk_create(
        ExerciseRegion(exercise=exercise, region=regions[slug], role=role)
        for slug, role in data["regions"]
    )
    equipment = list(Equipment.objects.filter(slug__in=data["equipment"]))
    # A typo in the content must fail loudly, not drop equipment silently.
    assert len(equipment) == len(data["equipment"]), data["equipment"]
    exercise.equipment.set(equipment)
    StretchVariant.objects.bulk_create(
        StretchVariant(exercise=exercise, order=i, **variant)
        for i, variant in enumerate(data.get("variants", []))
    )
    _log(exercise, data["updates"])
    return exercise


def _link_options(fresh: dict[str, Exercise]) -> None:
    # A second pass: an option may name an exercise defined further down. Only
    # exercises made in this run, so an option a trainer removed stays removed.
    if not fresh:
        return
    by_slug = Exercise.objects.in_bulk(field_name="slug")
    for data in content.EXERCISES:
        exercise = fresh.get(data["slug"])
        links = {k: by_slug[data[k]] for k in OPTIONS if k in data}
        if exercise is not None and links:
            for key, target in links.items():
                setattr(exercise, key, target)
            exercise.save(update_fields=list(links))


def _condition(
    data: dict, author: Author, reviewer: Author, created: Counter
) -> Condition | None:
    """The condition, if this run created it."""
    children = {"regions", "exercises", "updates", "slug", "related"}
    condition, new = Condition.objects.get_or_create(
        slug=data["slug"],
        defaults={**_article_fields(data, children, reviewer), "author": author},
    )
    if not new:
        return None
    created["conditions"] += 1
    condition.regions.set(BodyRegion.objects.filter(slug__in=data["regions"]))
    exercises = Exercise.objects.in_bulk(
        [s for s, *_ in data["exercises"]], field_name="slug"
    )
    ConditionExercise.objects.bulk_create(
        ConditionExercise(
            condition=condition,
            exercise=exercises[slug],
            relation=rel,
            note=note,
            order=i,
        )
        for i, (slug, rel, note) in enumerate(data["exercises"])
    )
    _log(condition, data["updates"])
    return condition


def _link_related(fresh: dict[str, Condition]) -> None:
    # After all conditions exist; links are two-way, so one side adds both.
    by_slug = Condition.objects.in_bulk(field_name="slug")
    for data in content.CONDITIONS:
        if (condition := fresh.get(data["slug"])) is not None:
            condition.related.add(*(by_slug[slug] for slug in data.get("related", [])))


def _attach_photos(created: Counter) -> None:
    """The shipped photos, for demo exercises that have no pictures at all.

    Pictures a trainer added are kept; an exercise whose pictures were all
    removed gets the demo ones back, like any other missing demo row.
    """
    exercises = Exercise.objects.filter(slug__in=photos.PHOTOS).exclude(
        images__isnull=False
    )
    for exercise in exercises:
        record, alts = photos.PHOTOS[exercise.slug]
        captions = photos.CAPTIONS.get(exercise.slug, ("",) * len(alts))
        for order, (alt, caption) in enumerate(zip(alts, captions, strict=True)):
            path = PHOTO_DIR / record / f"{order}.jpg"
            with path.open("rb") as handle:
                ExerciseImage.objects.create(
                    exercise=exercise,
                    image=File(handle, name=f"{slugify(record)}-{order}.jpg"),
                    alt_text=alt,
                    caption=caption,
                    credit=IMAGE_CREDIT,
                    credit_url=IMAGE_CREDIT_URL,
                    order=order,
                )
            created["photos"] += 1


@transaction.atomic
def demo_load() -> Counter:
    """Create the demo content that is missing; return what was created."""
    created: Counter = Counter()
    author = _author(content.AUTHOR, created)
    reviewer = _author(content.REVIEWER, created)
    for slug, name in content.EQUIPMENT:
        _, new = Equipment.objects.get_or_create(slug=slug, defaults={"name": name})
        created["equipment"] += new
    for slug, name, parent, order, description in content.REGIONS:
        _, new = BodyRegion.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "parent": BodyRegion.objects.filter(slug=parent).first(),
                "order": order,
                "description": description,
            },
        )
        created["regions"] += new
    fresh = {}
    for data in content.EXERCISES:
        if (exercise := _exercise(data, author, reviewer, created)) is not None:
            fresh[exercise.slug] = exercise
    _link_options(fresh)
    _attach_photos(created)
    fresh_conditions = {}
    for data in content.CONDITIONS:
        if (condition := _condition(data, author, reviewer, created)) is not None:
            fresh_conditions[condition.slug] = condition
    _link_related(fresh_conditions)
    return +created  # drops the zero counts
