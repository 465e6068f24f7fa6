"""The Jinja2 templates give the Django templates' HTML, page for page.

templates/jinja2/ mirrors the public pages' templates for Jinja2, which one
TEMPLATES entry switches on (backpain/jinja2.py). Until then nothing renders
them, so these tests render every public page both ways and compare; a change
to one template needs the same change to its twin.
"""

import datetime as dt
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.template import engines
from django.template.loader import get_template
from django.test import override_settings
from django.utils import timezone

from exercises.models import ExerciseImage

from ..factories import (
    AuthorFactory,
    ConditionExerciseFactory,
    ConditionFactory,
    CredentialFactory,
    EquipmentFactory,
    ExerciseFactory,
    ExerciseRegionFactory,
    RegionFactory,
    StepFactory,
    UpdateFactory,
    VariantFactory,
)
from ..images.files import image_bytes, upload

pytest.importorskip("jinja2")
pytestmark = pytest.mark.django_db

JINJA2 = {
    "BACKEND": "django.template.backends.jinja2.Jinja2",
    "DIRS": [Path(settings.BASE_DIR) / "templates" / "jinja2"],
    "APP_DIRS": False,
    "OPTIONS": {"environment": "backpain.jinja2.environment"},
}


def jinja2_on():
    return override_settings(TEMPLATES=[JINJA2, *settings.TEMPLATES])


def normalised(html: bytes) -> str:
    """The page without insignificant whitespace; an apostrophe is escaped as
    `&#x27;` by Django and as `&#39;` by Jinja2, the same character."""
    text = html.decode().replace("&#x27;", "&#39;")
    return re.sub(r"\s+", " ", re.sub(r">\s+<", "><", text)).strip()


@pytest.fixture
def site():
    """Something for every branch of the public templates."""
    photo = image_bytes(size=(600, 400))
    author = AuthorFactory(
        display_name="Sam O'Neil",
        photo=upload(photo, "sam.jpg"),
        photo_alt="Sam smiling",
        bio="Coach for ten years.\nWrites about backs & hips.",
        website="https://example.org/sam",
    )
    CredentialFactory(author=author, year=None)
    CredentialFactory(author=author, verification_url="https://example.org/check")
    reviewer = CredentialFactory().author
    hips = RegionFactory(name="Hips", slug="hips")
    flexors = RegionFactory(name="Hip flexors", slug="hip-flexors", parent=hips)
    back = RegionFactory(name="Lower back", slug="lower-back")
    mat = EquipmentFactory(name="Mat", slug="mat")
    stretch = ExerciseFactory(
        title="Hip stretch",
        slug="hip-stretch",
        kind="stretch",
        difficulty=2,
        author=author,
        aliases="Lunge stretch\nFlexor stretch",
        cautions="Stop if it pinches.\nKeep the back knee padded.",
        body="Keep the back flat.[^1]\n\n[^1]: A physio's advice.",
        hold_seconds_min=20,
        hold_seconds_max=30,
        reps_min=2,
        per_side=True,
        frequency="daily",
        last_reviewed_on=dt.date(2024, 3, 5),
        reviewed_by=reviewer,
        easier_option=ExerciseFactory(title="Supported lunge"),
        harder_option=ExerciseFactory(title="Draft harder", draft=True),
        harder_note="Lift the back knee.",
    )
    ExerciseRegionFactory(exercise=stretch, region=flexors)
    ExerciseRegionFactory(exercise=stretch, region=back, role="secondary")
    stretch.equipment.add(mat)
    StepFactory.create_batch(2, exercise=stretch)
    ExerciseImage.objects.create(
        exercise=stretch, image=upload(photo), alt_text="Kneeling", caption="Start"
    )
    ExerciseImage.objects.create(
        exercise=stretch, image=upload(photo), is_decorative=True
    )
    VariantFactory(exercise=stretch, slug="main", instructions="Turn.\nHold.")
    VariantFactory(
        exercise=stretch, slug="foot-in", image=upload(photo), image_alt="Foot in"
    )
    condition = ConditionFactory(
        title="Tight hip flexors",
        slug="tight-hip-flexors",
        author=author,
        reviewed_by=reviewer,
        last_reviewed_on=dt.date(2024, 2, 1),
        other_names="Sitting hips",
        urgent_care="Numb leg after a fall.[^1]\n\n[^1]: NHS 111 guidance.",
        body="Common in people who sit.",
        symptoms="A pull at the front of the hip.",
        featured=True,
    )
    for relation, exercise in (
        ("helps", stretch),
        ("caution", ExerciseFactory(title="Deep squat")),
        ("avoid", ExerciseFactory(title="Sprinting")),
        ("helps", ExerciseFactory(title="Hidden", draft=True)),
    ):
        ConditionExerciseFactory(
            condition=condition, exercise=exercise, relation=relation, note="Why."
        )
    ConditionExerciseFactory(
        condition=ConditionFactory(title="Draft guide", draft=True), exercise=stretch
    )
    for kind in ("new", "science", "correction"):
        UpdateFactory(article=stretch, kind=kind, description=f"It's {kind}.")
    UpdateFactory(article=condition, date=dt.date(2019, 5, 1))
    for _ in range(30):  # a second page of exercises and of updates
        UpdateFactory(article=ExerciseFactory(author=author))
    return {
        "exercise": stretch,
        "condition": condition,
        "author": author,
        "draft": ExerciseFactory(title="Draft stretch", kind="stretch", draft=True),
        "scheduled": ConditionFactory(
            title="Scheduled guide",
            published_at=timezone.now() + dt.timedelta(days=3),
        ),
    }


PAGES = [
    "/",
    "/exercises/",
    "/exercises/?page=2",
    "/exercises/?q=hip&region=hips&region=elbow&kind=stretch&difficulty=intermediate"
    "&equipment=mat&equipment=none&condition=tight-hip-flexors&sort=hardest,easiest",
    "/exercises/?q=nothing+matches+this&sort=zz",
    "/exercises/hip-stretch/",
    "/conditions/",
    "/conditions/tight-hip-flexors/",
    "/updates/",
    "/updates/?page=2",
    "/updates/?kind=science&kind=bogus",
    "AUTHOR",
]


@pytest.mark.parametrize("url", PAGES)
def test_jinja2_page_is_the_django_page(client, site, url):
    url = site["author"].get_absolute_url() if url == "AUTHOR" else url
    django_page = client.get(url)
    assert django_page.status_code == 200
    with jinja2_on():
        jinja2_page = client.get(url)
        # Rendered by Jinja2: the Django engine rendered no page template.
        assert "base.html" not in [t.name for t in jinja2_page.templates]
    assert jinja2_page.status_code == 200
    assert normalised(jinja2_page.content) == normalised(django_page.content)


@pytest.mark.parametrize("page", ["draft", "scheduled", "easier option"])
@override_settings(TIME_ZONE="Europe/Berlin")  # dates shown in local time
def test_jinja2_preview_and_other_pages_are_the_django_ones(author_client, site, page):
    url = {
        "draft": site["draft"].get_absolute_url(),
        "scheduled": site["scheduled"].get_absolute_url(),
        "easier option": site["exercise"].easier_option.get_absolute_url(),
    }[page]
    django_page = author_client.get(url)
    with jinja2_on():
        jinja2_page = author_client.get(url)
    assert normalised(jinja2_page.content) == normalised(django_page.content)


def test_jinja2_is_used_only_where_it_has_a_template(client):
    with jinja2_on():
        assert get_template("exercises/exercise_list.html").backend.name == "jinja2"
        # The admin and the error pages stay with the Django templates.
        assert get_template("404.html").backend.name == "django"
        assert get_template("admin/base.html").backend.name == "django"
        assert client.get("/no-such-page/").status_code == 404


def test_jinja2_list_loads_the_same_templates_for_any_number_of_cards(
    client, grow_library, monkeypatch
):
    """No `{% include %}` per card or per checkbox: a template is fetched once
    per import, not once per row."""

    def loaded_for(url):
        env = engines["jinja2"].env
        names = []
        get = env.get_template

        def counting(name, *args, **kwargs):
            names.append(name)
            return get(name, *args, **kwargs)

        monkeypatch.setattr(env, "get_template", counting)
        assert client.get(url).status_code == 200
        monkeypatch.undo()
        return names

    with jinja2_on():
        grow_library(exercises=1, regions=1, equipment=1, conditions=1)
        few = {url: loaded_for(url) for url in ("/exercises/", "/updates/", "/")}
        grow_library(exercises=60, regions=8, equipment=12, conditions=6)
        many = {url: loaded_for(url) for url in ("/exercises/", "/updates/", "/")}
    assert many == few
    assert all(len(names) <= 8 for names in many.values()), many
