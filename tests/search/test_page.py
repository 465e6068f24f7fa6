"""The search box in every page's header, and the results page itself: its
structure, its accessibility, and that a plain GET form drives it."""

import re

import html5lib
import pytest
from django.urls import reverse

from ..factories import (
    AuthorFactory,
    ConditionFactory,
    ExerciseFactory,
    ExerciseRegionFactory,
    RegionFactory,
)
from ..helpers import index_for_search
from .pages import URL, follow, hits, search, titles, tree, visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    hips = RegionFactory(name="Hips", slug="hips")
    author = AuthorFactory(slug="sam")
    bird_dog = ExerciseFactory(title="Bird dog", slug="bird-dog", author=author)
    ExerciseRegionFactory(exercise=bird_dog, region=hips)
    ExerciseFactory(title="Hip bridge", kind="stretch", author=author)
    ConditionFactory(title="Hip bursitis", slug="hip-bursitis", author=author)
    index_for_search()


PUBLIC_URLS = [
    "/",
    "/exercises/",
    "/exercises/?region=hips",
    "/exercises/bird-dog/",
    "/conditions/",
    "/conditions/hip-bursitis/",
    "/authors/sam/",
    "/updates/",
    "/search/",
    "/search/?q=bird",
    "/search/?q=xqzvwk",
]


def header_search(response):
    """The search form of the page's banner."""
    header = tree(response).find(".//body/header")
    forms = [f for f in header.iter("form") if f.get("role") == "search"]
    assert len(forms) == 1
    return forms[0]


@pytest.mark.parametrize("url", [*PUBLIC_URLS, "/no-such-page/"])
def test_every_page_has_a_search_landmark_in_its_header(client, site, url):
    response = client.get(url)
    assert response.status_code == (404 if "no-such" in url else 200)
    page = tree(response)
    form = header_search(response)
    assert form.get("method") == "get" and form.get("action") == URL
    inputs = [i for i in form.iter("input") if i.get("type") != "hidden"]
    assert [(i.get("type"), i.get("name")) for i in inputs] == [("search", "q")]
    labels = [label for label in page.iter("label") if label.get("for")]
    label = [label for label in labels if label.get("for") == inputs[0].get("id")]
    assert len(label) == 1 and "Search" in "".join(label[0].itertext())
    assert [b.get("type") for b in form.iter("button")] == ["submit"]
    # One search landmark: the form on the results page is not a second one.
    assert sum(1 for f in page.iter("form") if f.get("role") == "search") == 1


@pytest.mark.parametrize("url", ["/", "/exercises/bird-dog/", "/search/?q=hip"])
def test_the_header_form_leads_to_the_results(client, site, url):
    form = header_search(client.get(url))
    field = next(form.iter("input")).get("name")
    response = client.get(form.get("action"), {field: "bird dog"})
    assert response.status_code == 200
    assert titles(response)[0] == "Bird dog"


def test_the_results_page_form_keeps_the_search_and_leads_to_new_results(client, site):
    response = search(client, "bird dog")
    form = tree(response).find(".//main//form")
    assert form.get("method") == "get" and form.get("action") == URL
    box = form.find(".//input[@name='q']")
    assert box.get("value") == "bird dog"
    assert {f.get("for") for f in form.iter("label")} == {box.get("id")}
    again = client.get(form.get("action"), {"q": "hip bursitis"})
    assert titles(again)[0] == "Hip bursitis"


# The results page in each of its states -------------------------------------

STATES = {
    "no query": {},
    "results": {"q": "hip"},
    "one type": {"q": "hip", "type": "stretch"},
    "corrected": {"q": "brid dgo"},
    "nothing found": {"q": "xqzvwk"},
    "did you mean": {"q": "bursits xqzvwk"},
    "unknown type": {"q": "hip", "type": "banana"},
    "shortened": {"q": "hip " * 100},
    "several pages": {"q": "sacrum", "page": "2"},
    "markup typed": {"q": '<b>"hip" & </b>'},
    "NUL typed": {"q": "hip\x00bird"},
}


@pytest.fixture
def many(site):
    ExerciseFactory.create_batch(25, summary="Moves the sacrum.")
    index_for_search()


def inline_code(page) -> list[str]:
    """Script or style written into the page rather than loaded from a file."""
    found = []
    for element in page.iter():
        if element.tag == "script" and not element.get("src"):
            found.append("<script> without src")
        if element.tag == "style":
            found.append("<style> element")
        for name in element.keys():
            if name == "style" or name.startswith("on"):
                found.append(f"{name}= on <{element.tag}>")
    return found


@pytest.mark.usefixtures("many")
@pytest.mark.parametrize("state", STATES)
def test_the_results_page_is_well_formed_and_accessible(client, state):
    response = client.get(URL, STATES[state])
    assert response.status_code == 200
    assert not response.cookies
    parser = html5lib.HTMLParser(strict=False)
    parser.parse(response.content)
    assert parser.errors == []
    page = tree(response)
    assert page.get("lang") == "en"
    assert len(list(page.iter("h1"))) == 1
    ids = [e.get("id") for e in page.iter() if e.get("id")]
    assert len(ids) == len(set(ids)), ids
    labelled = {label.get("for") for label in page.iter("label")}
    for control in page.iter():
        if control.tag in {"input", "select", "textarea"} and (
            control.get("type") != "hidden"
        ):
            assert control.get("id") in labelled, control.attrib
    assert inline_code(page) == []
    # Every navigation landmark has its own name.
    names = [nav.get("aria-label") for nav in page.iter("nav")]
    assert all(names) and len(names) == len(set(names)), names
    # Result pages are for visitors, not for search engines' indexes.
    robots = [m.get("content") for m in page.iter("meta") if m.get("name") == "robots"]
    assert robots == ["noindex, follow"]


@pytest.mark.parametrize(
    "params",
    [
        {"q": "hip\x01\x1b\x7f"},
        {"q": "hip", "type": "\x00"},
        {"q": "hip", "type": "\x07"},
        # Direction marks: no parse error, but the rest of a sentence saying
        # the query back would read right to left.
        {"q": "\u202ehip\u2066", "type": "\u202ezz"},
    ],
)
def test_control_characters_typed_are_not_echoed_into_the_page(client, site, params):
    response = client.get(URL, params)
    assert response.status_code == 200
    parser = html5lib.HTMLParser(strict=False)
    parser.parse(response.content)
    assert parser.errors == []
    # Line breaks and tabs are the page's own.
    unwanted = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202e\u2066]"
    assert not re.search(unwanted, response.content.decode())


def test_the_page_title_names_the_search(client, site):
    title = tree(search(client, "bird & dog")).find(".//title")
    assert title.text.startswith("Search: bird & dog")


def test_results_link_to_their_pages(client, site):
    for hit in hits(search(client, "hip bird")):
        assert client.get(hit.url).status_code == 200, hit


@pytest.mark.usefixtures("many")
def test_results_come_in_pages_of_twenty_that_keep_the_search(client):
    first = search(client, "sacrum")
    assert len(hits(first)) == 20
    assert "25 results for “sacrum” · page 1 of 2." in visible_text(first)
    next_page = tree(first).find(".//nav[@class='pagination']/a[@rel='next']")
    second = follow(client, next_page.get("href"))
    assert len(hits(second)) == 5
    assert tree(second).find(".//ol[@class='search-results']").get("start") == "21"
    assert not {h.url for h in hits(first)} & {h.url for h in hits(second)}


def test_a_page_that_finds_nothing_offers_regions_to_browse(client, site):
    response = search(client, "xqzvwk")
    section = tree(response).find(".//section[@aria-labelledby='browse-heading']")
    links = {a.text: a.get("href") for a in section.iter("a")}
    assert links["Hips"] == "/exercises/?region=hips"
    assert links["All exercises and stretches"] == reverse("exercises:list")
    assert links["All conditions"] == reverse("conditions:list")
    # A page with results does not.
    assert "Browse by body region" not in visible_text(search(client, "bird"))


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_the_results_page_refuses_methods_that_are_not_a_read(client, site, method):
    # The test client skips the CSRF check, as for someone who fetched a token.
    response = getattr(client, method)(f"{URL}?q=bird")
    assert response.status_code == 405
    assert sorted(response["Allow"].split(", ")) == ["GET", "HEAD"]


def test_the_results_page_answers_head(client, site):
    response = client.head(f"{URL}?q=bird")
    assert response.status_code == 200
    assert response.content == b""
