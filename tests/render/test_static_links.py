"""The pages' static links: Django's `static()`, kept per path
(backpain.jinja2.kept_static) until a setting changes."""

import pytest
from django.templatetags.static import static
from django.test import override_settings

pytestmark = pytest.mark.django_db


def stylesheet(client) -> str:
    html = client.get("/").content.decode()
    return html.split('<link rel="stylesheet" href="', 1)[1].split('"', 1)[0]


def test_a_static_link_is_djangos_and_follows_the_settings(client):
    assert stylesheet(client) == static("css/site.css")
    with override_settings(STATIC_URL="/elsewhere/"):
        assert stylesheet(client) == "/elsewhere/css/site.css"
    assert stylesheet(client) == static("css/site.css")


def test_pages_look_each_static_link_up_once(client):
    from backpain.jinja2 import kept_static

    stylesheet(client)
    before = kept_static.cache_info()
    stylesheet(client)
    after = kept_static.cache_info()
    # Every link on the second page was kept from the first.
    assert after.misses == before.misses
    assert after.hits > before.hits
