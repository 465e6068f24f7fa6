"""Admin logins are throttled per account and per address (django-axes)."""

import logging

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command
from django.test import RequestFactory
from django.urls import reverse

from backpain.security import client_ip
from tests.factories import AuthorUserFactory, UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


def log_in(client, username, password, address="203.0.113.5"):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password},
        headers={"x-forwarded-for": address},
    )


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def fail(client, username, times, address="203.0.113.5"):
    for _ in range(times):
        response = log_in(client, username, "wrong", address)
        assert response.status_code in (200, 429)


def test_the_right_password_is_refused_after_five_failures(client):
    user = AuthorUserFactory()
    fail(client, user.username, 5)
    response = log_in(client, user.username, PASSWORD)
    assert response.status_code == 429
    assert not logged_in(client)
    page = response.content.decode()
    assert page.count("<h1>Too many failed logins</h1>") == 1
    assert '<div id="site-name"><a href="/admin/">backpain authors</a>' in page
    assert "ask an administrator to lift the lock" in page


def test_four_failures_still_let_the_owner_in_but_are_not_forgotten(client):
    user = AuthorUserFactory()
    fail(client, user.username, 4)
    assert log_in(client, user.username, PASSWORD).status_code == 302
    assert logged_in(client)
    client.logout()
    fail(client, user.username, 1)
    assert log_in(client, user.username, PASSWORD).status_code == 429


def test_logging_in_as_oneself_does_not_reset_the_count_on_a_colleague(client):
    """Four guesses at a colleague's password, then a login of one's own, over
    and over: a login must not wipe the failures against the colleague."""
    attacker, victim = AuthorUserFactory(), AuthorUserFactory()
    for _ in range(2):
        fail(client, victim.username, 2)
        assert log_in(client, attacker.username, PASSWORD).status_code == 302
        client.logout()
    fail(client, victim.username, 1)
    assert log_in(client, victim.username, PASSWORD).status_code == 429


def test_an_address_guessing_many_accounts_is_locked_out(client):
    victim = AuthorUserFactory()
    for n in range(5):
        fail(client, f"guess{n}", 1, address="198.51.100.7")
    assert log_in(client, victim.username, PASSWORD, "198.51.100.7").status_code == 429
    # The same author from another address is not affected.
    assert log_in(client, victim.username, PASSWORD, "192.0.2.1").status_code == 302


def test_an_account_guessed_from_many_addresses_is_locked_out(client):
    victim = AuthorUserFactory()
    for n in range(5):
        fail(client, victim.username, 1, address=f"198.51.100.{n + 10}")
    assert log_in(client, victim.username, PASSWORD, "192.0.2.99").status_code == 429


def test_the_lockout_is_logged_without_the_username_or_address(client, caplog):
    user = AuthorUserFactory(username="maya.lindqvist")
    with caplog.at_level(logging.WARNING, logger="axes"):
        fail(client, user.username, 5, address="198.51.100.23")
    locked = [r for r in caplog.records if "locking out" in r.getMessage().lower()]
    assert locked
    for record in caplog.records:
        assert "maya.lindqvist" not in record.getMessage()
        assert "198.51.100.23" not in record.getMessage()


def test_an_administrator_lifts_the_lock_in_the_admin(client):
    user = AuthorUserFactory()
    fail(client, user.username, 5)
    admin = client.__class__()
    admin.force_login(UserFactory(is_staff=True, is_superuser=True))
    attempts = admin.get(reverse("admin:axes_accessattempt_changelist"))
    assert attempts.status_code == 200
    assert user.username in attempts.content.decode()
    for attempt in AccessAttempt.objects.filter(username=user.username):
        delete = reverse("admin:axes_accessattempt_delete", args=[attempt.pk])
        assert admin.post(delete, {"post": "yes"}).status_code == 302
    assert log_in(client, user.username, PASSWORD).status_code == 302


def test_with_no_cool_off_only_an_administrator_lifts_it(client, settings):
    settings.AXES_COOLOFF_TIME = None
    user = AuthorUserFactory()
    fail(client, user.username, 5)
    page = log_in(client, user.username, PASSWORD).content.decode()
    assert "Ask an administrator to lift the lock" in page
    assert "lifts by itself" not in page


def test_a_command_lifts_the_lock(client):
    user = AuthorUserFactory()
    fail(client, user.username, 5)
    call_command("axes_reset_username", user.username)
    assert log_in(client, user.username, PASSWORD).status_code == 302


def test_authors_cannot_see_or_lift_locks(client):
    author = client.__class__()
    author.force_login(AuthorUserFactory())
    response = author.get(reverse("admin:axes_accessattempt_changelist"))
    assert response.status_code == 403


@pytest.mark.parametrize(
    ("proxies", "remote", "forwarded", "expected"),
    [
        (0, "192.0.2.1", "203.0.113.9", "192.0.2.1"),  # no proxy: header ignored
        (1, "127.0.0.1", "203.0.113.9", "203.0.113.9"),
        # What the client wrote itself is left of what our proxy appended.
        (1, "127.0.0.1", "10.0.0.1, 203.0.113.9", "203.0.113.9"),
        (2, "127.0.0.1", "10.0.0.1, 203.0.113.9, 10.1.1.1", "203.0.113.9"),
        (2, "127.0.0.1", "203.0.113.9", "127.0.0.1"),  # fewer hops than proxies
    ],
)
def test_the_address_counted_is_the_one_our_proxy_saw(
    settings, proxies, remote, forwarded, expected
):
    settings.PROXY_COUNT = proxies
    request = RequestFactory().get(
        "/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded
    )
    assert client_ip(request) == expected
