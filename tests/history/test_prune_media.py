"""Image files outlive their rows so the history can show them again;
`prune_media` removes those nothing names, only when asked and only old ones."""

import io
import os
import time

import pytest
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.urls import reverse
from reversion.models import Revision

from ..factories import ExerciseFactory, ImageFactory

pytestmark = pytest.mark.django_db

DAY = 24 * 60 * 60


@pytest.fixture(autouse=True)
def own_media(settings, tmp_path):
    """An empty media folder: other tests' files are not this test's business."""
    settings.MEDIA_ROOT = str(tmp_path)


def files_of(image) -> set[str]:
    renditions = image.image.renditions["sources"]
    return {image.image.name} | {p for fmt in renditions.values() for _, p in fmt}


def age(names, days: float) -> None:
    """Make the files look `days` old."""
    then = time.time() - days * DAY
    for name in names:
        os.utime(default_storage.path(name), (then, then))


def prune(*args) -> list[str]:
    out = io.StringIO()
    call_command("prune_media", *args, stdout=out)
    return out.getvalue().splitlines()


@pytest.fixture
def pictures(admin_client):
    """Files of a live picture, of a deleted article (named by its stored last
    version) and of a picture deleted in code (named by nothing); all old."""
    live = ImageFactory()
    in_history = ImageFactory()
    admin_client.post(
        reverse("admin:exercises_exercise_delete", args=[in_history.exercise_id]),
        {"post": "yes"},
    )
    orphan = ImageFactory(exercise=ExerciseFactory())
    orphan.delete()
    found = {
        "live": files_of(live),
        "in_history": files_of(in_history),
        "orphan": files_of(orphan),
    }
    age(set().union(*found.values()), days=2)
    return found


def test_rows_leave_their_files_and_a_dry_run_only_lists(pictures):
    everything = set().union(*pictures.values())
    assert all(default_storage.exists(name) for name in everything)

    output = prune()

    assert set(output[:-1]) == pictures["orphan"]
    assert output[-1].startswith(f"{len(pictures['orphan'])} unused files (")
    assert "Nothing was removed" in output[-1]
    assert all(default_storage.exists(name) for name in everything)


def test_delete_removes_only_what_nothing_names(pictures):
    output = prune("--delete")

    assert output[-1].startswith(f"Removed {len(pictures['orphan'])} unused files")
    assert not any(default_storage.exists(name) for name in pictures["orphan"])
    kept = pictures["live"] | pictures["in_history"]
    assert all(default_storage.exists(name) for name in kept)


def test_files_go_once_their_versions_are_forgotten(pictures):
    Revision.objects.all().delete()  # what `manage.py deleterevisions` does

    prune("--delete")

    gone = pictures["orphan"] | pictures["in_history"]
    assert not any(default_storage.exists(name) for name in gone)
    assert all(default_storage.exists(name) for name in pictures["live"])


def test_recent_files_are_left_for_uploads_still_on_their_way(pictures):
    age(pictures["orphan"], days=0.5)

    assert prune("--delete")[-1].startswith("Removed 0 unused files")
    assert all(default_storage.exists(name) for name in pictures["orphan"])
    assert prune("--older-than", "0.25")[:-1] != []


def test_a_negative_age_is_refused():
    with pytest.raises(CommandError, match="cannot be negative"):
        prune("--older-than", "-1")
