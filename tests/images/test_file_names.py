"""Stored file names: short enough for any filesystem and the field, still
recognisable, whatever the author's file was called."""

import posixpath

import pytest
from django.apps import apps
from django.core.files.storage import default_storage

from exercises.models import ExerciseImage
from images.fields import STEM_MAX_BYTES, ResponsiveImageField

from ..factories import ExerciseFactory
from .files import image_bytes, upload

pytestmark = pytest.mark.django_db


def store(name: str) -> ExerciseImage:
    return ExerciseImage.objects.create(
        exercise=ExerciseFactory(), image=upload(image_bytes(), name), alt_text="A"
    )


def stored_files_of(image: ExerciseImage) -> list[str]:
    return [image.image.name] + [
        p for fmt in image.renditions["sources"].values() for _, p in fmt
    ]


def test_name_of_four_byte_characters_is_cut_by_bytes_and_stored_with_renditions():
    # 364 bytes: "File name too long" on disk before, for the original and its folder.
    image = store("𠀀" * 90 + ".jpg")
    name = image.image.name
    assert name.startswith("exercises/" + "𠀀" * (STEM_MAX_BYTES // 4))
    assert "𠀀" * (STEM_MAX_BYTES // 4 + 1) not in name
    assert len(name) <= ExerciseImage._meta.get_field("image").max_length
    paths = stored_files_of(image)
    assert len(paths) == 7
    assert all(default_storage.exists(p) for p in paths)


def test_cut_never_splits_a_character():
    # One ASCII letter puts every four-byte character across the byte limit.
    image = store("a" + "𠀀" * 30 + ".jpg")
    stem, _ = posixpath.splitext(posixpath.basename(image.image.name))
    kept = (STEM_MAX_BYTES - 1) // 4
    assert stem.startswith("a" + "𠀀" * kept)
    assert "𠀀" * (kept + 1) not in stem
    assert len(stem.split("_")[0].encode()) <= STEM_MAX_BYTES


@pytest.mark.parametrize(
    "name", ["😀" * 90 + ".jpg", "???.jpg"], ids=["emoji", "punctuation"]
)
def test_name_with_nothing_usable_is_stored_as_image(name):
    # Storage drops what is not a letter, digit, "-" or "."; these names were
    # left as a hidden ".jpg".
    image = store(name)
    assert posixpath.basename(image.image.name).startswith("image")
    assert image.image.name.endswith(".jpg")
    assert all(default_storage.exists(p) for p in stored_files_of(image))


def test_short_name_is_kept_as_it_was():
    image = store("kneeling lunge.jpg")
    assert posixpath.basename(image.image.name).startswith("kneeling_lunge")


def test_every_image_field_fits_the_longest_stored_name():
    # "_AbC1234" is what storage adds when a name is taken; ".webp" the longest
    # extension kept.
    longest_tail = STEM_MAX_BYTES + len("_AbC1234.webp")
    fields = [
        field
        for model in apps.get_models()
        for field in model._meta.fields
        if isinstance(field, ResponsiveImageField)
    ]
    assert len(fields) >= 3
    for field in fields:
        assert len(field.upload_to) + longest_tail <= field.max_length, field
