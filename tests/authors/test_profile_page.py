"""An author's public page: credentials readers can check, what they wrote and
what they reviewed; drafts never listed."""

import datetime as dt

import pytest

from ..factories import (
    AuthorFactory,
    ConditionFactory,
    CredentialFactory,
    ExerciseFactory,
)

pytestmark = pytest.mark.django_db


def test_a_reviewers_page_lists_what_they_reviewed_but_no_drafts(client):
    reviewer = CredentialFactory(
        title="Registered Physiotherapist",
        issuing_body="Health and Care Professions Council",
        verification_url="https://www.hcpc-uk.org/check-the-register/",
    ).author
    review = {"reviewed_by": reviewer, "last_reviewed_on": dt.date(2025, 1, 1)}
    ExerciseFactory(title="Bird dog", **review)
    ConditionFactory(title="Sciatica", **review)
    ExerciseFactory(title="Secret draft", draft=True, **review)
    page = client.get(reviewer.get_absolute_url()).content.decode()
    assert ">Reviewed</h2>" in page
    assert ">Bird dog</a>" in page and ">Sciatica</a>" in page
    assert "Secret draft" not in page
    assert "No published articles yet." not in page  # a reviewer, not a writer
    assert (
        'Registered Physiotherapist, Health and Care Professions Council (2015). <a href="https://www.hcpc-uk.org/check-the-register/"'
        in page
    )


def test_an_author_with_nothing_published_says_so(client):
    author = AuthorFactory()
    ExerciseFactory(author=author, draft=True, title="Secret draft")
    page = client.get(author.get_absolute_url()).content.decode()
    assert "No published articles yet." in page and "Secret draft" not in page
    assert ">Reviewed</h2>" not in page
