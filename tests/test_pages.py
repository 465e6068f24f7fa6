"""Every public page: landmarks, labels, drafts kept out, errors in the site design."""

from html.parser import HTMLParser

import html5lib
import pytest
from django.urls import reverse

from .factories import (
    ConditionExerciseFactory,
    ConditionFactory,
    CredentialFactory,
    ExerciseFactory,
    ExerciseRegionFactory,
    RegionFactory,
    UpdateFactory,
    VariantFactory,
)

pytestmark = pytest.mark.django_db


class Outline(HTMLParser):
    """Collects what an accessibility check looks at first."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.label_for: set[str] = set()
        self.ids: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if attrs.get("id"):
            self.ids.append(attrs["id"])
        if tag == "label" and attrs.get("for"):
            self.label_for.add(attrs["for"])

    def count(self, tag):
        return sum(1 for t, _ in self.tags if t == tag)


@pytest.fixture
def site():
    hips = RegionFactory(name="Hips", slug="hips")
    stretch = ExerciseFactory(title="Hip stretch", slug="hip-stretch", kind="stretch")
    ExerciseRegionFactory(exercise=stretch, region=hips)
    VariantFactory(exercise=stretch, slug="foot-in")
    VariantFactory(exercise=stretch, slug="foot-out")
    condition = ConditionFactory(slug="it-band-syndrome", author=stretch.author)
    ConditionExerciseFactory(condition=condition, exercise=stretch)
    CredentialFactory(author=stretch.author)
    UpdateFactory(article=stretch)
    return {"exercise": stretch, "condition": condition}


PUBLIC_URLS = [
    "/",
    "/exercises/",
    "/exercises/?region=hips&kind=stretch",
    "/exercises/hip-stretch/",
    "/conditions/",
    "/conditions/it-band-syndrome/",
    "/updates/",
    "AUTHOR",
]


def resolve(url, site):
    return site["exercise"].author.get_absolute_url() if url == "AUTHOR" else url


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_page_has_landmarks_one_h1_and_labelled_controls(client, site, url):
    response = client.get(resolve(url, site))
    assert response.status_code == 200
    outline = Outline()
    outline.feed(response.content.decode())
    html_tag = next(attrs for tag, attrs in outline.tags if tag == "html")
    assert html_tag.get("lang") == "en"
    assert outline.count("h1") == 1
    assert outline.count("main") == 1
    assert outline.count("nav") >= 1
    assert len(outline.ids) == len(set(outline.ids)), "duplicate ids"
    for tag, attrs in outline.tags:
        if tag in {"input", "select", "textarea"} and attrs.get("type") != "hidden":
            assert attrs.get("id") in outline.label_for, f"unlabelled {tag} {attrs}"
        if tag == "img":
            assert "alt" in attrs


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_page_is_well_formed_html(client, site, url):
    parser = html5lib.HTMLParser(strict=False)
    parser.parse(client.get(resolve(url, site)).content)
    assert parser.errors == []


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_public_pages_set_no_cookie_and_no_inline_script_or_style(client, site, url):
    response = client.get(resolve(url, site))
    assert not response.cookies
    body = response.content.decode()
    assert "<script>" not in body and "style=" not in body and "<style" not in body


def test_exercise_page_shows_related_conditions_but_not_drafts(client, site):
    draft = ConditionFactory(title="Draft condition", draft=True)
    ConditionExerciseFactory(condition=draft, exercise=site["exercise"])
    body = client.get(site["exercise"].get_absolute_url()).content.decode()
    assert site["condition"].title in body
    assert "Draft condition" not in body


def test_variants_are_addressable_by_anchor(client, site):
    body = client.get(site["exercise"].get_absolute_url()).content.decode()
    assert 'id="foot-in"' in body and 'href="#foot-in"' in body
    assert 'id="foot-out"' in body


def test_condition_page_has_sections_and_a_distinct_urgent_box(client):
    condition = ConditionFactory(
        symptoms="Pain on the outside of the knee.",
        causes="Repetitive bending.",
        treatment="Rest and strengthening.",
        urgent_care="Seek care now if you cannot bear weight.",
    )
    exercise = ExerciseFactory(title="Clamshell")
    ConditionExerciseFactory(condition=condition, exercise=exercise, relation="caution")
    body = client.get(condition.get_absolute_url()).content.decode()
    for heading in ("Symptoms", "Causes", "Treatment", "When to seek urgent care"):
        assert f">{heading}</h2>" in body
    assert '<aside class="urgent"' in body
    assert "Use with caution</h3>" in body and "Clamshell" in body


def test_home_counts_regions_with_sub_regions_and_hides_empty_ones(client):
    hips = RegionFactory(name="Hips", slug="hips")
    flexors = RegionFactory(name="Hip flexors", slug="hip-flexors", parent=hips)
    RegionFactory(name="Neck", slug="neck")
    on_flexors = ExerciseFactory()
    ExerciseRegionFactory(exercise=on_flexors, region=flexors)
    on_both = ExerciseFactory()
    ExerciseRegionFactory(exercise=on_both, region=hips)
    ExerciseRegionFactory(exercise=on_both, region=flexors)
    ExerciseRegionFactory(exercise=ExerciseFactory(draft=True), region=hips)

    response = client.get("/")
    entries = {e.region.slug: e for e in response.context["regions"]}
    assert set(entries) == {"hips"}  # neck has nothing published
    assert entries["hips"].count == 2  # each exercise once, draft left out
    assert [c.region.slug for c in entries["hips"].children] == ["hip-flexors"]
    assert "2 exercises" in response.content.decode()


def test_home_lists_latest_updates_of_published_articles_only(client):
    UpdateFactory(article=ExerciseFactory(title="Live"), description="Live change")
    UpdateFactory(article=ExerciseFactory(draft=True), description="Hidden change")
    body = client.get("/").content.decode()
    assert "Live change" in body and "Hidden change" not in body


def test_unknown_urls_get_the_site_404(client):
    for url in ("/exercises/no-such-thing/", "/conditions/nope/", "/authors/x/", "/zz"):
        response = client.get(url)
        assert response.status_code == 404
        assert "We could not find that page" in response.content.decode()


def test_server_error_page_is_in_the_site_design(client, monkeypatch):
    def explode():
        raise RuntimeError("boom")

    monkeypatch.setattr("backpain.views.region_picker", explode)
    client.raise_request_exception = False
    response = client.get(reverse("home"))
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()


def test_home_shows_featured_conditions_first(client):
    ConditionFactory(title="A plain one")
    ConditionFactory(title="Z featured", featured=True)
    ConditionFactory(title="Hidden draft", featured=True, draft=True)
    titles = [c.title for c in client.get("/").context["conditions"]]
    assert titles == ["Z featured", "A plain one"]
