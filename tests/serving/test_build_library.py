"""bench/build_library.py builds a published library the public pages can show."""

import pytest
from django.core.files.storage import default_storage
from django.db import connection

from articles.models import ArticleUpdate
from bench.build_library import (
    LibraryNotEmpty,
    library_build,
    main,
    refresh_statistics,
)
from conditions.models import Condition, ConditionExercise
from demo import content
from exercises.models import Exercise, ExerciseImage, ExerciseRegion, StretchVariant
from tests.factories import ExerciseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def library():
    return library_build(exercises=30, conditions=15)


def test_builds_the_asked_for_numbers_besides_the_demo(library):
    demo_exercises = len(content.EXERCISES)
    assert library.exercises == 30
    assert Exercise.objects.published().count() == demo_exercises + 30
    assert Condition.objects.published().count() == 15
    assert library.conditions == 15 - len(content.CONDITIONS)
    assert (
        ConditionExercise.objects.exclude(
            condition__slug__in=[c["slug"] for c in content.CONDITIONS]
        ).count()
        == library.condition_links
    )
    built = Exercise.objects.exclude(slug__in=[e["slug"] for e in content.EXERCISES])
    assert ExerciseImage.objects.filter(exercise__in=built).count() == library.images
    assert StretchVariant.objects.filter(exercise__in=built).count() == (
        library.variants
    )
    assert ArticleUpdate.objects.count() >= library.updates


def test_every_exercise_has_a_primary_region_steps_and_a_first_log_entry(library):
    built = Exercise.objects.exclude(slug__in=[e["slug"] for e in content.EXERCISES])
    for exercise in built.prefetch_related("steps", "updates", "target_regions"):
        assert exercise.primary_regions, exercise
        assert len(exercise.steps.all()) >= 3
        assert any(u.kind == "new" for u in exercise.updates.all())
    assert ExerciseRegion.objects.filter(exercise__in=built, role="secondary").exists()


def test_pictures_point_at_stored_files(library):
    image = ExerciseImage.objects.first()
    assert default_storage.exists(image.image.name)
    for _, path in image.renditions["sources"]["webp"]:
        assert default_storage.exists(path)


def test_public_pages_show_the_library(client, library):
    exercise = f"/exercises/{library.sample_exercise}/"
    paths = [
        "/",
        "/exercises/",
        "/exercises/?region=lower-back&kind=stretch",
        "/exercises/?page=2",
        exercise,
        f"/conditions/{library.sample_condition}/",
        "/conditions/",
        "/updates/",
    ]
    for path in paths:
        assert client.get(path).status_code == 200, path
    page = client.get(exercise).content.decode()
    assert "<picture>" in page and 'id="variant-' in page


def test_refuses_a_library_with_other_content(library):
    before = Exercise.objects.count()
    with pytest.raises(LibraryNotEmpty):
        library_build(exercises=5)
    assert Exercise.objects.count() == before


def test_the_command_needs_a_database_url(monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    with pytest.raises(SystemExit) as exit_:
        main(["--exercises", "1"])
    assert exit_.value.code == 2


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's statistics")
def test_postgresql_counts_the_new_rows_before_anything_is_measured():
    ExerciseFactory.create_batch(3)

    def estimate() -> float:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT reltuples FROM pg_class WHERE relname = %s",
                [Exercise._meta.db_table],
            )
            return cursor.fetchone()[0]

    refresh_statistics()
    assert estimate() == 3
