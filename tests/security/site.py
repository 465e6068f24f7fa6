"""A small site for the robustness tests, with fixed slugs so that hypothesis
strategies can name real pages before the database exists.

Every kind of thing a public page can show is here at least once (regions with
sub-regions, equipment, steps, variants, condition links, updates, credentials),
next to drafts and a scheduled article that must stay hidden.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils import timezone

from exercises.models import Difficulty

from ..factories import (
    AuthorFactory,
    ConditionExerciseFactory,
    ConditionFactory,
    CredentialFactory,
    EquipmentFactory,
    ExerciseFactory,
    ExerciseRegionFactory,
    RegionFactory,
    StepFactory,
    UpdateFactory,
    VariantFactory,
)
from ..helpers import index_for_search


@dataclass(frozen=True)
class Slugs:
    """What a URL's slug can be filled with."""

    shown: tuple[str, ...]  # must answer 200
    hidden: tuple[str, ...] = ()  # drafts and scheduled: a 404, as if missing


# By URL name, then by the pattern's keyword. Authors have no drafts: every
# profile is public, also one that has written nothing yet.
SLUGS: dict[str, dict[str, Slugs]] = {
    "exercises:detail": {
        "slug": Slugs(
            shown=("bird-dog", "figure-four-stretch"),
            hidden=("draft-exercise", "scheduled-exercise"),
        )
    },
    "conditions:detail": {
        "slug": Slugs(shown=("sciatica",), hidden=("draft-condition",))
    },
    "authors:detail": {"slug": Slugs(shown=("sam-rivera", "ana-reviewer"))},
}

# Filter values that select something, so the fuzzer also reaches the filtered
# queries and not only the "nothing matches" page.
FILTER_VALUES = (
    "hips",
    "hip-flexors",
    "lower-back",
    "mat",
    "none",
    "sciatica",
    "draft-condition",
)


def build() -> None:
    sam = AuthorFactory(display_name="Sam Rivera", slug="sam-rivera")
    CredentialFactory(author=sam)
    reviewer = AuthorFactory(display_name="Ana Reviewer", slug="ana-reviewer")

    hips = RegionFactory(name="Hips", slug="hips")
    flexors = RegionFactory(name="Hip flexors", slug="hip-flexors", parent=hips)
    back = RegionFactory(name="Lower back", slug="lower-back")
    mat = EquipmentFactory(name="Mat", slug="mat")

    bird_dog = ExerciseFactory(
        title="Bird dog",
        slug="bird-dog",
        author=sam,
        reviewed_by=reviewer,
        last_reviewed_on=dt.date(2024, 5, 1),
        difficulty=Difficulty.BEGINNER,
        aliases="Quadruped arm and leg raise",
        body="Keep the back *flat*.[^1]\n\n[^1]: A physiotherapy textbook.",
    )
    ExerciseRegionFactory(exercise=bird_dog, region=back)
    StepFactory(exercise=bird_dog, text="Reach the right arm and the left leg.")
    bird_dog.equipment.set([mat])
    stretch = ExerciseFactory(
        title="Figure four stretch",
        slug="figure-four-stretch",
        author=sam,
        kind="stretch",
        easier_option=bird_dog,
    )
    ExerciseRegionFactory(exercise=stretch, region=flexors)
    VariantFactory(exercise=stretch)
    draft = ExerciseFactory(slug="draft-exercise", author=sam, draft=True)
    ExerciseFactory(
        slug="scheduled-exercise",
        author=sam,
        published_at=timezone.now() + dt.timedelta(days=7),
    )

    sciatica = ConditionFactory(title="Sciatica", slug="sciatica", author=sam)
    hidden = ConditionFactory(slug="draft-condition", author=sam, draft=True)
    ConditionExerciseFactory(condition=sciatica, exercise=stretch)
    ConditionExerciseFactory(condition=hidden, exercise=bird_dog)
    ConditionExerciseFactory(condition=sciatica, exercise=draft)

    UpdateFactory(article=bird_dog, kind="new")
    UpdateFactory(article=sciatica, kind="correction")
    index_for_search()
