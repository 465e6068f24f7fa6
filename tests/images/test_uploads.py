"""Image uploads: what is accepted, what is refused, what is kept."""

import errno
import io
import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, default_storage
from PIL import Image

from exercises.models import ExerciseImage
from images.processing import ImageRejected, make_renditions, prepare_upload

from ..admin.formdata import admin_form_data
from ..factories import ExerciseFactory, VariantFactory
from ..helpers import admin_change_url
from .files import (
    GPS_MARKER,
    bomb_png,
    gps_exif,
    image_bytes,
    mpo_bytes,
    stored_files,
    upload,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("fmt", "name", "content_type"),
    [
        ("JPEG", "a.jpg", "image/jpeg"),
        ("PNG", "a.png", "image/png"),
        ("WEBP", "a.webp", "image/webp"),
    ],
)
def test_each_allowed_format_is_accepted_and_kept_in_its_format(
    fmt, name, content_type
):
    prepared = prepare_upload(upload(image_bytes(fmt), name, content_type))
    assert Image.open(prepared.content).format == fmt
    assert (prepared.width, prepared.height) == (1600, 1000)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"just some text, not an image\n" * 10, "not an image we can read"),
        (image_bytes("JPEG")[:600], "damaged or incomplete"),
        (image_bytes("GIF", mode="P"), "GIF images are not accepted"),
        (bomb_png(), "Resize it"),
        (b"", "not an image we can read"),
    ],
    ids=["text-renamed-jpg", "truncated-jpeg", "gif", "decompression-bomb", "empty"],
)
def test_bad_files_are_refused_with_a_clear_message(data, message):
    with pytest.raises(ImageRejected, match=message):
        prepare_upload(upload(data))


@pytest.mark.parametrize(
    ("limit", "size", "message"),
    [
        (300_000, 400_000, "This file is 391 KB; images can be at most 292 KB."),
        (1_572_864, 2_000_000, "This file is 2 MB; images can be at most 1.5 MB."),
        # One byte over must not read as "10 MB; at most 10 MB".
        (10_485_760, 10_485_761, "This file is 10.1 MB; images can be at most 10 MB."),
    ],
    ids=["kilobytes", "fraction-of-a-megabyte", "one-byte-over"],
)
def test_size_limit_message_shows_the_real_sizes(settings, limit, size, message):
    settings.IMAGE_MAX_UPLOAD_BYTES = limit
    with pytest.raises(ImageRejected, match=re.escape(message)):
        prepare_upload(upload(bytes(size)))


def test_mpo_is_kept_as_a_clean_jpeg_of_the_first_picture():
    source = mpo_bytes(size=(300, 200), exif=gps_exif(orientation=6))
    assert Image.open(io.BytesIO(source)).format == "MPO"
    prepared = prepare_upload(upload(source))
    data = prepared.content.read()
    image = Image.open(io.BytesIO(data))
    assert (image.format, prepared.extension) == ("JPEG", "jpg")
    assert getattr(image, "n_frames", 1) == 1
    assert b"MPF" not in data and GPS_MARKER.encode() not in data
    assert not image.getexif()
    assert image.size == (prepared.width, prepared.height) == (200, 300)
    red, green, blue = image.convert("RGB").getpixel((100, 150))
    assert red > 200 and blue < 50  # the red photo, not the blue second picture


@pytest.mark.parametrize(
    "size", [(10_000, 1), (1, 10_000), (2001, 200), (200, 2001)], ids=str
)
def test_long_thin_images_are_refused_with_a_clear_message(size):
    with pytest.raises(ImageRejected) as refused:
        prepare_upload(upload(image_bytes("PNG", size=size), "a.png", "image/png"))
    assert str(refused.value) == (
        f"This image is {size[0]}×{size[1]} pixels, too long and thin to show "
        "well: its long side can be at most 10 times its short side. Crop it and "
        "try again."
    )


@pytest.mark.parametrize("size", [(2000, 200), (200, 2000)], ids=str)
def test_ten_to_one_images_are_accepted_with_renditions(size):
    image = ExerciseImage.objects.create(
        exercise=ExerciseFactory(),
        image=upload(image_bytes("PNG", size=size), "wide.png", "image/png"),
        alt_text="A panorama",
    )
    assert (image.renditions["width"], image.renditions["height"]) == size
    assert all(default_storage.exists(p) for p in paths_of(image))


def test_long_thin_image_saved_in_code_stores_nothing():
    before = stored_files()
    with pytest.raises(ValidationError, match="too long and thin"):
        ExerciseImage.objects.create(
            exercise=ExerciseFactory(),
            image=upload(image_bytes("PNG", size=(10_000, 1)), "t.png", "image/png"),
            alt_text="A line",
        )
    assert stored_files() == before


def test_renditions_of_a_one_pixel_strip_are_one_pixel_high():
    name = default_storage.save(
        "exercises/strip.png", ContentFile(image_bytes("PNG", size=(10_000, 1)))
    )
    renditions = make_renditions(default_storage, name)
    for fmt in ("webp", "jpeg"):
        assert [w for w, _ in renditions["sources"][fmt]] == [400, 800, 1200]
        for width, path in renditions["sources"][fmt]:
            with default_storage.open(path) as handle:
                assert Image.open(handle).size == (width, 1)


def test_failed_renditions_leave_no_file_behind(monkeypatch):
    real_save = FileSystemStorage._save

    def fill_disk_at_second_size(self, name, content):
        if name.endswith("/800.webp"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_save(self, name, content)

    monkeypatch.setattr(FileSystemStorage, "_save", fill_disk_at_second_size)
    before = stored_files()
    with pytest.raises(OSError, match="No space left"):
        ExerciseImage.objects.create(
            exercise=ExerciseFactory(),
            image=upload(image_bytes(), "disk-full.jpg"),
            alt_text="Never stored",
        )
    assert stored_files() == before


def test_gps_and_camera_data_are_stripped_and_orientation_applied():
    source = image_bytes("JPEG", size=(300, 200), exif=gps_exif(orientation=6))
    assert GPS_MARKER.encode() in source
    prepared = prepare_upload(upload(source))
    data = prepared.content.read()
    assert GPS_MARKER.encode() not in data
    image = Image.open(io.BytesIO(data))
    assert not image.getexif()
    assert image.size == (200, 300)  # turned upright, since the tag is gone


def test_model_save_stores_clean_original_and_renditions(
    django_capture_on_commit_callbacks,
):
    source = image_bytes("JPEG", size=(1600, 1000), exif=gps_exif(orientation=1))
    image = ExerciseImage.objects.create(
        exercise=ExerciseFactory(), image=upload(source), alt_text="A stretch"
    )
    with default_storage.open(image.image.name) as stored:
        assert GPS_MARKER.encode() not in stored.read()
    sources = image.renditions["sources"]
    assert [w for w, _ in sources["webp"]] == [400, 800, 1200]
    assert [w for w, _ in sources["jpeg"]] == [400, 800, 1200]
    for fmt, expected in (("webp", "WEBP"), ("jpeg", "JPEG")):
        for width, path in sources[fmt]:
            with default_storage.open(path) as handle:
                rendition = Image.open(handle)
                assert rendition.format == expected
                assert rendition.size == (width, round(1000 * width / 1600))
                assert not rendition.getexif()
                assert GPS_MARKER.encode() not in handle.read()
    assert (image.renditions["width"], image.renditions["height"]) == (1600, 1000)


def test_small_image_is_never_enlarged():
    image = ExerciseImage.objects.create(
        exercise=ExerciseFactory(),
        image=upload(image_bytes("PNG", size=(600, 300)), "s.png", "image/png"),
        alt_text="Small",
    )
    assert [w for w, _ in image.renditions["sources"]["webp"]] == [400, 600]


def paths_of(image) -> list[str]:
    return [image.image.name] + [
        p for fmt in image.renditions["sources"].values() for _, p in fmt
    ]


# Rows never delete files: the history may show them again. prune_media removes
# what nothing names (tests/history/test_prune_media.py).
def test_replacing_an_image_keeps_the_old_file_and_renditions(
    django_capture_on_commit_callbacks,
):
    image = ExerciseImage.objects.create(
        exercise=ExerciseFactory(), image=upload(image_bytes()), alt_text="One"
    )
    old = paths_of(image)
    assert all(default_storage.exists(p) for p in old)

    reloaded = ExerciseImage.objects.get(pk=image.pk)
    reloaded.image = upload(image_bytes(color="orange"), "second.jpg")
    with django_capture_on_commit_callbacks(execute=True):
        reloaded.save()

    assert all(default_storage.exists(p) for p in old)
    assert all(default_storage.exists(p) for p in paths_of(reloaded))
    assert set(paths_of(reloaded)).isdisjoint(old)


def test_deleting_keeps_the_files_for_a_recovery(django_capture_on_commit_callbacks):
    image = ExerciseImage.objects.create(
        exercise=ExerciseFactory(), image=upload(image_bytes()), alt_text="One"
    )
    paths = paths_of(image)
    with django_capture_on_commit_callbacks(execute=True):
        image.exercise.delete()
    assert not ExerciseImage.objects.exists()
    assert all(default_storage.exists(p) for p in paths)


def test_saving_other_fields_keeps_the_files(django_capture_on_commit_callbacks):
    image = ExerciseImage.objects.create(
        exercise=ExerciseFactory(), image=upload(image_bytes()), alt_text="One"
    )
    reloaded = ExerciseImage.objects.get(pk=image.pk)
    reloaded.caption = "New caption"
    with django_capture_on_commit_callbacks(execute=True):
        reloaded.save()
    assert all(default_storage.exists(p) for p in paths_of(image))


class TestAdmin:
    change_url = staticmethod(admin_change_url)

    def post_with_image(self, client, exercise, file, alt="Kneeling lunge", deco=False):
        data = admin_form_data(client.get(self.change_url(exercise)))
        data.update(
            {
                "images-TOTAL_FORMS": "1",
                "images-0-image": file,
                "images-0-alt_text": alt,
                "images-0-order": "0",
            }
        )
        if deco:
            data["images-0-is_decorative"] = "on"
        return client.post(self.change_url(exercise), data)

    def test_author_uploads_an_image(self, author_client):
        exercise = ExerciseFactory()
        response = self.post_with_image(author_client, exercise, upload(image_bytes()))
        assert response.status_code == 302
        assert exercise.images.get().renditions["width"] == 1600

    @pytest.mark.parametrize(
        ("data", "message"),
        [
            (b"not an image at all", "not an image"),
            (image_bytes("JPEG")[:700], "damaged or incomplete"),
            (bomb_png(), "Resize it"),
        ],
    )
    def test_bad_upload_is_a_form_error_not_a_500(self, author_client, data, message):
        exercise = ExerciseFactory()
        response = self.post_with_image(author_client, exercise, upload(data))
        assert response.status_code == 200
        assert message in response.content.decode()
        assert not exercise.images.exists()

    def test_phone_mpo_upload_is_stored_as_a_jpeg_with_renditions(self, author_client):
        exercise = ExerciseFactory()
        response = self.post_with_image(
            author_client, exercise, upload(mpo_bytes(size=(900, 600)), "IMG_1.jpg")
        )
        assert response.status_code == 302
        image = exercise.images.get()
        assert image.image.name.endswith(".jpg")
        with default_storage.open(image.image.name) as stored:
            assert Image.open(stored).format == "JPEG"
        assert (image.renditions["width"], image.renditions["height"]) == (900, 600)
        assert [w for w, _ in image.renditions["sources"]["jpeg"]] == [400, 800, 900]
        assert all(default_storage.exists(p) for p in paths_of(image))

    def test_long_thin_upload_is_a_form_error_and_stores_nothing(self, author_client):
        exercise = ExerciseFactory()
        before = stored_files()
        response = self.post_with_image(
            author_client,
            exercise,
            upload(image_bytes("PNG", size=(10_000, 1)), "line.png", "image/png"),
        )
        assert response.status_code == 200
        assert (
            "its long side can be at most 10 times its short side"
            in response.content.decode()
        )
        assert not exercise.images.exists()
        assert stored_files() == before

    def test_upload_with_a_long_name_is_stored_under_a_short_one(self, author_client):
        exercise = ExerciseFactory()
        # 104 characters, 404 bytes: over the field's 100 and the disk's 255.
        name = "𠀀" * 100 + ".jpg"
        response = self.post_with_image(
            author_client, exercise, upload(image_bytes(), name)
        )
        assert response.status_code == 302
        image = exercise.images.get()
        assert image.image.name.startswith("exercises/𠀀")
        assert len(image.image.name.encode()) <= 100
        assert all(default_storage.exists(p) for p in paths_of(image))

    def test_empty_alt_text_is_refused_unless_decorative(self, author_client):
        exercise = ExerciseFactory()
        refused = self.post_with_image(
            author_client, exercise, upload(image_bytes()), alt=""
        )
        assert refused.status_code == 200
        assert "Describe the picture for people who cannot see it" in (
            refused.content.decode()
        )
        accepted = self.post_with_image(
            author_client, exercise, upload(image_bytes()), alt="", deco=True
        )
        assert accepted.status_code == 302


def test_new_upload_never_deletes_someone_elses_file(
    django_capture_on_commit_callbacks,
):
    first = ExerciseImage.objects.create(
        exercise=ExerciseFactory(),
        image=upload(image_bytes(), "same.jpg"),
        alt_text="1",
    )
    with django_capture_on_commit_callbacks(execute=True):
        ExerciseImage.objects.create(
            exercise=ExerciseFactory(),
            image=upload(image_bytes(), "same.jpg"),
            alt_text="2",
        )
    assert all(default_storage.exists(p) for p in paths_of(first))


def test_clearing_an_optional_image_keeps_its_files(
    django_capture_on_commit_callbacks,
):
    variant = VariantFactory(image=upload(image_bytes()), image_alt="Foot in")
    stored = [variant.image.name] + [
        p for fmt in variant.image_renditions["sources"].values() for _, p in fmt
    ]
    reloaded = type(variant).objects.get(pk=variant.pk)
    reloaded.image = None
    reloaded.image_alt = ""
    with django_capture_on_commit_callbacks(execute=True):
        reloaded.save()
    assert reloaded.image_renditions == {}
    assert all(default_storage.exists(p) for p in stored)
