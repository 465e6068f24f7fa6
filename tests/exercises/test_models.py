import pytest
from django.core.exceptions import ValidationError

from exercises.dosage import Dosage
from exercises.models import BodyRegion, Exercise

from ..factories import ExerciseFactory, ExerciseRegionFactory, RegionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def hip_tree():
    hips = RegionFactory(name="Hips", slug="hips")
    flexors = RegionFactory(name="Hip flexors", slug="hip-flexors", parent=hips)
    psoas = RegionFactory(name="Psoas", slug="psoas", parent=flexors)
    glutes = RegionFactory(name="Glutes", slug="glutes", parent=hips)
    neck = RegionFactory(name="Neck", slug="neck")
    return {
        "hips": hips,
        "flexors": flexors,
        "psoas": psoas,
        "glutes": glutes,
        "neck": neck,
    }


def test_region_descendants_include_every_level(hip_tree):
    found = BodyRegion.objects.filter(pk__in=hip_tree["hips"].descendant_ids())
    assert {r.slug for r in found} == {"hips", "hip-flexors", "psoas", "glutes"}


def test_leaf_region_has_only_itself(hip_tree):
    assert hip_tree["psoas"].descendant_ids() == {hip_tree["psoas"].pk}


def test_region_descendants_use_one_query(hip_tree, django_assert_num_queries):
    with django_assert_num_queries(1):
        hip_tree["hips"].descendant_ids()


def test_filtering_by_parent_region_finds_exercise_on_sub_region(hip_tree):
    on_psoas = ExerciseFactory()
    ExerciseRegionFactory(exercise=on_psoas, region=hip_tree["psoas"])
    on_neck = ExerciseFactory()
    ExerciseRegionFactory(exercise=on_neck, region=hip_tree["neck"])

    found = Exercise.objects.targeting(hip_tree["hips"].descendant_ids())

    assert list(found) == [on_psoas]


def test_region_cannot_be_moved_under_its_own_child(hip_tree):
    hips = hip_tree["hips"]
    hips.parent = hip_tree["psoas"]
    with pytest.raises(ValidationError) as error:
        hips.full_clean()
    assert "parent" in error.value.message_dict


@pytest.mark.parametrize(
    ("dosage", "words"),
    [
        (
            Dosage(
                hold_seconds_min=5,
                hold_seconds_max=10,
                reps_min=5,
                reps_max=7,
                per_side=True,
                frequency="once a day",
            ),
            "Hold for 5\u201310 seconds, 5\u20137 repetitions on each side, "
            "once a day.",
        ),
        (Dosage(hold_seconds_min=30), "Hold for 30 seconds."),
        (Dosage(hold_seconds_min=60), "Hold for 1 minute."),
        (
            Dosage(hold_seconds_min=60, hold_seconds_max=120),
            "Hold for 1\u20132 minutes.",
        ),
        (Dosage(hold_seconds_min=90), "Hold for 90 seconds."),
        (
            Dosage(hold_seconds_min=30, per_side=True),
            "Hold for 30 seconds on each side.",
        ),
        (Dosage(reps_min=1), "1 repetition."),
        (Dosage(reps_min=10, reps_max=12, sets=2), "10\u201312 repetitions, 2 sets."),
        (Dosage(reps_min=8, sets=1), "8 repetitions, 1 set."),
        (Dosage(frequency="twice a day"), "Twice a day."),
        (Dosage(), ""),
    ],
)
def test_dosage_in_words(dosage, words):
    assert dosage.in_words() == words


def test_exercise_dosage_uses_frequency_label():
    exercise = ExerciseFactory.build(reps_min=5, frequency="alternate_days")
    assert exercise.dosage.in_words() == "5 repetitions, every other day."


def test_reps_range_must_be_ordered():
    exercise = ExerciseFactory(reps_min=8)
    exercise.reps_max = 5
    with pytest.raises(ValidationError, match="repetitions"):
        exercise.full_clean()


def test_upper_end_without_lower_end_is_refused():
    exercise = ExerciseFactory()
    exercise.hold_seconds_max = 10
    with pytest.raises(ValidationError, match="shortest hold"):
        exercise.full_clean()


def test_exercise_cannot_be_its_own_easier_option():
    exercise = ExerciseFactory()
    exercise.easier_option = exercise
    with pytest.raises(ValidationError, match="its own easier or harder"):
        exercise.full_clean()


def test_cautions_and_aliases_split_into_lines():
    exercise = ExerciseFactory.build(
        cautions="Go slowly.\n\n  Stop if it hurts. ", aliases="Bird dog\n"
    )
    assert exercise.caution_list == ["Go slowly.", "Stop if it hurts."]
    assert exercise.alias_list == ["Bird dog"]
