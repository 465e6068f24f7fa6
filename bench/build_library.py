"""Build a large synthetic library to measure pages against.

    .venv/bin/python bench/build_library.py --exercises 10000 \\
        --database-url sqlite:////tmp/library.sqlite3 [--media-root /tmp/media]

Migrates the database, loads the demo content (its regions, equipment and
authors), then adds EXERCISES published exercises and stretches and enough
condition guides to make CONDITIONS in all, shaped like trainers' work: one or
two primary regions and up to two secondary ones (lower back most often),
difficulties, equipment (half need none), 3-8 steps, dosage, cautions, Markdown
bodies with footnotes, an update log, easier and harder options, stretch
variants, pictures, and conditions linking 8-40 exercises each. The same seed
gives the same library.

It refuses to run on a library that has anything besides the demo content, so it
never mixes its rows into real work; use a new database (bench/run makes one per
run). --database-url (or DATABASE_URL in the environment) is required for the
same reason: without it Django would use the development database, db.sqlite3.

Fast because every table is written with bulk_create, in one transaction: the
pictures are four images drawn once, with their renditions made once, and every
picture row points at those files. So deleting one picture in the admin deletes
the files the others show: this library is for measuring, not editing. 10,000
exercises take about 6 seconds on SQLite.

`library_build()` does the work and is what the tests call; Django must be set
up first, as `main()` does.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import itertools
import json
import os
import random
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BATCH = 500
IMAGES = 4
SEED = 10

# Words to make titles, sentences and notes from; plain and trainer-like, so
# pages have the length and shape of real ones.
POSITIONS = [
    "Standing", "Seated", "Kneeling", "Half-kneeling", "Side-lying", "Supine",
    "Prone", "Wall", "Chair", "Supported", "Tall-kneeling", "Split-stance",
    "Four-point", "Banded", "Single-leg", "Staggered", "Elevated", "Slow",
    "Paused", "Assisted",
]  # fmt: skip
MOVES = {
    "exercise": [
        "bridge", "bird dog", "dead bug", "plank", "hip hinge", "squat", "lunge",
        "row", "clamshell", "leg raise", "pelvic tilt", "curl-up", "side plank",
        "march", "pallof press", "reach", "rotation", "chin tuck", "step-up",
        "hip thrust", "wall slide", "heel slide", "good morning", "back extension",
    ],
    "stretch": [
        "hip flexor stretch", "hamstring stretch", "cat-cow", "child's pose",
        "spinal twist", "piriformis stretch", "quad stretch", "side bend",
        "thread the needle", "open book", "neck side stretch", "figure-four stretch",
        "calf stretch", "lat stretch", "knee hug", "doorway stretch",
        "adductor stretch", "glute stretch", "cobra", "seated forward fold",
    ],
}  # fmt: skip
FINISHES = [
    "", "with reach", "with pause", "with breath", "with rotation", "on a step",
    "with band", "to the side", "with arm sweep", "and hold", "on a cushion",
    "with towel", "on toes", "with lift", "against the wall",
]  # fmt: skip
PARTS = [
    "your lower back", "the front of the hip", "the deep core muscles",
    "your shoulder blades", "the hamstrings", "the buttock muscles", "your ribs",
    "the pelvis", "your neck", "the muscles along the spine", "the outer thigh",
    "the upper back", "the inner thigh", "your breathing",
]  # fmt: skip
VERBS = [
    "steadies", "lengthens", "wakes up", "strengthens", "eases", "loosens",
    "supports", "mobilises", "trains", "calms", "unloads", "warms",
]  # fmt: skip
WHEN = [
    "after a long day at a desk", "before a walk", "when mornings feel stiff",
    "between sets of heavier work", "on days when the back feels guarded",
    "without loading the spine", "at a slow, even pace", "while you breathe out",
    "after driving", "before bed", "when you have been standing for hours",
    "as part of a warm-up",
]  # fmt: skip
DOING = [
    "Keep", "Let", "Bring", "Press", "Lower", "Lift", "Turn", "Hold", "Reach",
    "Rest", "Slide", "Draw",
]  # fmt: skip
HOW = [
    "slowly and without holding your breath", "until you feel a gentle pull",
    "only as far as is comfortable", "with your chin tucked",
    "keeping the hips square", "while the ribs stay down",
    "with the knees soft", "and pause for a breath",
    "without letting the back arch", "so the movement comes from the hips",
]  # fmt: skip
CONDITION_KINDS = [
    "lower back pain", "neck ache", "hip tightness", "sciatica-like leg pain",
    "upper back tension", "tight hamstrings", "pelvic girdle pain",
    "facet joint irritation", "disc bulge", "sacroiliac joint pain",
]  # fmt: skip
CONDITION_WORDS = ["Stiff", "Acute", "Recurring", "Desk-related", "Morning"]
UPDATE_TEXTS = [
    ("major", "Rewrote the steps after feedback from readers."),
    ("minor", "Clarified the starting position."),
    ("science", "Added a note on recent research."),
    ("review", "Checked by a physiotherapist."),
    ("correction", "Corrected the hold time."),
]
REGION_WEIGHTS = {
    "lower-back": 6, "core": 4, "hips": 3, "glutes": 3, "hip-flexors": 2,
    "hamstrings": 2, "thoracic-spine": 2, "neck": 2, "pelvis": 1, "it-band": 1,
}  # fmt: skip
FREQUENCIES = ["daily", "twice_daily", "alternate_days", "three_weekly", "as_needed"]


class LibraryNotEmpty(Exception):
    """The database holds articles besides the demo content; nothing was written."""


@dataclass
class Library:
    exercises: int
    conditions: int
    steps: int
    variants: int
    images: int
    updates: int
    condition_links: int
    sample_exercise: str
    sample_condition: str
    seconds: float


class Text:
    """Sentences from the word lists above, repeatable from a seed."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def sentence(self, kind: str = "exercise") -> str:
        r = self.rng
        return r.choice(
            [
                f"This {kind} {r.choice(VERBS)} {r.choice(PARTS)} {r.choice(WHEN)}.",
                f"{r.choice(DOING)} {r.choice(PARTS)} {r.choice(HOW)}.",
                f"Most people feel it in {r.choice(PARTS)}, sometimes in "
                f"{r.choice(PARTS)} too.",
                f"It helps {r.choice(WHEN)}, and {r.choice(VERBS)} "
                f"{r.choice(PARTS)} over a few weeks.",
            ]
        )

    def step(self) -> str:
        r = self.rng
        return f"{r.choice(DOING)} {r.choice(PARTS)} {r.choice(HOW)}."

    def paragraph(self, kind: str, sentences: int) -> str:
        return " ".join(self.sentence(kind) for _ in range(sentences))

    def body(self, kind: str) -> str:
        r = self.rng
        paragraphs = [
            self.paragraph(kind, r.randint(2, 5)) for _ in range(r.randint(1, 4))
        ]
        if r.random() < 0.3:
            paragraphs.insert(1, "\n".join(f"- {self.step()}" for _ in range(3)))
        if r.random() < 0.4:
            paragraphs[0] += "[^1]"
            paragraphs.append(f"[^1]: {self.sentence(kind)}")
        return "\n\n".join(paragraphs)

    def summary(self, kind: str) -> str:
        return self.paragraph(kind, 2)[:480]


def _titles(kind: str, rng: random.Random):
    """Distinct titles, shuffled; numbered rounds once the combinations run out."""
    combos = [
        " ".join(part for part in (position, move, finish) if part)
        for position, move, finish in itertools.product(
            POSITIONS, MOVES[kind], FINISHES
        )
    ]
    rng.shuffle(combos)
    for round_ in itertools.count(1):
        for combo in combos:
            title = combo.capitalize()
            yield title if round_ == 1 else f"{title} {round_}"


def _draw_images(count: int, rng: random.Random) -> list[tuple[str, dict]]:
    """A few pictures drawn once, stored with their renditions as an upload is."""
    from django.core.files.base import ContentFile
    from PIL import Image, ImageDraw

    from exercises.models import ExerciseImage
    from images.processing import make_renditions, prepare_upload

    storage = ExerciseImage._meta.get_field("image").storage
    stored = []
    for i in range(count):
        image = Image.new("RGB", (1200, 800), (238, 242, 236))
        draw = ImageDraw.Draw(image)
        for _ in range(12):
            x, y = rng.randint(0, 1100), rng.randint(0, 700)
            colour = tuple(rng.randint(40, 200) for _ in range(3))
            draw.ellipse(
                (x, y, x + rng.randint(40, 300), y + rng.randint(40, 300)), fill=colour
            )
        raw = io.BytesIO()
        image.save(raw, "JPEG", quality=85)
        prepared = prepare_upload(ContentFile(raw.getvalue(), name="bench.jpg"))
        name = storage.save(
            f"exercises/bench-library-{i}.{prepared.extension}", prepared.content
        )
        stored.append((name, make_renditions(storage, name)))
    return stored


def _check_empty() -> None:
    from conditions.models import Condition
    from demo import content
    from exercises.models import Exercise

    for model, demo in (
        (Exercise, content.EXERCISES),
        (Condition, content.CONDITIONS),
    ):
        others = model.objects.exclude(slug__in=[d["slug"] for d in demo])
        if others.exists():
            raise LibraryNotEmpty(
                f"The database already has {others.count()} "
                f"{model._meta.verbose_name_plural} besides the demo content; the "
                "library builder only fills an empty library. Give it a new "
                "database (e.g. --database-url sqlite:////tmp/library.sqlite3)."
            )


def library_build(*, exercises: int, conditions: int = 50, seed: int = SEED) -> Library:
    """Add `exercises` published exercises and conditions up to `conditions` in all.

    Raises LibraryNotEmpty (writing nothing) unless the database holds at most the
    demo content.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.utils import timezone
    from django.utils.text import slugify

    from articles.models import ArticleUpdate, Status, review_due_after
    from authors.models import Author, Credential
    from conditions.models import Condition, ConditionExercise, Relation
    from demo.services import demo_load
    from exercises.models import (
        BodyRegion,
        Equipment,
        Exercise,
        ExerciseImage,
        ExerciseRegion,
        ExerciseStep,
        Kind,
        RegionRole,
        StretchVariant,
    )

    started = time.perf_counter()
    rng = random.Random(seed)
    text = Text(rng)
    now = timezone.now()

    def days_ago(days: int) -> dt.datetime:
        return (now - dt.timedelta(days=days)).replace(
            hour=9, minute=0, second=0, microsecond=0
        )

    with transaction.atomic():
        _check_empty()
        demo_load()
        regions = BodyRegion.objects.in_bulk(field_name="slug")
        region_slugs = [s for s in REGION_WEIGHTS if s in regions]
        weights = [REGION_WEIGHTS[s] for s in region_slugs]
        equipment = list(Equipment.objects.all())
        authors = Author.objects.bulk_create(
            Author(
                display_name=f"Bench Trainer {i + 1}",
                slug=f"bench-trainer-{i + 1}",
                bio=text.paragraph("exercise", 3),
            )
            for i in range(6)
        )
        Credential.objects.bulk_create(
            Credential(
                author=author,
                title=title,
                issuing_body="A training school",
                year=2005 + i,
                order=order,
            )
            for i, author in enumerate(authors)
            for order, title in enumerate(
                ["Certified Personal Trainer", "Pilates Instructor"][: 1 + i % 2]
            )
        )
        # The last one reviews; nobody reviews their own work.
        *writers, reviewer = authors
        pictures = _draw_images(IMAGES, rng) if exercises else []

        # Exercises, in batches: each batch may name exercises of earlier
        # batches (which have their keys by then) as easier or harder options.
        taken = set(Exercise.objects.values_list("slug", flat=True))
        titles = {kind: _titles(kind, rng) for kind in MOVES}
        created: list = []
        for start in range(0, exercises, BATCH):
            batch = []
            for index in range(start, min(start + BATCH, exercises)):
                sample = index == exercises - 1
                kind = Kind.STRETCH if sample or rng.random() < 0.4 else Kind.EXERCISE
                title = next(titles[kind])
                slug = base = slugify(title)[:190]
                for n in itertools.count(2):
                    if slug not in taken:
                        break
                    slug = f"{base}-{n}"
                taken.add(slug)
                published = rng.randint(30, 2000)
                exercise = Exercise(
                    title=title,
                    slug=slug,
                    kind=kind,
                    difficulty=rng.choices([1, 2, 3], weights=[5, 3, 2])[0],
                    summary=text.summary(kind),
                    body=text.body(kind),
                    aliases="\n".join(
                        text.step()[:60] for _ in range(rng.randint(0, 2))
                    ),
                    cautions="\n".join(
                        text.sentence(kind) for _ in range(rng.randint(0, 3))
                    ),
                    status=Status.PUBLISHED,
                    published_at=days_ago(published),
                    author=rng.choice(writers),
                    frequency=rng.choice(FREQUENCIES),
                    per_side=rng.random() < 0.5,
                    easier_note=text.step() if rng.random() < 0.3 else "",
                    harder_note=text.step() if rng.random() < 0.2 else "",
                )
                if rng.random() < 0.2:
                    exercise.reviewed_by = reviewer
                    exercise.last_reviewed_on = days_ago(
                        rng.randint(0, published)
                    ).date()
                    # bulk_create skips save(), which sets the default.
                    exercise.next_review_due = review_due_after(
                        exercise.last_reviewed_on
                    )
                if kind == Kind.STRETCH:
                    exercise.hold_seconds_min = rng.choice([15, 20, 30])
                    exercise.hold_seconds_max = rng.choice([None, 45, 60])
                    exercise.reps_min = rng.choice([None, 2, 3])
                else:
                    exercise.reps_min = rng.choice([5, 8, 10])
                    exercise.reps_max = rng.choice([None, 12, 15])
                    exercise.sets = rng.choice([None, 2, 3])
                if created and (sample or rng.random() < 0.3):
                    exercise.easier_option_id = rng.choice(created).pk
                if created and (sample or rng.random() < 0.2):
                    exercise.harder_option_id = rng.choice(created).pk
                batch.append(exercise)
            created += Exercise.objects.bulk_create(batch)
        sample = created[-1] if created else None

        targets, steps, variants, images, links = [], [], [], [], []
        through = Exercise.equipment.through
        for exercise in created:
            rich = exercise is sample
            chosen = set()
            primaries = 2 if rich else rng.choice([1, 1, 2])
            secondaries = 2 if rich else rng.choice([0, 1, 2])
            while len(chosen) < min(primaries + secondaries, len(region_slugs)):
                slug = (
                    "lower-back"
                    if rich and not chosen
                    else rng.choices(region_slugs, weights)[0]
                )
                if slug not in chosen:
                    role = (
                        RegionRole.PRIMARY
                        if len(chosen) < primaries
                        else RegionRole.SECONDARY
                    )
                    targets.append(
                        ExerciseRegion(
                            exercise=exercise, region=regions[slug], role=role
                        )
                    )
                    chosen.add(slug)
            steps += [
                ExerciseStep(exercise=exercise, order=order, text=text.step())
                for order in range(1, (6 if rich else rng.randint(3, 8)) + 1)
            ]
            if equipment and rng.random() < 0.5:
                links += [
                    through(exercise=exercise, equipment=item)
                    for item in rng.sample(
                        equipment, rng.randint(1, min(2, len(equipment)))
                    )
                ]
            if exercise.kind == Kind.STRETCH and (rich or rng.random() < 0.3):
                for order in range(3 if rich else rng.randint(1, 3)):
                    name = (
                        f"{rng.choice(POSITIONS)} {rng.choice(FINISHES) or 'variation'}"
                    )
                    variants.append(
                        StretchVariant(
                            exercise=exercise,
                            name=name.capitalize(),
                            slug=f"{slugify(name)}-{order + 1}",
                            change=text.step(),
                            emphasis=rng.choice(PARTS).capitalize(),
                            instructions=text.paragraph("stretch", 2),
                            order=order,
                        )
                    )
            if pictures and (rich or rng.random() < 0.6):
                for order in range(2 if rich else rng.randint(1, 2)):
                    name, renditions = rng.choice(pictures)
                    images.append(
                        ExerciseImage(
                            exercise=exercise,
                            image=name,
                            renditions=renditions,
                            alt_text=f"{exercise.title}: "
                            f"{'start' if order == 0 else 'end'} position",
                            order=order,
                        )
                    )
        ExerciseRegion.objects.bulk_create(targets, batch_size=BATCH)
        ExerciseStep.objects.bulk_create(steps, batch_size=BATCH)
        through.objects.bulk_create(links, batch_size=BATCH)
        StretchVariant.objects.bulk_create(variants, batch_size=BATCH)
        ExerciseImage.objects.bulk_create(images, batch_size=BATCH)

        # Conditions, up to `conditions` with the demo's.
        names = [
            f"{word} {what}" for what in CONDITION_KINDS for word in CONDITION_WORDS
        ]
        rng.shuffle(names)
        new_conditions = Condition.objects.bulk_create(
            Condition(
                title=title.capitalize(),
                slug=slugify(title),
                summary=text.summary("condition"),
                other_names="\n".join(rng.sample(CONDITION_KINDS, 2)),
                body=text.body("condition"),
                symptoms="\n".join(f"- {text.sentence('condition')}" for _ in range(4)),
                causes=text.paragraph("condition", 4),
                treatment=text.paragraph("condition", 5),
                urgent_care="Get emergency help if pain comes with numbness "
                "around the genitals or loss of bladder control.",
                see_doctor="See a doctor if pain follows a fall, comes with fever, "
                "or is not getting better after a few weeks.",
                status=Status.PUBLISHED,
                published_at=days_ago(rng.randint(30, 2000)),
                author=rng.choice(writers),
                reviewed_by=reviewer,
                last_reviewed_on=(reviewed := days_ago(rng.randint(0, 30)).date()),
                next_review_due=review_due_after(reviewed),
            )
            for title in names[: max(0, conditions - Condition.objects.count())]
        )
        condition_regions = Condition.regions.through
        condition_regions.objects.bulk_create(
            condition_regions(condition=condition, bodyregion=regions[slug])
            for condition in new_conditions
            for slug in rng.sample(region_slugs, rng.randint(1, 2))
        )
        condition_links = []
        for i, condition in enumerate(new_conditions):
            linked = rng.sample(
                created, min(40 if i == 0 else rng.randint(8, 40), len(created))
            )
            if sample is not None and i < 3 and sample not in linked:
                linked[-1] = sample
            condition_links += [
                ConditionExercise(
                    condition=condition,
                    exercise=exercise,
                    relation=rng.choices(
                        [Relation.HELPS, Relation.CAUTION, Relation.AVOID], [7, 2, 1]
                    )[0],
                    note=text.sentence("exercise")[:300],
                    order=order,
                )
                for order, exercise in enumerate(linked)
            ]
        ConditionExercise.objects.bulk_create(condition_links, batch_size=BATCH)

        # The public update log: "first published", then zero to three changes.
        updates = []
        for model, articles in ((Exercise, created), (Condition, new_conditions)):
            content_type = ContentType.objects.get_for_model(model)
            for article in articles:
                first = timezone.localtime(article.published_at).date()
                entries = [("new", "First published.", first)]
                for _ in range(3 if article is sample else rng.randint(0, 3)):
                    kind, description = rng.choice(UPDATE_TEXTS)
                    day = first + dt.timedelta(
                        days=rng.randint(1, max(1, (now.date() - first).days))
                    )
                    entries.append((kind, description, day))
                updates += [
                    ArticleUpdate(
                        content_type=content_type,
                        object_id=article.pk,
                        kind=kind,
                        description=description,
                        date=day,
                    )
                    for kind, description, day in entries
                ]
        ArticleUpdate.objects.bulk_create(updates, batch_size=BATCH)

    # bulk_create sends no signals, so search has not seen any of it.
    from search.indexing import rebuild

    rebuild()
    return Library(
        exercises=len(created),
        conditions=len(new_conditions),
        steps=len(steps),
        variants=len(variants),
        images=len(images),
        updates=len(updates),
        condition_links=len(condition_links),
        sample_exercise=sample.slug if sample else "",
        sample_condition=new_conditions[0].slug if new_conditions else "",
        seconds=round(time.perf_counter() - started, 1),
    )


def refresh_statistics() -> None:
    """Have PostgreSQL count what was just written.

    It plans queries from table statistics that autovacuum refreshes a minute
    or so after large writes; measured straight after the build, 10,000
    exercises were planned as 5 rows, and the exercise list took 10 ms instead
    of 1. A library that grew through the admin has current statistics, so
    this measures that. SQLite keeps no statistics unless asked (ANALYZE), and
    the site is measured as it runs there: without them.
    """
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Fill an empty database with a large synthetic library for "
        "benchmarks (see the module docstring)."
    )
    parser.add_argument("--exercises", type=int, required=True, metavar="N")
    parser.add_argument(
        "--conditions", type=int, default=50, help="conditions in all (default 50)"
    )
    parser.add_argument(
        "--database-url",
        help="e.g. sqlite:////tmp/library.sqlite3 or "
        "postgres://postgres@127.0.0.1:5432/library; default: DATABASE_URL "
        "from the environment",
    )
    parser.add_argument(
        "--media-root", help="where the pictures go (default: DJANGO_MEDIA_ROOT)"
    )
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument(
        "--json", action="store_true", help="print the result as one JSON object"
    )
    args = parser.parse_args(argv)
    if args.exercises < 0:
        parser.error("--exercises must be 0 or more")
    if args.database_url:
        os.environ["DATABASE_URL"] = args.database_url
    elif not os.environ.get("DATABASE_URL"):
        parser.error(
            "give --database-url (or set DATABASE_URL): without it this would "
            "write into the development database"
        )
    if args.media_root:
        os.environ["DJANGO_MEDIA_ROOT"] = args.media_root
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "backpain.settings")
    # Settings insist on a key when debug is off; nothing here is signed.
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench-build-library-not-secret")
    sys.path.insert(0, str(ROOT))

    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0, interactive=False)
    try:
        library = library_build(
            exercises=args.exercises, conditions=args.conditions, seed=args.seed
        )
    except LibraryNotEmpty as error:
        print(f"build_library: {error}", file=sys.stderr)
        return 2
    refresh_statistics()
    if args.json:
        print(json.dumps(asdict(library)))
    else:
        print(
            f"Built {library.exercises} exercises ({library.steps} steps, "
            f"{library.variants} variants, {library.images} pictures), "
            f"{library.conditions} conditions ({library.condition_links} links) and "
            f"{library.updates} update-log entries in {library.seconds} s, "
            "besides the demo content.\n"
            f"A rich exercise: /exercises/{library.sample_exercise}/\n"
            f"A condition linking 40 exercises: "
            f"/conditions/{library.sample_condition}/"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
