import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.urls import reverse

from authors.models import Author

pytestmark = pytest.mark.django_db


@pytest.fixture
def typed(monkeypatch):
    """Answers the password prompts in order."""

    def answer(*answers):
        replies = iter(answers)
        monkeypatch.setattr("getpass.getpass", lambda prompt="": next(replies))

    return answer


def test_created_author_can_log_in_and_edit_content(typed, client):
    typed("a-Long-unusual-passphrase-7", "a-Long-unusual-passphrase-7")
    call_command("createauthor", "maya", "--name", "Maya Lindqvist")

    author = Author.objects.get(display_name="Maya Lindqvist")
    assert author.slug == "maya-lindqvist"
    assert author.user.is_staff and not author.user.is_superuser
    # Through the login form, as the author will: the throttling backend
    # (django-axes) needs the request that Client.login() does not pass.
    client.post(
        reverse("admin:login"),
        {"username": "maya", "password": "a-Long-unusual-passphrase-7"},
    )
    assert client.get(reverse("admin:exercises_exercise_add")).status_code == 200


def test_weak_or_mismatched_passwords_are_refused(typed):
    typed("one", "two", "password", "password", "12345678", "12345678")
    with pytest.raises(CommandError, match="nothing was created"):
        call_command("createauthor", "sam")
    assert not Author.objects.exists()


def test_without_password_the_login_is_unusable(typed):
    call_command("createauthor", "lee", "--no-password")
    assert not Author.objects.get().user.has_usable_password()


def test_existing_username_is_refused(typed):
    call_command("createauthor", "lee", "--no-password")
    with pytest.raises(CommandError, match="already exists"):
        call_command("createauthor", "lee", "--no-password")


def test_same_display_name_gets_a_distinct_slug(typed):
    call_command("createauthor", "a", "--name", "Sam Lee", "--no-password")
    call_command("createauthor", "b", "--name", "Sam Lee", "--no-password")
    assert sorted(Author.objects.values_list("slug", flat=True)) == [
        "sam-lee",
        "sam-lee-2",
    ]


def test_editor_flag_adds_the_editors_group(typed):
    call_command("createauthor", "eda", "--no-password", "--editor")
    call_command("createauthor", "abe", "--no-password")
    users = get_user_model().objects
    assert users.get(username="eda").has_perm("authors.credit_others")
    assert not users.get(username="abe").has_perm("authors.credit_others")
    assert users.get(username="abe").has_perm("exercises.change_exercise")
