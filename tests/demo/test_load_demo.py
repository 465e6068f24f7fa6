import pytest
from django.core.management import call_command

from articles.models import ArticleUpdate
from authors.models import Author
from conditions.models import Condition, ConditionExercise
from exercises.models import BodyRegion, Exercise, ExerciseImage, StretchVariant

from ..factories import ImageFactory

pytestmark = pytest.mark.django_db

MODELS = [
    Author,
    BodyRegion,
    Exercise,
    StretchVariant,
    Condition,
    ConditionExercise,
    Condition.related.through,
    ExerciseImage,
    ArticleUpdate,
]


def counts():
    return {m.__name__: m.objects.count() for m in MODELS}


def test_loading_twice_gives_the_same_counts():
    call_command("load_demo")
    first = counts()
    call_command("load_demo")
    assert counts() == first
    assert first["Exercise"] >= 8 and first["Condition"] >= 2


def test_reloading_keeps_an_authors_local_edits():
    call_command("load_demo")
    Exercise.objects.filter(slug="bird-dog").update(summary="Edited locally.")
    call_command("load_demo")
    assert Exercise.objects.get(slug="bird-dog").summary == "Edited locally."


def test_reloading_keeps_a_trainers_own_pictures_and_adds_none():
    call_command("load_demo")
    exercise = Exercise.objects.get(slug="glute-bridge")
    exercise.images.all().delete()
    own = ImageFactory(exercise=exercise, alt_text="Our own photo.")
    Exercise.objects.filter(slug="bird-dog").delete()  # something to add again
    call_command("load_demo")
    assert list(exercise.images.all()) == [own]


def test_reloading_keeps_a_related_link_an_editor_removed():
    call_command("load_demo")
    guide = Condition.objects.get(slug="sciatica")
    removed = guide.related.first()
    guide.related.remove(removed)
    call_command("load_demo")
    assert removed not in guide.related.all()
    assert guide not in removed.related.all()


def test_reloading_keeps_an_option_a_trainer_removed():
    from demo import content

    call_command("load_demo")
    with_option = next(
        d for d in content.EXERCISES if {"easier_option", "harder_option"} & d.keys()
    )
    other = next(
        d["slug"]
        for d in content.EXERCISES
        if d["slug"] != with_option["slug"]
        and d["slug"]
        not in (with_option.get("easier_option"), with_option.get("harder_option"))
    )
    trainer_copy = Exercise.objects.get(slug=with_option["slug"])
    trainer_copy.easier_option = trainer_copy.harder_option = None
    trainer_copy.save()
    # Something is missing again, so the next load creates rows.
    Exercise.objects.filter(slug=other).delete()

    call_command("load_demo")

    assert Exercise.objects.filter(slug=other).exists()
    reloaded = Exercise.objects.get(slug=with_option["slug"])
    assert reloaded.easier_option is None and reloaded.harder_option is None
    assert reloaded.version == trainer_copy.version


def test_demo_content_is_valid_and_visible(client):
    call_command("load_demo")
    for article in [*Exercise.objects.all(), *Condition.objects.all()]:
        article.full_clean()
        assert client.get(article.get_absolute_url()).status_code == 200
    home = client.get("/").content.decode()
    assert "Lower back" in home


def test_bird_dog_reads_as_trainers_wrote_it(client):
    call_command("load_demo")
    from demo import content

    data = next(d for d in content.EXERCISES if d["slug"] == "bird-dog")
    page = client.get("/exercises/bird-dog/").content.decode()
    assert "Hold for 5\u201310 seconds, 5\u20137 repetitions on each side" in page
    assert data["easier_note"] in page
    logged = len(data["updates"])
    assert f"{logged} updates logged since publication (2009)" in page


def test_demo_covers_what_the_product_promises(client):
    from demo import content

    call_command("load_demo")
    assert Exercise.objects.published().count() >= 12
    assert Condition.objects.published().count() >= 5
    for data in content.EXERCISES:
        exercise = Exercise.objects.get(slug=data["slug"])
        assert sorted(e.slug for e in exercise.equipment.all()) == sorted(
            data["equipment"]
        )
        assert exercise.target_regions.count() == len(data["regions"])

    rotator = Exercise.objects.get(slug="seated-hip-rotator-stretch")
    data = next(d for d in content.EXERCISES if d["slug"] == rotator.slug)
    assert {v.emphasis for v in rotator.variants.all()} == {
        v["emphasis"] for v in data["variants"]
    }
    for condition in Condition.objects.all():
        relations = set(condition.exercise_links.values_list("relation", flat=True))
        assert {"helps", "caution"} <= relations, condition.slug
        assert condition.urgent_care.strip()

    spasms = client.get("/conditions/back-spasms-and-trigger-points/").content.decode()
    assert spasms.count('class="footnote-ref"') >= 2
    kinds = set(ArticleUpdate.objects.values_list("kind", flat=True))
    assert len(kinds) >= 4
