"""Image uploads: what is accepted, what is refused, what is kept."""

import io
import os

import pytest
from django.core.files.storage import default_storage
from PIL import Image

from exercises.models import ExerciseImage
from images.processing import ImageRejected, prepare_upload

from ..admin.formdata import admin_form_data
from ..factories import ExerciseFactory, VariantFactory
from ..helpers import admin_change_url
from .files import GPS_MARKER, bomb_png, gps_exif, image_bytes, upload

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


def test_size_limit_is_configurable(settings):
    settings.IMAGE_MAX_UPLOAD_BYTES = 10_000
    with pytest.raises(ImageRejected, match="at most 0 MB|at most"):
        prepare_upload(upload(os.urandom(20_000)))


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


def test_replacing_an_image_removes_the_old_file_and_renditions(
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

    assert not any(default_storage.exists(p) for p in old)
    assert all(default_storage.exists(p) for p in paths_of(reloaded))


def test_deleting_removes_files_even_through_a_cascade(
    django_capture_on_commit_callbacks,
):
    image = ExerciseImage.objects.create(
        exercise=ExerciseFactory(), image=upload(image_bytes()), alt_text="One"
    )
    paths = paths_of(image)
    with django_capture_on_commit_callbacks(execute=True):
        image.exercise.delete()
    assert not any(default_storage.exists(p) for p in paths)


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


def test_clearing_an_optional_image_removes_its_files(
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
    assert not any(default_storage.exists(p) for p in stored)
