"""The exercise list's cards (exercises.selectors.exercise_cards)."""

import pytest
from django.urls import reverse

from exercises.models import Exercise
from exercises.selectors import exercise_cards

from ..factories import ExerciseFactory, ExerciseRegionFactory, RegionFactory

pytestmark = pytest.mark.django_db


def test_cards_show_what_the_exercise_says(django_assert_num_queries):
    hips = RegionFactory(name="Hips", order=2)
    back = RegionFactory(name="Lower back", order=1)
    neck = RegionFactory(name="Neck")
    stretch = ExerciseFactory(
        title="Hip <stretch>", slug="hip_stretch-2", kind="stretch", difficulty=3
    )
    ExerciseRegionFactory(exercise=stretch, region=hips)
    ExerciseRegionFactory(exercise=stretch, region=back)
    ExerciseRegionFactory(exercise=stretch, region=neck, role="secondary")
    ExerciseFactory(title="Bare", slug="bare")
    page = Exercise.objects.for_list()

    with django_assert_num_queries(2):  # the page's rows, their primary regions
        cards = exercise_cards(page)

    for card, exercise in zip(cards, page, strict=True):
        assert card.url == exercise.get_absolute_url()
        assert card.title == exercise.title
        assert card.kind == exercise.get_kind_display()
        assert card.difficulty == exercise.get_difficulty_display()
        assert card.summary == exercise.summary
    bare, hip = cards
    # Primary regions only, in the regions' order, as the exercise page lists them.
    assert (
        hip.regions
        == ["Lower back", "Hips"]
        == [r.name for r in Exercise.objects.get(pk=stretch.pk).primary_regions]
    )
    assert bare.regions == []
    assert hip.url == reverse("exercises:detail", kwargs={"slug": "hip_stretch-2"})


def test_no_exercises_no_query(django_assert_num_queries):
    with django_assert_num_queries(0):
        assert exercise_cards(Exercise.objects.none()) == []


def test_the_list_shows_the_cards(client):
    exercise = ExerciseFactory(title="Cat & cow", kind="stretch")
    ExerciseRegionFactory(exercise=exercise, region=RegionFactory(name="Back"))
    body = client.get("/exercises/").content.decode()
    assert f'<h3><a href="{exercise.get_absolute_url()}">Cat &amp; cow</a></h3>' in body
    assert '<p class="meta">Stretch · Beginner · Back</p>' in body


def test_a_cards_regions_are_escaped_on_the_page(client):
    odd = RegionFactory(name="Hips & <thighs>")
    ExerciseRegionFactory(exercise=ExerciseFactory(title="Clam"), region=odd)
    other = RegionFactory(name="Glutes")
    ExerciseRegionFactory(exercise=ExerciseFactory(title="Bridge"), region=other)
    ExerciseRegionFactory(exercise=Exercise.objects.get(title="Bridge"), region=odd)
    page = client.get(reverse("exercises:list")).content.decode()
    assert "· Hips &amp; &lt;thighs&gt;</p>" in page
    assert "Hips & <thighs>" not in page
