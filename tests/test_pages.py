"""Every public page: landmarks, labels, drafts kept out, errors in the site design."""

from html.parser import HTMLParser

import html5lib
import pytest
from django.urls import reverse

from exercises.models import ExerciseImage

from .admin.formdata import admin_form_data
from .factories import (
    AuthorFactory,
    ConditionExerciseFactory,
    ConditionFactory,
    CredentialFactory,
    ExerciseFactory,
    ExerciseRegionFactory,
    ImageFactory,
    RegionFactory,
    UpdateFactory,
    VariantFactory,
)
from .helpers import admin_change_url
from .images.files import image_bytes, upload

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


def outline(response) -> Outline:
    parsed = Outline()
    parsed.feed(response.content.decode())
    return parsed


def tree(response):
    """The page as html5lib reads it, as a browser would; tags without namespace."""
    return html5lib.parse(response.content, namespaceHTMLElements=False)


# Alt text the fixture's authors wrote, as the pages must show it.
EXERCISE_PHOTO_ALT = "Lying on the back, right ankle crossed over the left knee"
VARIANT_PHOTO_ALT = "The same stretch with the foot turned inward"
AUTHOR_PHOTO_ALT = "Sam smiling, in a gym"


@pytest.fixture
def site():
    """One page of each kind, with content that once gave a page a repeated id:
    a variant slugged "main" (the page has <main id="main">) and a condition
    whose urgent-care box and body both cite footnote 1."""
    hips = RegionFactory(name="Hips", slug="hips")
    photo = image_bytes(size=(600, 400))
    author = AuthorFactory(photo=upload(photo, "sam.jpg"), photo_alt=AUTHOR_PHOTO_ALT)
    stretch = ExerciseFactory(
        title="Hip stretch",
        slug="hip-stretch",
        kind="stretch",
        author=author,
        body="Keep the back flat.[^1]\n\n[^1]: A physio's advice.",
    )
    ExerciseRegionFactory(exercise=stretch, region=hips)
    ExerciseImage.objects.create(
        exercise=stretch, image=upload(photo), alt_text=EXERCISE_PHOTO_ALT
    )
    ExerciseImage.objects.create(
        exercise=stretch, image=upload(photo), is_decorative=True
    )
    VariantFactory(exercise=stretch, slug="foot-in")
    VariantFactory(exercise=stretch, slug="foot-out")
    VariantFactory(
        exercise=stretch,
        slug="main",
        image=upload(photo),
        image_alt=VARIANT_PHOTO_ALT,
    )
    condition = ConditionFactory(
        slug="it-band-syndrome",
        author=author,
        urgent_care="Numb leg after a fall.[^1]\n\n[^1]: NHS 111 guidance.",
        body="Pain on the outside of the knee.[^1]\n\n[^1]: A running study.",
        symptoms="Pain when running downhill.",
        treatment="Rest, then strengthen.",
    )
    ConditionExerciseFactory(condition=condition, exercise=stretch)
    CredentialFactory(author=author)
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
def test_page_has_landmarks_one_h1_unique_ids_and_labelled_controls(client, site, url):
    response = client.get(resolve(url, site))
    assert response.status_code == 200
    page = outline(response)
    html_tag = next(attrs for tag, attrs in page.tags if tag == "html")
    assert html_tag.get("lang") == "en"
    assert page.count("h1") == 1
    repeated = {i for i in page.ids if page.ids.count(i) > 1}
    assert not repeated, f"repeated ids: {repeated}"
    for tag, attrs in page.tags:
        if tag in {"input", "select", "textarea"} and attrs.get("type") != "hidden":
            assert attrs.get("id") in page.label_for, f"unlabelled {tag} {attrs}"
        if tag == "img":
            assert "alt" in attrs, f"img without alt: {attrs}"


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_page_has_the_site_landmark_structure(client, site, url):
    body = tree(client.get(resolve(url, site))).find("body")
    # Skip link first, then banner, main and contentinfo, nothing else at the top.
    top = [child for child in body if child.tag != "script"]
    assert [child.tag for child in top] == ["a", "header", "main", "footer"]
    skip, header, main, _ = top
    assert skip.get("href") == "#main" and main.get("id") == "main"
    assert len(list(body.iter("main"))) == 1
    assert len(list(main.iter("h1"))) == 1
    # The banner holds the site navigation; any other (pagination) is in main.
    # Screen readers list navigation landmarks by name, so each has its own.
    assert [nav.get("aria-label") for nav in header.iter("nav")] == ["Main"]
    navs = set(body.iter("nav"))
    assert navs - set(header.iter("nav")) <= set(main.iter("nav"))
    names = [nav.get("aria-label") for nav in navs]
    assert all(names) and len(names) == len(set(names))


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_page_is_well_formed_html(client, site, url):
    parser = html5lib.HTMLParser(strict=False)
    parser.parse(client.get(resolve(url, site)).content)
    assert parser.errors == []


def inline_code(response) -> list[str]:
    """Script or style written into the page rather than loaded from a file."""
    found = []
    for tag, attrs in outline(response).tags:
        if tag == "script" and "src" not in attrs:
            found.append(f"<script> without src: {attrs}")
        if tag == "style":
            found.append("<style> element")
        for name in attrs:
            if name == "style" or name.startswith("on"):  # on* runs script
                found.append(f"{name}= on <{tag}>")
    return found


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_public_pages_set_no_cookie_and_no_inline_script_or_style(client, site, url):
    response = client.get(resolve(url, site))
    assert not response.cookies
    assert inline_code(response) == []


def test_images_have_an_alt_attribute_with_the_authors_text(client, site):
    exercise = client.get(site["exercise"].get_absolute_url())
    alts = [a.get("alt") for t, a in outline(exercise).tags if t == "img"]
    # Decorative photos get an empty alt so screen readers skip them.
    assert alts == [EXERCISE_PHOTO_ALT, "", VARIANT_PHOTO_ALT]
    author = client.get(site["exercise"].author.get_absolute_url())
    alts = [a.get("alt") for t, a in outline(author).tags if t == "img"]
    assert alts == [AUTHOR_PHOTO_ALT]


def test_exercise_page_shows_related_conditions_but_not_drafts(client, site):
    draft = ConditionFactory(title="Draft condition", draft=True)
    ConditionExerciseFactory(condition=draft, exercise=site["exercise"])
    body = client.get(site["exercise"].get_absolute_url()).content.decode()
    assert site["condition"].title in body
    assert "Draft condition" not in body


def test_variants_are_addressable_by_anchor(client, site):
    variant = site["exercise"].variants.get(slug="foot-in")
    assert variant.get_absolute_url() == "/exercises/hip-stretch/#variant-foot-in"
    body = client.get(site["exercise"].get_absolute_url()).content.decode()
    assert 'id="variant-foot-in"' in body and 'href="#variant-foot-in"' in body
    assert 'id="variant-main"' in body


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
    for heading in ("Symptoms", "Causes", "Treatment"):
        assert f'<h2 id="md-body-{heading.lower()}">{heading}</h2>' in body
    assert ">Get emergency help now</h2>" in body
    assert '<aside class="urgent"' in body
    assert ">See a doctor or physiotherapist soon</h2>" in body
    assert '<aside class="see-doctor"' in body
    assert "Use with caution</h3>" in body
    assert f'<a href="{exercise.get_absolute_url()}">Clamshell</a>' in body


def test_urgent_box_and_body_footnotes_each_link_to_their_own_note(client, site):
    page = tree(client.get(site["condition"].get_absolute_url()))
    urgent = page.find(".//aside")
    prose = page.find(".//div[@class='prose']")
    for box, prefix, note in ((urgent, "urgent", "NHS 111"), (prose, "body", "study")):
        ref = box.find(".//a[@class='footnote-ref']")
        assert ref.get("href") == f"#md-{prefix}-fn-1"
        target = box.find(f".//li[@id='md-{prefix}-fn-1']")
        assert note in "".join(target.itertext())
        back = target.find(".//a[@class='footnote-backref']")
        assert back.get("href") == f"#md-{prefix}-fnref-1"
        assert box.find(f".//sup[@id='md-{prefix}-fnref-1']") is not None


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


def test_editorial_policy_explains_writing_review_sources_and_corrections(
    client, settings
):
    settings.BACKPAIN_CORRECTIONS_EMAIL = "corrections@example.org"
    response = client.get(reverse("editorial_policy"))
    assert response.status_code == 200 and not response.cookies
    page = response.content.decode()
    for heading in (
        "Who writes",
        "Who reviews",
        "How we choose sources",
        "Corrections and the update log",
        "Education, not diagnosis",
        "No advertising",
    ):
        assert f">{heading}</h2>" in page, heading
    assert "every 3 years" in page
    assert 'href="mailto:corrections@example.org"' in page


def test_editorial_policy_leaves_out_the_address_when_none_is_set(client):
    page = client.get(reverse("editorial_policy")).content.decode()
    assert "mailto:" not in page


def test_every_exercise_page_says_when_to_stop_and_get_advice(client):
    page = client.get(ExerciseFactory().get_absolute_url()).content.decode()
    assert ">When to stop and get advice</h2>" in page
    for advice in ("Get emergency help now", "See a doctor or physiotherapist soon"):
        assert advice in page


def test_a_picture_credit_shows_under_it_with_or_without_a_link(client):
    exercise = ExerciseFactory()
    ImageFactory(exercise=exercise, credit="Photo: A. Person", credit_url="")
    ImageFactory(
        exercise=exercise, credit="Photo: Open data", credit_url="https://x.org/"
    )
    page = client.get(exercise.get_absolute_url()).content.decode()
    assert '<small class="credit">Photo: A. Person</small>' in page
    assert '<small class="credit"><a href="https://x.org/">Photo: Open data</a>' in page


def test_condition_page_links_regions_and_published_related_conditions_only(client):
    hips = RegionFactory(slug="hips", name="Hips")
    guide = ConditionFactory(title="Hip osteoarthritis")
    guide.regions.add(hips)
    guide.related.add(
        ConditionFactory(title="Outer hip pain"),
        ConditionFactory(title="Secret draft", draft=True),
    )
    page = client.get(guide.get_absolute_url()).content.decode()
    assert '<a href="/exercises/?region=hips">Hips</a>' in page
    assert ">Related conditions</h2>" in page and ">Outer hip pain</a>" in page
    assert "Secret draft" not in page


def test_a_regions_list_links_its_published_condition_guides_only(client):
    hips = RegionFactory(slug="hips", name="Hips")
    flexors = RegionFactory(slug="hip-flexors", name="Hip flexors", parent=hips)
    ExerciseRegionFactory(region=flexors)
    ConditionFactory(title="Tight hip flexors").regions.add(flexors)
    ConditionFactory(title="Secret draft", draft=True).regions.add(hips)
    ConditionFactory(title="Neck pain").regions.add(RegionFactory(slug="neck"))
    page = client.get("/exercises/", {"region": "hips"}).content.decode()
    assert ">Guides to conditions here</h3>" in page
    assert ">Tight hip flexors</a>" in page  # a sub-region's guide too
    assert "Secret draft" not in page and ">Neck pain</a>" not in page
    unfiltered = client.get("/exercises/").content.decode()
    assert "Guides to conditions here" not in unfiltered


def test_a_condition_is_never_related_to_itself(editor_client):
    guide = ConditionFactory()
    url = admin_change_url(guide)
    data = admin_form_data(editor_client.get(url))
    data["related"] = [str(guide.pk)]
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert "A condition cannot be related to itself." in response.content.decode()
    assert not guide.related.exists()
