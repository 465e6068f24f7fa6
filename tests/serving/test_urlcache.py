"""backpain.urlcache: the URLs it keeps are those reverse() gives, for every
URLconf and script prefix, and reverse() runs once for each."""

import pytest
from django.urls import clear_script_prefix, reverse, set_script_prefix

from backpain import urlcache


@pytest.fixture(autouse=True)
def _fresh():
    urlcache._reverse.cache_clear()
    yield
    clear_script_prefix()
    set_script_prefix("/")


@pytest.mark.parametrize(
    "viewname", ["exercises:detail", "conditions:detail", "authors:detail"]
)
@pytest.mark.parametrize("slug", ["bird-dog", "hip_stretch-2", "a", "9-to-5"])
def test_slug_url_is_what_reverse_gives(viewname, slug):
    assert urlcache.slug_url(viewname, slug) == reverse(viewname, kwargs={"slug": slug})


def test_urls_follow_the_script_prefix():
    assert urlcache.url("exercises:list") == "/exercises/"
    set_script_prefix("/backpain/")
    assert urlcache.url("exercises:list") == "/backpain/exercises/"
    assert urlcache.slug_url("exercises:detail", "x") == "/backpain/exercises/x/"
    set_script_prefix("/")
    assert urlcache.url("exercises:list") == "/exercises/"


@pytest.mark.django_db
def test_a_templates_links_follow_the_prefix_when_the_template_starts(client):
    """`urls()` reads the URLconf and prefix once, for one page's links."""
    here = urlcache.urls()
    set_script_prefix("/backpain/")
    there = urlcache.urls()
    assert here("exercises:list") == "/exercises/"
    assert there("exercises:list") == "/backpain/exercises/"
    assert there("exercises:detail", slug="x") == "/backpain/exercises/x/"
    # As the WSGI handler sets it from SCRIPT_NAME (the test client does not).
    set_script_prefix("/backpain/")
    page = client.get("/").content.decode()
    assert 'href="/backpain/conditions/"' in page
    assert 'action="/backpain/search/"' in page


def test_urls_follow_the_urlconf(settings):
    settings.ROOT_URLCONF = "tests.serving.other_urls"
    assert urlcache.url("exercises:list") == "/elsewhere/exercises/"


def test_reverse_runs_once_per_view_and_context(monkeypatch):
    calls = []
    real = urlcache.reverse

    def counting(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(urlcache, "reverse", counting)
    for slug in ("a", "b", "c"):
        urlcache.slug_url("exercises:detail", slug)
        urlcache.url("home")
    assert len(calls) == 2
