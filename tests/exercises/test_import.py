"""python manage.py import_exercises: the public-domain Free Exercise DB."""

import json
import os
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from exercises.models import Exercise, ExerciseImage, ImportRecord

from ..factories import ExerciseFactory

pytestmark = pytest.mark.django_db

DATASET = settings.BASE_DIR.parent / "shared" / "datasets" / "free-exercise-db"
if not DATASET.is_dir():
    if os.environ.get("CI"):
        raise RuntimeError(f"CI must provide the shared data set at {DATASET}")
    pytest.skip("shared/datasets is not beside this checkout", allow_module_level=True)

RECORDS = json.loads((DATASET / "exercises.json").read_text(encoding="utf-8"))
BY_ID = {r["id"]: r for r in RECORDS}


def run(path, *args) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("import_exercises", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def copy_with(tmp_path: Path, records: list) -> Path:
    folder = tmp_path / "db"
    folder.mkdir()
    (folder / "exercises.json").write_text(json.dumps(records), encoding="utf-8")
    shutil.copytree(DATASET / "images", folder / "images")
    return folder


def snapshot():
    return sorted(
        Exercise.objects.values_list("slug", "title", "updated_at", "status", "version")
    )


def test_full_data_set_imports_as_drafts_and_a_second_run_changes_nothing():
    out, _ = run(DATASET)
    assert f"created {len(RECORDS)}, updated 0" in out
    assert "errors 0" in out
    assert Exercise.objects.count() == len(RECORDS) == 873
    assert not Exercise.objects.published().exists()

    plank = Exercise.objects.get(import_record__external_id="Plank")
    assert plank.kind == "exercise" and plank.get_difficulty_display() == "Beginner"
    assert [r.slug for r in plank.primary_regions] == ["core"]
    assert plank.steps.count() == len(BY_ID["Plank"]["instructions"])
    assert "The Unlicense" in plank.source and "Plank" in plank.source
    assert plank.images.count() == 2
    assert plank.images.first().alt_text == "Plank: start position"

    hamstring = Exercise.objects.get(import_record__external_id="Hamstring_Stretch")
    assert hamstring.kind == "stretch"
    # A record listing a muscle as primary and secondary gets one region link.
    flexor = Exercise.objects.get(import_record__external_id="Kneeling_Hip_Flexor")
    assert flexor.target_regions.count() == 1
    assert ExerciseImage.objects.count() == 24  # the 12 records shipped with photos

    before = snapshot()
    out, _ = run(DATASET)
    assert f"created 0, updated 0, skipped {len(RECORDS)}" in out
    assert snapshot() == before
    assert ExerciseImage.objects.count() == 24


def test_publish_flag_publishes(tmp_path):
    folder = copy_with(tmp_path, [BY_ID["Plank"], BY_ID["Cat_Stretch"]])
    run(folder, "--publish")
    assert Exercise.objects.published().count() == 2


def test_dry_run_reports_and_writes_nothing(tmp_path):
    folder = copy_with(tmp_path, [BY_ID["Plank"], BY_ID["Cat_Stretch"]])
    out, _ = run(folder, "--dry-run")
    assert "Dry run, nothing written. Would have: created 2" in out
    assert not Exercise.objects.exists()
    assert not ImportRecord.objects.exists()


def test_changed_record_updates_in_place(tmp_path):
    folder = copy_with(tmp_path, [BY_ID["Plank"]])
    run(folder)
    changed = dict(BY_ID["Plank"], name="Front plank", level="intermediate")
    (folder / "exercises.json").write_text(json.dumps([changed]))
    out, _ = run(folder)
    assert "created 0, updated 1" in out
    plank = Exercise.objects.get()
    assert (
        plank.title == "Front plank"
        and plank.get_difficulty_display() == "Intermediate"
    )


def test_exercise_edited_by_a_trainer_is_not_overwritten(tmp_path):
    folder = copy_with(tmp_path, [BY_ID["Plank"]])
    run(folder)
    Exercise.objects.update(summary="Rewritten by a trainer.", version=2)
    changed = dict(BY_ID["Plank"], name="Something else")
    (folder / "exercises.json").write_text(json.dumps([changed]))
    out, _ = run(folder)
    assert "1 edited by trainers" in out
    assert Exercise.objects.get().summary == "Rewritten by a trainer."


def test_hand_written_article_keeps_its_address(tmp_path):
    ours = ExerciseFactory(title="Child's pose", slug="childs-pose")
    folder = copy_with(tmp_path, [BY_ID["Childs_Pose"]])
    run(folder)
    imported = Exercise.objects.get(import_record__external_id="Childs_Pose")
    assert imported.slug == "childs-pose-2"
    assert Exercise.objects.get(slug="childs-pose") == ours


def test_corrupted_records_are_reported_and_the_good_ones_imported(tmp_path):
    plank, cat = BY_ID["Plank"], BY_ID["Cat_Stretch"]
    no_name = {k: v for k, v in BY_ID["Superman"].items() if k != "name"}
    bad = [
        plank,
        no_name,
        dict(BY_ID["Pullups"], primaryMuscles="lats"),  # wrong type
        dict(BY_ID["Childs_Pose"], primaryMuscles=["wings"]),  # unknown muscle
        dict(BY_ID["Hamstring_Stretch"], level=3),
        dict(BY_ID["One_Knee_To_Chest"], images=["../../etc/passwd"]),
        "not even an object",
        dict(plank, name="Duplicate id"),
        cat,
    ]
    folder = copy_with(tmp_path, bad)
    with pytest.raises(CommandError, match="7 record"):
        out, err = run(folder)
    assert set(
        Exercise.objects.values_list("import_record__external_id", flat=True)
    ) == {
        "Plank",
        "Cat_Stretch",
    }


def test_error_lines_name_the_record_and_the_problem(tmp_path, capsys):
    bad = [dict(BY_ID["Childs_Pose"], primaryMuscles=["wings"]), BY_ID["Plank"]]
    folder = copy_with(tmp_path, bad)
    err = StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("import_exercises", str(folder), stdout=StringIO(), stderr=err)
    assert raised.value.returncode == 1
    assert "Childs_Pose: unknown muscle 'wings'" in err.getvalue()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[{"id": "Plank", ', r"not valid JSON \(line 1"),
        ('{"id": "Plank"}', "must hold a JSON list"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
    ],
)
def test_unreadable_file_imports_nothing_and_says_why(tmp_path, content, message):
    path = tmp_path / "exercises.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    with pytest.raises(CommandError, match=message) as raised:
        run(path)
    assert raised.value.returncode == 2
    assert not Exercise.objects.exists()


def test_missing_path_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="does not exist"):
        run(tmp_path / "nope")
