import pytest

from exercises.models import Exercise, ExerciseImage

from ..factories import (
    AuthorUserFactory,
    ConditionExerciseFactory,
    ConditionFactory,
    ExerciseFactory,
    ExerciseRegionFactory,
    RegionFactory,
    StepFactory,
    UpdateFactory,
    VariantFactory,
)
from ..images.files import image_bytes, upload


@pytest.fixture(autouse=True)
def own_folders(settings, tmp_path):
    """Media and backups of each test's own: a restore makes media storage
    match the backup, removing every other file in it."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.BACKPAIN_BACKUP_DIR = tmp_path / "backups"


def make_library() -> Exercise:
    """Published articles with their parts, photos (originals and renditions in
    media storage) and search entries, an update log entry and an author login;
    the exercise with the photo."""
    exercise = ExerciseFactory(title="Quokka crawl", summary="Crawl on all fours.")
    ExerciseRegionFactory(exercise=exercise, region=RegionFactory(name="Low back"))
    StepFactory(exercise=exercise, text="Kneel with hands under shoulders.")
    ExerciseImage.objects.create(
        exercise=exercise,
        image=upload(image_bytes(size=(900, 600)), "crawl.jpg"),
        alt_text="Kneeling on all fours",
    )
    VariantFactory(
        exercise__title="Quokka stretch",
        image=upload(image_bytes(color="red"), "variant.jpg"),
        image_alt="Foot turned in",
    )
    ConditionExerciseFactory(
        condition=ConditionFactory(title="Quokka knee"), exercise=exercise
    )
    UpdateFactory(article=exercise)
    AuthorUserFactory()
    return exercise
