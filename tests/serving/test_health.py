"""/healthz: one query, plain "ok", 503 when the database fails, never cached."""

from unittest import mock

import pytest
from django.db import InterfaceError, OperationalError
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_healthz_answers_ok_with_one_query(client, django_assert_num_queries):
    with django_assert_num_queries(1):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert response["Content-Type"] == "text/plain; charset=utf-8"


def test_healthz_is_the_first_url_pattern():
    from backpain.urls import urlpatterns

    assert urlpatterns[0].name == "healthz"
    assert reverse("healthz") == "/healthz"


def test_healthz_sets_no_cookie_and_forbids_caching(client):
    response = client.get("/healthz")
    assert not response.cookies
    assert "Vary" not in response or "Cookie" not in response["Vary"]
    cache_control = {v.strip() for v in response["Cache-Control"].split(",")}
    assert {"no-store", "private", "max-age=0"} <= cache_control


@pytest.mark.parametrize(
    "failing, error",
    [
        ("connect", OperationalError("could not connect to server")),
        ("query", InterfaceError("connection already closed")),
    ],
)
def test_healthz_answers_503_when_the_database_fails(client, caplog, failing, error):
    with mock.patch("backpain.health.connection") as connection:
        if failing == "connect":
            connection.cursor.side_effect = error
        else:
            cursor = connection.cursor.return_value.__enter__.return_value
            cursor.execute.side_effect = error
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.content == b"database unavailable"
    assert "no-store" in response["Cache-Control"]
    # The reason is logged for whoever runs the site, not shown to the caller.
    assert str(error) not in response.content.decode()
    assert "Health check: the database query failed" in caplog.text


def test_healthz_is_never_answered_from_the_page_cache(client, settings):
    settings.BACKPAIN_PAGE_CACHE = True
    assert client.get("/healthz").status_code == 200
    with mock.patch("backpain.health.connection") as connection:
        connection.cursor.side_effect = OperationalError("down")
        assert client.get("/healthz").status_code == 503
