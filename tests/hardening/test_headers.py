"""Content-Security-Policy and Permissions-Policy on every response, and the pages
still work under them: nothing inline for the policy to block."""

import pytest
from django.urls import reverse

from tests.factories import ExerciseFactory
from tests.helpers import admin_change_url
from tests.test_pages import PUBLIC_URLS, outline, resolve, site  # noqa: F401

pytestmark = pytest.mark.django_db

PAGES = [*PUBLIC_URLS, "/search/?q=hip", "/exercises/no-such-page/"]


def policy(response) -> dict[str, list[str]]:
    header = response.headers["Content-Security-Policy"]
    directives = [part.split() for part in header.split(";") if part.strip()]
    return {name: values for name, *values in directives}


def assert_strict(response):
    csp = policy(response)
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["base-uri"] == ["'none'"]
    assert "unsafe" not in response.headers["Content-Security-Policy"]
    permissions = response.headers["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in permissions


def assert_nothing_inline(response):
    """What the policy would block: script or style written into the page."""
    for tag, attrs in outline(response).tags:
        assert "style" not in attrs, f"style= on <{tag}>"
        assert not any(name.startswith("on") for name in attrs), f"handler on <{tag}>"
        assert tag != "style", "<style> element"
        if tag == "script" and attrs.get("type") != "application/json":
            assert attrs.get("src", "").startswith("/"), f"inline script {attrs}"
        if tag == "link" and attrs.get("rel") == "stylesheet":
            assert attrs["href"].startswith("/"), attrs


@pytest.mark.parametrize("url", PAGES)
def test_public_pages_send_the_policies_and_work_under_them(client, site, url):  # noqa: F811
    response = client.get(resolve(url, site))
    assert response.status_code in (200, 404)
    assert_strict(response)
    assert_nothing_inline(response)


@pytest.mark.parametrize("url", ["/", "/exercises/?region=hips&kind=stretch"])
def test_a_page_from_the_page_cache_carries_them_too(client, site, settings, url):  # noqa: F811
    settings.BACKPAIN_PAGE_CACHE = True
    client.get(url)
    cached = client.get(url)
    assert cached.status_code == 200
    assert_strict(cached)


def test_static_files_and_the_health_check_carry_them(client, db):
    assert_strict(client.get("/healthz"))


def test_admin_pages_send_the_policies_and_work_under_them(author_client):
    exercise = ExerciseFactory()
    for url in (
        reverse("admin:index"),
        reverse("admin:exercises_exercise_changelist"),
        reverse("admin:exercises_exercise_add"),
        admin_change_url(exercise),
    ):
        response = author_client.get(url)
        assert response.status_code == 200, url
        assert_strict(response)
        assert_nothing_inline(response)


def test_the_login_page_sends_them(client, db):
    response = client.get(reverse("admin:login"))
    assert response.status_code == 200
    assert_strict(response)
    assert_nothing_inline(response)


def test_https_redirect_and_hsts_behind_the_proxy(client, db, settings):
    settings.SECURE_SSL_REDIRECT = True
    redirected = client.get("/exercises/")
    assert redirected.status_code == 301
    assert redirected.headers["Location"] == "https://testserver/exercises/"
    # Load balancers check over plain HTTP.
    assert client.get("/healthz").status_code == 200
    secure = client.get("/exercises/", headers={"x-forwarded-proto": "https"})
    assert secure.status_code == 200
    assert secure.headers["Strict-Transport-Security"] == (
        "max-age=31536000; includeSubDomains; preload"
    )
