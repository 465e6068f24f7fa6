"""Import of the public-domain Free Exercise DB (see shared/datasets/free-exercise-db).

How its fields become ours:

- `primaryMuscles` / `secondaryMuscles` -> target regions (primary / secondary)
  through MUSCLE_REGIONS. Back work is split upstream into lower back, middle
  back, lats and traps; hip work into glutes, abductors and adductors. Arm,
  chest, shoulder and calf muscles have no region on this site and are left
  out (the exercise is still imported).
- `level` -> difficulty (expert -> advanced); `category` "stretching" -> a
  stretch, every other category -> an exercise; `equipment` -> our equipment
  (body only and null -> none); `instructions` -> numbered steps.
- `id` is the key: a second run updates the same exercise and never duplicates.
  An exercise a trainer has edited since the last import is left as it is.
- Imported exercises are drafts unless publishing is asked for, carry the
  source and licence, and get a plain generated summary for trainers to rewrite.

Each record is checked, then written in its own transaction, so a bad record is
reported with its id and skipped while the rest import.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import DataError, IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify

from articles.models import EditConflict, Status
from articles.text import unique_slug
from authors.models import Author

from .models import (
    BodyRegion,
    Difficulty,
    Equipment,
    Exercise,
    ExerciseImage,
    ExerciseRegion,
    ExerciseStep,
    ImportRecord,
    Kind,
    RegionRole,
)

SOURCE = "free-exercise-db"
LICENCE_NOTE = (
    "Free Exercise DB record “{id}” (github.com/yuhonas/free-exercise-db), "
    "released into the public domain under The Unlicense."
)
# Bump when the mapping below changes, so the next run refreshes every record.
MAPPING_VERSION = "2"  # 2: photo credits

# region slug -> name, created when missing so the import works on an empty site
REGIONS = {
    "core": "Core",
    "hips": "Hips",
    "glutes": "Glutes",
    "hamstrings": "Hamstrings",
    "lower-back": "Lower back",
    "thoracic-spine": "Upper and mid back",
    "neck": "Neck",
    "quadriceps": "Front of thigh",
}
MUSCLE_REGIONS: dict[str, str | None] = {
    "abdominals": "core",
    "abductors": "hips",
    "adductors": "hips",
    "glutes": "glutes",
    "hamstrings": "hamstrings",
    "lower back": "lower-back",
    "middle back": "thoracic-spine",
    "lats": "thoracic-spine",
    "traps": "neck",
    "neck": "neck",
    "quadriceps": "quadriceps",
    "biceps": None,
    "triceps": None,
    "forearms": None,
    "chest": None,
    "shoulders": None,
    "calves": None,
}
LEVELS = {
    "beginner": Difficulty.BEGINNER,
    "intermediate": Difficulty.INTERMEDIATE,
    "expert": Difficulty.ADVANCED,
}
CATEGORIES = {
    "stretching": Kind.STRETCH,
    "strength": Kind.EXERCISE,
    "plyometrics": Kind.EXERCISE,
    "powerlifting": Kind.EXERCISE,
    "olympic weightlifting": Kind.EXERCISE,
    "strongman": Kind.EXERCISE,
    "cardio": Kind.EXERCISE,
}
# source value -> (slug, name); None means no equipment needed
EQUIPMENT: dict[str | None, tuple[str, str] | None] = {
    None: None,
    "body only": None,
    "other": ("other", "Other equipment"),
    "machine": ("machine", "Weight machine"),
    "cable": ("cable-machine", "Cable machine"),
    "barbell": ("barbell", "Barbell"),
    "dumbbell": ("dumbbell", "Dumbbell"),
    "kettlebells": ("kettlebell", "Kettlebell"),
    "bands": ("band", "Resistance band"),
    "medicine ball": ("medicine-ball", "Medicine ball"),
    "exercise ball": ("exercise-ball", "Exercise ball"),
    "foam roll": ("foam-roller", "Foam roller"),
    "e-z curl bar": ("ez-bar", "E-Z curl bar"),
}
IMAGE_ALT = ["{name}: start position", "{name}: end position"]
# Shown under each photo; the licence asks for none, readers deserve one.
IMAGE_CREDIT = "Photo: Free Exercise DB, public domain (The Unlicense)"
IMAGE_CREDIT_URL = "https://github.com/yuhonas/free-exercise-db"
ID_PATTERN = re.compile(r"^[0-9A-Za-z_-]{1,100}$")
IMAGE_PATH = re.compile(r"^[0-9A-Za-z_-]+/[0-9A-Za-z_-]+\.(jpg|jpeg|png|webp)$")


class RecordError(ValueError):
    """A record that cannot be imported; the message names the problem."""


@dataclass(frozen=True)
class SourceExercise:
    id: str
    name: str
    difficulty: int
    kind: str
    equipment: tuple[str, str] | None
    primary: tuple[str, ...]
    secondary: tuple[str, ...]
    steps: tuple[str, ...]
    images: tuple[str, ...]
    data_hash: str


@dataclass
class Summary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_local_edits: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)

    @property
    def skipped(self) -> int:
        return self.unchanged + self.kept_local_edits


def _string(raw: dict, key: str, *, required=True, max_length=200) -> str | None:
    value = raw.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or (required and not value.strip()):
        raise RecordError(f"“{key}” must be a non-empty text, got {value!r:.60}")
    if len(value) > max_length:
        raise RecordError(f"“{key}” is longer than {max_length} characters")
    return value.strip()


def _strings(raw: dict, key: str) -> list[str]:
    value = raw.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RecordError(f"“{key}” must be a list of texts, got {value!r:.60}")
    return [v.strip() for v in value if v.strip()]


def _choice(value: str | None, table: dict, key: str):
    if value not in table:
        raise RecordError(f"unknown {key} {value!r:.60}")
    return table[value]


def parse_record(raw: object) -> SourceExercise:
    """Check one source record and translate it; raises RecordError if it is bad."""
    if not isinstance(raw, dict):
        raise RecordError(f"expected an object, got {type(raw).__name__}")
    record_id = _string(raw, "id", max_length=100)
    if not ID_PATTERN.match(record_id):
        raise RecordError(f"“id” {record_id!r} has characters ids never use")
    muscles = {}
    for key in ("primaryMuscles", "secondaryMuscles"):
        names = _strings(raw, key)
        for name in names:
            _choice(name, MUSCLE_REGIONS, "muscle")
        muscles[key] = names
    if not muscles["primaryMuscles"]:
        raise RecordError("“primaryMuscles” is empty")
    images = _strings(raw, "images")
    for path in images:
        if not IMAGE_PATH.match(path):
            raise RecordError(f"image path {path!r:.60} is not of the form id/n.jpg")
    canonical = json.dumps([MAPPING_VERSION, raw], sort_keys=True, ensure_ascii=False)
    return SourceExercise(
        id=record_id,
        name=_string(raw, "name"),
        difficulty=_choice(_string(raw, "level"), LEVELS, "level"),
        kind=_choice(_string(raw, "category"), CATEGORIES, "category"),
        equipment=_choice(
            _string(raw, "equipment", required=False), EQUIPMENT, "equipment"
        ),
        primary=tuple(muscles["primaryMuscles"]),
        secondary=tuple(muscles["secondaryMuscles"]),
        steps=tuple(_strings(raw, "instructions")),
        images=tuple(images),
        data_hash=hashlib.sha256(canonical.encode()).hexdigest(),
    )


def load_records(path: Path) -> tuple[list, Path]:
    """The raw records and the folder their images are under.

    Raises RecordError for a file that is not a JSON list; nothing is imported
    then, since no record can be trusted.
    """
    json_path = path / "exercises.json" if path.is_dir() else path
    try:
        with json_path.open(encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError as error:
        raise RecordError(f"{json_path} does not exist") from error
    except UnicodeDecodeError as error:
        raise RecordError(f"{json_path} is not UTF-8 text: {error}") from error
    except json.JSONDecodeError as error:
        raise RecordError(
            f"{json_path} is not valid JSON (line {error.lineno}, column "
            f"{error.colno}: {error.msg})"
        ) from error
    if not isinstance(data, list):
        raise RecordError(f"{json_path} must hold a JSON list of exercises")
    return data, json_path.parent / "images"


def _muscle_list(names: list[str]) -> str:
    names = list(dict.fromkeys(names))
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _summary(item: SourceExercise) -> str:
    level = Difficulty(item.difficulty).label.lower()
    muscles = _muscle_list([*item.primary, *item.secondary])
    return f"A {level} {item.kind} for the {muscles}."


class Importer:
    """Imports records one transaction at a time; reusable from tests and commands."""

    def __init__(
        self,
        *,
        image_root: Path,
        author: Author,
        publish: bool = False,
        dry_run: bool = False,
    ):
        self.image_root = image_root.resolve()
        self.author = author
        self.publish = publish
        self.dry_run = dry_run
        self.summary = Summary()
        self._records = {
            r.external_id: r
            for r in ImportRecord.objects.filter(source=SOURCE).select_related(
                "exercise"
            )
        }
        self._slugs = set(Exercise.objects.values_list("slug", flat=True))
        self._regions: dict[str, BodyRegion] = {}
        self._equipment: dict[str, Equipment] = {}

    def run(self, records: list, progress: Callable[[Iterator], Iterator] = iter):
        """Import every record; a dry run is then rolled back by the caller."""
        seen: set[str] = set()
        for index, raw in enumerate(progress(records)):
            label = raw.get("id") if isinstance(raw, dict) else None
            label = label if isinstance(label, str) else f"record #{index + 1}"
            try:
                item = parse_record(raw)
                if item.id in seen:
                    raise RecordError("the same id appears earlier in the file")
                seen.add(item.id)
                self._import_one(item)
            except (RecordError, ValidationError, IntegrityError, DataError) as error:
                message = "; ".join(getattr(error, "messages", [str(error)]))
                self.summary.errors.append((label, message))
                # Rows cached during the failed record were rolled back with it.
                self._regions.clear()
                self._equipment.clear()
        return self.summary

    def _import_one(self, item: SourceExercise) -> None:
        record = self._records.get(item.id)
        if record and record.exercise.version != record.imported_version:
            self.summary.kept_local_edits += 1
            return
        wants_publish = self.publish and not (
            record and record.exercise.status == Status.PUBLISHED
        )
        if record and record.data_hash == item.data_hash and not wants_publish:
            self.summary.unchanged += 1
            return
        try:
            with transaction.atomic():
                self._write(item, record)
        except EditConflict:
            # A trainer saved this exercise while the import was running; as
            # with edits made before it started, theirs is kept.
            self.summary.kept_local_edits += 1
            return
        if record:
            self.summary.updated += 1
        else:
            self.summary.created += 1

    def _write(self, item: SourceExercise, record: ImportRecord | None) -> None:
        exercise = record.exercise if record else Exercise(author=self.author)
        exercise.title = item.name
        if not record:
            exercise.slug = self._free_slug(item.name, item.id)
        exercise.kind = item.kind
        exercise.difficulty = item.difficulty
        exercise.summary = _summary(item)
        exercise.source = LICENCE_NOTE.format(id=item.id)
        if self.publish and exercise.status != Status.PUBLISHED:
            exercise.status = Status.PUBLISHED
            exercise.published_at = exercise.published_at or timezone.now()
        # The database enforces the constraints; checking fields catches bad data.
        exercise.full_clean(
            exclude=["author"], validate_unique=False, validate_constraints=False
        )
        exercise.save()

        exercise.steps.all().delete()
        ExerciseStep.objects.bulk_create(
            ExerciseStep(exercise=exercise, order=i, text=text)
            for i, text in enumerate(item.steps, start=1)
        )
        exercise.target_regions.all().delete()
        ExerciseRegion.objects.bulk_create(self._target_regions(exercise, item))
        equipment = self._equipment_for(item.equipment)
        exercise.equipment.set([equipment] if equipment else [])

        ImportRecord.objects.update_or_create(
            source=SOURCE,
            external_id=item.id,
            defaults={
                "exercise": exercise,
                "data_hash": item.data_hash,
                "imported_version": exercise.version,
            },
        )
        self._slugs.add(exercise.slug)
        # Last, so a failure above leaves no stored files behind; a dry run,
        # which is rolled back as a whole, writes no files at all.
        if not self.dry_run:
            self._attach_images(exercise, item, replace=record is not None)

    def _free_slug(self, name: str, record_id: str) -> str:
        # A hand-written article may already use the natural slug; the import
        # never takes it over.
        base = slugify(name)[:190] or slugify(record_id)[:190]
        return unique_slug(base, self._slugs.__contains__)

    def _region(self, slug: str) -> BodyRegion:
        if slug not in self._regions:
            self._regions[slug], _ = BodyRegion.objects.get_or_create(
                slug=slug, defaults={"name": REGIONS[slug]}
            )
        return self._regions[slug]

    def _target_regions(self, exercise, item) -> list[ExerciseRegion]:
        roles: dict[str, str] = {}
        for role, muscles in (
            (RegionRole.PRIMARY, item.primary),
            (RegionRole.SECONDARY, item.secondary),
        ):
            for muscle in muscles:
                slug = MUSCLE_REGIONS[muscle]
                if slug:
                    roles.setdefault(slug, role)  # primary wins over secondary
        return [
            ExerciseRegion(exercise=exercise, region=self._region(slug), role=role)
            for slug, role in roles.items()
        ]

    def _equipment_for(self, spec: tuple[str, str] | None) -> Equipment | None:
        if spec is None:
            return None
        slug, name = spec
        if slug not in self._equipment:
            self._equipment[slug], _ = Equipment.objects.get_or_create(
                slug=slug, defaults={"name": name}
            )
        return self._equipment[slug]

    def _attach_images(self, exercise, item: SourceExercise, *, replace: bool) -> None:
        # Replaced as a set; each image goes through the same checks, metadata
        # stripping and renditions as an upload in the admin.
        if replace:
            for old in exercise.images.all():
                old.delete()
        for order, relative in enumerate(item.images):
            path = (self.image_root / relative).resolve()
            if not path.is_file() or self.image_root not in path.parents:
                continue  # most records have no image in the shared subset
            alt = IMAGE_ALT[min(order, len(IMAGE_ALT) - 1)].format(name=item.name)
            with path.open("rb") as handle:
                ExerciseImage.objects.create(
                    exercise=exercise,
                    image=File(handle, name=f"{slugify(item.id)}-{order}{path.suffix}"),
                    alt_text=alt,
                    credit=IMAGE_CREDIT,
                    credit_url=IMAGE_CREDIT_URL,
                    order=order,
                )


def import_author() -> Author:
    """The byline for imported exercises until a trainer takes them over."""
    author, _ = Author.objects.get_or_create(
        slug="free-exercise-db",
        defaults={
            "display_name": "Free Exercise DB (imported)",
            "bio": "Exercise descriptions imported from the public-domain Free "
            "Exercise DB. Our trainers review and rewrite them before publishing.",
        },
    )
    return author
