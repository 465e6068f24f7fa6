import re

import pytest

from exercises.models import ExerciseImage

from ..factories import ExerciseFactory, VariantFactory
from ..helpers import queries_for
from .files import image_bytes, upload

pytestmark = pytest.mark.django_db


def add_images(exercise, n):
    data = image_bytes(size=(900, 600))
    for i in range(n):
        ExerciseImage.objects.create(
            exercise=exercise, image=upload(data, f"i{i}.jpg"), alt_text=f"Step {i}"
        )


def test_image_heavy_page_adds_no_query_per_image(client):
    few, many = ExerciseFactory(), ExerciseFactory()
    add_images(few, 2)
    add_images(many, 12)
    client.get(few.get_absolute_url())  # warm per-process caches (content types)
    assert queries_for(client, few.get_absolute_url()) == queries_for(
        client, many.get_absolute_url()
    )


def test_pictures_offer_webp_and_jpeg_sizes_without_layout_shift(client):
    exercise = ExerciseFactory()
    add_images(exercise, 3)
    body = client.get(exercise.get_absolute_url()).content.decode()
    pictures = re.findall(r"<picture>.*?</picture>", body, re.S)
    assert len(pictures) == 3
    for picture in pictures:
        assert '<source type="image/webp" srcset="' in picture
        assert " 400w" in picture and " 800w" in picture and " 900w" in picture
        assert 'sizes="' in picture
        assert 'width="900" height="600"' in picture
    assert 'loading="lazy"' not in pictures[0]  # likely in view on load
    assert all('loading="lazy"' in p for p in pictures[1:])
    assert 'alt="Step 0"' in pictures[0]


def test_decorative_image_gets_empty_alt(client):
    exercise = ExerciseFactory()
    ExerciseImage.objects.create(
        exercise=exercise, image=upload(image_bytes()), is_decorative=True
    )
    body = client.get(exercise.get_absolute_url()).content.decode()
    assert 'alt=""' in body


def test_variant_image_is_responsive(client):
    variant = VariantFactory(image=upload(image_bytes()), image_alt="Foot turned in")
    body = client.get(variant.exercise.get_absolute_url()).content.decode()
    assert 'alt="Foot turned in"' in body
    assert 'type="image/webp"' in body
