"""Reviews: who checked an article, when, and when it is due again."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from articles.models import review_due_after
from exercises.models import Exercise

from ..admin.formdata import admin_form_data
from ..factories import (
    AuthorFactory,
    ConditionFactory,
    CredentialFactory,
    ExerciseFactory,
)
from ..helpers import admin_change_url

pytestmark = pytest.mark.django_db


def reviewed(factory=ExerciseFactory, on=dt.date(2025, 3, 1), **extra):
    reviewer = CredentialFactory(
        title="Registered Physiotherapist",
        issuing_body="Health and Care Professions Council",
    ).author
    return factory(last_reviewed_on=on, reviewed_by=reviewer, **extra)


def test_a_review_is_due_again_three_years_later():
    assert reviewed().next_review_due == dt.date(2028, 3, 1)


def test_a_leap_day_review_is_due_on_the_28th():
    assert review_due_after(dt.date(2024, 2, 29)) == dt.date(2027, 2, 28)


def test_a_due_date_set_by_hand_is_kept():
    article = reviewed(next_review_due=dt.date(2026, 1, 1))
    assert article.next_review_due == dt.date(2026, 1, 1)


def test_a_due_date_before_the_review_is_refused():
    article = reviewed()
    article.next_review_due = article.last_reviewed_on
    with pytest.raises(ValidationError, match="due after the last one"):
        article.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        Exercise.objects.filter(pk=article.pk).update(
            next_review_due=article.last_reviewed_on
        )


def test_the_author_cannot_review_their_own_article():
    article = ExerciseFactory()
    article.last_reviewed_on = dt.date(2025, 1, 1)
    article.reviewed_by = article.author
    with pytest.raises(ValidationError, match="cannot be the author"):
        article.full_clean()


@pytest.mark.parametrize("factory", [ExerciseFactory, ConditionFactory])
def test_byline_near_the_top_names_reviewer_credential_body_and_date(client, factory):
    # Reviewed recently, whatever today is, so the review is not yet late.
    on = dt.date.today() - dt.timedelta(days=40)
    article = reviewed(factory, on=on)
    due = review_due_after(on)
    page = client.get(article.get_absolute_url()).content.decode()
    reviewer = article.reviewed_by.display_name
    assert (
        f'Reviewed by <a href="{article.reviewed_by.get_absolute_url()}">'
        f"{reviewer}</a>, Registered Physiotherapist (Health and Care Professions "
        f'Council), on <time datetime="{on:%Y-%m-%d}">{on.day} {on:%B %Y}</time>.'
    ) in page
    assert f'Next review due <time datetime="{due:%Y-%m-%d}">{due:%B %Y}</time>' in page
    # Near the top: the first section after the title.
    first_heading = page.index('<h2 id="', page.index("</header>"))
    assert page.startswith('<h2 id="byline-heading"', first_heading)
    assert f'<a href="{reverse("editorial_policy")}">' in page


def test_an_overdue_review_says_so_on_the_page(client):
    article = reviewed(on=dt.date(2020, 1, 1))
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Its next review was due on" in page and "is late" in page


def test_an_unreviewed_article_says_it_is_not_yet_checked(client):
    page = client.get(ExerciseFactory().get_absolute_url()).content.decode()
    assert "Not yet checked by a reviewer." in page
    assert "Reviewed by" not in page


def test_admin_lists_only_overdue_reviews(editor_client):
    late = reviewed(on=dt.date(2020, 1, 1), title="Lunge stretch")
    reviewed(on=dt.date.today() - dt.timedelta(days=10), title="Wall squat")
    ExerciseFactory(title="Heel slide")
    url = reverse("admin:exercises_exercise_changelist")
    page = editor_client.get(url, {"review": "overdue"}).content.decode()
    assert "Lunge stretch" in page and "(overdue)" in page
    assert "Wall squat" not in page and "Heel slide" not in page
    never = editor_client.get(url, {"review": "never"}).content.decode()
    assert "Heel slide" in never and late.title not in never


def test_a_new_review_date_in_the_admin_moves_the_due_date(editor_client):
    article = reviewed()
    url = admin_change_url(article)
    data = admin_form_data(editor_client.get(url))
    data["last_reviewed_on"] = "2026-06-01"
    assert editor_client.post(url, data).status_code == 302
    article.refresh_from_db()
    assert article.next_review_due == dt.date(2029, 6, 1)


def test_a_due_date_typed_with_the_review_is_kept(editor_client):
    article = reviewed()
    url = admin_change_url(article)
    data = admin_form_data(editor_client.get(url))
    data["last_reviewed_on"] = "2026-06-01"
    data["next_review_due"] = "2027-06-01"
    assert editor_client.post(url, data).status_code == 302
    article.refresh_from_db()
    assert article.next_review_due == dt.date(2027, 6, 1)


def test_plain_authors_cannot_set_review_dates(author_client, author_user):
    article = reviewed(author=AuthorFactory(user=author_user))
    form = author_client.get(admin_change_url(article)).context["adminform"].form
    assert "next_review_due" not in form.fields
    assert "last_reviewed_on" not in form.fields
