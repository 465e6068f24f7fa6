"""Who may put whose name on a page: authors credit themselves, editors anyone,
and only administrators link profiles to logins."""

import datetime as dt

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from exercises.models import Exercise

from ..factories import AuthorFactory, ExerciseFactory, UserFactory
from ..helpers import admin_change_url
from .formdata import add_exercise_data, admin_form_data

pytestmark = pytest.mark.django_db


def test_editors_group_adds_only_the_right_to_credit_others():
    # Editors are in both groups, so what later migrations give authors
    # reaches editors too.
    editors = Group.objects.get(name="Editors").permissions.all()
    assert [p.codename for p in editors] == ["credit_others"]


def test_author_cannot_credit_a_new_article_to_someone_else(author_client):
    someone_else = AuthorFactory()
    response = author_client.post(
        reverse("admin:exercises_exercise_add"), add_exercise_data(someone_else.pk)
    )
    assert response.status_code == 200
    assert "author" in response.context["adminform"].form.errors
    assert not Exercise.objects.filter(slug="clamshell").exists()


def test_author_credits_themselves_by_default(author_client, author_user):
    own = AuthorFactory(user=author_user)
    form = (
        author_client.get(reverse("admin:exercises_exercise_add"))
        .context["adminform"]
        .form
    )
    assert form.initial["author"] == own.pk
    assert list(form.fields["author"].queryset) == [own]
    response = author_client.post(
        reverse("admin:exercises_exercise_add"), add_exercise_data(own.pk)
    )
    assert response.status_code == 302
    assert Exercise.objects.get(slug="clamshell").author == own


def test_author_editing_a_colleagues_article_can_neither_move_nor_take_the_byline(
    author_client, author_user
):
    own = AuthorFactory(user=author_user)
    exercise = ExerciseFactory()
    colleague, third = exercise.author, AuthorFactory()
    data = admin_form_data(author_client.get(admin_change_url(exercise)))
    data["summary"] = "Clearer summary."
    assert author_client.post(admin_change_url(exercise), data).status_code == 302

    for someone in (third, own):
        data = admin_form_data(author_client.get(admin_change_url(exercise)))
        data["author"] = someone.pk
        response = author_client.post(admin_change_url(exercise), data)
        assert response.status_code == 200
    exercise.refresh_from_db()
    assert (exercise.author, exercise.summary) == (colleague, "Clearer summary.")


def test_author_cannot_record_a_review_even_by_hand_made_request(author_client):
    exercise = ExerciseFactory()
    reviewer = AuthorFactory()
    data = admin_form_data(author_client.get(admin_change_url(exercise)))
    assert "reviewed_by" not in data and "last_reviewed_on" not in data
    data.update({"reviewed_by": reviewer.pk, "last_reviewed_on": "2026-01-05"})
    assert author_client.post(admin_change_url(exercise), data).status_code == 302
    exercise.refresh_from_db()
    assert exercise.reviewed_by is None and exercise.last_reviewed_on is None


def test_editor_credits_another_author_and_records_the_review(editor_client):
    exercise = ExerciseFactory()
    writer, reviewer = AuthorFactory(), AuthorFactory()
    data = admin_form_data(editor_client.get(admin_change_url(exercise)))
    data.update(
        {
            "author": writer.pk,
            "reviewed_by": reviewer.pk,
            "last_reviewed_on": "2026-01-05",
        }
    )
    assert editor_client.post(admin_change_url(exercise), data).status_code == 302
    exercise.refresh_from_db()
    assert (exercise.author, exercise.reviewed_by) == (writer, reviewer)
    assert exercise.last_reviewed_on == dt.date(2026, 1, 5)


def test_author_cannot_link_their_profile_to_another_login(author_client, author_user):
    profile = AuthorFactory(user=author_user)
    victim = UserFactory(username="victim-login")
    page = author_client.get(admin_change_url(profile))
    assert "user" not in page.context["adminform"].form.fields
    data = admin_form_data(page)
    data["user"] = victim.pk
    assert author_client.post(admin_change_url(profile), data).status_code == 302
    profile.refresh_from_db()
    assert profile.user == author_user


def test_author_cannot_give_a_reviewer_profile_a_login(author_client):
    reviewer = AuthorFactory(user=None)
    data = admin_form_data(author_client.get(admin_change_url(reviewer)))
    data["user"] = UserFactory().pk
    assert author_client.post(admin_change_url(reviewer), data).status_code == 302
    reviewer.refresh_from_db()
    assert reviewer.user is None


def test_author_list_shows_no_usernames_to_authors(author_client):
    AuthorFactory(user=UserFactory(username="secret-login-name"))
    page = author_client.get(reverse("admin:authors_author_changelist"))
    assert page.status_code == 200
    assert "secret-login-name" not in page.content.decode()


def test_administrator_links_a_profile_to_a_login(admin_client):
    profile = AuthorFactory(user=None)
    login = UserFactory()
    data = admin_form_data(admin_client.get(admin_change_url(profile)))
    data["user"] = login.pk
    assert admin_client.post(admin_change_url(profile), data).status_code == 302
    profile.refresh_from_db()
    assert profile.user == login
