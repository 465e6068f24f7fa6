"""python manage.py import_exercises: the public-domain Free Exercise DB.

The tests import a small fixture in the data set's own format
(fixtures/free-exercise-db/, our own short texts) with photos drawn at test time,
so they run on every clone. Two tests read the real data set when it is beside
the checkout: one imports all of its records, the other checks its photos.
"""

import json
import os
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from PIL import Image

from exercises.importing import IMAGE_CREDIT, IMAGE_CREDIT_URL, MUSCLE_REGIONS
from exercises.models import Exercise, ExerciseImage, ImportRecord

from ..factories import ExerciseFactory

pytestmark = pytest.mark.django_db

FIXTURE = Path(__file__).parent / "fixtures" / "free-exercise-db" / "exercises.json"
RECORDS = json.loads(FIXTURE.read_text(encoding="utf-8"))
BY_ID = {r["id"]: r for r in RECORDS}
REAL_DATA_SET = settings.BASE_DIR.parent / "shared" / "datasets" / "free-exercise-db"


def has_photos(record: dict) -> bool:
    # As in the real data set: only exercises for a region here come with photos.
    return MUSCLE_REGIONS[record["primaryMuscles"][0]] is not None


WITH_PHOTOS = [r["id"] for r in RECORDS if has_photos(r)]


def run(path, *args) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("import_exercises", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def data_set(tmp_path: Path, records: list = RECORDS) -> Path:
    """A data-set folder holding `records` and small drawn photos.

    The photos are those of the fixture whatever `records` holds, so a test can
    change a record's image paths without files being written there.
    """
    folder = tmp_path / "free-exercise-db"
    folder.mkdir()
    (folder / "exercises.json").write_text(json.dumps(records), encoding="utf-8")
    for record in RECORDS:
        if not has_photos(record):
            continue
        for path, color in zip(record["images"], ["teal", "orange"], strict=True):
            photo = folder / "images" / path
            photo.parent.mkdir(parents=True, exist_ok=True)
            Image.new("RGB", (120, 80), color).save(photo, "JPEG")
    return folder


def snapshot():
    return sorted(
        Exercise.objects.values_list("slug", "title", "updated_at", "status", "version")
    )


def test_data_set_imports_as_drafts_and_a_second_run_changes_nothing(tmp_path):
    folder = data_set(tmp_path)
    out, err = run(folder)
    assert f"created {len(RECORDS)}, updated 0" in out
    assert "errors 0" in out and not err
    assert Exercise.objects.count() == len(RECORDS)
    assert not Exercise.objects.published().exists()

    plank = Exercise.objects.get(import_record__external_id="Plank")
    assert plank.kind == "exercise" and plank.get_difficulty_display() == "Beginner"
    assert [r.slug for r in plank.primary_regions] == ["core"]
    assert [s.text for s in plank.steps.all()] == BY_ID["Plank"]["instructions"]
    assert "The Unlicense" in plank.source and "Plank" in plank.source
    assert not plank.equipment.exists()  # "body only"
    assert [i.alt_text for i in plank.images.all()] == [
        "Plank: start position",
        "Plank: end position",
    ]
    assert {(i.credit, i.credit_url) for i in plank.images.all()} == {
        (IMAGE_CREDIT, IMAGE_CREDIT_URL)
    }

    assert Exercise.objects.get(import_record__external_id="Cat_Stretch").kind == (
        "stretch"
    )
    # A record listing a muscle as primary and secondary gets one region link.
    flexor = Exercise.objects.get(import_record__external_id="Kneeling_Hip_Flexor")
    assert flexor.target_regions.count() == 1
    side = Exercise.objects.get(import_record__external_id="Side_Bridge")
    assert side.get_difficulty_display() == "Advanced"  # "expert"
    assert not side.steps.exists()
    pull = Exercise.objects.get(import_record__external_id="Cable_Pull_Through")
    assert [e.slug for e in pull.equipment.all()] == ["cable-machine"]
    assert "45° — keep" in pull.steps.last().text
    knee = Exercise.objects.get(import_record__external_id="One_Knee_To_Chest")
    assert not knee.equipment.exists()  # null
    curl = Exercise.objects.get(import_record__external_id="Hammer_Curl")
    assert not curl.target_regions.exists() and not curl.images.exists()
    assert ExerciseImage.objects.count() == 2 * len(WITH_PHOTOS)

    before = snapshot()
    out, _ = run(folder)
    assert f"created 0, updated 0, skipped {len(RECORDS)}" in out
    assert snapshot() == before
    assert ExerciseImage.objects.count() == 2 * len(WITH_PHOTOS)


def test_publish_flag_publishes(tmp_path):
    folder = data_set(tmp_path, [BY_ID["Plank"], BY_ID["Cat_Stretch"]])
    run(folder, "--publish")
    assert Exercise.objects.published().count() == 2


def test_dry_run_reports_and_writes_nothing(tmp_path):
    folder = data_set(tmp_path, [BY_ID["Plank"], BY_ID["Cat_Stretch"]])
    out, _ = run(folder, "--dry-run")
    assert "Dry run, nothing written. Would have: created 2" in out
    assert not Exercise.objects.exists()
    assert not ImportRecord.objects.exists()
    assert not ExerciseImage.objects.exists()


def test_changed_record_updates_in_place(tmp_path):
    folder = data_set(tmp_path, [BY_ID["Plank"]])
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
    assert plank.images.count() == 2  # replaced, not added to


def test_exercise_edited_by_a_trainer_is_not_overwritten(tmp_path):
    folder = data_set(tmp_path, [BY_ID["Plank"]])
    run(folder)
    Exercise.objects.update(summary="Rewritten by a trainer.", version=2)
    changed = dict(BY_ID["Plank"], name="Something else")
    (folder / "exercises.json").write_text(json.dumps([changed]))
    out, _ = run(folder)
    assert "1 edited by trainers" in out
    assert Exercise.objects.get().summary == "Rewritten by a trainer."


def test_trainer_saving_while_the_import_runs_keeps_their_edit(tmp_path, monkeypatch):
    from exercises.importing import Importer

    folder = data_set(tmp_path, [BY_ID["Plank"]])
    run(folder)
    changed = dict(BY_ID["Plank"], name="Something else")
    (folder / "exercises.json").write_text(json.dumps([changed]))
    import_one = Importer._import_one

    def trainer_saves_first(importer, item):
        # The importer read the exercise at start-up; a trainer saves it now,
        # before the importer writes its record.
        mine = Exercise.objects.get(import_record__external_id=item.id)
        mine.summary = "Saved by a trainer mid-import."
        mine.save()
        import_one(importer, item)

    monkeypatch.setattr(Importer, "_import_one", trainer_saves_first)
    out, err = run(folder)

    assert "1 edited by trainers" in out and "errors 0" in out and not err
    plank = Exercise.objects.get()
    assert plank.summary == "Saved by a trainer mid-import."
    assert plank.title != "Something else"


def test_hand_written_article_keeps_its_address(tmp_path):
    ours = ExerciseFactory(title="Child's pose", slug="childs-pose")
    folder = data_set(tmp_path, [BY_ID["Childs_Pose"]])
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
    folder = data_set(tmp_path, bad)
    with pytest.raises(CommandError, match="7 record"):
        run(folder)
    assert set(
        Exercise.objects.values_list("import_record__external_id", flat=True)
    ) == {
        "Plank",
        "Cat_Stretch",
    }


def test_error_lines_name_the_record_and_the_problem(tmp_path):
    bad = [dict(BY_ID["Childs_Pose"], primaryMuscles=["wings"]), BY_ID["Plank"]]
    folder = data_set(tmp_path, bad)
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


@pytest.fixture
def real_data_set() -> Path:
    if not REAL_DATA_SET.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"CI must provide the shared data set at {REAL_DATA_SET}")
        pytest.skip(
            f"the real Free Exercise DB is not at {REAL_DATA_SET} (a checkout of "
            "shared/ beside this one); the fixture tests cover the importer"
        )
    return REAL_DATA_SET


def test_real_data_set_imports_every_record_as_drafts_once(real_data_set, tmp_path):
    # All records, but Plank's photos only: attaching all 970 takes minutes and
    # is what an admin upload does anyway. The photos are copied, not linked,
    # because the importer refuses links that lead out of its image folder.
    folder = tmp_path / "free-exercise-db"
    folder.mkdir()
    (folder / "exercises.json").symlink_to(real_data_set / "exercises.json")
    shutil.copytree(real_data_set / "images" / "Plank", folder / "images" / "Plank")
    records = json.loads((real_data_set / "exercises.json").read_bytes())

    out, err = run(folder)
    assert f"created {len(records)}, updated 0" in out
    assert "errors 0" in out and not err
    assert Exercise.objects.count() == len(records) == 873
    assert not Exercise.objects.published().exists()
    plank = Exercise.objects.get(import_record__external_id="Plank")
    assert [r.slug for r in plank.primary_regions] == ["core"]
    assert plank.images.count() == ExerciseImage.objects.count() == 2
    flexor = Exercise.objects.get(import_record__external_id="Kneeling_Hip_Flexor")
    assert flexor.target_regions.count() == 1

    before = snapshot()
    out, _ = run(folder)
    assert f"created 0, updated 0, skipped {len(records)}" in out
    assert snapshot() == before


def test_real_data_set_has_every_photo_it_lists(real_data_set):
    # Only exercises for a region here ship with photos (the data set's README);
    # for those, a listed photo that is missing would silently import without it.
    images = real_data_set / "images"
    records = json.loads((real_data_set / "exercises.json").read_bytes())
    listed = {path for r in records if has_photos(r) for path in r["images"]}
    assert len(listed) == 970
    missing = sorted(p for p in listed if not (images / p).is_file())
    assert not missing, f"{len(missing)} photos are missing, e.g. {missing[:5]}"
    on_disk = {
        p.relative_to(images).as_posix() for p in images.glob("*/*") if p.is_file()
    }
    assert on_disk == listed, f"photos no record lists: {sorted(on_disk - listed)[:5]}"
