"""Oversized bodies are refused unread; errors are logged with a reference id the
500 page shows, and without secrets, personal data or tracebacks for 4xx."""

import io
import logging
import re

import pytest
from django.test import Client
from django.urls import reverse

from backpain.security import RequestFactsFilter
from tests.factories import AuthorUserFactory, ExerciseFactory
from tests.helpers import admin_change_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def log_output():
    """What the site's console handler writes, formatted as in production."""
    handler = next(
        h
        for h in logging.getLogger().handlers
        if any(isinstance(f, RequestFactsFilter) for f in h.filters)
    )
    stream = io.StringIO()
    previous = handler.setStream(stream)
    try:
        yield stream
    finally:
        handler.setStream(previous)


def test_a_body_over_the_limit_is_refused_before_it_is_read(
    author_client, settings, log_output
):
    exercise = ExerciseFactory()
    declared = settings.BACKPAIN_MAX_REQUEST_BYTES + 1
    # The test client's body is one byte; reading past it would fail the test,
    # so a 413 here means nothing read the body the header announced.
    response = author_client.generic(
        "POST",
        admin_change_url(exercise),
        b"x",
        content_type="multipart/form-data; boundary=xyz",
        CONTENT_LENGTH=str(declared),
    )
    assert response.status_code == 413
    assert response.headers["Connection"] == "close"
    assert "We accept up to 40 MB" in response.content.decode()
    logged = log_output.getvalue()
    assert re.search(
        rf"ref=[0-9a-f]{{32}} path=/admin/.* Refused a request body of {declared} ",
        logged,
    ), logged


def test_a_body_at_the_limit_is_read_as_usual(client, settings):
    body = "username=sam&password=wrong"
    settings.BACKPAIN_MAX_REQUEST_BYTES = len(body)
    response = client.post(
        reverse("admin:login"), body, "application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert "Please enter the correct username and password" in response.content.decode()


def test_public_pages_refuse_big_bodies_too(client, settings):
    response = client.generic("POST", "/exercises/", b"x", CONTENT_LENGTH=str(10**12))
    assert response.status_code == 413


def test_a_500_shows_the_reference_id_its_log_line_carries(log_output, monkeypatch, db):
    def broken():
        raise RuntimeError("the region picker broke")

    monkeypatch.setattr("backpain.views.region_picker", broken)
    client = Client(raise_request_exception=False)
    response = client.get("/?q=my+private+search", headers={"cookie": "x=1"})
    assert response.status_code == 500
    page = response.content.decode()
    reference = re.search(r'<strong class="reference">([0-9a-f]{32})</strong>', page)
    assert reference, page
    logged = log_output.getvalue()
    assert f"ref={reference.group(1)} path=/ user=- " in logged
    assert "Internal Server Error: /" in logged
    assert "RuntimeError: the region picker broke" in logged  # the traceback
    assert "my+private+search" not in logged and "private" not in logged


def test_the_log_names_a_logged_in_user_by_id_only(log_output, monkeypatch):
    user = AuthorUserFactory(username="maya", email="maya@example.org")

    def broken(self, request):
        raise KeyError("no list today")

    monkeypatch.setattr("exercises.admin.ExerciseAdmin.get_queryset", broken)
    client = Client(raise_request_exception=False)
    client.force_login(user)
    response = client.get(reverse("admin:exercises_exercise_changelist"))
    assert response.status_code == 500
    logged = log_output.getvalue()
    assert f"path=/admin/exercises/exercise/ user={user.pk} " in logged
    assert "maya" not in logged


def test_a_public_error_never_looks_the_visitor_up(log_output, monkeypatch):
    """Logging an error must not run queries of its own (the database may be
    what failed): a page that never read the user logs none."""
    monkeypatch.setattr("backpain.views.region_picker", lambda: 1 / 0)
    client = Client(raise_request_exception=False)
    client.force_login(AuthorUserFactory())
    assert client.get("/").status_code == 500
    assert " path=/ user=- " in log_output.getvalue()


def test_a_refused_request_is_one_line_without_a_traceback(log_output):
    """An author opening a page they may not see is not an error to debug."""
    client = Client()
    client.force_login(AuthorUserFactory())
    response = client.get(reverse("admin:auth_user_changelist"))
    assert response.status_code == 403
    logged = log_output.getvalue()
    assert "Forbidden (Permission denied): /admin/auth/user/" in logged
    assert "Traceback" not in logged


def test_no_passwords_in_logs_when_a_login_fails(log_output, client):
    AuthorUserFactory(username="sam")
    client.post(
        reverse("admin:login"), {"username": "sam", "password": "hunter2-secret"}
    )
    logged = log_output.getvalue()
    assert "hunter2-secret" not in logged
    assert "sam" not in logged.replace("same", "")
