"""Hostile Content-Type and Cookie headers get a normal answer, never a 500.

Django reads Content-Type while it builds the request, before any middleware
can turn an error into a 400, and looks a session cookie up in the database as
it came; backpain/http.py is the request class the site's server builds
instead (see there for each case).
"""

import pytest
from django.core.handlers.wsgi import WSGIRequest
from django.test import RequestFactory
from django.urls import reverse

from backpain.http import SiteASGIRequest, SiteWSGIRequest

from ..factories import AuthorUserFactory, ExerciseFactory
from ..helpers import index_for_search, site_requests

pytestmark = pytest.mark.django_db

HOSTILE = [
    "text/plain; charset=rot13",
    "text/plain; charset=base64",
    "text/plain; charset=\x00",
    "text/plain; charset=undefined",
    "text/plain; charset=punycode",
    "text/plain; charset*=bogus''x",
    "text/plain; charset=ascii",
    "application/x-www-form-urlencoded; charset=utf-16",
]


def test_the_server_builds_the_sites_requests():
    from backpain.asgi import application as asgi
    from backpain.wsgi import application as wsgi

    assert wsgi.request_class is SiteWSGIRequest
    assert asgi.request_class is SiteASGIRequest


def test_django_alone_still_fails_while_building_the_request():
    """When this fails, Django copes by itself and backpain/http.py can go."""
    environ = RequestFactory()._base_environ(
        QUERY_STRING="q=bird", CONTENT_TYPE="text/plain; charset=rot13"
    )
    with pytest.raises(LookupError):
        WSGIRequest(environ)


@pytest.mark.parametrize("content_type", HOSTILE)
@pytest.mark.parametrize(
    "cookie",
    # With a session cookie the page cache leaves the query as it came.
    ["", "sessionid=0123456789abcdef0123456789abcdef"],
    ids=["anonymous", "session"],
)
def test_a_hostile_charset_is_ignored(client, content_type, cookie):
    ExerciseFactory(title="Bird dog")
    ExerciseFactory(title="Bird stretch", kind="stretch")
    index_for_search()
    with site_requests():
        response = client.get(
            reverse("search:results"),
            # Not ASCII, and percent-escaped UTF-8: as a browser sends it.
            QUERY_STRING="q=bird+%C3%A9t%C3%A9",
            CONTENT_TYPE=content_type,
            HTTP_COOKIE=cookie,
        )
    assert response.status_code == 200
    assert response.context["query"].text == "bird été"
    assert not response.cookies.get("csrftoken")


def test_too_many_fields_with_a_charset_is_a_bad_request(client):
    with site_requests():
        response = client.get(
            reverse("exercises:list"),
            QUERY_STRING="&".join(f"kind={n}" for n in range(10_001)),
            CONTENT_TYPE="text/plain; charset=utf-8",
        )
    assert response.status_code == 400


@pytest.mark.parametrize(
    "cookie",
    [
        'sessionid="\\000abcdefghij"',  # cookie syntax for a NUL
        "sessionid=abcdefgh\x00ij",
        "sessionid=ABCDEFGHIJKLMNOP",
        "sessionid=abcdefgh%00",
    ],
)
def test_a_session_cookie_no_session_could_have_is_not_looked_up(client, cookie):
    """A draft's address checks who is asking, which reads the session:
    PostgreSQL failed the query for a NUL in the key."""
    draft = ExerciseFactory(draft=True)
    with site_requests():
        response = client.get(draft.get_absolute_url(), HTTP_COOKIE=cookie)
    assert response.status_code == 404
    assert not response.cookies


def test_a_real_session_still_counts(client):
    """Django's keys are lowercase letters and digits: an author's session
    passes, and the draft shows."""
    draft = ExerciseFactory(draft=True)
    client.force_login(AuthorUserFactory())
    with site_requests():
        response = client.get(draft.get_absolute_url())
    assert response.status_code == 200
