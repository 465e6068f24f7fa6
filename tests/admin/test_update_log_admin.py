"""Who wrote an update-log entry: stamped by the admin, never changed afterwards."""

import pytest

from articles.models import ArticleUpdate

from ..factories import (
    AuthorUserFactory,
    ConditionFactory,
    ExerciseFactory,
    UpdateFactory,
)
from ..helpers import admin_change_url
from .formdata import admin_form_data

pytestmark = pytest.mark.django_db

LOG = "articles-articleupdate-content_type-object_id"


@pytest.mark.parametrize("factory", [ExerciseFactory, ConditionFactory])
def test_new_entry_is_stamped_with_the_author_who_added_it(
    factory, author_client, author_user
):
    article = factory()
    data = admin_form_data(author_client.get(admin_change_url(article)))
    data.update(
        {
            f"{LOG}-TOTAL_FORMS": "1",
            f"{LOG}-0-date": "2025-03-01",
            f"{LOG}-0-kind": "minor",
            f"{LOG}-0-description": "Clearer first step.",
        }
    )
    assert author_client.post(admin_change_url(article), data).status_code == 302
    entry = ArticleUpdate.objects.get()
    assert entry.article == article
    assert entry.created_by == author_user


def test_editing_an_entry_keeps_who_created_it(author_client):
    colleague = AuthorUserFactory()
    entry = UpdateFactory(created_by=colleague, description="Tidied the wording.")
    article = entry.article
    data = admin_form_data(author_client.get(admin_change_url(article)))
    assert data[f"{LOG}-0-description"] == "Tidied the wording."
    data[f"{LOG}-0-description"] = "Tidied the wording of every step."
    assert author_client.post(admin_change_url(article), data).status_code == 302
    entry.refresh_from_db()
    assert entry.description == "Tidied the wording of every step."
    assert entry.created_by == colleague


def test_editing_an_entry_of_unknown_origin_does_not_claim_it(author_client):
    # Entries from demo content or the importer have no creator; whoever edits
    # one later did not write it.
    entry = UpdateFactory(created_by=None, description="Imported entry.")
    article = entry.article
    data = admin_form_data(author_client.get(admin_change_url(article)))
    data[f"{LOG}-0-description"] = "Imported entry, reworded."
    assert author_client.post(admin_change_url(article), data).status_code == 302
    entry.refresh_from_db()
    assert entry.description == "Imported entry, reworded."
    assert entry.created_by is None
