"""Drafts are invisible to visitors but previewable by authors."""

import pytest
from django.urls import reverse

from .factories import ConditionFactory, ExerciseFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["exercise", "condition"])
def draft(request):
    factory = ExerciseFactory if request.param == "exercise" else ConditionFactory
    return factory(draft=True, title="Secret draft title")


def test_visitor_gets_404_for_draft(client, draft):
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 404
    assert "Secret draft title" not in response.content.decode()


def test_logged_in_non_staff_user_gets_404_for_draft(client, draft):
    client.force_login(UserFactory())
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_author_previews_draft_with_banner_and_no_caching(author_client, draft):
    response = author_client.get(draft.get_absolute_url())
    assert response.status_code == 200
    body = response.content.decode()
    assert "Secret draft title" in body
    assert "Visitors cannot see it yet" in body
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex"


def test_admin_view_on_site_leads_to_the_preview(author_client, draft):
    from django.contrib.contenttypes.models import ContentType

    ct = ContentType.objects.get_for_model(draft)
    shortcut = reverse("admin:view_on_site", args=[ct.pk, draft.pk])
    response = author_client.get(shortcut, follow=True)
    assert response.redirect_chain[-1][0].endswith(draft.get_absolute_url())
    assert response.status_code == 200


def test_published_page_has_no_preview_banner_and_sets_no_cookie(client):
    exercise = ExerciseFactory(title="Bird dog")
    response = client.get(exercise.get_absolute_url())
    assert response.status_code == 200
    assert "Visitors cannot see it yet" not in response.content.decode()
    assert not response.cookies
