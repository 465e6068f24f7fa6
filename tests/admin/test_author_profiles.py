import pytest

from ..factories import AuthorFactory, AuthorUserFactory, CredentialFactory, UserFactory
from ..helpers import admin_change_url
from .formdata import admin_form_data

pytestmark = pytest.mark.django_db


change_url = admin_change_url


def test_author_edits_own_profile_and_credentials(author_client, author_user):
    profile = AuthorFactory(user=author_user, bio="Old bio.")
    data = admin_form_data(author_client.get(change_url(profile)))
    data["bio"] = "New bio."
    data["credentials-TOTAL_FORMS"] = "1"
    data["credentials-0-title"] = "Pilates Mat Instructor"
    data["credentials-0-issuing_body"] = "A Pilates school"
    data["credentials-0-year"] = "2019"
    data["credentials-0-order"] = "0"
    response = author_client.post(change_url(profile), data)
    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.bio == "New bio."
    assert profile.credentials.get().title == "Pilates Mat Instructor"


def test_author_cannot_change_another_trainers_credentials(author_client):
    other = AuthorFactory(user=AuthorUserFactory(), bio="Theirs.")
    CredentialFactory(author=other, title="Real certificate")
    page = author_client.get(change_url(other))
    assert page.status_code == 200  # viewable, read-only
    assert 'name="bio"' not in page.content.decode()

    response = author_client.post(change_url(other), {"bio": "Hijacked."})
    assert response.status_code == 403
    other.refresh_from_db()
    assert other.bio == "Theirs."


def test_author_may_maintain_reviewer_profiles_without_login(author_client):
    reviewer = AuthorFactory(user=None)
    page = author_client.get(change_url(reviewer)).content.decode()
    assert 'name="bio"' in page


def test_superuser_edits_any_profile(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    other = AuthorFactory(user=AuthorUserFactory())
    assert 'name="bio"' in client.get(change_url(other)).content.decode()


def test_credential_a_colleague_removed_stays_removed(author_client, author_user):
    # Profiles have no edit lock: a form opened earlier must neither bring the
    # credential back nor fail on it.
    profile = AuthorFactory(user=author_user, bio="Old bio.")
    credential = CredentialFactory(author=profile, title="Old course")
    data = admin_form_data(author_client.get(change_url(profile)))
    credential.delete()
    data["bio"] = "New bio."
    assert author_client.post(change_url(profile), data).status_code == 302
    profile.refresh_from_db()
    assert profile.bio == "New bio."
    assert not profile.credentials.exists()
