"""The public pages render with Jinja2 (backpain/jinja2.py), the admin with
the Django templates; Jinja2's differences from the Django template language
must not show on a page."""

import datetime as dt
import re

import pytest
from django.template import engines
from django.template.loader import get_template
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
from ..helpers import index_for_search
from ..images.files import image_bytes, upload

pytestmark = pytest.mark.django_db


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
        exercise=stretch,
        image=upload(photo),
        alt_text="Kneeling",
        caption="Start",
        credit="Photo: A. Person",
        credit_url="https://example.org/photo",
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
    condition.regions.add(hips)
    condition.related.add(ConditionFactory(title="Hip bursitis"))
    for kind in ("new", "science", "correction"):
        UpdateFactory(article=stretch, kind=kind, description=f"It's {kind}.")
    UpdateFactory(article=condition, date=dt.date(2019, 5, 1))
    for _ in range(30):  # a second page of exercises and of updates
        UpdateFactory(article=ExerciseFactory(author=author))
    index_for_search()
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
    "/exercises/?region=hips",
    "/exercises/hip-stretch/",
    "/conditions/",
    "/conditions/tight-hip-flexors/",
    "/updates/",
    "/updates/?page=2",
    "/updates/?kind=science&kind=bogus",
    "AUTHOR",
    "/editorial-policy/",
    "/search/",
    "/search/?q=hip",
    "/search/?q=exercise&page=2",
    "/search/?q=hip&type=condition",
    "/search/?q=hpi+strech",
    "/search/?q=zzzzqqq",
]

# What Jinja2 writes for a method used without its brackets (`{{ x.get_url }}`),
# where the Django template language would have called it, and for a name
# the context does not have in debug mode.
LEAKS = re.compile(r"bound method|<function |object at 0x|Undefined|{{|{%")


@pytest.mark.parametrize("url", PAGES)
def test_public_page_renders_with_jinja2_without_leaks(client, site, url):
    url = site["author"].get_absolute_url() if url == "AUTHOR" else url
    response = client.get(url)
    assert response.status_code == 200
    page, *others = response.templates
    assert type(page).__module__ == "jinja2.environment"
    # Django's templates only for a form widget the page shows as Django writes it.
    for template in others:
        assert template.name.startswith("django/forms/widgets/"), template.name
    assert not LEAKS.search(response.content.decode()), url


@pytest.mark.parametrize("page", ["draft", "scheduled", "easier option"])
def test_previews_render_with_jinja2_without_leaks(author_client, site, page):
    url = {
        "draft": site["draft"].get_absolute_url(),
        "scheduled": site["scheduled"].get_absolute_url(),
        "easier option": site["exercise"].easier_option.get_absolute_url(),
    }[page]
    response = author_client.get(url)
    assert response.status_code == 200
    assert not LEAKS.search(response.content.decode())


def test_search_results_number_from_the_page_start(client, site):
    """`start` on the list of hits: Paginator's start_index is a method."""
    response = client.get("/search/?q=exercise&page=2")
    start = response.context["page_obj"].start_index()
    assert start > 1
    assert f'class="search-results" start="{start}"' in response.content.decode()


@pytest.mark.parametrize(
    "url", ["/exercises/?page=99", "/updates/?page=zz", "/search/?q=hip&page=0"]
)
def test_a_page_past_the_end_renders_with_jinja2_without_leaks(client, site, url):
    response = client.get(url)
    assert response.status_code == 404
    assert [t.name for t in response.templates] == ["no_such_page.html"]
    assert not LEAKS.search(response.content.decode()), url


def test_public_templates_are_jinja2_and_the_admin_django(client):
    for name in ("base.html", "exercises/exercise_list.html", "404.html", "500.html"):
        assert get_template(name).backend.name == "jinja2", name
    assert get_template("admin/base.html").backend.name == "django"
    assert get_template("admin/locked_out.html").backend.name == "django"
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "We could not find that page" in response.content.decode()


def test_a_templates_own_globals_overlay_the_environments_and_stay_its_own():
    """The environment's globals map is flat (backpain.jinja2._Environment), as
    Jinja2's ChainMap would give it."""
    env = engines["jinja2"].env
    own = env.from_string(
        "{{ static }}|{{ url is defined }}|{{ mine }}",
        globals={"static": "its own", "mine": 1},
    )
    other = env.from_string("{{ mine is defined }}|{{ static('x.css') }}")

    assert own.render() == "its own|True|1"
    assert other.render().startswith("False|/")
    assert "mine" not in env.globals and env.globals["static"] != "its own"


def test_list_loads_the_same_templates_for_any_number_of_cards(
    client, grow_library, monkeypatch
):
    """No include per card or per checkbox: a template is fetched once per
    import, not once per row."""

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

    grow_library(exercises=1, regions=1, equipment=1, conditions=1)
    few = {url: loaded_for(url) for url in ("/exercises/", "/updates/", "/")}
    grow_library(exercises=60, regions=8, equipment=12, conditions=6)
    many = {url: loaded_for(url) for url in ("/exercises/", "/updates/", "/")}
    assert many == few
    # Here, inside the test's transaction, the checkboxes are not kept, so the
    # list fetches their template once for each of its five fieldsets.
    assert all(len(set(names)) <= 9 for names in many.values()), many
